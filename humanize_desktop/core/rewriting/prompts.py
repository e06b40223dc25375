"""Prompt templates, example pairs and strengths, as data (``resources/prompts/rewrite.toml``).

``load_prompts()`` reads and checks the file: every template must use
exactly its known ``$placeholders`` (``string.Template`` syntax, so braces in
drafts are harmless), every strength must have its fields, every example
rewrite must keep the numbers of its draft, stop strings must start with a
line break. Then:

- ``system_prompt(style, strength, custom, protected, language=...)``: the
  fixed system message for a whole document;
- ``conversation(system, language)``: the system message followed by the
  example pairs for that language as earlier turns: the fixed prefix of every
  request of a document (so llama.cpp's prompt cache stays warm);
- ``user_message(text, before, heading, language)``: one piece to rewrite,
  on its own, after its context when the model is big enough to use it
  (``Prompts.context_min_parameters``);
- ``alternative_messages(...)``: the pair for "other ways to say this part".

The draft is only ever the last user message; it is never spliced into the
system prompt.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any

from humanize_desktop import paths
from humanize_desktop.core.checks.findings import FLAG_KINDS
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.rewriting.styles import Style

STRENGTHS = ("light", "medium", "strong")

# Template name -> the placeholders it must use (and may only use).
_PLACEHOLDERS: dict[str, set[str]] = {
    "system": {"style", "strength", "language_rule", "extra"},
    "language_rule": {"language"},
    "language_any": set(),
    "custom": {"instructions"},
    "protected": {"terms"},
    "user": {"context", "text"},
    "context": {"before"},
    "heading": {"heading"},
    "language_note": {"language"},
    "retry": {"reason"},
    "alternative_system": {"style", "extra"},
    "alternative_user": {"paragraph", "part"},
}
_PLACEHOLDER_RE = re.compile(r"\$(?:(\w+)|\{(\w+)\})")


class PromptProblem(HumanizeError):
    """The prompt data file is malformed (a bug in the installation)."""


@dataclass(frozen=True)
class Strength:
    id: str
    name: str
    instructions: str
    temperature_scale: float
    max_changed_share: float  # light edits may change at most this share of the words
    length_ratio: tuple[float, float]  # allowed rewrite/draft word-count ratio
    min_overlap: float  # share of the draft's content words the rewrite must keep


@dataclass(frozen=True)
class Example:
    draft: str
    rewrite: str


@dataclass(frozen=True)
class Prompts:
    version: int
    templates: dict[str, Template]
    strengths: dict[str, Strength]
    languages: dict[str, str]
    source: str  # the raw file, hashed into cache keys
    examples: dict[str, tuple[Example, ...]] = field(default_factory=dict)
    stop: tuple[str, ...] = ()
    context_min_parameters: int = 0
    fidelity_kinds: tuple[str, ...] = ()

    def examples_for(self, language: str) -> tuple[Example, ...]:
        return self.examples.get(language.split("-")[0].split("_")[0].lower(), ())

    def language_name(self, code: str) -> str:
        return self.languages.get(code.split("-")[0].split("_")[0].lower(), "")

    def strength(self, name: str) -> Strength:
        try:
            return self.strengths[name.strip().lower()]
        except KeyError:
            raise PromptProblem(f"There is no strength called {name!r}; use light, medium or strong.") from None


def prompts_file() -> Path:
    return paths.resource("prompts", "rewrite.toml")


def check_template(name: str, text: Any, path: Path, wanted: set[str] | None = None) -> Template:
    """``text`` as a template that uses exactly ``wanted`` (default: the rewrite prompts' table)."""
    if not isinstance(text, str) or not text.strip():
        raise PromptProblem(f"{path}: the template {name!r} is missing or not text.")
    used = {a or b for a, b in _PLACEHOLDER_RE.findall(text)}
    wanted = _PLACEHOLDERS[name] if wanted is None else wanted
    if used != wanted:
        raise PromptProblem(f"{path}: the template {name!r} must use exactly "
                            f"{', '.join('$' + w for w in sorted(wanted))}; it uses "
                            f"{', '.join('$' + u for u in sorted(used)) or 'none'}.")
    return Template(text)


def _strength(key: str, raw: Any, path: Path) -> Strength:
    where = f"{path}: strength {key!r}"
    if not isinstance(raw, dict):
        raise PromptProblem(f"{where} is not a table.")
    try:
        ratio = raw["length_ratio"]
        strength = Strength(
            id=key, name=str(raw["name"]), instructions=str(raw["instructions"]),
            temperature_scale=float(raw["temperature_scale"]),
            max_changed_share=float(raw["max_changed_share"]),
            length_ratio=(float(ratio[0]), float(ratio[1])), min_overlap=float(raw["min_overlap"]))
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise PromptProblem(f"{where} is incomplete or has a wrong value ({exc}).") from None
    if not (0 < strength.length_ratio[0] < strength.length_ratio[1]
            and 0 < strength.max_changed_share <= 1 and 0 <= strength.min_overlap <= 1
            and strength.temperature_scale > 0):
        raise PromptProblem(f"{where} has values out of range.")
    return strength


@lru_cache(maxsize=4)
def _load(path: Path, mtime_ns: int) -> Prompts:
    try:
        source = path.read_text("utf-8")
        data = tomllib.loads(source)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PromptProblem(f"The prompt file {path} cannot be read: {exc}.") from None
    version = data.get("version")
    if not isinstance(version, int):
        raise PromptProblem(f"{path}: 'version' must be a whole number.")
    templates = {name: check_template(name, data.get(name), path) for name in _PLACEHOLDERS}
    raw_strengths = data.get("strength")
    if not isinstance(raw_strengths, dict) or set(raw_strengths) != set(STRENGTHS):
        raise PromptProblem(f"{path}: [strength.light], [strength.medium] and [strength.strong] are required.")
    strengths = {k: _strength(k, raw_strengths[k], path) for k in STRENGTHS}
    languages = data.get("languages", {})
    if not isinstance(languages, dict) or not all(isinstance(v, str) for v in languages.values()):
        raise PromptProblem(f"{path}: [languages] must map codes to names.")
    stop = data.get("stop", [])
    if not isinstance(stop, list) or not all(isinstance(s, str) and s.startswith("\n") and s.strip() for s in stop):
        raise PromptProblem(f"{path}: 'stop' must be a list of texts that each start with a line break.")
    minimum = data.get("context_min_parameters", 0)
    if not isinstance(minimum, int) or isinstance(minimum, bool) or minimum < 0:
        raise PromptProblem(f"{path}: 'context_min_parameters' must be a whole number of at least 0.")
    kinds = data.get("guards", {}).get("fidelity", [])
    if not isinstance(kinds, list) or not set(kinds) <= set(FLAG_KINDS):
        raise PromptProblem(f"{path}: [guards] fidelity must list flag kinds from {', '.join(FLAG_KINDS)}.")
    return Prompts(version, templates, strengths, dict(languages), source, _examples(data.get("examples"), path),
                   tuple(stop), minimum, tuple(kinds))


_DIGITS_RE = re.compile(r"\d+(?:[.,:]\d+)*")


def _examples(raw: Any, path: Path) -> dict[str, tuple[Example, ...]]:
    if not isinstance(raw, dict) or "en" not in raw:
        raise PromptProblem(f"{path}: [[examples.en]] (and optionally other languages) are required.")
    examples: dict[str, tuple[Example, ...]] = {}
    for lang, pairs in raw.items():
        if not isinstance(pairs, list) or not pairs:
            raise PromptProblem(f"{path}: examples.{lang} must be a list of [[examples.{lang}]] tables.")
        found = []
        for i, pair in enumerate(pairs, 1):
            draft, rewrite = (pair.get("draft"), pair.get("rewrite")) if isinstance(pair, dict) else (None, None)
            if not (isinstance(draft, str) and isinstance(rewrite, str) and draft.strip() and rewrite.strip()):
                raise PromptProblem(f"{path}: example {i} for {lang!r} needs a non-empty draft and rewrite.")
            # The examples teach the rules by showing them: a number left out would teach the opposite.
            missing = sorted(set(_DIGITS_RE.findall(draft)) - set(_DIGITS_RE.findall(rewrite)))
            if missing:
                raise PromptProblem(f"{path}: example {i} for {lang!r} drops the number {missing[0]}.")
            found.append(Example(" ".join(draft.split()), " ".join(rewrite.split())))
        examples[lang.lower()] = tuple(found)
    return examples


def load_prompts(path: Path | None = None) -> Prompts:
    """The checked prompt data (cached until the file changes)."""
    path = path or prompts_file()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise PromptProblem(f"The prompt file {path} is missing.") from None
    return _load(path, mtime)


def _one_line(text: str, limit: int) -> str:
    words = text.split()
    clipped = " ".join(words[-limit:]) if len(words) > limit else " ".join(words)
    return clipped.replace('"', "'")


def system_prompt(prompts: Prompts, style: Style, strength: Strength, custom: str = "",
                  protected: tuple[str, ...] = (), language: str = "", voice_hint: str = "") -> str:
    """The system message: fixed for a whole document, retries included.

    ``language`` is the document's language code; "" (or one without a
    name) gives the general "reply in the language of each text" rule.
    ``voice_hint`` is the writer's voice in one line (``voice.steer.hint``).
    """
    extra = ""
    if custom.strip():
        extra += prompts.templates["custom"].substitute(instructions=" ".join(custom.split()))
    if protected:
        extra += prompts.templates["protected"].substitute(terms=", ".join(f'"{t}"' for t in protected))
    if voice_hint:
        extra += "\n" + voice_hint
    name = prompts.language_name(language) if language else ""
    rule = (prompts.templates["language_rule"].substitute(language=name) if name
            else prompts.templates["language_any"].substitute())
    return prompts.templates["system"].substitute(style=style.instructions, strength=strength.instructions,
                                                  language_rule=rule, extra=extra)


def conversation(prompts: Prompts, system: str, language: str = "") -> tuple[dict[str, str], ...]:
    """The fixed start of every request: the system message, then ``language``'s example pairs."""
    messages = [{"role": "system", "content": system}]
    for example in prompts.examples_for(language):
        messages += [{"role": "user", "content": example.draft}, {"role": "assistant", "content": example.rewrite}]
    return tuple(messages)


def user_message(prompts: Prompts, text: str, before: str = "", heading: str = "",
                 language: str = "", retry_reason: str = "") -> str:
    """One piece of the draft to rewrite, after its context lines (never rewritten).

    ``language`` is given only for a piece in another language than the
    document's; ``before`` and ``heading`` only to models that can use them;
    ``retry_reason`` says why the previous answer was rejected.
    """
    context = ""
    if heading:
        context += prompts.templates["heading"].substitute(heading=_one_line(heading, 20))
    if before:
        context += prompts.templates["context"].substitute(before=_one_line(before, 40))
    name = prompts.language_name(language) if language else ""
    if name:
        context += prompts.templates["language_note"].substitute(language=name)
    if retry_reason:
        context += prompts.templates["retry"].substitute(reason=retry_reason)
    if context:
        context = context.rstrip("\n") + "\n\n"
    return prompts.templates["user"].substitute(context=context, text=text).strip()


def context_lines(user: str, text: str) -> list[str]:
    """The lines of a user message that are not the draft piece (what a model might echo)."""
    return [line for line in user[:len(user) - len(text)].split("\n") if line.strip()] if user.endswith(text) \
        else [line for line in user.split("\n") if line.strip() and line.strip() not in text]


def alternative_messages(prompts: Prompts, style: Style, paragraph: str, part: str,
                         custom: str = "", protected: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    extra = ""
    if custom.strip():
        extra += prompts.templates["custom"].substitute(instructions=" ".join(custom.split()))
    if protected:
        extra += prompts.templates["protected"].substitute(terms=", ".join(f'"{t}"' for t in protected))
    system = prompts.templates["alternative_system"].substitute(style=style.instructions, extra=extra)
    user = prompts.templates["alternative_user"].substitute(
        paragraph=" ".join(paragraph.split()).replace('"', "'"), part=" ".join(part.split()))
    return ({"role": "system", "content": system}, {"role": "user", "content": user})
