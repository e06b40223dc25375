"""Fair and culturally aware text: inclusive language, register and locale conventions.

Three kinds of finding, each driven by per-language data in
``resources/fairness/`` that a person can extend or switch off (``data``):

- ``inclusive`` (``inclusive.py``): gendered, ableist and othering wording,
  with neutral alternatives;
- ``register`` (``register.py``): mixed forms of address (Sie/du, vous/tu,
  usted/tú), and contractions where a formal register was asked for;
- ``locale`` (``locale.py``): quotation marks, numbers and dates written
  the way another language or region writes them.

``DocumentChecker`` (``runner.py``) runs them per paragraph with the other
checks; ``fairness_findings`` checks a whole text in one call, which is
what the humanizer's candidate scorer uses: a suggestion must not add any
(``added_findings``). Quotations, code, addresses and names are left alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import language as lang_mod
from humanize_desktop.core.checks.fairness import inclusive, locale
from humanize_desktop.core.checks.fairness import register as address_check  # `register` is a parameter below
from humanize_desktop.core.checks.fairness.register import Address
from humanize_desktop.core.checks.fairness.spans import Protected
from humanize_desktop.core.checks.findings import FAIRNESS_KINDS, INCLUSIVE, LOCALE, REGISTER, Finding
from humanize_desktop.core.checks.languagetool import ENGINE as LANGUAGETOOL


def enabled_kinds(settings) -> frozenset[str]:
    """The fairness kinds the settings (``[fairness]``) leave switched on."""
    f = settings.fairness
    return frozenset(k for k, on in ((INCLUSIVE, f.inclusive), (REGISTER, f.register), (LOCALE, f.locale)) if on)


def region_of(language: str) -> str:
    """The region of a language setting: "de_CH" -> "CH", "en-us" -> "US", "de" -> ""."""
    parts = language.replace("-", "_").split("_")
    return parts[1].upper() if len(parts) > 1 else ""


def check_paragraph(text: str, language: str, region: str = "", kinds: Iterable[str] = FAIRNESS_KINDS,
                    ) -> tuple[list[Finding], list[Address]]:
    """Inclusive and locale findings in one paragraph, and the words in it that address the reader.

    Register findings need the whole document; ``document_findings`` makes
    them from every paragraph's addresses.
    """
    wanted = set(kinds)
    protected = Protected(text)
    findings: list[Finding] = []
    if INCLUSIVE in wanted:
        findings.extend(inclusive.find(text, language, protected))
    if LOCALE in wanted:
        findings.extend(locale.find(text, language, region, protected))
    addresses = address_check.address_forms(text, language, protected) if REGISTER in wanted else []
    return findings, addresses


def drop_repeats_of(findings: list[Finding]) -> list[Finding]:
    """Leave out locale findings where LanguageTool reports the same typography (quotes, numbers)."""
    reported = [(f.start, f.end) for f in findings if f.engine == LANGUAGETOOL]
    if not reported:
        return findings
    return [f for f in findings if f.kind != LOCALE or not any(a < f.end and f.start < b for a, b in reported)]


def document_findings(addresses: list[Address], register_asked: str | None = None) -> list[Finding]:
    """Register findings from the addresses of a whole document (one language)."""
    return address_check.decide(addresses, register_asked)


def fairness_findings(text: str, language: str, *, register: str | None = None, region: str = "",
                      kinds: Iterable[str] = FAIRNESS_KINDS) -> list[Finding]:
    """Every inclusive, register and locale finding in ``text``, sorted by position.

    ``language``: a code such as "de" or "de_CH" ("auto" detects it);
    ``register``: "formal" or "informal" where the person asked for one
    (``register_for_style``, ``expected_register``), None to follow the
    text's own majority; ``region``: such as "CH" ("" takes it from
    ``language``; unknown means no region-specific finding). ``kinds``
    limits the checks (see ``enabled_kinds`` for the settings' choice).
    """
    if language in ("", "auto"):
        language = lang_mod.detect_document(text).code
        if language == lang_mod.UNDETERMINED:
            return []
    region = region or region_of(language)
    wanted = set(kinds)
    findings: list[Finding] = []
    addresses: list[Address] = []
    for start, end in segmentation.paragraphs(text):
        found, addressed = check_paragraph(text[start:end], language, region, wanted)
        findings.extend(f.shifted(start) for f in found)
        addresses.extend(a.shifted(start) for a in addressed)
    if REGISTER in wanted:
        findings.extend(document_findings(addresses, register))
        if register == address_check.FORMAL:
            findings.extend(address_check.contractions(text, language))
    return sorted(findings, key=lambda f: (f.start, f.end, f.kind))


def expected_register(draft: str, language: str, style: str = "") -> str | None:
    """The register a rewrite of ``draft`` should keep: the draft's form of address, else the style's.

    A German draft that says "Sie" keeps "Sie" even in a Casual rewrite;
    an English draft (one "you") takes the style's register (Academic:
    formal, Casual: informal, others: None).
    """
    found: list[Address] = []
    for start, end in segmentation.paragraphs(draft):
        found.extend(address_check.address_forms(draft[start:end], language))
    return address_check.document_register(found) or (address_check.register_for_style(style) if style else None)


def added_findings(draft: str, suggestion: str, language: str, *, register: str | None = None, region: str = "",
                   kinds: Iterable[str] = FAIRNESS_KINDS) -> list[Finding]:
    """Findings of ``suggestion`` the draft did not have (same kind, rule and words): what a rewrite added."""
    wanted = tuple(kinds)
    before = Counter((f.kind, f.rule, draft[f.start:f.end].lower())
                     for f in fairness_findings(draft, language, register=register, region=region, kinds=wanted))
    added = []
    for f in fairness_findings(suggestion, language, register=register, region=region, kinds=wanted):
        key = (f.kind, f.rule, suggestion[f.start:f.end].lower())
        if before[key] > 0:
            before[key] -= 1
        else:
            added.append(f)
    return added


__all__ = ["FAIRNESS_KINDS", "Address", "added_findings", "check_paragraph", "document_findings", "drop_repeats_of",
           "enabled_kinds", "expected_register", "fairness_findings", "region_of"]
