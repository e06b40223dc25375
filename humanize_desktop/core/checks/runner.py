"""Checking a whole document, one paragraph at a time, remembering the results.

``DocumentChecker.check(text)`` splits the text into paragraphs
(``segmentation.paragraphs``), detects each one's language, and runs every check
on each paragraph whose (text, language, engines) it has not seen before;
the rest come from a cache. Editing one paragraph therefore re-checks only
that paragraph. Document-wide results (the document's language, dash
overuse, readability, tone and AI-likeness scores) are recomputed from cached
per-paragraph pieces, which is cheap.

It is Qt-free and thread-safe; the GUI calls ``check`` from a worker thread
and passes ``cancelled`` (checked between paragraphs) so an outdated run
stops early. Engines report trouble through ``CheckReport.engines`` and
never raise.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from humanize_desktop.core.settings import Settings
from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import aitells, encoding, fairness, readability, tone
from humanize_desktop.core.checks import language as lang_mod
from humanize_desktop.core.checks.findings import (
    AI_TELL, ENCODING, FINDING_KINDS, GRAMMAR, READABILITY, REGISTER, SPELLING, EngineState, Finding,
)
from humanize_desktop.core.checks.grammar import GrammarChecker
from humanize_desktop.core.checks.spelling import ENGINE as SPELLING_ENGINE
from humanize_desktop.core.checks.spelling import SpellChecker
from humanize_desktop.core.errors import HumanizeError

#: Paragraph results kept; a 20,000-word document has a few hundred paragraphs.
CACHE_SIZE = 20000


class Cancelled(Exception):
    """Raised inside ``check`` when the caller's ``cancelled()`` turned true."""


@dataclass
class ParagraphResult:
    findings: list[Finding]  # offsets relative to the paragraph
    counts: readability.Counts
    addresses: list[fairness.Address] = field(default_factory=list)  # Sie/du etc., for the register check
    tone: tone.ToneCounts | None = None  # None: no tone lexicon for the paragraph's language


@dataclass
class CheckReport:
    """Everything one check of a document found."""

    language: lang_mod.DocumentLanguage
    findings: list[Finding]
    engines: dict[str, EngineState]
    scores: dict[str, Any]
    paragraphs: int = 0
    paragraphs_checked: int = 0  # cache misses: how much work this run really did
    variants: dict[str, str] = field(default_factory=dict)  # language -> spelling dictionary

    def to_json(self) -> dict[str, Any]:
        """The ``check --json`` contract: ``language, engines, findings, scores``."""
        return {
            "language": self.language.code,
            "languages": [
                {"start": p.start, "end": p.end, "language": p.code,
                 "detected": p.guess.code, "confidence": round(p.guess.confidence, 3)}
                for p in self.language.paragraphs
            ],
            "engines": {name: state.to_json() for name, state in self.engines.items()},
            "findings": [f.to_json() for f in self.findings],
            "scores": self.scores,
        }


#: What ``DocumentChecker.check`` is doing, for ``Progress``: the checks, then the model's scoring.
CHECKS = "checks"
AI_LIKENESS_STEP = "ai-likeness"
Progress = Callable[[str, int, int], None]  # (step, paragraphs done, paragraphs in all)

#: Spans are sent to the grammar engine together, as paragraphs of one text of at most this many
#: characters: one request instead of one per span (LanguageTool answers a 5,000-word text three
#: times sooner than its paragraphs one by one; Harper saves a fifth).
GRAMMAR_BATCH_CHARS = 20_000
_BATCH_SEPARATOR = "\n\n"


