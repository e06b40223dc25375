"""Translation QA of a whole bilingual file: what Xbench or Verifika would report, offline.

``run_qa(file, glossary=None, grammar=None, spelling=None)`` returns a
``QAReport``: the per-unit checks of ``qachecks``, then the file-wide ones
(the same source translated differently and the reverse; targets in the
wrong language, or still in the source language), then, when engines are
given, grammar (``core.checks.grammar``) and spelling
(``core.checks.spelling``) of the targets. All targets go to each engine in
one text, a blank line apart, so LanguageTool is asked once, not once per
unit; markup and addresses are blanked out first (same length, so spans
stay put).

One finding per defect: an untranslated unit reports only that; a unit in
the wrong language gets no grammar or spelling findings; and a grammar or
spelling finding that touches a finding of a more specific kind (a French
space before ":" seen by LanguageTool and by the spacing check) is dropped.
"""

from __future__ import annotations

import bisect
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from humanize_desktop.core import messages
from humanize_desktop.core.bilingual import qachecks
from humanize_desktop.core.bilingual.glossary import Glossary
from humanize_desktop.core.bilingual.locale import rules_for
from humanize_desktop.core.bilingual.qafinding import QA_KINDS, SPECIFICITY, QAFinding
from humanize_desktop.core.bilingual.units import BilingualFile, Unit
from humanize_desktop.core.checks import language as langid
from humanize_desktop.core.checks.findings import EngineState

log = logging.getLogger(__name__)

messages.register({
    "qa.inconsistent.target": "The same source is translated differently in unit {other}",
    "qa.inconsistent.source": "The same target translates a different source in unit {other}",
    "qa.untranslated.language": "The target is in {language}, the source language",
    "qa.language.wrong": "The target looks like {found}, not {expected}",
    "qa.engine": "{text}",  # a grammar or spelling engine's own sentence
})

_ENGINE_KINDS = ("grammar", "spelling")


