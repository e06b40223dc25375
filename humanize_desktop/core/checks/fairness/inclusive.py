"""Inclusive language: gendered, ableist and othering wording, with plainer alternatives.

The lists are data, ``resources/fairness/inclusive/<language>.toml`` (see
``data`` for how a person extends them or switches entries off). Each entry
names its forms, the alternatives to offer, and its group: ``gendered``
("chairman"), ``generic-masculine`` (German "die Mitarbeiter"),
``address`` ("hi guys"), ``disability`` ("wheelchair-bound") or
``othering`` ("third-world country"). ``after`` limits an entry to forms
that follow given words ("you guys", "die Mitarbeiter"), which is how a
generic plural is told apart from one named person.

A finding is a suggestion, never an accusation: the message says what a
reader may hear and offers a word that includes everyone. Quotations,
code, addresses and names are left alone (``spans``), and so are forms
that are already paired ("Mitarbeiterinnen und Mitarbeiter"; the file's
``already_inclusive`` patterns).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from humanize_desktop.core import messages, segmentation
from humanize_desktop.core.checks.fairness import data
from humanize_desktop.core.checks.fairness.data import need, strings
from humanize_desktop.core.checks.fairness.spans import Protected, SentenceStarts, looks_like_name
from humanize_desktop.core.checks.findings import INCLUSIVE, Finding

ENGINE = "fairness"
#: Groups with their own message; an entry of another group gets the general one.
GROUPS = ("gendered", "generic-masculine", "address", "disability", "othering")

messages.register({
    "inclusive.gendered": "'{term}' is gendered; a neutral word such as {alternatives} includes everyone.",
    "inclusive.generic-masculine": "'{term}' uses the masculine form for a mixed group; "
                                   "{alternatives} includes everyone.",
    "inclusive.address": "'{term}' may not speak to everyone in a mixed audience; {alternatives} does.",
    "inclusive.disability": "'{term}' can read as dismissive of disabled people; {alternatives} is plainer.",
    "inclusive.othering": "'{term}' can read as setting people apart; {alternatives} is more neutral.",
    "inclusive.other": "Consider {alternatives} instead of '{term}'.",
    "inclusive.reason": "'{term}': {reason} Consider {alternatives}.",
})

_BEFORE = r"(?<![\p{L}\p{N}_])"
_AFTER = r"(?![\p{L}\p{N}]|[\-*:_/·(][\p{L}])"  # "Mitarbeiter*innen", "chairman-elect" are other words
_NEXT_CAPITAL_RE = regex.compile(r"[ \u00a0]\p{Lu}")  # "Chairman Mao", "Manpower Group"


@dataclass(frozen=True)
class Term:
    id: str  # the first form, lower-cased: what ``switch_off`` and ignoring refer to
    group: str
    pattern: regex.Pattern[str]
    alternatives: tuple[str, ...]
    reason: str = ""


@dataclass(frozen=True)
class TermList:
    language: str
    terms: tuple[Term, ...] = ()
    capitalised_words_are_names: bool = True
    already_inclusive: tuple[regex.Pattern[str], ...] = ()


def _words(phrase: str) -> str:
    return segmentation.phrase_pattern(phrase)


def _term_regex(forms: list[str], after: list[str]) -> regex.Pattern[str]:
    alts = "|".join(_words(f) for f in sorted(forms, key=len, reverse=True))
    lead = ""
    if after:
        words = "|".join(_words(a) for a in sorted(after, key=len, reverse=True))
        lead = rf"(?<={_BEFORE}(?:{words})[,!]?\s+)"
    return regex.compile(rf"{lead}{_BEFORE}(?:{alts}){_AFTER}", regex.IGNORECASE | regex.V1)


def parse(raw: dict[str, Any], name: str, language: str) -> TermList | None:
    """Validate the decoded TOML of one inclusive-language list and build its terms."""
    unknown = set(raw) - {"language", "capitalised_words_are_names", "already_inclusive", "terms",
                          "switch_off", "off"}
    need(not unknown, name, f"has unknown keys: {', '.join(sorted(unknown))}")
    need(raw.get("language") == language, name, f"must say language = \"{language}\"")
    names = raw.get("capitalised_words_are_names", True)
    need(isinstance(names, bool), name, "capitalised_words_are_names must be true or false")
    off = raw.get("off", False)
    need(isinstance(off, bool), name, "off must be true or false")
    switch_off = raw.get("switch_off", [])
    need(strings(switch_off), name, "switch_off must be a list of entry or group names")
    patterns = raw.get("already_inclusive", [])
    need(strings(patterns), name, "already_inclusive must be a list of regular expressions")
    paired = []
    for i, source in enumerate(patterns):
        try:
            paired.append(regex.compile(source, regex.IGNORECASE | regex.V1))
        except regex.error as exc:
            raise data.FairnessDataError(f"{name}: already_inclusive[{i}] is not a valid regex ({exc})") from None
    entries = raw.get("terms", [])
    need(isinstance(entries, list), name, "terms must be an array of tables ([[terms]])")
    dropped = {s.lower() for s in switch_off}
    terms = []
    for i, entry in enumerate(entries):
        where = f"{name}: terms[{i}]"
        need(isinstance(entry, dict), where, "must be a table")
        extra = set(entry) - {"text", "alternatives", "group", "after", "reason"}
        need(not extra, where, f"has unknown keys: {', '.join(sorted(extra))}")
        forms = entry.get("text")
        forms = [forms] if isinstance(forms, str) else forms
        need(strings(forms) and bool(forms) and all(f.strip() for f in forms), where,
             "text must be a word or phrase, or a non-empty list of them")
        alternatives = entry.get("alternatives")
        need(strings(alternatives) and bool(alternatives) and all(a.strip() for a in alternatives), where,
             "needs alternatives: a non-empty list of words to offer")
        group = entry.get("group")
        need(isinstance(group, str) and bool(group.strip()), where, "needs a group (e.g. \"gendered\")")
        after = entry.get("after", [])
        need(strings(after) and all(a.strip() for a in after), where, "after must be a list of words")
        reason = entry.get("reason", "")
        need(isinstance(reason, str), where, "reason must be a text")
        term_id = forms[0].strip().lower()
        if off or term_id in dropped or group.lower() in dropped:
            continue
        terms.append(Term(term_id, group, _term_regex(forms, after), tuple(alternatives), reason.strip()))
    return TermList(language, tuple(terms), names, tuple(paired))


def term_list(language: str) -> TermList | None:
    return data.load("inclusive", language, parse)


def _cased(alternative: str, matched: str, sentence_start: bool) -> str:
    """The alternative capitalised where it starts a sentence (German nouns keep their own case)."""
    if sentence_start and matched[:1].isupper() and alternative[:1].islower():
        return alternative[0].upper() + alternative[1:]
    return alternative


def _in_name(text: str, start: int, end: int, starts: SentenceStarts) -> bool:
    """A capitalised match that is not a sentence's first word, or runs into a capitalised word."""
    if looks_like_name(text, start, starts):
        return True
    return text[start:start + 1].isupper() and bool(_NEXT_CAPITAL_RE.match(text, end))


