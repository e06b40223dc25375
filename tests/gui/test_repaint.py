"""The window repaints what changed on screen, and only that (the GUI stall benchmark's findings).

While a long document streams in, most edits land far below what the panes
show; repainting both panes, the band and the heat strips for each of them
is what froze the window. These tests count the panes' ``view_changed``
(which repaints the band and the strips) and check that the picture stays
right when something on screen does change.
"""

from __future__ import annotations

import pytest

from humanize_desktop.core.positions import span
from tests.gui.conftest import load_review

pytestmark = pytest.mark.gui

DRAFT = "\n\n".join(f"Paragraph {i} says something quite plain about the work." for i in range(300)) + "\n"
SUGGESTION = (DRAFT.replace("Paragraph 1 says", "Paragraph 1 states")
              .replace("Paragraph 298 says", "Paragraph 298 tells"))


def _settle(qtbot) -> None:
    qtbot.wait(30)  # the panes refresh on a zero-delay timer


def test_an_edit_below_the_screen_repaints_nothing_and_one_on_screen_does(window, qtbot) -> None:
    load_review(window, DRAFT, SUGGESTION)
    _settle(qtbot)
    pane = window.view.suggestion
    emitted = []
    for p in window.view.panes():
        p.view_changed.connect(lambda side=p.side: emitted.append(side))
    text = window.session.review.suggestion
    far = text.index("Paragraph 297")
    window.session.replace_text("suggestion", far, far + len("Paragraph"), "Section")
    _settle(qtbot)
    assert emitted == []  # nothing shown moved or changed colour
    near = text.index("Paragraph 2 ")
    window.session.replace_text("suggestion", near, near + len("Paragraph"), "Section")
    _settle(qtbot)
    assert "suggestion" in emitted
    shaded = {sel.cursor.selectedText() for sel in pane.extraSelections()}
    assert "states" in shaded  # the change on screen is still shaded where it is


def test_marks_below_an_accepted_change_move_with_the_text(window, qtbot) -> None:
    from humanize_desktop.gui.marks import Mark

    load_review(window, DRAFT, SUGGESTION)
    pane = window.view.draft
    review = window.session.review
    target = review.draft.index("Paragraph 5 ")
    pane.set_layer("checks", [Mark(target, target + 9, "spelling", "check this")])
    first = review.changes[0]
    window.decide("accept", first.id)
    _settle(qtbot)
    moved = [m for m in pane.marks if m.kind == "spelling"]
    assert len(moved) == 1 and review.draft[moved[0].start:moved[0].end] == "Paragraph"
    assert moved[0].start == review.draft.index("Paragraph 5 ")
    assert pane.mark_at(moved[0].start + 2) == moved[0]
    assert span(review.changes[0], "draft")[0] > moved[0].start  # the other change is further down
