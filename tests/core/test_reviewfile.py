"""Review files: round trips, clear errors, and never destroying other files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humanize_desktop.core import reviewfile
from humanize_desktop.core.reviewfile import ReviewFileError

DRAFT = "Paragraph one has 😀 emoji.\n\nIt is important to note that the sky is blue."
SUGG = "Paragraph one has 👍 emoji.\n\nThe sky is blue."


def make(tmp_path: Path) -> tuple[Path, reviewfile.ReviewDocument]:
    doc = reviewfile.new_document(DRAFT, SUGG, source_path="/docs/essay.md",
                                  settings={"style": "natural", "strength": "medium"},
                                  model={"name": "SmolLM2-135M-Instruct", "sha256": "ab" * 32})
    path = tmp_path / "essay.humanize"
    return path, doc


def test_round_trip_keeps_texts_decisions_and_metadata(tmp_path: Path) -> None:
    path, doc = make(tmp_path)
    first, second = doc.review.changes[:2]
    doc.review.accept(first.id)
    doc.review.edit(second.id, "My own words.")
    doc.ignored.add(("phrase:it is important to note that", "It is important to note that"))
    reviewfile.save(path, doc)

    loaded = reviewfile.load(path)
    assert loaded.review.draft == doc.review.draft
    assert loaded.review.suggestion == doc.review.suggestion
    assert loaded.review.changes == doc.review.changes
    assert [(d.change.id, d.decision.value, d.text) for d in loaded.review.decisions] == [
        (first.id, "accepted", first.suggestion_text), (second.id, "edited", "My own words.")]
    assert loaded.original_draft == DRAFT and loaded.original_suggestion == SUGG
    assert loaded.source_path == "/docs/essay.md"
    assert loaded.settings["style"] == "natural" and loaded.model["sha256"] == "ab" * 32
    assert loaded.created <= loaded.modified
    assert loaded.ignored == {("phrase:it is important to note that", "It is important to note that")}
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "humanize-review" and data["version"] == 1


def test_saving_leaves_no_temporary_files(tmp_path: Path) -> None:
    path, doc = make(tmp_path)
    reviewfile.save(path, doc)
    reviewfile.save(path, doc)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["essay.humanize"]


@pytest.mark.parametrize("content, message", [
    (b"{not json", "invalid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b'{"format": "something-else", "version": 1}', "is not a Humanize review file"),
    (b'{"format": "humanize-review", "version": 99}', "newer Humanize Desktop"),
    (b'{"format": "humanize-review", "version": 1, "draft": "x"}', "is damaged"),
    (b"[1, 2, 3]", "is not a Humanize review file"),
])
def test_bad_files_give_a_clear_error_and_are_never_overwritten(tmp_path: Path, content: bytes,
                                                                message: str) -> None:
    bad = tmp_path / "bad.humanize"
    bad.write_bytes(content)
    with pytest.raises(ReviewFileError, match=message) as info:
        reviewfile.load(bad)
    assert str(bad) in str(info.value)
    _, doc = make(tmp_path)
    if b"humanize-review" not in content:
        with pytest.raises(ReviewFileError, match="refusing to overwrite"):
            reviewfile.save(bad, doc)
        assert bad.read_bytes() == content


def test_changes_that_do_not_match_the_texts_are_damage(tmp_path: Path) -> None:
    path, doc = make(tmp_path)
    data = doc.to_json()
    data["draft"] = data["draft"].replace("emoji", "EMOJI")
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ReviewFileError, match="do not match"):
        reviewfile.load(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReviewFileError, match="does not exist"):
        reviewfile.load(tmp_path / "nope.humanize")
    with pytest.raises(ReviewFileError, match="is a folder"):
        reviewfile.load(tmp_path)


def test_a_failed_save_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, doc = make(tmp_path)
    reviewfile.save(path, doc)
    before = path.read_bytes()
    doc.review.accept_all()

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(ReviewFileError, match="No space left"):
        reviewfile.save(path, doc)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["essay.humanize"]
