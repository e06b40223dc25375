"""Rewriting a draft paragraph by paragraph with a model engine: the suggestion in the right pane.

Entry points (everything Qt-free; run them on a worker thread):

``rewrite_document(draft, options, engine, on_event=None, cancel=None, cache=None) -> RewriteResult``
    Splits the draft into Markdown blocks (``rewriting.units``); code, tables
    and the like are kept as they are. Each prose piece (a paragraph, list
    item, heading, quotation) is humanized by ``humanizer.pipeline`` at the
    chosen strength:

    - **light**: the rule layer only (``humanizer.plan`` and ``fix``): stock
      phrases, openers and filler cut or replaced; no model is asked;
    - **medium**: also narrow model jobs for what rules cannot fix, one per
      sentence (``humanizer.jobs``: "without 'a testament to'", "in two
      sentences"), best of ``candidates`` each, judged in code
      (``humanizer.score``: facts, meaning drift, the task done);
    - **strong**: also a rewrite of the whole piece (``rewriting.whole``), sent as the last message
      of a conversation that is the same for the whole run (so llama.cpp's
      prompt cache stays warm): the system prompt, naming the draft's
      language, then example pairs in that language (``rewriting.prompts``).
      Models with at least ``context_min_parameters`` weights (and servers)
      also see the piece's section heading and the sentence before it. Pieces
      too long for the context go in runs of sentences. Every answer is
      cleaned (``rewriting.cleaning``), checked (``rewriting.guards``) and
      judged like a job's; when all candidates are refused one more is asked
      for conservatively, then the piece stays as steps before left it.

    Where the model fails, the rule fixes still stand. Every edit's origin
    (rule or model, the rule id, the reason) is kept in draft positions:
    ``RewriteResult.explanations(changes)`` gives each reviewed change its
    source, rule and reason, and ``RewriteResult.plan`` lists what the plan
    found. Results are cached (``rewriting.cache``), so running again after
    editing one paragraph regenerates only that paragraph (and, if its last
    sentence changed, the next one, which saw that sentence as context).

    ``on_event`` receives, per paragraph: ``ParagraphStarted(index, total,
    draft_start, draft_end)``, then ``TokenDelta(index, text)`` for each piece
    of raw model output (a live preview), ``ParagraphRetry(index, reason)``
    if an answer was rejected, and ``ParagraphDone(index, status, reason,
    text, cached, origins)`` with the paragraph's final text (its trailing blank lines
    included): the suggestion is the concatenation of the ``text`` of every
    ``ParagraphDone``, in order. ``cancel`` (a ``threading.Event``) stops
    within one token; the rest of the document is then kept as drafted and
    ``RewriteResult.cancelled`` is set. Engine failures raise their
    ``EngineError``; finished paragraphs are already cached.

``alternatives(draft, start, end, options, engine, n=3, cancel=None) -> list[str]``
    Up to ``n`` different rewordings of ``draft[start:end]`` (a sentence or a
    change), each checked like a rewrite, to replace that span.

Paragraph statuses: ``rewritten`` (``reason`` says why the model's part was
not used, if it was not), ``unchanged`` (nothing to change), ``kept`` (the
model's answers were refused and no rule applied: the draft stays, ``reason``
says why), ``skipped`` (not prose, or too short), ``cancelled``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import fairness, language
from humanize_desktop.core.engine.base import Engine, estimate_tokens
from humanize_desktop.core.humanizer import explain, jobs, pipeline, score
from humanize_desktop.core.humanizer.explain import Origin
from humanize_desktop.core.humanizer.plan import plan as plan_piece
from humanize_desktop.core.rewriting import chatter, guards, prompts, styles, units
from humanize_desktop.core.rewriting.cache import CachedRewrite, RewriteCache, cache_key
from humanize_desktop.core.rewriting.events import (
    EventCallback,
    ParagraphDone,
    ParagraphResult,
    ParagraphStarted,
    RewriteResult,
    RewriteStats,
    TokenDelta,
)
from humanize_desktop.core.rewriting.options import RewriteOptions, default_candidates
from humanize_desktop.core.rewriting.whole import WholePieceRewriting
from humanize_desktop.core.settings import GrammarSettings
from humanize_desktop.core.voice import steer

_MIN_WORDS = 3  # shorter pieces ("Introduction", "Thanks!") are left alone
_DEFAULT_CONTEXT = 4096  # when a server does not say how large its context is
# Part of every cache key: bump it when cleaning or guard code changes what a rewrite becomes.
PIPELINE_VERSION = 8
#: Change bands per strength (share of a sentence's words a model job should change).
_JOB_BANDS = {"light": (0.0, 0.3), "medium": (0.15, 0.6), "strong": (0.25, 0.9)}


def _combine(statuses: list[tuple[str, str]]) -> tuple[str, str]:
    """One status and reason for a paragraph from those of its pieces."""
    kinds = [s for s, _ in statuses]
    kept = [r for s, r in statuses if s == "kept"]
    if not kinds or all(k == "skipped" for k in kinds):
        return "skipped", next((r for _, r in statuses if r), "too short to rewrite")
    if "cancelled" in kinds:
        return "cancelled", "stopped before this paragraph was finished"
    if "rewritten" in kinds:
        noted = [r for s, r in statuses if s == "rewritten" and r]
        return "rewritten", (f"{len(kept)} of {len(kinds)} parts kept: {kept[0]}" if kept
                             else noted[0] if noted else "")
    if kept:
        return "kept", kept[0]
    return "unchanged", ""


def _model_parameters(engine: Engine) -> int:
    """How many weights the engine's model has; 0 when it is not known (a server)."""
    model = getattr(engine, "model", None)
    count = getattr(model, "parameters", 0)
    return count if isinstance(count, int) else 0


