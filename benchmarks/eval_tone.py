"""Label accuracy of the tone readout on hand-labelled texts, per language, dev and held-out.

Reads ``benchmarks/data/tone_labels.toml`` (``[[dev]]``: what the lexicons
in ``resources/tone/`` were tuned on; ``[[heldout]]``: frozen before any
tuning, never tuned on), labels each text with ``core.checks.tone`` in its
given language, and prints the accuracy per part and language, a confusion
table (rows: the hand label, columns: the label the readout gave), and with
``--misses`` each text it got wrong.

Then the tone-flip warning's false alarms: the "faithful" rewrites of
``benchmarks/data/drift_pairs*.toml`` (written for the meaning-drift check:
a good humanizer's rewrites, which keep the tone) in English and German,
and how many of them ``tone.flips`` warns about (each is listed).

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
PAIRS = [ROOT / "benchmarks" / "data" / name for name in ("drift_pairs.toml", "drift_pairs_holdout.toml")]
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
    alarms, total = flip_false_alarms()
    print(f"tone-flip warnings on faithful rewrites (en, de): {len(alarms)}/{total}")
    for pair, found in alarms:
        print(f"  [{pair['id']}] {found.before.label} -> {found.after.label} ({found.kind}): {pair['rewrite']}")
    return 0


def flip_false_alarms() -> tuple[list[tuple[dict, object]], int]:
    """(pair, flip) for each faithful English or German rewrite warned about, and how many there are."""
    from humanize_desktop.core.checks.tone.flips import flips
    from humanize_desktop.core.diffing import diff_texts

    alarms, total = [], 0
    for path in PAIRS:
        with path.open("rb") as f:
            pairs = tomllib.load(f).get("pair", [])
        for pair in pairs:
            if pair["label"] != "faithful" or pair["language"] not in ("en", "de"):
                continue
            total += 1
            draft, rewrite = pair["draft"] + "\n", pair["rewrite"] + "\n"
            alarms.extend((pair, found) for found in flips(draft, rewrite, diff_texts(draft, rewrite),
                                                            pair["language"]))
    return alarms, total


if __name__ == "__main__":
    raise SystemExit(main())
