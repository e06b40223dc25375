"""The humanizer's rule layer alone (no model): how many AI-tells its deterministic fixes remove.

For each document of ``benchmarks/data/rewrite_corpus/*.md`` (language from
the file name's prefix: ``de_newsletter.md`` is German), counts the AI-tell
findings the check shows (``aitells.find`` per paragraph) before and after
``apply_fixes(plan(...))``, the share of words changed (the rewrite guards'
``changed_share``), the fidelity flags of the fixed text against the draft
(which must be none) and the time plan + fix take per 1,000 words. Prints a
table and the totals, and exits non-zero if a fidelity flag appears.

    .venv/bin/python benchmarks/bench_rules.py [--corpus DIR] [--repeat N] [--show]

``--show`` prints each fixed document and the findings left in it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from humanize_desktop.core import diffing, segmentation  # noqa: E402
from humanize_desktop.core.checks import aitells, fidelity  # noqa: E402
from humanize_desktop.core.humanizer import apply_fixes, plan  # noqa: E402
from humanize_desktop.core.rewriting.guards import changed_share  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "data" / "rewrite_corpus"


def findings(text: str, language: str) -> list[aitells.Finding]:
    """The check's AI-tell findings, paragraph by paragraph as the check runs them."""
    found = []
    for start, end in segmentation.paragraphs(text):
        found.extend(f.shifted(start) for f in aitells.find(text[start:end], language))
    return found


def run(path: Path, repeat: int) -> dict:
    text = path.read_text(encoding="utf-8")
    language = path.stem.split("_")[0]
    before = findings(text, language)
    t0 = time.perf_counter()
    for _ in range(repeat):
        items = plan(text, language)
        fixed, edits = apply_fixes(text, items, language)
    seconds = (time.perf_counter() - t0) / repeat
    after = findings(fixed, language)
    flags = fidelity.flags_for(text, fixed, diffing.diff_texts(text, fixed), language=language)
    words = segmentation.count_words(text)
    return {
        "name": path.name, "language": language, "words": words, "before": len(before), "after": len(after),
        "items": len(items), "fixes": len(edits), "jobs": sum(i.fix is None for i in items),
        "changed": changed_share(text, fixed), "flags": flags, "ms_per_1000": seconds * 1000 * 1000 / max(words, 1),
        "fixed": fixed, "left": [(fixed[f.start:f.end], f.rule) for f in after],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=5, help="plan + fix runs per document for the timing")
    parser.add_argument("--show", action="store_true", help="print each fixed text and what is left in it")
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.corpus.glob("*.md") if p.name != "README.md")  # a folder README is no draft
    if not paths:
        print(f"no documents in {args.corpus}", file=sys.stderr)
        return 2
    for language in sorted({p.stem.split("_")[0] for p in paths}):
        plan("Warm up the lexicons.", language)  # loading and compiling is not what is timed
    rows = [run(p, args.repeat) for p in paths]
    print(f"{'document':24} {'lang':4} {'words':>5} {'tells':>5} {'left':>4} {'cut':>5} {'fixes':>5} "
          f"{'jobs':>4} {'changed':>7} {'flags':>5} {'ms/1k w':>7}")
    for r in rows:
        cut = 1 - r["after"] / r["before"] if r["before"] else 0.0
        print(f"{r['name']:24} {r['language']:4} {r['words']:5d} {r['before']:5d} {r['after']:4d} {cut:5.0%} "
              f"{r['fixes']:5d} {r['jobs']:4d} {r['changed']:7.1%} {len(r['flags']):5d} {r['ms_per_1000']:7.1f}")
        if args.show:
            print("    " + r["fixed"].replace("\n", "\n    "))
            for text, rule in r["left"]:
                print(f"      left: {rule}: {text!r}")
        for flag in r["flags"]:
            print(f"    FLAG {flag.kind}: {flag.detail}")
    before = sum(r["before"] for r in rows)
    after = sum(r["after"] for r in rows)
    words = sum(r["words"] for r in rows)
    ms = sum(r["ms_per_1000"] * r["words"] for r in rows) / max(words, 1)
    changed = sum(r["changed"] * r["words"] for r in rows) / max(words, 1)
    flags = sum(len(r["flags"]) for r in rows)
    print(f"\ntotal: {len(rows)} documents, {words} words; AI-tell findings {before} -> {after} "
          f"({1 - after / before if before else 0:.0%} fewer); {sum(r['fixes'] for r in rows)} fixes, "
          f"{sum(r['jobs'] for r in rows)} items left to model jobs; {changed:.1%} of words changed; "
          f"{flags} fidelity flags; {ms:.1f} ms per 1,000 words (plan + fix)")
    return 1 if flags else 0


if __name__ == "__main__":
    sys.exit(main())
