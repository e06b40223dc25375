"""One runner for everything that must not block the window.

Three lanes: the *model* lane runs one job at a time, in order (a local model
can only do one thing at once); the *pool* runs checks, file reading and
saving side by side; the *transfer* lane runs long copies (model downloads
and imports, minutes each) on threads of their own, so a download neither
waits behind a rewrite nor takes a check thread away while it runs. A job is a plain function ``fn(job)`` that may call
``job.report(value)`` to stream progress and should look at
``job.cancelled`` every chunk or token. Results come back on the GUI thread
through the callbacks given to ``submit``; each job carries an id and the
text revision it was computed on, and the ``is_current`` check given to
``submit`` drops results that arrive after the text moved on.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from humanize_desktop.core.errors import HumanizeError

log = logging.getLogger(__name__)


@dataclass
class Job:
    id: int
    name: str
    lane: str
    revision: int = 0
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    _bridge: _Bridge | None = field(default=None, repr=False)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, value: Any) -> None:
        """Send ``value`` to the job's ``on_progress`` callback (on the GUI thread)."""
        if self._bridge is not None and not self.cancelled:
            self._bridge.progress.emit(self.id, value)


@dataclass
class Failure:
    """What a job raised: a user-facing ``HumanizeError`` or a bug (with its traceback)."""

    error: BaseException
    details: str

    @property
    def is_bug(self) -> bool:
        return not isinstance(self.error, HumanizeError)

    def __str__(self) -> str:
        return str(self.error)


class _Bridge(QObject):
    """Lives on the GUI thread; worker threads emit through it."""

    progress = Signal(int, object)
    done = Signal(int, bool, object)


class _Task(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Job], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job, self.fn, self.bridge = job, fn, bridge

    def run(self) -> None:
        try:
            value = self.fn(self.job)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            ok, value = False, Failure(exc, traceback.format_exc())
            if isinstance(exc, HumanizeError):
                log.info("job %s: %s", self.job.name, exc)
            else:
                log.error("job %s failed", self.job.name, exc_info=exc)
        else:
            ok = True
        try:
            self.bridge.done.emit(self.job.id, ok, value)
        except RuntimeError:
            pass  # the window closed while the job ran: nobody is waiting for it


@dataclass
class _Pending:
    job: Job
    task: _Task
    on_done: Callable[[Job, Any], None] | None
    on_error: Callable[[Job, Failure], None] | None
    on_progress: Callable[[Job, Any], None] | None
    is_current: Callable[[Job], bool] | None


class Runner(QObject):
    """Runs jobs off the GUI thread and brings their results back to it."""

    #: A job finished and its result was delivered (or dropped as stale): job id.
    job_finished = Signal(int)

    def __init__(self, parent: QObject | None = None, pool_threads: int = 2) -> None:
        super().__init__(parent)
        self._bridge = _Bridge(self)
        self._bridge.progress.connect(self._on_progress)
        self._bridge.done.connect(self._on_done)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Pending] = {}
        self.model_lane = QThreadPool(self)
        self.model_lane.setMaxThreadCount(1)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(pool_threads)
        self.transfers = QThreadPool(self)
        self.transfers.setMaxThreadCount(3)
        self.dropped = 0  # stale results thrown away (for tests and the benchmark)
        self.closed = False  # after shutdown(): nothing new starts

    def submit(self, fn: Callable[[Job], Any], *, name: str = "", lane: str = "pool", revision: int = 0,
               on_done: Callable[[Job, Any], None] | None = None,
               on_error: Callable[[Job, Failure], None] | None = None,
               on_progress: Callable[[Job, Any], None] | None = None,
               is_current: Callable[[Job], bool] | None = None) -> Job:
        job = Job(next(self._ids), name or getattr(fn, "__name__", "job"), lane, revision)
        if self.closed:
            # The window is closing: a timer that fires now must not start a thread that
            # would still run Python while the interpreter shuts down.
            job.cancel()
            return job
        job._bridge = self._bridge
        task = _Task(job, fn, self._bridge)
        self._jobs[job.id] = _Pending(job, task, on_done, on_error, on_progress, is_current)
        lanes = {"model": self.model_lane, "transfer": self.transfers}
        lanes.get(lane, self.pool).start(task)
        return job

    def busy(self, lane: str | None = None) -> bool:
        return any(lane is None or p.job.lane == lane for p in self._jobs.values())

    def cancel_all(self, lane: str | None = None, name: str | None = None) -> None:
        for pending in self._jobs.values():
            if (lane is None or pending.job.lane == lane) and (name is None or pending.job.name == name):
                pending.job.cancel()

    def _on_progress(self, job_id: int, value: Any) -> None:
        pending = self._jobs.get(job_id)
        if pending is None or pending.job.cancelled or pending.on_progress is None:
            return
        if pending.is_current is not None and not pending.is_current(pending.job):
            return
        pending.on_progress(pending.job, value)

    def _on_done(self, job_id: int, ok: bool, value: Any) -> None:
        pending = self._jobs.pop(job_id, None)
        if pending is None:
            return
        job = pending.job
        try:
            stale = pending.is_current is not None and not pending.is_current(job)
            if stale:
                self.dropped += 1
            elif ok:
                if pending.on_done is not None and not job.cancelled:
                    pending.on_done(job, value)
            elif pending.on_error is not None:
                pending.on_error(job, value)
            elif isinstance(value, Failure) and value.is_bug:
                raise value.error
        finally:
            self.job_finished.emit(job_id)

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Cancel everything, start nothing more, and wait for running jobs; True when all stopped."""
        self.closed = True
        self.cancel_all()
        ok = self.model_lane.waitForDone(wait_ms)
        ok = self.transfers.waitForDone(wait_ms) and ok
        return self.pool.waitForDone(wait_ms) and ok
