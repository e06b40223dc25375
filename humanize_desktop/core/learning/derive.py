"""What the decisions in the store mean: learned preferences, each with a statement a person reads.

``derive(store, thresholds)`` looks at every recorded decision (and the
preferences imported from a shared file) and returns ``Preference`` records:

- **suppressed-rule**: per language, style and humanizer rule, at least
  ``min_rejections`` rejections and at most ``max_acceptance_share`` of the
  rule's decisions accepted or edited;
- **protected-term**: a short phrase (up to ``_TERM_WORDS`` words) whose
  change was rejected ``protected_term_rejections`` times and never taken,
  unless a suppressed rule already explains those rejections; only a
  suggestion until the person confirms it;
- **own-rule**: the same phrase replaced by the same typed words in
  ``own_rule_edits`` edits;
- **example**: an accepted model change of at least ``_EXAMPLE_WORDS`` words
  on each side (the newest ``max_examples``).

Ids are short digests of what a preference is about, so they stay the same
while decisions come and go, and a switch (off, confirmed) sticks to them.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex

from humanize_desktop.core import messages, segmentation
from humanize_desktop.core.learning.store import DecisionEntry, PreferenceStore
from humanize_desktop.core.messages import Message
from humanize_desktop.core.settings import LearningSettings

KINDS = ("suppressed-rule", "protected-term", "own-rule", "example")
_PREFIX = {"suppressed-rule": "rule", "protected-term": "term", "own-rule": "own", "example": "ex"}
_TERM_WORDS = 3  # a longer stretch kept as it was is a sentence the writer liked, not a term
_OWN_RULE_WORDS = 6
_EXAMPLE_WORDS = 4
_QUOTE_LIMIT = 60
_EDGE_RE = regex.compile(r"^[\p{P}\s]+|[\p{P}\s]+$")
_LETTER_RE = regex.compile(r"\p{L}")
_TAKEN = ("accepted", "edited")  # the writer wanted a change there

messages.register({
    "learning.suppressed-rule": "You rejected {rejected} of {total} changes by the rule {rule} (such as "
                                "“{before}” → “{after}”) in {language} text with the {style} style, so it is "
                                "no longer applied there.",
    "learning.protected-term": "You kept “{term}” as written {count} times: suggested as a protected term.",
    "learning.protected-term-confirmed": "“{term}” is a protected term: you kept it as written {count} times.",
    "learning.own-rule": "You replaced “{before}” with “{after}” {count} times, so that is now your own rule "
                         "for {language} text.",
    "learning.example": "An accepted rewrite is shown to the model as an example for similar {language} "
                        "paragraphs: “{before}” → “{after}”.",
})


#: The thresholds are the ``[learning]`` section of the settings.
Thresholds = LearningSettings


@dataclass(frozen=True)
class Preference:
    id: str
    kind: str  # one of KINDS
    rule: str | None  # the humanizer rule it is about (suppressed-rule), "own-rule", else None
    statement: Message
    decisions: int  # how many decisions it came from
    enabled: bool
    language: str = ""
    style: str = ""
    before: str = ""  # the term, the replaced phrase, the example's draft
    after: str = ""  # the own rule's replacement, the example's rewrite
    keys: tuple[str, ...] = ()  # the decisions it came from (forgetting it forgets them)
    confirmed: bool = False  # protected-term only
    imported: bool = False

    def to_json(self) -> dict[str, Any]:
        """One entry of ``learned --json``."""
        return {"id": self.id, "kind": self.kind, "rule": self.rule, "statement": self.statement.text,
                "decisions": self.decisions, "enabled": self.enabled}

    def to_share(self) -> dict[str, Any]:
        """As it goes into an export file (and into the store's ``imported`` list)."""
        return {"id": self.id, "kind": self.kind, "language": self.language, "style": self.style,
                "rule": self.rule, "before": self.before, "after": self.after, "decisions": self.decisions}


def preference_id(kind: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join((kind, *parts)).encode("utf-8")).hexdigest()[:8]
    return f"{_PREFIX[kind]}-{digest}"


def identity(kind: str, language: str, style: str, rule: str | None, before: str, after: str) -> tuple[str, ...]:
    """What makes two preferences of one kind the same one (the parts of its id)."""
    if kind == "suppressed-rule":
        return (language, style, rule or "")
    if kind == "protected-term":
        return (language, before.casefold())
    if kind == "own-rule":
        return (language, before.casefold(), after)
    return (language, before, after)


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_LIMIT else text[:_QUOTE_LIMIT - 1] + "…"


def term_of(text: str) -> str:
    """The phrase a change was about, without surrounding punctuation, in lower case ("" if none)."""
    phrase = " ".join(_EDGE_RE.sub("", text).split())
    if not _LETTER_RE.search(phrase) or segmentation.count_words(phrase) > _TERM_WORDS:
        return ""
    return phrase.casefold()


def _language_name(code: str) -> str:
    """"English" for "en" (the prompt data names the languages); the code when it has no name."""
    if not code:
        return "any"
    from humanize_desktop.core.rewriting.prompts import PromptProblem, load_prompts

    try:
        return load_prompts().language_name(code) or code
    except PromptProblem:
        return code


def _statement(kind: str, language: str, style: str, rule: str | None, before: str, after: str, count: int,
               total: int, confirmed: bool) -> Message:
    lang = _language_name(language)
    if kind == "suppressed-rule":
        return messages.make("learning.suppressed-rule", rejected=count, total=total, rule=rule,
                             before=_quoted(before), after=_quoted(after), language=lang, style=style)
    if kind == "protected-term":
        mid = "learning.protected-term-confirmed" if confirmed else "learning.protected-term"
        return messages.make(mid, term=before, count=count)
    if kind == "own-rule":
        return messages.make("learning.own-rule", before=_quoted(before), after=_quoted(after), count=count,
                             language=lang)
    return messages.make("learning.example", language=lang, before=_quoted(before), after=_quoted(after))


class _Builder:
    def __init__(self, store: PreferenceStore) -> None:
        self.store = store
        self.out: list[Preference] = []
        self.seen: set[str] = set()

    def add(self, kind: str, language: str, style: str, rule: str | None, before: str, after: str, count: int,
            keys: Iterable[str] = (), total: int = 0, imported: bool = False, pid: str = "") -> None:
        pid = pid or preference_id(kind, *identity(kind, language, style, rule, before, after))
        if pid in self.seen:
            return  # learned here and imported too: the one learned here counts
        self.seen.add(pid)
        confirmed = kind == "protected-term" and pid in self.store.confirmed
        self.out.append(Preference(
            pid, kind, rule, _statement(kind, language, style, rule, before, after, count, total or count,
                                        confirmed),
            count, pid not in self.store.disabled, language, style, before, after, tuple(keys), confirmed,
            imported))


def _suppressed(entries: list[DecisionEntry], t: Thresholds, b: _Builder) -> set[tuple[str, str, str]]:
    groups: dict[tuple[str, str, str], list[DecisionEntry]] = defaultdict(list)
    for e in entries:
        if e.rule and e.source in ("rule", "model"):
            groups[(e.language, e.style, e.rule)].append(e)
    found = set()
    for (lang, style, rule), group in sorted(groups.items()):
        rejected = [e for e in group if e.decision == "rejected"]
        if len(rejected) < max(1, t.min_rejections):
            continue
        if len(group) - len(rejected) > t.max_acceptance_share * len(group):
            continue
        found.add((lang, style, rule))
        sample = rejected[-1]
        b.add("suppressed-rule", lang, style, rule, sample.before, sample.suggested, len(rejected),
              [e.key for e in group], total=len(group))
    return found


def _terms(entries: list[DecisionEntry], suppressed: set[tuple[str, str, str]], t: Thresholds,
           b: _Builder) -> None:
    groups: dict[tuple[str, str], list[DecisionEntry]] = defaultdict(list)
    for e in entries:
        term = term_of(e.before)
        if term:
            groups[(e.language, term)].append(e)
    for (lang, term), group in sorted(groups.items()):
        if any(e.decision in _TAKEN for e in group):
            continue
        # Rejections a suppressed rule already explains say nothing about the word itself.
        own = [e for e in group if (e.language, e.style, e.rule or "") not in suppressed]
        if len(own) >= max(1, t.protected_term_rejections):
            b.add("protected-term", lang, "", None, term, "", len(own), [e.key for e in own])


def _own_rules(entries: list[DecisionEntry], t: Thresholds, b: _Builder) -> None:
    groups: dict[tuple[str, str, str], list[DecisionEntry]] = defaultdict(list)
    for e in entries:
        before, after = " ".join(e.before.split()), " ".join(e.after.split())
        if (e.decision == "edited" and before and after and before.casefold() != after.casefold()
                and _LETTER_RE.search(before) and segmentation.count_words(before) <= _OWN_RULE_WORDS):
            groups[(e.language, before.casefold(), after)].append(e)
    for (lang, _, after), group in sorted(groups.items()):
        if len(group) >= max(1, t.own_rule_edits):
            before = " ".join(group[-1].before.split())
            b.add("own-rule", lang, "", "own-rule", before, after, len(group), [e.key for e in group])


def _examples(entries: list[DecisionEntry], t: Thresholds, b: _Builder) -> None:
    chosen = [e for e in entries if e.decision == "accepted" and e.source == "model" and e.language
              and segmentation.count_words(e.before) >= _EXAMPLE_WORDS and segmentation.count_words(e.suggested) >= _EXAMPLE_WORDS]
    for e in chosen[-t.max_examples:] if t.max_examples > 0 else []:
        b.add("example", e.language, "", None, e.before.strip(), e.suggested.strip(), 1, [e.key])


def derive(store: PreferenceStore, thresholds: Thresholds | None = None) -> list[Preference]:
    """Every preference learned from ``store`` (and imported into it), in kind order."""
    t = thresholds or Thresholds()
    b = _Builder(store)
    entries = list(store.decisions)
    suppressed = _suppressed(entries, t, b)
    _terms(entries, suppressed, t, b)
    _own_rules(entries, t, b)
    _examples(entries, t, b)
    for item in store.imported:
        kind = item.get("kind")
        if kind not in KINDS:
            continue
        b.add(kind, str(item.get("language", "")), str(item.get("style", "")),
              None if item.get("rule") is None else str(item["rule"]), str(item.get("before", "")),
              str(item.get("after", "")), int(item.get("decisions", 0) or 0), imported=True,
              pid=str(item.get("id", "")))
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(b.out, key=lambda p: (order[p.kind], p.language, p.style, p.rule or "", p.before))


def find(preferences: Iterable[Preference], preference_id: str) -> Preference | None:
    return next((p for p in preferences if p.id == preference_id), None)