class _Run(WholePieceRewriting):
    def __init__(self, options: RewriteOptions, engine: Engine, on_event: EventCallback | None,
                 cancel: threading.Event | None, cache: RewriteCache | None) -> None:
        self.options = options
        self.engine = engine
        self.emit = on_event or (lambda event: None)
        self.cancel = cancel
        self.cache = cache if options.use_cache else None
        self.prompts = prompts.load_prompts()
        self.job_prompts = jobs.load_jobs()
        self.chatter = chatter.load_rules()
        self.style = styles.get_style(options.style)
        self.strength = self.prompts.strength(options.strength)
        self.info = engine.describe()  # does not load a local model: cached runs need none
        self.stats = RewriteStats()
        parameters = _model_parameters(engine)
        self.candidates = options.candidates or default_candidates(parameters)
        self.use_context = options.context and (parameters == 0
                                                or parameters >= self.prompts.context_min_parameters)
        self._spelling: Any = None
        self._grammar: Any = None
        self.register: str | None = None  # the form of address a rewrite keeps (checks.fairness)
        self.set_language("")

    def set_language(self, code: str) -> None:
        """Build the document's fixed conversations for its language (``""``: unknown)."""
        self.language = "" if code == language.UNDETERMINED else code
        self.system = prompts.system_prompt(self.prompts, self.style, self.strength, self.options.custom_instructions,
                                            self.options.protected_terms, language=self.language,
                                            voice_hint=steer.hint(self.options.voice))
        self.prefix = prompts.conversation(self.prompts, self.system, self.language)
        n_ctx = self.info.context_length or _DEFAULT_CONTEXT
        prefix_text = "\n".join(m["content"] for m in self.prefix)
        room = n_ctx - estimate_tokens(prefix_text) - 16 * len(self.prefix) - 160
        # Learned example pairs for a piece take at most a quarter of what is left.
        self.example_budget = room // 4 if self.options.learned and self.options.learned.examples else 0
        room -= self.example_budget
        self.max_piece_tokens = max(64, int(room / (1 + self.options.max_tokens_factor)))
        self.job_runners: dict[str, jobs.JobRunner] = {}
        o = self.options
        self.settings_key = {
            "model": self.info.model_id, "pipeline": PIPELINE_VERSION, "prompt_version": self.prompts.version,
            "prompts": self.prompts.source, "cleaning": self.chatter.source, "conversation": self.prefix,
            "jobs": self.job_prompts.source, "candidates": self.candidates,
            "context": self.use_context, "strength": self.strength.id, "custom": o.custom_instructions,
            "protected": sorted(o.protected_terms), "seed": o.seed, "temperature": o.temperature,
            "top_p": o.top_p, "repeat_penalty": o.repeat_penalty, "factor": o.max_tokens_factor,
            "length": self.style.length_ratio,
            "learned": o.learned.fingerprint() if o.learned else "",
            "voice": o.voice.to_json() if o.voice else None}

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def rules(self, lang: str, title: bool = False) -> guards.GuardRules:
        return guards.GuardRules(
            length_ratio=self.style.length_ratio or self.strength.length_ratio,
            max_changed_share=self.strength.max_changed_share, min_overlap=self.strength.min_overlap,
            protected_terms=self.options.protected_terms,
            language="" if lang == language.UNDETERMINED else lang, fidelity=self.prompts.fidelity_kinds,
            title=title)

    # ------------------------------------------------------------------ judging and jobs

    def checkers(self) -> tuple[Any, Any]:
        """Spelling and grammar checkers for judging candidates, made once per run.

        Grammar as the settings say (a local LanguageTool is shared by the
        whole process, so this starts nothing the checks have not started),
        else Harper for English; spelling is enchant's, so the engines' own
        spelling findings are left out.
        """
        if self._spelling is None:
            from humanize_desktop.core.checks.grammar import HARPER, GrammarChecker
            from humanize_desktop.core.checks.spelling import SpellChecker

            self._spelling = SpellChecker(self.options.protected_terms)
            self._grammar = GrammarChecker(self.options.grammar or GrammarSettings(engine=HARPER))
        return self._spelling, self._grammar

    def close(self) -> None:
        if self._grammar is not None:
            self._grammar.close()

    def fix_checker(self, lang: str) -> Callable[[str, str], str]:
        """What rule fixes are checked with: the judge's grammar and spelling engines."""
        spelling, grammar = self.checkers()
        return score.Judge(lang, guards.GuardRules(), (0.0, 1.0), spelling, grammar).added_error

    def judge(self, lang: str, title: bool = False, sentence: bool = False) -> score.Judge:
        rules = self.rules(lang, title)
        if sentence:
            # One sentence: its words are few, so ratios get slack; the fact gates stay the same.
            rules = replace(rules, length_ratio=(0.5, 1.8), max_changed_share=1.0, min_overlap=0.2)
        spelling, grammar = self.checkers()
        band = _JOB_BANDS.get(self.strength.id, _JOB_BANDS["medium"])
        return score.Judge(lang or self.language, rules, band, spelling, grammar, register=self.register,
                           voice=self.options.voice)

    def job_runner(self, index: int, lang: str) -> jobs.JobRunner:
        runner = self.job_runners.get(lang)
        if runner is None:
            code = language.base(lang) if lang else ""
            runner = jobs.JobRunner(
                self.engine, self.job_prompts, code, self.prompts.language_name(code) if code else "",
                self.judge(lang, sentence=True), candidates=self.candidates, seed=self.options.seed,
                temperature=self.options.temperature * self.strength.temperature_scale,
                top_p=self.options.top_p, repeat_penalty=self.options.repeat_penalty, cancel=self.cancel,
                on_generation=self.stats.add, voice_hint=steer.hint(self.options.voice))
            self.job_runners[lang] = runner
        runner.on_token = lambda piece: self.emit(TokenDelta(index, piece))
        return runner

    # ------------------------------------------------------------------ pieces

    def piece(self, index: int, text: str, before: str, heading: str, lang: str,
              title: bool = False) -> pipeline.PieceOutcome:
        """One piece humanized (or taken from the cache), its origins in the piece's positions."""
        if self.cancelled():
            return pipeline.PieceOutcome("cancelled", text)
        code = language.base(lang) if lang and lang != language.UNDETERMINED else ""
        if segmentation.count_words(text) < _MIN_WORDS:
            return pipeline.PieceOutcome("skipped", text, "too short to rewrite")
        learned = self.options.learned
        suppressed = learned.suppressed_rules(code, self.options.style) if learned else frozenset()
        own_rules = learned.own_rules_for(code) if learned else ()
        key = cache_key(settings=self.settings_key, text=text, before=before if self.use_context else "",
                        heading=heading if self.use_context else "", language=lang, title=title)
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                self.stats.cached += 1
                return pipeline.PieceOutcome(hit.status, hit.text, hit.reason, list(hit.origins),
                                             plan_piece(text, code, protected_terms=self.options.protected_terms,
                                                        suppressed=suppressed, own_rules=own_rules))
        context = pipeline.PieceContext(
            strength=self.strength.id, protected_terms=self.options.protected_terms,
            suppressed=suppressed, own_rules=own_rules,
            jobs=self.job_runner(index, lang) if self.strength.id != "light" else None,
            rewrite_paragraph=(lambda t: self.rewrite_paragraph(index, t, before, heading, lang, title))
            if self.strength.id == "strong" else None,
            title=title, cancelled=self.cancelled, voice=self.options.voice,
            check_fix=self.fix_checker(lang or code))
        outcome = pipeline.humanize_piece(text, code, context)
        if self.cache is not None and outcome.status != "cancelled":
            self.cache.put(key, CachedRewrite(outcome.status, outcome.text, outcome.reason,
                                              tuple(outcome.origins)))
        return outcome


