"""The tone readout in the real window: draft beside suggestion, and a warning where the rewrite flipped it."""

from __future__ import annotations

import pytest

from tests.gui.conftest import load_review

pytestmark = pytest.mark.gui

DRAFT = ("Hi Anna,\n\n"
         "I'm so sorry about the delay, and thank you for your patience with us.\n\n"
         "The invoice is attached.\n")
CURT = ("Hi Anna,\n\n"
        "Delay noted. Pay the invoice.\n\n"
        "The invoice is attached.\n")


def _tone_flagged(window) -> bool:
    return any(f.kind == "tone" for flags in window.checks.flags.values() for f in flags)


def test_the_panel_shows_tone_before_and_after_and_warns_of_a_warm_apology_turned_curt(window, qtbot) -> None:
    load_review(window, DRAFT, CURT)
    qtbot.waitUntil(lambda: _tone_flagged(window), timeout=20000)
    panel = window.findings_panel
    window.side_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: "⚠" in panel.summary.text(), timeout=5000)
    summary = panel.summary.text()
    assert "Tone: draft <b>" in summary and "→ suggestion <b>" in summary
    assert "⚠ The draft was warm here and the rewrite reads curt" in summary
    assert "■</span>&nbsp;warm" in summary and "■</span>&nbsp;curt" in summary  # the legend
    tree = panel.tree
    groups = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    group = groups.get("Tone changed by the rewrite (1)")
    assert group is not None, list(groups)
    tree.itemClicked.emit(group.child(0), 0)
    selected = window.view.suggestion.textCursor().selectedText()
    assert selected and selected in "Delay noted. Pay the invoice."
    model = window.changes_panel.model
    lines = [line for row in range(model.rowCount()) for line in model.flag_lines(model.change(row))]
    assert any(line.startswith("Tone: the draft was warm here") for line in lines), lines


def test_a_draft_alone_shows_its_tone_without_warnings(window, qtbot) -> None:
    window.session.start_draft("Thank you so much for your help, we really appreciate it.\n")
    st = window.session.sides["draft"]
    qtbot.waitUntil(lambda: window.checks.sides["draft"].revision == st.revision, timeout=20000)
    panel = window.findings_panel
    window.side_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: "Tone of the draft: <b>warm</b>" in panel.summary.text(), timeout=5000)
    assert "⚠" not in panel.summary.text()
