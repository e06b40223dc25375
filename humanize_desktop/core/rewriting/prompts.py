"""Prompt templates and strengths, as data (``resources/prompts/rewrite.toml``).

``load_prompts()`` reads and checks the file: every template must use
exactly its known ``$placeholders`` (``string.Template`` syntax, so braces in
drafts are harmless), every strength must have its fields. Then:

- ``system_prompt(style, strength, custom, protected)``: the fixed system
  message for a whole document (so llama.cpp's prompt cache stays warm);
- ``user_message(text, before, heading, language)``: one paragraph to rewrite;
- ``alternative_messages(...)``: the pair for "other ways to say this part".

The draft is only ever substituted into the user message, after a plain
instruction; it is never spliced into the system prompt.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any

from humanize_desktop import paths
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.rewriting.styles import Style

STRENGTHS = ("light", "medium", "strong")

# Template name -> the placeholders it must use (and may only use).
_PLACEHOLDERS: dict[str, set[str]] = {
    "system": {"style", "strength", "extra"},
    "custom": {"instructions"},
    "protected": {"terms"},
    "user": {"context", "language_note", "text"},
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
class Prompts:
    version: int
    templates: dict[str, Template]
    strengths: dict[str, Strength]
    languages: dict[str, str]
    source: str  # the raw file, hashed into cache keys

    def language_name(self, code: str) -> str:
        return self.languages.get(code.split("-")[0].split("_")[0].lower(), "")

    def strength(self, name: str) -> Strength:
        try:
            return self.strengths[name.strip().lower()]
        except KeyError:
            raise PromptProblem(f"There is no strength called {name!r}; use light, medium or strong.") from None


def prompts_file() -> Path:
    return paths.resource("prompts", "rewrite.toml")


def _check_template(name: str, text: Any, path: Path) -> Template:
    if not isinstance(text, str):
        raise PromptProblem(f"{path}: the template {name!r} is missing or not text.")
    used = {a or b for a, b in _PLACEHOLDER_RE.findall(text)}
    wanted = _PLACEHOLDERS[name]
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
    templates = {name: _check_template(name, data.get(name), path) for name in _PLACEHOLDERS}
    raw_strengths = data.get("strength")
    if not isinstance(raw_strengths, dict) or set(raw_strengths) != set(STRENGTHS):
        raise PromptProblem(f"{path}: [strength.light], [strength.medium] and [strength.strong] are required.")
    strengths = {k: _strength(k, raw_strengths[k], path) for k in STRENGTHS}
    languages = data.get("languages", {})
    if not isinstance(languages, dict) or not all(isinstance(v, str) for v in languages.values()):
        raise PromptProblem(f"{path}: [languages] must map codes to names.")
    return Prompts(version, templates, strengths, dict(languages), source)


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
                  protected: tuple[str, ...] = (), retry_reason: str = "") -> str:
    """The system message: fixed for a whole document (and its retries share another)."""
    extra = ""
    if custom.strip():
        extra += prompts.templates["custom"].substitute(instructions=" ".join(custom.split()))
    if protected:
        extra += prompts.templates["protected"].substitute(terms=", ".join(f'"{t}"' for t in protected))
    if retry_reason:
        extra += prompts.templates["retry"].substitute(reason=retry_reason)
    return prompts.templates["system"].substitute(style=style.instructions,
                                                  strength=strength.instructions, extra=extra)


def user_message(prompts: Prompts, text: str, before: str = "", heading: str = "",
                 language: str = "") -> str:
    """One piece of the draft to rewrite, with a little context (never rewritten)."""
    context = ""
    if heading:
        context += prompts.templates["heading"].substitute(heading=_one_line(heading, 20))
    if before:
        context += prompts.templates["context"].substitute(before=_one_line(before, 40))
    name = prompts.language_name(language) if language else ""
    note = prompts.templates["language_note"].substitute(language=name) if name else ""
    if context and not note:
        context = context.rstrip("\n")
    return prompts.templates["user"].substitute(context=context, language_note=note, text=text).strip()


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
