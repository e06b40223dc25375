"""Humanizing in the real window: streaming, progress, Stop, kept paragraphs, errors, the real model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from humanize_desktop import config
from tests.gui.conftest import assert_mirrored, load_review, type_text
from tests.gui.fakes import FakeEngine, rewrite

pytestmark = pytest.mark.gui

DRAFT = ("In today's fast-paced world, it is important to note that teams utilize many tools.\n\n"
         "Furthermore, we delve into a plethora of lessons from the last year of work.\n\n"
         "Our team of 14 people moved in March 2024 and never looked back at the office.\n\n"
         "In conclusion, communication is paramount for every team that works apart.\n")


def _ruled(text: str) -> str:
    """What the rule layer makes of a paragraph before the model sees it."""
    from humanize_desktop.core.humanizer import apply_fixes, plan

    return apply_fixes(text, [i for i in plan(text, "en") if i.fix is not None], "en")[0]


def _start(window, qtbot, engine: FakeEngine, draft: str = DRAFT, strength: str = "strong") -> None:
    # Strong: these tests are about the model's paragraphs streaming in (medium gives it single
    # sentences only where rules cannot help; light asks no model).
    window.humanize_bar.strength_buttons.button(("light", "medium", "strong").index(strength)).setChecked(True)
    window.engines.use_engine(engine, "Fake model")
    window.session.start_draft(draft)
    window.actions.humanize.trigger()
    assert window.humanizer.running


def _wait_done(window, qtbot, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: not window.humanizer.running, timeout=timeout)


def test_window_shows_before_any_model_is_loaded(window, qtbot) -> None:
    assert window.isVisible()
    assert not window.humanize_bar.humanize_button.isEnabled()  # nothing to humanize yet
    type_text(qtbot, window.view.draft, "A draft.")
    assert window.humanize_bar.humanize_button.isEnabled()
    assert window.engines.state == "idle" and window.engines._engine is None
    assert window.model_picker.state.text() == "not loaded"


def test_humanize_streams_each_paragraph_into_the_review(window, qtbot) -> None:
    progress = []
    window.humanizer.progress.connect(lambda done, total, text: progress.append((done, total)))
    _start(window, qtbot, FakeEngine())
    assert window.view.draft.isReadOnly() and window.view.suggestion.isReadOnly()
    assert window.humanize_bar.stop_button.isVisible()
    _wait_done(window, qtbot)
    review = window.session.review
    paragraphs = DRAFT.split("\n\n")
    expected = "\n\n".join(rewrite(_ruled(p)) if "2024" not in p else p for p in paragraphs)
    assert review.suggestion == expected
    assert review.draft == DRAFT
    assert review.pending_count == 4  # the rewritten paragraphs' changes (one holds two)
    # Every change says where it came from.
    assert set(window.session.document.explanations) >= {c.id for c in review.changes}
    assert (4, 4) in progress
    assert not window.view.draft.isReadOnly()
    assert window.session.current_id == review.changes[0].id  # review starts at the first change
    assert "Paragraphs rewritten: 3" in window.statusBar().currentMessage()
    assert_mirrored(window)
    # The whole pass is one undo step.
    assert window.actions.undo.text().replace("&", "") == "Undo Humanize"
    window.actions.undo.trigger()
    assert review.suggestion == DRAFT and review.pending_count == 0
    assert_mirrored(window)


def test_the_changes_list_and_count_say_humanizing_is_under_way(window, qtbot) -> None:
    panel = window.changes_panel
    _start(window, qtbot, FakeEngine(delay=0.05))
    assert panel.summary.text().startswith("Humanizing…")
    assert window.view.pending.text() != "✓"  # nothing says "all done" before the model is
    _wait_done(window, qtbot)
    assert panel.summary.text() == "Pending changes: 4"
    assert window.view.pending.text() == "4"


def test_a_paragraph_kept_by_the_guards_says_why(window, qtbot) -> None:
    _start(window, qtbot, FakeEngine())
    _wait_done(window, qtbot)
    kept = window.humanizer.kept
    assert len(kept) == 1 and kept[0].index == 2
    assert "2023" in kept[0].reason or "number" in kept[0].reason
    marks = [m for m in window.view.suggestion.marks if m.kind == "kept"]
    assert len(marks) == 1
    review = window.session.review
    assert review.suggestion[marks[0].start:marks[0].end].startswith("Our team of 14 people")
    assert marks[0].message.startswith("Kept as drafted: the number 2024") and "kept the draft" not in marks[0].message
    assert "kept as drafted" in window.statusBar().currentMessage()


def test_progress_says_what_happens_on_one_line_and_a_loaded_model_is_not_starting(window, qtbot) -> None:
    engine = FakeEngine(delay=0.05)
    _start(window, qtbot, engine)
    # The model is loaded ("ready" in the picker): the waiting pane does not say it is starting.
    assert "starting" not in window.view.empty.message.text().casefold()
    assert window.view.empty.message.text().startswith(("Rewriting", "Paragraph"))
    bar = window.humanize_bar
    reason = "the rewrite made the heading much longer (11 words instead of 4) " * 3
    bar.show_progress(1, 4, f"Paragraph 1 of 4: trying again ({reason})…")
    shown = bar.progress.format()
    assert "\n" not in shown and shown.endswith("…")
    assert bar.progress.fontMetrics().horizontalAdvance(shown) <= bar.progress.contentsRect().width()
    assert bar.progress.toolTip().startswith("Paragraph 1 of 4: trying again (the rewrite")
    _wait_done(window, qtbot)


def test_opening_another_document_clears_every_panel_of_the_last_one(window, qtbot, tmp_path) -> None:
    from humanize_desktop.gui.heat_strip import average_heat

    _start(window, qtbot, FakeEngine())
    _wait_done(window, qtbot)
    window.side_tabs.setCurrentWidget(window.findings_panel)
    qtbot.waitUntil(lambda: window.findings_panel.tree.topLevelItemCount() > 0
                    and average_heat(window.checks_ui.strips["draft"].marks) is not None, timeout=20000)
    groups = [window.findings_panel.tree.topLevelItem(i).text(0)
              for i in range(window.findings_panel.tree.topLevelItemCount())]
    assert any(g.startswith("Paragraphs kept as drafted") for g in groups)
    other = tmp_path / "short.txt"
    other.write_text("One.\n\nTwo.\n\nThree.\n", encoding="utf-8")
    with qtbot.waitSignal(window.document_loaded, timeout=10000):
        window.open_path(str(other))
    assert window.humanizer.kept == [] and not [m for m in window.view.suggestion.marks if m.kind == "kept"]
    assert window.checks_ui.strips["draft"].marks == [] or average_heat(window.checks_ui.strips["draft"].marks) \
        is None
    assert window.view.draft_header.score.text() == "" and window.changes_panel.model.rowCount() == 0
    qtbot.waitUntil(lambda: not window.checks_ui._panel_timer.isActive(), timeout=5000)
    groups = [window.findings_panel.tree.topLevelItem(i).text(0)
              for i in range(window.findings_panel.tree.topLevelItemCount())]
    assert not any(g.startswith("Paragraphs kept as drafted") for g in groups)


def test_stop_keeps_finished_paragraphs_and_leaves_the_rest_as_drafted(window, qtbot) -> None:
    engine = FakeEngine(delay=0.05)
    done = []
    window.humanizer.progress.connect(lambda d, total, text: done.append(d))
    _start(window, qtbot, engine)
    qtbot.waitUntil(lambda: 1 in done, timeout=10000)
    qtbot.keyClick(window.view.draft, Qt.Key.Key_Escape)
    _wait_done(window, qtbot)
    review = window.session.review
    first, *rest = DRAFT.split("\n\n")
    assert review.suggestion.startswith(rewrite(_ruled(first)))
    assert review.suggestion.endswith(rest[-1])  # the last paragraph was never reached
    assert "Stopped" in window.statusBar().currentMessage()
    assert_mirrored(window)


def test_changes_can_be_decided_while_later_paragraphs_stream(window, qtbot) -> None:
    done = []
    window.humanizer.progress.connect(lambda d, total, text: done.append(d))
    _start(window, qtbot, FakeEngine(delay=0.01))
    qtbot.waitUntil(lambda: 1 in done and bool(window.session.review.changes), timeout=10000)
    first = window.session.review.changes[0]
    window.decide("accept", first.id)
    assert first.suggestion_text in window.session.review.draft
    _wait_done(window, qtbot)
    review = window.session.review
    assert review.suggestion.endswith(rewrite(_ruled(DRAFT.split("\n\n")[-1])))
    assert_mirrored(window)


def test_an_engine_failure_is_reported_and_finished_work_stays(window, qtbot) -> None:
    _start(window, qtbot, FakeEngine(fail_after=1))
    _wait_done(window, qtbot)
    info = window.view.info
    assert info.isVisible() and "stopped unexpectedly" in info.text.text()
    assert "already rewritten were kept" in info.text.text()
    assert window.engines.state == "error"
    assert window.model_picker.state.text() == "unavailable"
    review = window.session.review
    assert review.suggestion.startswith(rewrite(_ruled(DRAFT.split("\n\n")[0])))
    assert not window.view.draft.isReadOnly()
    assert_mirrored(window)


def test_a_model_that_fails_at_once_leaves_the_review_as_it_was(window, qtbot) -> None:
    load_review_texts = ("Alpha beta gamma delta.\n", "Alpha beta gamma epsilon.\n")
    load_review(window, *load_review_texts)
    window.humanize_bar.strength_buttons.button(2).setChecked(True)  # strong: the model is asked at once
    window.engines.use_engine(FakeEngine(fail_after=0), "Fake model")
    window.actions.humanize.trigger()
    _wait_done(window, qtbot)
    review = window.session.review
    assert (review.draft, review.suggestion) == load_review_texts
    assert review.pending_count == 1 and not review.can_undo
    assert window.view.info.isVisible()


def test_humanize_options_come_from_the_controls(window, qtbot) -> None:
    bar = window.humanize_bar
    bar.style_box.setCurrentIndex(bar.style_box.findData("concise"))
    bar.strength_buttons.button(2).click()
    bar.terms.setText("Acme, Jane Doe")
    bar.instructions.edit.setPlainText("Keep British spelling.")
    options = bar.options()
    assert (options.style, options.strength) == ("concise", "strong")
    assert options.protected_terms == ("Acme", "Jane Doe")
    assert options.custom_instructions == "Keep British spelling."
    assert window.settings.rewrite.protected_terms == ["Acme", "Jane Doe"]


@pytest.mark.model
@pytest.mark.slow
def test_humanize_with_the_bundled_model(qtbot, smollm2_path, answers) -> None:
    from humanize_desktop.gui.main_window import MainWindow

    settings = config.Settings()
    settings.engine.default_model = str(smollm2_path)
    settings.rewrite.use_cache = False
    settings.rewrite.strength = "strong"  # the model rewrites paragraphs, so it surely generates
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.session.start_draft("The meeting was very productive and everyone shared many useful ideas.\n\n"
                               "We will utilize these ideas in order to improve the next release.\n")
    window.start_humanize()
    qtbot.waitUntil(lambda: not window.humanizer.running, timeout=240000)
    assert not answers.errors, answers.errors
    assert window.engines.state == "ready"
    assert window.engines.tokens_per_second > 0
    review = window.session.review
    assert window.session.has_suggestion
    for paragraph in window.humanizer.kept:
        assert paragraph.reason  # a kept paragraph always says why
    assert review.pending_count > 0 or len(window.humanizer.kept) == 2
    assert_mirrored(window)
    window.close()
    assert window.engines._engine is None  # the engine process is stopped with the window


def test_the_window_opens_its_model_leaving_a_core_for_itself(window, qtbot, monkeypatch) -> None:
    from humanize_desktop.core import engine as engine_module

    asked = []
    monkeypatch.setattr(engine_module, "open_engine", lambda *a, **k: asked.append(k) or FakeEngine())
    window.engines.engine()
    assert asked and asked[0]["for_window"] is True