def _grammar_in_batches(grammar: GrammarChecker, text: str, spans: list[tuple[int, int]], keys: list[int],
                        language: str, variant: str) -> dict[int, list[Finding]]:
    """Grammar findings of each span of ``text`` (offsets into ``text``), by ``keys[i]`` of ``spans[i]``."""
    found: dict[int, list[Finding]] = {}
    batch: list[int] = []  # indices into spans

    def send() -> None:
        offsets, at = [], 0
        for i in batch:
            offsets.append(at)
            at += spans[i][1] - spans[i][0] + len(_BATCH_SEPARATOR)
        joined = _BATCH_SEPARATOR.join(text[spans[i][0]:spans[i][1]] for i in batch)
        for f in grammar.check(joined, language, variant):
            n = bisect.bisect_right(offsets, f.start) - 1
            if n < 0:
                continue
            a, b = spans[batch[n]]
            if f.end <= offsets[n] + (b - a):  # never one across two spans, or in a separator
                found.setdefault(keys[batch[n]], []).append(f.shifted(a - offsets[n]))
        batch.clear()

    size = 0
    for i, (a, b) in enumerate(spans):
        if batch and size + (b - a) > GRAMMAR_BATCH_CHARS:
            send()
            size = 0
        batch.append(i)
        size += b - a + len(_BATCH_SEPARATOR)
    if batch:
        send()
    return found


