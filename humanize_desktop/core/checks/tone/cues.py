"""Measuring tone: counting a text's tone cues and turning them into scores and a label.

``measure(text, lexicon)`` counts the cues of one paragraph (``ToneCounts``);
counts add up, so a document's tone is computed from cached paragraph counts
as readability's is. ``Tone.of(counts)`` turns counts into:

* ``formality`` 0..1: formal wording and long words against informal words,
  contractions and exclamation marks, per sentence (0.5 is unmarked);
* ``sentiment`` -1..1: positive words, gratitude and care against negative
  words, per sentence; a negation shortly before a word turns it round,
  an intensifier weighs it more, a downtoner less;
* ``label``, one of ``LABELS``: ``negative`` where bad news or displeasure
  outweighs any warmth and bluntness, ``warm`` with thanks, apology or care, ``curt`` for
  blunt orders and clipped sentences, ``formal`` for an official register,
  else ``neutral``.

The label thresholds were set on the development half of
``benchmarks/data/tone_labels.toml`` (``benchmarks/eval_tone.py``).
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, fields

import regex

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks.tone.lexicon import Lexicon
from humanize_desktop.core.checks.tone.wordlist import WithPatterns, WordList, WordMatch

WARM, NEUTRAL, FORMAL, CURT, NEGATIVE = "warm", "neutral", "formal", "curt", "negative"
LABELS = (WARM, NEUTRAL, FORMAL, CURT, NEGATIVE)

#: How strongly one cue per sentence moves formality and sentiment (tanh slope).
FORMALITY_SLOPE = 0.8
SENTIMENT_SLOPE = 0.8
#: A text all of long words counts this many formal cues per sentence (a share of them, that share).
LONG_WORDS_WEIGHT = 3.0
#: Each exclamation mark counts this much of an informal cue.
EXCLAMATION_WEIGHT = 0.5
#: A text needs this many formal cues per negative word before its negative words stop
#: making it "negative" (a lease that mentions damage is formal, not a complaint).
FORMAL_PER_NEGATIVE = 3.0
#: An apology outweighs this many negative words (it names what went wrong, kindly).
APOLOGY_WEIGHT = 2.0
#: An order of at most this many words counts fully as blunt; a longer instruction, half.
ORDER_WORDS = 7
#: Label thresholds.
NEGATIVE_BELOW = -0.3
CURT_PER_SENTENCE = 0.5
ENTHUSIASM_ABOVE = 0.5
FORMAL_ABOVE = 0.65

_WORD_RE = regex.compile(r"\p{L}+(?:['’]\p{L}+)*", regex.V1)
_CLAUSE_END_RE = regex.compile(r"[.,;:!?…]")


@dataclass
class ToneCounts:
    """The tone cues of a paragraph or a whole document (they add up)."""

    sentences: int = 0
    words: int = 0
    formal: float = 0.0
    long_words: int = 0
    informal: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    gratitude: int = 0
    apology: int = 0
    care: int = 0
    curt: float = 0.0

    def __iadd__(self, other: ToneCounts) -> ToneCounts:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self

    @property
    def warmth(self) -> int:
        return self.gratitude + self.apology + self.care


@dataclass(frozen=True)
class Tone:
    formality: float
    sentiment: float
    label: str

    @classmethod
    def of(cls, c: ToneCounts) -> Tone:
        per = max(1, c.sentences)
        formal = c.formal + LONG_WORDS_WEIGHT * per * c.long_words / max(1, c.words)
        formality = 0.5 + 0.5 * math.tanh(FORMALITY_SLOPE * (formal - c.informal) / per)
        sentiment = math.tanh(SENTIMENT_SLOPE * (c.positive + c.gratitude + c.care - c.negative) / per)
        return cls(round(formality, 3), round(sentiment, 3), label(c, formality, sentiment))

    def to_json(self) -> dict[str, float | str]:
        return {"formality": self.formality, "sentiment": self.sentiment, "label": self.label}


def label(c: ToneCounts, formality: float, sentiment: float) -> str:
    """The one word for the tone; see the module docstring for the order of the rules."""
    kindness = c.gratitude + c.care + APOLOGY_WEIGHT * c.apology
    if (sentiment <= NEGATIVE_BELOW and c.negative > kindness and c.negative >= c.curt
            and c.negative * FORMAL_PER_NEGATIVE > c.formal):
        return NEGATIVE
    if c.warmth and c.warmth >= c.curt:
        return WARM
    if c.curt / max(1, c.sentences) >= CURT_PER_SENTENCE:
        return CURT
    if sentiment >= ENTHUSIASM_ABOVE and formality < FORMAL_ABOVE:
        return WARM
    if formality >= FORMAL_ABOVE:
        return FORMAL
    return NEUTRAL


class _Spans:
    """Character spans already claimed by a stronger cue, so no words count twice."""

    def __init__(self) -> None:
        self.taken: list[tuple[int, int]] = []

    def claim(self, a: int, b: int) -> bool:
        if any(x < b and a < y for x, y in self.taken):
            return False
        self.taken.append((a, b))
        return True


def _matches(pattern: WordList | WithPatterns | None, text: str, spans: _Spans | None = None) -> list[WordMatch]:
    if pattern is None:
        return []
    found = pattern.finditer(text, overlapped=False)
    return [m for m in found if spans is None or spans.claim(*m.span())]


def measure(text: str, lex: Lexicon) -> ToneCounts:
    """The tone cues of ``text`` (one paragraph, or a sentence) in the lexicon's language."""
    c = ToneCounts()
    words = list(_WORD_RE.finditer(text))
    if not words:
        return c
    lowered = [w.group().lower().replace("’", "'") for w in words]
    starts = [w.start() for w in words]
    sentences = _sentences(text, lex.abbreviations)
    first_words = {bisect.bisect_left(starts, a) for a, _ in sentences}
    c.sentences = len(sentences)
    c.words = len(words)

    # Register.
    c.formal = len(_matches(lex.formal, text))
    c.formal += sum(1 for m in _matches(lex.formal_exact, text) if bisect.bisect_left(starts, m.start())
                    not in first_words)
    c.long_words = sum(1 for w in lowered if len(w) >= lex.long_word)
    c.informal = len(_matches(lex.informal, text)) + EXCLAMATION_WEIGHT * text.count("!")

    # Warmth first: its words do not count again as sentiment or curtness.
    claimed = _Spans()
    c.apology = len(_matches(lex.apology, text, claimed))
    c.gratitude = len(_matches(lex.gratitude, text, claimed))
    c.care = len(_matches(lex.care, text, claimed))
    warm_spans = list(claimed.taken)
    _matches(lex.neutral, text, claimed)  # "if you have any problems" claims its "problems"
    for sign, pattern in ((1, lex.positive), (-1, lex.negative)):
        for m in _matches(pattern, text, claimed):
            polarity = sign
            i = bisect.bisect_right(starts, m.start()) - 1
            weight = _weight(lowered, i, lex)
            if polarity > 0 and _rising_cost(lowered, i, lex):
                polarity = -1  # "costs rose": growth of something bad
            elif polarity < 0 and _falling_cost(lowered, i, lex):
                polarity = 1  # "fewer complaints", "errors fell": decline of something bad
            if _negated(text, words, lowered, i, lex):
                polarity_here, weight = -polarity, weight * (0.8 if polarity > 0 else 0.5)
            else:
                polarity_here = polarity
            if polarity_here > 0:
                c.positive += weight
            else:
                c.negative += weight

    # Bluntness: curt words, unsoftened orders, clipped sentences.
    _matches(lex.not_curt, text, claimed)  # "from now on" claims its "now"
    c.curt = len(_matches(lex.curt, text, claimed))
    for a, b in sentences:
        sentence = text[a:b].strip()
        softened = lex.softener is not None and lex.softener.search(sentence)
        n = len(_WORD_RE.findall(sentence))
        if lex.order is not None and not softened and not sentence.endswith("?") and lex.order.match(sentence):
            c.curt += 1 if n <= ORDER_WORDS else 0.5  # a long instruction reads less blunt than a short order
        if n <= lex.short_sentence and sentence.endswith(".") and not any(a <= x < b for x, _ in warm_spans):
            c.curt += 1
    return c


