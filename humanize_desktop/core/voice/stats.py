"""Measuring a voice: the countable habits of a piece of writing.

``measure(text, language) -> Counts`` counts, over the prose of ``text``
(Markdown code, tables and the like left out, headings too, as
``rewriting.units`` cuts them): words and sentences (``checks.readability``,
which owns counting them with ``core.segmentation``), sentences per paragraph,
contractions and first/second-person words (the language's
``resources/voice`` data), long words, punctuation marks, how sentences
open, and British or American spellings. Counts of several samples add up
(``+``), so a profile learned from five files is the sum of five measures.

The rates a profile keeps (per 100 words, means) come from ``Counts``'
properties; ``sentence_mean`` and ``contraction_rate`` are also what the
candidate score and the benchmark compare with a profile.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

import regex

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import readability
from humanize_desktop.core.rewriting import units
from humanize_desktop.core.voice.language import VoiceData, normalise, voice_data

#: Punctuation habits, each a pattern over prose; counted per 100 words.
PUNCTUATION: dict[str, regex.Pattern[str]] = {
    "commas": regex.compile(r",(?!\d)"),
    "semicolons": regex.compile(r";"),
    "colons": regex.compile(r"(?<!\d):(?!\d|//)"),
    # An em dash anywhere, a spaced en dash or hyphen, or a double hyphen ("3–5" is a range, not a dash).
    "dashes": regex.compile(r"—|\s[–-]\s|--"),
    "exclamations": regex.compile(r"!+"),
    "questions": regex.compile(r"\?+"),
    "parentheses": regex.compile(r"\("),
    "ellipses": regex.compile(r"…|\.\.\."),
}
#: How many favourite openers a profile keeps, and how often one must occur to be a habit.
OPENERS_KEPT = 5
OPENER_MIN_COUNT = 2


@dataclass
class Counts:
    words: int = 0
    sentence_lengths: list[int] = field(default_factory=list)
    paragraph_sentences: list[int] = field(default_factory=list)
    contractions: int = 0
    first_person: int = 0
    second_person: int = 0
    long_words: int = 0
    punctuation: Counter[str] = field(default_factory=Counter)
    openers: Counter[str] = field(default_factory=Counter)
    british: int = 0
    american: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.words + other.words, self.sentence_lengths + other.sentence_lengths,
                      self.paragraph_sentences + other.paragraph_sentences, self.contractions + other.contractions,
                      self.first_person + other.first_person, self.second_person + other.second_person,
                      self.long_words + other.long_words, self.punctuation + other.punctuation,
                      self.openers + other.openers, self.british + other.british, self.american + other.american)

    def per_100(self, count: int) -> float:
        return 100.0 * count / self.words if self.words else 0.0

    @property
    def sentence_mean(self) -> float:
        return statistics.fmean(self.sentence_lengths) if self.sentence_lengths else 0.0

    @property
    def sentence_stdev(self) -> float:
        return statistics.pstdev(self.sentence_lengths) if len(self.sentence_lengths) > 1 else 0.0

    @property
    def paragraph_mean(self) -> float:
        """Sentences per paragraph."""
        return statistics.fmean(self.paragraph_sentences) if self.paragraph_sentences else 0.0

    @property
    def contraction_rate(self) -> float:
        return self.per_100(self.contractions)

    @property
    def spelling(self) -> str:
        if self.british == self.american:
            return "mixed" if self.british else "unknown"
        return "british" if self.british > self.american else "american"

    def favourite_openers(self) -> list[str]:
        common = [(w, n) for w, n in self.openers.items() if n >= OPENER_MIN_COUNT]
        return [w for w, _ in sorted(common, key=lambda wn: (-wn[1], wn[0]))[:OPENERS_KEPT]]


def prose_pieces(text: str) -> list[str]:
    """The paragraphs and list items of ``text`` that are prose (no headings, code or tables)."""
    out = []
    for block in units.split_document(text):
        if not block.rewritable:
            continue
        for piece in block.pieces:
            if piece.prefix.lstrip().startswith("#") or piece.suffix.startswith("\n"):
                continue  # a heading says what follows; it is no sentence of the voice
            if piece.text.strip():
                out.append(piece.text)
    return out


def _opener(words: list[str], data: VoiceData) -> str:
    """The transition a sentence opens with ("on the other hand"), else its first word."""
    low = [normalise(w) for w in words[:4]]
    for t in data.transitions:
        parts = t.split()
        if low[:len(parts)] == parts:
            return t
    return low[0] if low else ""


def measure_piece(text: str, data: VoiceData, counts: Counts) -> None:
    """Add one prose paragraph's habits to ``counts``."""
    language = data.language or "en"
    readable, _ = readability.analyse(text, language)
    if not readable.words:
        return
    counts.words += readable.words
    counts.sentence_lengths += readable.sentence_lengths
    counts.paragraph_sentences.append(len(readable.sentence_lengths))
    counts.long_words += readable.long_words
    for s, e in segmentation.sentences(text):
        words = segmentation.words(text[s:e])
        if words:
            counts.openers[_opener(words, data)] += 1
        for w in words:
            key = normalise(w)
            counts.contractions += data.is_contraction(w)
            stem = key.split("'")[0]  # "I'm" is first person, "you're" second
            counts.first_person += stem in data.first_person
            counts.second_person += stem in data.second_person
            counts.british += key in data.british
            counts.american += key in data.american
    for kind, pattern in PUNCTUATION.items():
        counts.punctuation[kind] += sum(1 for _ in pattern.finditer(text))


def measure(text: str, language: str) -> Counts:
    """The habits of ``text`` (a whole sample or a draft) in ``language``."""
    data = voice_data(language)
    counts = Counts()
    for piece in prose_pieces(text):
        measure_piece(piece, data, counts)
    return counts
