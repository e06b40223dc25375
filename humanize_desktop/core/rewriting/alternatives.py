"""Other wordings for one part of a text, each cleaned and checked like a rewrite before it is offered.

``find(draft, start, end, options, engine, n=3, cancel=None)`` asks the
model up to ``2 * n`` times for another wording of ``draft[start:end]`` (a
change, a phrase or a sentence) and returns at most ``n`` distinct ones,
each ready to replace that span (its surrounding whitespace kept).

A small model rarely answers with the wording alone. It says
``Alternative: "Moreover, revenue has grown."``, or
``Here is the alternative: "has grown" This option maintains…``, or gives
the whole sentence back. Every answer therefore goes through:

1. ``rewriting.cleaning`` with the patterns of
   ``resources/prompts/cleaning.toml`` (labels such as "Alternative:",
   lead-ins, commentary after the wording, wrapping quotes);
2. the quoted wording alone when a quotation is followed by more words
   (``"has risen", which keeps the meaning``);
3. words it repeats from right before or right after the part, dropped
   (``Moreover, revenue has risen`` for "has grown" after "Moreover,
   revenue"), and the part's capitalisation and closing punctuation;
4. the same guards as a rewrite (``guards.check_rewrite``: chatter,
   copied instructions, loops, numbers, links, protected terms, another
   language, and the fact gates of the rewrite prompts), and one more: no
   content word of the surrounding sentence that the part does not have
   (a wording that restates its context would say it twice).

An answer that fails any of these is not offered.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import language
from humanize_desktop.core.engine.base import Engine, GenerationRequest, estimate_tokens
from humanize_desktop.core.rewriting import chatter, cleaning, guards, prompts, styles

if TYPE_CHECKING:
    from humanize_desktop.core.rewriting.options import RewriteOptions

log = logging.getLogger(__name__)

_WORD_RE = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
_OPENING_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’", "‚": "‘"}
_CLOSING_QUOTES = {close: opening for opening, close in _OPENING_QUOTES.items()}
_CLOSING_PUNCTUATION = ".!?…"
_JOINERS = " \t,;:"  # left at the edge of a wording once repeated neighbour words are cut off
_MAX_NEIGHBOUR_WORDS = 12
_LENGTH_RATIO = (0.4, 2.5)  # another wording may be shorter or longer than a rewrite of the piece
_EXTRA_WORDS = 3  # a wording of a few words may have this many more than the ratio allows
_ANSWER_TOKENS = 48  # room for a label and the start of commentary after the wording


@dataclass(frozen=True)
class _Part:
    """The part to reword and the text around it, within its paragraph."""

    core: str  # the part without surrounding whitespace
    lead: str  # whitespace before it
    tail: str  # whitespace after it
    paragraph: str
    before: str  # the paragraph before the part
    after: str  # the paragraph after the part
    around: str  # the rest of the part's sentence(s), and the sentences next to them


def _locate(draft: str, start: int, end: int) -> _Part | None:
    part = draft[start:end]
    core = part.strip()
    if not core:
        return None
    lead = part[:len(part) - len(part.lstrip())]
    tail = part[len(part.rstrip()):]
    core_start = start + len(lead)
    core_end = core_start + len(core)
    p_start, p_end = next(((s, e) for s, e in segmentation.paragraphs(draft) if s <= core_start < e), (start, end))
    p_end = max(p_end, core_end)
    paragraph = draft[p_start:p_end]
    # The part's sentence(s) and one on either side: what a wording must not say again.
    spans = segmentation.sentences(draft, p_start, p_end)
    touched = [i for i, (s, e) in enumerate(spans) if s < core_end and e > core_start]
    first, last = (max(0, touched[0] - 1), min(len(spans) - 1, touched[-1] + 1)) if touched else (-1, -1)
    s_start = spans[first][0] if touched else core_start
    s_end = spans[last][1] if touched else core_end
    around = draft[s_start:core_start] + " " + draft[core_end:s_end]
    return _Part(core, lead, tail, paragraph, draft[p_start:core_start], draft[core_end:p_end], around)


def _words(text: str) -> list[regex.Match[str]]:
    return list(_WORD_RE.finditer(text))


def _folded(matches: list[regex.Match[str]]) -> list[str]:
    return [m.group().casefold() for m in matches]


def quoted_wording(text: str, part: str) -> str:
    """The quotation an answer starts with, when more words follow it (commentary on the wording)."""
    close = _OPENING_QUOTES.get(text[:1])
    if close is None or part.startswith(text[:1]):
        return text
    end = text.find(close, 1)
    if end <= 1 or not text[end + 1:].strip():
        return text
    inner = text[1:end].strip()
    return inner if _WORD_RE.search(inner) else text


def balanced(text: str, part: str) -> str:
    """``text`` without a quotation mark left alone at either end (its other half went with the context)."""
    close = _OPENING_QUOTES.get(text[:1])
    if close is not None and not part.startswith(text[:1]) and close not in text[1:]:
        text = text[1:].lstrip()
    opening = _CLOSING_QUOTES.get(text[-1:])
    if opening is not None and not part.endswith(text[-1:]) and opening not in text[:-1]:
        text = text[:-1].rstrip()
    return text


def without_neighbours(text: str, part: str, before: str, after: str) -> str:
    """``text`` less the words it repeats from right before or after ``part``.

    Words the part itself starts or ends with are kept ("that that" in the
    draft stays possible).
    """
    own = _folded(_words(part))
    cand = _words(text)
    prev = _folded(_words(before))[-_MAX_NEIGHBOUR_WORDS:]
    for k in range(min(len(prev), len(cand) - 1), 0, -1):
        if prev[-k:] == _folded(cand[:k]) and own[:k] != prev[-k:]:
            text = text[cand[k - 1].end():].lstrip(_JOINERS)
            cand = _words(text)
            break
    nxt = _folded(_words(after))[:_MAX_NEIGHBOUR_WORDS]
    for k in range(min(len(nxt), len(cand) - 1), 0, -1):
        if nxt[:k] == _folded(cand[-k:]) and own[-k:] != nxt[:k]:
            text = text[:cand[-k].start()].rstrip(_JOINERS)
            break
    return text


def _names(paragraph: str) -> set[str]:
    """Capitalised words that do not start a sentence: names, which keep their capital."""
    found = set()
    for s, e in segmentation.sentences(paragraph):
        for m in _words(paragraph[s:e])[1:]:
            if m.group()[:1].isupper():
                found.add(m.group())
    return found


def fitted(text: str, part: str, paragraph: str) -> str:
    """``text`` with the part's capitalisation at the start and its closing punctuation at the end."""
    if not text:
        return text
    first = _words(text)[:1]
    word = first[0].group() if first else ""
    if part[:1].islower() and text[:1].isupper() and word[1:] == word[1:].lower() and word not in _names(paragraph):
        text = text[0].lower() + text[1:]
    elif part[:1].isupper() and text[:1].islower():
        text = text[0].upper() + text[1:]
    ends = part[-1:] in _CLOSING_PUNCTUATION
    if ends and text.rstrip("\"”’»'")[-1:] not in _CLOSING_PUNCTUATION:
        text += part[-1]
    elif not ends and text.endswith(".") and not text.endswith("..") and len(segmentation.sentences(text)) == 1:
        text = text[:-1]
    return text


