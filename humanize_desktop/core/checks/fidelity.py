"""What each change does to the facts: the flags a person checks before accepting it.

``flags_for(draft, suggestion, changes, protected_terms)`` compares, change
by change, the facts (``facts.extract``) the change touches on each side and
names what happened: ``'2024' became '2023'``, ``'Dr. Ada Lovelace'
removed``, ``negation removed: 'not'``, ``'must' became 'may' (weaker)``,
``protected term 'Kubernetes' removed or altered``, ``Markdown heading
changed``. Values are normalised, so ``5%`` -> ``5 percent`` or ``three``
-> ``3`` raise nothing.

A rewrite moves things around, so a fact one change removes and another
change adds back is a move, not a loss (document-wide for facts, within the
paragraph for negations and modal words); and a fact removed by one change
that the paragraph still states elsewhere (``Smith ... Smith``) is not
flagged either.

``mark_origins`` tells, for the findings a rewrite must not add (grammar,
spelling, inclusive, register, locale: ``ERROR_KINDS``) in the
suggestion, whether the rewrite introduced them or they were already in the
draft; ``introduced_flags`` turns the introduced ones into flags.

Each flag's detail is a ``core.messages`` message (``flag.*`` below): the
English text for ``--json``, an id and arguments for the window to translate.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

import regex

from humanize_desktop.core import messages, segmentation
from humanize_desktop.core.checks import facts as facts_mod
from humanize_desktop.core.checks import language as lang_mod
from humanize_desktop.core.checks.facts import Fact
from humanize_desktop.core.checks.findings import ERROR_KINDS, GRAMMAR, SPELLING, Finding, Flag
from humanize_desktop.core.diffing import Change

messages.register({
    "flag.became": "'{before}' became '{after}'",
    "flag.removed": "'{what}' removed",
    "flag.added": "'{what}' added",
    "flag.weaker": "'{before}' became '{after}' (weaker)",
    "flag.stronger": "'{before}' became '{after}' (stronger)",
    "flag.negation-removed": "negation removed: {words}",
    "flag.negation-added": "negation added: {words}",
    "flag.protected-term": "protected term '{term}' removed or altered",
    "flag.structure": "Markdown {kinds} changed: '{before}' became '{after}'",
    "flag.spelling-introduced": "spelling error introduced: '{text}'",
    "flag.spelling-introduced-suggestion": "spelling error introduced: '{text}' (did you mean '{suggestion}'?)",
    "flag.grammar-introduced": "grammar error introduced: '{text}': {explanation}",
    "flag.finding-introduced": "{kind} finding introduced: '{text}': {explanation}",
})
#: Fact kinds that may pair with each other ("5 million" became "$5 million").
_NUMERIC = {facts_mod.NUMBER, facts_mod.AMOUNT, facts_mod.PERCENTAGE, facts_mod.UNIT, facts_mod.DATE}


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class _Side:
    """One text, its paragraphs and their languages, with facts found lazily per paragraph."""

    def __init__(self, text: str, forced: str | None) -> None:
        self.text = text
        self.doc = lang_mod.detect_document(text, forced)
        self.starts = [p.start for p in self.doc.paragraphs]
        self._facts: dict[int, list[Fact]] = {}
        self._conditionals: dict[str, list[tuple[int, int]]] = {}

    def paragraph(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def language(self, pos: int) -> str:
        if not self.doc.paragraphs:
            return lang_mod.UNDETERMINED
        return self.doc.paragraphs[self.paragraph(pos)].code

    def facts(self, index: int) -> list[Fact]:
        if index not in self._facts:
            p = self.doc.paragraphs[index]
            found = facts_mod.extract(self.text[p.start:p.end], p.code)
            self._facts[index] = [replace(f, start=f.start + p.start, end=f.end + p.start) for f in found]
        return self._facts[index]

    def touching(self, start: int, end: int) -> list[Fact]:
        """Facts overlapping ``[start, end)``; an empty span touches facts it falls inside of."""
        if not self.doc.paragraphs:
            return []
        first, last = self.paragraph(start), self.paragraph(max(start, end - 1))
        found = []
        for i in range(first, last + 1):
            for f in self.facts(i):
                if (f.start < end and start < f.end) if end > start else (f.start < start < f.end):
                    found.append(f)
        return found

    def conditionals(self, language: str) -> list[tuple[int, int]]:
        """Spans of conditionals opened by a modal word ("Should you ..."), found once per language."""
        if language not in self._conditionals:
            self._conditionals[language] = facts_mod.conditional_spans(self.text, language)
        return self._conditionals[language]

    def paragraph_values(self, pos: int, kind: str, outside: tuple[int, int]) -> Counter:
        index = self.paragraph(pos)
        return Counter(f.value for f in self.facts(index)
                       if f.kind == kind and not (f.start < outside[1] and outside[0] < f.end))


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The change's span grown to whole words, so "n't" of "don't" is seen."""
    if start < end and not text[start].isspace():
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    if start < end and not text[end - 1].isspace():
        while end < len(text) and not text[end].isspace():
            end += 1
    return start, end


