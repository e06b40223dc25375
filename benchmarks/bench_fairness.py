"""False alarms of the fairness checks on the rewrite corpus, and precision on labelled examples.

Runs ``fairness_findings`` (inclusive, register, locale) over every document
of ``benchmarks/data/rewrite_corpus`` in its detected language and prints
each finding, then the findings per 5,000 words; every corpus finding is
counted as a false alarm (the corpus was not written to contain any), so
this is an upper bound. Target: at most one per 5,000 words.

The drafts and rewrites of ``benchmarks/data/drift_pairs*.toml`` (short
texts in the four languages, written for another check) give a second,
held-out line: every finding there is listed to be judged by eye.

Then, on ``benchmarks/data/fairness_examples.toml``, per kind: precision
(findings covering the labelled words / all findings of that kind) and
recall (labelled "fire" examples found / all of them).

    .venv/bin/python benchmarks/bench_fairness.py [--quiet]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from humanize_desktop import paths  # noqa: E402
from humanize_desktop.core import segmentation  # noqa: E402
from humanize_desktop.core.checks import language as lang_mod  # noqa: E402
from humanize_desktop.core.checks.fairness import FAIRNESS_KINDS, fairness_findings  # noqa: E402

CORPUS = ROOT / "benchmarks" / "data" / "rewrite_corpus"
EXAMPLES = ROOT / "benchmarks" / "data" / "fairness_examples.toml"


def corpus_false_alarms(verbose: bool) -> tuple[int, int, Counter]:
    alarms, words, by_kind = 0, 0, Counter()
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        words += segmentation.count_words(text)
        code = lang_mod.detect_document(text).code
        for f in fairness_findings(text, code):
            alarms += 1
            by_kind[f.kind] += 1
            if verbose:
                print(f"  {path.name} ({code}) {f.kind}: {text[f.start:f.end]!r} — {f.message}")
    return alarms, words, by_kind


def held_out_findings(verbose: bool) -> tuple[int, int]:
    found, words = 0, 0
    for path in sorted((ROOT / "benchmarks" / "data").glob("drift_pairs*.toml")):
        for pair in tomllib.loads(path.read_text(encoding="utf-8"))["pair"]:
            for text in dict.fromkeys((pair["draft"], pair["rewrite"])):
                words += segmentation.count_words(text)
                for f in fairness_findings(text, pair["language"]):
                    found += 1
                    if verbose:
                        print(f"  {pair['id']} {f.kind}: {text[f.start:f.end]!r} — {f.message}")
    return found, words


def example_scores() -> dict[str, dict[str, int]]:
    examples = tomllib.loads(EXAMPLES.read_text(encoding="utf-8"))["example"]
    scores = {kind: Counter() for kind in FAIRNESS_KINDS}
    for e in examples:
        kind, text = e["kind"], e["text"]
        found = [f for f in fairness_findings(text, e["language"], register=e.get("register"),
                                              region=e.get("region", ""), kinds=(kind,))]
        s = scores[kind]
        hits = [f for f in found if e["label"] == "fire" and text[f.start:f.end] == e["expect"]]
        s["true"] += len(hits)
        s["false"] += len(found) - len(hits)
        if e["label"] == "fire":
            s["fire"] += 1
            s["found"] += bool(hits)
        else:
            s["quiet"] += 1
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print only the summary lines")
    args = parser.parse_args()
    paths.init(config_dir="/tmp/humanize-bench/config", data_dir="/tmp/humanize-bench/data",
               state_dir="/tmp/humanize-bench/state", cache_dir="/tmp/humanize-bench/cache")
    alarms, words, by_kind = corpus_false_alarms(not args.quiet)
    kinds = ", ".join(f"{by_kind[k]} {k}" for k in FAIRNESS_KINDS)
    print(f"rewrite corpus: {words:,} words, {alarms} findings ({kinds}) = "
          f"{alarms * 5000 / max(words, 1):.2f} false alarms per 5,000 words (target: at most 1)")
    found, held_words = held_out_findings(not args.quiet)
    print(f"drift-pair texts (held out): {held_words:,} words, {found} findings = "
          f"{found * 5000 / max(held_words, 1):.2f} per 5,000 words (listed above, to judge by eye)")
    for kind, s in example_scores().items():
        total = s["true"] + s["false"]
        precision = s["true"] / total if total else 1.0
        print(f"{kind:9s} examples: precision {precision:.2f} ({s['true']}/{total} findings), "
              f"recall {s['found'] / max(s['fire'], 1):.2f} ({s['found']}/{s['fire']} fire), "
              f"{s['quiet']} quiet examples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
