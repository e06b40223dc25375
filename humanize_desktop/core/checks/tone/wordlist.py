"""A tone word list, matched as whole words without one big regular expression.

A lexicon list holds hundreds of words and phrases. As one case-insensitive
alternation it took about a second to compile per language and a quarter of
a millisecond per paragraph to scan, since the engine tries every entry at
every position. Here the entries are indexed by their first word: a text's
words are looked up, and only the entries starting with a word the text has
are compared, at that word.

Matching is that of the alternation it replaces: an entry matches at a word
start (no letter or digit just before), the words of a phrase are separated
by any blanks, either apostrophe (' or ’) matches, an entry ending in ``*``
matches any ending, and one ending in a letter or digit must end a word.
Where two entries match at one place the longer entry wins; matches do not
overlap, the leftmost coming first. Letters are compared in lower case
(``ß`` does not match ``SS``, which full case folding would).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from humanize_desktop.core import segmentation

_RUN_RE = regex.compile(r"[\p{L}\p{N}]+")
_WORD_CHAR_RE = regex.compile(r"[\p{L}\p{N}]")
_LETTERS_RE = regex.compile(r"\p{L}*")
_BLANKS_RE = regex.compile(r"\s+")
_SEEN_KEPT = 50_000  # distinct words whose candidates a list remembers


@dataclass(frozen=True, slots=True)
class WordMatch:
    """Where an entry matched: ``text[start:end]``."""

    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def span(self) -> tuple[int, int]:
        return self.a, self.b


def _fold(text: str, case_sensitive: bool) -> str:
    """``text`` lower-cased (unless ``case_sensitive``) with ’ as ', keeping every offset."""
    return (text if case_sensitive else segmentation.lower(text)).replace("’", "'")


@lru_cache(maxsize=16)
def _runs(folded: str) -> tuple[tuple[int, str], ...]:
    """Each word-character run of a folded text, with its start (the places an entry can match)."""
    return tuple((m.start(), m.group()) for m in _RUN_RE.finditer(folded))


@dataclass(frozen=True, slots=True)
class _Entry:
    order: int  # place in the alternation: longer entries first
    words: tuple[str, ...]
    prefix: bool  # ended in "*": any ending
    whole: bool  # must end a word (the entry ends in a letter or digit)


class WordList:
    """Whole-word matching of a list of words and phrases (see the module docstring)."""

    def __init__(self, entries: Iterable[str], case_sensitive: bool = False) -> None:
        self.case_sensitive = case_sensitive
        self._by_run: dict[str, list[_Entry]] = {}  # first word's first run -> entries
        self._by_prefix: dict[str, list[_Entry]] = {}  # a one-word "x*" entry's letters -> entries
        ordered = sorted(set(entries), key=lambda e: (-len(e), e))
        for order, raw in enumerate(ordered):
            prefix = raw.endswith("*")
            body = raw[:-1] if prefix else raw
            words = tuple(_fold(w, case_sensitive) for w in body.split())
            first = _RUN_RE.match(words[0]) if words else None
            if first is None:
                raise ValueError(f"{raw!r} does not start with a letter or digit")
            entry = _Entry(order, words, prefix, bool(body[-1:].isalnum()))
            if prefix and len(words) == 1 and first.end() == len(words[0]):
                self._by_prefix.setdefault(words[0], []).append(entry)
            else:
                self._by_run.setdefault(first.group(), []).append(entry)
        self._prefix_lengths = sorted({len(p) for p in self._by_prefix}, reverse=True)
        self._seen: dict[str, tuple[_Entry, ...]] = {}  # a text's words repeat: candidates by word

    def _candidates(self, run: str) -> tuple[_Entry, ...]:
        """The entries that may match at a word starting with ``run``, in alternation order."""
        known = self._seen.get(run)
        if known is not None:
            return known
        found = list(self._by_run.get(run, ()))
        for n in self._prefix_lengths:
            if n <= len(run):
                found.extend(self._by_prefix.get(run[:n], ()))
        found.sort(key=lambda e: e.order)
        if len(self._seen) >= _SEEN_KEPT:
            self._seen.clear()
        self._seen[run] = result = tuple(found)
        return result

    @staticmethod
    def _end(folded: str, pos: int, entry: _Entry) -> int | None:
        """Where ``entry`` ends when it matches at ``pos`` (a run start), else None."""
        for k, word in enumerate(entry.words):
            if k:
                blanks = _BLANKS_RE.match(folded, pos)
                if blanks is None:
                    return None
                pos = blanks.end()
            if not folded.startswith(word, pos):
                return None
            pos += len(word)
        if entry.prefix:
            pos = _LETTERS_RE.match(folded, pos).end()  # type: ignore[union-attr]
        if (entry.prefix or entry.whole) and _WORD_CHAR_RE.match(folded, pos):
            return None
        return pos

    def _at(self, folded: str, pos: int, run: str) -> int | None:
        for entry in self._candidates(run):
            end = self._end(folded, pos, entry)
            if end is not None:
                return end
        return None

    def finditer(self, text: str, overlapped: bool = False) -> Iterator[WordMatch]:
        """Every match in ``text``, leftmost first, none overlapping (``overlapped`` must be False)."""
        assert not overlapped
        folded = _fold(text, self.case_sensitive)
        after = 0
        for pos, run in _runs(folded):
            if pos < after:
                continue
            end = self._at(folded, pos, run)
            if end is not None:
                yield WordMatch(pos, end)
                after = end

    def search(self, text: str) -> WordMatch | None:
        return next(self.finditer(text), None)

    def fullmatch(self, word: str) -> WordMatch | None:
        """A match covering all of ``word``."""
        folded = _fold(word, self.case_sensitive)
        first = _RUN_RE.match(folded)
        if first is None:
            return None
        end = self._at(folded, 0, first.group())
        return WordMatch(0, end) if end == len(folded) else None


class WithPatterns:
    """A word list and regular expressions as one alternation: at each place the words are tried first."""

    def __init__(self, words: WordList | None, patterns: regex.Pattern[str]) -> None:
        self.words = words
        self.patterns = patterns

    def _next_word(self, folded: str, runs: tuple[tuple[int, str], ...], i: int, pos: int
                   ) -> tuple[WordMatch | None, int]:
        """The leftmost word-list match starting at ``pos`` or later, and the run index reached."""
        while i < len(runs) and runs[i][0] < pos:
            i += 1
        if self.words is not None:
            for j in range(i, len(runs)):
                end = self.words._at(folded, *runs[j])
                if end is not None:
                    return WordMatch(runs[j][0], end), j
        return None, len(runs)

    def finditer(self, text: str, overlapped: bool = False) -> Iterator[WordMatch]:
        assert not overlapped
        folded = _fold(text, self.words.case_sensitive if self.words is not None else False)
        runs = _runs(folded)
        pos, i = 0, 0
        while pos <= len(text):
            word, i = self._next_word(folded, runs, i, pos)
            m = self.patterns.search(text, pos)
            if word is not None and (m is None or word.a <= m.start()):
                found = word
            elif m is not None:
                found = WordMatch(*m.span())
            else:
                return
            yield found
            pos = found.b if found.b > found.a else found.b + 1

    def search(self, text: str) -> WordMatch | None:
        return next(self.finditer(text), None)
