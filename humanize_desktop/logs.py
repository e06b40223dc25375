"""The app's log: one rotating file in the state folder, which a person can attach to a report.

``setup(debug=False)`` runs once per process, in the entry points
(``cli.main`` for commands, ``app.run_app`` for the window). Every module
logs through ``logging.getLogger(__name__)``; records of the
``humanize_desktop`` loggers at INFO and above (DEBUG with ``--debug``), and
warnings from the libraries, go to ``paths.dirs().log_file``
(``~/.local/state/humanize-desktop/logs/humanize-desktop.log`` on Linux),
rotated at 1 MB with three old files kept. ``--debug`` also prints them
on stderr.

The log never holds document text or passwords. Modules log what happened
(sizes, counts, ids, file names, engine names), never the text; and every
record passes ``_Masking``, which masks the password of any address in it
(``core.urls.redact_url``) and each secret registered with ``hide()``
(the API key from the settings or the command line).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading

from humanize_desktop import paths
from humanize_desktop.core.urls import redact_url

LOGGER = "humanize_desktop"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MASK = "***"
#: Shorter strings are not masked: "a" would blank every letter a of the log.
_MIN_SECRET = 4

_lock = threading.Lock()
_secrets: set[str] = set()
_handlers: list[logging.Handler] = []
_root_level: list[int] = []  # the root logger's level before --debug lowered it


def hide(*secrets: str) -> None:
    """Mask these strings (API keys, passwords) wherever they would appear in the log."""
    with _lock:
        _secrets.update(s for s in secrets if s and len(s) >= _MIN_SECRET)


def mask(text: str) -> str:
    """``text`` with address passwords and registered secrets replaced by ``***``."""
    text = redact_url(text)
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text


class _LibraryLevel(logging.Filter):
    """Records of other libraries' loggers pass from ``level`` up; ours all (their logger decides)."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        return record.name == LOGGER or record.name.startswith(LOGGER + ".") or record.levelno >= self.level


class _Masking(logging.Formatter):
    """Formats a record, then masks secrets in the whole line (message, arguments and traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


def shutdown() -> None:
    """Remove and close the handlers ``setup`` added (tests; the interpreter's exit does it too)."""
    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()
    logging.getLogger(LOGGER).setLevel(logging.NOTSET)
    if _root_level:
        root.setLevel(_root_level.pop())


def setup(debug: bool = False) -> logging.Handler | None:
    """Send the app's log to the rotating file (and with ``debug`` to stderr); returns the file handler.

    Calling it again (tests, a second window in one process) replaces the
    handlers it added before. A log file that cannot be created (read-only
    state folder) leaves logging to stderr for warnings, never an error.
    """
    shutdown()
    root = logging.getLogger()
    ours = logging.getLogger(LOGGER)
    formatter = _Masking(FORMAT)
    file_handler: logging.Handler | None = None
    path = paths.dirs().log_file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                            encoding="utf-8", delay=True)
    except OSError as exc:
        sys.stderr.write(f"humanize-desktop: cannot write the log {path}: {exc.strerror}\n")
    if file_handler is not None:
        file_handler.setFormatter(formatter)
        file_handler.setLevel(logging.DEBUG)
        _handlers.append(file_handler)
    if debug:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(formatter)
        console.setLevel(logging.DEBUG)
        _handlers.append(console)
    for handler in _handlers:
        root.addHandler(handler)
    # Ours: info, or everything with --debug; the libraries' warnings always, their details
    # (urllib3 names each request) with --debug.
    ours.setLevel(logging.DEBUG if debug else logging.INFO)
    for handler in _handlers:
        handler.addFilter(_LibraryLevel(logging.DEBUG if debug else logging.WARNING))
    if debug:
        _root_level.append(root.level)
        root.setLevel(logging.DEBUG)
    return file_handler
