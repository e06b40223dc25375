"""``humanize-desktop models download ID``: fetch a catalog model into the user models folder.

``ID`` is a model's id or name as ``models --catalog`` shows it. The command
first says whether the model suits this computer (``downloads.model_fit``)
and refuses one that is too big unless ``--force`` is given; then it
downloads with ``downloads.download_model``: free-space check, a ``.part``
file that a later run resumes, SHA-256 verification, or the plain statement
that the catalog publishes no digest to verify against.

Progress goes to stderr: one line rewritten in place on a terminal, a plain
line every 10 % otherwise (a log file, CI). Ctrl+C stops at the next chunk
and keeps the ``.part`` (exit status 130). ``--json`` prints::

    {"model": {catalog entry}, "fit": {"verdict", "on_gpu", "message"},
     "download": {"path", "size", "sha256", "verification", "resumed_from", "message"}}

with ``verification`` one of ``ok``, ``unavailable`` (no published digest)
or ``already-present``. Every failure is one line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import Any, TextIO
from urllib.parse import urlparse

from humanize_desktop.cli import PROG, TerminalLine, error, print_json
from humanize_desktop.core.downloads import (
    DownloadCancelled,
    DownloadError,
    DownloadProgress,
    download_model,
    download_state,
    model_fit,
    part_path,
)
from humanize_desktop.core.engine import find_catalog_model, load_catalog, user_models_dir
from humanize_desktop.core.errors import HumanizeError

EXIT_INTERRUPTED = 130
#: Without a terminal, a progress line at each step of this many percent.
PLAIN_STEP_PERCENT = 10
#: ... or, when the size is unknown, every this many bytes.
PLAIN_STEP_BYTES = 100 * 1000 * 1000


def add_parser(models_actions: Any) -> None:
    p = models_actions.add_parser(
        "download", prog=f"{PROG} models download", help="download a recommended model from the catalog",
        description="Download a model from the catalog (see `models --catalog`) into the user models "
                    "folder: says first whether it fits this computer, resumes an interrupted "
                    "download, and checks the file's SHA-256.")
    p.add_argument("model", metavar="ID", help="the model's id or name, as `models --catalog` shows it")
    # SUPPRESS: `models --json download ID` keeps the --json given before the action.
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON")
    p.add_argument("--force", action="store_true",
                   help="download even a model too big for this computer (to copy it elsewhere)")


def _gb(n: float) -> str:
    return f"{n / 1e9:,.1f} GB" if n >= 1e8 else f"{n / 1e6:,.1f} MB"


def _duration(seconds: float) -> str:
    if seconds >= 90:
        return f"about {round(seconds / 60)} min"
    return f"about {max(1, round(seconds))} s"


class ProgressLine:
    """Download progress on ``stream``: rewritten in place on a terminal, occasional lines otherwise."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self.stream = stream
        self.name = name
        self.line = TerminalLine(stream)
        self.tty = self.line.tty
        self._phase = ""
        self._next_step = 0  # the next percentage (or byte count) worth a plain line

    def text(self, p: DownloadProgress) -> str:
        if p.phase == "checking":
            share = f" ({p.fraction:.0%})" if p.fraction is not None else ""
            return f"Checking the {_gb(p.done)} downloaded earlier{share}"
        amount = f"{_gb(p.done)} of {_gb(p.total)}" if p.total else _gb(p.done)
        parts = [f"{self.name}: {p.fraction:.0%} ({amount})" if p.fraction is not None
                 else f"{self.name}: {amount}"]
        if p.bytes_per_s > 0:
            parts.append(f"{p.bytes_per_s / 1e6:,.1f} MB/s")
        if p.eta_s is not None and p.fraction is not None and p.fraction < 1:
            parts.append(f"{_duration(p.eta_s)} left")
        return ", ".join(parts)

    def __call__(self, p: DownloadProgress) -> None:
        if self.tty:
            self.line.show(self.text(p))
            return
        if p.phase != self._phase:  # a new phase: always one line, then restart the steps
            self._phase, self._next_step = p.phase, 0
        if p.fraction is not None:
            reached = int(p.fraction * 100) // PLAIN_STEP_PERCENT * PLAIN_STEP_PERCENT
            if reached < self._next_step:
                return
            self._next_step = reached + PLAIN_STEP_PERCENT
        else:
            if p.done < self._next_step:
                return
            self._next_step = p.done + PLAIN_STEP_BYTES
        self.stream.write(self.text(p) + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """End the rewritten line, so what follows starts on a line of its own."""
        self.line.finish()


class _CtrlC:
    """While active, the first Ctrl+C asks the download to stop at the next chunk.

    A second one interrupts at once (a stalled connection may not deliver
    the next chunk for a while). Only the main thread can install it.
    """

    def __init__(self) -> None:
        self.pressed = threading.Event()
        self._previous: Any = None

    def _handle(self, _signum: int, _frame: object) -> None:
        if self.pressed.is_set():
            raise KeyboardInterrupt
        self.pressed.set()

    def __enter__(self) -> _CtrlC:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def _interrupted_message(entry: Any) -> str:
    state, size = download_state(entry)
    if state == "partial":
        return (f"The download of {entry.name} was stopped at {_gb(size)}; {part_path(entry)} is kept, "
                f"and running the same command again resumes from there.")
    if state == "present":
        return f"The download of {entry.name} had already finished: {user_models_dir() / entry.file}."
    return f"The download of {entry.name} was stopped before any of it arrived."


def run(args: argparse.Namespace) -> int:
    as_json = bool(getattr(args, "json", False))
    entry = find_catalog_model(args.model, load_catalog())
    fit = model_fit(entry)
    said = sys.stderr if as_json else sys.stdout
    size = ("" if entry.size_exact else "about ") + _gb(entry.size)
    said.write(f"{entry.name} ({size}): {fit.message}\n")
    said.flush()
    present = download_state(entry)[0] == "present"
    if fit.verdict == "too-big" and not args.force and not present:
        raise HumanizeError(f"{entry.name} was not downloaded because it is too big for this computer; "
                            "add --force to download it anyway (for example to copy it to another computer).")
    if not present:
        host = urlparse(entry.url).hostname or entry.url
        sys.stderr.write(f"Downloading {entry.file} from {host} into {user_models_dir()}"
                         f"{' (Ctrl+C stops; the download can resume later)' if sys.stderr.isatty() else ''}\n")
    progress = ProgressLine(sys.stderr, entry.name)
    with _CtrlC() as ctrl_c:
        try:
            result = download_model(entry, progress=progress, cancel=ctrl_c.pressed.is_set)
        except (DownloadCancelled, KeyboardInterrupt):
            progress.finish()
            error(_interrupted_message(entry))
            return EXIT_INTERRUPTED
        except DownloadError:
            progress.finish()
            raise
    progress.finish()
    message = result.message
    if result.resumed_from:
        message += f" It resumed from the {_gb(result.resumed_from)} downloaded earlier."
    if as_json:
        print_json({
            "model": entry.to_json(),
            "fit": {"verdict": fit.verdict, "on_gpu": fit.on_gpu, "message": fit.message},
            "download": {"path": str(result.path), "size": result.size, "sha256": result.sha256 or None,
                         "verification": result.verification, "resumed_from": result.resumed_from,
                         "message": message},
        })
    else:
        sys.stdout.write(f"{message}\n")
        if result.verification != "already-present":
            sys.stdout.write(f"Saved as {result.path}; `humanize-desktop models` lists it now.\n")
    return 0
