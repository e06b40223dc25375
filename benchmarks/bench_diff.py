#!/usr/bin/env python3
"""How the review diff scales: 1k, 10k and 100k-word pairs with ~7% of words edited.

Prints the time of ``diffing.diff_texts`` at each size, the growth factor
from 10k to 100k words (target: at most 12x for 10x the words), and a naive
baseline measured in the same run: one ``difflib.SequenceMatcher`` over the
whole texts' tokens (target: ours at least 10x faster at 10k words).

    .venv/bin/python benchmarks/bench_diff.py [--naive-100k] [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from humanize_desktop.core import tokens  # noqa: E402
from humanize_desktop.core.diffing import apply_changes, diff_texts  # noqa: E402

VOCABULARY = (
    "the of and to in is was for that with as on by at from it this be are an which or "
    "model draft writer paragraph sentence review change editor local private offline "
    "quick careful clear plain human machine language result evidence study report data "
    "people team project reader meaning detail example argument point question answer "
    "small large early late simple complex modern ancient useful important different"
).split()
REPLACEMENTS = "key vital major notable crucial basic plain brief lucid apt neat fair".split()


def make_pair(n_words: int, edit_rate: float, seed: int) -> tuple[str, str]:
    """A draft of ``n_words`` in paragraphs of 40-150 words, and a copy with ~``edit_rate`` of words
    replaced, deleted or preceded by an inserted word."""
    rng = random.Random(seed)
    draft_paras, sugg_paras = [], []
    left = n_words
    while left > 0:
        size = min(left, rng.randint(40, 150))
        left -= size
        words = [rng.choice(VOCABULARY) for _ in range(size)]
        # Sentences of 8-30 words, as in real prose.
        ends = set()
        i = 0
        while i < size:
            words[i] = words[i].capitalize()
            i += rng.randint(8, 30)
            ends.add(min(i, size) - 1)
        draft = " ".join(w + "." if k in ends else w for k, w in enumerate(words))
        edited: list[str] = []
        for k, w in enumerate(words):
            w = w + "." if k in ends else w
            r = rng.random()
            if r < edit_rate * 0.6:
                edited.append(rng.choice(REPLACEMENTS) + ("." if k in ends else ""))
            elif r < edit_rate * 0.8 and k not in ends:
                continue  # deleted
            elif r < edit_rate:
                edited.extend([rng.choice(REPLACEMENTS), w])  # inserted
            else:
                edited.append(w)
        draft_paras.append(draft)
        sugg_paras.append(" ".join(edited))
    return "\n\n".join(draft_paras), "\n\n".join(sugg_paras)


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def naive(draft: str, sugg: str) -> int:
    ta = [t.text for t in tokens.tokenize(draft)]
    tb = [t.text for t in tokens.tokenize(sugg)]
    ops = SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    return sum(1 for op in ops if op[0] != "equal")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--naive-100k", action="store_true", help="also time the baseline at 100k words (slow)")
    args = parser.parse_args()

    ours: dict[int, float] = {}
    base: dict[int, float] = {}
    print(f"{'words':>8} {'changes':>8} {'ours s':>9} {'naive s':>9} {'speed-up':>9}")
    for n in (1_000, 10_000, 100_000):
        draft, sugg = make_pair(n, 0.07, seed=n)
        changes = diff_texts(draft, sugg)
        assert apply_changes(draft, changes) == sugg
        ours[n] = timed(lambda d=draft, s=sugg: diff_texts(d, s), args.repeat if n < 100_000 else 1)
        if n < 100_000 or args.naive_100k:
            base[n] = timed(lambda d=draft, s=sugg: naive(d, s), 1)
        speed = f"{base[n] / ours[n]:8.1f}x" if n in base else f"{'-':>9}"
        naive_s = f"{base[n]:9.3f}" if n in base else f"{'-':>9}"
        print(f"{n:>8} {len(changes):>8} {ours[n]:9.3f} {naive_s} {speed}")
    growth = ours[100_000] / ours[10_000]
    print(f"growth 10k -> 100k words: {growth:.1f}x (target <= 12x)")
    print(f"speed-up over naive SequenceMatcher at 10k words: {base[10_000] / ours[10_000]:.1f}x (target >= 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
