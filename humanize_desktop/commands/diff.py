"""``humanize-desktop diff DRAFT SUGGESTION``: the changes between two files.

Prints a readable list, or with ``--json`` the contract
``{"changes": [{"id", "kind", "draft": [start, end], "suggestion": [start, end],
"draft_text", "suggestion_text", "source", "rule", "reason"}], "flags": [{"change_id", "kind", "detail"}]}``
where spans are half-open Python string indices into each file's text
(newlines normalised to ``\\n``; a Word file's text is its body paragraphs
separated by blank lines, a review file's is its draft) and flags name what
a change does to facts, negations, modal strength, protected terms and
structure, or the grammar and spelling errors it introduces
(``core.checks.flags``). ``source``, ``rule`` and ``reason`` say where a
change came from (``humanize --json`` fills them); two files compared here
have no such history, so they are null.
``--save-review`` writes a ``.humanize`` review file with every change pending.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from humanize_desktop import config
from humanize_desktop.cli import print_json, print_notes
from humanize_desktop.core import reviewfile
from humanize_desktop.core.diffing import Change
from humanize_desktop.core.documents import open_document
from humanize_desktop.core.humanizer import explain


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("diff", help="show the changes between a draft and a suggestion",
                       description=__doc__.splitlines()[0])
    p.add_argument("draft", help="the draft (the working document): .txt, .md, .docx or .humanize")
    p.add_argument("suggestion", help="the rewritten version, in any of those formats")
    p.add_argument("--json", action="store_true", help="print the changes as JSON")
    p.add_argument("--save-review", metavar="FILE",
                   help="also write a .humanize review file with every change pending")


def describe(change: Change) -> str:
    """One human-readable line for a change."""
    if change.kind == "insert":
        what = f"+ {change.suggestion_text!r}"
    elif change.kind == "delete":
        what = f"- {change.draft_text!r}"
    else:
        what = f"{change.draft_text!r} -> {change.suggestion_text!r}"
    structure = f"  [structure: {', '.join(sorted(change.structure))}]" if change.structure else ""
    return f"{change.id}  {change.kind:<7}  {what}{structure}"


def changes_json(changes: list[Change]) -> dict[str, Any]:
    return {"changes": explain.changes_json(changes)}


def _flags_checker(draft: str, suggestion: str, settings: config.Settings):  # type: ignore[no-untyped-def]
    """A checker for the flags, its engines starting on background threads, or None for equal texts.

    Language detection and the grammar engine take a second each to start:
    they load while the texts are compared.
    """
    if draft == suggestion:
        return None
    from humanize_desktop.core.checks.findings import ERROR_KINDS
    from humanize_desktop.core.checks.runner import DocumentChecker

    checker = DocumentChecker(settings, kinds=ERROR_KINDS)
    checker.start_engines()
    return checker


def run(args: argparse.Namespace) -> int:
    draft = open_document(args.draft)
    suggestion = open_document(args.suggestion)
    print_notes([*draft.notices, *suggestion.notices])
    settings = config.load() if args.json else None  # the flags' engines and protected terms
    checker = _flags_checker(draft.text, suggestion.text, settings) if settings is not None else None
    try:
        doc = reviewfile.new_document(draft.text, suggestion.text,
                                      source_path=str(Path(args.draft).resolve()))
        changes = doc.review.changes
        if args.save_review:
            reviewfile.save(args.save_review, doc)
        if args.json:
            from humanize_desktop.core.checks.flags import flags_json

            data = changes_json(changes)
            data["flags"] = (flags_json(draft.text, suggestion.text, changes, settings, checker=checker)
                             if changes and settings is not None else [])
            print_json(data)
        else:
            for change in changes:
                sys.stdout.write(describe(change) + "\n")
            sys.stdout.write(f"{len(changes)} change{'s' if len(changes) != 1 else ''}\n")
    finally:
        if checker is not None:
            checker.close()
    return 0
