"""Checks in the real window: underlines, fixes from the context menu, the findings panel, flags, heat.

These use the machine's real engines: enchant with the hunspell en_US
dictionary and Harper for English grammar.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QMenu

from humanize_desktop.core.checks import spelling
from tests.gui.conftest import assert_mirrored, load_review, type_text

pytestmark = pytest.mark.gui

TEXT = "This sentance has a mistake. We delve into the matter. He go to school every day.\n"


def _checked(window, qtbot, side: str = "draft", timeout: int = 20000) -> None:
    """Wait until ``side``'s findings describe its current text."""
    st = window.session.sides[side]
    qtbot.waitUntil(lambda: window.checks.sides[side].revision == st.revision, timeout=timeout)


def _menu_actions(window, pane, pos: int) -> dict[str, object]:
    menu = QMenu(window)
    window.build_context_menu(pane, pos, menu)
    return {a.text(): a for a in menu.actions()}


def test_spelling_grammar_and_ai_tells_are_underlined_in_the_draft(window, qtbot) -> None:
    window.session.start_draft(TEXT)
    _checked(window, qtbot)
    pane = window.view.draft
    kinds = {m.kind: TEXT[m.start:m.end] for m in pane.marks}
    assert kinds.get("spelling") == "sentance"
    assert kinds.get("ai-tell") == "delve into"
    assert kinds.get("grammar") == "go"
    pane.refresh()
    assert {TEXT[m.start:m.end] for m in pane.visible_findings()} >= {"sentance", "delve into", "go"}
    assert window.status.spelling.text() == "Spelling: enchant"
    assert window.status.grammar.text().startswith("Grammar: ")
    assert window.status.language.text() == "Language: en_US"


def test_a_grammar_fix_from_the_underline_is_one_undoable_step(window, qtbot) -> None:
    window.session.start_draft(TEXT)
    _checked(window, qtbot)
    pane = window.view.draft
    actions = _menu_actions(window, pane, TEXT.index("go") + 1)
    assert "Replace with “goes”" in actions
    actions["Replace with “goes”"].trigger()
    assert window.session.review.draft == TEXT.replace("He go", "He goes")
    assert_mirrored(window)
    window.actions.undo.trigger()
    assert window.session.review.draft == TEXT
    _checked(window, qtbot)
    actions = _menu_actions(window, pane, TEXT.index("sentance") + 2)
    actions["Replace with “sentence”"].trigger()
    assert "This sentence has" in window.session.review.draft


def test_add_to_dictionary_and_ignore(window, qtbot, answers, tmp_path) -> None:
    text = "Our product Zorblatt ships today. We delve into details.\n"
    window.session.start_draft(text)
    _checked(window, qtbot)
    pane = window.view.draft
    actions = _menu_actions(window, pane, text.index("Zorblatt") + 1)
    with qtbot.waitSignal(window.checks.findings_changed, timeout=10000):
        actions["Add “Zorblatt” to Dictionary"].trigger()
    assert "Zorblatt" in spelling.personal_dictionary_path().read_text(encoding="utf-8")
    assert not any(text[m.start:m.end] == "Zorblatt" for m in pane.marks)
    actions = _menu_actions(window, pane, text.index("delve") + 1)
    actions["Ignore"].trigger()
    assert not any(m.kind == "ai-tell" for m in pane.marks)
    type_text(qtbot, pane, "x")  # a re-check does not bring an ignored finding back
    _checked(window, qtbot)
    assert not any(m.kind == "ai-tell" for m in pane.marks)
    # The review file keeps what was ignored: reopened, the finding stays hidden.
    answers.save_path = str(tmp_path / "ignored.humanize")
    window.actions.save_review.trigger()
    window.session.start_draft("Something else entirely.\n")
    with qtbot.waitSignal(window.documents.loaded, timeout=10000):
        window.documents.open_path(answers.save_path)
    assert window.checks.ignored == {("phrase:delve into", "delve into")}
    _checked(window, qtbot)
    assert "delve" in window.session.review.draft
    assert not any(m.kind == "ai-tell" for m in window.view.draft.marks)