def _words(pattern: str, side: _Side, span: tuple[int, int], language: str) -> list[str]:
    """Negation or modal words in ``side.text[span]``; modal words opening a conditional do not count."""
    start, end = span
    if end <= start:
        return []
    skip = side.conditionals(language) if pattern == "modal" else []
    return [w.lower().replace("’", "'") for a, b, w in facts_mod.words_matching(pattern, side.text[start:end], language)
            if not any(s <= start + a and start + b <= e for s, e in skip)]


def _strongest(words: list[str], language: str) -> tuple[int, str]:
    return max(((facts_mod.modal_strength(w, language), w) for w in words), default=(0, ""))


def flags_for(draft: str, suggestion: str, changes: Sequence[Change], protected_terms: Iterable[str] = (),
              language: str | None = None) -> list[Flag]:
    """Fidelity flags for every change, in change order."""
    forced = lang_mod.base(language) if language and language != "auto" else None
    d_side, s_side = _Side(draft, forced), _Side(suggestion, forced)
    flags: list[Flag] = []
    removed: list[tuple[Change, Fact]] = []
    added: list[tuple[Change, Fact]] = []
    word_changes: list[tuple[Change, str, Counter, Counter, str]] = []
    used_d: set[tuple[int, int]] = set()
    used_s: set[tuple[int, int]] = set()
    terms = [t.strip() for t in protected_terms if t.strip()]
    for c in changes:
        lang = d_side.language(c.draft_start)
        d_facts = [f for f in d_side.touching(c.draft_start, c.draft_end) if (f.start, f.end) not in used_d]
        s_facts = [f for f in s_side.touching(c.suggestion_start, c.suggestion_end) if (f.start, f.end) not in used_s]
        used_d.update((f.start, f.end) for f in d_facts)
        used_s.update((f.start, f.end) for f in s_facts)
        flags.extend(_fact_flags(c, d_facts, s_facts, removed, added))
        d_span = _word_span(draft, c.draft_start, c.draft_end)
        s_span = _word_span(suggestion, c.suggestion_start, c.suggestion_end)
        d_text, s_text = draft[slice(*d_span)], suggestion[slice(*s_span)]
        for kind in ("negation", "modal"):
            before = Counter(_words(kind, d_side, d_span, lang))
            after = Counter(_words(kind, s_side, s_span, lang))
            if before != after:
                word_changes.append((c, kind, before, after, lang))
        for term in terms:
            pattern = rf"(?<![\p{{L}}\p{{N}}]){regex.escape(term)}(?![\p{{L}}\p{{N}}])"
            if len(regex.findall(pattern, d_text)) > len(regex.findall(pattern, s_text)):
                flags.append(Flag.of(c.id, "protected-term", messages.make("flag.protected-term", term=term)))
        if c.structure:
            flags.append(Flag.of(c.id, "structure", messages.make(
                "flag.structure", kinds=", ".join(sorted(c.structure)), before=_short(c.draft_text),
                after=_short(c.suggestion_text))))
    flags.extend(_unpaired(removed, added, d_side, s_side))
    flags.extend(_word_flags(word_changes, d_side))
    order = {c.id: i for i, c in enumerate(changes)}
    return sorted(flags, key=lambda f: order.get(f.change_id, len(order)))