def _weight(words: list[str], i: int, lex: Lexicon) -> float:
    """An intensifier or downtoner just before the word, or an intensifier right after it ("fell sharply")."""
    before = " " + " ".join(words[max(0, i - 2):i]) + " "
    if i + 1 < len(words) and words[i + 1] in lex.intensifiers and words[i + 1].endswith(("ly", "lich")):
        return 1.5
    if any(f" {w} " in before for w in lex.intensifiers):
        return 1.5
    if any(f" {w} " in before for w in lex.downtoners):
        return 0.5
    return 1.0


def _negated(text: str, spans: list[regex.Match], words: list[str], i: int, lex: Lexicon) -> bool:
    """A negation a few words before ``words[i]``, in the same clause ("never answered. Terrible." is not)."""
    for j in range(i - 1, max(-1, i - 1 - lex.negation_scope), -1):
        if _CLAUSE_END_RE.search(text, spans[j].end(), spans[j + 1].start()):
            return False
        if words[j] in lex.negations or words[j].endswith("n't"):
            return True
    return False


def _sentences(text: str, abbreviations: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Sentences with words; a piece after an ordinal ("am 3. März") or an abbreviation joins the one before."""
    joined: list[tuple[int, int]] = []
    for a, b in segmentation.sentences(text):
        before = text[joined[-1][0]:joined[-1][1]].rstrip().lower() if joined else ""
        if before and (regex.search(r"(?<!\d)\d{1,2}\.$", before) or _ends_in_abbreviation(before, abbreviations)):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return [(a, b) for a, b in joined if _WORD_RE.search(text, a, b)]


def _ends_in_abbreviation(sentence: str, abbreviations: tuple[str, ...]) -> bool:
    """Does ``sentence`` (lower-cased, stripped) end in one of ``abbreviations`` as whole words?"""
    return any(sentence == a or sentence.endswith((" " + a, "(" + a)) for a in abbreviations)


def _falling_cost(words: list[str], i: int, lex: Lexicon) -> bool:
    """Is ``words[i]`` a decline after a cost ("costs fell"), or a cost after a decline ("fewer delays")?"""
    if lex.falling is None or lex.costs is None:
        return False
    near = words[max(0, i - 3):i]
    if lex.falling.fullmatch(words[i]):
        return any(lex.costs.fullmatch(w) for w in words[max(0, i - 4):i])
    return bool(lex.costs.fullmatch(words[i])) and any(lex.falling.fullmatch(w) for w in near)


def _rising_cost(words: list[str], i: int, lex: Lexicon) -> bool:
    """Is ``words[i]`` a word of growth shortly after something whose growth is bad ("costs rose")?"""
    if lex.rising is None or not lex.rising.fullmatch(words[i]):
        return False
    return lex.costs is not None and any(lex.costs.fullmatch(w) for w in words[max(0, i - 4):i])
