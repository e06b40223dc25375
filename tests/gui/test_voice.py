"""Voices in the window: learning one from files (the dialog), picking it, and humanizing toward it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from humanize_desktop.core.voice import profile as profiles
from tests.gui.fakes import FakeEngine

pytestmark = pytest.mark.gui

SAMPLE = """I don't plan my week. I just start. Monday's for email, mostly. I can't stand long meetings.

It's fine, honestly. You'd be surprised how much gets done. But I won't say it's tidy! We're getting there.
"""
DRAFT = "We do not ship on Fridays, and the team is not around to answer questions about the new release.\n"


def _dialog(window):
    from humanize_desktop.gui.dialogs.learn_voice import LearnVoiceDialog

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, LearnVoiceDialog) and w.isVisible())


def test_learn_a_voice_from_the_menu_then_humanize_toward_it(window, qtbot, tmp_path: Path) -> None:
    sample = tmp_path / "mine.md"
    sample.write_text(SAMPLE, "utf-8")
    assert window.humanize_bar.voice_box.itemData(0) == "" and window.humanize_bar.voice_box.count() == 1
    seen: dict[str, object] = {}

    def fill_in() -> None:
        dialog = _dialog(window)
        seen["enabled_before"] = dialog.learn_button.isEnabled()
        qtbot.keyClicks(dialog.name, "Casual me")
        dialog.add_files([str(sample), str(sample)])  # the same file twice is one sample
        seen["files"] = dialog.paths()
        qtbot.mouseClick(dialog.learn_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    window.actions.learn_voice.trigger()
    assert seen == {"enabled_before": False, "files": [str(sample)]}
    assert profiles.names() == ["Casual me"]
    box = window.humanize_bar.voice_box
    assert box.currentData() == "Casual me"  # the new voice is picked
    assert "Casual me" in window.statusBar().currentMessage()

    engine = FakeEngine()
    window.humanize_bar.strength_buttons.button(0).setChecked(True)  # light: rules only
    window.engines.use_engine(engine, "Fake model")
    window.session.start_draft(DRAFT)
    window.actions.humanize.trigger()
    qtbot.waitUntil(lambda: not window.humanizer.running, timeout=20000)
    assert window.session.review.suggestion == ("We don't ship on Fridays. The team isn't around to answer "
                                                "questions about the new release.\n")
    assert window.settings.rewrite.voice == "Casual me"
    explanations = window.session.document.explanations.values()
    assert {e.rule for e in explanations} == {"voice.contractions", "voice.split"}

    # "No voice" humanizes as before.
    box.setCurrentIndex(0)
    window.actions.humanize.trigger()
    qtbot.waitUntil(lambda: not window.humanizer.running, timeout=20000)
    assert window.session.review.suggestion == DRAFT


def test_the_dialog_says_what_is_wrong_and_stays_open(qtbot, tmp_path: Path) -> None:
    from humanize_desktop.gui.dialogs.learn_voice import LearnVoiceDialog

    empty = tmp_path / "empty.md"
    empty.write_text("# Only a heading\n", "utf-8")
    dialog = LearnVoiceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "mine")
    dialog.add_files([str(empty)])
    qtbot.mouseClick(dialog.learn_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.profile is None
    assert "no text to learn a voice from in empty.md" in dialog.problem.text()
    dialog.add_files([str(tmp_path / "gone.txt")])
    qtbot.mouseClick(dialog.learn_button, Qt.MouseButton.LeftButton)
    assert "gone.txt" in dialog.problem.text() and profiles.names() == []
    dialog.files.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.paths() == [str(tmp_path / "gone.txt")]


def test_a_damaged_voice_file_stops_humanizing_with_a_message(window, qtbot) -> None:
    profiles.voices_dir().mkdir(parents=True)
    (profiles.voices_dir() / "broken.toml").write_text("name = [", "utf-8")
    window.humanize_bar.fill_voices(select="broken")
    assert window.humanize_bar.voice_box.currentData() == "broken"
    window.engines.use_engine(FakeEngine(), "Fake model")
    window.session.start_draft(DRAFT)
    window.actions.humanize.trigger()
    assert not window.humanizer.running
    assert "fix or delete the file" in window.statusBar().currentMessage()
    assert (profiles.voices_dir() / "broken.toml").read_text("utf-8") == "name = ["


def test_the_picker_lists_voices_learned_meanwhile(window, qtbot) -> None:
    box = window.humanize_bar.voice_box
    assert box.count() == 1
    profiles.save(profiles.learn("Later", [("s.md", SAMPLE)], "en"))  # e.g. `voice learn` in a terminal
    box.showPopup()
    assert [box.itemData(i) for i in range(box.count())] == ["", "Later"]
    box.hidePopup()
