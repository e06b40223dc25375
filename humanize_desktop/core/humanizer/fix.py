"""FIX: apply a plan's deterministic fixes as edits of the draft.

``apply_fixes(text, items, language)`` takes the plan items that have a fix
(job items are the model's business), keeps the one that covers more where
two overlap (then the earlier, then the rule name: always the same choice),
and applies them left to right, each joined into its surroundings by
``splicing.join`` with the output so far on its left, so a sentence whose
opener an earlier fix removed knows it starts a sentence now.

It returns the fixed text and the ``Edit`` records that make it: spans of
the *original* text, sorted and non-overlapping, so
``diffing.splice(text, [(e.start, e.end, e.text) for e in edits])`` gives
the fixed text exactly, and a review can show each edit with its reason.
When mending one joint reaches back into an earlier edit (an "a" two fixes
back that must become "an"), the two become one edit, credited to the
earlier rule.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import aitells
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.humanizer import splicing
from humanize_desktop.core.humanizer.plan import PlanItem
from humanize_desktop.core.messages import Message

log = logging.getLogger(__name__)

_WINDOW = 80  # characters of context a joint looks at on each side
_LINE_REACH = 240  # how far back the left context may reach to include its line's start
_LETTER_RE = regex.compile(r"\p{L}")


@dataclass(frozen=True)
class Edit:
    """``text[start:end]`` of the original becomes ``text``; ``rule`` and ``message`` say why."""

    start: int
    end: int
    text: str
    rule: str
    message: Message


@dataclass
class _Placed:
    start: int
    end: int
    text: str
    rule: str
    message: Message
    out_start: int  # where its text sits in the output
    out_end: int


def _choose(text: str, items: Iterable[PlanItem]) -> list[PlanItem]:
    """Fix items that do not overlap: the one that covers more wins, deterministically."""
    fixable = []
    for item in items:
        if item.fix is None:
            continue
        if not 0 <= item.start < item.end <= len(text):
            raise ValueError(f"plan item {item.rule} at {item.start}-{item.end} is outside the text")
        fixable.append(item)
    fixable.sort(key=lambda i: (-(i.end - i.start), i.start, i.rule, i.fix))
    kept: list[PlanItem] = []
    for item in fixable:
        if not any(k.start < item.end and item.start < k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda i: i.start)


class _Draft:
    """Sentence starts of the original, to ask whether a sentence began with a capital."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [s for s, _ in segmentation.sentences(text)]

    def capitalised(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[i] if i >= 0 else 0
        letter = _LETTER_RE.search(self.text, start, max(pos + 1, start + 1))
        return bool(letter) and letter.group().isupper()


def _keep_case(terms: Iterable[str]) -> Callable[[str], bool]:
    lowered = {t.strip().casefold() for t in terms if t.strip()}
    return lambda word: word.casefold() in lowered


def apply_fixes(text: str, items: Iterable[PlanItem], language: str, *,
                protected_terms: Iterable[str] = ()) -> tuple[str, list[Edit]]:
    """The text with every deterministic fix of ``items`` applied, and the edits that do it."""
    lex = aitells.lexicon(base(language))
    chosen = _choose(text, items)
    draft = _Draft(text)
    keep_case = _keep_case(protected_terms)
    out = ""
    placed: list[_Placed] = []
    pos = 0
    for i, item in enumerate(chosen):
        out += text[pos:item.start]
        stop = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
        stop = min(stop, item.end + _WINDOW)
        lo = max(0, len(out) - _WINDOW)
        line = out.rfind("\n", max(0, len(out) - _LINE_REACH), lo)
        lo = line if line >= 0 else lo
        at_start = aitells.at_sentence_start(out, len(out))
        ctx = splicing.Context(at_start, at_start and draft.capitalised(item.start), lo == 0, stop == len(text),
                               lex.splice, keep_case)
        left = out[lo:]
        back, new, taken = splicing.join(left, text[item.start:item.end], item.fix, text[item.end:stop], ctx)
        cut = len(out) - back
        end = item.end + taken
        if back == 0 and taken == 0 and new == text[item.start:item.end]:
            pos = item.end
            out += new
            continue
        first = (item.rule, item.message)
        reach = cut
        while placed and reach < placed[-1].out_end:
            earlier = placed.pop()
            first = (earlier.rule, earlier.message)
            reach = min(reach, earlier.out_start)
        prev_end, prev_out = (placed[-1].end, placed[-1].out_end) if placed else (0, 0)
        start = prev_end + (reach - prev_out)
        replacement = out[reach:cut] + new
        out = out[:reach] + replacement
        placed.append(_Placed(start, end, replacement, *first, reach, len(out)))
        pos = end
    out += text[pos:]
    edits = [Edit(p.start, p.end, p.text, p.rule, p.message) for p in placed]
    log.debug("applied %d fixes as %d edits", len(chosen), len(edits))
    # An edit whose replacement equals what it replaces changes nothing: it is no edit.
    return out, [e for e in edits if text[e.start:e.end] != e.text]
