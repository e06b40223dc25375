"""Cutting a Markdown document into the pieces a model rewrites, and putting it back together.

A *block* is one paragraph as ``segmentation.paragraphs`` finds it (its span
includes the blank lines after it, so blocks tile the document). Which of
its lines are prose is ``core.markdown``'s block structure: paragraphs and
headings are; fenced or indented code, tables (with or without outer pipes),
HTML blocks, front matter, ``$$`` math, thematic breaks and link reference
definitions are not, and are kept byte for byte. A block without prose is
skipped, with the reason.

Each paragraph or heading becomes a *piece*: its text with its Markdown
prefix (``- [ ] ``, ``## ``, ``> ``) held back and its soft line breaks
joined, so the model sees only prose. ``Block.rebuild(texts)`` puts the
rewritten texts back behind the same prefixes, re-wrapping lines to the
draft's width when the draft was hard-wrapped, keeps the lines that are not
prose where they were (a code example inside a list item), and keeps the
block's trailing blank lines, so the document's paragraph count and
structure survive any rewrite.

``split_long(text, max_tokens)`` cuts a piece that is too long for the
context window into runs of whole sentences.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

import regex

from humanize_desktop.core import markdown, segmentation
from humanize_desktop.core.engine.base import estimate_tokens

_WORD_RE = regex.compile(r"\p{L}")
_NOT_INDENT_RE = regex.compile(r"[^>\s]")
# Why a block without prose is kept, by the first of these kinds of block in it.
_KEPT = ((markdown.CODE_BLOCK, "code is never rewritten"), (markdown.FRONT_MATTER, "front matter is kept as it is"),
         (markdown.MATH, "math is kept as it is"), (markdown.TABLE, "tables are kept as they are"),
         (markdown.HTML, "HTML is kept as it is"))


@dataclass
class Piece:
    """One run of prose to rewrite, with the markup around it kept aside."""

    text: str  # soft line breaks joined with spaces
    prefix: str = ""  # before the first line: "- ", "## ", "1. [ ] "
    indent: str = ""  # before every following line when re-wrapped
    suffix: str = ""  # after the text: a closing "##", a setext underline
    width: int = 0  # re-wrap to this many characters (0: one line)
    original: str = ""  # the draft's lines for this piece, markup included

    def render(self, text: str) -> str:
        """The piece with ``text`` in place of the draft's (the draft's own lines if unchanged)."""
        if text == self.text and self.original:
            return self.original
        text = " ".join(text.split())
        if self.width and len(self.prefix) + len(text) > self.width:
            lines = textwrap.wrap(text, width=self.width, initial_indent=self.prefix,
                                  subsequent_indent=self.indent, break_long_words=False,
                                  break_on_hyphens=False)
            body = "\n".join(lines)
        else:
            body = self.prefix + text
        return body + self.suffix


@dataclass
class Block:
    index: int
    start: int  # span in the draft, including trailing blank lines
    end: int
    body: str  # the block's text without trailing whitespace
    trailing: str  # the whitespace after it
    pieces: list[Piece] = field(default_factory=list)
    skip_reason: str = ""  # why it is kept as it is; "" for prose
    quote_prefix: str = ""  # "> " when the whole block is a quotation
    lead: str = ""  # blank lines before the first block of a document
    # The body after ``lead`` in order: (index of a piece, the draft's text of it) or (-1, text kept as it is).
    layout: list[tuple[int, str]] = field(default_factory=list)

    @property
    def rewritable(self) -> bool:
        return not self.skip_reason and bool(self.pieces)

    def rebuild(self, texts: list[str]) -> str:
        """The block with each piece replaced by ``texts[i]`` (same order as ``pieces``)."""
        if not self.rewritable or list(texts) == [p.text for p in self.pieces]:
            return self.body + self.trailing
        out = []
        for i, draft in self.layout:
            if i < 0 or texts[i] == self.pieces[i].text:
                out.append(draft)
                continue
            rendered = self.pieces[i].render(texts[i])
            if self.quote_prefix:
                rendered = "\n".join(self.quote_prefix + line if line else self.quote_prefix.rstrip()
                                     for line in rendered.split("\n"))
            out.append(rendered)
        return self.lead + "".join(out) + self.trailing


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines broken only to fit a width (re-wrap them), not on purpose (a poem, an address)?"""
    if len(lines) < 2:
        return False
    if any(line.endswith(("  ", "\\")) for line in lines[:-1]):
        return False  # Markdown hard line breaks
    longest = max(len(line.rstrip()) for line in lines)
    return longest >= 50 and all(len(line.rstrip()) >= 0.6 * longest for line in lines[:-1])


