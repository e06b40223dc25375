#!/usr/bin/env python3
"""The one build script of Humanize Desktop.

    python packaging/build.py translations   compile resources/translations/*.ts to .qm
    python packaging/build.py lupdate        refresh the .ts sources from the code

Further subcommands (freeze, desktop files) live here too, so packaging is
never a set of scattered shell snippets.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    """A PySide6 tool next to this Python (the venv), else on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        sys.exit(f"build.py: {name} not found; install PySide6 in this environment")
    return found


def translations(args: argparse.Namespace) -> int:
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        cmd = [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
        subprocess.run(cmd, check=True)
        if not args.quiet:
            print(f"built {qm.relative_to(ROOT)}")
    return 0


def lupdate(args: argparse.Namespace) -> int:
    code = sorted(str(p) for p in (ROOT / "humanize_desktop").rglob("*.py"))
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([_tool("pyside6-lupdate"), *code, "-ts", str(ts)], check=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("translations", help="compile .ts translations to .qm")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=translations)
    p = sub.add_parser("lupdate", help="refresh .ts sources from the code")
    p.set_defaults(func=lupdate)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
