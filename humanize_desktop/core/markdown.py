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


_FENCE_RE = regex.compile(r"(?m)^[ ]{0,3}(`{3,}|~{3,})[^\n]*\n(?:.*?\n)??[ ]{0,3}\1[`~]*[ \t]*(?:\n|$)", regex.S)
_UNCLOSED_FENCE_RE = regex.compile(r"(?m)^[ ]{0,3}(`{3,}|~{3,})[^\n]*(?:\n|$)")
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


def structure_spans(text: str) -> list[Span]:
    """All markup spans in ``text``, sorted by start."""
    spans: list[Span] = []
    code: list[tuple[int, int]] = []
    for m in _FENCE_RE.finditer(text):
        spans.append(Span(m.start(), m.end(), CODE_BLOCK))
        code.append((m.start(), m.end()))
    if not code:
        # An opening fence that is never closed fences off the rest of the text.
        m = _UNCLOSED_FENCE_RE.search(text)
        if m and text.count(m.group(1)) == 1:
            spans.append(Span(m.start(), len(text), CODE_BLOCK))
            code.append((m.start(), len(text)))

    def in_code(pos: int) -> bool:
        return any(a <= pos < b for a, b in code)

    for m in _INLINE_CODE_RE.finditer(text):
        if not in_code(m.start()):
            spans.append(Span(m.start(), m.end(), CODE))
            code.append((m.start(), m.end()))

    for pattern, kind in ((_HEADING_RE, HEADING), (_SETEXT_RE, HEADING), (_RULE_RE, RULE),
                          (_QUOTE_RE, QUOTE), (_LIST_RE, LIST), (_TABLE_RE, TABLE)):
        for m in pattern.finditer(text):
            if m.end() > m.start() and not in_code(m.start()):
                spans.append(Span(m.start(), m.end(), kind))
    for m in _LINK_RE.finditer(text):
        if not in_code(m.start()):
            spans.append(Span(m.start(1), m.end(1), LINK))
            spans.append(Span(m.start(2), m.end(2), LINK))
    for m in _AUTOLINK_RE.finditer(text):
        if not in_code(m.start()):
            spans.append(Span(m.start(), m.end(), LINK))
    rule_starts = {s.start for s in spans if s.kind in (RULE, LIST)}
    for pattern in (_EMPHASIS_OPEN_RE, _EMPHASIS_CLOSE_RE):
        for m in pattern.finditer(text):
            if not in_code(m.start()) and m.start() not in rule_starts:
                spans.append(Span(m.start(), m.end(), EMPHASIS))
    spans = sorted(set(spans))
    return spans


class StructureIndex:
    """Answers "which markup does this span touch?" quickly for one text."""

    _LONG = 256  # spans longer than this (code blocks, tables) are few: check them all

    def __init__(self, text: str) -> None:
        self.spans = structure_spans(text)
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