def _unmatched(facts: list[Fact], others: list[Fact]) -> list[Fact]:
    """``facts`` whose (kind, value) the other side does not have as often (multiset difference)."""
    left = Counter((f.kind, f.value) for f in others)
    result = []
    for f in facts:
        key = (f.kind, f.value)
        if left[key] > 0:
            left[key] -= 1
        else:
            result.append(f)
    return result


def _fact_flags(c: Change, d_facts: list[Fact], s_facts: list[Fact],
                removed: list[tuple[Change, Fact]], added: list[tuple[Change, Fact]]) -> list[Flag]:
    flags = []
    gone, new = _unmatched(d_facts, s_facts), _unmatched(s_facts, d_facts)
    # Pair what left with what arrived: same kind first, then numbers of any sort.
    for pairs_with in (lambda f, n: n.kind == f.kind,
                       lambda f, n: f.kind in _NUMERIC and n.kind in _NUMERIC):
        for f in list(gone):
            match = next((n for n in new if pairs_with(f, n)), None)
            if match is not None:
                gone.remove(f)
                new.remove(match)
                flags.append(Flag.of(c.id, f.kind, messages.make("flag.became", before=_short(f.text),
                                                                 after=_short(match.text))))
    removed.extend((c, f) for f in gone)
    added.extend((c, f) for f in new)
    return flags


def _unpaired(removed: list[tuple[Change, Fact]], added: list[tuple[Change, Fact]],
              d_side: _Side, s_side: _Side) -> list[Flag]:
    """Flags for facts only removed or only added, once moves and restatements are set aside."""
    flags = []
    for c, f in removed:
        moved = next(((c2, g) for c2, g in added if g.kind == f.kind and g.value == f.value), None)
        if moved is not None:
            added.remove(moved)
            continue
        if s_side.paragraph_values(c.suggestion_start, f.kind, c.suggestion_span)[f.value]:
            continue  # the paragraph still says it
        flags.append(Flag.of(c.id, f.kind, messages.make("flag.removed", what=_short(f.text))))
    for c, f in added:
        if d_side.paragraph_values(c.draft_start, f.kind, c.draft_span)[f.value]:
            continue
        flags.append(Flag.of(c.id, f.kind, messages.make("flag.added", what=_short(f.text))))
    return flags


def _word_flags(word_changes: list[tuple[Change, str, Counter, Counter, str]], d_side: _Side) -> list[Flag]:
    """Negation and modal flags, after cancelling words that moved within a paragraph."""
    pools: dict[tuple[int, str], Counter] = {}
    for c, kind, before, after, _ in word_changes:
        key = (d_side.paragraph(c.draft_start), kind)
        pools.setdefault(key, Counter()).update(after - before)
        pools[key].subtract(before - after)
    flags = []
    for c, kind, before, after, lang in word_changes:
        net = pools[(d_side.paragraph(c.draft_start), kind)]
        lost = [w for w in (before - after).elements() if net[w] < 0]
        gained = [w for w in (after - before).elements() if net[w] > 0]
        if kind == "negation":
            if lost and len(lost) > len(gained):
                words = ", ".join(f"'{w}'" for w in lost)
                flags.append(Flag.of(c.id, "negation", messages.make("flag.negation-removed", words=words)))
            elif gained and len(gained) > len(lost):
                words = ", ".join(f"'{w}'" for w in gained)
                flags.append(Flag.of(c.id, "negation", messages.make("flag.negation-added", words=words)))
            continue
        if not lost and not gained:
            continue
        was, now = _strongest(list(before.elements()), lang), _strongest(list(after.elements()), lang)
        if was[0] and now[0] and was[0] != now[0]:
            how = "flag.weaker" if now[0] < was[0] else "flag.stronger"
            flags.append(Flag.of(c.id, "modal", messages.make(how, before=was[1], after=now[1])))
        elif was[0] and not now[0] and lost:
            flags.append(Flag.of(c.id, "modal", messages.make("flag.removed", what=was[1])))
        elif now[0] and not was[0] and gained:
            flags.append(Flag.of(c.id, "modal", messages.make("flag.added", what=now[1])))
    return flags