def test_findings_panel_lists_groups_and_jumps_to_the_text(window, qtbot) -> None:
    window.session.start_draft(TEXT)
    _checked(window, qtbot)
    tree = window.findings_panel.tree
    window.side_tabs.setCurrentWidget(window.findings_panel)  # the list is built while it is on screen
    qtbot.waitUntil(lambda: tree.topLevelItemCount() >= 3, timeout=5000)
    groups = {tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())}
    assert {"Grammar (1)", "Spelling (1)", "AI-tells (1)"} <= groups
    spelling_group = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                          if tree.topLevelItem(i).text(0).startswith("Spelling"))
    tree.itemClicked.emit(spelling_group.child(0), 0)
    assert window.view.draft.textCursor().selectedText() == "sentance"
    assert "Language: <b>en_US</b>" in window.findings_panel.summary.text()


def test_changes_carry_fidelity_flags_in_the_side_panel(window, qtbot) -> None:
    load_review(window, "We hired 14 people in 2024 and it was not easy.\n",
                "We hired 15 people in 2024 and it was easy.\n")
    qtbot.waitUntil(lambda: bool(window.checks.flags), timeout=20000)
    model = window.changes_panel.model
    lines = [line for row in range(model.rowCount()) for line in model.flag_lines(model.change(row))]
    assert any(line.startswith("Fact changed:") and "'14 people' became '15 people'" in line
               for line in lines), lines
    assert any(line.startswith("Negation:") for line in lines), lines


def test_heat_strip_and_header_totals_show_ai_likeness(window, qtbot) -> None:
    text = ("In today's fast-paced world, it is important to note that we delve into a plethora of topics. "
            "I fixed the bike.\n")
    window.session.start_draft(text)
    _checked(window, qtbot)
    strip = window.checks_ui.strips["draft"]
    heats = [float(m.payload) for m in strip.marks]
    assert len(heats) == 2 and heats[0] > 0.5 and heats[1] < 0.2
    assert window.view.draft_header.score.text().startswith("AI-likeness ")
    assert strip._visible()  # bands are drawn beside the visible sentences


def test_results_for_an_outdated_text_are_dropped(window, qtbot, monkeypatch) -> None:
    window.session.start_draft(TEXT)
    _checked(window, qtbot)
    checker = window.checks.checker()
    real = checker.check

    def slow(*args, **kwargs):
        time.sleep(0.4)
        return real(*args, **kwargs)

    monkeypatch.setattr(checker, "check", slow)
    dropped = window.runner.dropped
    window.checks.check("draft")
    pane = window.view.draft
    cursor = pane.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    pane.setTextCursor(cursor)
    type_text(qtbot, pane, "Mispeled")
    _checked(window, qtbot)
    assert window.runner.dropped > dropped
    assert any(window.session.review.draft[m.start:m.end] == "Mispeled" for m in pane.marks)


def test_status_bar_says_which_engine_checks_which_language(window) -> None:
    from humanize_desktop.core.checks.findings import EngineState

    status = window.status
    status.show_engines({"grammar": EngineState("harper", "Harper (English only, offline)",
                                                {"languagetool": "LanguageTool is starting"}, {"en": "harper"})})
    assert status.grammar.text() == "Grammar: Harper (en) · LanguageTool starting…"
    status.show_engines({"grammar": EngineState(
        "languagetool", "local LanguageTool at http://127.0.0.1:8081/", {},
        {"en": "languagetool+harper", "de": "languagetool", "fr": "languagetool"})})
    assert status.grammar.text() == "Grammar: LanguageTool + Harper (en) · LanguageTool (de, fr)"
    assert status.grammar.toolTip() == "local LanguageTool at http://127.0.0.1:8081/"


def test_languagetool_ready_in_the_background_checks_both_texts_again(window, qtbot) -> None:
    import threading

    window.session.start_draft(TEXT)
    _checked(window, qtbot)
    checker = window.checks.checker()
    assert checker.grammar is not None and checker.grammar.on_engine_change is not None
    # LanguageTool's start-up thread says it is ready: the window checks again (on its own thread).
    with qtbot.waitSignal(window.checks.busy_changed, timeout=5000, check_params_cb=lambda busy: busy):
        threading.Thread(target=checker.grammar.on_engine_change).start()
    _checked(window, qtbot)
