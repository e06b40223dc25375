"""AI-likeness measured with the loaded model: a signal with before/after, never a verdict.

Three measurements from one scoring pass (``Scorer.score``: per token, the
log-probability of the observed token, and the mean and variance of the
log-probability under the model's own distribution at that position):

* **Perplexity per sentence**: ``exp(-mean log p)``. Machine text is
  predictable, so its perplexity tends to be low.
* **Burstiness**: how much perplexity varies from sentence to sentence
  (standard deviation over mean of the per-sentence perplexities). People
  mix plain and surprising sentences; models are evenly predictable.
* **Fast-DetectGPT, analytic single-model criterion** (Bao et al., 2024):
  ``(sum log p(x_t) - sum mu_t) / sqrt(sum sigma_t^2)``, how much more
  likely the text is than typical samples of the model itself, in standard
  deviations. Higher means more like the model's own output.

All three depend on the model and the text's length and genre; a small
model scores human text "machine-like" too. So the app shows them as a
comparison of draft and suggestion, and never labels a text as written by
a machine. Paragraphs are scored separately, in pieces of at most
``MAX_CHARS`` characters, so the scorer's context (and memory) stays small;
the runner caches the result per paragraph.
"""

from __future__ import annotations

import logging
import math
import statistics
from dataclasses import dataclass
from typing import Any, Protocol, Sequence

from humanize_desktop.core import segmentation
from humanize_desktop.core.errors import HumanizeError

log = logging.getLogger(__name__)

#: Longest piece of text scored in one call (about 400 tokens of English).
MAX_CHARS = 1600


class TokenScoreLike(Protocol):
    token: str
    logprob: float
    expected_logprob: float
    variance: float


class Scorer(Protocol):
    """What AI-likeness needs from a model engine (``core.engine.base.Engine`` fits)."""

    def score(self, text: str) -> Sequence[TokenScoreLike]: ...


@dataclass(frozen=True)
class SentenceScore:
    start: int  # relative to the paragraph
    end: int
    tokens: int
    logprob: float  # sums over the sentence's tokens
    expected: float
    variance: float

    @property
    def perplexity(self) -> float:
        return math.exp(-self.logprob / self.tokens) if self.tokens else float("nan")

    @property
    def fast_detectgpt(self) -> float:
        """The sentence's own Fast-DetectGPT criterion (NaN without variance)."""
        return fast_detectgpt(self.logprob, self.expected, self.variance)

    @property
    def heat(self) -> float:
        """How machine-like the sentence reads to the model, 0..1, for the window's heat strip.

        People's prose scores near 0 on the criterion, machine text a few
        standard deviations: -1 maps to 0 and 3 to 1. A signal, never a verdict.
        """
        criterion = self.fast_detectgpt
        if not self.tokens or not math.isfinite(criterion):
            return 0.0
        return max(0.0, min(1.0, (criterion + 1.0) / 4.0))


def fast_detectgpt(logprob: float, expected: float, variance: float) -> float:
    """``(sum log p - sum mu) / sqrt(sum sigma^2)`` over some tokens; NaN when the variance is 0."""
    return (logprob - expected) / math.sqrt(variance) if variance > 0 else float("nan")


def _pieces(text: str) -> list[tuple[int, int]]:
    """Sentence-aligned pieces of at most MAX_CHARS (a longer sentence is cut at a space)."""
    pieces: list[tuple[int, int]] = []
    start = end = 0
    for s, e in segmentation.sentences(text):
        if e - start > MAX_CHARS and end > start:
            pieces.append((start, end))
            start = end
        while e - start > MAX_CHARS:
            cut = text.rfind(" ", start, start + MAX_CHARS)
            cut = cut if cut > start else start + MAX_CHARS
            pieces.append((start, cut))
            start = cut
        end = e
    if end > start:
        pieces.append((start, end))
    return pieces


def _align(text: str, scores: Sequence[TokenScoreLike]) -> list[int]:
    """Start offset in ``text`` of each scored token (tokens carry text, not offsets)."""
    starts: list[int] = []
    pos = 0
    for ts in scores:
        piece = ts.token.strip()
        found = text.find(piece, pos, pos + len(ts.token) + 16) if piece else -1
        if found >= 0:
            starts.append(found)
            pos = found + len(piece)
        else:  # a byte fragment of a multi-byte character, or a special token
            starts.append(min(pos, max(0, len(text) - 1)))
    return starts


