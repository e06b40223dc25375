"""The headless `diff` and `review` commands, as scripts use them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from humanize_desktop.cli import main

DRAFT = "The quick brown fox.\n\nIt is important to note that results were good.\n"
SUGG = "A quick red fox.\n\nNotably, results came out good.\n"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "draft.md", tmp_path / "suggestion.md"
    a.write_text(DRAFT, "utf-8")
    b.write_text(SUGG, "utf-8")
    return a, b


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "humanize_desktop", *args],
                          capture_output=True, text=True, timeout=60)


def test_diff_json_contract(pair: tuple[Path, Path]) -> None:
    proc = run_cli("diff", str(pair[0]), str(pair[1]), "--json")
    assert proc.returncode == 0, proc.stderr
    changes = json.loads(proc.stdout)["changes"]
    assert len(changes) == 4
    for c in changes:
        assert {"id", "kind", "draft", "suggestion", "draft_text", "suggestion_text"} <= set(c)
        assert DRAFT[c["draft"][0]:c["draft"][1]] == c["draft_text"]
        assert SUGG[c["suggestion"][0]:c["suggestion"][1]] == c["suggestion_text"]
    assert [c["kind"] for c in changes] == ["replace"] * 4


def test_review_round_trip(pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review = tmp_path / "r.humanize"
    assert main(["diff", str(pair[0]), str(pair[1]), "--json", "--save-review", str(review)]) == 0
    ids = [c["id"] for c in json.loads(capsys.readouterr().out)["changes"]]

    assert main(["review", str(review), "--accept", ids[0], "--reject", ids[1]]) == 0
    out = capsys.readouterr()
    assert out.out == "A quick brown fox.\n\nIt is important to note that results were good.\n"
    assert "2 changes still pending" in out.err

    result = tmp_path / "final.md"
    assert main(["review", str(review), "--accept-all", "-o", str(result)]) == 0
    assert result.read_text("utf-8") == "A quick brown fox.\n\nNotably, results came out good.\n"
    saved = json.loads(review.read_text("utf-8"))
    assert [d["decision"] for d in saved["decisions"]] == ["accepted", "rejected", "accepted", "accepted"]
    assert saved["changes"] == []


def test_unknown_id_changes_nothing(pair: tuple[Path, Path], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    review = tmp_path / "r.humanize"
    main(["diff", str(pair[0]), str(pair[1]), "--save-review", str(review)])
    before = review.read_bytes()
    capsys.readouterr()
    assert main(["review", str(review), "--accept-all", "--accept", "zzz"]) == 1
    assert "no pending change with id 'zzz'" in capsys.readouterr().err
    assert review.read_bytes() == before


@pytest.mark.parametrize("make_bad, message", [
    (lambda d: d / "missing.txt", "does not exist"),
    (lambda d: d, "is a folder"),
    (lambda d: (d / "bin.dat").write_bytes(b"\x00\x01\x02binary\x00") and d / "bin.dat", "binary file"),
])
def test_user_errors_are_one_line_without_traceback(tmp_path: Path, pair: tuple[Path, Path],
                                                    make_bad: object, message: str) -> None:
    bad = make_bad(tmp_path)  # type: ignore[operator]
    out = tmp_path / "out.humanize"
    proc = run_cli("diff", str(bad), str(pair[1]), "--save-review", str(out))
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_damaged_review_file_is_reported_and_kept(tmp_path: Path) -> None:
    review = tmp_path / "r.humanize"
    review.write_text('{"format": "humanize-review", "version": 1, "draft": 5}')
    proc = run_cli("review", str(review), "--accept-all")
    assert proc.returncode == 1 and "is damaged" in proc.stderr and "Traceback" not in proc.stderr
    assert review.read_text() == '{"format": "humanize-review", "version": 1, "draft": 5}'


def test_bad_command_line_is_a_usage_error() -> None:
    proc = run_cli("review")
    assert proc.returncode == 2 and "usage:" in proc.stderr
