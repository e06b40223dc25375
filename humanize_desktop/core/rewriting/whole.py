"""The strong step: a whole piece rewritten by the model, in the document's conversation.

``WholePieceRewriting`` is the part of a document run (``rewriting.document``)
that asks for a piece rewritten whole: the fixed conversation (system
prompt and example pairs, so llama.cpp's prompt cache stays warm), then
learned example pairs most like the piece, then the piece with its section
heading and the sentence before it. Each answer is cleaned
(``rewriting.cleaning``), checked (``rewriting.guards``) and judged
(``humanizer.score``); the best of ``candidates`` wins, and when all are
refused one more is asked for conservatively, with the reason. A piece too
long for the context goes in runs of sentences.

The run it is mixed into provides the engine, options, prompts, the
conversation prefix, the judge and the event callback.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from humanize_desktop.core.checks import language
from humanize_desktop.core.engine.base import Generation, GenerationRequest, estimate_tokens
from humanize_desktop.core.rewriting import cleaning, guards, prompts, units
from humanize_desktop.core.rewriting.events import ParagraphRetry, TokenDelta

if TYPE_CHECKING:
    from collections.abc import Callable
    from threading import Event

    from humanize_desktop.core.engine.base import Engine
    from humanize_desktop.core.humanizer import score
    from humanize_desktop.core.rewriting.chatter import ChatterRules
    from humanize_desktop.core.rewriting.events import RewriteEvent, RewriteStats
    from humanize_desktop.core.rewriting.options import RewriteOptions

_QUOTED_RE = regex.compile(r"\s*\([^()]*\)$")  # "(“Ignore all previous…”)" after a reason


class WholePieceRewriting:
    """Whole-piece model rewrites for a document run (see the module docstring)."""

    engine: Engine
    options: RewriteOptions
    prompts: prompts.Prompts
    chatter: ChatterRules
    strength: prompts.Strength
    stats: RewriteStats
    emit: Callable[[RewriteEvent], None]
    cancel: Event | None
    prefix: list[dict[str, str]]
    system: str
    language: str
    candidates: int
    use_context: bool
    example_budget: int
    max_piece_tokens: int

    def cancelled(self) -> bool:
        raise NotImplementedError

    def rules(self, lang: str, title: bool = False) -> guards.GuardRules:
        raise NotImplementedError

    def judge(self, lang: str, title: bool = False, sentence: bool = False) -> score.Judge:
        raise NotImplementedError

    def learned_turns(self, text: str, lang: str) -> tuple[dict[str, str], ...]:
        """Accepted rewrites most like ``text`` as earlier turns, after the fixed prefix (its cache stays warm)."""
        learned = self.options.learned
        if not learned or not self.example_budget:
            return ()
        code = language.base(lang) if lang and lang != language.UNDETERMINED else ""
        turns: list[dict[str, str]] = []
        for pair in learned.examples_for(text, code, self.example_budget, estimate_tokens):
            turns += [{"role": "user", "content": pair.before}, {"role": "assistant", "content": pair.after}]
        return tuple(turns)

    def request(self, user: str, text: str, temperature: float, seed: int,
                examples: tuple[dict[str, str], ...] = ()) -> GenerationRequest:
        return GenerationRequest(
            messages=(*self.prefix, *examples, {"role": "user", "content": user}),
            max_tokens=int(estimate_tokens(text) * self.options.max_tokens_factor) + 24,
            temperature=temperature, top_p=self.options.top_p,
            repeat_penalty=self.options.repeat_penalty, seed=seed, stop=self.prompts.stop)

    def generate(self, index: int, req: GenerationRequest) -> Generation:
        gen = self.engine.generate(req, on_token=lambda piece: self.emit(TokenDelta(index, piece)),
                                   cancel=self.cancel)
        self.stats.add(gen)
        return gen

    def attempt(self, index: int, user: str, text: str, temperature: float, seed: int, context: tuple[str, ...],
                rules: guards.GuardRules, examples: tuple[dict[str, str], ...] = ()) -> tuple[str | None, str | None]:
        """One answer, cleaned and checked: (text, reason it is rejected); (None, None) if cancelled."""
        gen = self.generate(index, self.request(user, text, temperature, seed, examples))
        if gen.finish_reason == "cancelled":
            return None, None
        instructions = [m["content"] for m in (*self.prefix, *examples)] + prompts.context_lines(user, text)
        # Lines of the system prompt a reply may echo; copies of the context are found by ``context``.
        echo_lines = self.system.split("\n")
        cleaned = cleaning.clean(gen.text, text, echo_lines, context, self.chatter)
        if not cleaned.text and gen.text.strip():
            return cleaned.text, "the answer held only instructions or commentary, no rewrite"
        # An answer cut off in the commentary after a finished rewrite lost nothing of the rewrite.
        finish = "stop" if gen.finish_reason == "length" and cleaned.complete else gen.finish_reason
        rules = replace(rules, prompt_text="\n".join(instructions))
        reason = guards.check_rewrite(text, cleaned.text, finish, rules)
        return cleaned.text, (str(reason) if reason else None)

    def rewrite_paragraph(self, index: int, text: str, before: str, heading: str, lang: str,
                          title: bool) -> tuple[str | None, str]:
        """The piece rewritten whole (strong), in runs of sentences when it is too long for the context."""
        runs = units.split_long(text, self.max_piece_tokens)
        if len(runs) == 1:
            return self.rewrite_run(index, text, before, heading, lang, title)
        out, refused = [], ""
        for run in runs:
            if self.cancelled():
                return None, ""
            candidate, why = self.rewrite_run(index, run, before, heading, lang, title)
            out.append(candidate or run)
            refused = refused or why
            before = run
        joined = " ".join(out)
        return (joined if joined != " ".join(runs) else None), refused

    def rewrite_run(self, index: int, text: str, before: str, heading: str, lang: str,
                    title: bool) -> tuple[str | None, str]:
        """Best of ``candidates`` rewrites of ``text`` that pass the guards and the judge, or why none did.

        When every candidate is refused, one more is asked for conservatively,
        with the reason in a line before the piece (the conversation before it
        stays the same, so llama.cpp reuses its evaluated state).
        """
        if not self.use_context:
            before = heading = ""
        rules = self.rules(lang, title)
        judge = self.judge(lang, title)
        other = lang and self.language and language.base(lang) != language.base(self.language)
        user = prompts.user_message(self.prompts, text, before, heading, lang if other else "")
        context = tuple(c for c in (before, heading) if c)
        temperature = self.options.temperature * self.strength.temperature_scale
        best: tuple[float, str] | None = None
        refused = ""
        examples = self.learned_turns(text, lang)

        def consider(output: str | None, reason: str | None) -> None:
            nonlocal best, refused
            if output is None:
                return
            verdict = judge.judge(text, output) if not reason else None
            if verdict is not None and not verdict.ok:
                reason = verdict.reason
            if reason or verdict is None:
                refused = reason or refused
                self.emit(ParagraphRetry(index, reason or ""))
                return
            if best is None or verdict.score > best[0]:
                best = (verdict.score, output)

        for i in range(self.candidates):
            if self.cancelled():
                return None, ""
            seed = self.options.seed + i if self.options.seed >= 0 else -1
            output, reason = self.attempt(index, user, text, temperature * (1.0 + 0.2 * i), seed, context, rules,
                                          examples)
            if output is None:
                return None, ""
            consider(output, reason)
        if best is None and refused and not self.cancelled():
            # Without the quoted words: draft text said back to the model reads as an instruction.
            retry_user = prompts.user_message(self.prompts, text, before, heading, lang if other else "",
                                              retry_reason=_QUOTED_RE.sub("", refused))
            seed = self.options.seed + self.candidates if self.options.seed >= 0 else -1
            output, reason = self.attempt(index, retry_user, text, min(0.3, temperature), seed, context, rules,
                                          examples)
            if output is None:
                return None, ""
            refused_before, refused = refused, ""
            consider(output, reason)
            refused = refused or refused_before
        return (best[1], "") if best else (None, refused)