def _content(text: str) -> set[str]:
    return {w.casefold() for w in segmentation.words(text) if len(w) >= 4 or not w.isascii()}


def restated_context(text: str, part: _Part) -> str:
    """A content word ``text`` takes from the sentences around the part (which would say it twice), or ""."""
    repeated = (_content(text) & _content(part.around)) - _content(part.core)
    return min(repeated) if repeated else ""


def _problem(text: str, part: _Part) -> str | None:
    """Why a wording that passed the rewrite guards is still not offered, or ``None``."""
    n_part, n_text = segmentation.count_words(part.core), segmentation.count_words(text)
    if n_text > _LENGTH_RATIO[1] * n_part + _EXTRA_WORDS:
        return f"it is much longer than the part ({n_text} words instead of {n_part})"
    repeated = restated_context(text, part)
    return f"it repeats “{repeated}” from the text around it" if repeated else None


def find(draft: str, start: int, end: int, options: RewriteOptions, engine: Engine, n: int = 3,
         cancel: threading.Event | None = None) -> list[str]:
    """Up to ``n`` distinct wordings for ``draft[start:end]`` that pass every check (see the module)."""
    part = _locate(draft, start, end)
    if part is None:
        return []
    table = prompts.load_prompts()
    rules_file = chatter.load_rules()
    style = styles.get_style(options.style)
    messages = prompts.alternative_messages(table, style, part.paragraph, part.core, options.custom_instructions,
                                            options.protected_terms)
    # Instruction lines an answer may echo; the quoted paragraph and part are the draft's words, not these.
    prompt_lines = [line.split('"')[0] for m in messages for line in m["content"].split("\n")]
    lang = language.detect_document(part.paragraph).code
    rules = guards.GuardRules(
        length_ratio=_LENGTH_RATIO, min_overlap=0.0, protected_terms=options.protected_terms,
        language="" if lang == language.UNDETERMINED else lang, fidelity=table.fidelity_kinds,
        prompt_text="\n".join(m["content"] for m in messages))
    context = tuple(c for c in (part.before, part.after) if c.strip())
    found: list[str] = []
    seen = {" ".join(_folded(_words(part.core)))}
    for attempt in range(2 * n):
        if len(found) >= n or (cancel is not None and cancel.is_set()):
            break
        seed = options.seed + 1 + attempt if options.seed >= 0 else -1
        req = GenerationRequest(messages=messages, max_tokens=int(estimate_tokens(part.core) * 2) + _ANSWER_TOKENS,
                                temperature=max(0.8, options.temperature), top_p=options.top_p,
                                repeat_penalty=options.repeat_penalty, seed=seed, stop=table.stop)
        gen = engine.generate(req, cancel=cancel)
        if gen.finish_reason == "cancelled":
            break
        cleaned = cleaning.clean(gen.text, part.core, prompt_lines, context, rules_file)
        text = balanced(quoted_wording(cleaned.text, part.core), part.core)
        text = without_neighbours(text, part.core, part.before, part.after)
        text = fitted(text, part.core, part.paragraph)
        # An answer cut off in the commentary after a finished wording lost nothing of it.
        finish = "stop" if gen.finish_reason == "length" and cleaned.complete else gen.finish_reason
        norm = " ".join(_folded(_words(text)))
        if norm in seen:
            continue
        reason = guards.check_rewrite(part.core, text, finish, rules) or _problem(text, part)
        if reason:
            log.debug("alternative %d not offered: %s", attempt + 1, reason)
            continue
        seen.add(norm)
        found.append(part.lead + text + part.tail)
    return found