def _message(term: Term, matched: str, offered: tuple[str, ...]) -> messages.Message:
    quoted = [f"'{a}'" for a in offered]
    alternatives = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    if term.reason:
        return messages.make("inclusive.reason", term=matched, reason=term.reason, alternatives=alternatives)
    group = term.group if term.group in GROUPS else "other"
    return messages.make(f"inclusive.{group}", term=matched, alternatives=alternatives)


def find(text: str, language: str, protected: Protected | None = None) -> list[Finding]:
    """Inclusive-language findings in one paragraph (or any self-contained text)."""
    terms = term_list(language)
    if terms is None or not terms.terms:
        return []
    protected = protected or Protected(text)
    starts = SentenceStarts(text)
    paired = [m.span() for p in terms.already_inclusive for m in p.finditer(text)]
    candidates = []
    for term in terms.terms:
        for m in term.pattern.finditer(text):
            a, b = m.span()
            if protected.covers(a, b) or any(x <= a and b <= y for x, y in paired):
                continue
            if terms.capitalised_words_are_names and _in_name(text, a, b, starts):
                continue
            candidates.append((a, b, term, m.group()))
    # The longest match wins where entries overlap ("tous les utilisateurs" over "les utilisateurs").
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int]] = []
    findings = []
    for a, b, term, matched in candidates:
        if any(x < b and a < y for x, y in taken):
            continue
        taken.append((a, b))
        offered = tuple(dict.fromkeys(_cased(alt, matched, a in starts) for alt in term.alternatives))
        findings.append(Finding.said(a, b, INCLUSIVE, _message(term, matched, offered), offered, ENGINE,
                                     f"inclusive:{term.id}"))
    return sorted(findings, key=lambda f: (f.start, f.end))
