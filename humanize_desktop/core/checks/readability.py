"""Readability: grade level, reading ease, sentence length and its variation.

Counts are gathered per paragraph (``Counts``) and added up, so a document's
scores are recomputed from cached paragraph counts after an edit. The
formulas are the published ones for each language where one exists:

* English: Flesch reading ease and the Flesch–Kincaid grade level.
* German: Amstad's reading ease and the first Wiener Sachtextformel (grade).
* French: Kandel & Moles' reading ease (no grade formula in common use).
* Spanish: Szigriszt-Pazos' perspicuity (the INFLESZ scale) and Crawford's grade level.
* Every language: LIX (Björnsson), which needs no syllables.

Syllables are counted from vowel groups with per-language corrections
(silent final *e* in English and French, hiatus in Spanish); good enough
for formulas that were themselves fitted on rough counts.

Very long sentences become ``readability`` findings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import regex

from humanize_desktop.core import markdown, messages, segmentation
from humanize_desktop.core.checks.findings import READABILITY, Finding
from humanize_desktop.core.checks.language import base

messages.register({"readability.long-sentence": "This sentence has {words} words; sentences over {limit} are hard "
                                               "to follow. Consider splitting it."})

ENGINE = "readability"
#: Sentences longer than this many words are flagged.
LONG_SENTENCE_WORDS = 40

_VOWELS = {
    "en": "aeiouy",
    "de": "aeiouyäöü",
    "fr": "aeiouyàâäéèêëîïôöùûüÿœæ",
    "es": "aeiouáéíóúü",
}
_DEFAULT_VOWELS = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüÿœ"
_LETTERS_RE = regex.compile(r"\p{L}+")


def syllables(word: str, language: str) -> int:
    """Approximate syllable count of one word (at least 1)."""
    lang = base(language)
    w = word.lower()
    vowels = _VOWELS.get(lang, _DEFAULT_VOWELS)
    groups = regex.findall(f"[{vowels}]+", w)
    n = len(groups)
    if lang == "en":
        if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and n > 1:
            n -= 1  # silent final e: "make", "home"
        elif w.endswith(("es", "ed")) and n > 1 and not w.endswith(("les", "ted", "ded", "ses", "ces", "ges", "zes")):
            n -= 1  # "makes", "jumped"
    elif lang == "fr":
        if regex.search(r"[^aeiouy]e(s|nt)?$", w) and n > 1:
            n -= 1  # mute e: "table", "tables", "parlent"
    elif lang == "es":
        # Two strong vowels side by side are separate syllables ("le-er").
        n += sum(len(regex.findall(r"[aeoáéó](?=[aeoáéó])", g)) for g in groups)
    return max(1, n)


@dataclass
class Counts:
    """What the formulas need, for one paragraph or a whole document."""

    sentence_lengths: list[int] = field(default_factory=list)  # words per sentence
    words: int = 0
    syllables: int = 0
    long_words: int = 0  # more than six letters (LIX)
    polysyllables: int = 0  # three syllables or more
    monosyllables: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.sentence_lengths.extend(other.sentence_lengths)
        self.words += other.words
        self.syllables += other.syllables
        self.long_words += other.long_words
        self.polysyllables += other.polysyllables
        self.monosyllables += other.monosyllables
        return self


def _prose_ranges(text: str) -> list[tuple[int, int]]:
    """Parts of ``text`` that are prose, not code blocks or tables."""
    skip = sorted((s.start, s.end) for s in markdown.structure_spans(text)
                  if s.kind in (markdown.CODE_BLOCK, markdown.TABLE))
    ranges, pos = [], 0
    for a, b in skip:
        if a > pos:
            ranges.append((pos, a))
        pos = max(pos, b)
    if pos < len(text):
        ranges.append((pos, len(text)))
    return ranges


def analyse(text: str, language: str) -> tuple[Counts, list[Finding]]:
    """Counts of one paragraph, and findings for its overlong sentences."""
    counts = Counts()
    findings: list[Finding] = []
    for r0, r1 in _prose_ranges(text):
        for s, e in segmentation.sentences(text, r0, r1):
            words = segmentation.words(text[s:e])
            letter_words = [w for w in words if _LETTERS_RE.search(w)]
            if not letter_words:
                continue
            counts.sentence_lengths.append(len(words))
            counts.words += len(words)
            for w in letter_words:
                n = syllables(w, language)
                counts.syllables += n
                counts.polysyllables += n >= 3
                counts.monosyllables += n == 1
                counts.long_words += len(w) > 6
            if len(words) > LONG_SENTENCE_WORDS:
                end = s + len(text[s:e].rstrip())
                note = messages.make("readability.long-sentence", words=len(words), limit=LONG_SENTENCE_WORDS)
                findings.append(Finding.said(s, end, READABILITY, note, (), ENGINE, "readability:long-sentence"))
    return counts, findings


def _round(x: float | None) -> float | None:
    return None if x is None or math.isnan(x) else round(x, 1)


def scores(counts: Counts, language: str) -> dict[str, Any]:
    """Readability scores of ``counts`` for the JSON ``scores.readability`` object."""
    lang = base(language)
    n_sent = len(counts.sentence_lengths)
    result: dict[str, Any] = {
        "language": lang,
        "words": counts.words,
        "sentences": n_sent,
        "grade": None,
        "grade_formula": None,
        "reading_ease": None,
        "reading_ease_formula": None,
        "lix": None,
        "sentence_length": {"mean": None, "stdev": None, "variation": None},
    }
    if counts.words == 0 or n_sent == 0:
        return result
    asl = counts.words / n_sent  # average sentence length
    asw = counts.syllables / counts.words  # average syllables per word
    mean = asl
    stdev = math.sqrt(sum((x - mean) ** 2 for x in counts.sentence_lengths) / n_sent)
    result["sentence_length"] = {"mean": _round(mean), "stdev": _round(stdev),
                                 "variation": round(stdev / mean, 2) if mean else None}
    result["lix"] = _round(asl + 100 * counts.long_words / counts.words)
    if lang == "en":
        result["reading_ease"], result["reading_ease_formula"] = 206.835 - 1.015 * asl - 84.6 * asw, "Flesch"
        result["grade"], result["grade_formula"] = 0.39 * asl + 11.8 * asw - 15.59, "Flesch-Kincaid"
    elif lang == "de":
        result["reading_ease"], result["reading_ease_formula"] = 180 - asl - 58.5 * asw, "Amstad"
        ms = 100 * counts.polysyllables / counts.words
        iw = 100 * counts.long_words / counts.words
        es = 100 * counts.monosyllables / counts.words
        result["grade"] = 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875
        result["grade_formula"] = "Wiener Sachtextformel"
    elif lang == "fr":
        result["reading_ease"], result["reading_ease_formula"] = 207 - 1.015 * asl - 73.6 * asw, "Kandel-Moles"
    elif lang == "es":
        per100_syll = 100 * asw
        per100_sent = 100 * n_sent / counts.words
        result["reading_ease"] = 206.835 - 62.3 * asw - asl
        result["reading_ease_formula"] = "Szigriszt-Pazos"
        result["grade"], result["grade_formula"] = -0.205 * per100_sent + 0.049 * per100_syll - 3.407, "Crawford"
    for key in ("reading_ease", "grade"):
        result[key] = _round(result[key])
    return result
