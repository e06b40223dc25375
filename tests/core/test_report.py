"""The HTML change report lists decisions and pending changes, escaped and self-contained."""

from __future__ import annotations

from humanize_desktop.core.report import change_report_html
from humanize_desktop.core.reviewfile import new_document


def test_report_lists_decisions_pending_and_final_text() -> None:
    doc = new_document("The big <dog> barks loudly.\n\nA second line.", "The large <dog> barks.\n\nA 2nd line.",
                       settings={"style": "natural"}, model={"name": "SmolLM2"})
    review = doc.review
    first, second = review.changes[0], review.changes[1]
    review.accept(first.id)
    review.reject(second.id)
    page = change_report_html(doc, "essay.md")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page
    assert "essay.md" in page and "SmolLM2" in page and "natural" in page
    assert "&lt;dog&gt;" in page and "<dog>" not in page
    assert "1 accepted" in page and "1 rejected" in page
    assert f"{review.pending_count} pending changes" in page
    for c in review.changes:
        assert c.suggestion_text.strip() in page
    assert review.draft.replace("<", "&lt;").replace(">", "&gt;") in page
