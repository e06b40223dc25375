"""Glossaries: the terms a translation must use, the variants it must not, and what stays as is.

``load_glossary(path, source_language, target_language)`` reads TBX
(through translate-toolkit: deprecated terms are forbidden variants) or CSV
with the columns source term, target term, forbidden variants,
do-not-translate (a header row is optional; several terms in one cell are
separated by ``|`` or ``;``; do-not-translate is yes/true/1/x). A TBX entry
whose target term is its source term is do-not-translate as well.

``Term.find_source``/``find_target`` match whole words, case-insensitively,
letting the last word carry a short ending ("invoice" finds "invoices",
"Rechnung" finds "Rechnungen"), so a glossary of base forms does not cry
wolf over every plural.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import regex

from humanize_desktop.core import textio
from humanize_desktop.core.bilingual.units import BilingualFileError

#: Letters an inflected form may add to the last word of a term.
_MAX_ENDING = 3
_SPLIT_RE = regex.compile(r"\s*[|;]\s*")
_YES = {"yes", "y", "true", "1", "x", "dnt", "ja", "oui", "sí", "si"}
_HEADER = {"source", "source term", "term", "src"}


def _pattern(term: str) -> regex.Pattern[str]:
    words = [regex.escape(w) for w in term.split()]
    body = r"\s+".join(words)
    ending = rf"\p{{L}}{{0,{_MAX_ENDING}}}" if term[-1:].isalpha() else ""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){body}{ending}(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


@dataclass(frozen=True)
class Term:
    source: str
    targets: tuple[str, ...] = ()  # allowed translations, preferred first
    forbidden: tuple[str, ...] = ()
    do_not_translate: bool = False

    @cached_property
    def _source_re(self) -> regex.Pattern[str]:
        return _pattern(self.source)

    @cached_property
    def _target_res(self) -> tuple[regex.Pattern[str], ...]:
        allowed = (self.source,) if self.do_not_translate else self.targets
        return tuple(_pattern(t) for t in allowed if t)

    @cached_property
    def _forbidden_res(self) -> tuple[tuple[str, regex.Pattern[str]], ...]:
        return tuple((t, _pattern(t)) for t in self.forbidden if t)

    def find_source(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self._source_re.finditer(text)]

    def find_target(self, text: str) -> list[tuple[int, int]]:
        return sorted(m.span() for r in self._target_res for m in r.finditer(text))

    def find_forbidden(self, text: str) -> list[tuple[int, int, str]]:
        return sorted((*m.span(), term) for term, r in self._forbidden_res for m in r.finditer(text))

    @property
    def expected(self) -> str:
        return self.source if self.do_not_translate else (self.targets[0] if self.targets else "")


@dataclass
class Glossary:
    path: str
    terms: list[Term] = field(default_factory=list)


def _cells(value: str) -> tuple[str, ...]:
    return tuple(t for t in _SPLIT_RE.split(value.strip()) if t)


def _from_csv(path: str, data: bytes) -> Glossary:
    text = textio.decode_bytes(data, path).text
    sample = text[:4096]
    delimiter = "\t" if path.lower().endswith(".tsv") else max((",", ";", "\t"), key=sample.split("\n")[0].count)
    terms: list[Term] = []
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise BilingualFileError(path, f"is not a valid glossary table ({exc})") from None
    for number, row in enumerate(rows, 1):
        if not any(c.strip() for c in row):
            continue
        if number == 1 and row[0].strip().lower() in _HEADER:
            continue
        row = row + [""] * (4 - len(row))
        source = row[0].strip()
        if not source:
            raise BilingualFileError(path, f"row {number} has no source term")
        terms.append(Term(source, _cells(row[1]), _cells(row[2]), row[3].strip().lower() in _YES))
    return Glossary(path, terms)


def _from_tbx(path: str, data: bytes, target_language: str) -> Glossary:
    from lxml import etree
    from translate.storage import tbx

    try:
        store = tbx.tbxfile.parsestring(data)
    except etree.XMLSyntaxError as exc:
        raise BilingualFileError(path, f"is not well-formed XML (line {exc.lineno}: {exc.msg})") from None
    terms: list[Term] = []
    for unit in store.units:
        sources = [t.text for t in unit.get_source_terms() if t.text.strip()]
        targets = unit.get_target_terms(target_language or None) if target_language else unit.get_target_terms()
        if not sources:
            continue
        allowed = tuple(t.text for t in targets if not t.deprecated and t.text.strip())
        forbidden = tuple(t.text for t in targets if t.deprecated and t.text.strip())
        dnt = bool(allowed) and allowed[0] == sources[0]
        for source in sources:
            terms.append(Term(source, allowed, forbidden, dnt))
    return Glossary(path, terms)


def load_glossary(path: str | os.PathLike[str], source_language: str = "", target_language: str = "") -> Glossary:
    """A TBX or CSV/TSV glossary; a bad file is one ``BilingualFileError`` line."""
    name = str(path)
    data = textio.read_bytes(name)
    suffix = Path(name).suffix.lower()
    if suffix == ".tbx":
        return _from_tbx(name, data, target_language)
    if suffix in (".csv", ".tsv", ".txt"):
        return _from_csv(name, data)
    raise BilingualFileError(name, "is not a glossary (use .tbx, .csv or .tsv)")