# ----------------------------------------------------------------------------- introduced errors

def _change_at(changes: Sequence[Change], starts: list[int], start: int, end: int) -> Change | None:
    """The change whose suggestion span overlaps ``[start, end)`` (or touches an empty change)."""
    i = bisect.bisect_right(starts, end) - 1
    while i >= 0:
        c = changes[i]
        if c.suggestion_end < start:
            break
        if (c.suggestion_start < end and start < c.suggestion_end) or \
                (c.suggestion_start == c.suggestion_end and start <= c.suggestion_start <= end):
            return c
        i -= 1
    return None


def changes_holding(findings: Iterable[Finding], changes: Sequence[Change]) -> list[Change]:
    """The changes, in suggestion order, whose suggestion span holds one of ``findings``."""
    ordered = sorted(changes, key=lambda c: c.suggestion_start)
    starts = [c.suggestion_start for c in ordered]
    held = {c.id: c for f in findings if (c := _change_at(ordered, starts, f.start, f.end)) is not None}
    return [c for c in ordered if c.id in held]


def mark_origins(draft: str, draft_findings: Iterable[Finding], suggestion: str,
                 suggestion_findings: Iterable[Finding], changes: Sequence[Change]) -> list[Finding]:
    """Suggestion findings with ``origin`` set for ``ERROR_KINDS``: "introduced" or "draft".

    A finding in text the rewrite did not touch was already in the draft; one
    in a change is "draft" only if the draft had the same problem (same kind,
    rule and text) in the part that change replaced or in its paragraph.
    """
    ordered = sorted(changes, key=lambda c: c.suggestion_start)
    starts = [c.suggestion_start for c in ordered]
    draft_paragraphs = segmentation.paragraphs(draft)
    para_starts = [s for s, _ in draft_paragraphs]
    draft_problems: dict[int, Counter] = {}
    for f in draft_findings:
        i = max(0, bisect.bisect_right(para_starts, f.start) - 1)
        draft_problems.setdefault(i, Counter())[(f.kind, f.rule, draft[f.start:f.end])] += 1
    result = []
    for f in suggestion_findings:
        if f.kind not in ERROR_KINDS:
            result.append(f)
            continue
        c = _change_at(ordered, starts, f.start, f.end)
        if c is None:
            result.append(replace(f, origin="draft"))
            continue
        i = max(0, bisect.bisect_right(para_starts, c.draft_start) - 1) if para_starts else 0
        seen = draft_problems.get(i, Counter())[(f.kind, f.rule, suggestion[f.start:f.end])]
        result.append(replace(f, origin="draft" if seen else "introduced"))
    return result


def introduced_flags(suggestion: str, marked: Iterable[Finding], changes: Sequence[Change]) -> list[Flag]:
    """One ``introduced-error`` flag per grammar, spelling or fairness finding the rewrite introduced."""
    ordered = sorted(changes, key=lambda c: c.suggestion_start)
    starts = [c.suggestion_start for c in ordered]
    flags = []
    for f in marked:
        if f.origin != "introduced":
            continue
        c = _change_at(ordered, starts, f.start, f.end)
        if c is not None:
            text = _short(suggestion[f.start:f.end])
            if f.kind == GRAMMAR:
                message = messages.make("flag.grammar-introduced", text=text, explanation=f.message)
            elif f.kind != SPELLING:  # inclusive, register, locale
                message = messages.make("flag.finding-introduced", kind=f.kind, text=text, explanation=f.message)
            elif f.replacements:
                message = messages.make("flag.spelling-introduced-suggestion", text=text,
                                        suggestion=f.replacements[0])
            else:
                message = messages.make("flag.spelling-introduced", text=text)
            flags.append(Flag.of(c.id, "introduced-error", message))
    return flags
