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


LINK_DRAFT = "See [the guide](https://a.example/guide) for details.\n\nWe utilize the tools daily.\n"
LINK_SUGG = "See [the guide] (https://a.example/guide) for details.\n\nWe use the tools daily.\n"


def _link_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[dict]]:
    a, b, review = tmp_path / "a.md", tmp_path / "b.md", tmp_path / "r.humanize"
    a.write_text(LINK_DRAFT, "utf-8")
    b.write_text(LINK_SUGG, "utf-8")
    assert main(["diff", str(a), str(b), "--json", "--save-review", str(review)]) == 0
    data = json.loads(capsys.readouterr().out)
    return review, data["flags"]


def test_accept_all_names_every_flagged_change_it_accepted(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    review, flags = _link_review(tmp_path, capsys)
    flagged = {f["change_id"] for f in flags}
    assert len(flagged) == 1
    assert main(["review", str(review), "--accept-all"]) == 0
    out = capsys.readouterr()
    assert out.out == LINK_SUGG  # --accept-all keeps its meaning
    lines = [line for line in out.err.splitlines() if line.startswith("accepted flagged change")]
    assert len(lines) == 1 and next(iter(flagged)) in lines[0] and "structure" in lines[0]


def test_accept_unflagged_leaves_the_flagged_changes_pending(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    review, flags = _link_review(tmp_path, capsys)
    flagged = next(iter({f["change_id"] for f in flags}))
    assert main(["review", str(review), "--accept-unflagged"]) == 0
    out = capsys.readouterr()
    assert out.out == LINK_DRAFT.replace("utilize", "use")
    assert f"flagged changes left pending: {flagged}" in out.err and "1 change still pending" in out.err
    saved = json.loads(review.read_text("utf-8"))
    assert [c["id"] for c in saved["changes"]] == [flagged]
    assert [d["decision"] for d in saved["decisions"]] == ["accepted"]


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


def test_diff_reads_word_files_on_either_side(pair: tuple[Path, Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    for name, text in (("draft.docx", DRAFT), ("suggestion.docx", SUGG)):
        d = docx.Document()
        for para in text.strip().split("\n\n"):
            d.add_paragraph(para)
        d.save(str(tmp_path / name))
    word_draft, word_sugg = DRAFT.strip(), SUGG.strip()
    # A Word file's text has no final newline, so against a text file one is added or dropped.
    for draft, sugg, texts, last in (
            (tmp_path / "draft.docx", pair[1], (word_draft, SUGG), ["insert"]),
            (pair[0], tmp_path / "suggestion.docx", (DRAFT, word_sugg), ["delete"]),
            (tmp_path / "draft.docx", tmp_path / "suggestion.docx", (word_draft, word_sugg), [])):
        assert main(["diff", str(draft), str(sugg), "--json"]) == 0
        changes = json.loads(capsys.readouterr().out)["changes"]
        assert [c["kind"] for c in changes] == ["replace"] * 4 + last
        for c in changes:
            assert texts[0][c["draft"][0]:c["draft"][1]] == c["draft_text"]
            assert texts[1][c["suggestion"][0]:c["suggestion"][1]] == c["suggestion_text"]


def test_accept_and_reject_may_be_given_several_times(pair: tuple[Path, Path], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    review = tmp_path / "r.humanize"
    assert main(["diff", str(pair[0]), str(pair[1]), "--json", "--save-review", str(review)]) == 0
    ids = [c["id"] for c in json.loads(capsys.readouterr().out)["changes"]]
    assert main(["review", str(review), "--accept", ids[0], "--accept", ids[1],
                 "--reject", ids[2], "--reject", ids[3]]) == 0
    out = capsys.readouterr()
    assert out.out == "A quick red fox.\n\nIt is important to note that results were good.\n"
    assert "0 changes still pending" in out.err
    saved = json.loads(review.read_text("utf-8"))
    assert [d["decision"] for d in saved["decisions"]] == ["accepted", "accepted", "rejected", "rejected"]


def test_unknown_ids_are_named_in_one_line_and_nothing_is_written(pair: tuple[Path, Path], tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    review = tmp_path / "r.humanize"
    main(["diff", str(pair[0]), str(pair[1]), "--json", "--save-review", str(review)])
    ids = [c["id"] for c in json.loads(capsys.readouterr().out)["changes"]]
    before = review.read_bytes()
    out = tmp_path / "final.md"
    assert main(["review", str(review), "--accept", ids[0], "--accept", "zzz", "--reject", "yyy",
                 "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "there are no pending changes with ids 'zzz', 'yyy'; nothing was changed" in err
    assert review.read_bytes() == before and not out.exists()


def test_review_output_to_word_writes_into_the_word_file_it_came_from(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    from tests.core import word_docs

    src = word_docs.rich_document(tmp_path / "rich.docx")
    sugg = tmp_path / "suggestion.txt"
    sugg.write_text(word_docs.RICH_TEXT.replace("today", "now").replace("soon", "later"), "utf-8")
    review = tmp_path / "r.humanize"
    assert main(["diff", str(src), str(sugg), "--save-review", str(review)]) == 0
    assert "rich.docx has tracked changes" in capsys.readouterr().err
    out = tmp_path / "final.docx"
    assert main(["review", str(review), "--accept-all", "-o", str(out)]) == 0
    paragraphs = docx.Document(str(out)).paragraphs
    assert paragraphs[0].text == "Read the report on our website now."
    assert [h.url for h in paragraphs[0].hyperlinks] == [word_docs.URL]
    assert paragraphs[3].text == "This claim needs a source later."


def test_a_word_file_with_broken_xml_is_one_line_in_every_command(tmp_path: Path, pair: tuple[Path, Path]) -> None:
    import docx

    from tests.core import word_docs

    good = tmp_path / "good.docx"
    docx.Document().save(str(good))
    bad = word_docs.damage_xml(good, tmp_path / "bad.docx")
    for args in (["diff", str(pair[0]), str(bad)], ["check", str(bad), "--no-ai-likeness", "--only", "encoding"]):
        proc = run_cli(*args)
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr == f"humanize-desktop: error: {bad}: is not a Word document (.docx), or it is damaged\n"
