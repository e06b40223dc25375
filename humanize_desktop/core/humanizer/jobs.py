"""Narrow model jobs: one sentence, one task, several candidates, each checked in code.

What rules cannot fix (a phrase with no plain replacement, a sentence too long
to read, a run of sentences that all open alike) becomes a *job* for the
model: "without 'a testament to':", "in two sentences:", "start it
differently:", "in plainer words:". The prompts are data
(``resources/prompts/jobs.toml``): a system prompt and example pairs per
language, the same for every job of a document so llama.cpp evaluates them
once, then the task line and the sentence as the last message.

``JobRunner.run(job, sentence, ...)`` asks for ``n`` candidates (different
seeds), cleans each answer, and lets ``score.judge`` decide: a candidate that
changes a fact, drifts in meaning, leaves the task undone or adds an AI-tell
is rejected; among the rest the best score wins. When none passes, the
sentence stays as the rules left it, and the outcome says why.
"""

from __future__ import annotations

import logging
import threading
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any

import regex

from humanize_desktop import paths
from humanize_desktop.core.engine.base import Engine, Generation, GenerationRequest, estimate_tokens
from humanize_desktop.core.humanizer import score
from humanize_desktop.core.rewriting import cleaning, prompts

log = logging.getLogger(__name__)

KINDS = ("rewrite-without", "split", "vary-opener", "simplify")
#: Which job a sentence gets when the plan asks for several: the first in this order.
PRIORITY = {kind: i for i, kind in enumerate(KINDS)}
_DIGITS_RE = regex.compile(r"\d+(?:[.,:]\d+)*")
_QUOTES = "\"'“”„«»‘’"


#: The job prompt file is malformed (a bug in the installation): the prompts' own error.
JobPromptProblem = prompts.PromptProblem


@dataclass(frozen=True)
class JobExample:
    task: str
    sentence: str
    answer: str


@dataclass(frozen=True)
class JobPrompts:
    version: int
    system: Template
    language_rule: Template
    language_any: str
    tasks: dict[str, dict[str, Template]]  # language ("" = English default) -> kind -> task line
    examples: dict[str, tuple[JobExample, ...]]
    source: str

    def task(self, kind: str, language: str, phrase: str = "") -> str:
        table = self.tasks.get(language, self.tasks[""])
        return table.get(kind, self.tasks[""][kind]).substitute(phrase=phrase)


def _template(text: Any, name: str, wanted: set[str], path: Path) -> Template:
    return prompts.check_template(name, text, path, wanted)


def _tasks(raw: Any, name: str, path: Path, complete: bool) -> dict[str, Template]:
    if not isinstance(raw, dict):
        raise JobPromptProblem(f"{path}: [{name}] must be a table of task lines.")
    unknown = set(raw) - set(KINDS)
    if unknown:
        raise JobPromptProblem(f"{path}: [{name}] has unknown job kinds: {', '.join(sorted(unknown))}.")
    if complete and set(raw) != set(KINDS):
        raise JobPromptProblem(f"{path}: [{name}] needs a task line for each of {', '.join(KINDS)}.")
    return {kind: _template(text, f"{name}.{kind}", {"phrase"} if kind == "rewrite-without" else set(), path)
            for kind, text in raw.items()}


@lru_cache(maxsize=4)
def _load(path: Path, mtime_ns: int) -> JobPrompts:
    try:
        source = path.read_text("utf-8")
        data = tomllib.loads(source)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise JobPromptProblem(f"The job prompt file {path} cannot be read: {exc}.") from None
    version = data.get("version")
    if not isinstance(version, int):
        raise JobPromptProblem(f"{path}: 'version' must be a whole number.")
    tasks = {"": _tasks(data.get("tasks"), "tasks", path, complete=True)}
    for lang, table in (data.get("tasks_by_language") or {}).items():
        tasks[lang] = _tasks(table, f"tasks_by_language.{lang}", path, complete=False)
    examples: dict[str, tuple[JobExample, ...]] = {}
    for lang, pairs in (data.get("examples") or {}).items():
        found = []
        for i, pair in enumerate(pairs if isinstance(pairs, list) else [], 1):
            values = [pair.get(k) if isinstance(pair, dict) else None for k in ("task", "sentence", "answer")]
            if not all(isinstance(v, str) and v.strip() for v in values):
                raise JobPromptProblem(f"{path}: example {i} for {lang!r} needs a task, a sentence and an answer.")
            task, sentence, answer = (" ".join(v.split()) for v in values)
            missing = sorted(set(_DIGITS_RE.findall(sentence)) - set(_DIGITS_RE.findall(answer)))
            if missing:
                raise JobPromptProblem(f"{path}: example {i} for {lang!r} drops the number {missing[0]}.")
            found.append(JobExample(task, sentence, answer))
        examples[lang] = tuple(found)
    return JobPrompts(
        version=version,
        system=_template(data.get("system"), "system", {"language_rule"}, path),
        language_rule=_template(data.get("language_rule"), "language_rule", {"language"}, path),
        language_any=_template(data.get("language_any"), "language_any", set(), path).template,
        tasks=tasks, examples=examples, source=source)


