"""``humanize-desktop humanize FILE.xlf|.po|.tmx -o OUT``: polish the targets of a bilingual file.

Called by ``commands.humanize`` when its input is a bilingual file. The
model polishes each unit's target with the source as context (never
translating anew; ``core.bilingual.polish``; a whole-segment rewrite unless
``--strength`` says otherwise), and OUT is the same format
with only the polished units' targets and states changed (``--state``,
default needs-review). ``--json`` prints::

    {"model": {...}, "source_language", "target_language",
     "units": [{"id", "status", "reason"}], "stats": {"tokens", "seconds", "tokens_per_second"}}

A rewritten unit also has ``"changes"``: the word changes from its target to
the polished one, as ``diff --json`` prints them.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading

from humanize_desktop import config
from humanize_desktop.cli import print_json
from humanize_desktop.core.bilingual.files import open_bilingual, save_bilingual
from humanize_desktop.core.bilingual.glossary import load_glossary
from humanize_desktop.core.bilingual.polish import DEFAULT_STRENGTH, UnitResult, polish_file
from humanize_desktop.core.bilingual.units import NEEDS_REVIEW
from humanize_desktop.core.engine import LocalEngine, open_engine
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.rewriting.options import RewriteOptions
from humanize_desktop.core.rewriting import styles


def _progress(result: UnitResult, total: int) -> None:
    reason = f": {result.reason}" if result.reason else ""
    sys.stderr.write(f"unit {result.id} ({result.index + 1}/{total}): {result.status}{reason}\n")


def run_polish(args: argparse.Namespace) -> int:
    from humanize_desktop.commands.humanize import model_json

    if not args.output:
        raise HumanizeError(f"{args.input}: a bilingual file is written to a file of its own format; give -o OUT")
    settings = config.load()
    styles.get_style(args.style or settings.rewrite.style)  # unknown style: fail before loading a model
    file = open_bilingual(args.input)  # a bad file fails before the model loads
    glossary = None
    if getattr(args, "glossary", None):
        glossary = load_glossary(args.glossary, file.source_language, file.target_language)
    api_key = args.api_key if args.api_key is not None else os.environ.get("HUMANIZE_API_KEY")
    engine = open_engine(settings, model=args.model, server=args.server, api_key=api_key)
    model_settings = settings.model_settings(engine.model.file_name) if isinstance(engine, LocalEngine) else None
    protect = tuple(dict.fromkeys([*settings.rewrite.protected_terms, *(args.protect or [])]))
    options = RewriteOptions.from_settings(
        settings, model_settings, style=args.style, strength=args.strength or DEFAULT_STRENGTH,
        custom_instructions=args.instructions, seed=args.seed, protected_terms=protect,
        use_cache=False if args.no_cache else None, candidates=getattr(args, "candidates", None))
    cancel = threading.Event()
    on_unit = _progress if sys.stderr.isatty() and not args.json else None
    try:
        result = polish_file(file, options, engine, glossary, on_unit=on_unit, cancel=cancel)
        model = model_json(engine) if args.json else None
    except KeyboardInterrupt:
        cancel.set()
        raise
    finally:
        engine.close()
    save_bilingual(file, result.targets, args.output, args.state or NEEDS_REVIEW)
    if args.json:
        print_json({"model": model, "source_language": file.source_language,
                    "target_language": file.target_language, "units": [u.to_json() for u in result.units],
                    "stats": result.stats.to_json()})
    else:
        changed = len(result.targets)
        sys.stderr.write(f"{changed} of {len(file.units)} targets polished; written to {args.output}\n")
    return 0
