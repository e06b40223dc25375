"""Polishing the targets of a bilingual file with the model: better wording, never a new translation.

``polish_file(file, options, engine)`` sends each unit's target (not its
source) through ``core.rewriting.document.rewrite_document``, one unit at a time, with
the source given to the model as context in the instructions and the
source and target languages named. Before the model sees a target, its
inline codes, tags and placeholders are locked (``inline.lock``: ``⟦0⟧``,
``⟦1⟧``…, also passed as protected terms so the rewrite guards insist on
them); after, they are put back, and the polished unit is QA-checked
against its source: a polish that loses a lock or brings a QA finding the
original target did not have (a number, tag, placeholder, address, term,
punctuation…) or changes what the target says (a fidelity flag: a fact
or negation; sentence drift: a dropped or invented clause, a changed
subject) is dropped and the target kept, with the reason.

Units without a target, units the file marks final, and plural entries are
skipped. The result maps unit indices to new targets, ready for
``files.save_bilingual``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from humanize_desktop.core import diffing, messages
from humanize_desktop.core.bilingual import inline, qachecks
from humanize_desktop.core.bilingual.glossary import Glossary
from humanize_desktop.core.bilingual.locale import rules_for
from humanize_desktop.core.bilingual.units import FINAL, BilingualFile, Unit
from humanize_desktop.core.checks import drift, fidelity
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.engine.base import Engine
from humanize_desktop.core.rewriting.document import rewrite_document
from humanize_desktop.core.rewriting.events import RewriteStats
from humanize_desktop.core.rewriting.options import RewriteOptions

log = logging.getLogger(__name__)

# For the model, not for a person: English like every prompt (core.rewriting.prompts).
_INSTRUCTIONS = ("This text is the {target} translation of the {source} source below. Improve how the {target} "
                 "reads; keep its meaning, keep it in {target}, and never translate the source again. Keep every "
                 "marker such as ⟦0⟧ exactly as it is. Source: «{text}»")

messages.register({
    "polish.no_target": "the unit has no translation to polish",
    "polish.final": "the file marks the unit as final",
    "polish.locks": "the model changed or dropped an inline tag or placeholder",
    "polish.qa": "the polish brought a new {kind} problem: {message}",
    "polish.meaning": "the polish may change the meaning: {detail}",
})

#: The strength a polish uses unless asked otherwise: a whole-segment rewrite (the rule layer and narrow
#: jobs of "medium" look for AI-tells, which machine translation seldom has; it reads stiff instead).
DEFAULT_STRENGTH = "strong"

#: QA kinds a polish must not introduce (grammar and spelling belong to the rewrite's own checks).
GUARDED_KINDS = ("number", "date", "url", "tag", "placeholder", "term", "untranslated", "punctuation", "spacing",
                 "length")


@dataclass(frozen=True)
class UnitResult:
    index: int
    id: str
    status: str  # rewritten, unchanged, kept, skipped, cancelled
    reason: str = ""
    target: str = ""  # the polished target ("" unless rewritten)
    original: str = ""  # the target it replaces (for the changes)

    def to_json(self) -> dict[str, Any]:
        """``{"id", "status", "reason"}``, and for a rewritten unit the word ``changes`` (as in ``diff --json``)."""
        data: dict[str, Any] = {"id": self.id, "status": self.status, "reason": self.reason}
        if self.status == "rewritten":
            data["changes"] = [c.to_json() for c in diffing.diff_texts(self.original, self.target)]
        return data


@dataclass
class PolishResult:
    units: list[UnitResult]
    stats: RewriteStats = field(default_factory=RewriteStats)
    cancelled: bool = False

    @property
    def targets(self) -> dict[int, str]:
        """Unit index -> polished target, for the units that changed."""
        return {u.index: u.target for u in self.units if u.status == "rewritten"}


def _qa_keys(unit: Unit, ctx: qachecks.Context) -> set[tuple[str, str]]:
    return {(f.kind, f.message.text) for f in qachecks.check_unit(unit, ctx) if f.kind in GUARDED_KINDS}


def _language_name(code: str) -> str:
    return code or "target-language"


def polish_unit(unit: Unit, options: RewriteOptions, engine: Engine, ctx: qachecks.Context,
                cancel: threading.Event | None = None) -> tuple[UnitResult, RewriteStats | None]:
    """Polish one unit's target; the result says why when it is not changed."""
    if not unit.editable:
        return UnitResult(unit.index, unit.id, "skipped", unit.reason), None
    if not unit.target_text.strip():
        return UnitResult(unit.index, unit.id, "skipped", messages.make("polish.no_target").text), None
    if unit.state == FINAL:
        return UnitResult(unit.index, unit.id, "skipped", messages.make("polish.final").text), None
    locked, originals = inline.lock(unit.target_text, unit.codes)
    source_locked, _ = inline.lock(unit.source, unit.codes)
    instructions = _INSTRUCTIONS.format(source=_language_name(ctx.source_language),
                                        target=_language_name(ctx.target_language), text=source_locked)
    if options.custom_instructions:
        instructions = f"{options.custom_instructions}\n{instructions}"
    unit_options = replace(options, custom_instructions=instructions,
                           protected_terms=tuple(options.protected_terms) + inline.lock_tokens(originals))
    result = rewrite_document(locked, unit_options, engine, cancel=cancel)
    statuses = {p.status for p in result.paragraphs}
    if result.cancelled:
        return UnitResult(unit.index, unit.id, "cancelled"), result.stats
    polished = inline.unlock(result.suggestion, originals)
    if polished is None:
        return UnitResult(unit.index, unit.id, "kept", messages.make("polish.locks").text), result.stats
    if polished == unit.target_text:
        status = "kept" if "kept" in statuses else "skipped" if statuses == {"skipped"} else "unchanged"
        reason = next((p.reason for p in result.paragraphs if p.reason), "")
        if inline.LOCK_OPEN in reason:  # the guards refused an answer that lost a lock: say it plainly
            reason = messages.make("polish.locks").text
        return UnitResult(unit.index, unit.id, status, reason), result.stats
    before = _qa_keys(unit, ctx)
    after = qachecks.check_unit(replace(unit, target=polished), ctx)
    new = [f for f in after if f.kind in GUARDED_KINDS and (f.kind, f.message.text) not in before]
    if new:
        reason = messages.make("polish.qa", kind=new[0].kind, message=new[0].message.text).text
        return UnitResult(unit.index, unit.id, "kept", reason), result.stats
    meaning = _meaning_change(unit.target_text, polished, ctx.target_language, unit_options.protected_terms)
    if meaning:
        return UnitResult(unit.index, unit.id, "kept", messages.make("polish.meaning", detail=meaning).text), \
            result.stats
    return UnitResult(unit.index, unit.id, "rewritten", "", polished, unit.target_text), result.stats


