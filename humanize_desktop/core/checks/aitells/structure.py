"""Habits of machine prose found by counting rather than by phrase.

Each detector works on one paragraph and returns spans: uniform sentence
lengths (low burstiness), piled-up lists of three, em-dash overuse (over a
whole document), sentences that open with the same word, over-long
sentences, and sentences with several passive constructions. Thresholds
and the per-language passive pattern come from the lexicon's ``[style]``.
List items, headings, table rows and code are not prose sentences here:
parallel list items starting with the same verb are good writing.
"""

from __future__ import annotations

import statistics
from collections import defaultdict

import regex

from humanize_desktop.core import markdown, segmentation
from humanize_desktop.core.checks.aitells.loading import Lexicon, Style

_NOT_PROSE = (markdown.LIST, markdown.HEADING, markdown.TABLE, markdown.CODE_BLOCK)
_DASH_RE = regex.compile(r"[ \t]?—[ \t]?|[ \t]–[ \t]")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    return start, start + len(text[start:end].rstrip())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences with words, trailing white space trimmed."""
    return [_trimmed(text, s, e) for s, e in segmentation.sentences(text) if segmentation.count_words(text[s:e]) > 0]


def prose_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences outside list items, headings, tables and code."""
    spans = markdown.structure_spans(text)
    line_marks = {text.rfind("\n", 0, s.start) + 1 for s in spans if s.kind in _NOT_PROSE[:3]}
    code = [(s.start, s.end) for s in spans if s.kind in (markdown.CODE_BLOCK, markdown.CODE)]
    found = []
    for s, e in sentence_spans(text):
        line = text.rfind("\n", 0, s) + 1
        if line in line_marks or any(a <= s < b for a, b in code):
            continue
        found.append((s, e))
    return found


def uniform_run(text: str, style: Style) -> list[tuple[int, int]]:
    """The paragraph's sentences when they are all about the same length, else []."""
    spans = sentence_spans(text)
    if len(spans) < max(2, style.uniform_min_sentences):
        return []
    lengths = [segmentation.count_words(text[s:e]) for s, e in spans]
    mean = statistics.fmean(lengths)
    if mean < 5:  # lists of short items, not prose
        return []
    if statistics.pstdev(lengths) / mean >= style.uniform_max_variation:
        return []
    return spans


def triads(text: str, lex: Lexicon) -> list[regex.Match[str]]:
    """Lists of three ("A, B and C"), when the paragraph has enough of them to be a habit."""
    if lex.triad is None or lex.style.triads_per_paragraph <= 0:
        return []
    found = list(lex.triad.finditer(text))
    return found if len(found) >= lex.style.triads_per_paragraph else []


def dashes(text: str) -> list[regex.Match[str]]:
    return list(_DASH_RE.finditer(text))


Spans = list[tuple[int, int]]


def repeated_openers(text: str, style: Style, prose: Spans | None = None) -> Spans:
    """The first word of each sentence after the first that opens with a word used too often."""
    if style.repeated_opener_count < 2:
        return []
    by_word: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, e in prose_sentences(text) if prose is None else prose:
        first = next((t for t in segmentation.tokenize(text, s, e) if t.word), None)
        if first is not None:
            at = first.start + first.text.index(first.word)
            by_word[first.word.casefold()].append((at, at + len(first.word)))
    found = []
    for spans in by_word.values():
        if len(spans) >= style.repeated_opener_count:
            found.extend(spans[1:])
    return sorted(found)


def long_sentences(text: str, style: Style, prose: Spans | None = None) -> Spans:
    if style.long_sentence_words <= 0:
        return []
    return [(s, e) for s, e in (prose_sentences(text) if prose is None else prose)
            if segmentation.count_words(text[s:e]) > style.long_sentence_words]


def passive_chains(text: str, lex: Lexicon, prose: Spans | None = None) -> Spans:
    """Sentences with at least ``passive_per_sentence`` passive constructions."""
    if lex.passive is None or lex.style.passive_per_sentence <= 0:
        return []
    return [(s, e) for s, e in (prose_sentences(text) if prose is None else prose)
            if len(lex.passive.findall(text, s, e)) >= lex.style.passive_per_sentence]


def detect(detector: str, text: str, lex: Lexicon, prose: Spans | None = None) -> Spans:
    """Spans a ``[[structures]]`` entry's detector finds in one paragraph (``prose``: its
    ``prose_sentences``, when the caller already has them)."""
    if detector == "uniform-length":
        run = uniform_run(text, lex.style)
        # Splitting the longest sentence is what breaks an even rhythm best.
        return [max(run, key=lambda span: (segmentation.count_words(text[span[0]:span[1]]), -span[0]))] if run else []
    if detector == "triplet":
        return [m.span() for m in triads(text, lex)]
    if detector == "repeated-opener":
        return repeated_openers(text, lex.style, prose)
    if detector == "long-sentence":
        return long_sentences(text, lex.style, prose)
    if detector == "passive-chain":
        return passive_chains(text, lex, prose)
    raise ValueError(f"unknown detector {detector!r}")
