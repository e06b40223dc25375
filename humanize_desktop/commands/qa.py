"""``humanize-desktop qa FILE``: translation QA of a bilingual file (XLIFF, PO, TMX, CSV/TSV).

Prints one line per finding (``UNIT kind: message [-> replacement]``) and a
summary, or with ``--json`` the contract::

    {"source_language", "target_language", "units": <number of units>,
     "findings": [{"unit", "kind", "message", "source_span", "target_span", "replacements"}]}

``kind`` is one of number, date, url, tag, placeholder, term, untranslated,
language, inconsistent, punctuation, spacing, length, grammar, spelling.
Spans are half-open indices into the unit's source and target text (null
where the defect has no place there). ``--report OUT.html`` also writes an
HTML report. Findings are not errors: the exit status is 0 whenever the
check ran.
"""

from __future__ import annotations

import argparse
import sys

from humanize_desktop import config
from humanize_desktop.cli import print_json
from humanize_desktop.core.bilingual.files import open_bilingual
from humanize_desktop.core.bilingual.glossary import load_glossary
from humanize_desktop.core.bilingual.qa import QAReport, run_qa
from humanize_desktop.core.bilingual.qafinding import QA_KINDS
from humanize_desktop.core.textio import atomic_write


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("qa", help="check a translation (XLIFF, PO, TMX, CSV) source against target",
                       description=__doc__.splitlines()[0])
    p.add_argument("input", metavar="FILE", help="a .xlf, .xliff, .po, .pot, .tmx, .csv or .tsv file")
    p.add_argument("--glossary", metavar="FILE", help="a .tbx or .csv glossary (source, target, forbidden, "
                                                      "do-not-translate)")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--report", metavar="OUT.html", help="also write an HTML report")
    p.add_argument("--only", nargs="+", choices=QA_KINDS, metavar="KIND",
                   help=f"report only these kinds ({', '.join(QA_KINDS)})")
    p.add_argument("--no-grammar", action="store_true", help="skip the grammar check of the targets")
    p.add_argument("--no-spelling", action="store_true", help="skip the spelling check of the targets")
    p.add_argument("--source-language", metavar="CODE", help="the source language, where the file does not say")
    p.add_argument("--target-language", metavar="CODE", help="the target language, where the file does not say")


def _summary(report: QAReport) -> str:
    counts = report.counts()
    parts = [f"{n} {kind}" for kind, n in sorted(counts.items())] or ["no findings"]
    lines = [f"{report.source_language} → {report.target_language}, {report.units} units: " + ", ".join(parts)]
    for name, state in report.engines.items():
        lines.append(f"{name}: {state.active or 'unavailable'}" + (f" ({state.detail})" if state.detail else ""))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    file = open_bilingual(args.input)
    source_language = args.source_language or file.source_language
    target_language = args.target_language or file.target_language
    glossary = load_glossary(args.glossary, source_language, target_language) if args.glossary else None
    settings = config.load()
    grammar = spelling = None
    if not args.no_grammar and settings.grammar.engine != "off":
        from humanize_desktop.core.checks.grammar import GrammarChecker

        grammar = GrammarChecker(settings.grammar)
    if not args.no_spelling and settings.spelling.enabled:
        from humanize_desktop.core.checks.spelling import SpellChecker

        spelling = SpellChecker(settings.rewrite.protected_terms, settings.spelling.language)
    try:
        report = run_qa(file, glossary, grammar, spelling, args.only or QA_KINDS, source_language, target_language)
    finally:
        if grammar is not None:
            grammar.close()
    if args.report:
        from humanize_desktop.core.bilingual.qareport import qa_report_html

        atomic_write(args.report, qa_report_html(file, report))
    if args.json:
        print_json(report.to_json())
    else:
        for f in report.findings:
            fix = f"  -> {f.replacements[0]!r}" if f.replacements else ""
            sys.stdout.write(f"{f.unit} {f.kind}: {f.message.text}{fix}\n")
        sys.stdout.write(_summary(report) + "\n")
    return 0