def _meaning_change(target: str, polished: str, language: str, protected: tuple[str, ...]) -> str:
    """What the polish changed in meaning (a fact, a negation, a dropped or invented clause), or ""."""
    lang = base(language) if language else None
    changes = diffing.diff_texts(target, polished)
    flags = fidelity.flags_for(target, polished, changes, protected, lang)
    if flags:
        return flags[0].detail
    drifts = drift.sentence_drift(target, polished, lang or "und")
    return drifts[0].message.text if drifts else ""


def polish_file(file: BilingualFile, options: RewriteOptions, engine: Engine, glossary: Glossary | None = None,
                on_unit: Callable[[UnitResult, int], None] | None = None,
                cancel: threading.Event | None = None) -> PolishResult:
    """Polish every unit's target; ``on_unit(result, total)`` after each unit."""
    ctx = qachecks.Context(file.source_language, file.target_language, rules_for(file.source_language),
                           rules_for(file.target_language), glossary)
    if glossary is not None:
        terms = [t for term in glossary.terms for t in ((term.source,) if term.do_not_translate else term.targets)]
        options = replace(options, protected_terms=tuple(dict.fromkeys([*options.protected_terms, *terms])))
    outcome = PolishResult([])
    for unit in file.units:
        if cancel is not None and cancel.is_set():
            outcome.units.append(UnitResult(unit.index, unit.id, "cancelled"))
            outcome.cancelled = True
            continue
        result, stats = polish_unit(unit, options, engine, ctx, cancel)
        if stats is not None:
            outcome.stats.tokens += stats.tokens
            outcome.stats.seconds += stats.seconds
            outcome.stats.generation_seconds += stats.generation_seconds
            outcome.stats.generated += stats.generated
            outcome.stats.cached += stats.cached
        outcome.cancelled = outcome.cancelled or result.status == "cancelled"
        outcome.units.append(result)
        log.debug("polish unit %d: %s", unit.index, result.status)
        if on_unit is not None:
            on_unit(result, len(file.units))
    return outcome
