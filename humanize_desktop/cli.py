"""The ``humanize-desktop`` command.

With no arguments, or with a file to open, it starts the editor. With a
subcommand (``diff``, ``review``, ``humanize``, ``models``, ``check``) it runs
headless and never imports Qt. User errors become one line on stderr and a
non-zero exit status; tracebacks are kept for bugs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from humanize_desktop import __version__
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.urls import redact_url

PROG = "humanize-desktop"
#: Subcommand name -> module under ``humanize_desktop.commands``.
COMMANDS: dict[str, str] = {
    "diff": "diff",
    "review": "review",
    "check": "check",
    "humanize": "humanize",
    "models": "models",
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


def error(message: str) -> None:
    """One line on stderr, prefixed with the program name (a server password in it masked)."""
    sys.stderr.write(f"{PROG}: error: {redact_url(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Offline editor that turns AI drafts into human prose. "
                    "Run without a command to open the editor.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        importlib.import_module(f"humanize_desktop.commands.{module}").add_parser(sub)
    return parser


def _run_gui(argv: Sequence[str]) -> int:
    gui = argparse.ArgumentParser(prog=PROG, description="Open the Humanize Desktop editor.")
    gui.add_argument("file", nargs="?", help="a .txt, .md, .docx or .humanize file to open")
    gui.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = gui.parse_args(argv)
    from humanize_desktop.app import run_app  # Qt only when a window is wanted

    return run_app(args.file)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in argv if not a.startswith("-")), None)
    if first not in COMMANDS and not any(a in ("-h", "--help") for a in argv):
        return _run_gui(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    module = importlib.import_module(f"humanize_desktop.commands.{COMMANDS[args.command]}")
    try:
        return int(module.run(args) or EXIT_OK)
    except HumanizeError as exc:
        error(str(exc))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        # `humanize-desktop diff a b --json | head` closes stdout early: not an error.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
