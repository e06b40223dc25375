"""Learning in the window: decisions are recorded (and undone), the next pass uses them, the dialog controls them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from humanize_desktop.core.learning.derive import derive
from humanize_desktop.core.learning.store import DecisionEntry, PreferenceStore
from tests.gui.fakes import FakeEngine

pytestmark = pytest.mark.gui

DRAFT = ("Moreover, the team shipped the release on Friday.\n\n"
         "Moreover, the tests passed on the first try today.\n\n"
         "Moreover, the budget stayed flat this whole quarter.\n")


def _humanize_light(window, qtbot, draft: str = DRAFT) -> None:
    window.humanize_bar.strength_buttons.button(0).setChecked(True)  # light: rules only
    window.engines.use_engine(FakeEngine(), "Fake model")
    window.session.start_draft(draft)
    window.actions.humanize.trigger()
    qtbot.waitUntil(lambda: not window.humanizer.running, timeout=20000)


def _rules_pending(window) -> list[str]:
    explanations = window.session.document.explanations
    return [explanations[c.id].rule for c in window.session.review.changes if c.id in explanations]


def test_rejections_in_the_window_are_learned_undone_and_used_by_the_next_pass(window, qtbot) -> None:
    _humanize_light(window, qtbot)
    assert _rules_pending(window) == ["opener.moreover"] * 3
    for change in list(window.session.review.changes):
        window.decide("reject", change.id)
    stored = PreferenceStore.load()
    assert [(d.decision, d.rule, d.source, d.language) for d in stored.decisions] == \
        [("rejected", "opener.moreover", "rule", "en")] * 3
    window.undo()
    assert len(PreferenceStore.load().decisions) == 2  # an undone decision is taken back
    window.redo()
    assert len(PreferenceStore.load().decisions) == 3
    [pref] = derive(PreferenceStore.load())
    assert pref.kind == "suppressed-rule" and pref.decisions == 3

    _humanize_light(window, qtbot)
    assert window.session.review.changes == []  # the rule is no longer applied
    window.learning.store.paused = True
    _humanize_light(window, qtbot)
    assert _rules_pending(window) == ["opener.moreover"] * 3  # paused: not applied


def _seed_store() -> None:
    store = PreferenceStore.load()
    store.record([DecisionEntry(f"r{i}", "rejected", "rule", "opener.moreover", "", "Moreover, the", "The",
                                "Moreover, the", "en", "natural", float(i)) for i in range(3)]
                 + [DecisionEntry(f"t{i}", "rejected", "model", None, "", "leverage", "use", "leverage", "en",
                                  "natural", float(i)) for i in range(3)])
    store.save()


def test_the_learned_dialog_switches_off_forgets_protects_pauses_and_resets(window, qtbot, monkeypatch) -> None:
    from humanize_desktop.gui.dialogs.learned import LearnedDialog
    from humanize_desktop.gui.learning import LearningController

    _seed_store()
    controller = LearningController(window.session, window.settings, window)
    dialog = LearnedDialog(controller, window)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "Rule off" and table.item(0, 2).text() == "3"
    assert "opener.moreover" in table.item(0, 3).text() and "leverage" in table.item(1, 3).text()

    table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # switched off, kept
    assert not derive(PreferenceStore.load())[0].enabled and controller.learned().suppressed == frozenset()
    table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert controller.learned().suppressed_rules("en", "natural") == {"opener.moreover"}

    dialog.select(derive(controller.store)[1].id)
    assert dialog.protect_button.isEnabled()
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)
    assert window.settings.rewrite.protected_terms == ["leverage"]
    assert "is a protected term" in table.item(1, 3).text() and not dialog.protect_button.isEnabled()

    dialog.select(derive(controller.store)[0].id)
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert [p.kind for p in derive(PreferenceStore.load())] == ["protected-term"]

    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    assert PreferenceStore.load().paused and controller.learned() is None
    assert dialog.pause_button.text() == "Resume &Learning"
    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(LearnedDialog, "confirm_reset", classmethod(lambda cls, parent: False))
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 1
    monkeypatch.setattr(LearnedDialog, "confirm_reset", classmethod(lambda cls, parent: True))
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0 and derive(PreferenceStore.load()) == []
    assert "Nothing learned yet" in dialog.state.text()


def test_the_edit_menu_opens_what_i_have_learned(window, monkeypatch) -> None:
    from humanize_desktop.gui.dialogs.learned import LearnedDialog

    shown = []
    monkeypatch.setattr(LearnedDialog, "exec", lambda self: shown.append(self.table.rowCount()))
    _seed_store()
    window.learning.store = PreferenceStore.load()
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.actions.learned in edit_menu.actions()
    window.actions.learned.trigger()
    assert shown == [2]
