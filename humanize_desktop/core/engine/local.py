"""The local engine: llama.cpp in a child process, so native crashes cannot reach the editor.

``LocalEngine(model, settings)`` validates the GGUF file (``inspect_model``)
before llama.cpp ever sees it, then starts ``worker.serve`` in a process made
with the ``spawn`` method (no inherited Qt state or threads) and talks to it
over a pipe. What can go wrong, and what the caller sees:

- the child dies (segfault, abort, out of memory, killed): ``EngineCrashed``
  naming the model and the signal or exit code; the next request starts a
  fresh child, or call ``restart()``;
- the child stops answering for ``response_timeout_s`` (``load_timeout_s``
  while loading): it is killed and ``EngineHung`` is raised;
- llama.cpp refuses the model: ``EngineUnavailable`` with llama.cpp's reason;
- a request longer than the context window: ``PromptTooLong``.

Cancelling (``cancel.set()``) is forwarded to the child, which stops after
the token it is producing; ``on_token`` is not called again after the call
in which the caller set the flag, and the result holds exactly the text
delivered; if the child is stuck in prompt evaluation and
does not answer within ``cancel_grace_s``, it is killed and the call returns
the text so far, and the next call starts a new child.

Calls are serialised with a lock; run them from a worker thread, never the
GUI thread. ``start()`` or ``info()`` load the model ahead of the first
request; ``describe()`` never does (so a rewrite answered from the cache
loads nothing).
Call ``close()`` when done (also done when the engine object is
garbage-collected or the program exits).

The child is started with ``multiprocessing``'s ``spawn`` method, which
re-imports the main script: a script that creates a ``LocalEngine`` needs
the usual ``if __name__ == "__main__":`` guard, and a frozen (PyInstaller)
build must call ``multiprocessing.freeze_support()`` first thing in its
entry point.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import threading
import time
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from humanize_desktop.core.settings import ModelSettings
from humanize_desktop.core.engine import worker
from humanize_desktop.core.engine.base import (
    Engine,
    EngineInfo,
    Generation,
    GenerationRequest,
    TokenCallback,
    TokenScore,
)
from humanize_desktop.core.engine.errors import (
    EngineCrashed,
    EngineError,
    EngineHung,
    EngineUnavailable,
    ModelProblem,
    PromptTooLong,
)
from humanize_desktop.core.engine.modelfile import ModelInfo, inspect_model
from humanize_desktop.core.machine import engine_threads

log = logging.getLogger(__name__)

_ERRORS: dict[str, type[EngineError]] = {
    "PromptTooLong": PromptTooLong,
    "EngineError": EngineError,
}


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "for an unknown reason"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _stop_process(proc: Any, conn: Any) -> None:
    """Ask the child to stop, then make sure it does (used by close and the finalizer)."""
    try:
        if proc.is_alive():
            try:
                conn.send(("stop",))
            except OSError:
                pass
            proc.join(2.0)
        if proc.is_alive():
            proc.kill()
            proc.join(2.0)
    except (OSError, ValueError, AssertionError):
        pass
    try:
        conn.close()
    except OSError:
        pass


class LocalEngine(Engine):
    """A GGUF model run by llama.cpp in a child process."""

    def __init__(self, model: ModelInfo | str | Path, settings: ModelSettings | None = None, *,
                 load_timeout_s: float = 300.0, response_timeout_s: float = 120.0,
                 cancel_grace_s: float = 5.0, score_context: int | None = None,
                 for_window: bool = False) -> None:
        """``for_window``: the window runs it, and an automatic thread count leaves it a core
        (``machine.engine_threads``); commands get every core other programs leave free."""
        info = model if isinstance(model, ModelInfo) else inspect_model(model)
        if info.problem:
            raise ModelProblem(info.path, info.problem)
        self.model = info
        self.settings = settings or ModelSettings()
        self.load_timeout_s = load_timeout_s
        self.response_timeout_s = response_timeout_s
        self.cancel_grace_s = cancel_grace_s
        self.score_context = score_context  # None: up to 512 tokens, less for huge vocabularies
        self.for_window = for_window
        self._mp = multiprocessing.get_context("spawn")
        self._lock = threading.RLock()
        self._proc: Any = None
        self._conn: Any = None
        self._child_cancel: Any = None
        self._ready: dict[str, Any] = {}
        self._finalizer: weakref.finalize | None = None
        self._info: EngineInfo | None = None

    # ------------------------------------------------------------------ lifecycle

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs (tests use it to simulate a crash)."""
        return self._proc.pid if self._proc is not None and self._proc.is_alive() else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    @property
    def threads(self) -> int:
        """The threads llama.cpp generates with: the model's setting, else ``machine.engine_threads``
        (decided when the engine starts, from the cores free then)."""
        if self.settings.threads > 0:
            return self.settings.threads
        return engine_threads(self.for_window)

    def _config(self) -> dict[str, Any]:
        n_ctx = self.settings.context_size
        if self.model.context_length:
            n_ctx = min(n_ctx, self.model.context_length)
        return {
            "model_path": str(self.model.path),
            "n_ctx": max(256, n_ctx),
            "n_threads": self.threads,
            "n_gpu_layers": self.settings.gpu_layers,
            "seed": self.settings.seed if self.settings.seed >= 0 else 0,
            "score_ctx": self.score_context,
        }

    def _start(self) -> None:
        # The file may have changed since it was chosen: check it again before llama.cpp opens it.
        inspect_model(self.model.path)
        parent, child = self._mp.Pipe(duplex=True)
        cancel = self._mp.Event()
        proc = self._mp.Process(target=worker.serve, args=(child, cancel, self._config()),
                                name="humanize-engine", daemon=True)
        log.info("starting the model engine for %s", self.model.file_name)
        started = time.monotonic()
        proc.start()
        child.close()
        self._proc, self._conn, self._child_cancel = proc, parent, cancel
        self._finalizer = weakref.finalize(self, _stop_process, proc, parent)
        message = self._next(None, "loading the model", self.load_timeout_s)
        if message[0] == "failed":
            self._discard()
            unavailable = EngineUnavailable(f"llama.cpp could not load the model {self.model.file_name}: "
                                            f"{message[1]}")
            self.problem = str(unavailable)
            log.warning("%s", unavailable)
            raise unavailable
        if message[0] != "ready":
            self._discard()
            raise EngineUnavailable(f"The model engine for {self.model.file_name} sent an "
                                    f"unexpected answer while loading ({message[0]!r}).")
        self._ready = message[1]
        self.problem = ""
        log.info("the model engine for %s is ready after %.1f s", self.model.file_name, time.monotonic() - started)

    def _ensure_started(self) -> None:
        if not self.running:
            self._discard()
            self._start()

    def _discard(self) -> None:
        """Forget the current child, stopping it if it still runs."""
        if self._finalizer is not None:
            self._finalizer()  # runs _stop_process once
            self._finalizer = None
        self._proc = self._conn = self._child_cancel = None

    def start(self) -> None:
        """Load the model now (otherwise the first request does); raises like any request."""
        with self._lock:
            self._ensure_started()

    def restart(self) -> None:
        with self._lock:
            self._discard()
            self._start()

    def close(self) -> None:
        with self._lock:
            self._discard()

    # ------------------------------------------------------------------ messaging

    def _crashed(self, during: str) -> EngineCrashed:
        proc = self._proc
        if proc is not None:
            proc.join(1.0)
        how = _describe_exit(proc.exitcode if proc is not None else None)
        self._discard()
        error = EngineCrashed(f"The model engine for {self.model.file_name} stopped unexpectedly "
                              f"({how}) while {during}. Your text is unchanged; the engine "
                              "restarts on the next request.")
        self.problem = str(error)
        log.warning("%s", error)
        return error

    def _next(self, cancel: threading.Event | None, during: str, timeout: float) -> tuple[Any, ...]:
        """The next message from the child, watching for crashes, hangs and cancellation."""
        conn, proc = self._conn, self._proc
        deadline = time.monotonic() + timeout
        cancel_deadline: float | None = None
        while True:
            if cancel is not None and cancel.is_set() and cancel_deadline is None:
                self._child_cancel.set()
                cancel_deadline = time.monotonic() + self.cancel_grace_s
            try:
                if conn.poll(0.05):
                    return conn.recv()
            except (EOFError, OSError):
                raise self._crashed(during) from None
            if not proc.is_alive():
                try:
                    if conn.poll(0):
                        return conn.recv()
                except (EOFError, OSError):
                    pass
                raise self._crashed(during)
            now = time.monotonic()
            if cancel_deadline is not None and now > cancel_deadline:
                self._discard()  # stuck where it cannot see the flag; a fresh child next time
                return ("abandoned",)
            if now > deadline:
                self._discard()
                hung = EngineHung(f"The model engine for {self.model.file_name} did not respond for "
                                  f"{timeout:.0f} seconds while {during}, so it was stopped. Try "
                                  "again, or choose a smaller model or context size.")
                self.problem = str(hung)
                log.warning("%s", hung)
                raise hung

    def _request(self, message: tuple[Any, ...], during: str, timeout: float | None = None) -> Any:
        with self._lock:
            self._ensure_started()
            try:
                self._conn.send(message)
            except OSError:
                raise self._crashed(during) from None
            reply = self._next(None, during, timeout or self.response_timeout_s)
            if reply[0] == "result":
                return reply[1]
            if reply[0] == "error":
                raise _ERRORS.get(reply[1], EngineError)(
                    f"The model engine for {self.model.file_name} could not finish {during}: {reply[2]}.")
            raise EngineError(f"The model engine for {self.model.file_name} sent an unexpected "
                              f"answer ({reply[0]!r}).")

    # ------------------------------------------------------------------ the interface

    def describe(self) -> EngineInfo:
        """What is (or will be) loaded, without starting the engine: a rewrite answered entirely
        from the cache never loads the model. GPU notes appear once it has started."""
        with self._lock:
            if self._info is not None and self.running:
                return self._info
            started = self.running
            ready = self._ready if started else {}
            info = EngineInfo(
                backend="local", model_name=self.model.name, model_id=self.model.sha256(),
                context_length=int(ready.get("n_ctx") or self._config()["n_ctx"]),
                gpu_offload=bool(ready.get("gpu_offload")),
                notes=tuple(ready.get("notes", ())) + tuple(self.model.warnings))
            if started:
                self._info = info
            return info

    def info(self) -> EngineInfo:
        """Load the model if needed, then describe it."""
        with self._lock:
            self._ensure_started()
            return self.describe()

    def generate(self, request: GenerationRequest, on_token: TokenCallback | None = None,
                 cancel: threading.Event | None = None) -> Generation:
        during = "generating text"
        with self._lock:
            self._ensure_started()
            self._child_cancel.clear()
            if cancel is not None and cancel.is_set():
                return Generation("", 0, 0.0, "cancelled")
            started = time.perf_counter()
            try:
                self._conn.send(("generate", request.to_wire()))
            except OSError:
                raise self._crashed(during) from None
            parts: list[str] = []
            first = 0.0
            stopped = False  # the caller cancelled: deliver nothing more
            callback_error: BaseException | None = None
            while True:
                message = self._next(cancel, during, self.response_timeout_s)
                kind = message[0]
                if kind == "token":
                    if stopped or (cancel is not None and cancel.is_set()):
                        # Produced before the child saw the cancel flag: not delivered.
                        stopped = True
                        self._child_cancel.set()
                        continue
                    if not parts:
                        first = time.perf_counter() - started
                    parts.append(message[1])
                    if on_token is not None and callback_error is None:
                        try:
                            on_token(message[1])
                        except BaseException as exc:  # noqa: BLE001 - stop, then re-raise below
                            callback_error = exc
                            self._child_cancel.set()
                    if cancel is not None and cancel.is_set():
                        self._child_cancel.set()
                        stopped = True
                elif kind == "done":
                    if callback_error is not None:
                        raise callback_error
                    result = message[1]
                    if stopped or (cancel is not None and cancel.is_set() and result["finish_reason"] == "cancelled"):
                        # The caller saw exactly these pieces; tokens the child made meanwhile are dropped.
                        return Generation("".join(parts), min(result["tokens"], len(parts)), result["seconds"],
                                          "cancelled", result["prompt_tokens"], first)
                    return Generation(text=result["text"], tokens=result["tokens"],
                                      seconds=result["seconds"], finish_reason=result["finish_reason"],
                                      prompt_tokens=result["prompt_tokens"],
                                      first_token_seconds=result["first_token_seconds"] or first)
                elif kind == "abandoned":
                    if callback_error is not None:
                        raise callback_error
                    text = "".join(parts)
                    return Generation(text, len(parts), time.perf_counter() - started, "cancelled",
                                      first_token_seconds=first)
                elif kind == "error":
                    raise _ERRORS.get(message[1], EngineError)(
                        f"The model engine for {self.model.file_name} could not generate text: "
                        f"{message[2]}.")
                else:
                    raise EngineError(f"The model engine for {self.model.file_name} sent an "
                                      f"unexpected answer ({kind!r}).")

    def count_tokens(self, text: str) -> int:
        return int(self._request(("count", text), "counting tokens"))

    def score(self, text: str) -> list[TokenScore]:
        rows = self._request(("score", text), "scoring text", self.load_timeout_s)
        return [TokenScore(*row) for row in rows]

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return self._request(("embed", list(texts)), "computing embeddings", self.load_timeout_s)
