"""Incremental checking: a full check of a 20,000-word document vs. re-checking one edited paragraph.

Builds a deterministic English/German document of about 20,000 words (with
typos, AI-tell phrases, long sentences and a little mojibake so every check
has work), checks it once with a fresh ``DocumentChecker`` (all checks, the
engines this machine has), edits one paragraph in the middle and checks
again, then checks once more unchanged. Prints the times and the ratio.

    .venv/bin/python benchmarks/bench_checks.py [--words N] [--with-model]

``--with-model`` adds AI-likeness scoring with the default model.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from humanize_desktop import config, paths  # noqa: E402
from humanize_desktop.core import segmentation  # noqa: E402
from humanize_desktop.core.checks.runner import DocumentChecker  # noqa: E402

EN = [
    "The committee met on Tuesday to review the budget for the coming year.",
    "Moreover, it is important to note that the results were better than expected.",
    "Our team delved into the data and found a rich tapestry of patterns.",
    "We recieve many requests every week, and most of them are answered within a day.",
    "The new system works seamlessly with the tools people already use.",
    "Sales grew by 12% in 2024, driven mostly by online orders from Europe.",
    "Nobody expected the bridge to close, but the engineers insisted on repairs.",
    "It rained all afternoon, so the match was moved to Sunday.",
    "This is an test of the grammar checker that runs in the background.",
    "The report, which was written by three analysts over the course of several months and reviewed by "
    "an external panel of experts from universities in four different countries before being published "
    "in the spring, argues that the city should invest far more in public transport than it does today.",
]
DE = [
    "Die Kommission hat am Dienstag über den Haushalt für das nächste Jahr beraten.",
    "Darüber hinaus ist die Lösung nahtlos in die bestehenden Abläufe integriert.",
    "Der Verkher in der Innenstadt hat im letzten Jahr deutlich zugenommen.",
    "Die Preise stiegen um 5 Prozent, vor allem wegen der höheren Energiekosten.",
]


def build_document(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        pool = DE if rng.random() < 0.1 else EN
        para = " ".join(rng.choice(pool) for _ in range(rng.randint(3, 6)))
        if rng.random() < 0.03:
            para += " The rollout â€” scheduled for spring â€” went well."
        if rng.random() < 0.1:
            para = "## Section " + str(len(paragraphs)) + "\n\n" + para
        paragraphs.append(para)
        count += segmentation.count_words(para)
    return "\n\n".join(paragraphs) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--with-model", action="store_true", help="also score AI-likeness with the model")
    args = parser.parse_args()
    paths.init(config_dir="/tmp/humanize-bench/config", data_dir="/tmp/humanize-bench/data",
               state_dir="/tmp/humanize-bench/state", cache_dir="/tmp/humanize-bench/cache")
    text = build_document(args.words)
    scorer = None
    if args.with_model:
        from humanize_desktop.core.engine import open_engine

        scorer = open_engine(config.Settings())
    checker = DocumentChecker(config.Settings(), scorer=scorer)
    # Warm the engines (dictionaries, Harper's linter, the language model) so the
    # full check measures checking, not start-up.
    checker.check("Warm up the engines. Die Engines werden warm.")
    started = time.perf_counter()
    full = checker.check(text)
    t_full = time.perf_counter() - started

    paras = segmentation.paragraphs(text)
    a, b = paras[len(paras) // 2]
    edited = text[:a] + text[a:b].replace(" the ", " the new ", 1) + text[b:]
    assert edited != text
    started = time.perf_counter()
    again = checker.check(edited)
    t_edit = time.perf_counter() - started

    started = time.perf_counter()
    unchanged = checker.check(edited)
    t_same = time.perf_counter() - started
    if scorer is not None:
        scorer.close()
    checker.close()

    engines = ", ".join(f"{k}: {v.active}" for k, v in full.engines.items())
    print(f"document: {segmentation.count_words(text):,} words, {full.paragraphs} paragraphs, "
          f"{len(full.findings):,} findings ({engines}{', AI-likeness' if scorer else ''})")
    print(f"full check:                   {t_full * 1000:9.1f} ms  ({full.paragraphs_checked} paragraphs checked)")
    print(f"re-check after 1-para edit:   {t_edit * 1000:9.1f} ms  ({again.paragraphs_checked} paragraph checked)")
    print(f"re-check, nothing changed:    {t_same * 1000:9.1f} ms  ({unchanged.paragraphs_checked} checked)")
    print(f"ratio full / one-paragraph re-check: {t_full / t_edit:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
