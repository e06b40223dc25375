"""Register: one form of address per document, and no casual wording where formal was asked for.

German, French and Spanish address the reader formally (Sie, vous, usted)
or informally (du, tu, tú). A document that mixes them reads as careless,
so the check counts the forms of address in the whole document and points
at the minority form. Which words count is data,
``resources/fairness/register/<language>.toml``: the formal and the
informal words, whether they count where a sentence starts (a German "Sie"
there may mean "she"), and patterns where a word is no address at all
("le ton" is a tone, not "your").

The register a person asked for settles it where the document does not:
``register="formal"`` or ``"informal"`` (from the style, see
``register_for_style``, or from the draft, see ``document_register``)
makes every address of the other register a finding, and in English, which
has one "you", a formal register turns contractions into findings. A
Casual rewrite's contractions are therefore never findings.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from typing import Any

import regex

from humanize_desktop import paths
from humanize_desktop.core import messages
from humanize_desktop.core.checks.fairness import data
from humanize_desktop.core.checks.fairness.data import need, strings
from humanize_desktop.core.checks.fairness.spans import Protected, SentenceStarts
from humanize_desktop.core.checks.findings import REGISTER, Finding

ENGINE = "fairness"
FORMAL, INFORMAL = "formal", "informal"
REGISTERS = (FORMAL, INFORMAL)

messages.register({
    "register.mixed": "Mixed forms of address: this text mostly uses the {norm} form ('{example}'), "
                      "but '{term}' is {form}.",
    "register.asked": "'{term}' addresses the reader in the {form} form; the {norm} register was asked for.",
    "register.contraction": "'{term}' is a contraction; a formal text writes '{full}'.",
})

_BOUNDARY_START = r"(?<![\p{L}\p{N}_\-'’])"
_BOUNDARY_END = r"(?![\p{L}\p{N}_])"


@dataclass(frozen=True)
class Forms:
    """How one language addresses the reader, formally and informally."""

    language: str
    patterns: dict[str, regex.Pattern[str]] = field(default_factory=dict)  # register -> words
    at_sentence_start: dict[str, bool] = field(default_factory=dict)
    not_address: tuple[regex.Pattern[str], ...] = ()
    contractions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lower-cased -> full forms
    contraction_re: regex.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Address:
    """One word that addresses the reader: ``text[start:end]``, formal or informal."""

    start: int
    end: int
    register: str
    word: str

    def shifted(self, delta: int) -> Address:
        return Address(self.start + delta, self.end + delta, self.register, self.word)


def _word_regex(words: list[str], flags: int) -> regex.Pattern[str]:
    """Whole words; one ending in an apostrophe ("t'") runs straight into the next word."""
    alts = []
    for w in sorted(words, key=len, reverse=True):
        escaped = regex.sub(r"\\?['’]", "['’]", regex.escape(w))
        alts.append(escaped if w[-1] in "'’" else escaped + _BOUNDARY_END)
    return regex.compile(rf"{_BOUNDARY_START}(?:{'|'.join(alts)})", flags | regex.V1)


def parse(raw: dict[str, Any], name: str, language: str) -> Forms | None:
    """Validate the decoded TOML of one register file."""
    unknown = set(raw) - {"language", "formal", "informal", "not_address", "contractions", "off"}
    need(not unknown, name, f"has unknown keys: {', '.join(sorted(unknown))}")
    need(raw.get("language") == language, name, f"must say language = \"{language}\"")
    need(isinstance(raw.get("off", False), bool), name, "off must be true or false")
    if raw.get("off"):
        return None
    patterns, starts = {}, {}
    for reg in REGISTERS:
        table = raw.get(reg)
        if table is None:
            continue
        where = f"{name}: [{reg}]"
        need(isinstance(table, dict), where, "must be a table")
        extra = set(table) - {"words", "case_sensitive", "at_sentence_start"}
        need(not extra, where, f"has unknown keys: {', '.join(sorted(extra))}")
        words = table.get("words")
        need(strings(words) and bool(words) and all(w.strip() for w in words), where,
             "needs words: a non-empty list")
        case = table.get("case_sensitive", False)
        at_start = table.get("at_sentence_start", True)
        need(isinstance(case, bool) and isinstance(at_start, bool), where,
             "case_sensitive and at_sentence_start must be true or false")
        patterns[reg] = _word_regex(words, 0 if case else regex.IGNORECASE)
        starts[reg] = at_start
    need(len(patterns) in (0, 2), name, "needs both a [formal] and an [informal] table, or neither")
    sources = raw.get("not_address", [])
    need(strings(sources), name, "not_address must be a list of regular expressions")
    not_address = []
    for i, source in enumerate(sources):
        try:
            not_address.append(regex.compile(source, regex.IGNORECASE | regex.V1))
        except regex.error as exc:
            raise data.FairnessDataError(f"{name}: not_address[{i}] is not a valid regex ({exc})") from None
    table = raw.get("contractions", {})
    need(isinstance(table, dict), name, "[contractions] must be a table of contraction = full form(s)")
    contractions: dict[str, tuple[str, ...]] = {}
    for short, full in table.items():
        full = [full] if isinstance(full, str) else full
        need(strings(full) and bool(full), f"{name}: contractions.{short}", "must be a full form or a list of them")
        contractions[short.replace("’", "'").lower()] = tuple(full)
    contraction_re = None
    if contractions:
        contraction_re = _word_regex(list(contractions), regex.IGNORECASE)
    return Forms(language, patterns, starts, tuple(not_address), contractions, contraction_re)


def forms(language: str) -> Forms | None:
    return data.load("register", language, parse)


def address_forms(text: str, language: str, protected: Protected | None = None) -> list[Address]:
    """The words in ``text`` that address the reader, formal or informal, in order."""
    lang = forms(language)
    if lang is None or not lang.patterns:
        return []
    protected = protected or Protected(text)
    starts = SentenceStarts(text)
    excluded = [m.span() for p in lang.not_address for m in p.finditer(text)]
    found = []
    for reg, pattern in lang.patterns.items():
        for m in pattern.finditer(text):
            a, b = m.span()
            if not lang.at_sentence_start[reg] and a in starts:
                continue
            if protected.covers(a, b) or any(x <= a and b <= y for x, y in excluded):
                continue
            found.append(Address(a, b, reg, m.group()))
    return sorted(found, key=lambda f: f.start)


def document_register(found: list[Address]) -> str | None:
    """The register most of ``found`` use (the first one's on a tie), or None without any."""
    if not found:
        return None
    formal = sum(1 for f in found if f.register == FORMAL)
    informal = len(found) - formal
    if formal != informal:
        return FORMAL if formal > informal else INFORMAL
    return found[0].register


def decide(found: list[Address], register: str | None = None) -> list[Finding]:
    """Findings for the addresses that break the document's (or the asked-for) register."""
    if register not in REGISTERS:
        register = None
        if len({f.register for f in found}) < 2:
            return []
    norm = register or document_register(found)
    if norm is None:
        return []
    example = next((f.word for f in found if f.register == norm), "")
    findings = []
    for f in found:
        if f.register == norm:
            continue
        if register is None:
            msg = messages.make("register.mixed", norm=norm, example=example, term=f.word, form=f.register)
        else:
            msg = messages.make("register.asked", term=f.word, form=f.register, norm=norm)
        findings.append(Finding.said(f.start, f.end, REGISTER, msg, (), ENGINE, f"register:{f.register}-address"))
    return findings


def contractions(text: str, language: str, protected: Protected | None = None) -> list[Finding]:
    """Contractions ("don't") as findings: call only where the formal register was asked for."""
    lang = forms(language)
    if lang is None or lang.contraction_re is None:
        return []
    protected = protected or Protected(text)
    findings = []
    for m in lang.contraction_re.finditer(text):
        if protected.covers(*m.span()):
            continue
        word = m.group()
        full = lang.contractions[word.replace("’", "'").lower()]
        offered = tuple(f[0].upper() + f[1:] if word[:1].isupper() else f for f in full)
        msg = messages.make("register.contraction", term=word, full=offered[0])
        findings.append(Finding.said(m.start(), m.end(), REGISTER, msg, offered, ENGINE, "register:contraction"))
    return findings


# ----------------------------------------------------------------------------- the register asked for

_styles: dict[str, str] | None = None


def register_for_style(style: str) -> str | None:
    """The register a rewriting style asks for (``resources/fairness/styles.toml``), or None."""
    global _styles
    if _styles is None:
        path = paths.resource("fairness", "styles.toml")
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise data.FairnessDataError(f"{path} cannot be read ({exc})") from None
        mapping = {}
        for reg in REGISTERS:
            ids = raw.get(reg, [])
            need(strings(ids), str(path), f"{reg} must be a list of style ids")
            mapping.update({i: reg for i in ids})
        _styles = mapping
    return _styles.get(style)
