"""``humanize-desktop check INPUT``: grammar, spelling, AI-tells, mojibake, readability, fairness.

Prints one line per finding (``LINE:COL kind: message [-> replacement]``)
and a summary, or with ``--json`` the contract::

    {"language": "en",
     "engines": {"grammar": {"active", "detail", "unavailable"},
                 "spelling": {"active", "detail", "unavailable"}},
     "findings": [{"start", "end", "kind", "message", "replacements", "engine"}],
     "scores": {"readability": {...}, "ai_likeness": {...}}}

Spans are half-open Python string indices into the file's text (newlines
normalised to ``\\n``). ``kind`` is one of grammar, spelling, ai-tell,
encoding, readability, inclusive (gendered, ableist or othering wording),
register (mixed forms of address) and locale (quotation marks, numbers and
dates of another language or region; the region comes from ``--language
de_CH`` or the ``spelling.language`` setting). Findings are not errors:
the exit status is 0 whenever the check ran.

``--languagetool URL`` checks grammar with a team's own LanguageTool server
for this run, as the ``grammar.languagetool_url`` setting would (English
falls back to Harper when it cannot be reached, and the engines report says
why); it also switches grammar checking on where ``grammar.engine`` chose
Harper or off. It never reaches the public languagetool.org service: such
an address is refused here even where ``grammar.allow_public_api`` would let
the setting use it. A login in the address is masked in everything printed.
"""

from __future__ import annotations

import argparse
import sys

import regex

from humanize_desktop import config
from humanize_desktop.cli import TerminalLine, print_json, print_notes
from humanize_desktop.core.checks.findings import FINDING_KINDS, Finding
from humanize_desktop.core.checks.runner import AI_LIKENESS_STEP, CheckReport, DocumentChecker
from humanize_desktop.core.documents import open_document
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.urls import redact_url

_LANGUAGE_RE = regex.compile(r"^(?:auto|[a-z]{2,3}(?:[_-][A-Za-z]{2})?)$")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("check", help="check grammar, spelling, AI-tells, mojibake, readability and fairness",
                       description=__doc__.splitlines()[0])
    p.add_argument("input", metavar="INPUT", help="the .txt, .md, .docx or .humanize file to check")
    p.add_argument("--language", default="auto", metavar="CODE|auto",
                   help="language of the text, e.g. en, en_GB, de (default: detect per paragraph)")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--only", nargs="+", choices=FINDING_KINDS, metavar="KIND",
                   help=f"run only these checks ({', '.join(FINDING_KINDS)})")
    p.add_argument("--no-ai-likeness", action="store_true",
                   help="skip AI-likeness scoring (it loads the language model)")
    p.add_argument("--languagetool", metavar="URL",
                   help="your team's LanguageTool server for this run, e.g. https://user:PASSWORD@lt.example/ "
                        "(instead of the grammar.languagetool_url setting; never the public service)")


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def describe(text: str, finding: Finding) -> str:
    line, col = _line_col(text, finding.start)
    fix = ""
    if finding.replacements:
        fix = f"  -> {finding.replacements[0]!r}"
    return f"{line}:{col} {finding.kind}: {finding.message}{fix}"


def _summary(report: CheckReport) -> str:
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    parts = [f"{n} {kind}" for kind, n in sorted(counts.items())] or ["no findings"]
    lines = [f"language: {report.language.code}; " + ", ".join(parts)]
    for name, state in report.engines.items():
        lines.append(f"{name}: {state.active or 'unavailable'}"
                     + (f" ({state.detail})" if state.detail else ""))
        for engine, why in state.unavailable.items():
            lines.append(f"  {engine} not used: {why}")
    read = report.scores.get("readability", {})
    if read.get("grade") is not None:
        lines.append(f"readability: grade {read['grade']} ({read['grade_formula']}), "
                     f"sentence length {read['sentence_length']['mean']} ± {read['sentence_length']['stdev']}")
    mood = report.scores.get("tone", {})
    if mood.get("label"):
        lines.append(f"tone: {mood['label']} (formality {mood['formality']:.2f}, sentiment {mood['sentiment']:+.2f})")
    ai = report.scores.get("ai_likeness", {})
    if ai.get("available"):
        lines.append(f"AI-likeness (a signal, not a verdict): {ai.get('summary', '')}")
    return "\n".join(lines)


def _scorer(args: argparse.Namespace, settings: config.Settings):
    """The AI-likeness scorer and, when there is none, why not."""
    if args.no_ai_likeness:
        return None, "AI-likeness scoring was skipped (--no-ai-likeness)"
    from humanize_desktop.core.checks import ailikeness

    return ailikeness.default_scorer(settings)


def use_languagetool_server(settings: config.Settings, url: str) -> None:
    """Point grammar checking at ``url`` for this run, as the languagetool_url setting does."""
    from urllib.parse import urlsplit

    from humanize_desktop.core.checks.languagetool import is_public_api

    text = url.strip()
    if text and "://" not in text:
        text = "http://" + text  # "lt-server:8081", as the setting accepts it
    try:
        parts = urlsplit(text)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # a port that is not a number
        valid = False
    if not valid:
        raise HumanizeError(f"{redact_url(text)!r} is not a LanguageTool server address; "
                            "use http://HOST:PORT/ or https://HOST/")
    if is_public_api(text):
        raise HumanizeError(f"{redact_url(text)} is the public LanguageTool service: --languagetool only "
                            "uses your own server, so the text stays off other people's computers")
    settings.grammar.languagetool_url = text
    if settings.grammar.engine in ("harper", "off"):
        settings.grammar.engine = "auto"  # naming a server asks for it; Harper still covers a failure


def progress_text(step: str, done: int, total: int) -> str:
    """The terminal's progress line: which paragraph the checks or the model's scoring are at."""
    what = "Scoring AI-likeness with the model" if step == AI_LIKENESS_STEP else "Checking"
    return f"{what}: paragraph {done + 1} of {total}…"


def run(args: argparse.Namespace) -> int:
    if not _LANGUAGE_RE.match(args.language):
        raise HumanizeError(f"'{args.language}' is not a language code; use auto or a code such as "
                            "en, en_GB or de")
    settings = config.load()
    if args.languagetool is not None:
        use_languagetool_server(settings, args.languagetool)
    document = open_document(args.input)
    print_notes(document.notices)
    text = document.text
    scorer, why = _scorer(args, settings)
    checker = DocumentChecker(settings, kinds=args.only or FINDING_KINDS, scorer=scorer, scorer_reason=why)
    line = TerminalLine(sys.stderr)
    try:
        report = checker.check(text, args.language, progress=lambda step, done, total: line.show(
            progress_text(step, done, total)))
    finally:
        line.clear()
        checker.close()
        if scorer is not None and hasattr(scorer, "close"):
            scorer.close()
    if args.json:
        print_json(report.to_json())
    else:
        for finding in report.findings:
            sys.stdout.write(describe(text, finding) + "\n")
        sys.stdout.write(_summary(report) + "\n")
    return 0
