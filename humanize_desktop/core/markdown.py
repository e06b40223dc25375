"""Finding Markdown structure in prose, so changes that touch it can be flagged.

``structure_spans`` returns the spans of *markup*: heading markers, list
markers, block-quote markers, thematic breaks, emphasis markers, link
brackets and targets, and the whole of inline code and fenced code blocks
(code is never prose to rewrite). The words of a heading or a link text are
prose and not included, so rewording them is an ordinary change, while
removing the ``## `` or changing a link target alters structure.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import regex

HEADING = "heading"
LIST = "list"
QUOTE = "quote"
RULE = "rule"
EMPHASIS = "emphasis"
LINK = "link"
CODE = "code"
CODE_BLOCK = "code-block"
TABLE = "table"

KINDS = (HEADING, LIST, QUOTE, RULE, EMPHASIS, LINK, CODE, CODE_BLOCK, TABLE)


class Span(NamedTuple):
    start: int
    end: int
    kind: str


_FENCE_LINE_RE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})([^\n]*)")
_HEADING_RE = regex.compile(r"(?m)^[ ]{0,3}#{1,6}(?:[ \t]+|$)")
_SETEXT_RE = regex.compile(r"(?m)(?<=^[^\n]*\S[^\n]*\n)[ ]{0,3}(?:=+|-+)[ \t]*$")
_RULE_RE = regex.compile(r"(?m)^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE_RE = regex.compile(r"(?m)^[ ]{0,3}(?:>[ \t]?)+")
_LIST_RE = regex.compile(r"(?m)^(?:[ ]{0,3}>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_TABLE_RE = regex.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")
_INLINE_CODE_RE = regex.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", regex.S)
_LINK_RE = regex.compile(r"(!?\[)(?=[^\]\n]*\]\()[^\]\n]*(\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\))")
_AUTOLINK_RE = regex.compile(r"<(?:https?://|mailto:)[^>\s]+>")
_EMPHASIS_OPEN_RE = regex.compile(r"(?<![\\\p{L}\p{N}*_~])(\*{1,3}|_{1,3}|~~)(?=[^\s*_~])")
_EMPHASIS_CLOSE_RE = regex.compile(r"(?<=[^\s*_~\\])(\*{1,3}|_{1,3}|~~)(?![\p{L}\p{N}*_~])")


class _CodeRanges:
    """Sorted, non-overlapping code ranges with a quick "is this inside code?"."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _fence_lines(text: str) -> list[tuple[int, int, str, str]]:
    """Lines that start with a code fence: (line start, line end, fence, rest).

    Found with ``str.find`` (memchr speed) rather than a line-anchored regex,
    which would visit every line of a 10 MB document on every keystroke.
    """
    found = []
    for marker in ("```", "~~~"):
        pos = text.find(marker)
        while pos >= 0:
            line_start = text.rfind("\n", 0, pos) + 1
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            m = _FENCE_LINE_RE.match(text, line_start, line_end)
            if m:
                found.append((line_start, line_end, m.group(1), m.group(2)))
            pos = text.find(marker, line_end)
    found.sort()
    return found


def _fenced_blocks(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks of the whole text, each with its closing line.

    A fence closes with the same character, at least as long, and nothing
    after it; a fence never closed runs to the end of the text (as in
    CommonMark).
    """
    blocks: list[tuple[int, int]] = []
    opening: tuple[int, int, str, str] | None = None
    for line in _fence_lines(text):
        start, end, fence, rest = line
        if opening is None:
            if fence[0] == "`" and "`" in rest:
                continue  # inline code at the start of a line, not a fence
            opening = line
        elif fence[0] == opening[2][0] and len(fence) >= len(opening[2]) and not rest.strip():
            blocks.append((opening[0], min(end + 1, len(text))))
            opening = None
    if opening is not None:
        blocks.append((opening[0], len(text)))
    return blocks


def structure_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Markup spans in ``text`` (or in the lines covering ``[start, end)``), sorted.

    Fenced code blocks are found in the whole text, since whether a line is
    code depends on fences far above it; everything else only in the window.
    """
    end = len(text) if end is None else end
    lo = text.rfind("\n", 0, start) + 1
    nl = text.find("\n", end)
    hi = len(text) if nl < 0 else nl + 1
    spans: list[Span] = []
    code = _CodeRanges()
    for a, b in _fenced_blocks(text):
        code.add(a, b)
        if a < hi and b > lo:
            spans.append(Span(a, b, CODE_BLOCK))

    for m in _INLINE_CODE_RE.finditer(text, lo, hi):
        if m.start() not in code:
            spans.append(Span(m.start(), m.end(), CODE))
            code.add(m.start(), m.end())

    for pattern, kind in ((_HEADING_RE, HEADING), (_SETEXT_RE, HEADING), (_RULE_RE, RULE),
                          (_QUOTE_RE, QUOTE), (_LIST_RE, LIST), (_TABLE_RE, TABLE)):
        for m in pattern.finditer(text, lo, hi):
            if m.end() > m.start() and m.start() not in code:
                spans.append(Span(m.start(), m.end(), kind))
    for m in _LINK_RE.finditer(text, lo, hi):
        if m.start() not in code:
            spans.append(Span(m.start(1), m.end(1), LINK))
            spans.append(Span(m.start(2), m.end(2), LINK))
    for m in _AUTOLINK_RE.finditer(text, lo, hi):
        if m.start() not in code:
            spans.append(Span(m.start(), m.end(), LINK))
    rule_starts = {s.start for s in spans if s.kind in (RULE, LIST)}
    for pattern in (_EMPHASIS_OPEN_RE, _EMPHASIS_CLOSE_RE):
        for m in pattern.finditer(text, lo, hi):
            if m.start() not in code and m.start() not in rule_starts:
                spans.append(Span(m.start(), m.end(), EMPHASIS))
    return sorted(set(spans))


class StructureIndex:
    """Answers "which markup does this span touch?" quickly for one text."""

    _LONG = 256  # spans longer than this (code blocks, tables) are few: check them all

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        """Index the markup of ``text``; with a window, only of the lines around it."""
        self.spans = structure_spans(text, start, end)
        self._short = [s for s in self.spans if s.end - s.start <= self._LONG]
        self._long = [s for s in self.spans if s.end - s.start > self._LONG]
        self._starts = [s.start for s in self._short]

    def kinds_touching(self, start: int, end: int) -> frozenset[str]:
        """Kinds of markup overlapping ``[start, end)``; an empty span touches
        markup it falls strictly inside of (inserting into code, say)."""
        if not self.spans:
            return frozenset()
        lo = bisect.bisect_left(self._starts, start - self._LONG)
        hi = bisect.bisect_right(self._starts, max(end, start + 1))
        found = set()
        for s in (*self._short[lo:hi], *self._long):
            if start == end:
                if s.start < start < s.end:
                    found.add(s.kind)
            elif s.start < end and start < s.end:
                found.add(s.kind)
        return frozenset(found)
