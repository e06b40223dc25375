"""The `models` and `humanize` commands: JSON contracts and one-line errors (no model loaded)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from humanize_desktop import cli, paths
from humanize_desktop.commands import humanize as humanize_command
from tests.core.engine_helpers import copy_prefix, write_tiny_gguf
from tests.core.rewrite_fakes import FakeEngine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_models_json_lists_defaults_and_problems(user_dirs: paths.UserDirs, smollm2_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    write_tiny_gguf(user_dirs.models / "Mine-Q8_0.gguf")
    (user_dirs.models / "junk.gguf").write_text("not a model", "utf-8")
    assert cli.main(["models", "--json"]) == 0
    models = json.loads(capsys.readouterr().out)["models"]
    by_name = {m["name"]: m for m in models}
    for key in ("name", "path", "size", "quantization", "parameters", "context_length", "chat_template", "default"):
        assert key in by_name["SmolLM2-135M-Instruct.Q4_1"]
    assert by_name["Mine-Q8_0"]["default"] is True and by_name["Mine-Q8_0"]["source"] == "user"
    assert by_name["SmolLM2-135M-Instruct.Q4_1"]["default"] is False
    assert by_name["SmolLM2-135M-Instruct.Q4_1"]["chat_template"] is True
    assert "text file" in by_name["junk"]["problem"]


def test_models_catalog_lists_recommended_models(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["models", "--catalog", "--json"]) == 0
    catalog = json.loads(capsys.readouterr().out)["catalog"]
    assert any(e["id"] == "qwen2.5-7b-instruct" for e in catalog)
    assert all(e["installed"] is False for e in catalog)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text("# Notes\n\nIt is important to note that we will utilize the new server in order to "
                    "commence testing.\n", "utf-8")
    return path


def test_humanize_json_contract_with_a_scripted_engine(draft: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(humanize_command, "open_engine", lambda *a, **k: FakeEngine())
    assert cli.main(["humanize", str(draft), "--json", "--no-cache", "--strength", "strong"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["suggestion"] == "# Notes\n\nWe will use the new server to start testing.\n"
    assert data["paragraphs"] == [{"index": 0, "status": "skipped", "reason": "too short to rewrite"},
                                  {"index": 1, "status": "rewritten", "reason": ""}]
    assert set(data["stats"]) == {"tokens", "seconds", "tokens_per_second"}
    assert data["changes"] and all(set(c) >= {"id", "kind", "draft", "suggestion", "draft_text",
                                              "suggestion_text"} for c in data["changes"])
    assert data["model"]["name"] == "fake" and data["language"] == "en"


def test_humanize_plain_output_and_output_file(draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(humanize_command, "open_engine", lambda *a, **k: FakeEngine())
    assert cli.main(["humanize", str(draft), "--no-cache", "--strength", "strong"]) == 0
    assert capsys.readouterr().out == "# Notes\n\nWe will use the new server to start testing.\n"
    out = tmp_path / "out.md"
    assert cli.main(["humanize", str(draft), "-o", str(out), "--no-cache", "--strength", "strong"]) == 0
    assert out.read_text("utf-8") == "# Notes\n\nWe will use the new server to start testing.\n"


@pytest.mark.parametrize("model_kind", ["truncated", "text", "random", "missing"])
def test_a_bad_model_is_one_line_on_stderr(draft: Path, tmp_path: Path, smollm2_path: Path, model_kind: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / "model.gguf"
    if model_kind == "truncated":
        copy_prefix(smollm2_path, model, 5_000_000)
    elif model_kind == "text":
        model.write_text("hello", "utf-8")
    elif model_kind == "random":
        model.write_bytes(bytes(range(256)) * 64)
    assert cli.main(["humanize", str(draft), "--model", str(model)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("humanize-desktop: error: ")
    assert str(model) in lines[0]
    phrase = {"truncated": "incomplete", "text": "text file", "random": "not a GGUF", "missing": "does not exist"}
    assert phrase[model_kind] in lines[0]


def test_an_unreachable_server_is_one_line_without_traceback(draft: Path) -> None:
    port = free_port()
    proc = subprocess.run([sys.executable, "-m", "humanize_desktop", "humanize", str(draft),
                           "--server", f"http://127.0.0.1:{port}"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip() == (f"humanize-desktop: error: Could not reach the model server at "
                                   f"http://127.0.0.1:{port}: connection refused. Is it running?")


def test_a_server_password_never_reaches_the_error_line(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    assert cli.main(["humanize", str(draft), "--server", f"http://writers:s3cret@127.0.0.1:{port}"]) == 1
    captured = capsys.readouterr()
    assert "s3cret" not in captured.out + captured.err
    assert captured.err == (f"humanize-desktop: error: Could not reach the model server at "
                            f"http://writers:***@127.0.0.1:{port}: connection refused. Is it running?\n")


def test_an_unknown_style_fails_before_any_model_loads(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["humanize", str(draft), "--style", "baroque", "--model", "/nonexistent.gguf"]) == 1
    assert "no style called 'baroque'" in capsys.readouterr().err


def test_an_output_the_drafts_encoding_cannot_hold_is_written_as_utf8(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "latin.txt"
    draft.write_bytes("Il est important de noter que le café ouvre à huit heures pour l'équipe.\r\n".encode("cp1252"))
    monkeypatch.setattr(humanize_command, "open_engine",
                        lambda *a, **k: FakeEngine(lambda req: "Le café ouvre à huit heures pour l'équipe ≈ ☕."))
    out = tmp_path / "out.txt"
    assert cli.main(["humanize", str(draft), "-o", str(out), "--no-cache", "--strength", "strong"]) == 0
    assert out.read_bytes().decode("utf-8") == "Le café ouvre à huit heures pour l'équipe ≈ ☕.\r\n"
    assert "written as UTF-8" in capsys.readouterr().err


def test_commands_give_llama_cpp_every_free_core_and_the_window_keeps_one(smollm2_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from humanize_desktop import config
    from humanize_desktop.core import machine
    from humanize_desktop.core.engine import open_engine

    assert [machine.engine_threads(False, n, busy=0) for n in (1, 2, 16)] == [1, 2, 16]
    assert [machine.engine_threads(True, n, busy=0) for n in (1, 2, 16)] == [1, 1, 15]
    # Cores other programs keep busy are left to them: a descheduled thread stalls every token.
    assert [machine.engine_threads(False, 2, busy=b) for b in (1, 4)] == [1, 1]
    assert [machine.engine_threads(False, 16, busy=3), machine.engine_threads(True, 16, busy=3)] == [13, 13]
    monkeypatch.setattr(machine, "busy_cores", lambda: 0)  # an idle machine
    cores = machine.usable_cores()
    settings = config.Settings()
    assert open_engine(settings, model=str(smollm2_path))._config()["n_threads"] == cores
    assert open_engine(settings, model=str(smollm2_path), for_window=True).threads == max(1, cores - 1)
    settings.engine.models[smollm2_path.name] = config.ModelSettings(threads=3)  # the person's choice wins
    assert open_engine(settings, model=str(smollm2_path), for_window=True).threads == 3


def test_the_humanize_command_runs_the_model_on_every_core(draft: Path, smollm2_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from humanize_desktop.core import machine

    monkeypatch.setattr(machine, "busy_cores", lambda: 0)  # an idle machine
    real_open, opened = humanize_command.open_engine, []

    def opening(*args, **kwargs):  # the engine the command would run, then a fake to run instead
        opened.append(real_open(*args, **kwargs))
        return FakeEngine()

    monkeypatch.setattr(humanize_command, "open_engine", opening)
    assert cli.main(["humanize", str(draft), "--model", str(smollm2_path), "--no-cache"]) == 0
    assert opened[0].threads == machine.usable_cores()