def jobs_file() -> Path:
    return paths.resource("prompts", "jobs.toml")


def load_jobs(path: Path | None = None) -> JobPrompts:
    """The checked job prompts (cached until the file changes)."""
    path = path or jobs_file()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise JobPromptProblem(f"The job prompt file {path} is missing.") from None
    return _load(path, mtime)


def conversation(prompts: JobPrompts, language: str, language_name: str,
                 voice_hint: str = "") -> tuple[dict[str, str], ...]:
    """The fixed start of every job request of a document: system prompt (and the writer's voice in
    one line, ``voice.steer.hint``) and the language's examples."""
    rule = prompts.language_rule.substitute(language=language_name) if language_name else prompts.language_any
    system = prompts.system.substitute(language_rule=rule) + (f"\n{voice_hint}" if voice_hint else "")
    messages = [{"role": "system", "content": system}]
    for ex in prompts.examples.get(language, ()):
        messages += [{"role": "user", "content": f"{ex.task}\n{ex.sentence}"},
                     {"role": "assistant", "content": ex.answer}]
    return tuple(messages)


def clean_answer(raw: str, sentence: str, task: str) -> str:
    """The sentence(s) in a raw answer: echoed task lines, labels and wrapping quotes removed."""
    lines = [line.strip() for line in raw.strip().split("\n")]
    task_core = task.rstrip(" :").casefold()
    kept = [line for line in lines if line and not line.casefold().startswith(task_core)]
    text = cleaning.clean_output("\n".join(kept[:1]) if kept else "", sentence)
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES and not (
            sentence.strip()[:1] in _QUOTES):
        text = text[1:-1].strip()
    return text


@dataclass(frozen=True)
class Job:
    """One task for one sentence of a piece: ``piece[start:end]`` is the sentence."""

    start: int
    end: int
    kind: str
    rule: str
    phrase: str = ""


@dataclass
class JobOutcome:
    text: str | None  # the chosen candidate, or None when the sentence stays as it was
    reason: str = ""  # why no candidate was used
    tried: int = 0
    scores: list[float] = field(default_factory=list)


class JobRunner:
    """Runs jobs for one document: one conversation prefix, one judge, the run's engine and settings."""

    def __init__(self, engine: Engine, prompts: JobPrompts, language: str, language_name: str,
                 judge: score.Judge, *, candidates: int, seed: int, temperature: float, top_p: float,
                 repeat_penalty: float, cancel: threading.Event | None = None,
                 on_generation: Callable[[Generation], None] | None = None,
                 on_token: Callable[[str], None] | None = None, voice_hint: str = "") -> None:
        self.engine = engine
        self.prompts = prompts
        self.language = language
        self.prefix = conversation(prompts, language, language_name, voice_hint)
        self.judge = judge
        self.candidates = max(1, candidates)
        self.seed = seed
        self.temperature = temperature
        self.top_p = top_p
        self.repeat_penalty = repeat_penalty
        self.cancel = cancel
        self.on_generation = on_generation or (lambda gen: None)
        self.on_token = on_token

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def run(self, job: Job, sentence: str) -> JobOutcome:
        """The best checked candidate for ``sentence`` (the sentence as the rules left it)."""
        task = self.prompts.task(job.kind, self.language, job.phrase)
        core = sentence.strip()
        outcome = JobOutcome(None)
        best: tuple[float, str] | None = None
        seen = {" ".join(core.split())}
        for i in range(self.candidates):
            if self.cancelled():
                break
            seed = self.seed + i if self.seed >= 0 else -1
            # The first candidate at the set temperature, later ones a little hotter for variety.
            temperature = self.temperature * (1.0 + 0.25 * i)
            request = GenerationRequest(
                messages=(*self.prefix, {"role": "user", "content": f"{task}\n{core}"}),
                max_tokens=int(estimate_tokens(core) * 2) + 24, temperature=temperature, top_p=self.top_p,
                repeat_penalty=self.repeat_penalty, seed=seed, stop=("\n\n",))
            gen = self.engine.generate(request, on_token=self.on_token, cancel=self.cancel)
            self.on_generation(gen)
            outcome.tried += 1
            if gen.finish_reason == "cancelled":
                break
            text = clean_answer(gen.text, core, task)
            if " ".join(text.split()) in seen:
                outcome.reason = outcome.reason or "the model gave the sentence back unchanged"
                continue
            seen.add(" ".join(text.split()))
            verdict = self.judge.judge(core, text, job, gen.finish_reason)
            if not verdict.ok:
                outcome.reason = verdict.reason
                log.debug("job %s candidate %d rejected: %s", job.kind, i, verdict.reason)
                continue
            outcome.scores.append(verdict.score)
            if best is None or verdict.score > best[0]:
                best = (verdict.score, text)
        if best is not None:
            lead = sentence[:len(sentence) - len(sentence.lstrip())]
            tail = sentence[len(sentence.rstrip()):]
            outcome.text = lead + best[1] + tail
            outcome.reason = ""
        return outcome