def _width(lines: list[str]) -> int:
    """Re-wrap width for a hard-wrapped run of lines (0 when it was one line)."""
    return max(len(line.rstrip()) for line in lines) if len(lines) > 1 else 0


@dataclass
class _Row:
    """One line of a block, with its line of a leaf block if it has one."""

    line_start: int
    start: int  # the first row's indentation belongs to the block before; see also ``_unquoted``
    end: int
    line: markdown.Line | None
    leaf: markdown.Leaf | None
    first: bool  # the first line of its leaf


def _unquoted(row: _Row, quote: markdown.Span | None) -> _Row:
    return _Row(row.line_start, max(row.start, quote.end), row.end, row.line, row.leaf, row.first) if quote else row


def _split_row(draft: str, row: _Row) -> tuple[str, str, str]:
    """(markup before, text, what follows it) of a prose row."""
    assert row.line is not None
    a = min(max(row.line.text_start, row.start), row.end)
    b = min(max(row.line.text_end, a), row.end)
    while a < b and draft[a].isspace():  # white space Markdown counts as text (no-break spaces) stays out too
        a += 1
    while b > a and draft[b - 1].isspace():
        b -= 1
    return draft[row.start:a], draft[a:b], draft[b:row.end]


def _leaf_pieces(draft: str, leaf: markdown.Leaf, rows: list[_Row]) -> list[tuple[Piece, int]]:
    """Pieces of the rows of one prose leaf, each with how many rows it covers."""
    parts = [_split_row(draft, row) for row in rows]
    raw = [draft[row.start:row.end] for row in rows]
    if leaf.kind == markdown.HEADING and not leaf.setext:
        before, text, after = parts[0]
        return [(Piece(text, prefix=before, suffix=after, original=raw[0]), 1)] if text else []
    if leaf.setext and rows[-1].line == leaf.lines[-1] and len(rows) > 1:
        text = " ".join(t for _, t, _ in parts[:-1])
        return [(Piece(text, prefix=parts[0][0], suffix="\n" + raw[-1], original="\n".join(raw)), len(rows))]
    if len(rows) > 1 and not _hard_wrapped(raw) and not (leaf.opens_item and rows[0].first):
        # Lines broken on purpose: each line is its own piece, so the breaks stay (and hard breaks with them).
        return [(Piece(t, prefix=p, indent=p, suffix=s, original=r), 1) for (p, t, s), r in zip(parts, raw)]
    prefix = parts[0][0]
    if len(parts) > 1 and (parts[1][0] or not prefix.strip()):
        indent = parts[1][0]
    else:  # a list item's continuation lines line up under its text; a quotation's stay quoted
        indent = _NOT_INDENT_RE.sub(" ", prefix)
    text = " ".join(t for _, t, _ in parts)
    return [(Piece(text, prefix=prefix, indent=indent, width=_width(raw), original="\n".join(raw)), len(rows))]


def _rows(draft: str, lo: int, hi: int, by_start: dict[int, tuple[markdown.Leaf, int]]) -> list[_Row]:
    first_line = max(draft.rfind("\n", 0, lo), draft.rfind("\r", 0, lo)) + 1
    starts, ends = markdown.line_spans(draft, first_line, hi)
    rows = []
    for s, e in zip(starts, ends):
        leaf, k = by_start.get(s, (None, 0))
        rows.append(_Row(s, max(s, lo), e, leaf.lines[k] if leaf else None, leaf, k == 0))
    return rows


