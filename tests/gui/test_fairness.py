"""Fairness findings in the real window: underlines in their own colour, a group each, the Show filter,
the context menu's fix and Ignore, and the switches in the preferences."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from humanize_desktop import config
from humanize_desktop.gui.dialogs.preferences import PreferencesDialog
from humanize_desktop.gui.theme import review_colors

pytestmark = pytest.mark.gui

TEXT = ("Liebe Kollegen, vielen Dank für Ihre Geduld und Ihre Nachricht.\n\n"
        "Alle Mitarbeiter erhalten 1,250.50 Euro am 13/04/2026.\n\n"
        "Melde dich bei Fragen. Wir bitten Sie um eine Rückmeldung bis Freitag.\n")


def _checked(window, qtbot, side: str = "draft") -> None:
    st = window.session.sides[side]
    qtbot.waitUntil(lambda: window.checks.sides[side].revision == st.revision, timeout=20000)


def _groups(window, qtbot, minimum: int) -> dict[str, object]:
    tree = window.findings_panel.tree
    window.side_tabs.setCurrentWidget(window.findings_panel)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() >= minimum, timeout=5000)
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}


def test_the_three_kinds_are_underlined_listed_and_filtered(window, qtbot) -> None:
    window.session.start_draft(TEXT)
    _checked(window, qtbot)
    marks = {(m.kind, TEXT[m.start:m.end]) for m in window.view.draft.marks}
    assert {("inclusive", "Kollegen"), ("inclusive", "Mitarbeiter"), ("locale", "1,250.50"),
            ("locale", "13/04/2026"), ("register", "dich")} <= marks
    colors = review_colors(window.view.draft.palette())
    assert colors.underline("inclusive") == colors.fairness != colors.underline("ai-tell")
    groups = _groups(window, qtbot, 3)
    assert {"Inclusive language (2)", "Register (1)", "Locale conventions (2)"} <= set(groups)
    assert groups["Register (1)"].foreground(0).color() == colors.fairness
    panel = window.findings_panel
    panel.set_kind_shown("inclusive", False)
    shown = {panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())}
    assert "Inclusive language (2)" not in shown and "Register (1)" in shown
    panel.set_kind_shown("inclusive", True)
    assert panel.tree.topLevelItemCount() == len(groups)


def test_a_fairness_fix_and_ignore_work_from_the_context_menu(window, qtbot) -> None:
    window.session.start_draft(TEXT)
    _checked(window, qtbot)
    pane = window.view.draft
    start = TEXT.index("Mitarbeiter")
    menu = QMenu(window)
    window.build_context_menu(pane, start + 2, menu)
    actions = {a.text(): a for a in menu.actions()}
    actions["Replace with “Mitarbeitenden”"].trigger()
    assert "Alle Mitarbeitenden erhalten" in window.session.text("draft")
    _checked(window, qtbot)
    text = window.session.text("draft")
    menu = QMenu(window)
    window.build_context_menu(pane, text.index("Kollegen") + 1, menu)
    next(a for a in menu.actions() if a.text() == "Ignore").trigger()
    assert not any(m.kind == "inclusive" for m in pane.marks)


def test_the_preferences_switch_each_kind_off(window, qtbot, monkeypatch) -> None:
    dialog = PreferencesDialog(window, window.settings)
    qtbot.addWidget(dialog)
    assert dialog.inclusive_on.isChecked() and dialog.register_on.isChecked() and dialog.locale_on.isChecked()
    dialog.locale_on.setChecked(False)
    new, words = dialog.result_settings()
    assert (new.fairness.inclusive, new.fairness.register, new.fairness.locale) == (True, True, False)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, parent, s: (new, words)))
    window.actions.preferences.trigger()
    assert config.load().fairness.locale is False
    window.session.start_draft(TEXT)
    _checked(window, qtbot)
    kinds = {m.kind for m in window.view.draft.marks}
    assert "locale" not in kinds and {"inclusive", "register"} <= kinds
