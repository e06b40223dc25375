"""Writing checks in the background: underlines, findings, flags and AI-likeness.

``CheckController`` re-checks a side a moment after the person stops
typing (debounced), on the worker pool, through ``core.checks``'
``DocumentChecker``, which re-checks only paragraphs it has not seen. Each
job carries the side's text revision; a result for a text that has moved
on is dropped and the next run brings the fresh one. Results become marks
in the panes (wavy underlines), rows in the findings panel, and fidelity
flags on the changes. AI-likeness needs the model, so it is measured on the
model lane, per sentence, only when asked for (F7 with a model loaded).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from humanize_desktop import config
from humanize_desktop.core import segmentation
from humanize_desktop.core.checks.findings import AI_TELL, SPELLING, EngineState, Finding
from humanize_desktop.core.positions import SIDES
from humanize_desktop.gui.marks import Mark
from humanize_desktop.gui.engine_manager import READY, EngineManager
from humanize_desktop.gui.i18n import finding_text
from humanize_desktop.gui.session import ReviewSession
from humanize_desktop.gui.workers import Failure, Job, Runner

logger = logging.getLogger(__name__)

#: Wait this long after the last keystroke before checking again.
DEBOUNCE_MS = 700


@dataclass
class SideChecks:
    """What the last check of one side found."""

    revision: int = -1
    findings: list[Finding] = field(default_factory=list)
    language: str = ""
    variant: str = ""
    scores: dict[str, Any] = field(default_factory=dict)
    tell_heat: list[tuple[int, int, float]] = field(default_factory=list)  # per sentence, from AI-tells
    sentence_scores: list[tuple[int, int, float]] = field(default_factory=list)  # (start, end, heat 0..1)
    ai_summary: Any = None  # ailikeness.AiLikeness when measured


class CheckController(QObject):
    #: A side's findings changed (side).
    findings_changed = Signal(str)
    #: Fidelity flags of the changes were recomputed.
    flags_changed = Signal()
    #: Engine states (grammar, spelling) changed.
    engines_changed = Signal()
    #: AI-likeness scores of a side changed (side).
    scores_changed = Signal(str)
    #: A check is running (True) or all are done (False).
    busy_changed = Signal(bool)
    #: LanguageTool, started in the background, is ready or failed (emitted from its thread).
    grammar_engine_changed = Signal()

    def __init__(self, session: ReviewSession, runner: Runner, engines: EngineManager,
                 settings: config.Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.engines = engines
        self.settings = settings
        self.enabled = True
        self.paused = False
        self._flags_timer = QTimer(self, singleShot=True, interval=600)
        self._flags_timer.timeout.connect(self._run_flags)
        self._flags_job: Job | None = None
        self.sides: dict[str, SideChecks] = {side: SideChecks() for side in SIDES}
        self.engine_states: dict[str, EngineState] = {}
        self.flags: dict[str, list] = {}
        self._flags_revisions = (-1, -1)  # the text revisions ``flags`` were computed for
        self._checker = None
        self._checker_lock = threading.Lock()
        self._running: dict[str, Job] = {}
        self._ai_cache: dict[str, list] = {}
        self._timers: dict[str, QTimer] = {}
        for side in SIDES:
            timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
            timer.timeout.connect(lambda side=side: self.check(side))
            self._timers[side] = timer
        session.edited.connect(lambda side, *_: self.schedule(side))
        runner.job_finished.connect(self._job_over)
        session.reset.connect(self._reset)
        session.updated.connect(self._updated)
        self.grammar_engine_changed.connect(self._grammar_engine_changed, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ the checker

    def checker(self):
        """The shared ``DocumentChecker``, made on first use (in a worker: enchant takes a moment)."""
        with self._checker_lock:
            if self._checker is None:
                from humanize_desktop.core.checks.runner import DocumentChecker

                # LanguageTool starts in the background: the first checks go on without it.
                self._checker = DocumentChecker(self.settings,
                                                on_grammar_engine_change=self._grammar_engine_ready_elsewhere)
            return self._checker

    def _grammar_engine_ready_elsewhere(self) -> None:
        """Called on LanguageTool's start-up thread: hand over to the GUI thread."""
        try:
            self.grammar_engine_changed.emit()
        except RuntimeError:  # "Signal source has been deleted": the window closed while it started
            logger.debug("LanguageTool finished starting after the window closed")

    def _grammar_engine_changed(self) -> None:
        """LanguageTool is up (or gave up): check both texts again with it."""
        self.schedule_all(0)

    def close(self) -> None:
        for timer in self._timers.values():
            timer.stop()
        with self._checker_lock:
            checker, self._checker = self._checker, None
        if checker is not None:
            checker.close()

    # ------------------------------------------------------------------ scheduling

    def _reset(self) -> None:
        self.sides = {side: SideChecks() for side in SIDES}
        self.flags = {}
        for side in SIDES:
            self.findings_changed.emit(side)
        self.flags_changed.emit()
        self.schedule_all(0)

    def _updated(self, update) -> None:
        if update.added or update.removed:
            self._schedule_flags()

    def pause(self, paused: bool) -> None:
        """While humanizing, the suggestion changes every paragraph: check it once at the end."""
        self.paused = paused
        if not paused:
            self.schedule_all(0)
            self._schedule_flags()

    def schedule(self, side: str, delay_ms: int = DEBOUNCE_MS) -> None:
        if not self.enabled or (self.paused and side == "suggestion"):
            return
        if side == "suggestion" and not self.session.has_suggestion:
            return
        timer = self._timers[side]
        timer.setInterval(delay_ms)
        timer.start()

    def schedule_all(self, delay_ms: int = DEBOUNCE_MS) -> None:
        for side in SIDES:
            self.schedule(side, delay_ms)

    def check_now(self) -> None:
        """F7: check both sides at once, and measure AI-likeness if a model is ready."""
        for side in SIDES:
            self._timers[side].stop()
            self.check(side)
        if self.engines.state == READY:
            self.measure_ai_likeness()

    def check(self, side: str) -> None:
        if not self.enabled or (side == "suggestion" and not self.session.has_suggestion):
            return
        st = self.session.sides[side]
        text = self.session.text(side)
        revision = st.revision
        previous = self._running.get(side)
        if previous is not None:
            previous.cancel()
        language = self.settings.spelling.language or "auto"

        def work(job: Job):
            from humanize_desktop.core.checks.runner import Cancelled

            try:
                report = self.checker().check(text, language, cancelled=lambda: job.cancelled, ai_likeness=False)
            except Cancelled:
                return None
            return report, tell_heat(text, report.findings)

        def current(job: Job) -> bool:
            return self.session.sides[side].revision == job.revision

        job = self.runner.submit(work, name=f"check-{side}", revision=revision, on_done=
                                 lambda j, report: self._checked(side, j, report), on_error=self._failed,
                                 is_current=current)
        self._running[side] = job
        self.busy_changed.emit(True)

    def _job_over(self, job_id: int) -> None:
        if self._flags_job is not None and self._flags_job.id == job_id:
            self._flags_job = None
        for side, job in list(self._running.items()):
            if job.id != job_id:
                continue
            del self._running[side]
            if self.session.sides[side].revision != job.revision:
                self.schedule(side, 50)  # the text moved on while checking: check it again
            if not self._running:
                self.busy_changed.emit(False)

    def _checked(self, side: str, job: Job, value) -> None:
        if value is None:
            return
        report, heat = value
        result = self.sides[side]
        result.tell_heat = heat
        result.revision = job.revision
        result.findings = [f for f in report.findings if (f.rule or f.kind, self._text(side, f)) not in self.ignored]
        result.language = report.language.code
        result.variant = next(iter(report.variants.values()), "") if report.variants else ""
        result.scores = dict(report.scores)
        self.engine_states = dict(report.engines)
        self.findings_changed.emit(side)
        self.engines_changed.emit()
        self._schedule_flags()

    def _failed(self, job: Job, failure: Failure) -> None:
        if failure.is_bug:
            raise failure.error
        self.engine_states = {"checks": EngineState(None, "", {"checks": str(failure)})}
        self.engines_changed.emit()

    def _text(self, side: str, finding: Finding) -> str:
        return self.session.text(side)[finding.start:finding.end]

    # ------------------------------------------------------------------ flags

    def _schedule_flags(self) -> None:
        if not self.paused:
            self._flags_timer.start()

    def _run_flags(self) -> None:
        if self._flags_job is not None:
            self._flags_timer.start()  # one at a time: try again when it is done
            return
        if not self.session.has_suggestion or not self.session.review.changes:
            if self.flags:
                self.flags = {}
                self.flags_changed.emit()
            return
        inputs = self._flag_inputs()
        revisions = self._revisions()

        def work(_job: Job):
            from humanize_desktop.core.checks.flags import flags_from_findings

            return flags_from_findings(*inputs)

        def current(_job: Job) -> bool:
            return revisions == (self.session.sides["draft"].revision, self.session.sides["suggestion"].revision)

        self._flags_job = self.runner.submit(work, name="flags", on_done=lambda job, value: self._flags_ready(
            job, value, revisions), on_error=self._failed, is_current=current)

    def _revisions(self) -> tuple[int, int]:
        return self.session.sides["draft"].revision, self.session.sides["suggestion"].revision

    def _flag_inputs(self) -> tuple:
        """What ``flags_from_findings`` needs, now: the findings only where they are of these texts."""
        review = self.session.review
        d, s = self.sides["draft"], self.sides["suggestion"]
        fresh = (d.revision, s.revision) == self._revisions()
        return (review.draft, review.suggestion, list(review.changes), d.findings if fresh else [],
                s.findings if fresh else [], tuple(self.settings.rewrite.protected_terms))

    def flags_now(self) -> dict[str, list]:
        """The flags of the pending changes as the texts are now (change id -> flags).

        The last computed ones when nothing changed since; otherwise they are
        worked out at once (a decision such as Accept All must not act on the
        flags of texts that are gone).
        """
        if self._flags_revisions == self._revisions():
            return self.flags
        from humanize_desktop.core.checks.flags import flags_from_findings

        by_change: dict[str, list] = {}
        for flag in flags_from_findings(*self._flag_inputs())[0]:
            by_change.setdefault(flag.change_id, []).append(flag)
        return by_change

    def _flags_ready(self, _job: Job, value, revisions: tuple[int, int] = (-1, -1)) -> None:
        self._flags_revisions = revisions
        flags, marked = value
        by_change: dict[str, list] = {}
        for flag in flags:
            by_change.setdefault(flag.change_id, []).append(flag)
        self.flags = by_change
        if marked:
            self.sides["suggestion"].findings = [f for f in marked if (f.rule or f.kind, self._text(
                "suggestion", f)) not in self.ignored]
            self.findings_changed.emit("suggestion")
        self.flags_changed.emit()

    # ------------------------------------------------------------------ AI-likeness

    def measure_ai_likeness(self) -> None:
        """Score both texts sentence by sentence with the model (model lane)."""
        texts = {side: self.session.text(side) for side in SIDES
                 if side == "draft" or self.session.has_suggestion}
        revisions = {side: self.session.sides[side].revision for side in texts}
        cache = self._ai_cache
        engines = self.engines

        def work(job: Job):
            from humanize_desktop.core.checks import ailikeness

            engine = engines.engine()
            out = {}
            for side, text in texts.items():
                parts = []
                for start, end in segmentation.paragraphs(text):
                    if job.cancelled:
                        return None
                    para = text[start:end]
                    if para not in cache:
                        cache[para] = ailikeness.measure_paragraph(engine, para)
                    parts.append((start, cache[para]))
                out[side] = parts
            return out

        def done(_job: Job, value) -> None:
            if value is None:
                return
            from humanize_desktop.core.checks import ailikeness

            for side, parts in value.items():
                if self.session.sides[side].revision != revisions[side]:
                    continue
                result = self.sides[side]
                result.ai_summary = ailikeness.summarise([p for _, p in parts])
                result.sentence_scores = [(start + s.start, start + s.end, s.heat) for start, p in parts
                                          for s in p]
                self.scores_changed.emit(side)

        self.runner.submit(work, name="ai-likeness", lane="model", on_done=done, on_error=self._ai_failed)

    def _ai_failed(self, job: Job, failure: Failure) -> None:
        if failure.is_bug:
            raise failure.error
        self.engines.failed(str(failure))

    # ------------------------------------------------------------------ fixes

    def marks(self, side: str) -> list[Mark]:
        return [Mark(f.start, f.end, f.kind, finding_text(f), f) for f in self.sides[side].findings]

    @property
    def ignored(self) -> set[tuple[str, str]]:
        """(rule or kind, words) of the findings ignored in this document; saved with its review."""
        return self.session.document.ignored

    def ignore(self, side: str, finding: Finding, text: str) -> None:
        """Hide this finding (same rule, same words) in both texts of this document."""
        key = (finding.rule or finding.kind, text)
        self.ignored.add(key)
        for s in SIDES:
            result = self.sides[s]
            kept = [f for f in result.findings if (f.rule or f.kind, self._text(s, f)) != key]
            if len(kept) != len(result.findings):
                result.findings = kept
                self.findings_changed.emit(s)

    def add_to_dictionary(self, word: str, then: Callable[[], None] | None = None) -> None:
        def work(_job: Job):
            self.checker().add_to_dictionary(word)

        def done(_job: Job, _value) -> None:
            for s in SIDES:
                result = self.sides[s]
                result.findings = [f for f in result.findings
                                   if not (f.kind == SPELLING and self._text(s, f) == word)]
                self.findings_changed.emit(s)
            self.schedule_all(0)
            if then is not None:
                then()

        self.runner.submit(work, name="add-word", on_done=done, on_error=self._failed)


def tell_heat(text: str, findings: list[Finding]) -> list[tuple[int, int, float]]:
    """Per-sentence heat from AI-tell phrases alone (available without a model)."""
    tells = sorted((f.start, f.end) for f in findings if f.kind == AI_TELL)
    out = []
    i = 0
    for start, end in segmentation.sentences(text):
        if not text[start:end].strip():
            continue
        while i < len(tells) and tells[i][1] <= start:
            i += 1
        count = 0
        j = i
        while j < len(tells) and tells[j][0] < end:
            count += 1
            j += 1
        words = segmentation.count_words(text[start:end])
        heat = min(1.0, 0.4 * count + (0.15 if words > 35 else 0.0))
        out.append((start, end, heat))
    return out
