"""The translator window's model: per-segment decisions on a polished suggestion, QA after every edit,
and a review file that brings everything back."""

from __future__ import annotations

import json

import pytest

from humanize_desktop.core.bilingual import files
from humanize_desktop.core.bilingual.review import BilingualReview, BilingualReviewError, load_review, save_review
from tests.core.test_bilingual_polish import XLIFF


@pytest.fixture
def xlf(tmp_path):
    path = tmp_path / "app.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    return path


def test_decisions_per_change_and_per_segment_and_qa_after_edits(xlf, tmp_path):
    review = BilingualReview(files.open_bilingual(xlf))
    count = 1
    review.set_suggestion(count, "Derzeit haben Sie 25 neue Nachrichten, die auf Sie warten.")
    changes = review.changes(count)
    assert changes and review.suggestion(count)
    review.accept(count, changes[0].id)
    assert review.target(count).startswith("Derzeit")
    review.reject_segment(count)
    assert review.changes(count) == [] and review.suggestion(count) is None
    assert review.visible_findings(count) == []
    review.edit_target(count, "Sie haben derzeit 26 neue Nachrichten, die auf Sie warten.")
    [number] = review.visible_findings(count)
    assert number.kind == "number" and number.replacements == ("25",)
    review.ignore(number)
    assert review.visible_findings(count) == []
    out = tmp_path / "out.xlf"
    files.save_bilingual(review.file, review.targets(), out)
    assert files.open_bilingual(out).units[count].target.startswith("Sie haben derzeit 26")


def test_the_review_file_restores_everything(xlf, tmp_path):
    review = BilingualReview(files.open_bilingual(xlf))
    review.set_suggestion(0, 'Klicken Sie einfach auf <g id="1">Speichern</g>, um alle Ihre {0} Dateien sicher '
                             "aufzubewahren.")
    review.set_suggestion(1, "Derzeit haben Sie 25 neue Nachrichten, die auf Sie warten.")
    review.accept_segment(1)
    review.edit_target(2, "Drücken Sie <x id=\"2\"/> und warten Sie kurz.")
    review.ignore(review.visible_findings(2)[0]) if review.visible_findings(2) else None
    saved = tmp_path / "app.humanize-bilingual"
    save_review(review, saved)
    again = load_review(saved)
    for i in range(len(review.file.units)):
        assert again.target(i) == review.target(i)
        assert [c.to_json() for c in again.changes(i)] == [c.to_json() for c in review.changes(i)]
    assert again.reviews[1].decisions and again.ignored == review.ignored
    assert json.loads(saved.read_text(encoding="utf-8"))["file"]["sha256"]

    xlf.write_text(XLIFF.replace("Drücken", "Drucken"), encoding="utf-8")
    with pytest.raises(BilingualReviewError, match="has changed since"):
        load_review(saved)
    saved.write_text("{", encoding="utf-8")
    with pytest.raises(BilingualReviewError, match="damaged"):
        load_review(saved)
