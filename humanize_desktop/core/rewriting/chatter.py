"""Recognising a model talking about the task instead of doing it: the chatter patterns and where they apply.

The patterns are data (``resources/prompts/cleaning.toml``), in four kinds:
``lead_in`` ("Here is the rewritten text:"), ``echo`` (instructions said
back: "Rewrite this text:", "The text is in English"), ``note`` (commentary
after the answer: "Note: I kept…") and ``meta`` (talk about the rewriting
inside a sentence: "the original text"). ``load_rules()`` checks the file:
every pattern compiles, every example matches its kind, and no ordinary
sentence listed under ``[prose]`` matches any pattern.

Patterns are tried at the start of each *clause*: a line, a sentence, or the
part of a line before a colon. A pattern that matches a clause of the draft
is not used for that draft ("Note: the office is closed" stays).

- ``spans(text, draft, rules, prompt_lines)``: the chatter in a model's answer
  (also lines close to one of ``prompt_lines``), for ``cleaning.clean``;
- ``chatter_in(text, draft)``: the first chatter left in a cleaned rewrite,
  for the guards.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from humanize_desktop import paths
from humanize_desktop.core import segmentation
from humanize_desktop.core.rewriting.prompts import PromptProblem

KINDS = ("lead_in", "echo", "note", "meta")
_MAX_LEAD_IN_WORDS = 15  # a longer clause is text, not a "here is" line
_MAX_HEAD_CHARS = 160  # a colon further into a line does not end a label
_ECHO_SIMILARITY = 0.5  # word-set overlap (Jaccard) that makes a line an echo of a prompt line


@dataclass(frozen=True)
class ChatterRules:
    version: int
    patterns: dict[str, tuple[regex.Pattern[str], ...]]
    source: str  # the raw file, part of the cache key


def rules_file() -> Path:
    return paths.resource("prompts", "cleaning.toml")


def _compile(kind: str, raw: object, path: Path) -> tuple[regex.Pattern[str], ...]:
    if not isinstance(raw, dict) or not isinstance(raw.get("patterns"), list) or not raw["patterns"]:
        raise PromptProblem(f"{path}: [{kind}] needs a non-empty list 'patterns'.")
    compiled = []
    for i, pattern in enumerate(raw["patterns"]):
        if not isinstance(pattern, str) or not pattern.strip():
            raise PromptProblem(f"{path}: [{kind}] pattern {i + 1} is not text.")
        try:
            compiled.append(regex.compile(pattern, regex.I | regex.V0))
        except regex.error as exc:
            raise PromptProblem(f"{path}: [{kind}] pattern {i + 1} ({pattern!r}) is not a valid regex: {exc}.") \
                from None
    return tuple(compiled)


@lru_cache(maxsize=4)
def _load(path: Path, mtime_ns: int) -> ChatterRules:
    try:
        source = path.read_text("utf-8")
        data = tomllib.loads(source)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PromptProblem(f"The cleaning rules {path} cannot be read: {exc}.") from None
    if not isinstance(data.get("version"), int):
        raise PromptProblem(f"{path}: 'version' must be a whole number.")
    patterns = {kind: _compile(kind, data.get(kind), path) for kind in KINDS}
    rules = ChatterRules(data["version"], patterns, source)
    # The file checks itself: each example is caught by its kind, and no ordinary sentence by any.
    for kind in KINDS:
        for example in data[kind].get("examples", []):
            if not _matches(rules, kind, str(example)):
                raise PromptProblem(f"{path}: the [{kind}] example {example!r} matches none of its patterns.")
    prose = data.get("prose", {}).get("lines", [])
    if not isinstance(prose, list) or not prose:
        raise PromptProblem(f"{path}: [prose] needs a list 'lines' of ordinary sentences.")
    for line in prose:
        hit = next((kind for kind in KINDS if _matches(rules, kind, str(line))), None)
        if hit:
            raise PromptProblem(f"{path}: the ordinary sentence {line!r} matches a [{hit}] pattern.")
    return rules


def load_rules(path: Path | None = None) -> ChatterRules:
    """The checked chatter patterns (cached until the file changes)."""
    path = path or rules_file()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise PromptProblem(f"The cleaning rules {path} are missing.") from None
    return _load(path, mtime)


def _matches(rules: ChatterRules, kind: str, clause: str) -> bool:
    clause = clause.strip()
    if kind == "meta":
        return any(p.search(clause) for p in rules.patterns[kind])
    return any(_matches_one(p, clause) for p in rules.patterns[kind])


# ----------------------------------------------------------------------------- clauses

_CLAUSE_START_RE = regex.compile(r"(?:^|(?<=\n)|(?<=[.!?…][\"'”’)\]]*[ \t]+))[ \t]*(?=\S)")
_COLON_RE = regex.compile(r"[ \t]*:(?=\s|$)")
_SENTENCE_END_RE = regex.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)")
_WORDS_RE = regex.compile(r"[\p{L}\p{N}]+")


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` is chatter of ``kind``."""

    start: int
    end: int
    kind: str  # lead_in | echo | note


def wordset(text: str) -> set[str]:
    return {w.casefold() for w in _WORDS_RE.findall(text)}