def measure_paragraph(scorer: Scorer, text: str) -> list[SentenceScore]:
    """Per-sentence sums for one paragraph (offsets relative to it)."""
    sentences = [(s, e) for s, e in segmentation.sentences(text) if segmentation.count_words(text[s:e])]
    if not sentences:
        return []
    sums = [[0, 0.0, 0.0, 0.0] for _ in sentences]
    bounds = [s for s, _ in sentences]
    for p0, p1 in _pieces(text):
        piece = text[p0:p1]
        if not piece.strip():
            continue
        scores = list(scorer.score(piece))
        for ts, start in zip(scores, _align(piece, scores)):
            if not (math.isfinite(ts.logprob) and math.isfinite(ts.expected_logprob)):
                continue
            i = max(0, _bisect_right(bounds, p0 + start) - 1)
            acc = sums[i]
            acc[0] += 1
            acc[1] += ts.logprob
            acc[2] += ts.expected_logprob
            acc[3] += max(0.0, ts.variance)
    return [SentenceScore(s, e, int(n), lp, ex, var)
            for (s, e), (n, lp, ex, var) in zip(sentences, sums) if n]


def _bisect_right(values: list[int], x: int) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


@dataclass(frozen=True)
class AiLikeness:
    """The measurements of one text."""

    tokens: int
    sentences: int
    perplexity: float  # of the whole text
    sentence_perplexity_mean: float
    sentence_perplexity_stdev: float
    burstiness: float  # stdev / mean of the sentence perplexities
    fast_detectgpt: float  # the analytic criterion, in standard deviations

    def to_json(self) -> dict[str, Any]:
        def r(x: float, digits: int = 2) -> float | None:
            return round(x, digits) if math.isfinite(x) else None

        return {
            "available": True,
            "tokens": self.tokens,
            "sentences": self.sentences,
            "perplexity": r(self.perplexity),
            "sentence_perplexity": {"mean": r(self.sentence_perplexity_mean),
                                    "stdev": r(self.sentence_perplexity_stdev)},
            "burstiness": r(self.burstiness, 3),
            "fast_detectgpt": r(self.fast_detectgpt, 3),
            "summary": self.summary(),
            "note": "a signal that depends on the model, length and genre; not a verdict",
        }

    def summary(self) -> str:
        if not self.tokens:
            return "nothing to score"
        return (f"perplexity {self.perplexity:.1f}, burstiness {self.burstiness:.2f}, "
                f"Fast-DetectGPT criterion {self.fast_detectgpt:.2f}")


def summarise(paragraphs: Sequence[Sequence[SentenceScore]]) -> AiLikeness:
    """Combine per-paragraph sentence scores into the document's measurements."""
    sentences = [s for para in paragraphs for s in para]
    n = sum(s.tokens for s in sentences)
    if n == 0:
        nan = float("nan")
        return AiLikeness(0, 0, nan, nan, nan, nan, nan)
    logprob = sum(s.logprob for s in sentences)
    expected = sum(s.expected for s in sentences)
    variance = sum(s.variance for s in sentences)
    ppl = [s.perplexity for s in sentences]
    mean = statistics.fmean(ppl)
    stdev = statistics.pstdev(ppl) if len(ppl) > 1 else 0.0
    return AiLikeness(n, len(sentences), math.exp(-logprob / n), mean, stdev,
                      stdev / mean if mean else float("nan"), fast_detectgpt(logprob, expected, variance))


def measure(scorer: Scorer, text: str) -> AiLikeness:
    """Measurements of a whole text, paragraph by paragraph (no caching)."""
    return summarise([measure_paragraph(scorer, text[s:e]) for s, e in segmentation.paragraphs(text)])


def compare(before: AiLikeness, after: AiLikeness) -> dict[str, Any]:
    """Draft versus suggestion, as the GUI and reports show it: numbers and plain words."""
    def delta(a: float, b: float) -> float | None:
        return round(b - a, 3) if math.isfinite(a) and math.isfinite(b) else None

    words = []
    d_ppl = delta(before.perplexity, after.perplexity)
    if d_ppl is not None:
        words.append("less predictable" if d_ppl > 0 else "more predictable" if d_ppl < 0 else "as predictable")
    d_burst = delta(before.burstiness, after.burstiness)
    if d_burst is not None:
        words.append("more varied sentence to sentence" if d_burst > 0 else "more uniform sentence to sentence"
                     if d_burst < 0 else "as varied")
    d_crit = delta(before.fast_detectgpt, after.fast_detectgpt)
    if d_crit is not None:
        words.append("further from" if d_crit < 0 else "closer to" if d_crit > 0 else "as close to")
        words[-1] += " the model's own style"
    return {
        "before": before.to_json(),
        "after": after.to_json(),
        "change": {"perplexity": d_ppl, "burstiness": d_burst, "fast_detectgpt": d_crit},
        "summary": ("The suggestion is " + ", ".join(words) + " than the draft.") if words else "",
    }


def default_scorer(settings: Any) -> tuple[Scorer | None, str]:
    """The engine to score with, per the settings, or None and the reason there is none."""
    try:
        from humanize_desktop.core.engine import open_engine  # type: ignore[attr-defined]
    except ImportError:
        return None, "the model engine is not available in this build"
    try:
        return open_engine(settings), ""
    except (HumanizeError, OSError) as exc:  # no model, a broken file, an engine that will not start
        log.info("no model to score AI-likeness: %s", exc)
        return None, f"no language model could be loaded to score AI-likeness ({exc})"
