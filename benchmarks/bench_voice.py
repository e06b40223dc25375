"""Voice steering: do two very different voices pull the same drafts toward each of them?

Learns two profiles from the sample sets under ``benchmarks/data/voice/``
(``casual``: short sentences with contractions; ``formal``: long sentences
without them; prose written for this benchmark), then humanizes the same
English drafts of ``benchmarks/data/rewrite_corpus`` toward each voice with
the app's own ``rewrite_document`` (the bundled model for *medium*; *light*
asks no model) and, per voice and strength, reports the distance to the
profile before (the plain humanized text, no voice) and after (humanized
toward the voice) in mean sentence length (words) and contractions per 100
words, and the share of the gap that closed. Target: each voice closes at
least a third of the gap in both.

    .venv/bin/python benchmarks/bench_voice.py [--strength light medium] [--drafts NAME ...]

Without ``--drafts`` every English draft of the corpus is used; the README's
medium row used ``--drafts`` with ``MEDIUM_DRAFTS`` (the model is slow on two cores).

Under the table, the ceilings of the plain humanized text (light), so a
miss can be told from a limit of the drafts: the contraction rate if every
written-out form the voice data knows ("do not", "we have", ...) were
contracted, context ignored; and the mean sentence length if every
paragraph's sentences were joined, up to ``rules.JOIN_MAX_WORDS`` words and
without limit. Each with the share of the gap it would close.

Measured (light, seed 1; the README has the table): four drafts casual 29 %
(length) / 17 % (contractions), formal 4 % / 89 %; all 20 English drafts
casual 15 % / 10 %, formal 5 % / 91 %. Ceilings on the four: contractions
29 % (context ignored, so "you have any" counts), formal length 19 % (40
words) or 30 % (every paragraph one sentence); on the twenty 13 %, 16 %, 30 %.

Profiles and caches go to a temporary folder; nothing is written to the
user's data.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from humanize_desktop import config, paths  # noqa: E402
from humanize_desktop.core.engine import open_engine  # noqa: E402
from humanize_desktop.core.rewriting.document import rewrite_document  # noqa: E402
from humanize_desktop.core.rewriting.options import RewriteOptions
from humanize_desktop.core.checks import readability  # noqa: E402
from humanize_desktop.core.voice import profile as profiles  # noqa: E402
from humanize_desktop.core.voice import rules  # noqa: E402
from humanize_desktop.core.voice.language import voice_data  # noqa: E402
from humanize_desktop.core.voice.stats import measure, prose_pieces  # noqa: E402

HERE = Path(__file__).resolve().parent
SAMPLES = HERE / "data" / "voice"
CORPUS = HERE / "data" / "rewrite_corpus"
#: The drafts the README's medium row used (the model makes medium slow on two cores).
MEDIUM_DRAFTS = ("en_launch", "en_email", "en_support_reply", "en_blog_remote")
TARGET = 1 / 3


def learn(name: str) -> profiles.VoiceProfile:
    files = sorted((SAMPLES / name).iterdir())
    return profiles.learn(name, [(f.name, f.read_text("utf-8")) for f in files], "en")


def closed(before: float, after: float) -> float:
    """Share of the gap closed; a gap that was already (near) zero counts as closed if it stayed so."""
    if before < 0.05:
        return 1.0 if after < 0.05 else 0.0
    return (before - after) / before


def contraction_ceiling(text: str) -> float:
    """Contractions per 100 words if every written-out form the voice data knows were contracted."""
    data = voice_data("en")
    counts = measure(text, "en")
    phrases = [*data.negations, *data.before_word, *data.before_participle]
    hits = {p: len(rules.phrase_re(p).findall(text)) for p in phrases}
    found = sum(hits.values())
    # A contraction makes one word of two ("do not" -> "don't"; "cannot" -> "can't" stays one).
    words = counts.words - sum(n for p, n in hits.items() if " " in p)
    return 100.0 * (counts.contractions + found) / words if words else 0.0


def join_ceiling(text: str, cap: float) -> float:
    """Mean sentence length if each paragraph's sentences were joined, up to ``cap`` words a sentence."""
    lengths = []
    for piece in prose_pieces(text):
        current = 0
        for n in readability.analyse(piece, "en")[0].sentence_lengths:
            if current and current + n > cap:
                lengths.append(current)
                current = 0
            current += n
        if current:
            lengths.append(current)
    return sum(lengths) / len(lengths) if lengths else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--strength", nargs="+", default=["light", "medium"], choices=("light", "medium", "strong"))
    parser.add_argument("--drafts", nargs="+", help="draft names (default: every English draft of the corpus)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("config", "data", "state", "cache"):
            os.environ[f"HUMANIZE_{kind.upper()}_DIR"] = str(Path(tmp) / kind)
        paths.init()
        settings = config.load()
        voices = [learn("casual"), learn("formal")]
        names = args.drafts or sorted(p.stem for p in CORPUS.glob("en_*.md"))
        drafts = {name: (CORPUS / f"{name}.md").read_text("utf-8") for name in names}
        engine = open_engine(settings)
        print(f"drafts: {', '.join(drafts)}")
        for v in voices:
            print(f"voice {v.name}: {v.words} words, sentences {v.sentence_mean:g} words, "
                  f"contractions {v.contractions:g} per 100 words")
        print()
        header = (f"{'strength':8} {'voice':7} | {'sent. len.':>10} {'gap before':>10} {'after':>6} {'closed':>7} | "
                  f"{'contr.':>6} {'gap before':>10} {'after':>6} {'closed':>7} | {'s':>5}")
        print(header)
        print("-" * len(header))
        ok = True
        ceilings: list[tuple[float, float, float, float, float]] = []
        try:
            for strength in args.strength:
                base_text = {}
                for name, draft in drafts.items():
                    options = RewriteOptions(strength=strength, seed=1, use_cache=False)
                    base_text[name] = rewrite_document(draft, options, engine).suggestion
                base = measure("\n\n".join(base_text.values()), "en")
                if strength == "light":
                    plain = "\n\n".join(base_text.values())
                    ceilings.append((contraction_ceiling(plain), base.contraction_rate,
                                     join_ceiling(plain, rules.JOIN_MAX_WORDS), join_ceiling(plain, float("inf")),
                                     base.sentence_mean))
                for v in voices:
                    started = time.perf_counter()
                    steered = []
                    for name, draft in drafts.items():
                        options = RewriteOptions(strength=strength, seed=1, use_cache=False, voice=v)
                        steered.append(rewrite_document(draft, options, engine).suggestion)
                    seconds = time.perf_counter() - started
                    after = measure("\n\n".join(steered), "en")
                    sl_before = abs(base.sentence_mean - v.sentence_mean)
                    sl_after = abs(after.sentence_mean - v.sentence_mean)
                    c_before = abs(base.contraction_rate - v.contractions)
                    c_after = abs(after.contraction_rate - v.contractions)
                    sl_closed, c_closed = closed(sl_before, sl_after), closed(c_before, c_after)
                    ok = ok and sl_closed >= TARGET and c_closed >= TARGET
                    print(f"{strength:8} {v.name:7} | {after.sentence_mean:10.1f} {sl_before:10.1f} {sl_after:6.1f} "
                          f"{sl_closed:7.0%} | {after.contraction_rate:6.2f} {c_before:10.2f} {c_after:6.2f} "
                          f"{c_closed:7.0%} | {seconds:5.0f}")
        finally:
            engine.close()
        casual, formal = voices
        for contracted, rate, joined, all_joined, mean in ceilings:
            print()
            gap = abs(rate - casual.contractions)
            print(f"ceiling, every known written-out form contracted: {contracted:.2f} per 100 words, "
                  f"{closed(gap, abs(contracted - casual.contractions)):.0%} of the {casual.name} gap")
            gap = abs(mean - formal.sentence_mean)
            print(f"ceiling, each paragraph's sentences joined: {joined:.1f} words up to {rules.JOIN_MAX_WORDS} "
                  f"a sentence ({closed(gap, abs(joined - formal.sentence_mean)):.0%} of the {formal.name} gap), "
                  f"{all_joined:.1f} without limit ({closed(gap, abs(all_joined - formal.sentence_mean)):.0%})")
        print()
        print(f"target: every voice closes at least {TARGET:.0%} of both gaps: {'met' if ok else 'NOT met'}")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
