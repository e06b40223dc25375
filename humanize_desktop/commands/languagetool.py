"""``humanize-desktop languagetool``: which LanguageTool grammar checking uses, and downloading one.

The bare command says where grammar checking finds LanguageTool (a server
address from the settings, or the local installation the app starts: the
set-up's copy in the virtual environment, ``LTP_PATH``, ...) and on which
Java it runs, or why there is none. ``--json`` prints::

    {"server_url": str|null, "installation": str|null, "reason": str,
     "java": str|null, "java_version": int|null, "memory_mb": int}

``languagetool download`` is the one way, besides the button in
Preferences, that the app ever downloads LanguageTool: through
language-tool-python, from its release host, into its download folder
(``LTP_PATH`` or ``~/.cache/language_tool_python``); about 250 MB, checked
against the SHA-256 the wrapper ships. ``--json`` prints ``{"installation": path}``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from humanize_desktop import config
from humanize_desktop.cli import PROG, print_json
from humanize_desktop.core.checks import languagetool_install as install
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.urls import redact_url


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "languagetool", help="show which LanguageTool grammar checking uses, or download one",
        usage=f"{PROG} languagetool [-h] [--json]\n       {PROG} languagetool download [-h] [--json]",
        description="Say where grammar checking finds LanguageTool and the Java it runs on. "
                    "`packaging/bootstrap.sh setup` installs it from Maven Central when Java 17+ and "
                    "Maven are present; `languagetool download` fetches language-tool-python's copy instead.")
    parser.add_argument("--json", action="store_true", help="print JSON")
    actions = parser.add_subparsers(dest="action", metavar="ACTION",
                                    description="without an action, the installation in use is shown")
    download = actions.add_parser(
        "download", prog=f"{PROG} languagetool download", help="download LanguageTool (about 250 MB)",
        description="Download LanguageTool through language-tool-python from its release host into "
                    f"{install.download_folder()} (LTP_PATH overrides). Needs Java 17 or newer. No text "
                    "is sent; the app never downloads LanguageTool unless asked this way or in Preferences.")
    # SUPPRESS: `languagetool --json download` keeps the --json given before the action.
    download.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")


def _status() -> dict[str, Any]:
    grammar = config.load().grammar
    out: dict[str, Any] = {"server_url": redact_url(grammar.languagetool_url) or None, "installation": None,
                           "reason": "", "java": install.java_executable(), "java_version": None,
                           "memory_mb": grammar.languagetool_memory_mb}
    if out["java"]:
        out["java_version"] = install.java_version(out["java"])
    try:
        out["installation"] = str(install.find_installation(grammar.languagetool_path))
    except install.LanguageToolUnavailable as exc:
        out["reason"] = str(exc)
    return out


def run(args: argparse.Namespace) -> int:
    if getattr(args, "action", None) == "download":
        sys.stderr.write(f"Downloading LanguageTool into {install.download_folder()} (about 250 MB)…\n")
        try:
            jar = install.download()
        except install.LanguageToolUnavailable as exc:
            raise HumanizeError(str(exc)) from None
        if args.json:
            print_json({"installation": str(jar)})
        else:
            print(f"LanguageTool is installed: {jar.parent}")
        return 0
    status = _status()
    if args.json:
        print_json(status)
        return 0
    if status["server_url"]:
        print(f"LanguageTool server: {status['server_url']} (the grammar.languagetool_url setting)")
    if status["installation"]:
        print(f"local LanguageTool: {status['installation']}")
    else:
        print(f"no local LanguageTool: {status['reason']}")
    java = f"{status['java']} (Java {status['java_version'] or '?'})" if status["java"] else "not found"
    print(f"Java: {java}; memory for the server: {status['memory_mb']} MB")
    return 0
