"""Turning what a model said into just the rewritten text.

``clean(raw, draft, prompt_lines=(), context=())`` returns a ``Cleaned``:
the rewrite alone, what was taken away, and whether the rewrite ended
before the answer did. In order, it removes:

- chat-template control tokens (``<|im_end|>``, ``<end_of_turn>``, ``[/INST]``…)
  and a Markdown code fence wrapping the whole answer;
- *chatter* (``rewriting.chatter``), found clause by clause with the
  patterns of ``resources/prompts/cleaning.toml`` in English, German, French
  and Spanish: lead-ins ("Sure! Here's…",
  "I would rewrite the text to:", "Voici…", "Hier ist…"), echoed
  instructions ("Rewrite this text:", "The text is in English", or any line
  close to one of ``prompt_lines``), and notes after the text ("Note: I kept…",
  "In this rewrite, I…"), which end the answer;
- text that copies the ``context`` the model was shown instead of the draft;
- wrapping quotation marks, a full stop added to a one-sentence piece that
  had none (a heading, a list item), and Markdown prefixes (``- ``, ``## ``,
  ``> ``) the model re-added to a piece given without them.

What is a fence or a prefix, ``core.markdown`` says, as it does for the draft.

Echoes and lead-ins split an answer into alternatives (a small model often
says the draft back, then "Rewrite this text:", then a rewrite, or the other
way round): the alternative kept is one that is not a copy of the draft or
the context and shares the most words with the draft, else the draft copy.
Blank-line-separated blocks within the kept text are joined into one
paragraph when the draft piece is one, so the paragraph count never changes.

Anything the draft itself says (its own "Note:", its own quotes) is kept: a
pattern that matches a clause of the draft is not used for that piece.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from humanize_desktop.core import markdown, segmentation
from humanize_desktop.core.rewriting import chatter
from humanize_desktop.core.rewriting.chatter import ChatterRules

_COPY_GRAM = 5  # a run of this many words shared with the context is a copy of it


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: tuple[str, ...] = ()  # control, fence, lead_in, echo, note, context, alternative, quotes,
    #                                full stop, markup
    complete: bool = False  # chatter followed the text: a cut-off answer lost nothing of it


_CONTROL_RE = regex.compile(
    r"<\|[a-z_]{2,30}\|>(?:assistant|user|system|model)?\n?"  # <|im_end|>, <|eot_id|>, <|assistant|>
    r"|<\|start_header_id\|>.*?<\|end_header_id\|>\n*"
    r"|<(?:start|end)_of_turn>(?:model|user)?\n?"
    r"|\[/?INST\]|<</?SYS>>|</?s>"
    r"|<\|im_start\|>\w*\n?",
    regex.I,
)
_WORDS_RE = regex.compile(r"[\p{L}\p{N}]+")
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "'": "'", "‘": "’", "「": "」", "『": "』"}


def _grams(text: str, n: int = _COPY_GRAM) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in _WORDS_RE.findall(text)]
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _copies(text: str, source: set[tuple[str, ...]], own: set[tuple[str, ...]]) -> bool:
    """Is ``text`` mostly a copy of ``source`` (and not of ``own``, the draft)?"""
    grams = _grams(text)
    if not grams or not source:
        return False
    return len((grams & source) - own) >= 0.5 * len(grams)


def _overlap(draft: str, text: str) -> float:
    d, t = chatter.wordset(draft), chatter.wordset(text)
    if not d or not t:
        return 0.0
    shared = len(d & t)
    return max(shared / len(d), shared / len(t))


def _norm(text: str) -> str:
    return " ".join(_WORDS_RE.findall(text.casefold()))


def _pick(groups: list[str], draft: str, context: Sequence[str]) -> int:
    """Index of the alternative to keep among texts separated by echoes or lead-ins."""
    candidates = [i for i, g in enumerate(groups) if _WORDS_RE.search(g)]
    if len(candidates) <= 1:
        return candidates[0] if candidates else len(groups) - 1
    own = _grams(draft)
    ctx = set().union(*(_grams(c) for c in context)) if context else set()
    fresh = [i for i in candidates if not _copies(groups[i], ctx, own)] or candidates
    same = _norm(draft)
    changed = [i for i in fresh if _norm(groups[i]) != same and _overlap(draft, groups[i]) >= 0.3]
    pool = changed or fresh
    return max(pool, key=lambda i: (_overlap(draft, groups[i]), -i))


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


def _drop_context_sentences(text: str, draft: str, context: Sequence[str]) -> tuple[str, bool]:
    """Leading or trailing sentences that repeat the context instead of the draft."""
    if not context:
        return text, False
    ctx = set().union(*(_grams(c, 4) for c in context))
    own = _grams(draft, 4)
    spans = segmentation.sentences(text)
    keep = [(s, e) for s, e in spans]
    dropped = False
    while len(keep) > 1 and _copies_n(text[keep[0][0]:keep[0][1]], ctx, own):
        keep.pop(0)
        dropped = True
    while len(keep) > 1 and _copies_n(text[keep[-1][0]:keep[-1][1]], ctx, own):
        keep.pop()
        dropped = True
    if not dropped:
        return text, False
    return text[keep[0][0]:keep[-1][1]].strip(), True


def _copies_n(sentence: str, ctx: set[tuple[str, ...]], own: set[tuple[str, ...]]) -> bool:
    grams = _grams(sentence, 4)
    return bool(grams) and len((grams & ctx) - own) >= 0.6 * len(grams)


# ----------------------------------------------------------------------------- public

def clean(raw: str, draft: str, prompt_lines: Iterable[str] = (), context: Sequence[str] = (),
          rules: ChatterRules | None = None) -> Cleaned:
    """The rewrite alone, from a model's raw answer for ``draft`` (one piece of a paragraph).

    ``prompt_lines`` are the instruction lines the model was given; a line
    or label close to one of them is an echo. ``context`` is the text shown
    around the draft (heading, sentence before); copies of it are dropped.
    """
    rules = rules or chatter.load_rules()
    removed: list[str] = []
    text = _CONTROL_RE.sub("", raw)
    if text != raw:
        removed.append("control")
    text = text.replace("\r\n", "\n").strip()
    draft_stripped = draft.strip()
    fenced = markdown.fenced_code(text)
    if fenced is not None and "```" not in draft:
        text = fenced.strip()
        removed.append("fence")
    spans = chatter.spans(text, draft_stripped, rules, prompt_lines)
    groups: list[str] = []
    ends: list[int] = []  # where each group ends in ``text``
    pos = 0
    for span in spans:
        removed.append(span.kind)
        groups.append(text[pos:span.start])
        ends.append(span.start)
        pos = span.end
    if pos < len(text):
        groups.append(text[pos:])
        ends.append(len(text))
    if not groups:
        return Cleaned("", tuple(removed), False)
    chosen = _pick(groups, draft_stripped, context)
    if sum(1 for g in groups if _WORDS_RE.search(g)) > 1:
        removed.append("alternative")
    text = groups[chosen].strip()
    complete = bool(spans) and any(s.start >= ends[chosen] for s in spans if s.kind in ("note", "echo"))
    text, dropped = _drop_context_sentences(text, draft_stripped, context)
    if dropped:
        removed.append("context")
    blocks = [text[a:b].strip() for a, b in segmentation.paragraphs(text) if text[a:b].strip()]
    draft_blocks = len(segmentation.paragraphs(draft_stripped)) or 1
    if len(blocks) > draft_blocks == 1:
        text = " ".join(" ".join(b.split("\n")) for b in blocks)  # keep one paragraph
    else:
        text = "\n\n".join(blocks)
    if "\n" not in draft_stripped and "\n" in text:
        text = " ".join(line.strip() for line in text.split("\n") if line.strip())
    unquoted = _strip_wrapping_quotes(text, draft_stripped)
    if unquoted != text:
        removed.append("quotes")
        text = unquoted
    if (text.endswith(".") and not text.endswith("..") and draft_stripped[-1:].isalnum()
            and len(segmentation.sentences(text)) == 1):
        text = text[:-1]  # a heading or list item without a full stop stays without one
        removed.append("full stop")
    if not markdown.leading_markup(draft_stripped):
        prefix = markdown.leading_markup(text)
        if prefix and text[len(prefix):].strip():
            text = text[len(prefix):].strip()
            removed.append("markup")
    return Cleaned(text, tuple(removed), complete)


def clean_output(raw: str, draft: str, prompt_lines: Sequence[str] = ()) -> str:
    """Just the cleaned text (see ``clean``)."""
    return clean(raw, draft, prompt_lines).text