@dataclass
class QAReport:
    source_language: str
    target_language: str
    units: int
    findings: list[QAFinding]
    engines: dict[str, EngineState] = field(default_factory=dict)
    seconds: float = 0.0

    def counts(self) -> Counter[str]:
        return Counter(f.kind for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        """The ``qa --json`` contract."""
        return {"source_language": self.source_language, "target_language": self.target_language,
                "units": self.units, "findings": [f.to_json() for f in self.findings]}


def inconsistencies(units: Sequence[Unit]) -> list[QAFinding]:
    found: list[QAFinding] = []
    translated = [u for u in units if u.target_text.strip()]

    def norm(text: str) -> str:
        return " ".join(text.split())

    for key_of, value_of, message_id in ((lambda u: norm(u.source), lambda u: norm(u.target_text),
                                          "qa.inconsistent.target"),
                                         (lambda u: norm(u.target_text), lambda u: norm(u.source),
                                          "qa.inconsistent.source")):
        groups: dict[str, list[Unit]] = defaultdict(list)
        for u in translated:
            groups[key_of(u)].append(u)
        for group in groups.values():
            values = Counter(value_of(u) for u in group)
            if len(values) < 2:
                continue
            top = max(values, key=lambda v: (values[v], -[value_of(u) for u in group].index(v)))
            reference = next(u for u in group if value_of(u) == top)
            for u in group:
                if value_of(u) != top:
                    replacements = (reference.target_text,) if message_id == "qa.inconsistent.target" else ()
                    found.append(QAFinding(u.id, "inconsistent", messages.make(message_id, other=reference.id),
                                           None, (0, len(u.target_text)), replacements))
    return found


def _language_findings(unit: Unit, source_language: str, target_language: str) -> list[QAFinding]:
    if sum(c.isalpha() for c in unit.target_text) < langid.MIN_LETTERS:
        return []  # too short for a reliable guess: not worth asking the model
    guess = langid.detect(unit.target_text)
    if not guess.reliable or not target_language:
        return []
    found, expected = guess.code, langid.base(target_language)
    if found == expected:
        return []
    span = (0, len(unit.target_text))
    if source_language and found == langid.base(source_language):
        return [QAFinding(unit.id, "untranslated", messages.make("qa.untranslated.language", language=found),
                          None, span)]
    # Close languages are confused on short text; only a clear margin over the expected one counts.
    if langid.probability_of(unit.target_text, expected) >= langid.KEEP_DOCUMENT_RATIO * guess.confidence:
        return []
    return [QAFinding(unit.id, "language", messages.make("qa.language.wrong", found=found, expected=expected),
                      None, span)]


def _masked(unit: Unit, language: str) -> str:
    text = unit.target_text
    for start, end in qachecks.protected_spans(text, unit.codes, language):
        text = text[:start] + " " * (end - start) + text[end:]
    return text.replace("\n", " ")


def _engine_findings(units: Sequence[Unit], language: str, grammar, spelling, glossary: Glossary | None
                     ) -> tuple[list[QAFinding], dict[str, EngineState]]:
    """Grammar and spelling of every target, checked as one text, mapped back to units."""
    texts = [_masked(u, language) for u in units]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 2
    joined = "\n\n".join(texts)
    raw = []
    engines: dict[str, EngineState] = {}
    lang = langid.base(language)
    variant = language.replace("-", "_") if "_" in language or "-" in language else ""
    if grammar is not None:
        raw += grammar.check(joined, lang, variant)
        engines["grammar"] = grammar.state([lang])
    if spelling is not None:
        if glossary is not None:
            for term in glossary.terms:
                spelling.protected.update(w.casefold() for t in (term.source, *term.targets)
                                          for w in t.split())
        dictionary = spelling.dictionary_for(lang, joined.split(), variant)
        if dictionary:
            raw += spelling.check(joined, dictionary)
        engines["spelling"] = spelling.state([lang], {lang: dictionary} if dictionary else None)
    found: list[QAFinding] = []
    for f in raw:
        i = bisect.bisect_right(starts, f.start) - 1
        start, end = f.start - starts[i], f.end - starts[i]
        if i < 0 or end > len(texts[i]):
            continue  # spans two units: not about either
        found.append(QAFinding(units[i].id, f.kind, messages.make("qa.engine", text=f.message), None,
                               (start, end), f.replacements, f.rule))
    return found, engines



def _touches(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] <= b[1] + 1 and b[0] <= a[1] + 1


def one_per_defect(findings: Iterable[QAFinding]) -> list[QAFinding]:
    """Keep one finding per defect, of the most specific kind (see the module's docstring)."""
    by_unit: dict[str, list[QAFinding]] = defaultdict(list)
    for f in findings:
        by_unit[f.unit].append(f)
    kept: list[QAFinding] = []
    rank = {k: i for i, k in enumerate(SPECIFICITY)}
    for unit_findings in by_unit.values():
        kinds = {f.kind for f in unit_findings}
        if "untranslated" in kinds:
            unit_findings = [f for f in unit_findings if f.kind in ("untranslated", "inconsistent")]
        if "language" in kinds:
            unit_findings = [f for f in unit_findings if f.kind not in _ENGINE_KINDS]
        specific = [f for f in unit_findings if f.kind not in _ENGINE_KINDS]
        seen: set[tuple] = set()
        for f in sorted(unit_findings, key=lambda f: rank.get(f.kind, len(rank))):
            if f.kind in _ENGINE_KINDS and any(_touches(f.target_span, g.target_span) for g in specific):
                continue
            key = (f.kind, f.target_span, f.source_span, f.message.text)
            if key not in seen:
                seen.add(key)
                kept.append(f)
    return kept


def run_qa(file: BilingualFile, glossary: Glossary | None = None, grammar=None, spelling=None,
           kinds: Iterable[str] = QA_KINDS, source_language: str = "", target_language: str = "") -> QAReport:
    """Check every unit of ``file``; ``grammar``/``spelling`` are checker objects, or None to skip them."""
    began = time.perf_counter()
    source_language = source_language or file.source_language or "und"
    target_language = target_language or file.target_language or "und"
    ctx = qachecks.Context(source_language, target_language, rules_for(source_language), rules_for(target_language),
                           glossary)
    wanted = set(kinds)
    findings: list[QAFinding] = []
    for unit in file.units:
        own = qachecks.check_unit(unit, ctx)
        findings += own
        if any(f.kind == "untranslated" for f in own):
            continue
        if unit.target_text.strip() and {"language", "untranslated"} & wanted:
            findings += _language_findings(unit, source_language, target_language)
    if "inconsistent" in wanted:
        findings += inconsistencies(file.units)
    engines: dict[str, EngineState] = {}
    checked = [u for u in file.units if u.target_text.strip()]
    if checked and ((grammar is not None and "grammar" in wanted) or (spelling is not None and "spelling" in wanted)):
        extra, engines = _engine_findings(checked, target_language,
                                          grammar if "grammar" in wanted else None,
                                          spelling if "spelling" in wanted else None, glossary)
        findings += extra
    findings = [f for f in one_per_defect(findings) if f.kind in wanted]
    order = {u.id: u.index for u in file.units}
    findings.sort(key=lambda f: (order.get(f.unit, 0), f.target_span or (-1, -1), f.kind))
    seconds = time.perf_counter() - began
    log.debug("QA of %d units: %d findings in %.2f s", len(file.units), len(findings), seconds)
    return QAReport(source_language, target_language, len(file.units), findings, engines, seconds)
