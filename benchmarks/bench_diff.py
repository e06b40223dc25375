#!/usr/bin/env python3
"""How the review diff scales: 1k, 10k and 100k-word pairs with ~7% of words edited.

Prints the time of ``diffing.diff_texts`` at each size, the growth factor
from 10k to 100k words (target: at most 12x for 10x the words), and a naive
baseline measured in the same run: one ``difflib.SequenceMatcher`` over the
whole texts' tokens (target: ours at least 10x faster at 10k words).

``--flags`` then times the flags of ``diff --json`` (fidelity, introduced
grammar and spelling errors) the way a person meets them: the ``diff``
command and ``diff --json`` run as separate processes on the 10k and
100k-word pairs, and what ``--json`` adds is printed as a multiple of the
plain command's time (target: at most 1.0 with Harper and enchant), in wall
and CPU seconds (the CPU figure is steadier on a shared machine).
A one-word change (size 0) shows what starting the engines costs on its own.
``--grammar languagetool`` measures with LanguageTool instead of Harper.

    .venv/bin/python benchmarks/bench_diff.py [--naive-100k] [--repeat N]
        [--flags [--grammar harper|languagetool] [--flags-words N ...]]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from humanize_desktop.core import segmentation  # noqa: E402
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
    ta = [t.text for t in segmentation.tokenize(draft)]
    tb = [t.text for t in segmentation.tokenize(sugg)]
    ops = SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    return sum(1 for op in ops if op[0] != "equal")


def run_cli(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one ``humanize-desktop`` run in its own process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "humanize_desktop", *args], check=True, env=env,
                   stdout=subprocess.DEVNULL, cwd=Path(__file__).resolve().parent.parent)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def flags_cost(grammar: str, repeat: int, sizes: list[int]) -> None:
    """What ``diff --json`` adds to ``diff``, as a multiple of the plain command's time.

    Size 0 is a one-word change in a one-line file: what starting the engines
    (language detection, the grammar linter, the checks' word lists) costs.
    """
    tmp = Path(tempfile.mkdtemp(prefix="bench-flags-"))
    (tmp / "config").mkdir()
    (tmp / "config" / "settings.toml").write_text(f'[grammar]\nengine = "{grammar}"\n', encoding="utf-8")
    env = dict(os.environ, **{f"HUMANIZE_{k}_DIR": str(tmp / k.lower()) for k in ("CONFIG", "DATA", "STATE", "CACHE")})
    print(f"\nflags of diff --json, grammar: {grammar}, spelling: enchant (best of {repeat} below 100k words, 1 at 100k)")
    print(f"{'words':>8} {'diff s':>8} {'--json s':>9} {'added':>7} {'CPU diff':>9} {'CPU json':>9} {'CPU added':>10}")
    for n in sizes:
        draft, sugg = (make_pair(n, 0.07, seed=n) if n else
                       ("The team shipped three releases in May.\n", "The team shipped three new releases in May.\n"))
        a, b = tmp / f"draft{n}.md", tmp / f"suggestion{n}.md"
        a.write_text(draft, encoding="utf-8")
        b.write_text(sugg, encoding="utf-8")
        runs = repeat if n < 100_000 else 1
        plain = min((run_cli(["diff", str(a), str(b)], env) for _ in range(runs)), key=lambda r: r[0])
        flags = min((run_cli(["diff", "--json", str(a), str(b)], env) for _ in range(runs)), key=lambda r: r[0])
        added = [(f - p) / p for f, p in zip(flags, plain)]
        print(f"{n:>8} {plain[0]:8.2f} {flags[0]:9.2f} {added[0]:6.1f}x {plain[1]:9.2f} {flags[1]:9.2f} "
              f"{added[1]:9.1f}x   (target <= 1.0x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--naive-100k", action="store_true", help="also time the baseline at 100k words (slow)")
    parser.add_argument("--flags", action="store_true", help="also time what diff --json's flags add")
    parser.add_argument("--grammar", default="harper", choices=("harper", "languagetool"),
                        help="the grammar engine for --flags")
    parser.add_argument("--flags-words", type=int, nargs="+", default=[0, 10_000, 100_000], metavar="N",
                        help="the sizes --flags measures (0: a one-word change, the engines' start-up)")
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
    if args.flags:
        flags_cost(args.grammar, args.repeat, args.flags_words)
    return 0


if __name__ == "__main__":
    sys.exit(main())
