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


def test_a_removal_reads_as_a_removal_and_the_window_s_notes_have_their_sections() -> None:
    from humanize_desktop.core.report import ReportNotes

    doc = new_document("Sales, in short, grew by 12% in 2024.\n", "Sales in short grew by 12% in 2023.\n")
    review = doc.review
    comma = next(c for c in review.changes if c.kind == "delete")
    review.accept(comma.id)
    year = review.changes[-1]
    notes = ReportNotes(flags={year.id: ["Fact changed: 2024 → 2023"]},
                        kept=[("Our team of 14 people…", "the number 2024 was changed or dropped")],
                        findings=[("Spelling", "Possible spelling mistake", "teh")],
                        ai_likeness=(0.71, 0.38))
    page = change_report_html(doc, "q3.md", notes=notes)
    row = page[page.index("<h2>Decisions"):page.index("<h2>Pending")]
    assert "<del>,</del>" in row and "<span class='note'>removed</span>" in row
    assert "<ins>—</ins>" not in page and "<ins>" not in row  # nothing green for a removal
    pending = page[page.index("<h2>Pending"):]
    assert "⚠ Fact changed: 2024 → 2023" in pending and "1 flagged" in page
    assert "Paragraphs kept as drafted" in page and "the number 2024 was changed or dropped" in page
    assert "<h3>Spelling (1)</h3>" in page and "“teh” — Possible spelling mistake" in page
    assert "draft 0.71 → suggestion 0.38" in page
    assert "http" not in page and "<script" not in page
