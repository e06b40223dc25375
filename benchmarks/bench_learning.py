"""A simulated writer teaches the humanizer: do rejected rules stop coming back?

Over the eval corpus (``benchmarks/data/rewrite_corpus``, 33 drafts in five
languages) at strength *light* (rules only: fast, no model asked):

1. **Before**: every draft is humanized with nothing learned; the two rules
   with the most changes in the writer's language are the ones the scripted
   writer dislikes.
2. **Teaching**: the writer's 20 drafts (the English ones, in a fixed
   shuffled order) are humanized one by one with what was learned so far; the scripted reviewer rejects
   every change of the two rules and accepts every other change, through
   ``core.review`` and the same recording the window and ``review`` use
   (``core.learning.recording``), into a preference store in a temporary
   folder, with the default thresholds.
3. **After**: every draft is humanized again with what was learned.

Prints a table: changes of the two rules and of all others, and the share
of suggestions the writer accepts, before, in the first and second half of
the reviewed drafts, and after (the target: the two rules at most 5 % of
their earlier rate). Exits non-zero when the target is missed.

    .venv/bin/python benchmarks/bench_learning.py [--corpus DIR] [--documents 20] [--language en] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from humanize_desktop import config, paths  # noqa: E402
from humanize_desktop.core import diffing  # noqa: E402
from humanize_desktop.core.engine import open_engine  # noqa: E402
from humanize_desktop.core.learning import recording  # noqa: E402
from humanize_desktop.core.learning.apply import active  # noqa: E402
from humanize_desktop.core.learning.derive import derive  # noqa: E402
from humanize_desktop.core.learning.store import PreferenceStore  # noqa: E402
from humanize_desktop.core.review import Review  # noqa: E402
from humanize_desktop.core.rewriting.document import rewrite_document  # noqa: E402
from humanize_desktop.core.rewriting.options import RewriteOptions

CORPUS = Path(__file__).resolve().parent / "data" / "rewrite_corpus"
STYLE = "natural"


def humanize(engine, draft: str, learned) -> tuple[list[diffing.Change], dict, str]:
    options = RewriteOptions(style=STYLE, strength="light", use_cache=False, learned=learned)
    result = rewrite_document(draft, options, engine)
    changes = diffing.diff_texts(draft, result.suggestion)
    return changes, result.explanations(changes), result.language


def rules_of(changes, explanations) -> list[str]:
    return [explanations[c.id].rule or "" for c in changes]


def teaching_order(files: list[Path], language: str, seed: int) -> list[Path]:
    """The writer's drafts: those in ``language``, in a fixed shuffled order."""
    mine = [f for f in files if f.stem.split("_")[0] == language]
    random.Random(seed).shuffle(mine)
    return mine


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--documents", type=int, default=20, help="drafts the writer reviews")
    ap.add_argument("--language", default="en", help="the writer's language (its drafts are reviewed)")
    ap.add_argument("--seed", type=int, default=1, help="the order the writer takes the drafts in")
    args = ap.parse_args()
    files = sorted(args.corpus.glob("*.md"))
    with tempfile.TemporaryDirectory() as tmp:
        paths.init(config_dir=Path(tmp) / "c", data_dir=Path(tmp) / "d", state_dir=Path(tmp) / "s",
                   cache_dir=Path(tmp) / "k")
        settings = config.Settings()
        engine = open_engine(settings)  # light asks no model: it is never loaded
        drafts = {f: f.read_text("utf-8") for f in files}

        before = {f: humanize(engine, drafts[f], None) for f in files}
        counts = Counter(r for changes, expl, lang in before.values() if lang.startswith(args.language)
                         for r in rules_of(changes, expl))
        disliked = [r for r, _ in counts.most_common() if r][:2]

        store = PreferenceStore(Path(tmp) / "d" / "learned.json")
        teaching: list[tuple[int, int, int]] = []  # per reviewed draft: disliked shown, others shown, accepted
        for f in teaching_order(files, args.language, args.seed)[:args.documents]:
            changes, expl, lang = humanize(engine, drafts[f], active(store, settings.learning))
            review = Review(drafts[f], diffing.apply_changes(drafts[f], changes), changes)
            for c in list(review.changes):
                (review.reject if (expl[c.id].rule or "") in disliked else review.accept)(c.id)
            shown = rules_of(changes, expl)
            teaching.append((sum(r in disliked for r in shown), sum(r not in disliked for r in shown),
                             sum(d.decision.value == "accepted" for d in review.decisions)))
            store.record(recording.decision_entries(review.decisions, expl, lang.split("_")[0], STYLE))
        store.save()
        learned = active(store, settings.learning)
        after = {f: humanize(engine, drafts[f], learned) for f in files}
        engine.close()

    def tally(runs: dict) -> tuple[int, int, int]:
        disliked_n = others = 0
        for changes, expl, _ in runs.values():
            rules = rules_of(changes, expl)
            disliked_n += sum(r in disliked for r in rules)
            others += sum(r not in disliked for r in rules)
        return disliked_n, others, others  # the scripted writer accepts every other change

    half = len(teaching) // 2
    rows = [("before: all drafts, nothing learned", tally(before)),
            (f"reviewed drafts 1-{half}", tuple(map(sum, zip(*teaching[:half])))),
            (f"reviewed drafts {half + 1}-{len(teaching)}", tuple(map(sum, zip(*teaching[half:])))),
            ("after: all drafts, with what was learned", tally(after))]
    print(f"{len(files)} drafts; the writer reviews {len(teaching)} {args.language} drafts at strength light, "
          f"rejecting every change of {' and '.join(disliked)} and accepting the rest.\n")
    print(f"{'':<42}{'disliked rules':>15}{'other changes':>15}{'accept rate':>13}")
    for name, (d, o, acc) in rows:
        print(f"{name:<42}{d:>15}{o:>15}{acc / (d + o) if d + o else 1.0:>13.0%}")
    d_before, d_after = rows[0][1][0], rows[3][1][0]
    rate = d_after / d_before if d_before else 0.0
    print(f"\nThe disliked rules come back at {rate:.0%} of their earlier rate (target: at most 5%); "
          f"other changes {rows[0][1][1]} before, {rows[3][1][1]} after.")
    print("Learned:")
    for p in derive(store, settings.learning):
        print(f"  {p.kind:<15} {p.decisions:>3}  {p.statement.text}")
    return 0 if rate <= 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