class DocumentChecker:
    """Runs the writing checks over documents incrementally.

    ``kinds`` limits the checks (any of ``grammar, spelling, ai-tell,
    encoding, readability, inclusive, register, locale``; the settings'
    ``[fairness]`` switches leave out the last three). ``scorer`` (see ``ailikeness.Scorer``) adds
    AI-likeness scores; without it they are reported unavailable.

    Scoring runs the language model over every paragraph, which is far
    slower than the other checks (a few hundred tokens a second on a laptop
    CPU), so it has its own method and cache: the GUI calls
    ``check(text, ai_likeness=False)`` in its check pool and
    ``ai_likeness(text)`` in its model lane.

    ``on_grammar_engine_change`` (the window) starts a local LanguageTool in
    the background instead of waiting for it, and is called once it is ready
    (or failed): check again then.
    """

    def __init__(self, settings: Settings | None = None, *, kinds: Iterable[str] = FINDING_KINDS,
                 spelling: SpellChecker | None = None, grammar: GrammarChecker | None = None,
                 scorer: Any = None, scorer_reason: str = "",
                 on_grammar_engine_change: Callable[[], None] | None = None) -> None:
        self.settings = settings or Settings()
        self.kinds = frozenset(kinds)
        unknown = self.kinds - set(FINDING_KINDS)
        if unknown:
            raise ValueError(f"unknown check kinds: {', '.join(sorted(unknown))}")
        self.kinds -= set(fairness.FAIRNESS_KINDS) - fairness.enabled_kinds(self.settings)
        self._fairness = self.kinds & set(fairness.FAIRNESS_KINDS)
        spell_on = SPELLING in self.kinds and self.settings.spelling.enabled
        self.spelling = spelling or (SpellChecker(self.settings.rewrite.protected_terms,
                                                  self.settings.spelling.language) if spell_on else None)
        self.grammar = grammar or (GrammarChecker(self.settings.grammar, check_spelling=self.spelling is None,
                                                  on_engine_change=on_grammar_engine_change)
                                   if GRAMMAR in self.kinds else None)
        self.scorer = scorer
        self.scorer_reason = scorer_reason or "no language model is loaded to score AI-likeness"
        self._cache: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ cache
    def _cached(self, key: tuple) -> Any:
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
            return hit

    def _store(self, key: tuple, result: Any) -> None:
        with self._lock:
            self._cache[key] = result
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)

    def add_to_dictionary(self, word: str) -> None:
        """Add ``word`` to the personal dictionary and forget results it may change."""
        if self.spelling is not None:
            self.spelling.add_to_personal(word)
            self.clear_cache()

    def clear_cache(self) -> None:
        """Forget every result (after the personal dictionary or settings change)."""
        with self._lock:
            self._cache.clear()

    # ------------------------------------------------------------------ checking
    def _variant(self, code: str, doc: lang_mod.DocumentLanguage, text: str, preferred: str = "") -> str:
        if self.spelling is None:
            return ""
        sample: list[str] = []
        for p in doc.paragraphs:
            if p.code == code and len(sample) < 2000:
                sample.extend(segmentation.words(text[p.start:p.end]))
        return self.spelling.dictionary_for(code, sample, preferred) or ""

    def _check_paragraph(self, para: str, code: str, variant: str, grammar_key: str,
                         region: str = "") -> ParagraphResult:
        findings: list[Finding] = []
        addresses: list[fairness.Address] = []
        if ENCODING in self.kinds:
            findings.extend(encoding.find(para))
        if code != lang_mod.UNDETERMINED:
            if self.spelling is not None and variant:
                findings.extend(self.spelling.check(para, variant))
            if self.grammar is not None and grammar_key != "none":
                findings.extend(self.grammar.check(para, code, variant))
            if AI_TELL in self.kinds:
                findings.extend(aitells.find(para, code))
            if self._fairness:
                found, addresses = fairness.check_paragraph(para, code, region, self._fairness)
                findings = fairness.drop_repeats_of(findings + found)
        garbled = [(f.start, f.end) for f in findings if f.kind == ENCODING]
        if garbled:
            # Other engines trip over mojibake ("unterminated quote"); the repair fixes both.
            findings = [f for f in findings if f.kind == ENCODING
                        or not any(a < f.end and f.start < b for a, b in garbled)]
        counts, long_sentences = readability.analyse(para, code)
        if READABILITY in self.kinds:
            findings.extend(long_sentences)
        return ParagraphResult(findings, counts, addresses, tone.paragraph_counts(para, code))

    def check(self, text: str, language: str = "auto", cancelled: Callable[[], bool] | None = None,
              ai_likeness: bool = True, progress: Progress | None = None) -> CheckReport:
        """Check ``text``; ``language`` is ``"auto"`` or a code such as ``"de"`` or ``"en_GB"``.

        ``ai_likeness=False`` leaves the (slow) model scoring out; the scores
        then say so. ``progress(step, done, total)`` hears of each paragraph
        (``step``: "checks", then "ai-likeness").
        """
        forced = None if language in ("", "auto") else language.replace("-", "_")
        doc = lang_mod.detect_document(text, lang_mod.base(forced) if forced else None)
        codes = doc.codes() or ([doc.code] if doc.code != lang_mod.UNDETERMINED else [])
        preferred = forced if forced and "_" in forced else ""
        # The region (de_CH -> CH) decides region-specific conventions; without one there are none.
        region_setting = preferred or self.settings.spelling.language.replace("-", "_")
        regions = {lang_mod.base(region_setting): fairness.region_of(region_setting)} if "_" in region_setting else {}
        variants = {code: self._variant(code, doc, text, preferred) for code in codes}
        grammar_keys = {code: self.grammar.cache_key(code, variants.get(code, "")) if self.grammar else "none"
                        for code in codes}
        findings: list[Finding] = []
        total = readability.Counts()
        checked = 0
        addresses: dict[str, list[fairness.Address]] = {}
        tones: list[tone.ToneCounts | None] = []
        for done, p in enumerate(doc.paragraphs):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(CHECKS, done, len(doc.paragraphs))
            para = text[p.start:p.end]
            variant = variants.get(p.code, "")
            region = regions.get(p.code, "")
            key = ("check", para, p.code, variant, grammar_keys.get(p.code, "none"), region)
            result = self._cached(key)
            if result is None:
                result = self._check_paragraph(para, p.code, variant, grammar_keys.get(p.code, "none"), region)
                self._store(key, result)
                checked += 1
            findings.extend(f.shifted(p.start) for f in result.findings)
            addresses.setdefault(p.code, []).extend(a.shifted(p.start) for a in result.addresses)
            total += result.counts
            tones.append(result.tone)
        if AI_TELL in self.kinds and doc.code != lang_mod.UNDETERMINED:
            findings.extend(aitells.find_in_document(text, doc.code, total.words))
        if REGISTER in self.kinds:
            for found in addresses.values():
                findings.extend(fairness.document_findings(found))
        findings.sort(key=lambda f: (f.start, f.end, f.kind))
        scores: dict[str, Any] = {"readability": readability.scores(total, doc.code),
                                  "tone": tone.tone_scores(tones)}
        if not ai_likeness:
            scores["ai_likeness"] = {"available": False, "reason": "AI-likeness is scored separately"}
        else:
            scores["ai_likeness"] = self.ai_likeness(text, cancelled, progress)
        return CheckReport(doc, findings, self.engines(codes, variants), scores, len(doc.paragraphs), checked,
                           variants)

    def start_engines(self, languages: Iterable[str] = ("en",)) -> None:
        """Load the language detection model and start the grammar engine on background threads.

        Both take about a second and mostly wait outside the interpreter
        (decompressing, building Harper's dictionary), so a caller that will
        check soon, such as ``diff --json`` before reading and diffing the
        files, gets them for the price of one. Checks wait for them as needed.
        """
        threading.Thread(target=lang_mod.load_model, name="load-language-model", daemon=True).start()
        grammar = self.grammar
        if grammar is not None:
            setting = self.settings.spelling.language.replace("-", "_")
            variant = setting if "_" in setting else ""  # the dialect Harper builds for; "": American

            def start() -> None:
                for code in languages:
                    grammar.prepare(code, variant)
            threading.Thread(target=start, name="start-grammar-engine", daemon=True).start()

    def check_spans(self, text: str, spans: Iterable[tuple[int, int]], language: str = "auto",
                    doc: lang_mod.DocumentLanguage | None = None, kinds: Iterable[str] = (GRAMMAR, SPELLING),
                    focus: Iterable[tuple[int, int]] | None = None) -> list[Finding]:
        """Grammar, spelling and fairness findings inside ``spans`` of ``text`` only (offsets into ``text``).

        For looking at a few places of a long text (the changes of a review)
        instead of all of it: each span is checked on its own (the grammar
        engine gets them as the paragraphs of one text, ``GRAMMAR_BATCH_CHARS``
        at a time), in its paragraph's language (``doc``: the text's
        ``detect_document``, if the caller has it), with the spelling dictionary chosen for the whole
        text. Spelling replacements are not looked up (``with_replacements``
        adds them to the findings that are shown), and nothing is cached.
        ``kinds`` narrows the checks further (grammar, spelling, inclusive,
        register, locale; register findings compare the forms of address
        within each span); with ``focus`` (spans of ``text``), spelling looks
        only at the words in them, while the other checks read each whole span.
        """
        kinds = self.kinds & set(kinds)
        spelling = self.spelling if SPELLING in kinds else None
        grammar = self.grammar if GRAMMAR in kinds else None
        fair = self._fairness & kinds
        forced = None if language in ("", "auto") else language.replace("-", "_")
        doc = doc or lang_mod.detect_document(text, lang_mod.base(forced) if forced else None)
        if not doc.paragraphs:
            return []
        preferred = forced if forced and "_" in forced else ""
        region_setting = preferred or self.settings.spelling.language.replace("-", "_")  # as check() does
        starts = [p.start for p in doc.paragraphs]
        focus = sorted(focus) if focus is not None else None
        focus_starts = [a for a, _ in focus] if focus is not None else []
        variants: dict[str, str] = {}
        spans = [(a, b) for a, b in spans if b > a]
        spelt: dict[int, list[Finding]] = {}
        fair_found: dict[int, list[Finding]] = {}
        by_language: dict[tuple[str, str], list[int]] = {}  # the spans for the grammar engine, by language
        for k, (a, b) in enumerate(spans):
            code = doc.paragraphs[max(0, bisect.bisect_right(starts, a) - 1)].code
            if code == lang_mod.UNDETERMINED:
                continue
            if code not in variants:
                variants[code] = self._variant(code, doc, text, preferred)
            part = text[a:b]
            if spelling is not None and variants[code]:
                within = None
                if focus is not None:  # the focus spans inside [a, b), relative to it
                    near = focus[max(0, bisect.bisect_right(focus_starts, a) - 1):bisect.bisect_left(focus_starts, b)]
                    within = [(max(x, a) - a, min(y, b) - a) for x, y in near if x < b and a < y]
                spelt[k] = [f.shifted(a) for f in spelling.check(part, variants[code], suggest=False, within=within)]
            if grammar is not None:
                by_language.setdefault((code, variants[code]), []).append(k)
            if fair:
                in_region = "_" in region_setting and lang_mod.base(region_setting) == code
                found_here, addresses = fairness.check_paragraph(part, code, fairness.region_of(region_setting)
                                                                 if in_region else "", fair)
                if REGISTER in fair:
                    found_here += fairness.document_findings(addresses)
                fair_found[k] = [f.shifted(a) for f in found_here]
        grammar_found: dict[int, list[Finding]] = {}
        for (code, variant), indices in by_language.items():
            assert grammar is not None
            grammar_found.update(_grammar_in_batches(grammar, text, [spans[k] for k in indices], indices,
                                                     code, variant))
        found: list[Finding] = []
        for k in range(len(spans)):
            found += spelt.get(k, []) + grammar_found.get(k, []) + fair_found.get(k, [])
        return found

    def with_replacements(self, text: str, finding: Finding) -> Finding:
        """``finding`` (in ``text``) with the spelling replacements ``check_spans`` left out."""
        if finding.kind != SPELLING or finding.engine != SPELLING_ENGINE or self.spelling is None:
            return finding
        dictionary = finding.rule.partition(":")[2]
        return replace(finding, replacements=self.spelling.suggest(dictionary, text[finding.start:finding.end]))

    def ai_likeness(self, text: str, cancelled: Callable[[], bool] | None = None,
                    progress: Progress | None = None) -> dict[str, Any]:
        """AI-likeness scores of ``text`` as ``scores.ai_likeness`` JSON (or why there are none)."""
        if self.scorer is None:
            return {"available": False, "reason": self.scorer_reason}
        try:
            return self.measure_ai_likeness(text, cancelled, progress).to_json()
        except HumanizeError as exc:  # engine trouble becomes a reason, not a crash
            return {"available": False, "reason": f"the model could not score the text ({exc})"}

    def measure_ai_likeness(self, text: str, cancelled: Callable[[], bool] | None = None,
                            progress: Progress | None = None):
        """``ailikeness.AiLikeness`` of ``text``, paragraph results cached; needs a scorer.

        Compare draft and suggestion with ``ailikeness.compare(before, after)``:
        a signal, never a verdict. Raises ``HumanizeError`` when the engine fails.
        """
        from humanize_desktop.core.checks import ailikeness

        if self.scorer is None:
            raise HumanizeError(self.scorer_reason)
        parts = []
        paragraphs = segmentation.paragraphs(text)
        for done, (start, end) in enumerate(paragraphs):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(AI_LIKENESS_STEP, done, len(paragraphs))
            key = ("ai", text[start:end], id(self.scorer))
            measured = self._cached(key)
            if measured is None:
                measured = ailikeness.measure_paragraph(self.scorer, text[start:end])
                self._store(key, measured)
            parts.append(measured)
        return ailikeness.summarise(parts)

    def engines(self, languages: Iterable[str] = (), variants: dict[str, str] | None = None
                ) -> dict[str, EngineState]:
        """Which engine serves grammar and spelling for these languages, and why others do not."""
        langs = list(languages)
        if self.grammar is not None:
            grammar = self.grammar.state(langs)
        else:
            grammar = EngineState(None, "", {"grammar": "grammar checking is not part of this check"})
        if self.spelling is not None:
            spelling = self.spelling.state(langs, variants)
        elif SPELLING in self.kinds:
            spelling = EngineState(None, "", {"enchant": "spelling is switched off (spelling.enabled = false)"})
        else:
            spelling = EngineState(None, "", {"enchant": "spelling is not part of this check"})
        return {"grammar": grammar, "spelling": spelling}

    def close(self) -> None:
        """Release engines (the local LanguageTool server stops at exit; see ``languagetool.stop_all``)."""
        if self.grammar is not None:
            self.grammar.close()


def findings_of_kind(findings: Iterable[Finding], *kinds: str) -> list[Finding]:
    wanted = set(kinds)
    return [f for f in findings if f.kind in wanted]


__all__ = ["Cancelled", "CheckReport", "DocumentChecker", "findings_of_kind",
           "AI_TELL", "ENCODING", "GRAMMAR", "READABILITY", "SPELLING"]
