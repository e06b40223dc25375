"""Label accuracy of the tone readout on hand-labelled texts, per language, dev and held-out.

Reads ``benchmarks/data/tone_labels.toml`` (``[[dev]]``: what the lexicons
in ``resources/tone/`` were tuned on; ``[[heldout]]``: frozen before any
tuning, never tuned on), labels each text with ``core.checks.tone`` in its
given language, and prints the accuracy per part and language, a confusion
table (rows: the hand label, columns: the label the readout gave), and with
``--misses`` each text it got wrong.

    .venv/bin/python benchmarks/eval_tone.py [--part dev|heldout|all] [--misses]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from humanize_desktop.core.checks import tone  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "tone_labels.toml"
PARTS = ("dev", "heldout")


def load(path: Path = DATA) -> dict[str, list[dict]]:
    with path.open("rb") as f:
        raw = tomllib.load(f)
    return {part: raw.get(part, []) for part in PARTS}


def predict(example: dict) -> str:
    return tone.text_tone(example["text"], example["language"])["label"]


def evaluate(examples: list[dict]) -> tuple[dict[str, tuple[int, int]], Counter, list[tuple[dict, str]]]:
    """(language -> (right, total)), confusion counts of (hand, readout), and the misses."""
    per_lang: dict[str, list[int]] = {}
    confusion: Counter = Counter()
    misses = []
    for ex in examples:
        got = predict(ex)
        right, total = per_lang.setdefault(ex["language"], [0, 0])
        per_lang[ex["language"]] = [right + (got == ex["label"]), total + 1]
        confusion[(ex["label"], got)] += 1
        if got != ex["label"]:
            misses.append((ex, got))
    return {k: (v[0], v[1]) for k, v in per_lang.items()}, confusion, misses


def confusion_table(confusion: Counter) -> str:
    labels = list(tone.LABELS)
    width = max(len(x) for x in labels) + 2
    lines = ["hand \\ readout".ljust(width + 6) + "".join(x.rjust(width) for x in labels)]
    for hand in labels:
        lines.append(hand.ljust(width + 6) + "".join(str(confusion[(hand, got)]).rjust(width) for got in labels))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=(*PARTS, "all"), default="all")
    ap.add_argument("--misses", action="store_true", help="print each text the readout labelled differently")
    args = ap.parse_args(argv)
    data = load()
    for part in PARTS if args.part == "all" else (args.part,):
        per_lang, confusion, misses = evaluate(data[part])
        right = sum(r for r, _ in per_lang.values())
        total = sum(t for _, t in per_lang.values())
        langs = ", ".join(f"{lang} {r}/{t} = {r / t:.0%}" for lang, (r, t) in sorted(per_lang.items()))
        print(f"{part}: label accuracy {right}/{total} = {right / max(1, total):.0%} ({langs})")
        print(confusion_table(confusion))
        if args.misses:
            for ex, got in misses:
                print(f"  [{ex['language']}] {ex['label']} -> {got}: {ex['text']}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
