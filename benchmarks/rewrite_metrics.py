"""What ``eval_rewrite.py`` measures in one rewrite, beyond what the pipeline reports itself.

Each function takes the draft and the suggestion (and what was computed from
them) and returns plain numbers, so the evaluation stays a loop and the
measures can be tested on their own:

- ``unmatched_share``: the share of the draft's words that the app's word
  diff does not match in the suggestion (words changed);
- ``fact_changes``: numbers, names, dates and links the suggestion lost or
  gained, each with whether a fidelity flag sits on the change that did it
  (an unflagged one is a fact that could slip past a reviewer: must be 0);
- ``burstiness``: stdev / mean of the sentence lengths (the readability
  check's sentence-length variation), higher reads less machine-like;
- ``ai_tells`` and ``cut``: AI-tell findings per paragraph, and the share cut;
- ``median_by`` for per-language medians over documents.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import regex

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import aitells, facts, readability
from humanize_desktop.core.checks import language as lang_mod
from humanize_desktop.core.checks.findings import Flag
from humanize_desktop.core.diffing import Change

#: The fact kinds a rewrite must never change silently: numbers, names, dates, links.
FACT_KINDS = (facts.NUMBER, facts.AMOUNT, facts.PERCENTAGE, facts.UNIT, facts.DATE, facts.NAME, facts.URL,
              facts.EMAIL)


def unmatched_share(draft: str, changes: Sequence[Change]) -> float:
    """Share of the draft's words inside changes: the words the diff did not match in the suggestion."""
    total = segmentation.count_words(draft)
    if total == 0:
        return 0.0
    return min(1.0, sum(segmentation.count_words(c.draft_text) for c in changes) / total)


def _facts(text: str, language: str | None) -> list[facts.Fact]:
    doc = lang_mod.detect_document(text, language)
    found = []
    for p in doc.paragraphs:
        code = p.code if p.code != lang_mod.UNDETERMINED else "en"
        found.extend(replace(f, start=f.start + p.start, end=f.end + p.start)
                     for f in facts.extract(text[p.start:p.end], code) if f.kind in FACT_KINDS)
    return found


@dataclass(frozen=True)
class FactChange:
    kind: str
    text: str
    side: str  # "removed" (in the draft only) or "added" (in the suggestion only)
    flagged: bool  # a fidelity flag sits on the change that did it


def _changes_at(changes: Sequence[Change], start: int, end: int, draft_side: bool) -> list[Change]:
    """Changes overlapping or touching ``[start, end)`` ("Maria Lopez" -> "Maria" deletes next to it)."""
    found = []
    for c in changes:
        a, b = c.draft_span if draft_side else c.suggestion_span
        if a <= end + 1 and start - 1 <= b:  # one space between still touches
            found.append(c)
    return found


_CAPITAL_RUN_RE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)*")


def _unmatched(mine: list[facts.Fact], theirs: list[facts.Fact]) -> list[facts.Fact]:
    left = Counter((f.kind, f.value) for f in theirs)
    result = []
    for f in mine:
        if left[(f.kind, f.value)] > 0:
            left[(f.kind, f.value)] -= 1
        else:
            result.append(f)
    return result


def fact_changes(draft: str, suggestion: str, changes: Sequence[Change], flags: Iterable[Flag],
                 language: str | None = None) -> list[FactChange]:
    """Facts only one side has (compared over the whole document, so a moved fact is no change)."""
    flagged = {f.change_id for f in flags}
    d_facts, s_facts = _facts(draft, language), _facts(suggestion, language)
    result = []
    for side, mine, theirs, on_draft in (("removed", d_facts, s_facts, True), ("added", s_facts, d_facts, False)):
        other = suggestion if on_draft else draft
        for f in _unmatched(mine, theirs):
            if f.kind == "name" and f.text in _CAPITAL_RUN_RE.findall(other):
                continue  # the same name, now opening a sentence ("In conclusione, Matera" -> "Matera")
            near = _changes_at(changes, f.start, f.end, on_draft)
            result.append(FactChange(f.kind, f.text, side, any(c.id in flagged for c in near)))
    return result


def burstiness(text: str, language: str) -> float | None:
    """Stdev / mean of the sentence lengths in words (``readability``'s sentence-length variation)."""
    counts = readability.Counts()
    for a, b in segmentation.paragraphs(text):
        counts += readability.analyse(text[a:b], language)[0]
    return readability.scores(counts, language)["sentence_length"]["variation"]


def ai_tells(text: str, language: str) -> int:
    """AI-tell findings, paragraph by paragraph (English lexicon for a language without one)."""
    lang = language if lang_mod.base(language) in aitells.languages() else "en"
    return sum(len(aitells.find(text[s:e], lang)) for s, e in segmentation.paragraphs(text))


def cut(before: int, after: int) -> float:
    """The share of ``before`` that is gone (negative when there are more after)."""
    return (before - after) / before if before else 0.0


def median_by(pairs: Iterable[tuple[str, float]]) -> dict[str, float]:
    """Median of the values per key (e.g. per language), keys sorted."""
    groups: dict[str, list[float]] = {}
    for key, value in pairs:
        groups.setdefault(key, []).append(value)
    return {k: statistics.median(v) for k, v in sorted(groups.items())}
