"""Translator mode's window, driven by keys: filter by finding, move between segments, polish with a
scripted engine, accept per change and per segment, edit with QA after, save the file and the review."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from humanize_desktop import config
from humanize_desktop.core.bilingual import files
from humanize_desktop.core.bilingual.review import BilingualReview
from humanize_desktop.gui.translate.segments import SUGGESTION, TARGET
from humanize_desktop.gui.translate.window import TranslatorWindow
from tests.core.bilingual_samples import XLIFF1
from tests.core.rewrite_fakes import FakeEngine, draft_of
from tests.core.test_bilingual_polish import XLIFF

pytestmark = pytest.mark.gui


class _Engines:
    """What the window needs of the editor's EngineManager: an engine on the model lane."""

    def __init__(self, engine) -> None:
        self._engine = engine

    def engine(self):
        return self._engine


def _reply(request):
    return draft_of(request).replace("Sie haben derzeit", "Derzeit haben Sie")


@pytest.fixture
def translator(qtbot, tmp_path):
    path = tmp_path / "app.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    w = TranslatorWindow(BilingualReview(files.open_bilingual(path)), engines=_Engines(FakeEngine(_reply)),
                         settings=config.Settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    w.table.setFocus()
    return w


def _cell(w, row: int, column: int) -> str:
    return w.model.index(row, column).data()


def test_keys_move_between_segments_and_findings(qtbot, translator):
    w = translator
    assert w.current_row() == 0
    qtbot.keyClick(w.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert w.current_row() == 1
    qtbot.keyClick(w.table, Qt.Key.Key_F8)
    assert w.current_row() == 3  # "empty": untranslated, the next unit with a finding
    assert w.findings_list.item(0).text().startswith("untranslated")
    w.filter_box.setCurrentIndex(w.filter_box.findData("untranslated"))
    assert w.proxy.rowCount() == 1


def test_polish_then_accept_a_change_and_a_segment(qtbot, translator):
    w = translator
    w.select_row(1)
    with qtbot.waitSignal(w.polished, timeout=20000) as signal:
        qtbot.keyClick(w.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert signal.args == [1, "rewritten"]
    assert "Derzeit" in _cell(w, 1, SUGGESTION) and w.changes_list.count() >= 1
    assert w.model.index(1, SUGGESTION).data(Qt.ItemDataRole.UserRole + 1).count("<s ") >= 1  # the word diff
    qtbot.keyClick(w.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _cell(w, 1, TARGET).startswith("Derzeit haben Sie 25")
    assert w.review.changes(1) == [] and _cell(w, 1, SUGGESTION) == ""


def test_an_edit_is_checked_when_moving_on_and_everything_is_saved(qtbot, translator, tmp_path, monkeypatch):
    w = translator
    w.select_row(1)
    w.target_edit.setPlainText("Sie haben derzeit 26 neue Nachrichten, die auf Sie warten.")
    qtbot.keyClick(w.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert w.current_row() == 2
    assert "number" in [f.kind for f in w.review.visible_findings(1)]
    out = tmp_path / "out.xlf"
    review_file = tmp_path / "app.humanize-bilingual"
    answers = iter([str(out), str(review_file)])
    monkeypatch.setattr(TranslatorWindow, "ask_save_path", classmethod(lambda cls, *a: next(answers)))
    qtbot.keyClick(w.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    saved = files.open_bilingual(out)
    assert saved.units[1].target.startswith("Sie haben derzeit 26") and saved.units[1].state == "needs-review"
    assert [u.target for u in saved.units if u.index != 1] == [u.target for u in w.review.file.units if u.index != 1]
    again = TranslatorWindow.open_file(str(review_file), settings=config.Settings())
    qtbot.addWidget(again)
    assert again.review.target(1) == w.review.target(1)


def test_the_editor_opens_translator_mode(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "ui.xlf"
    path.write_text(XLIFF1, encoding="utf-8")
    monkeypatch.setattr(TranslatorWindow, "ask_bilingual_file", classmethod(lambda cls, parent: str(path)))
    window.actions.translator.trigger()
    opened = [c for c in window.findChildren(TranslatorWindow)]
    assert len(opened) == 1 and opened[0].model.rowCount() == 5
    errors = []
    monkeypatch.setattr(TranslatorWindow, "show_error", classmethod(lambda cls, parent, message: errors.append(message)))
    bad = tmp_path / "bad.xlf"
    bad.write_text("<xliff", encoding="utf-8")
    window.open_path(str(bad))  # opening a .xlf from anywhere (command line, recent files) goes here too
    assert errors and "bad.xlf" in errors[0]
