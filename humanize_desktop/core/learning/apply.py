"""What was learned, as a plain value the humanizer uses: ``Learned``.

The front ends load the store, derive the preferences and hand
``learned_from(preferences)`` to the core on ``RewriteOptions.learned``; the
core never reads the store itself. Only enabled preferences count; suggested
protected terms are not here at all (a confirmed one is in the settings'
protected terms, which the rewrite already honours).

``Learned`` answers the humanizer's three questions: which rules are off for
this language and style (``suppressed_rules``), which phrase replacements
are the writer's own (``own_rules``), and which accepted rewrites to show the
model for a paragraph (``examples_for``: the most similar pairs in the same
language, by shared words, within a token budget).
``fingerprint()`` goes into the rewrite cache key, so a cached rewrite made
before something was learned is not reused after.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from humanize_desktop.core.learning.derive import Preference, Thresholds, derive
from humanize_desktop.core.learning.store import PreferenceStore

_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
#: Shared words over all words (Jaccard) below this: a pair about something else teaches nothing.
_MIN_SIMILARITY = 0.15


@dataclass(frozen=True)
class ExamplePair:
    language: str
    before: str
    after: str


@dataclass(frozen=True)
class Learned:
    suppressed: frozenset[tuple[str, str, str]] = frozenset()  # (language, style, rule)
    own_rules: tuple[tuple[str, str, str], ...] = ()  # (language, phrase, replacement)
    examples: tuple[ExamplePair, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.suppressed or self.own_rules or self.examples)

    def suppressed_rules(self, language: str, style: str) -> frozenset[str]:
        """Rules not to apply to ``language`` text in ``style``."""
        return frozenset(rule for lang, st, rule in self.suppressed if lang == language and st == style)

    def own_rules_for(self, language: str) -> tuple[tuple[str, str], ...]:
        return tuple((before, after) for lang, before, after in self.own_rules if lang in (language, ""))

    def examples_for(self, text: str, language: str, budget_tokens: int, count_tokens: Callable[[str], int],
                     limit: int = 3) -> list[ExamplePair]:
        """Up to ``limit`` accepted pairs in ``language`` most like ``text``, within ``budget_tokens``."""
        words = _words(text)
        if not words or budget_tokens <= 0:
            return []
        scored = []
        for i, pair in enumerate(self.examples):
            if pair.language != language:
                continue
            other = _words(pair.before)
            shared = len(words & other) / len(words | other) if other else 0.0
            if shared >= _MIN_SIMILARITY:
                scored.append((-shared, i, pair))
        chosen, used = [], 0
        for _, _, pair in sorted(scored)[:limit * 3]:
            cost = count_tokens(pair.before) + count_tokens(pair.after) + 16
            if used + cost > budget_tokens:
                continue
            chosen.append(pair)
            used += cost
            if len(chosen) == limit:
                break
        return chosen

    def fingerprint(self) -> str:
        """A digest of everything here ("" when nothing was learned), for the rewrite cache key."""
        if not self:
            return ""
        blob = json.dumps([sorted(self.suppressed), sorted(self.own_rules),
                           [(e.language, e.before, e.after) for e in self.examples]], ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD_RE.findall(text) if len(w) > 2}


def learned_from(preferences: Iterable[Preference]) -> Learned:
    """The enabled preferences as the humanizer's ``Learned`` value."""
    suppressed, own, examples = set(), [], []
    for p in preferences:
        if not p.enabled:
            continue
        if p.kind == "suppressed-rule" and p.rule:
            suppressed.add((p.language, p.style, p.rule))
        elif p.kind == "own-rule":
            own.append((p.language, p.before, p.after))
        elif p.kind == "example":
            examples.append(ExamplePair(p.language, p.before, p.after))
    return Learned(frozenset(suppressed), tuple(sorted(own)), tuple(examples))


def active(store: PreferenceStore, thresholds: Thresholds | None = None) -> Learned | None:
    """What a rewrite should use from ``store``: None while learning is paused."""
    if store.paused:
        return None
    return learned_from(derive(store, thresholds))
