"""``humanize-desktop models download ID`` against a real HTTP server on 127.0.0.1.

The catalog the command reads is the real one plus an entry whose URL points
at the loopback server (the real catalog only names https://huggingface.co,
which tests must not reach): fit first, then progress, resume after Ctrl+C,
SHA-256 verification or "cannot verify", and one clear line for each failure.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import threading
import time
from functools import partial

import pytest

from humanize_desktop import cli, paths
from humanize_desktop.commands import model_download
from humanize_desktop.core.downloads import download_model, part_path
from humanize_desktop.core.engine import CatalogEntry, load_catalog
from tests.download_server import ModelServer, entry_for, payload, server  # noqa: F401 (fixtures)


def use_catalog(monkeypatch: pytest.MonkeyPatch, entry: CatalogEntry) -> None:
    monkeypatch.setattr(model_download, "load_catalog", lambda: [entry, *load_catalog()])


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("humanize-desktop: error: "), err
    return lines[0].removeprefix("humanize-desktop: error: ")


def test_download_says_whether_it_fits_then_lands_verified(server: ModelServer, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    use_catalog(monkeypatch, entry_for(server))
    code, out, err = run(["models", "download", "download-test"], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Download Test (3.1 MB): Fits this computer: needs about 1.0 GB of memory")
    assert lines[1] == "Downloaded Download Test (0.0 GB); its SHA-256 matches the catalog."
    target = paths.dirs().models / "download-test.gguf"
    assert lines[2].startswith(f"Saved as {target}")
    assert target.read_bytes() == server.payload and not part_path(entry_for(server)).exists()
    # Not a terminal: plain progress lines, a few of them, ending at 100 %.
    assert err.startswith("Downloading download-test.gguf from 127.0.0.1 into ")
    progress = err.splitlines()[1:]
    assert progress and len(progress) <= 11 and "\r" not in err
    assert progress[-1].startswith("Download Test: 100% (3.1 MB of 3.1 MB)")

    code, out, _ = run(["models", "download", "Download Test"], capsys)
    assert code == 0 and f"download-test.gguf is already in {paths.dirs().models}." in out
    assert server.ranges == [None]
    code, out, _ = run(["models", "--json"], capsys)
    listed = {m["path"]: m for m in json.loads(out)["models"]}
    assert listed[str(target)]["source"] == "user" and listed[str(target)]["default"] is True


def test_json_result_and_the_fit_on_stderr(server: ModelServer, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    use_catalog(monkeypatch, entry_for(server))
    code, out, err = run(["models", "--json", "download", "DOWNLOAD-TEST"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"model", "fit", "download"}
    assert data["model"]["id"] == "download-test" and data["model"]["url"] == server.url
    assert data["fit"]["verdict"] in ("fits", "tight") and data["fit"]["message"] in err
    assert data["download"] == {
        "path": str(paths.dirs().models / "download-test.gguf"), "size": len(server.payload),
        "sha256": hashlib.sha256(server.payload).hexdigest(), "verification": "ok", "resumed_from": 0,
        "message": "Downloaded Download Test (0.0 GB); its SHA-256 matches the catalog."}


def test_without_a_published_hash_it_says_it_cannot_verify(server: ModelServer, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    use_catalog(monkeypatch, entry_for(server, sha=""))
    code, out, _ = run(["models", "download", "download-test", "--json"], capsys)
    assert code == 0
    result = json.loads(out)["download"]
    assert result["verification"] == "unavailable"
    assert "publishes no SHA-256 for it, so the download could not be verified" in result["message"]
    assert result["sha256"] == hashlib.sha256(server.payload).hexdigest()


def test_an_unknown_id_names_the_close_matches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["models", "download", "qwen-7b"], capsys)
    assert code == 1 and out == ""
    assert one_error_line(err) == "No model in the catalog is called 'qwen-7b'. Close matches: qwen2.5-7b-instruct."
    code, _, err = run(["models", "download", "qwen2.5"], capsys)
    assert code == 1 and "could be any of qwen2.5-0.5b-instruct, qwen2.5-1.5b-instruct" in one_error_line(err)


def test_a_wrong_hash_is_one_line_and_nothing_is_kept(server: ModelServer, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    use_catalog(monkeypatch, entry_for(server, sha=hashlib.sha256(b"another file").hexdigest()))
    code, _, err = run(["models", "download", "download-test"], capsys)
    assert code == 1
    line = err.strip().splitlines()[-1]  # after the progress lines
    assert line.startswith("humanize-desktop: error: download-test.gguf does not match the SHA-256 the catalog "
                           "publishes for it, so it was deleted")
    assert not list(paths.dirs().models.iterdir())


def test_too_big_is_refused_before_any_request_unless_forced(server: ModelServer, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    use_catalog(monkeypatch, entry_for(server, size=10**15, exact=False, min_ram_gb=10**6))
    code, out, err = run(["models", "download", "download-test"], capsys)
    assert code == 1 and "Too big for this computer" in out
    assert "too big for this computer; add --force" in one_error_line(err)
    assert server.ranges == []
    # Forced, it goes on to the free-space check, which stops it before any request too.
    code, _, err = run(["models", "download", "download-test", "--force"], capsys)
    assert code == 1 and server.ranges == []
    assert "free space in" in err.strip().splitlines()[-1] and "Import" in err


def test_an_unreachable_host_is_one_line(server: ModelServer, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    use_catalog(monkeypatch, entry_for(server))
    server.shutdown()
    server.server_close()
    monkeypatch.setattr(model_download, "download_model", partial(download_model, retries=0))
    code, out, err = run(["models", "download", "download-test"], capsys)
    assert code == 1
    line = err.strip().splitlines()[-1].removeprefix("humanize-desktop: error: ")
    assert line.startswith("Download Test could not be downloaded: 127.0.0.1 cannot be reached")
    assert not part_path(entry_for(server)).exists()


def test_ctrl_c_keeps_the_part_and_the_next_run_resumes(server: ModelServer, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    entry = entry_for(server)
    use_catalog(monkeypatch, entry)
    server.pace = 0.05  # 64 KiB every 50 ms: about 2.5 s for the whole file
    part = part_path(entry)
    # What Ctrl+C did before (Python's handler; "ignore" in a job a shell started in the background).
    before = signal.getsignal(signal.SIGINT)

    def press_ctrl_c() -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if part.is_file() and 256 * 1024 <= part.stat().st_size < len(server.payload):
                os.kill(os.getpid(), signal.SIGINT)
                return
            time.sleep(0.01)

    presser = threading.Thread(target=press_ctrl_c)
    presser.start()
    code, _, err = run(["models", "download", "download-test"], capsys)
    presser.join()
    assert code == model_download.EXIT_INTERRUPTED
    kept = part.stat().st_size
    assert 0 < kept < len(server.payload) and part.read_bytes() == server.payload[:kept]
    line = err.strip().splitlines()[-1]
    assert line.startswith("humanize-desktop: error: The download of Download Test was stopped at ")
    assert line.endswith(f"{part} is kept, and running the same command again resumes from there.")
    assert signal.getsignal(signal.SIGINT) is before  # the download's own handler is gone again

    server.pace = 0.0
    code, out, err = run(["models", "download", "download-test", "--json"], capsys)
    assert code == 0, err
    result = json.loads(out)["download"]
    assert server.ranges[-1] == f"bytes={kept}-" and result["resumed_from"] == kept
    assert result["verification"] == "ok" and "resumed from the" in result["message"]
    assert (paths.dirs().models / entry.file).read_bytes() == server.payload


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_progress_is_one_line_rewritten(server: ModelServer, monkeypatch: pytest.MonkeyPatch) -> None:
    use_catalog(monkeypatch, entry_for(server))
    server.pace = 0.01
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert cli.main(["models", "download", "download-test"]) == 0
    shown = terminal.getvalue()
    header, _, progress = shown.partition("\n")
    assert "(Ctrl+C stops; the download can resume later)" in header
    updates = progress.split("\r")[1:]
    assert len(updates) >= 2 and progress.endswith("\n") and progress.count("\n") == 1
    assert updates[-1].startswith("Download Test: 100% (3.1 MB of 3.1 MB)")
    assert "MB/s" in updates[-1]
