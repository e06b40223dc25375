"""Markdown structure: the one module that parses it.

Block structure comes from markdown-it-py (CommonMark, plus GitHub's tables,
with or without outer pipes); inline spans (emphasis, code spans, links,
autolinks) from the patterns below. Whatever needs to know what a Markdown
text is made of asks here: the rewriter (``rewriting.units``: which lines are
prose for the model, which are kept byte for byte), output cleaning (a fence
or a list marker a model wrapped its answer in), the review diff (which
markup a change touches) and the checks (code is not prose).

``blocks(text)`` returns the *leaf blocks* (CommonMark's term: paragraphs,
headings, code blocks, HTML blocks, tables, thematic breaks; here also front
matter and ``$$`` math) with, for each of their lines, where its text lies
between the markup in front of it (quote and list markers, indentation,
``## ``, a task box) and behind it (a closing ``##``), and the quote and list
markers of the document.

``structure_spans`` returns the spans of *markup*: heading markers, list
markers, block-quote markers, thematic breaks, table rows, emphasis markers,
link brackets and targets, and the whole of inline code and code blocks
(code is never prose to rewrite). The words of a heading or a link text are
prose and not included, so rewording them is an ordinary change, while
removing the ``## `` or changing a link target alters structure.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import regex
from markdown_it import MarkdownIt

from humanize_desktop.core import urls

HEADING = "heading"
LIST = "list"
QUOTE = "quote"
RULE = "rule"
EMPHASIS = "emphasis"
LINK = "link"
CODE = "code"
CODE_BLOCK = "code-block"
TABLE = "table"

#: Kinds of markup spans.
KINDS = (HEADING, LIST, QUOTE, RULE, EMPHASIS, LINK, CODE, CODE_BLOCK, TABLE)

# Kinds of leaf blocks, besides HEADING, CODE_BLOCK (fenced or indented), TABLE and RULE.
PARAGRAPH = "paragraph"
HTML = "html"
FRONT_MATTER = "front-matter"
MATH = "math"
#: Leaf blocks whose text is prose.
PROSE = frozenset({PARAGRAPH, HEADING})


class Span(NamedTuple):
    start: int
    end: int
    kind: str


class Line(NamedTuple):
    """One line of a leaf block, as offsets into the text.

    ``text_start:text_end`` is what the line says: after its quote and list
    markers, indentation, a heading's ``## `` and a task box, before a closing
    ``##`` and trailing blanks. In a line that is not prose (code, a table
    row, a setext underline) it is the rest of the line after the quote and
    list markers.
    """

    start: int
    text_start: int
    text_end: int
    end: int  # before the line break


class Leaf(NamedTuple):
    """A block holding no other blocks: a paragraph, a heading, a code block, a table…"""

    kind: str
    lines: tuple[Line, ...]
    opens_item: bool = False  # its first line starts a list item (the marker is markup)
    markup: str = ""  # markdown-it's: "##" or "=" / "-" for headings, the fence of fenced code

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def setext(self) -> bool:
        return self.kind == HEADING and self.markup in ("=", "-")


class Blocks(NamedTuple):
    start: int  # the part of the text that was parsed (all of it, unless a window was asked for)
    end: int
    leaves: list[Leaf]
    markers: list[Span]  # quote and list markers, in order


_PARSER = MarkdownIt("commonmark").enable("table")
# Block structure only: inline spans are found below, far quicker than markdown-it builds inline tokens.
_PARSER.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
_PARSER.parse("")  # builds the rule caches now, not in two checking threads at once
_LEAF_TOKENS = {"fence": CODE_BLOCK, "code_block": CODE_BLOCK, "html_block": HTML, "table_open": TABLE, "hr": RULE}

_BREAK_RE = re.compile(r"\r\n?|\n")  # line breaks as markdown-it counts them
_QUOTE_MARK_RE = re.compile(r"[ ]{0,3}>[ \t]?")
_ITEM_MARK_RE = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_INDENT_RE = re.compile(r"[ \t]*")
_BLANK_LINE_RE = re.compile(r"\n[ \t\r]*\n")
_TASK_RE = re.compile(r"\[[ xX]\][ \t]+")
_ATX_RE = re.compile(r"[ \t]*#{1,6}(?:[ \t]+|$)")
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}

_INLINE_CODE_RE = regex.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", regex.S)
_LINK_RE = regex.compile(r"(!?\[)(?=[^\]\n]*\]\()[^\]\n]*(\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\))")
_AUTOLINK_RE = regex.compile(rf"<(?:{urls.URL}|(?:mailto:)?{urls.EMAIL})>")
_EMPHASIS_OPEN_RE = regex.compile(r"(?<![\\\p{L}\p{N}*_~])(\*{1,3}|_{1,3}|~~)(?=[^\s*_~])")
_EMPHASIS_CLOSE_RE = regex.compile(r"(?<=[^\s*_~\\])(\*{1,3}|_{1,3}|~~)(?![\p{L}\p{N}*_~])")

# Windows: texts up to this long are always parsed whole (a few milliseconds).
_PARSE_WHOLE_BELOW = 64_000
_FRESH_RE = regex.compile(r"(?<=\n[ \t\r]*\n)(?=\S)")  # a line after a blank line, not indented
_FRESH_BACK_RE = regex.compile(_FRESH_RE.pattern, regex.REVERSE)
_FENCE_LINE_RE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})([^\n]*)")
_FRONT_MATTER_START_RE = re.compile(r"\s*(?:---|\+\+\+)")


class _Ranges:
    """Sorted, non-overlapping ranges with a quick "is this inside one?"."""

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


# ----------------------------------------------------------------------------- blocks

def line_spans(text: str, start: int = 0, end: int | None = None) -> tuple[list[int], list[int]]:
    """Starts and ends (before the line break) of the lines of ``text[start:end]``, as markdown-it counts them."""
    end = len(text) if end is None else end
    starts, ends = [], []
    pos = start
    for m in _BREAK_RE.finditer(text, start, end):
        starts.append(pos)
        ends.append(m.start())
        pos = m.end()
    if pos < end:
        starts.append(pos)
        ends.append(end)
    return starts, ends


def _front_matter(text: str, starts: list[int], ends: list[int]) -> tuple[int, int]:
    """Lines ``[first, stop)`` of YAML or TOML front matter at the top; (0, 0) if there is none.

    It opens with ``---`` or ``+++`` on the first line that is not blank,
    followed by a line that is not blank, and closes with the same line
    (or ``...`` for YAML).
    """
    first = 0
    while first < len(starts) and not text[starts[first]:ends[first]].strip():
        first += 1
    if first + 1 >= len(starts) or not text[starts[first + 1]:ends[first + 1]].strip():
        return 0, 0
    closers = _FRONT_MATTER.get(text[starts[first]:ends[first]].rstrip())
    if closers is None:
        return 0, 0
    for i in range(first + 1, len(starts)):
        if text[starts[i]:ends[i]].rstrip() in closers:
            return first, i + 1
    return 0, 0


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def _containers(text: str, starts: list[int], ends: list[int],
                containers: list[list]) -> tuple[dict[int, int], list[Span], dict[int, int]]:
    """Quote and list markers of every line inside a block quote or list item.

    ``containers`` are ``[is_quote, first line, stop line, content width]``
    in markdown-it's order (outer before inner). Returns where each such
    line's content starts after its markers, the markers, and for each line
    opening a list item the index of its marker.
    """
    content: dict[int, int] = {}
    markers: list[Span] = []
    item_markers: dict[int, int] = {}
    stack: list[list] = []
    ci, line = 0, 0
    while ci < len(containers) or stack:
        while stack and stack[-1][2] <= line:
            stack.pop()
        if not stack:
            if ci == len(containers):
                break
            line = max(line, containers[ci][1])
        while ci < len(containers) and containers[ci][1] <= line:
            stack.append(containers[ci])
            ci += 1
        if line >= len(starts):
            break
        pos, end = starts[line], ends[line]
        for c in stack:
            if c[0]:
                m = _QUOTE_MARK_RE.match(text, pos, end)
                if m is None:
                    break  # a lazy continuation line
                markers.append(Span(m.start(), m.end(), QUOTE))
            elif line == c[1]:
                m = _ITEM_MARK_RE.match(text, pos, end)
                if m is None:
                    break
                c[3] = m.end() - pos
                item_markers[line] = len(markers)
                markers.append(Span(m.start(), m.end(), LIST))
            else:
                m = _INDENT_RE.match(text, pos, min(end, pos + c[3]))
            pos = m.end()  # type: ignore[union-attr]
        content[line] = pos
        line += 1
    return content, markers, item_markers


def _mark_math(text: str, leaves: list[Leaf]) -> None:
    """A paragraph opening with ``$$`` is display math, and so are the blocks right below it
    up to the closing ``$$`` (LaTeX allows no blank line inside)."""
    open_math, previous_end = False, 0
    for i, leaf in enumerate(leaves):
        if open_math and _BLANK_LINE_RE.search(text, previous_end, leaf.start):
            open_math = False
        if open_math or (leaf.kind == PARAGRAPH and text.startswith("$$", leaf.lines[0].text_start)):
            leaves[i] = leaf._replace(kind=MATH)
            open_math = (open_math + text.count("$$", leaf.start, leaf.end)) % 2 == 1
        previous_end = leaf.end


def blocks(text: str, start: int = 0, end: int | None = None) -> Blocks:
    """The leaf blocks and the quote and list markers of ``text``.

    With a window ``[start, end)`` on a long text, only a part of the text
    around it is parsed: from a line after a blank line, outside code and
    comments, to the next such line (see ``_region``), which parses the same
    on its own as within the whole.
    """
    lo, hi = _region(text, start, len(text) if end is None else end)
    starts, ends = line_spans(text, lo, hi)
    front = _front_matter(text, starts, ends) if lo == 0 else (0, 0)
    # Front matter is not Markdown: markdown-it gets blank lines in its place, so line numbers stay.
    src = "\n" * front[1] + text[starts[front[1]]:hi] if front[1] < len(starts) else "\n" * front[1]
    containers: list[list] = []
    found: list[tuple[str, list[int], str, str]] = []
    pending = None
    for tok in _PARSER.parse(src):
        if tok.type in ("blockquote_open", "list_item_open") and tok.map:
            containers.append([tok.type == "blockquote_open", tok.map[0], tok.map[1], 0])
        elif tok.type in ("paragraph_open", "heading_open"):
            pending = tok
        elif tok.type == "inline":
            if pending is not None and pending.map:
                kind = PARAGRAPH if pending.type == "paragraph_open" else HEADING
                found.append((kind, pending.map, pending.markup, tok.content))
            pending = None
        elif tok.type in _LEAF_TOKENS and tok.map:
            found.append((_LEAF_TOKENS[tok.type], tok.map, tok.markup, ""))
    content, markers, item_markers = _containers(text, starts, ends, containers)

    leaves: list[Leaf] = []
    if front[1]:
        leaves.append(Leaf(FRONT_MATTER, tuple(Line(starts[i], starts[i], ends[i], ends[i])
                                              for i in range(*front))))
    for kind, (a, b), markup, inline in found:
        lines = [Line(starts[i], content.get(i, starts[i]), ends[i], ends[i]) for i in range(a, b)]
        opens_item = a in item_markers
        if kind == PARAGRAPH or (kind == HEADING and markup in ("=", "-")):
            for k in range(len(lines) - (kind == HEADING)):  # not a setext underline
                s, c, _, e = lines[k]
                lines[k] = Line(s, *_trimmed(text, c, e), e)
            box = _TASK_RE.match(text, lines[0].text_start, lines[0].end) if opens_item else None
            if box:
                s, _, te, e = lines[0]
                lines[0] = Line(s, box.end(), max(te, box.end()), e)
                marker = markers[item_markers[a]]
                markers[item_markers[a]] = marker._replace(end=box.end())
        elif kind == HEADING:
            s, c, _, e = lines[0]
            m = _ATX_RE.match(text, c, e)
            ts = m.end() if m else c
            words = inline.strip()
            te = ts + len(words) if text.startswith(words, ts) else _trimmed(text, ts, e)[1]
            lines[0] = Line(s, ts, te, e)
        leaves.append(Leaf(kind, tuple(lines), opens_item, markup))
    _mark_math(text, leaves)
    return Blocks(lo, hi, leaves, markers)


# ----------------------------------------------------------------------------- windows

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


def _long_ranges(text: str) -> _Ranges:
    """Where a blank line does not end a block: front matter, fenced code, HTML comments.

    Only a guide to where a window may start, read in one pass so that a
    fence in a comment or a comment in a fence is no opening; what the text
    is, markdown-it says.
    """
    spans: list[tuple[int, int]] = []
    covered = 0  # the end of the last range found
    if _FRONT_MATTER_START_RE.match(text):
        starts, ends = line_spans(text, 0, min(len(text), 20_000))
        front = _front_matter(text, starts, ends)
        if front[1]:
            covered = ends[front[1] - 1]
            spans.append((0, covered))
    comments = []
    pos = text.find("<!--")
    while pos >= 0:
        comments.append((pos, 0, "", ""))
        pos = text.find("<!--", pos + 4)
    opening: tuple[int, int, str, str] | None = None
    for event in sorted(_fence_lines(text) + comments):
        start, end, fence, rest = event
        if start < covered:
            continue
        if not fence:  # a comment, unless inside a fence
            if opening is None:
                close = text.find("-->", start)
                covered = len(text) if close < 0 else close + 3
                spans.append((start, covered))
        elif opening is None:
            if not (fence[0] == "`" and "`" in rest):  # else inline code at the start of a line
                opening = event
        elif fence[0] == opening[2][0] and len(fence) >= len(opening[2]) and not rest.strip():
            spans.append((opening[0], end))
            covered, opening = end, None
    if opening is not None:
        spans.append((opening[0], len(text)))
    ranges = _Ranges()
    for a, b in spans:
        ranges.add(a, b)
    return ranges


def _region(text: str, start: int, end: int) -> tuple[int, int]:
    """A part of ``text`` covering ``[start, end)`` that parses the same alone as within the whole.

    It starts and ends at lines that follow a blank line and are not
    indented, outside fenced code and comments: such a line begins a new
    block at the top level of the document.
    """
    if len(text) <= _PARSE_WHOLE_BELOW or (start <= 0 and end >= len(text)):
        return 0, len(text)
    long = _long_ranges(text)
    lo = next((m.start() for m in _FRESH_BACK_RE.finditer(text, 0, min(len(text), start + 1))
               if m.start() <= start and m.start() not in long), 0)
    hi = next((m.start() for m in _FRESH_RE.finditer(text, max(end, lo + 1)) if m.start() not in long), len(text))
    return lo, hi


# ----------------------------------------------------------------------------- markup spans

def _after_break(text: str, pos: int) -> int:
    if text.startswith("\r\n", pos):
        return pos + 2
    return pos + 1 if text.startswith(("\r", "\n"), pos) else pos


def structure_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Markup spans in ``text`` (or in the lines covering ``[start, end)``), sorted."""
    end = len(text) if end is None else end
    lo = text.rfind("\n", 0, start) + 1
    nl = text.find("\n", end)
    hi = len(text) if nl < 0 else nl + 1
    parsed = blocks(text, lo, hi)
    spans = list(parsed.markers)
    code = _Ranges()  # where inline markup is not looked for
    for leaf in parsed.leaves:
        first = leaf.lines[0]
        if leaf.kind == CODE_BLOCK:
            stop = _after_break(text, leaf.end)
            spans.append(Span(leaf.start, stop, CODE_BLOCK))
            code.add(leaf.start, stop)
        elif leaf.kind in (FRONT_MATTER, HTML, MATH):  # not Markdown inside
            code.add(leaf.start, leaf.end)
        elif leaf.setext:
            spans.append(Span(leaf.lines[-1].text_start, leaf.end, HEADING))
        elif leaf.kind == HEADING:
            marker = first.text_start
            while marker > first.start and text[marker - 1] in " \t":
                marker -= 1
            while marker > first.start and text[marker - 1] == "#":
                marker -= 1
            spans.append(Span(marker, first.text_start, HEADING))
        elif leaf.kind == RULE:
            spans.append(Span(first.text_start, first.end, RULE))
        elif leaf.kind == TABLE:
            spans.extend(Span(line.text_start, line.end, TABLE) for line in leaf.lines)

    a, b = parsed.start, parsed.end
    for m in _INLINE_CODE_RE.finditer(text, a, b):
        if m.start() not in code:
            spans.append(Span(m.start(), m.end(), CODE))
            code.add(m.start(), m.end())
    for m in _LINK_RE.finditer(text, a, b):
        if m.start() not in code:
            spans.append(Span(m.start(1), m.end(1), LINK))
            spans.append(Span(m.start(2), m.end(2), LINK))
    for m in _AUTOLINK_RE.finditer(text, a, b):
        if m.start() not in code:
            spans.append(Span(m.start(), m.end(), LINK))
    markers = _Ranges()  # a "*" list marker or "***" rule is not emphasis
    for s in spans:
        if s.kind in (RULE, LIST):
            markers.add(s.start, s.end)
    for pattern in (_EMPHASIS_OPEN_RE, _EMPHASIS_CLOSE_RE):
        for m in pattern.finditer(text, a, b):
            if m.start() not in code and m.start() not in markers:
                spans.append(Span(m.start(), m.end(), EMPHASIS))
    return sorted(s for s in set(spans) if s.end > lo and s.start < hi)


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


# ----------------------------------------------------------------------------- model answers

def fenced_code(text: str) -> str | None:
    """What is inside ``text`` when all of it is one closed fenced code block; else None."""
    leaves = blocks(text).leaves
    if len(leaves) != 1 or leaves[0].kind != CODE_BLOCK or not leaves[0].markup or len(leaves[0].lines) < 2:
        return None
    leaf = leaves[0]
    closing = text[leaf.lines[-1].text_start:leaf.end].strip()
    fence = leaf.markup
    if (text[:leaf.start].strip() or text[leaf.end:].strip() or len(closing) < len(fence)
            or closing.strip(fence[0])):
        return None
    return text[leaf.lines[1].start:leaf.lines[-2].end] if len(leaf.lines) > 2 else ""


def leading_markup(text: str) -> str:
    """The block markup ``text`` opens with: quote and list markers, a heading's ``## ``, a task box.

    "" when the text starts with prose, or with a block that is not prose.
    """
    leaves = blocks(text).leaves
    if not leaves or leaves[0].kind not in PROSE or text[:leaves[0].start].strip():
        return ""
    first = leaves[0].lines[0]
    markup = text[first.start:first.text_start]
    return markup if markup.strip() else ""
