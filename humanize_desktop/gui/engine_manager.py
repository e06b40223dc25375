"""The model engine as the window sees it: which model, and whether it is loaded.

Nothing is loaded when the window opens. Models are discovered on the
worker pool (reading GGUF headers takes a moment), the engine is created on
first use on the model lane, and every state change is announced through
``changed`` so the model picker and the status bar can say "not loaded",
"loading…", "ready" or why the engine is unavailable.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from humanize_desktop import config
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.urls import redact_url
from humanize_desktop.gui.workers import Failure, Job, Runner

log = logging.getLogger(__name__)

IDLE, LOADING, READY, BUSY, ERROR = "idle", "loading", "ready", "busy", "error"


@dataclass(frozen=True)
class ModelChoice:
    """One entry of the model picker."""

    key: str  # what resolve_model() accepts: a path, or the server URL
    label: str
    detail: str = ""  # size, quantization, context
    usable: bool = True
    problem: str = ""


class EngineManager(QObject):
    """Owns the current ``Engine`` and says what state it is in."""

    changed = Signal()
    models_changed = Signal()
    #: State reports from worker threads, delivered on the GUI thread.
    _bridge_state = Signal(str, str, str)

    def __init__(self, settings: config.Settings, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner
        self.state = IDLE
        self.message = ""  # why it is in ERROR, or a note ("GPU offload unavailable …")
        self.models: list = []  # ModelInfo from discovery
        self.choice = settings.engine.default_model
        self.model_label = ""
        self.tokens_per_second = 0.0
        self._engine = None
        self._ready = False  # the engine answered info(): its model is loaded
        self._lock = threading.Lock()
        self._override = None  # an engine given by a test or the benchmark
        self._bridge_state.connect(self._apply_state)

    # ------------------------------------------------------------------ models

    def refresh_models(self) -> None:
        def discover(_job: Job):
            from humanize_desktop.core.engine import discover_models

            return discover_models(self.settings)

        self.runner.submit(discover, name="discover-models", on_done=self._models_found,
                           on_error=self._models_failed)

    def _models_found(self, _job: Job, models: list) -> None:
        self.models = list(models)
        if self._override is None:
            self.model_label = self._label_for(self.current_key())
        self.models_changed.emit()
        self.changed.emit()

    def _label_for(self, key: str) -> str:
        if not key:
            return ""
        if key == self.remote_url():
            return self.tr("Server: %1").replace("%1", redact_url(key))
        match = next((m for m in self.models if str(m.path) == key or m.name == key), None)
        return match.name if match is not None else Path(key).stem

    def _models_failed(self, _job: Job, failure: Failure) -> None:
        if failure.is_bug:
            raise failure.error
        self.models = []
        self.set_state(ERROR, str(failure))
        self.models_changed.emit()

    def choices(self) -> list[ModelChoice]:
        out = []
        url = self.remote_url()
        if url:
            out.append(ModelChoice(url, self.tr("Server: %1").replace("%1", redact_url(url)), self.tr("your own server")))
        for m in self.models:
            detail = " · ".join(x for x in (m.parameters_label, m.quantization,
                                            f"{m.size / 1e6:.0f} MB" if m.size else "") if x)
            out.append(ModelChoice(str(m.path), m.name, detail, m.usable, m.problem or ""))
        return out

    def current_key(self) -> str:
        if self.remote_url():
            return self.remote_url()
        if self.choice:
            return self.choice
        default = next((m for m in self.models if m.is_default), None)
        return str(default.path) if default is not None else ""

    def remote_url(self) -> str:
        return self.settings.engine.server_url

    def select(self, key: str) -> None:
        """Use another model from now on (the old engine is closed)."""
        if key == self.current_key():
            return
        if key == self.remote_url():
            self.choice = ""
        else:
            self.choice = key
            if self.settings.engine.server_url:
                self.settings.engine.server_url = ""
        self.model_label = self._label_for(key)
        self.close()
        self.set_state(IDLE, "")

    def set_default(self, key: str) -> None:
        self.settings.engine.default_model = key
        config.save(self.settings)

    # ------------------------------------------------------------------ the engine

    def use_engine(self, engine, label: str = "") -> None:
        """Use a ready-made engine (tests and the benchmark)."""
        with self._lock:
            self._override = engine
            self._engine = engine
            self._ready = True
        self.model_label = label or getattr(engine, "label", "") or self.model_label
        self.set_state(READY, "")

    def engine(self):
        """The engine, created and started if needed. Call on the model lane only."""
        with self._lock:
            if self._engine is not None and self._ready:
                return self._engine
            if self._engine is None:
                from humanize_desktop.core.engine import open_engine

                # Creating the engine starts nothing; loading happens in info().
                self._engine = open_engine(self.settings, model=self.choice or None, for_window=True)
            engine = self._engine
        # Load outside the lock, so the window can still close the engine meanwhile.
        self._report(LOADING, "")
        try:
            info = engine.info()
        except HumanizeError:
            with self._lock:
                if self._engine is engine:
                    self._engine = None
            engine.close()
            raise
        with self._lock:
            if self._engine is not engine:  # closed or replaced while loading
                raise HumanizeError("The model was changed while it was loading; try again.")
            self._ready = True
        self._report(READY, "; ".join(info.notes), info.model_name)
        return engine

    def _report(self, state: str, message: str, label: str = "") -> None:
        # Called from a worker thread: hand the change to the GUI thread.
        self._bridge_state.emit(state, message, label)

    def _apply_state(self, state: str, message: str, label: str) -> None:
        if label:
            self.model_label = label
        self.set_state(state, message)

    def set_state(self, state: str, message: str = "") -> None:
        self.state = state
        self.message = message
        self.changed.emit()

    def load(self) -> None:
        """Load the model now (the picker's "Load" and the Humanize button call this)."""
        if self.state in (LOADING, READY, BUSY):
            return

        def start(_job: Job):
            self.engine()

        self.runner.submit(start, name="load-model", lane="model", on_error=self._failed)

    def _failed(self, _job: Job, failure: Failure) -> None:
        if failure.is_bug:
            raise failure.error
        self.set_state(ERROR, str(failure))

    def restart(self) -> None:
        def restart(_job: Job):
            with self._lock:
                engine = self._engine
            if engine is not None:
                engine.restart()

        self.set_state(LOADING, "")
        self.runner.submit(restart, name="restart-engine", lane="model",
                           on_done=lambda _j, _v: self.set_state(READY if self._engine else IDLE, ""),
                           on_error=self._failed)

    def close(self) -> None:
        with self._lock:
            engine, self._engine = self._engine, None
            self._ready = False
            if engine is self._override:
                self._override = None
        if engine is not None:
            try:
                engine.close()
            except (HumanizeError, OSError) as exc:  # closing must never stop the app from quitting
                log.warning("the model engine did not close cleanly: %s", exc)

    def failed(self, message: str) -> None:
        """A job using the engine failed with an engine error."""
        self.set_state(ERROR, message)
