"""Autosave and recovery: work survives the app being killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from humanize_desktop import config
from humanize_desktop.gui.autosave import REVIEW_NAME, recoverable_sessions, recovery_root
from tests.gui.conftest import assert_mirrored, load_review, type_text

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _new_window(qtbot):
    from humanize_desktop.gui.main_window import MainWindow

    w = MainWindow(config.Settings())
    qtbot.addWidget(w)
    w.show()
    return w


def _crash(window) -> None:
    """What a crash leaves: the autosave folder stays, its lock's owner is gone."""
    window.autosaver.timer.stop()
    window.autosaver.lock.unlock()
    window.autosaver.close = lambda: None  # a dead process cleans nothing up


def test_autosave_writes_within_seconds_and_restore_brings_everything_back(window, qtbot, answers) -> None:
    window.autosaver.set_interval(0.5)
    load_review(window, "The big dog barks loudly.\n\nSecond paragraph.\n", "The large dog barks.\n\nSecond one.\n")
    review = window.session.review
    window.decide("accept", review.changes[0].id)
    pane = window.view.draft
    pane.setFocus()
    cursor = pane.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    pane.setTextCursor(cursor)
    type_text(qtbot, pane, "Más 😀")
    with qtbot.waitSignal(window.autosaver.written, timeout=5000):
        pass
    assert (window.autosaver.folder / REVIEW_NAME).is_file()
    state = (review.draft, review.suggestion, [c.id for c in review.changes], len(review.decisions))
    _crash(window)

    answers.recovery = "restore"
    other = _new_window(qtbot)
    assert other.offer_recovery()
    r2 = other.session.review
    assert (r2.draft, r2.suggestion, [c.id for c in r2.changes], len(r2.decisions)) == state
    assert other.session.modified and other.session.has_suggestion
    assert_mirrored(other)
    assert recoverable_sessions() == []  # taken over: not offered twice


def test_discard_removes_left_behind_work_and_later_keeps_it(window, qtbot, answers) -> None:
    window.autosaver.set_interval(0.5)
    window.view.draft.setFocus()
    type_text(qtbot, window.view.draft, "Unsaved words")
    with qtbot.waitSignal(window.autosaver.written, timeout=5000):
        pass
    _crash(window)
    answers.recovery = "later"
    assert not _new_window(qtbot).offer_recovery()
    assert len(recoverable_sessions()) == 1
    for item in recoverable_sessions():
        item.release()
    answers.recovery = "discard"
    assert not _new_window(qtbot).offer_recovery()
    assert recoverable_sessions() == []


def test_nothing_is_offered_after_a_clean_exit_or_when_everything_was_saved(window, qtbot, tmp_path, answers) -> None:
    window.autosaver.set_interval(0.5)
    type_text(qtbot, window.view.draft, "Words")
    with qtbot.waitSignal(window.autosaver.written, timeout=5000):
        pass
    answers.save_path = str(tmp_path / "saved.txt")
    window.actions.save.trigger()
    window.autosaver.save_now()  # nothing unsaved: the autosave is cleared
    assert not (window.autosaver.folder / REVIEW_NAME).exists()
    window.close()
    assert not window.autosaver.folder.exists()
    assert recoverable_sessions() == []


@pytest.mark.slow
def test_killed_app_process_is_restored_exactly(qtbot, tmp_path, user_dirs, answers) -> None:
    draft = tmp_path / "essay.txt"
    draft.write_text("The big dog barks loudly at night.\n\nA second paragraph stays.\n", encoding="utf-8")
    actions = tmp_path / "actions.json"
    actions.write_text(json.dumps([
        {"type": " Typed before the crash.", "side": "draft", "at": -1},
        {"suggest": "The large dog barks at night.\n\nA second paragraph stays. Typed before the crash."},
        {"accept": 0},
    ]), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               HUMANIZE_CONFIG_DIR=str(user_dirs.config), HUMANIZE_DATA_DIR=str(user_dirs.data),
               HUMANIZE_STATE_DIR=str(user_dirs.state), HUMANIZE_CACHE_DIR=str(user_dirs.cache))
    log = tmp_path / "app.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "tests.gui.app_driver", str(actions), str(draft)], cwd=ROOT,
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    done = Path(str(actions) + ".done")
    try:
        deadline = time.monotonic() + 60
        while not done.exists():
            assert proc.poll() is None, log.read_text(errors="replace")
            assert time.monotonic() < deadline, "the app never finished its scripted steps"
            time.sleep(0.1)
        expected = json.loads(done.read_text(encoding="utf-8"))
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert "Traceback" not in log.read_text(errors="replace")  # the app ran without errors until killed
    assert "Typed before the crash." in expected["draft"]
    assert list(recovery_root().iterdir())  # the dead process left its work behind

    answers.recovery = "restore"
    window = _new_window(qtbot)
    assert window.offer_recovery()
    review = window.session.review
    assert (review.draft, review.suggestion, review.pending_count) == \
        (expected["draft"], expected["suggestion"], expected["pending"])
    assert len(review.decisions) == 1
    assert window.documents.target.path == str(draft)
    assert window.windowTitle().startswith("essay.txt")
    assert window.session.modified
    assert_mirrored(window)
    assert answers.asked == ["recovery:essay.txt"]


def test_an_unexpected_error_saves_the_work_before_showing_the_message(window, qtbot, monkeypatch) -> None:
    from humanize_desktop.app import _ExceptHook
    from humanize_desktop.gui.dialogs.error import ErrorDialog

    shown = []
    monkeypatch.setattr(ErrorDialog, "ask", classmethod(
        lambda cls, parent, summary, details, saved_to: shown.append((summary, saved_to)) or "continue"))
    type_text(qtbot, window.view.draft, "Precious words")
    try:
        raise ValueError("boom")
    except ValueError as exc:
        _ExceptHook(window)(ValueError, exc, exc.__traceback__)
    assert shown == [("ValueError: boom", str(window.autosaver.folder))]
    item = recoverable_sessions()  # our own lock is held: not offered while we run
    assert item == []
    from humanize_desktop.core import reviewfile

    assert reviewfile.load(window.autosaver.folder / REVIEW_NAME).review.draft == "Precious words"
    assert window.isVisible()
