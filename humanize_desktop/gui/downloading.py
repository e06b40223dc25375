"""Getting models onto this computer: catalog downloads and imported GGUF files.

``ModelDownloads`` belongs to the window, not to the model manager dialog,
so a download keeps going (and keeps its progress) when the dialog is
closed and shows again when it is reopened. Each download runs
``core.downloads.download_model`` on the runner's *transfer* lane: threads
of their own, because a download takes minutes and must neither wait
behind a rewrite on the model lane nor hold one of the two check threads
of the pool that long. Cancel sets the job's flag, which the download
checks after every read; the ``.part`` file stays for a later resume.

Imports copy a GGUF file the person picked into the user models folder
after ``inspect_model`` has checked it, on the same lane. Every finished
download or import makes the engine manager look for models again, so
the new model appears in the model picker.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.gui.engine_manager import EngineManager
from humanize_desktop.gui.workers import Failure, Job, Runner

if TYPE_CHECKING:  # imported when used: the window starts without the download code
    from humanize_desktop.core.downloads import ModelFit
    from humanize_desktop.core.engine import CatalogEntry


def import_model(source: str) -> Path:
    """Check ``source`` is a usable GGUF model, then copy it into the user models folder."""
    from humanize_desktop.core.engine import inspect_model, user_models_dir

    info = inspect_model(source)  # raises a HumanizeError naming the problem
    if info.problem:
        raise HumanizeError(f"{source}: {info.problem}")
    folder = user_models_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HumanizeError(f"The models folder {folder} cannot be created ({exc.strerror}).") from None
    target = folder / Path(source).name
    if target.exists():
        raise HumanizeError(f"{target} already exists; remove it first to import this file again.")
    free = shutil.disk_usage(folder).free
    if info.size > free:
        raise HumanizeError(f"{Path(source).name} needs {info.size / 1e9:,.1f} GB in {folder}, "
                            f"but only {free / 1e9:,.1f} GB is free.")
    tmp = target.with_name(f".{target.name}.part")  # discovery ignores it until it is whole
    try:
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise HumanizeError(f"{source} could not be copied to {folder} ({exc.strerror or exc}).") from None
    return target


@dataclass(frozen=True)
class CatalogModel:
    """One catalog entry with what this computer makes of it."""

    entry: CatalogEntry
    fit: ModelFit


@dataclass
class DownloadStatus:
    """Where one catalog model stands on this computer."""

    state: str  # "absent" | "partial" | "present" | "downloading" | "checking"
    on_disk: int = 0  # bytes of the model, or of the kept .part
    done: int = 0  # while downloading: bytes so far
    total: int | None = None
    bytes_per_s: float = 0.0
    verification: str = ""  # after a download here: "ok" | "unavailable" | "already-present"
    message: str = ""  # the last result or problem, one or two sentences
    failed: bool = False  # message says what went wrong

    @property
    def running(self) -> bool:
        return self.state in ("downloading", "checking")


class ModelDownloads(QObject):
    """The catalog, the state of each catalog model, and the downloads and imports under way."""

    #: The catalog and its fit verdicts were read (or failed: see ``catalog_problem``).
    catalog_loaded = Signal()
    #: A catalog model's status changed (its id).
    status_changed = Signal(str)
    #: A download or import ended: (catalog id or "", one sentence, True when it worked).
    finished = Signal(str, str, bool)
    #: Imports under way changed (started or ended).
    importing_changed = Signal()

    def __init__(self, runner: Runner, engines: EngineManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.engines = engines
        self.models: list[CatalogModel] = []
        self.catalog_problem = ""
        self.loading = False
        self.loaded = False
        #: Where downloads land (None: the user models folder); tests point it elsewhere.
        self.folder: Path | None = None
        self._status: dict[str, DownloadStatus] = {}
        self._jobs: dict[str, Job] = {}
        self.imports: list[str] = []  # paths being imported
        runner.job_finished.connect(self._job_over)

    # ------------------------------------------------------------------ the catalog

    @staticmethod
    def read_catalog() -> list:
        """The catalog entries to offer (tests replace this with entries for a local server)."""
        from humanize_desktop.core.engine import load_catalog

        return load_catalog()

    def load_catalog(self) -> None:
        """Read the catalog and judge each model against this machine, on the pool (once)."""
        if self.loading or self.loaded:
            return
        self.loading = True
        read = self.read_catalog

        def work(_job: Job) -> list[CatalogModel]:
            from humanize_desktop.core.downloads import model_fit
            from humanize_desktop.core.machine import machine_resources

            machine = machine_resources()  # may ask nvidia-smi: not on the GUI thread
            return [CatalogModel(entry, model_fit(entry, machine)) for entry in read()]

        self.runner.submit(work, name="read-catalog", on_done=self._catalog_read, on_error=self._catalog_failed)

    def _catalog_read(self, _job: Job, models: list[CatalogModel]) -> None:
        self.loading, self.loaded = False, True
        self.models = models
        self.catalog_problem = ""
        self.catalog_loaded.emit()

    def _catalog_failed(self, _job: Job, failure: Failure) -> None:
        self.loading = False
        if failure.is_bug:
            raise failure.error
        self.catalog_problem = str(failure)
        self.catalog_loaded.emit()

    def model(self, model_id: str) -> CatalogModel | None:
        return next((m for m in self.models if m.entry.id == model_id), None)

    # ------------------------------------------------------------------ status

    def status(self, model_id: str) -> DownloadStatus:
        """The model's status: what runs now, else what is on disk (with the last message)."""
        current = self._status.get(model_id)
        if current is not None and current.running:
            return current
        model = self.model(model_id)
        if model is None:
            return DownloadStatus("absent")
        from humanize_desktop.core.downloads import download_state

        state, size = download_state(model.entry, self.folder)  # two stat() calls
        last = current or DownloadStatus(state)
        return DownloadStatus(state, size, verification=last.verification if state == "present" else "",
                              message=last.message, failed=last.failed)

    def is_running(self, model_id: str) -> bool:
        return model_id in self._jobs

    def busy(self) -> bool:
        return bool(self._jobs or self.imports)

    # ------------------------------------------------------------------ downloading

    def download(self, model_id: str) -> bool:
        """Start (or resume) downloading a catalog model; False when it is already running."""
        model = self.model(model_id)
        if model is None or model_id in self._jobs:
            return False
        entry, folder = model.entry, self.folder
        before = self.status(model_id)
        self._status[model_id] = DownloadStatus("checking" if before.state == "partial" else "downloading",
                                                before.on_disk, before.on_disk, entry.size)

        def work(job: Job):
            from humanize_desktop.core.downloads import DownloadCancelled, download_model

            if job.cancelled:  # cancelled before it started: touch nothing
                raise DownloadCancelled(f"The download of {entry.name} was stopped before it began.")
            return download_model(entry, folder=folder, progress=job.report, cancel=job._cancel.is_set)

        self._jobs[model_id] = self.runner.submit(
            work, name=f"download-{model_id}", lane="transfer",
            on_progress=lambda _job, p: self._progress(model_id, p),
            on_done=lambda _job, result: self._downloaded(model_id, result),
            on_error=lambda _job, failure: self._download_failed(model_id, failure))
        self.status_changed.emit(model_id)
        return True

    def cancel(self, model_id: str) -> None:
        job = self._jobs.get(model_id)
        if job is not None:
            job.cancel()

    def discard_partial(self, model_id: str) -> bool:
        """Delete the kept ``.part`` of a model not being downloaded; True when one was deleted."""
        model = self.model(model_id)
        if model is None or model_id in self._jobs:
            return False
        from humanize_desktop.core.downloads import discard_partial

        try:
            gone = discard_partial(model.entry, self.folder)
        except OSError as exc:
            self._status[model_id] = DownloadStatus(
                "partial", message=self.tr("The unfinished download could not be deleted (%1).")
                .replace("%1", exc.strerror or str(exc)), failed=True)
            gone = False
        else:
            self._status.pop(model_id, None)
        self.status_changed.emit(model_id)
        return gone

    def _progress(self, model_id: str, progress) -> None:
        status = self._status.get(model_id)
        if status is None or not status.running:
            return
        status.state = progress.phase
        status.done, status.total, status.bytes_per_s = progress.done, progress.total, progress.bytes_per_s
        self.status_changed.emit(model_id)

    def _downloaded(self, model_id: str, result) -> None:
        self._status[model_id] = DownloadStatus("present", result.size, verification=result.verification,
                                                message=result.message)
        self.engines.refresh_models()
        self.status_changed.emit(model_id)
        self.finished.emit(model_id, result.message, True)

    def _download_failed(self, model_id: str, failure: Failure) -> None:
        if failure.is_bug:
            self._status.pop(model_id, None)
            raise failure.error
        from humanize_desktop.core.downloads import DownloadCancelled

        cancelled = isinstance(failure.error, DownloadCancelled)
        self._status[model_id] = DownloadStatus("absent", message=str(failure), failed=not cancelled)
        self.status_changed.emit(model_id)
        self.finished.emit(model_id, str(failure), False)

    def _job_over(self, job_id: int) -> None:
        for model_id, job in list(self._jobs.items()):
            if job.id != job_id:
                continue
            del self._jobs[model_id]
            status = self._status.get(model_id)
            if status is not None and status.running:
                # Ended without a result (cancelled just as it completed): the disk says how it went.
                del self._status[model_id]
                self.engines.refresh_models()
            self.status_changed.emit(model_id)

    # ------------------------------------------------------------------ importing

    def import_file(self, path: str) -> Job:
        """Check and copy a GGUF file into the user models folder, off the GUI thread."""
        self.imports.append(path)
        self.importing_changed.emit()

        def done(_job: Job, target: Path) -> None:
            self._import_over(path)
            self.engines.refresh_models()
            self.finished.emit("", self.tr("Imported %1.").replace("%1", str(target)), True)

        def failed(_job: Job, failure: Failure) -> None:
            self._import_over(path)
            if failure.is_bug:
                raise failure.error
            self.finished.emit("", str(failure), False)

        return self.runner.submit(lambda _job: import_model(path), name="import-model", lane="transfer",
                                  on_done=done, on_error=failed)

    def _import_over(self, path: str) -> None:
        if path in self.imports:
            self.imports.remove(path)
        self.importing_changed.emit()
