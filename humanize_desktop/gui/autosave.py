"""Autosave and crash recovery: work survives a crash, a power cut or kill -9.

Each running window owns a folder under ``<state>/recovery/`` holding a
lock file (held while the app runs), the working state as a ``.humanize``
review file, and ``session.json`` (where the draft came from, its encoding,
what was unsaved, where the carets were). A few seconds after the last
edit the state is written there, atomically, off the GUI thread. A clean
exit removes the folder; so does saving everything.

At start-up, a folder whose lock can be taken belongs to a process that is
gone: its work is offered back, exactly as it was.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from humanize_desktop import paths
from humanize_desktop.core import reviewfile, textio
from humanize_desktop.core.review import Review
from humanize_desktop.core.reviewfile import ReviewDocument
from humanize_desktop.gui.workers import Failure, Job, Runner

log = logging.getLogger(__name__)

RECOVERY_DIR = "recovery"
REVIEW_NAME = "work.humanize"
META_NAME = "session.json"
LOCK_NAME = "lock"


def recovery_root() -> Path:
    return paths.dirs().state / RECOVERY_DIR


def _lock(folder: Path) -> QLockFile:
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    return lock


@dataclass
class Snapshot:
    """The working state at one moment; cheap to take (the texts are immutable)."""

    document: ReviewDocument
    meta: dict[str, Any]


@dataclass
class Recoverable:
    """Work left behind by a window that did not close cleanly."""

    folder: Path
    meta: dict[str, Any]
    lock: QLockFile = field(repr=False)

    @property
    def review_path(self) -> Path:
        return self.folder / REVIEW_NAME

    @property
    def saved_at(self) -> float:
        value = self.meta.get("saved_at")
        return float(value) if isinstance(value, (int, float)) else self.review_path.stat().st_mtime

    @property
    def name(self) -> str:
        target = self.meta.get("target") or {}
        path = target.get("path") if isinstance(target, dict) else None
        return Path(path).name if isinstance(path, str) and path else ""

    def load(self) -> ReviewDocument:
        return reviewfile.load(self.review_path)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.lock.unlock()

    def release(self) -> None:
        """Leave it for another time."""
        self.lock.unlock()


def recoverable_sessions() -> list[Recoverable]:
    """Left-behind work, newest first; each is locked by us until discarded or released."""
    root = recovery_root()
    found: list[Recoverable] = []
    try:
        folders = [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return []
    for folder in folders:
        lock = _lock(folder)
        if not lock.tryLock(0):
            continue  # its window is still running
        if not (folder / REVIEW_NAME).is_file():
            lock.unlock()
            shutil.rmtree(folder, ignore_errors=True)
            continue
        try:
            meta = json.loads((folder / META_NAME).read_text(encoding="utf-8"))
            if not isinstance(meta, dict):
                meta = {}
        except (OSError, ValueError):
            meta = {}
        found.append(Recoverable(folder, meta, lock))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def snapshot_document(doc: ReviewDocument) -> ReviewDocument:
    r = doc.review
    review = Review(r.draft, r.suggestion, list(r.changes), list(r.decisions))
    return ReviewDocument(review, doc.original_draft, doc.original_suggestion, doc.source_path,
                          dict(doc.settings), dict(doc.model), doc.created, doc.modified, set(doc.ignored),
                          dict(doc.explanations))


def write_snapshot(folder: Path, snap: Snapshot) -> None:
    """Write a snapshot atomically: review file first, then the description."""
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".work-{os.getpid()}-{time.monotonic_ns()}.humanize"
    try:
        reviewfile.save(tmp, snap.document)
        os.replace(tmp, folder / REVIEW_NAME)
    finally:
        tmp.unlink(missing_ok=True)
    textio.atomic_write(folder / META_NAME, json.dumps(snap.meta, ensure_ascii=False, indent=1))


class Autosaver(QObject):
    """Writes the window's working state a few seconds after each change."""

    #: A snapshot reached the disk (path of the review file).
    written = Signal(str)
    #: Autosaving failed; the message says why (the window shows it once).
    failed = Signal(str)

    def __init__(self, runner: Runner, take_snapshot, has_unsaved_work, interval_s: float = 3.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.take_snapshot = take_snapshot
        self.has_unsaved_work = has_unsaved_work
        root = recovery_root()
        self.folder = root / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.lock = _lock(self.folder)
        self.lock.tryLock(0)
        self.timer = QTimer(self, singleShot=True)
        self.set_interval(interval_s)
        self.timer.timeout.connect(self.save_now)
        self._writing = False
        self._again = False
        self._reported = False

    def set_interval(self, seconds: float) -> None:
        self.timer.setInterval(int(max(0.5, seconds) * 1000))

    def schedule(self, *_args) -> None:
        """Something changed: save once the person pauses."""
        self.timer.start()

    def save_now(self, sync: bool = False) -> None:
        self.timer.stop()
        if not self.has_unsaved_work():
            self._clear_files()
            return
        snap = self.take_snapshot()
        if sync:
            write_snapshot(self.folder, snap)
            self.written.emit(str(self.folder / REVIEW_NAME))
            return
        if self._writing:
            self._again = True
            return
        self._writing = True
        self.runner.submit(lambda _job: write_snapshot(self.folder, snap), name="autosave",
                           on_done=self._done, on_error=self._failed)

    def _done(self, _job: Job, _value) -> None:
        self._writing = False
        self._reported = False
        self.written.emit(str(self.folder / REVIEW_NAME))
        if self._again:
            self._again = False
            self.save_now()

    def _failed(self, _job: Job, failure: Failure) -> None:
        self._writing = False
        if failure.is_bug and not isinstance(failure.error, OSError):
            raise failure.error
        log.warning("autosave failed: %s", failure)
        if not self._reported:
            self._reported = True
            self.failed.emit(str(failure))

    def _clear_files(self) -> None:
        for name in (REVIEW_NAME, META_NAME):
            try:
                (self.folder / name).unlink(missing_ok=True)
            except OSError:
                pass

    def close(self) -> None:
        """A clean exit: nothing to recover."""
        self.timer.stop()
        self.runner.pool.waitForDone(5000)
        self.lock.unlock()
        shutil.rmtree(self.folder, ignore_errors=True)
