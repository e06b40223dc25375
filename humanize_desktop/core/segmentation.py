"""Splitting prose into words, paragraphs and sentences, with offsets.

A *token* is one word together with the punctuation stuck to it and the
whitespace after it: ``"(Hello, "`` is one token whose word is ``Hello``.
Words are runs of letters, marks and digits (so accents, Devanagari vowel
signs and the like stay inside their word), joined by in-word apostrophes and
hyphens, underscores (``snake_case``) and by the separators of numbers such as ``3.14`` or ``1,000``. URLs
and e-mail addresses are single words. Chinese and Japanese characters are
words of their own, since those scripts put no spaces between words.

All offsets are Python string indices (code points). ``Utf16Map`` converts
them to the UTF-16 positions Qt counts in; it is the only place that does.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from humanize_desktop.core.urls import EMAIL, URL

# One character of a word (letters, combining marks, digits),
# except the ideographic scripts, whose characters are words by themselves.
_IDEO = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Bopomofo}"
_WCH = rf"[\p{{L}}\p{{M}}\p{{N}}--[{_IDEO}]]"
_NONWORD = r"[^\s\p{L}\p{M}\p{N}]"
_WORD = (
    rf"(?:{URL}|{EMAIL}|[{_IDEO}]"
    rf"|{_WCH}+(?:(?:['’\-‐_]|(?<=\p{{N}})[.,:](?=\p{{N}})){_WCH}+)*)"
)
_TOKEN_RE = regex.compile(
    rf"(?P<lead>{_NONWORD}*?)(?P<word>{_WORD})(?P<trail>{_NONWORD}*\s*)"
    rf"|{_NONWORD}+\s*"
    rf"|\s+",
    regex.V1,
)
_WORD_RE = regex.compile(_WORD, regex.V1)
_ATOM_RE = regex.compile(rf"{_WORD}|\s+|{_NONWORD}", regex.V1)
_PARAGRAPH_BREAK_RE = regex.compile(r"\n[^\S\n]*\n\s*")
_ASTRAL_RE = regex.compile("[\U00010000-\U0010FFFF]")
_APOSTROPHE_RE = regex.compile(r"\\?['’]")
_SENTENCE_END_RE = regex.compile(r"(?<=[.!?…。！？])[\"'”’)\]]*\s+|\n+")


class Token(NamedTuple):
    """A word with its leading punctuation and trailing punctuation + whitespace."""

    start: int
    end: int
    text: str
    word: str  # the word itself; "" for runs of only punctuation/symbols or whitespace

    @property
    def key(self) -> str:
        """What the diff aligns on: the word, or the symbols of a word-less token."""
        return self.word or self.text.strip() or " "


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens covering ``text[start:end]`` exactly, in order, with absolute offsets."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN_RE.finditer(text, start, end):
        append(Token(m.start(), m.end(), m.group(), m.group("word") or ""))
    return tokens


def atoms(text: str) -> list[str]:
    """Finer pieces than tokens: whole words, single symbols, whitespace runs.

    Used to trim what two changed tokens have in common (``world.`` versus
    ``world,`` differ only in the comma) without ever cutting a word.
    """
    return _ATOM_RE.findall(text)


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD_RE.finditer(text))


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` on one line, at most ``limit`` characters, cut between words with "…" when shortened.

    For quoting a piece of a text in a message or tooltip: a quote cut in the
    middle of a word ("that rem") reads like a typo.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if not is_word_boundary(text, len(cut)):
        shorter = cut.rsplit(" ", 1)[0]
        cut = shorter if shorter != cut else cut
    return cut.rstrip(" ,;:") + "…"


def phrase_pattern(phrase: str, blank: str = r"\s+") -> str:
    """A written phrase as a regex source: its words literally, ``blank`` between them, and either
    apostrophe (' or ’) wherever one is written. Boundaries and flags are the caller's."""
    return blank.join(_APOSTROPHE_RE.sub("['’]", regex.escape(w)) for w in phrase.split())


def lower(text: str) -> str:
    """``text`` in lower case, one character for one, so every offset into it is one into ``text``.

    For matching lower-cased word lists without case-insensitive patterns
    (slow to compile). The few capitals that lower to two characters ("İ")
    stay as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def is_word_boundary(text: str, pos: int) -> bool:
    """True unless ``pos`` falls between two characters of the same word."""
    if pos <= 0 or pos >= len(text):
        return True
    for m in _WORD_RE.finditer(text, max(0, pos - 300), min(len(text), pos + 300)):
        if m.start() < pos < m.end():
            return False
        if m.start() >= pos:
            break
    return True


def _split(text: str, start: int, end: int, pattern: regex.Pattern[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for m in pattern.finditer(text, start, end):
        if m.end() > pos and m.start() > pos:
            spans.append((pos, m.end()))
            pos = m.end()
    if pos < end:
        spans.append((pos, end))
    elif not spans and start == end:
        return []
    return spans


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of blank-line separated paragraphs; each span includes the blank lines after it.

    Leading blank lines belong to the first paragraph. The spans tile
    ``text[start:end]`` exactly.
    """
    end = len(text) if end is None else end
    return _split(text, start, end, _PARAGRAPH_BREAK_RE)


def lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of lines, each including its newline; they tile ``text[start:end]``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl + 1
        spans.append((pos, stop))
        pos = stop
    return spans


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Rough sentence spans (after . ! ? … and CJK stops, and at newlines); they tile the range."""
    end = len(text) if end is None else end
    return _split(text, start, end, _SENTENCE_END_RE)


class Utf16Map:
    """Converts between Python string indices and UTF-16 code-unit positions.

    Characters outside the Basic Multilingual Plane (emoji, many CJK
    extension ideographs, historic scripts) take one Python index but two
    UTF-16 units. The map stores only where those characters are, so
    conversion is a binary search and plain BMP text costs nothing.
    """

    __slots__ = ("_astral", "_astral16", "length", "length16")

    def __init__(self, text: str) -> None:
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL_RE.finditer(text)]
        # UTF-16 position of each astral character.
        self._astral16 = [i + k for k, i in enumerate(self._astral)]
        self.length = len(text)
        self.length16 = self.length + len(self._astral)

    def to_utf16(self, index: int) -> int:
        """UTF-16 position of Python index ``index`` (0 <= index <= len(text))."""
        if not self._astral:
            return index
        return index + bisect.bisect_left(self._astral, index)

    def from_utf16(self, pos16: int) -> int:
        """Python index of UTF-16 position ``pos16``.

        A position that falls between the two halves of a surrogate pair is
        snapped to the start of that character.
        """
        if not self._astral:
            return pos16
        # Astral characters that end at or before pos16 ...
        k = bisect.bisect_right(self._astral16, pos16 - 2)
        # ... and one that pos16 would cut in half.
        if k < len(self._astral16) and self._astral16[k] == pos16 - 1:
            return self._astral[k]
        return pos16 - k

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        return self.to_utf16(start), self.to_utf16(end)

    def replace(self, start: int, end: int, new: str) -> None:
        """Update the map in place after ``text[start:end]`` became ``new``.

        Costs one pass over ``new`` plus the astral characters after the
        edit, so an editor can keep a map of a long text current per keystroke.
        """
        delta = len(new) - (end - start)
        lo = bisect.bisect_left(self._astral, start)
        hi = bisect.bisect_left(self._astral, end, lo)
        added = [] if new.isascii() else [start + m.start() for m in _ASTRAL_RE.finditer(new)]
        if added or hi > lo or (delta and hi < len(self._astral)):
            self._astral[lo:] = added + [i + delta for i in self._astral[hi:]]
            self._astral16[lo:] = [i + k for k, i in enumerate(self._astral[lo:], lo)]
        self.length += delta
        self.length16 = self.length + len(self._astral)
