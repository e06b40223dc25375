"""Reviewing changes in the real window: highlights, decisions, typing, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from humanize_desktop.core.positions import span
from tests.gui.conftest import assert_mirrored, load_review, pane_text

pytestmark = pytest.mark.gui

DRAFT = ("Emoji 😀 first: the quick brown fox jumps.\n\n"
         "שלום עולם, this line mixes right-to-left text.\n\n"
         "中文文本也可以，我们很高兴。\n\n"
         "A plain closing paragraph stays the same.\n")
SUGGESTION = ("Emoji 😀 first: a fast brown fox leaps.\n\n"
              "שלום חברים, this line mixes right-to-left script.\n\n"
              "中文文本可以，我们非常高兴。\n\n"
              "A plain closing paragraph stays the same.\n")


def _selections_by_text(pane):
    out = {}
    for sel in pane.extraSelections():
        out.setdefault(sel.cursor.selectedText(), sel)
    return out


def test_highlights_cover_exactly_the_changed_words(window) -> None:
    load_review(window, DRAFT, SUGGESTION)
    review = window.session.review
    assert review.pending_count >= 4
    for pane in window.view.panes():
        shown = _selections_by_text(pane)
        for change in review.changes:
            s, e = span(change, pane.side)
            text = review.text(pane.side)[s:e]
            if text:
                assert text in shown, (pane.side, text, list(shown))
                sel = shown[text]
                st = window.session.sides[pane.side]
                assert (sel.cursor.selectionStart(), sel.cursor.selectionEnd()) == (st.to16(s), st.to16(e))
    assert_mirrored(window)


def test_keyboard_review_accept_reject_undo_redo(window, qtbot) -> None:
    load_review(window, DRAFT, SUGGESTION)
    review = window.session.review
    pane = window.view.draft
    pane.setFocus()
    first, second = review.changes[0], review.changes[1]
    qtbot.keyClick(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.session.current_id == first.id
    qtbot.keyClick(pane, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # accept
    assert first.suggestion_text in review.draft and first.draft_text not in review.draft
    assert first.id not in {c.id for c in review.changes}
    qtbot.keyClick(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.session.current_id == second.id
    qtbot.keyClick(pane, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # reject
    assert second.draft_text in review.suggestion
    assert_mirrored(window)
    before = review.draft
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (review.draft, review.suggestion) == (DRAFT, SUGGESTION)
    assert_mirrored(window)
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert review.draft == before
    assert_mirrored(window)


def test_accept_and_next_walks_through_every_change(window, qtbot) -> None:
    load_review(window, DRAFT, SUGGESTION)
    pane = window.view.draft
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    for _ in range(10):
        if not window.session.review.pending_count:
            break
        qtbot.keyClick(pane, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert_mirrored(window)
    assert window.session.review.pending_count == 0
    assert window.session.review.draft == SUGGESTION
    assert window.view.pending.text() == "✓"


def test_band_buttons_accept_and_reject_by_mouse(window, qtbot) -> None:
    load_review(window, DRAFT, SUGGESTION)
    review = window.session.review
    first = review.changes[0]
    window.show_change(first.id)
    band = window.view.band
    band.repaint()
    mid = next(m for c, _p, m in band._shapes if c.id == first.id)
    accept, reject = band._button_rects(mid)
    qtbot.mouseClick(band, Qt.MouseButton.LeftButton, pos=accept.center().toPoint())
    assert first.suggestion_text in review.draft
    second = review.changes[0]
    window.show_change(second.id)
    band.repaint()
    mid = next(m for c, _p, m in band._shapes if c.id == second.id)
    _, reject = band._button_rects(mid)
    qtbot.mouseClick(band, Qt.MouseButton.LeftButton, pos=reject.center().toPoint())
    assert second.draft_text in review.suggestion
    assert_mirrored(window)


def test_hover_popup_accepts_the_change_under_the_mouse(window, qtbot) -> None:
    load_review(window, DRAFT, SUGGESTION)
    review = window.session.review
    change = review.changes[1]
    pane = window.view.suggestion
    rect = pane.change_rects(change)[0]
    point = rect.center().toPoint()
    qtbot.mouseMove(pane.viewport(), point)
    qtbot.waitUntil(lambda: window.view.popup.isVisible() and window.view.popup.change_id == change.id,
                    timeout=3000)
    qtbot.mouseClick(window.view.popup.buttons["accept"], Qt.MouseButton.LeftButton)
    assert change.suggestion_text in review.draft
    assert change.id not in {c.id for c in review.changes}
    assert_mirrored(window)


def test_typing_in_the_draft_outside_changes_is_mirrored_and_undoes_by_word(window, qtbot) -> None:
    load_review(window, DRAFT, SUGGESTION)
    review = window.session.review
    pending = review.pending_count
    pane = window.view.draft
    pane.setFocus()
    cursor = pane.textCursor()
    end = DRAFT.index("stays the same.") + len("stays the same")
    cursor.setPosition(window.session.sides["draft"].to16(end))
    pane.setTextCursor(cursor)
    qtbot.keyClicks(pane, " forever and ever")
    assert "stays the same forever and ever." in review.draft
    assert "stays the same forever and ever." in review.suggestion
    assert review.pending_count == pending
    assert_mirrored(window)
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "stays the same forever and." in review.draft
    assert_mirrored(window)
    for _ in range(5):
        qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review.draft == DRAFT and review.suggestion == SUGGESTION
    assert_mirrored(window)


def test_typing_inside_a_change_rediffs_only_the_draft(window, qtbot) -> None:
    load_review(window, DRAFT, SUGGESTION)
    review = window.session.review
    assert any("quick" in c.draft_text for c in review.changes)
    pane = window.view.draft
    pane.setFocus()
    cursor = pane.textCursor()
    st = window.session.sides["draft"]
    cursor.setPosition(st.to16(review.draft.index("quick") + 2))
    pane.setTextCursor(cursor)
    qtbot.keyClicks(pane, "X")
    assert "quXick" in review.draft
    assert "quXick" not in review.suggestion
    assert any(c.draft_text.startswith("quXick") or "quXick" in c.draft_text for c in review.changes)
    assert_mirrored(window)


def test_typing_before_an_emoji_keeps_positions_exact(window, qtbot) -> None:
    load_review(window, DRAFT, SUGGESTION)
    pane = window.view.draft
    pane.setFocus()
    cursor = pane.textCursor()
    cursor.setPosition(0)
    pane.setTextCursor(cursor)
    # Emoji arrive through the input method (QTest cannot type astral characters).
    event = QInputMethodEvent("", [])
    event.setCommitString("🎉 ")
    QApplication.sendEvent(pane, event)
    qtbot.keyClick(pane, Qt.Key.Key_Backspace)
    qtbot.keyClicks(pane, "x ")
    review = window.session.review
    assert review.draft.startswith("🎉x Emoji 😀")
    assert_mirrored(window)
    for pane in window.view.panes():
        pane.refresh()
        shown = _selections_by_text(pane)
        for change in review.changes:
            s, e = span(change, pane.side)
            if s < e:
                assert review.text(pane.side)[s:e] in shown


def test_side_panel_lists_changes_and_keys_decide(window, qtbot) -> None:
    load_review(window, DRAFT, SUGGESTION)
    review = window.session.review
    view = window.changes_panel.view
    model = window.changes_panel.model
    assert model.rowCount() == review.pending_count
    assert window.changes_panel.summary.text() == f"Pending changes: {review.pending_count}"
    first = review.changes[0]
    view.setFocus()
    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert first.suggestion_text in review.draft
    assert model.rowCount() == review.pending_count
    nxt = review.changes[0]
    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert nxt.draft_text in review.suggestion
    index = model.index(0)
    view.clicked.emit(index)
    assert window.session.current_id == review.changes[0].id


def test_decided_changes_stay_listed_with_their_decision_and_show_where_they_are(window, qtbot) -> None:
    from humanize_desktop.gui.decided import DecisionRole

    load_review(window, DRAFT, SUGGESTION)
    panel = window.changes_panel
    review = window.session.review
    first, second = review.changes[0], review.changes[1]
    window.decide("accept", first.id)
    window.decide("reject", second.id)
    assert panel.decided_button.text() == "Decided (2)"
    assert panel.pending_button.text() == f"Pending ({review.pending_count})"
    qtbot.mouseClick(panel.decided_button, Qt.MouseButton.LeftButton)
    rows = [panel.decided.index(i).data() for i in range(panel.decided.rowCount())]
    assert rows == [f"Accepted: “{first.draft_text}” → “{first.suggestion_text}”",
                    f"Rejected: “{second.draft_text}” → “{second.suggestion_text}”"]
    # Typing before them moves their text; a click still finds it, in both panes.
    window.session.replace_text("draft", 0, 0, "Intro. ")
    index = panel.decided.index(0)
    record, place = index.data(DecisionRole)
    panel.decided_view.clicked.emit(index)
    assert window.view.draft.textCursor().selectedText() == first.suggestion_text == record.text
    assert window.view.suggestion.textCursor().selectedText() == first.suggestion_text
    # Undo takes a decision back out of the list; a new document empties it.
    window.actions.undo.trigger()
    window.actions.undo.trigger()
    assert panel.decided.rowCount() == 1 and panel.decided_button.text() == "Decided (1)"
    window.session.start_draft("Something else.")
    assert panel.decided.rowCount() == 0 and "Nothing decided yet" in panel.summary.text()
    qtbot.mouseClick(panel.pending_button, Qt.MouseButton.LeftButton)
    assert panel.lists.currentWidget() is panel.view


def test_context_menu_offers_decisions_for_the_change_under_the_caret(window) -> None:
    from PySide6.QtWidgets import QMenu

    load_review(window, DRAFT, SUGGESTION)
    change = window.session.review.changes[0]
    menu = QMenu(window)
    window.build_context_menu(window.view.draft, change.draft_start + 1, menu)
    texts = [a.text() for a in menu.actions()]
    assert window.actions.accept.text() in texts and window.actions.reject.text() in texts
    window.actions.reject.trigger()
    assert change.draft_text in window.session.review.suggestion


def test_accept_all_is_one_undo_step(window, qtbot) -> None:
    load_review(window, DRAFT, SUGGESTION)
    window.actions.accept_all.trigger()
    assert window.session.review.draft == SUGGESTION
    assert pane_text(window.view.draft) == SUGGESTION
    window.actions.undo.trigger()
    assert window.session.review.draft == DRAFT
    assert window.session.review.pending_count >= 4
    assert_mirrored(window)


LINK_DRAFT = "See [the guide](https://a.example/guide) for details.\n\nWe utilize the tools daily.\n"
LINK_SUGGESTION = "See [the guide] (https://a.example/guide) for details.\n\nWe use the tools daily.\n"


@pytest.mark.parametrize("answer, draft", [
    ("unflagged", LINK_DRAFT.replace("utilize", "use")),
    ("all", LINK_SUGGESTION),
    ("cancel", LINK_DRAFT),
])
def test_accept_all_asks_before_taking_flagged_changes(window, answers, answer: str, draft: str) -> None:
    load_review(window, LINK_DRAFT, LINK_SUGGESTION)
    answers.accept_flagged = answer
    window.actions.accept_all.trigger()
    assert answers.asked == ["accept-all:1 of 2"]
    assert "Structure changed" in answers.flagged[0] and "link" in answers.flagged[0]
    review = window.session.review
    assert review.draft == draft
    assert review.pending_count == {"unflagged": 1, "all": 0, "cancel": 2}[answer]
    assert_mirrored(window)
    if answer != "cancel":
        window.actions.undo.trigger()
        assert review.draft == LINK_DRAFT and review.pending_count == 2


def test_accept_all_asks_about_a_changed_fact_even_before_the_checks_ran(window, answers) -> None:
    load_review(window, "We met in 2024.\n\nWe utilize the tools.\n", "We met in 2023.\n\nWe use the tools.\n")
    assert window.checks.flags == {}  # the background check has not run yet
    answers.accept_flagged = "unflagged"
    window.actions.accept_all.trigger()
    assert answers.asked == ["accept-all:1 of 2"] and "2024" in answers.flagged[0]
    assert window.session.review.draft == "We met in 2024.\n\nWe use the tools.\n"


def test_accept_all_but_flagged_from_the_review_menu_asks_nothing(window, answers) -> None:
    load_review(window, LINK_DRAFT, LINK_SUGGESTION)
    window.actions.accept_unflagged.trigger()
    assert answers.asked == []
    review = window.session.review
    assert review.draft == LINK_DRAFT.replace("utilize", "use") and [c.structure for c in review.changes] == [
        frozenset({"link"})]
    assert "flagged changes left pending: 1" in window.statusBar().currentMessage()
    assert window.actions.undo.text() == "&Undo Accept All but Flagged"


def test_scrolling_one_pane_scrolls_the_other_to_the_same_text(window, qtbot) -> None:
    paragraphs_d = [f"Paragraph {i} says something plain about topic {i}." for i in range(120)]
    paragraphs_s = list(paragraphs_d)
    paragraphs_s.insert(5, "An extra paragraph.\n\nAnd another one.\n\nAnd a third.")
    load_review(window, "\n\n".join(paragraphs_d) + "\n", "\n\n".join(paragraphs_s) + "\n")
    left, right = window.view.draft, window.view.suggestion
    left.verticalScrollBar().setValue(150)
    qtbot.wait(10)
    mid = QPoint(4, left.viewport().height() // 2)

    def paragraph_at_middle(pane) -> int:
        block = pane.cursorForPosition(mid).block()
        while not block.text().startswith("Paragraph"):
            block = block.previous()
        return int(block.text().split()[1])

    # The same paragraph (or its neighbour) sits at the middle of both panes.
    ln, rn = paragraph_at_middle(left), paragraph_at_middle(right)
    assert ln > 20 and abs(ln - rn) <= 1, (ln, rn)