def _plan_json(paragraph: int, where: explain.PiecePositions, items: list[Any]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        start, end = where.span(item.start, item.end)
        out.append({"paragraph": paragraph, "start": start, "end": end, "rule": item.rule,
                    "message": str(item.message)})
    return out


def rewrite_document(draft: str, options: RewriteOptions, engine: Engine,
                     on_event: EventCallback | None = None, cancel: threading.Event | None = None,
                     cache: RewriteCache | None = None) -> RewriteResult:
    """Rewrite ``draft``; see the module docstring for events, statuses and errors."""
    started = time.perf_counter()
    own_cache = cache is None and options.use_cache
    run = _Run(options, engine, on_event, cancel, RewriteCache() if own_cache else cache)
    try:
        doc_language = language.detect_document(draft)
        run.set_language(doc_language.code)
        run.register = fairness.expected_register(draft, doc_language.code, options.style)
        blocks = units.split_document(draft)
        results: list[ParagraphResult] = []
        heading = ""
        before = ""
        for block in blocks:
            index = block.index
            run.emit(ParagraphStarted(index, len(blocks), block.start, block.end))
            calls_before, hits_before = run.stats.generated, run.stats.cached
            lang = doc_language.paragraphs[index].code if index < len(doc_language.paragraphs) else doc_language.code
            origins: list[Origin] = []
            plan: list[dict[str, Any]] = []
            if not block.rewritable:
                status, reason, texts = "skipped", block.skip_reason, [p.text for p in block.pieces]
            else:
                outcomes = []
                cursor = block.start
                for piece in block.pieces:
                    is_heading = piece.prefix.lstrip().startswith("#") or piece.suffix.startswith("\n")
                    outcome = run.piece(index, piece.text, before, "" if is_heading else heading, lang,
                                        title=is_heading)
                    outcomes.append(outcome)
                    where = explain.PiecePositions(draft, cursor, block.end, piece.text)
                    cursor = where.end
                    if outcome.status == "rewritten":
                        origins += [where.origin(o) for o in outcome.origins]
                    plan += _plan_json(index, where, outcome.plan)
                    if is_heading:
                        heading, before = piece.text, ""
                    else:
                        before = units.last_sentence(piece.text)
                status, reason = _combine([(o.status, o.reason) for o in outcomes])
                texts = [o.text for o in outcomes]
            text = block.rebuild(texts) if block.rewritable else draft[block.start:block.end]
            cached = run.stats.generated == calls_before and run.stats.cached > hits_before
            results.append(ParagraphResult(index, status, reason, block.start, block.end, text, cached,
                                           origins, plan))
            run.emit(ParagraphDone(index, status, reason, text, cached, tuple(origins)))
        run.stats.seconds = time.perf_counter() - started
        notes = list(engine.describe().notes)  # after generating, GPU fallback notes too
        if run.cache is not None and run.cache.problem:
            notes.append(run.cache.problem)
        return RewriteResult("".join(r.text for r in results), results, run.stats, doc_language.code,
                             run.info, cancelled=run.cancelled(), notes=notes)
    finally:
        run.close()
        if own_cache and run.cache is not None:
            run.cache.close()


def alternatives(draft: str, start: int, end: int, options: RewriteOptions, engine: Engine, n: int = 3,
                 cancel: threading.Event | None = None) -> list[str]:
    """Up to ``n`` distinct rewordings of ``draft[start:end]``, cleaned and checked like a rewrite.

    See ``rewriting.alternatives`` for what an answer goes through before it is offered.
    """
    from humanize_desktop.core.rewriting import alternatives as _alternatives

    return _alternatives.find(draft, start, end, options, engine, n, cancel)
