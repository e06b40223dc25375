"""Turning what a model said into just the rewritten text.

``clean_output(raw, draft)`` removes, in order: chat-template control tokens
(``<|im_end|>``, ``<end_of_turn>``, ``[/INST]``…); an echoed label
(``Rewritten text:``) or chatbot preamble (``Sure! Here's a more natural
version:``), in several languages; trailing notes (``Note: I kept…``,
``Let me know if…``, ``Changes made:``) after the text; a Markdown code
fence or quotation marks wrapping the whole answer; and Markdown prefixes
(``- ``, ``## ``, ``> ``) the model re-added to a piece given without them.
Anything the draft itself contains (its own quotes, its own "Note:") is
kept: every rule looks at the draft first.

Extra blank-line-separated blocks that are not notes are joined into one
paragraph, so the paragraph count of the document never changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

# Chat-template markup that a model may print as text.
_CONTROL_RE = regex.compile(
    r"<\|[a-z_]{2,30}\|>(?:assistant|user|system|model)?\n?"  # <|im_end|>, <|eot_id|>, <|assistant|>
    r"|<\|start_header_id\|>.*?<\|end_header_id\|>\n*"
    r"|<(?:start|end)_of_turn>(?:model|user)?\n?"
    r"|\[/?INST\]|<</?SYS>>|</?s>"
    r"|<\|im_start\|>\w*\n?",
    regex.I,
)

# A first line that introduces the answer instead of being part of it.
_PREAMBLE_RE = regex.compile(
    r"^\s*(?:"
    r"(?:sure|certainly|of course|okay|ok|absolutely|here you go|great)\b[^\n]*"
    r"|(?:here(?:'s| is| are)|below is|this is)\b[^\n]*"
    r"|(?:the )?(?:rewritten|revised|edited|improved|humani[sz]ed|updated|new)\b[^\n]{0,60}"
    r"|(?:i(?:'ve| have) (?:rewritten|revised|edited)|i rewrote)\b[^\n]*"
    r"|(?:rewrite|rewritten|revision|version|output|answer|text)\s*\d*\s*:"
    r"|(?:voici|voilà|bien sûr|hier ist|hier sind|gerne|natürlich|claro|aquí (?:está|tienes)"
    r"|ecco|certo|aqui está|вот)\b[^\n]*"
    r")\s*(?::|\n|$)",
    regex.I,
)
# An inline label glued to the text: "Rewritten text: The meeting…"
_LABEL_RE = regex.compile(
    r"^\s*(?:(?:the )?(?:rewritten|revised|edited|improved|humani[sz]ed) (?:text|version|paragraph)"
    r"|rewrite|rewritten|revision)\s*:\s*",
    regex.I,
)
# A block after the text that talks about the text.
_NOTE_RE = regex.compile(
    r"^\s*(?:\(?\s*(?:note|notes|nb|p\.s\.|explanation|changes(?: made)?|i (?:changed|made|kept|have|'ve)"
    r"|this (?:version|rewrite|revision)|let me know|i hope|feel free|hope this|remarque|anmerkung|hinweis|nota)"
    r"\b|-{3,}\s*$|\*{3,}\s*$)",
    regex.I,
)
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "'": "'", "‘": "’", "「": "」", "『": "』"}
_FENCE_RE = regex.compile(r"^```[\w-]*\n(.*?)\n?```$", regex.S)
_MD_PREFIX_RE = regex.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)")
_BLOCK_SPLIT_RE = regex.compile(r"\n\s*\n")


def _strip_wrapping_quotes(text: str, draft: str) -> str:
    for _ in range(2):
        if len(text) < 2:
            break
        close = _QUOTES.get(text[0])
        if close is None or text[-1] != close:
            break
        inner = text[1:-1]
        if draft.strip().startswith(text[0]) or close in inner or text[0] in inner and close != text[0]:
            break
        text = inner.strip()
    return text


_WORDS_RE = regex.compile(r"[\p{L}\p{N}]+")
_ECHO_SIMILARITY = 0.5


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORDS_RE.findall(text)}


def _strip_echo(text: str, draft: str, prompt_lines: Sequence[str]) -> str:
    """Drop leading lines or clauses that repeat the instructions instead of rewriting."""
    targets = [_words(line) for line in prompt_lines if _words(line)]
    if not targets:
        return text
    for _ in range(4):
        newline = text.find("\n")
        colon = text.find(":", 0, 160)
        cut = min(x for x in (newline, colon, len(text)) if x >= 0)
        head, rest = text[:cut], text[cut + 1:].strip()
        words = _words(head)
        if not rest or not words or draft.startswith(head.strip()):
            break
        if not any(len(words & t) / len(words | t) >= _ECHO_SIMILARITY for t in targets):
            break
        text = rest
    return text


def clean_output(raw: str, draft: str, prompt_lines: Sequence[str] = ()) -> str:
    """The rewrite alone, from a model's raw answer for ``draft`` (one piece of a paragraph).

    ``prompt_lines`` are the instruction lines the model was given with the
    draft; an answer that starts by repeating one of them loses that part.
    """
    text = _CONTROL_RE.sub("", raw).replace("\r\n", "\n").strip()
    draft_stripped = draft.strip()
    fence = _FENCE_RE.match(text)
    if fence and "```" not in draft:
        text = fence.group(1).strip()
    text = _strip_echo(text, draft_stripped, prompt_lines)
    # A preamble line (possibly repeated: "Sure!\nHere is the text:").
    for _ in range(3):
        first, sep, rest = text.partition("\n")
        if sep and rest.strip() and _PREAMBLE_RE.match(first + "\n") and not draft_stripped.startswith(first.strip()):
            text = rest.strip()
            continue
        label = _LABEL_RE.match(text)
        if label and not _LABEL_RE.match(draft_stripped):
            text = text[label.end():].strip()
            continue
        break
    blocks = [b.strip() for b in _BLOCK_SPLIT_RE.split(text) if b.strip()]
    draft_blocks = len([b for b in _BLOCK_SPLIT_RE.split(draft_stripped) if b.strip()]) or 1
    if len(blocks) > draft_blocks:
        # Trailing blocks that talk about the rewrite are not part of it.
        while len(blocks) > draft_blocks and _NOTE_RE.match(blocks[-1]) and not _NOTE_RE.match(draft_stripped):
            blocks.pop()
        # A leading preamble block ("Sure! Here it is:") likewise.
        while len(blocks) > draft_blocks and (_PREAMBLE_RE.match(blocks[0] + "\n") or blocks[0].endswith(":")):
            blocks.pop(0)
    if len(blocks) > draft_blocks == 1:
        text = " ".join(" ".join(b.split("\n")) for b in blocks)  # keep one paragraph
    else:
        text = "\n\n".join(blocks)
    # A single-line note glued after the text: "... text.\nNote: I kept the names."
    lines = text.split("\n")
    while len(lines) > 1 and _NOTE_RE.match(lines[-1]) and "\n" not in draft_stripped:
        lines.pop()
    text = "\n".join(lines).strip()
    text = _strip_wrapping_quotes(text, draft_stripped)
    if not _MD_PREFIX_RE.match(draft_stripped):
        prefix = _MD_PREFIX_RE.match(text)
        if prefix and text[prefix.end():].strip():
            text = text[prefix.end():].strip()
    return text
