"""Fixtures for driving the real editor window offscreen."""

from __future__ import annotations

import pytest

from humanize_desktop import config
from humanize_desktop.core.reviewfile import new_document


@pytest.fixture
def window(qtbot):
    """A shown, active main window with default settings (user dirs are tmp)."""
    from humanize_desktop.gui.main_window import MainWindow

    w = MainWindow(config.Settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.session.set_modified(False)  # no quit prompt when the test closes it


def load_review(window, draft: str, suggestion: str) -> None:
    window.session.load(new_document(draft, suggestion), has_suggestion=True)
    window.view.draft.refresh()
    window.view.suggestion.refresh()


def pane_text(pane) -> str:
    """What a pane really shows, in the review's terms (Qt separates blocks with U+2029)."""
    return pane.document().toRawText().replace("\u2029", "\n")


def assert_mirrored(window) -> None:
    """Both panes show exactly the review's texts, and the review is consistent."""
    review = window.session.review
    review.check_consistency()
    assert pane_text(window.view.draft) == review.draft
    assert pane_text(window.view.suggestion) == review.suggestion
