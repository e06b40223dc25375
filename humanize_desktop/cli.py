"""The ``humanize-desktop`` command.

With no arguments, or with a file to open, it starts the editor. With a
subcommand (``diff``, ``review``, ``humanize``, ``models``, ``check``, ``qa``,
``languagetool``, ``learned``) it runs
headless and never imports Qt. User errors become one line on stderr and a
non-zero exit status; tracebacks are kept for bugs.

Either way the log goes to the state folder (``humanize_desktop.logs``);
``--debug``, anywhere on the line, also prints it on stderr. A settings file
that had to be kept aside is said once on stderr (the window shows it in a
message box).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import shutil
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from humanize_desktop import __version__, config, logs
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.urls import redact_url

log = logging.getLogger(__name__)

PROG = "humanize-desktop"
DEBUG_FLAG = "--debug"
#: Subcommand name -> module under ``humanize_desktop.commands``.
COMMANDS: dict[str, str] = {
    "diff": "diff",
    "review": "review",
    "check": "check",
    "qa": "qa",
    "humanize": "humanize",
    "models": "models",
    "languagetool": "languagetool",
    "learned": "learned",
    "voice": "voice",
}

EXIT_OK = 0
EXIT_FAILURE = 1  # the command could not do its job (bad file, engine down...)
EXIT_USAGE = 2  # the command line itself is wrong


def print_json(data: Any) -> None:
    """JSON on stdout, the way every ``--json`` option prints it."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_notes(notes: Iterable[object]) -> None:
    """Things a person should know (a Word file's tables left alone, a link lost): ``note:`` lines on stderr."""
    for note in notes:
        sys.stderr.write(f"note: {note}\n")


class TerminalLine:
    """A line of progress on ``stream``, rewritten in place, shown only on a terminal.

    Redirected output (a file, a pipe, a script reading it) gets nothing: a
    line rewritten with carriage returns is noise there.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        try:
            self.tty = stream.isatty()
        except (AttributeError, ValueError):
            self.tty = False
        self._shown = 0  # length of the line now on the terminal

    def show(self, text: str) -> None:
        if not self.tty:
            return
        width = shutil.get_terminal_size((80, 24)).columns - 1
        text = text[:width]  # a wrapped line could not be rewritten in place
        self.stream.write("\r" + text + " " * max(0, self._shown - len(text)))
        self.stream.flush()
        self._shown = len(text)

    def finish(self) -> None:
        """End the line, so what follows starts on a line of its own."""
        if self.tty and self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = 0

    def clear(self) -> None:
        """Take the line away (the result is printed instead)."""
        if self.tty and self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self.stream.flush()
            self._shown = 0


def error(message: str) -> None:
    """One line on stderr, prefixed with the program name (a server password in it masked)."""
    sys.stderr.write(f"{PROG}: error: {redact_url(message)}\n")


def warning(message: str) -> None:
    sys.stderr.write(f"{PROG}: warning: {redact_url(message)}\n")


def _debug_option(parser: argparse.ArgumentParser) -> None:
    # Taken off the command line before parsing (it may stand anywhere); listed for --help.
    parser.add_argument(DEBUG_FLAG, action="store_true",
                        help="also print the log on stderr, with details (the log file is always written)")


def _start(debug: bool) -> config.Settings:
    """Logging, then the settings once: their secrets masked in the log, a kept-aside file said."""
    logs.setup(debug)
    settings = config.load()
    logs.hide(settings.engine.api_key, os.environ.get("HUMANIZE_API_KEY", ""))
    if settings.notice is not None:
        warning(settings.notice.text)
    return settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Offline editor that turns AI drafts into human prose. "
                    "Run without a command to open the editor.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _debug_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        importlib.import_module(f"humanize_desktop.commands.{module}").add_parser(sub)
    return parser


def _run_gui(argv: Sequence[str], debug: bool = False) -> int:
    gui = argparse.ArgumentParser(prog=PROG, description="Open the Humanize Desktop editor.")
    gui.add_argument("file", nargs="?", help="a .txt, .md, .docx or .humanize file to open")
    gui.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _debug_option(gui)
    args = gui.parse_args(argv)
    from humanize_desktop.app import run_app  # Qt only when a window is wanted

    return run_app(args.file, debug=debug)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = DEBUG_FLAG in argv
    argv = [a for a in argv if a != DEBUG_FLAG]
    first = next((a for a in argv if not a.startswith("-")), None)
    if first not in COMMANDS and not any(a in ("-h", "--help") for a in argv):
        return _run_gui(argv, debug)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    _start(debug)
    logs.hide(getattr(args, "api_key", None) or "")
    log.info("%s %s: %s", PROG, __version__, args.command)  # the command only: its arguments may hold a key
    module = importlib.import_module(f"humanize_desktop.commands.{COMMANDS[args.command]}")
    try:
        code = int(module.run(args) or EXIT_OK)
    except HumanizeError as exc:
        log.warning("%s failed: %s", args.command, exc)
        error(str(exc))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        # `humanize-desktop diff a b --json | head` closes stdout early: not an error.
        sys.stderr.close()
        return EXIT_OK
    log.info("%s finished with exit status %d", args.command, code)
    return code


if __name__ == "__main__":
    sys.exit(main())