def _fill(block: Block, draft: str, lo: int, hi: int, by_start: dict[int, tuple[markdown.Leaf, int]],
          quotes: dict[int, markdown.Span]) -> None:
    """The pieces and layout of the block's text ``draft[lo:hi]``, or why it is skipped."""
    rows = _rows(draft, lo, hi, by_start)
    marks = [quotes.get(row.line_start) for row in rows]
    quoted = bool(rows) and all(marks)
    if quoted:
        quote = draft[max(marks[0].start, lo):marks[0].end]  # type: ignore[union-attr]
        block.quote_prefix = quote if quote.endswith(" ") else quote + " "
    layout: list[tuple[int, str]] = []
    pieces: list[Piece] = []

    def keep(text: str) -> None:
        if layout and layout[-1][0] < 0:
            layout[-1] = (-1, layout[-1][1] + text)
        elif text:
            layout.append((-1, text))

    def line_and_break(k: int, start: int | None = None) -> str:
        stop = rows[k + 1].start if k + 1 < len(rows) else rows[k].end
        return draft[rows[k].start if start is None else start:stop]

    i = 0
    while i < len(rows):
        leaf = rows[i].leaf
        j = i + 1
        if leaf is None or leaf.kind not in markdown.PROSE:
            keep(line_and_break(i))
            i = j
            continue
        while j < len(rows) and rows[j].leaf is leaf:
            j += 1
        run = [_unquoted(row, mark) if quoted else row for row, mark in zip(rows[i:j], marks[i:j])]
        k = i
        for piece, count in _leaf_pieces(draft, leaf, run):
            layout.append((len(pieces), draft[rows[k].start:rows[k + count - 1].end]))
            pieces.append(piece)
            k += count
            keep(line_and_break(k - 1, rows[k - 1].end))
        for m in range(k, j):  # lines no piece covers (an empty heading)
            keep(line_and_break(m))
        i = j
    if any(_WORD_RE.search(p.text) for p in pieces):
        block.pieces, block.layout = pieces, layout
        return
    block.quote_prefix = ""
    kinds = {row.leaf.kind for row in rows if row.leaf}
    reason = next((r for kind, r in _KEPT if kind in kinds), "")
    if not reason:
        wordless = pieces or not (markdown.RULE in kinds or _WORD_RE.search(block.body))
        reason = "no words to rewrite" if wordless else "no prose to rewrite"
    block.skip_reason = reason


def split_document(draft: str) -> list[Block]:
    """The draft's blocks, in order; their spans tile the draft exactly."""
    structure = markdown.blocks(draft)
    by_start = {line.start: (leaf, k) for leaf in structure.leaves for k, line in enumerate(leaf.lines)}
    quotes: dict[int, markdown.Span] = {}
    for marker in structure.markers:
        if marker.kind == markdown.QUOTE:
            quotes.setdefault(marker.start, marker)
    blocks: list[Block] = []
    for index, (start, end) in enumerate(segmentation.paragraphs(draft)):
        chunk = draft[start:end]
        body = chunk.rstrip()
        trailing = chunk[len(body):]
        # Blank lines before the first block stay in front, untouched.
        text_at = len(body) - len(body.lstrip())
        lead = body[:max(body.rfind("\n", 0, text_at), body.rfind("\r", 0, text_at)) + 1]
        block = Block(index, start, end, body, trailing, lead=lead)
        _fill(block, draft, start + len(lead), start + len(body), by_start, quotes)
        blocks.append(block)
    return blocks


def split_long(text: str, max_tokens: int) -> list[str]:
    """Runs of whole sentences of at most ``max_tokens`` (estimated) each; one run if it fits."""
    if estimate_tokens(text) <= max_tokens:
        return [text]
    runs: list[str] = []
    current = ""
    for s, e in segmentation.sentences(text):
        sentence = text[s:e]
        if current and estimate_tokens(current + sentence) > max_tokens:
            runs.append(current.strip())
            current = ""
        current += sentence
    if current.strip():
        runs.append(current.strip())
    return runs


def last_sentence(text: str) -> str:
    spans = segmentation.sentences(text)
    return text[spans[-1][0]:spans[-1][1]].strip() if spans else ""
