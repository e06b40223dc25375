"""Humanizing: the model rewrites the draft and the suggestion streams in.

``HumanizeController`` runs ``core.rewriting.document.rewrite_document`` on the model
lane and brings its events to the window: each finished paragraph replaces
its place in the suggestion (through the review, so it is diffed at once
and the whole pass undoes as one step), the paragraph being written is
shaded, a progress bar counts paragraphs, and a paragraph the guards kept
as drafted is marked with the reason. Stop sets the cancel flag the engine
checks after every token; what is finished stays.

While a pass runs the texts are not typed into, but changes that already
arrived can be decided. Paragraphs still to come are at the end of the
suggestion and untouched, so their place is found from the end.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from humanize_desktop.core.messages import Message
from humanize_desktop.gui.engine_manager import BUSY, READY, EngineManager
from humanize_desktop.gui.i18n import message_text
from humanize_desktop.gui.marks import Mark, shift_marks
from humanize_desktop.gui.session import ReviewSession
from humanize_desktop.gui.workers import Failure, Job, Runner


@dataclass
class KeptParagraph:
    """A paragraph left as drafted, and why."""

    index: int
    reason: str | Message  # the core's reason: the window shows it with i18n.message_text
    status: str


class HumanizeController(QObject):
    running_changed = Signal(bool)
    #: Paragraphs finished, paragraphs in all, and a line saying what happens now.
    progress = Signal(int, int, str)
    #: The model's words for the paragraph being written, as they come.
    preview = Signal(str)
    #: The pass ended: a summary for the status bar ("" when nothing ran).
    finished = Signal(str)
    #: The pass failed: a complete sentence saying why, and how many paragraphs were done.
    failed = Signal(str, int)
    #: Kept paragraphs changed (for the findings panel and the marks).
    kept_changed = Signal()

    def __init__(self, session: ReviewSession, runner: Runner, engines: EngineManager,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.engines = engines
        self.job: Job | None = None
        self.kept: list[KeptParagraph] = []
        self.kept_marks: list[Mark] = []  # on the suggestion side
        self.working: tuple[int, int] | None = None  # draft span of the paragraph being written
        self._keys = itertools.count(1)
        self._draft = ""
        self._key = ""
        self._prepared = False
        self._total = 0
        self._done = 0
        self._preview = ""
        self._tokens = 0
        self._started = 0.0
        self._preview_timer = QTimer(self, singleShot=True, interval=60)
        self._preview_timer.timeout.connect(lambda: self.preview.emit(self._preview))
        runner.job_finished.connect(self._job_finished)
        session.edited.connect(self._edited)
        session.reset.connect(self._session_reset)

    @property
    def running(self) -> bool:
        return self.job is not None

    # ------------------------------------------------------------------ start and stop

    def start(self, options) -> bool:
        """Rewrite the whole draft with ``options`` (a ``RewriteOptions``); False if nothing to do."""
        if self.running:
            return False
        draft = self.session.review.draft
        if not draft.strip():
            return False
        self._draft = draft
        self._key = f"humanize-{next(self._keys)}"
        self._total = self._done = self._tokens = 0
        self._preview = ""
        self.kept = []
        self.kept_marks = []
        self.working = None
        self.session.new_step()
        # The suggestion is touched only when the first paragraph arrives, so a
        # pass that fails at once (no model) leaves everything as it was.
        self._prepared = False
        self._started = time.perf_counter()
        from humanize_desktop.core.rewriting.document import rewrite_document

        engines = self.engines

        def work(job: Job):
            engine = engines.engine()
            report = _TokenBatcher(job.report)
            try:
                return rewrite_document(draft, options, engine, on_event=report, cancel=job._cancel)
            finally:
                report.flush()

        self.job = self.runner.submit(work, name="humanize", lane="model", on_progress=self._event,
                                      on_done=self._done_ok, on_error=self._failed,
                                      is_current=lambda job: self.job is not None and job.id == self.job.id)
        if self.engines.state == READY:
            self.engines.set_state(BUSY, "")
        self.running_changed.emit(True)
        self.kept_changed.emit()
        # "Starting" only when it is: a loaded model goes straight to work (the picker says "ready").
        self.progress.emit(0, 0, self.tr("Starting the model…") if self.engines.state != BUSY
                           else self.tr("Rewriting…"))
        return True

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress.emit(self._done, self._total, self.tr("Stopping…"))

    # ------------------------------------------------------------------ events

    def _event(self, job: Job, event) -> None:
        from humanize_desktop.core.rewriting import events

        if isinstance(event, events.ParagraphStarted):
            self._total = event.total
            self._preview = ""
            self.preview.emit("")
            self.working = (event.draft_start, event.draft_end)
            self.kept_changed.emit()
            self.progress.emit(event.index, event.total, self.tr("Rewriting paragraph %1 of %2…")
                               .replace("%1", str(event.index + 1)).replace("%2", str(event.total)))
        elif isinstance(event, events.TokenDelta):
            self._preview += event.text
            self._tokens += 1
            if not self._preview_timer.isActive():
                self._preview_timer.start()
        elif isinstance(event, events.ParagraphRetry):
            self._preview = ""
            # The bar says what happens; why goes where the model's words show (there is room there).
            self.progress.emit(self._done, self._total, self.tr("Paragraph %1 of %2: trying again…")
                               .replace("%1", str(event.index + 1)).replace("%2", str(self._total)))
            self.preview.emit(self.tr("The first answer was not used: %1")
                              .replace("%1", message_text(event.reason)))
        elif isinstance(event, events.ParagraphDone):
            self._apply_paragraph(event)

    def _tail_start(self, draft_start: int) -> int:
        """Where the draft's ``draft_start`` is in the suggestion, for paragraphs not yet written."""
        return len(self.session.review.suggestion) - (len(self._draft) - draft_start)

    def _prepare_suggestion(self) -> None:
        """Start the suggestion from the draft; the old one's pending changes go with it (one undo step)."""
        self._prepared = True
        suggestion = self.session.review.suggestion
        if suggestion != self._draft:
            self.session.replace_text("suggestion", 0, len(suggestion), self.session.review.draft,
                                      coalesce=self._key, label="humanize")
        self.session.show_suggestion(True)

    def _apply_paragraph(self, event) -> None:
        working, self.working = self.working, None
        self._done = event.index + 1
        if not self._prepared:
            self._prepare_suggestion()
        if working is not None:
            d_start, d_end = working
            s = self._tail_start(d_start)
            e = s + (d_end - d_start)
            current = self.session.review.suggestion[s:e]
            # The untouched tail must still be the draft's; never write over anything else.
            if current == self._draft[d_start:d_end] and event.text != current:
                self.session.replace_text("suggestion", s, e, event.text, coalesce=self._key, label="humanize")
                self._explain(d_start, d_end, event.origins)
            if event.status == "kept" and event.reason:
                self.kept.append(KeptParagraph(event.index, event.reason, event.status))
                self.kept_marks.append(Mark(s, s + len(event.text.rstrip()), "kept",
                                            self.tr("Kept as drafted: %1")
                                            .replace("%1", why_kept(message_text(event.reason)))))
        self.kept_changed.emit()
        self.progress.emit(self._done, self._total, self.tr("Paragraph %1 of %2 done")
                           .replace("%1", str(self._done)).replace("%2", str(self._total)))

    def _explain(self, d_start: int, d_end: int, origins) -> None:
        """Give the paragraph's new changes their source, rule and reason (origins are in draft positions)."""
        from humanize_desktop.core.humanizer import explain

        review = self.session.review
        if review.draft != self._draft:
            return  # the draft was edited meanwhile: the origins' positions no longer hold
        changes = [c for c in review.changes if d_start <= c.draft_start and c.draft_end <= d_end]
        self.session.document.explanations.update(explain.explain(changes, list(origins)))

    def _done_ok(self, job: Job, result) -> None:
        if result.stats.tokens_per_second:  # light strength (or rules alone) asks the model nothing
            self.engines.tokens_per_second = result.stats.tokens_per_second
        rewritten = sum(1 for p in result.paragraphs if p.status == "rewritten")
        kept = sum(1 for p in result.paragraphs if p.status == "kept")
        parts = [self.tr("Paragraphs rewritten: %1").replace("%1", str(rewritten))]
        if kept:
            parts.append(self.tr("kept as drafted: %1 (hover the shaded text to see why)").replace("%1", str(kept)))
        if result.stats.tokens_per_second:
            parts.append(self.tr("%1 tokens/s").replace("%1", f"{result.stats.tokens_per_second:.0f}"))
        parts.extend(result.notes)
        self._summary = "; ".join(parts) + "."

    def _failed(self, job: Job, failure: Failure) -> None:
        if failure.is_bug:
            self._finish()
            raise failure.error
        self._summary = ""
        self.engines.failed(str(failure))
        self.failed.emit(str(failure), self._done)

    def _job_finished(self, job_id: int) -> None:
        if self.job is not None and job_id == self.job.id:
            self._finish()

    def _finish(self) -> None:
        cancelled = self.job is not None and self.job.cancelled
        self.job = None
        self.working = None
        self._preview_timer.stop()
        if self.engines.state == BUSY:
            self.engines.set_state(READY, self.engines.message)
        summary = getattr(self, "_summary", "")
        self._summary = ""
        if cancelled:
            summary = self.tr("Stopped. Paragraphs finished: %1; the rest stays as drafted.").replace(
                "%1", str(self._done))
        self.session.new_step()
        self.kept_changed.emit()
        self.running_changed.emit(False)
        self.finished.emit(summary)

    def _session_reset(self) -> None:
        """Another document: the kept paragraphs of the last pass belong to the old one."""
        if self.running or not (self.kept or self.kept_marks):
            return
        self.kept = []
        self.kept_marks = []
        self.kept_changed.emit()

    def _edited(self, side: str, start: int, old_end: int, new_end: int) -> None:
        if side == "suggestion" and self.kept_marks:
            self.kept_marks = shift_marks(self.kept_marks, start, old_end, new_end)

    def marks(self) -> list[Mark]:
        """Shading for the suggestion pane: kept paragraphs and the one being written."""
        marks = list(self.kept_marks)
        if self.working is not None and self._prepared:
            d_start, d_end = self.working
            s = self._tail_start(d_start)
            marks.append(Mark(s, s + len(self._draft[d_start:d_end].rstrip()), "working",
                              self.tr("The model is rewriting this paragraph")))
        return marks

    def draft_marks(self) -> list[Mark]:
        """The paragraph being rewritten, in the draft (its place counted from the end, like the tail)."""
        if self.working is None:
            return []
        d_start, d_end = self.working
        s = len(self.session.review.draft) - (len(self._draft) - d_start)
        return [Mark(s, s + len(self._draft[d_start:d_end].rstrip()), "working",
                     self.tr("The model is rewriting this paragraph"))]


def why_kept(reason: str) -> str:
    """The reason a paragraph was kept, without the core's "kept the draft: " (the window says that itself)."""
    prefix = "kept the draft: "
    return reason[len(prefix):] if reason.startswith(prefix) else reason


class _TokenBatcher:
    """Hands the model's words to the window in batches (every 50 ms), other events at once.

    A model writes dozens of tokens a second; one queued call per token would
    make the window's thread take the interpreter lock that often.
    """

    INTERVAL_S = 0.05

    def __init__(self, report) -> None:
        self.report = report
        self.pending: list[str] = []
        self.index = -1
        self.last = 0.0

    def __call__(self, event) -> None:
        from humanize_desktop.core.rewriting import events

        if isinstance(event, events.TokenDelta):
            if event.index != self.index:
                self.flush()
                self.index = event.index
            self.pending.append(event.text)
            now = time.monotonic()
            if now - self.last >= self.INTERVAL_S:
                self.last = now
                self.flush()
            return
        self.flush()
        self.report(event)

    def flush(self) -> None:
        if self.pending:
            from humanize_desktop.core.rewriting import events

            text, self.pending = "".join(self.pending), []
            self.report(events.TokenDelta(self.index, text))
