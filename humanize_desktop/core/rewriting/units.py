"""Cutting a Markdown document into the pieces a model rewrites, and putting it back together.

A *block* is one paragraph as ``tokens.paragraphs`` finds it (its span
includes the blank lines after it, so blocks tile the document). Blocks that
are not prose are skipped and kept byte for byte: fenced or indented code,
tables, HTML, front matter, thematic breaks, link reference definitions,
math, and anything without words.

A prose block becomes *pieces*: the text of each list item, heading,
quoted paragraph or plain paragraph, with its Markdown prefix (``- [ ] ``,
``## ``, ``> ``) held back and its soft line breaks joined, so the model
sees only prose. ``Block.rebuild(texts)`` puts the rewritten texts back
behind the same prefixes, re-wrapping lines to the draft's width when the
draft was hard-wrapped, and keeps the block's trailing blank lines, so the
document's paragraph count and structure survive any rewrite.

``split_long(text, max_tokens)`` cuts a piece that is too long for the
context window into runs of whole sentences.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

import regex

from humanize_desktop.core import tokens
from humanize_desktop.core.engine.base import estimate_tokens

_FENCE_RE = regex.compile(r"^[ ]{0,3}(?:`{3,}|~{3,})")
_INDENTED_CODE_RE = regex.compile(r"^(?: {4}|\t)")
_TABLE_RE = regex.compile(r"^\s*\|")
_HTML_RE = regex.compile(r"^\s*<(?:[A-Za-z][\w-]*|!--)[^>]*>?")
_RULE_RE = regex.compile(r"^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LINK_DEF_RE = regex.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*\S+")
_MATH_RE = regex.compile(r"^\s*\$\$")
_HEADING_RE = regex.compile(r"^([ ]{0,3}#{1,6}[ \t]+)(.*?)([ \t]+#+[ \t]*)?$")
_SETEXT_RE = regex.compile(r"^[ ]{0,3}(?:=+|-+)[ \t]*$")
_LIST_RE = regex.compile(r"^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)(.*)$")
_QUOTE_RE = regex.compile(r"^([ ]{0,3}>[ \t]?)(.*)$")
_WORD_RE = regex.compile(r"\p{L}")


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

    @property
    def rewritable(self) -> bool:
        return not self.skip_reason and bool(self.pieces)

    def rebuild(self, texts: list[str]) -> str:
        """The block with each piece replaced by ``texts[i]`` (same order as ``pieces``)."""
        if not self.rewritable or list(texts) == [p.text for p in self.pieces]:
            return self.body + self.trailing
        lines = "\n".join(p.render(t) for p, t in zip(self.pieces, texts))
        if self.quote_prefix:
            lines = "\n".join(self.quote_prefix + line if line else self.quote_prefix.rstrip()
                              for line in lines.split("\n"))
        return self.lead + lines + self.trailing


def _skip_reason(body: str, index: int) -> str:
    first = body.lstrip("\n").split("\n", 1)[0]
    lines = body.split("\n")
    if _FENCE_RE.match(first):
        return "code is never rewritten"
    if all(_INDENTED_CODE_RE.match(line) for line in lines if line.strip()) and not _LIST_RE.match(first):
        return "code is never rewritten"
    if index == 0 and first.strip() in ("---", "+++"):
        return "front matter is kept as it is"
    if _MATH_RE.match(first):
        return "math is kept as it is"
    if all(_TABLE_RE.match(line) for line in lines if line.strip()):
        return "tables are kept as they are"
    if _HTML_RE.match(first) and body.rstrip().endswith(">"):
        return "HTML is kept as it is"
    if all(_RULE_RE.match(line) or _LINK_DEF_RE.match(line) for line in lines if line.strip()):
        return "no prose to rewrite"
    if not _WORD_RE.search(body):
        return "no words to rewrite"
    return ""


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


def _pieces(lines: list[str]) -> list[Piece]:
    pieces: list[Piece] = []
    current: list[str] = []
    current_piece: Piece | None = None
    raw_lines: list[str] = []

    def flush() -> None:
        nonlocal current_piece, current, raw_lines
        if current_piece is not None:
            if len(raw_lines) > 1 and not _hard_wrapped(raw_lines) and not current_piece.prefix.strip():
                # Lines broken on purpose: each line is its own piece, so the breaks stay.
                for line in raw_lines:
                    lead = line[:len(line) - len(line.lstrip())]
                    pieces.append(Piece(line.strip(), prefix=lead, indent=lead, original=line))
            else:
                current_piece.text = " ".join(part.strip() for part in current if part.strip())
                current_piece.width = _width(raw_lines)
                current_piece.original = "\n".join(raw_lines)
                pieces.append(current_piece)
        current_piece, current, raw_lines = None, [], []

    i = 0
    while i < len(lines):
        line = lines[i]
        heading = _HEADING_RE.match(line)
        item = _LIST_RE.match(line)
        if heading:
            flush()
            pieces.append(Piece(heading.group(2), prefix=heading.group(1), suffix=heading.group(3) or "",
                                original=line))
        elif i + 1 < len(lines) and _SETEXT_RE.match(lines[i + 1]) and line.strip() and current_piece is None:
            pieces.append(Piece(line.strip(), prefix=line[:len(line) - len(line.lstrip())],
                                suffix="\n" + lines[i + 1], original=line + "\n" + lines[i + 1]))
            i += 1
        elif item:
            flush()
            current_piece = Piece("", prefix=item.group(1), indent=" " * len(item.group(1)))
            current, raw_lines = [item.group(2)], [line]
        elif current_piece is not None and (current_piece.prefix.strip() == "" or line[:1] in " \t"):
            current.append(line)  # a continuation line of the paragraph or list item
            raw_lines.append(line)
            if current_piece.prefix.strip() and not current_piece.indent.strip():
                current_piece.indent = line[:len(line) - len(line.lstrip())] or current_piece.indent
        else:
            flush()
            lead = line[:len(line) - len(line.lstrip())]
            current_piece = Piece("", prefix=lead, indent=lead)
            current, raw_lines = [line], [line]
        i += 1
    flush()
    return [p for p in pieces if p.text]


def split_document(draft: str) -> list[Block]:
    """The draft's blocks, in order; their spans tile the draft exactly."""
    blocks: list[Block] = []
    for index, (start, end) in enumerate(tokens.paragraphs(draft)):
        chunk = draft[start:end]
        body = chunk.rstrip()
        trailing = chunk[len(body):]
        # Leading blank lines (only the first block has them) stay in front, untouched.
        lead = body[:len(body) - len(body.lstrip("\n"))]
        block = Block(index, start, end, body, trailing, lead=lead)
        # Paragraph spans start after the indentation of their first line (it ends the previous
        # span's whitespace); put it back for deciding what the block is (indented code).
        line_start = draft.rfind("\n", 0, start) + 1
        indent = draft[line_start:start] if line_start < start and not draft[line_start:start].strip() else ""
        reason = _skip_reason(indent + body.lstrip("\n"), index)
        if reason:
            block.skip_reason = reason
            blocks.append(block)
            continue
        lines = body.lstrip("\n").split("\n")
        quote_prefix = ""
        quoted = [_QUOTE_RE.match(line) for line in lines]
        if all(quoted):
            quote_prefix = quoted[0].group(1) if quoted[0] else ""  # type: ignore[union-attr]
            quote_prefix = quote_prefix if quote_prefix.endswith(" ") else quote_prefix + " "
            lines = [m.group(2) for m in quoted if m]  # type: ignore[union-attr]
        block.pieces = _pieces(lines)
        block.quote_prefix = quote_prefix
        if not block.pieces:
            block.skip_reason = "no words to rewrite"
        blocks.append(block)
    return blocks


def split_long(text: str, max_tokens: int) -> list[str]:
    """Runs of whole sentences of at most ``max_tokens`` (estimated) each; one run if it fits."""
    if estimate_tokens(text) <= max_tokens:
        return [text]
    runs: list[str] = []
    current = ""
    for s, e in tokens.sentences(text):
        sentence = text[s:e]
        if current and estimate_tokens(current + sentence) > max_tokens:
            runs.append(current.strip())
            current = ""
        current += sentence
    if current.strip():
        runs.append(current.strip())
    return runs


def last_sentence(text: str) -> str:
    spans = tokens.sentences(text)
    return text[spans[-1][0]:spans[-1][1]].strip() if spans else ""