def _similar_line(clause: str, prompt_sets: list[set[str]], draft_words: set[str]) -> bool:
    """Is ``clause`` close to a prompt line, and not mostly the draft's own words?"""
    words = wordset(clause)
    if not words or len(words & draft_words) >= 0.5 * len(words):
        return False
    return any(len(words & t) / len(words | t) >= _ECHO_SIMILARITY for t in prompt_sets)


def _clause_parts(text: str, start: int) -> tuple[int, regex.Match[str] | None, int]:
    """(line end, the colon ending a head or None, sentence end) for a clause starting at ``start``."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    colon = _COLON_RE.search(text, start, min(line_end, start + _MAX_HEAD_CHARS))
    sentence = _SENTENCE_END_RE.search(text, start, line_end)
    return line_end, colon, (sentence.end() if sentence else line_end)


def _usable(rules: ChatterRules, draft: str) -> dict[str, tuple[regex.Pattern[str], ...]]:
    """The patterns that match no clause of the draft (what the draft says is never chatter)."""
    clauses = [draft[m.end():_clause_parts(draft, m.end())[0]] for m in _CLAUSE_START_RE.finditer(draft)]
    usable = {}
    for kind in ("lead_in", "echo", "note"):
        usable[kind] = tuple(p for p in rules.patterns[kind]
                             if not any(_matches_one(p, c) for c in clauses))
    usable["meta"] = tuple(p for p in rules.patterns["meta"] if not p.search(draft))
    return usable


def _matches_one(pattern: regex.Pattern[str], clause: str) -> bool:
    """Does ``pattern`` match the clause, or the part of it before a colon?"""
    if pattern.match(clause):
        return True
    colon = _COLON_RE.search(clause, 0, _MAX_HEAD_CHARS)
    return bool(colon and pattern.match(clause[:colon.start()]))


# ----------------------------------------------------------------------------- public

def spans(text: str, draft: str, rules: ChatterRules, prompt_lines: Iterable[str] = ()) -> list[Span]:
    """The chatter in a model's answer for ``draft``, in order; a note runs to the end of the text."""
    usable = _usable(rules, draft)
    prompt_sets = [s for s in (wordset(line) for line in prompt_lines if line.strip()) if s]
    found: list[Span] = []
    covered = 0
    draft_words = wordset(draft)
    for m in _CLAUSE_START_RE.finditer(text):
        p = m.end()
        if p < covered:
            continue
        line_end, colon, sentence_end = _clause_parts(text, p)
        at_line_start = not text[text.rfind("\n", 0, p) + 1:p].strip()
        head = text[p:colon.start()] if colon is not None else None
        line = text[p:line_end]
        sentence = text[p:sentence_end]
        more_after = bool(text[line_end:].strip())
        span = None
        if any(pat.match(sentence) or (head and pat.match(head)) for pat in usable["note"]) and text[:p].strip():
            span = Span(p, len(text), "note")  # commentary after the text: it and the rest go
        elif head is not None and (any(pat.match(head) for pat in usable["echo"])
                                   or _similar_line(head, prompt_sets, draft_words)):
            span = Span(p, colon.end(), "echo")
        elif head is not None and segmentation.count_words(head) <= _MAX_LEAD_IN_WORDS \
                and any(pat.match(head) for pat in usable["lead_in"]):
            span = Span(p, colon.end(), "lead_in")
        elif any(pat.match(sentence) for pat in usable["echo"]):
            span = Span(p, sentence_end, "echo")
        elif at_line_start and _similar_line(line, prompt_sets, draft_words):
            span = Span(p, line_end, "echo")
        elif (at_line_start and more_after and segmentation.count_words(line) <= _MAX_LEAD_IN_WORDS
              and any(pat.match(line) for pat in usable["lead_in"])):
            span = Span(p, line_end, "lead_in")
        if span is not None:
            found.append(span)
            covered = span.end
            if span.kind == "note":
                break
    return found


def chatter_in(text: str, draft: str, rules: ChatterRules | None = None) -> tuple[str, str] | None:
    """``(kind, phrase)`` for the first chatter in ``text`` that the draft does not have, else ``None``.

    ``kind`` is ``"echo"`` for repeated instructions, otherwise ``"meta"``
    (a lead-in, a note, or talk about the rewriting anywhere in a sentence).
    """
    rules = rules or load_rules()
    usable = _usable(rules, draft.strip())
    for m in _CLAUSE_START_RE.finditer(text):
        p = m.end()
        line_end, colon, sentence_end = _clause_parts(text, p)
        clauses = [text[p:sentence_end]] + ([text[p:colon.start()]] if colon is not None else [])
        for kind in ("echo", "note", "lead_in"):
            if kind == "lead_in" and colon is None:
                continue  # "Sure, we can." is prose; "Here is the text:" before more text is not
            for pattern in usable[kind]:
                for clause in clauses:
                    found = pattern.match(clause)
                    if found:
                        return ("echo" if kind == "echo" else "meta"), segmentation.excerpt(found.group())
    for pattern in usable["meta"]:
        found = pattern.search(text)
        if found:
            return "meta", segmentation.excerpt(found.group())
    return None
