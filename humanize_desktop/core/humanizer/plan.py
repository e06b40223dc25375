"""PLAN: what reads as machine-written in a text, sentence by sentence, and what to do about it.

``plan(text, language)`` runs the AI-tell lexicon's rules (``checks.aitells``,
the one owner of the lexicon and of matching) over each paragraph and turns
every hit outside protected text into a ``PlanItem``: the span, the rule's
stable name, the reason as a ``Message`` (id ``humanizer.<rule>``), the
deterministic fix where the lexicon has one (cased like the text it
replaces) or else the model job, and the sentence it sits in.

Phrase and pattern items that touch protected text (``protect``) are
dropped; a sentence-wide item (a long sentence, a passive chain) is dropped
only when the sentence itself starts inside protected text, since a model
job can rewrite around a code span or a name but not inside a quotation.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass

import regex

from humanize_desktop.core import messages, segmentation
from humanize_desktop.core.checks import aitells
from humanize_desktop.core.checks.aitells import Hit, reason_id
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.humanizer import protect
from humanize_desktop.core.humanizer.splicing import cased
from humanize_desktop.core.messages import Message

log = logging.getLogger(__name__)

_SENTENCE_WIDE = ("long-sentence", "passive-chain", "uniform-length")
_ARG_LIMIT = 60  # a message argument is a quoted phrase, never a whole sentence
#: The rule id of the writer's own phrase replacements (``core.learning``).
OWN_RULE = "own-rule"

messages.register({"humanizer.own-rule": "Your own rule, learned from your edits: “{phrase}” becomes “{fix}”."})


@dataclass(frozen=True)
class PlanItem:
    """One thing to change: ``text[start:end]``, why, and how (a fix, or a model job)."""

    start: int
    end: int
    rule: str  # the lexicon rule's stable name: "opener.moreover"
    message: Message
    fix: str | None  # the deterministic replacement for text[start:end]; None = needs ``job``
    job: str | None  # "rewrite-without", "split", "vary-opener" or "simplify"; None when fixed
    sentence: tuple[int, int]  # the sentence the item is in (white space after it excluded)


def _quoted(phrase: str) -> str:
    phrase = " ".join(phrase.split())
    return phrase if len(phrase) <= _ARG_LIMIT else phrase[:_ARG_LIMIT - 1] + "…"


class _Sentences:
    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [(s, s + len(text[s:e].rstrip())) for s, e in segmentation.sentences(text)]
        self.starts = [s for s, _ in self.spans]

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.spans[i] if i >= 0 else (pos, pos)


def _item(hit: Hit, offset: int, sentences: _Sentences) -> PlanItem:
    rule = hit.rule
    fix = None if hit.fix is None else cased(hit.fix, hit.matched)
    message = messages.make(reason_id(rule), phrase=_quoted(hit.matched), fix=fix or "")
    start, end = hit.start + offset, hit.end + offset
    return PlanItem(start, end, rule.name, message, fix, rule.job if fix is None else None, sentences.around(start))


def _own_rule_items(text: str, own_rules: Iterable[tuple[str, str]], guard: protect.Guard,
                    sentences: _Sentences) -> list[PlanItem]:
    """The writer's own phrase replacements (learned from their edits) as fix items."""
    items = []
    for phrase, replacement in own_rules:
        words = phrase.split()
        if not words:
            continue
        pattern = r"(?<![\p{L}\p{N}])" + r"\s+".join(regex.escape(w) for w in words) + r"(?![\p{L}\p{N}])"
        for m in regex.finditer(pattern, text, regex.IGNORECASE | regex.V1):
            if guard.overlaps(m.start(), m.end()):
                continue
            fix = cased(replacement, m.group())
            message = messages.make("humanizer.own-rule", phrase=_quoted(m.group()), fix=_quoted(fix))
            items.append(PlanItem(m.start(), m.end(), OWN_RULE, message, fix, None, sentences.around(m.start())))
    return items


def plan(text: str, language: str, *, protected_terms: Iterable[str] = (),
         protected_spans: Iterable[tuple[int, int]] = (), suppressed: Collection[str] = (),
         own_rules: Iterable[tuple[str, str]] = ()) -> list[PlanItem]:
    """Plan items for ``text`` in ``language``, sorted by position (items may overlap:
    a phrase inside a long sentence has its own item).

    What the writer taught (``core.learning``): rules in ``suppressed`` are
    not planned; ``own_rules`` (phrase, replacement) are planned as fixes of
    the rule ``own-rule``.
    """
    lang = base(language)
    lex = aitells.lexicon(lang)
    guard = protect.Guard(protect.protected_spans(text, lang, protected_terms, protected_spans))
    sentences = _Sentences(text)
    items: list[PlanItem] = []
    for p_start, p_end in segmentation.paragraphs(text):
        for hit in aitells.hits(text[p_start:p_end], lang):
            start, end = hit.start + p_start, hit.end + p_start
            sentence_wide = hit.rule.detector in _SENTENCE_WIDE
            if guard.contains(start) if sentence_wide else guard.overlaps(start, end):
                continue
            if hit.rule.name in suppressed:
                continue
            items.append(_item(hit, p_start, sentences))
    items += _own_rule_items(text, own_rules, guard, sentences)
    log.debug("planned %d items (%d with a fix) for %d characters of %s", len(items),
              sum(i.fix is not None for i in items), len(text), lang)
    return sorted(items, key=lambda i: (i.start, i.end, i.rule))
