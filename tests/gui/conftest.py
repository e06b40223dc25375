"""Fixtures for driving the real editor window offscreen.

No modal dialog may ever block a test: every ``ask()``-style classmethod is
replaced by an answer the test can change, and messages are recorded.
"""

from __future__ import annotations

import pytest

from humanize_desktop import config
from humanize_desktop.core.reviewfile import new_document


class Answers:
    """What the replaced dialogs answer, and what they were asked."""

    def __init__(self) -> None:
        self.unsaved = "discard"
        self.recovery = "later"
        self.encoding_fallback = True
        self.save_losses = True
        self.losses: list[str] = []  # what a save said it cannot keep
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.errors: list[tuple[str, str]] = []
        self.asked: list[str] = []
        self.accept_flagged = "unflagged"  # Accept All with flagged changes: "all", "unflagged" or "cancel"
        self.flagged: list[str] = []  # the flagged changes it named


@pytest.fixture(autouse=True)
def answers(monkeypatch) -> Answers:
    from humanize_desktop.gui import documents
    from humanize_desktop.gui.dialogs import accept_all, recovery

    a = Answers()

    def unsaved(cls, parent, name, pending, is_review):
        a.asked.append(f"unsaved:{name}:{pending}")
        return a.unsaved

    def error(cls, parent, title, message):
        a.errors.append((title, message))

    def encoding_fallback(cls, parent, path, encoding):
        a.asked.append(f"encoding:{encoding}")
        return a.encoding_fallback

    def save_losses(cls, parent, name, notes):
        a.asked.append(f"losses:{name}")
        a.losses.extend(notes)
        return a.save_losses

    def ask_open(cls, parent, directory=""):
        return a.open_path

    def ask_save(cls, parent, title, suggested, filters):
        a.asked.append(f"save:{title}")
        return a.save_path

    def ask_recovery(cls, parent, item):
        a.asked.append(f"recovery:{item.name}")
        return a.recovery

    monkeypatch.setattr(documents.Prompts, "unsaved", classmethod(unsaved))
    monkeypatch.setattr(documents.Prompts, "error", classmethod(error))
    monkeypatch.setattr(documents.Prompts, "encoding_fallback", classmethod(encoding_fallback))
    monkeypatch.setattr(documents.Prompts, "save_losses", classmethod(save_losses))
    monkeypatch.setattr(documents.FileDialogs, "ask_open", classmethod(ask_open))
    monkeypatch.setattr(documents.FileDialogs, "ask_save", classmethod(ask_save))
    def ask_accept_all(cls, parent, pending, flagged):
        a.asked.append(f"accept-all:{len(flagged)} of {pending}")
        a.flagged = list(flagged)
        return a.accept_flagged

    monkeypatch.setattr(recovery.RecoveryDialog, "ask", classmethod(ask_recovery))
    monkeypatch.setattr(accept_all.AcceptAllQuestion, "ask", classmethod(ask_accept_all))
    return a


@pytest.fixture
def window(qtbot):
    """A shown, active main window with default settings (user dirs are tmp)."""
    from humanize_desktop.gui.main_window import MainWindow

    w = MainWindow(config.Settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    return w


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


def type_text(qtbot, pane, text: str) -> None:
    """Type ``text`` at the caret: keys for ASCII, the input method for the rest (as an IME would)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for chunk in _runs(text):
        if chunk.isascii():
            qtbot.keyClicks(pane, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(pane, event)


def _runs(text: str) -> list[str]:
    out: list[str] = []
    for ch in text:
        if out and out[-1].isascii() == ch.isascii():
            out[-1] += ch
        else:
            out.append(ch)
    return out
