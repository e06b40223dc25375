"""Humanizing one piece of prose: plan, rule fixes, model jobs, (strong) a checked paragraph rewrite.

``humanize_piece(text, language, context) -> PieceOutcome`` is what
``core.rewriting.document`` calls for every paragraph, list item or heading:

1. **Plan** (``humanizer.plan``): what reads as machine-written, per sentence,
   each finding naming its rule.
2. **Fix**: the findings with a safe deterministic fix are applied
   (``humanizer.fix.apply_fixes``: grammar-aware splicing); a fix that adds a
   grammar or spelling finding to its sentence is dropped (``check_fix``), with
   the sentence's other fixes if they cannot stand without it.
   *Light* stops here: no model is asked.
3. **Jobs** (*medium* and *strong*): each sentence with a finding that rules
   cannot fix gets one narrow model job (the most important of its findings,
   ``jobs.PRIORITY``), run on the sentence as the rules left it, with
   best-of-n candidates judged in code (``score.Judge``). A job that fails
   leaves the rule-fixed sentence.
4. **Paragraph** (*strong*): the model may also rewrite the whole piece the
   usual way (``context.rewrite_paragraph``), judged by the same gates
   against what steps 1-3 made; it replaces the piece only if it passes.

Every edit is written down as an ``explain.Origin`` in the piece's own
positions; the caller moves them to document positions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from humanize_desktop.core import diffing, messages, segmentation
from humanize_desktop.core.humanizer import explain
from humanize_desktop.core.humanizer.explain import Origin
from humanize_desktop.core.humanizer.fix import Edit, apply_fixes
from humanize_desktop.core.humanizer.jobs import PRIORITY, Job, JobRunner
from humanize_desktop.core.humanizer.plan import PlanItem, plan
from humanize_desktop.core.voice import rules as voice_rules
from humanize_desktop.core.voice.profile import VoiceProfile

log = logging.getLogger(__name__)

messages.register({
    "humanizer.kept": "kept the draft: {reason}",
    "humanizer.rules-only": "rule fixes applied; the model's rewrite was not used: {reason}",
})

#: Sentences shorter than this get no model job (a job cannot improve "Thanks for reading.").
MIN_JOB_WORDS = 5


@dataclass
class PieceContext:
    strength: str  # light | medium | strong
    protected_terms: tuple[str, ...] = ()
    jobs: JobRunner | None = None  # None: no model (light, or none available)
    #: Strong only: (text it should rewrite) -> (candidate or None, reason it was refused).
    rewrite_paragraph: Callable[[str], tuple[str | None, str]] | None = None
    title: bool = False
    cancelled: Callable[[], bool] = lambda: False
    #: Learned from the writer (``core.learning``): rules not to apply, their own (phrase, replacement) rules.
    suppressed: frozenset[str] = frozenset()
    own_rules: tuple[tuple[str, str], ...] = ()
    voice: VoiceProfile | None = None  # the writer's voice: its rule fixes join the plan's
    #: (sentence before, sentence after one rule fix) -> a word the checkers flag only after, or "";
    #: a rule fix that adds a grammar or spelling finding is dropped ("A wide range of tools is" ->
    #: "Many tools is"). None: rule fixes are not checked.
    check_fix: Callable[[str, str], str] | None = None


@dataclass
class PieceOutcome:
    status: str  # rewritten | unchanged | kept | cancelled
    text: str
    reason: str = ""
    origins: list[Origin] = field(default_factory=list)
    plan: list[PlanItem] = field(default_factory=list)


def pick_jobs(text: str, items: Sequence[PlanItem], title: bool = False) -> list[Job]:
    """One job per sentence: the most important finding that needs the model, in text order."""
    best: dict[tuple[int, int], PlanItem] = {}
    for item in items:
        if item.fix is not None or not item.job or item.job not in PRIORITY:
            continue
        if title and item.job != "rewrite-without":
            continue  # a heading is not split or re-opened
        a, b = item.sentence
        if segmentation.count_words(text[a:b]) < MIN_JOB_WORDS and not title:
            continue
        held = best.get((a, b))
        if held is None or PRIORITY[item.job] < PRIORITY[held.job or ""]:
            best[(a, b)] = item
    jobs = []
    for (a, b), item in sorted(best.items()):
        phrase = text[item.start:item.end] if item.job == "rewrite-without" else ""
        jobs.append(Job(a, b, item.job or "", item.rule, " ".join(phrase.split())))
    return jobs


def _inside(edit_start: int, edit_end: int, a: int, b: int) -> bool:
    return a <= edit_start and edit_end <= b


def _checked(text: str, edits: list[Edit], check: Callable[[str, str], str]) -> list[Edit]:
    """The rule edits, less those of any sentence that they leave with a new grammar or spelling
    finding. A sentence's edits are judged together: one cut opener and the capital it moves onto
    the next word are two edits that only make sense as a pair."""
    if not check(text, diffing.splice(text, [(e.start, e.end, e.text) for e in edits])):
        return edits  # the usual case, in one look at the whole piece
    spans = segmentation.sentences(text)
    groups: list[tuple[int, int, list[Edit]]] = []
    for e in edits:  # in text order, not overlapping
        a = min((s for s, t in spans if t > e.start), default=0)
        b = max((t for s, t in spans if s < max(e.end, e.start + 1)), default=len(text))
        a, b = min(a, e.start), max(b, e.end)
        if groups and a < groups[-1][1]:
            ga, gb, members = groups.pop()
            groups.append((ga, max(gb, b), members + [e]))
        else:
            groups.append((a, b, [e]))
    kept: list[Edit] = []
    for a, b, members in groups:
        before = text[a:b]

        def passes(subset: list[Edit]) -> bool:
            added = check(before, diffing.splice(before, [(e.start - a, e.end - a, e.text) for e in subset]))
            if added:
                log.debug("rule fixes %s add a finding (%s)", [e.rule for e in subset], added)
            return not added

        if passes(members):
            kept += members
            continue
        # One rule's edits may bring the finding ("colour" for a British voice in an American text):
        # the sentence keeps the others' edits rather than none. A rule's edits go or stay together.
        rules = list(dict.fromkeys(e.rule for e in members))
        for rule in rules if len(rules) > 1 else ():
            rest = [e for e in members if e.rule != rule]
            if passes(rest):
                kept += rest
                break
    return kept


def humanize_piece(text: str, language: str, context: PieceContext) -> PieceOutcome:
    """The piece humanized at the context's strength, with the origin of every edit."""
    items = plan(text, language, protected_terms=context.protected_terms, suppressed=context.suppressed,
                 own_rules=context.own_rules)
    if context.voice is not None:
        items = sorted(items + voice_rules.plan(text, language, context.voice, context.protected_terms),
                       key=lambda i: (i.start, i.end, i.rule))
    fixed, edits = apply_fixes(text, [i for i in items if i.fix is not None], language)
    if context.check_fix is not None and edits:
        edits = _checked(text, edits, context.check_fix)
        fixed = diffing.splice(text, [(e.start, e.end, e.text) for e in edits])
    origins = [Origin(e.start, e.end, explain.RULE, e.rule, e.message) for e in edits]
    reasons: list[str] = []
    result = fixed
    if context.strength != "light" and context.jobs is not None:
        replaced: list[tuple[int, int, str]] = []
        by_rule = {i.rule: i for i in items}
        for job in pick_jobs(text, items, context.title):
            if context.cancelled():
                return PieceOutcome("cancelled", text, "", [], items)
            inner = [(e.start - job.start, e.end - job.start, e.text) for e in edits
                     if _inside(e.start, e.end, job.start, job.end)]
            sentence = diffing.splice(text[job.start:job.end], inner)
            outcome = context.jobs.run(job, sentence)
            if outcome.text is None:
                if outcome.reason:
                    reasons.append(outcome.reason)
                continue
            written = outcome.text
            if context.voice is not None:
                # The model may write "do not" where this writer writes "don't": their word habits again.
                written = voice_rules.polish(written, language, context.voice, context.protected_terms)
            replaced.append((job.start, job.end, written))
            origins.append(Origin(job.start, job.end, explain.MODEL, job.rule, by_rule[job.rule].message))
        if replaced:
            # Rule edits outside the rewritten sentences, plus the sentences themselves.
            spans = [(e.start, e.end, e.text) for e in edits
                     if not any(_inside(e.start, e.end, a, b) for a, b, _ in replaced)]
            result = diffing.splice(text, sorted(spans + replaced))
    if context.strength == "strong" and context.rewrite_paragraph is not None and not context.cancelled():
        candidate, refused = context.rewrite_paragraph(result)
        if candidate is not None and candidate != result:
            result = candidate
            origins.append(Origin(0, len(text), explain.MODEL, None, messages.make("explain.paragraph")))
        elif refused:
            reasons.append(refused)
    if context.cancelled():
        return PieceOutcome("cancelled", text, "", [], items)
    if result != text:
        used_model = any(o.source == explain.MODEL for o in origins)
        note = messages.make("humanizer.rules-only", reason=reasons[-1]).text if reasons and not used_model else ""
        return PieceOutcome("rewritten", result, note, origins, items)
    if reasons:
        return PieceOutcome("kept", text, messages.make("humanizer.kept", reason=reasons[-1]).text, [], items)
    return PieceOutcome("unchanged", text, "", [], items)
