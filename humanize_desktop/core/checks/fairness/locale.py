"""Locale conventions: quotation marks, numbers and dates written the way the language writes them.

German quotes „so“, French « ainsi », English “so”; Germans write 1.250,50
where English writes 1,250.50; 07/04/2026 is 7 April in London and July 4
in New York. What each language (and region) writes is data,
``resources/fairness/locale/<language>.toml``; a ``[regions.XX]`` table
overrides the language's defaults for one region (Swiss German writes
« » and 1'250.50).

Only what is clearly foreign is a finding. The region comes from the
document's language setting (``de_CH``); where it is unknown, anything one
of the language's regions writes is accepted, so a Swiss « » in a German
text of unknown region is no finding. A number with one separator
(1,250 or 1.250) is left alone: it reads as a thousand or as a decimal
depending on the language, and nothing says which was meant. Quotations
inside an accepted quotation may use other marks (« il a dit “oui” »).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from humanize_desktop.core import messages
from humanize_desktop.core.checks.fairness import data
from humanize_desktop.core.checks.fairness.data import need, strings
from humanize_desktop.core.checks.fairness.spans import Protected, quotations
from humanize_desktop.core.checks.findings import LOCALE, Finding

ENGINE = "fairness"
ORDERS = ("dmy", "mdy", "")

messages.register({
    "locale.quotes": "{language} text puts quotations in {expected}, not {found}.",
    "locale.number": "'{term}' is written the way other languages write numbers; in {language} text: '{suggestion}'.",
    "locale.date-ambiguous": "'{term}' could mean {first} or {second}, depending on the reader's country; "
                             "write it so only one reading is possible.",
    "locale.date-order": "'{term}' puts the {first_part} first, which {language} readers do not expect: "
                         "'{suggestion}'.",
    "locale.date-format": "'{term}' is not how {language} text writes dates: '{suggestion}'.",
})

_SEPARATORS = ".,'’\u202f\u00a0"
_NUMBER_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}{_SEPARATORS}/])"
    rf"(?P<lead>\p{{N}}{{1,3}})(?P<g>[{_SEPARATORS}])\p{{N}}{{3}}(?:(?P=g)\p{{N}}{{3}})*"
    r"(?:(?P<d>[.,])(?P<frac>\p{N}+))?"
    rf"(?![\p{{L}}\p{{N}}]|[{_SEPARATORS}/]\p{{N}})",
    regex.V1,
)
_DATE_RE = regex.compile(r"(?<![\p{L}\p{N}/.\-])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\p{L}\p{N}]|/\d)")


@dataclass(frozen=True)
class Conventions:
    """What one language (in one region, or in any of its regions) writes."""

    name: str  # the language's English name, for messages ("English (US)" where a region is known)
    quotes_preferred: tuple[str, str] = ("“", "”")
    quotes_accepted: frozenset[str] = frozenset()  # opening + closing mark, e.g. "„“"
    group: str = ","
    decimal: str = "."
    numbers_accepted: frozenset[str] = frozenset()  # group + decimal separator, e.g. ".,"
    date_order: str = ""  # "dmy", "mdy", or "" where only the region could tell
    date_slashes: bool = True  # whether 07/04/2026 is a usual way to write a date here
    date_format: str = "{d}/{m}/{y}"
    months: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocaleData:
    language: str
    default: dict[str, Any] = field(default_factory=dict)  # the section tables, validated
    regions: dict[str, dict[str, Any]] = field(default_factory=dict)


# ----------------------------------------------------------------------------- loading

_SECTIONS = {
    "quotes": {"preferred", "accepted"},
    "numbers": {"group", "decimal", "accepted"},
    "dates": {"order", "slashes", "format", "months"},
}


def _section_tables(raw: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for section, keys in _SECTIONS.items():
        table = raw.get(section)
        if table is None:
            continue
        here = f"{where} [{section}]"
        need(isinstance(table, dict), here, "must be a table")
        extra = set(table) - keys
        need(not extra, here, f"has unknown keys: {', '.join(sorted(extra))}")
        if "preferred" in table:
            need(strings(table["preferred"]) and len(table["preferred"]) == 2, here,
                 "preferred must be [opening mark, closing mark]")
        if "accepted" in table:
            size = 2
            need(strings(table["accepted"]) and all(len(a) == size for a in table["accepted"]), here,
                 "accepted must be a list of two-character texts (opening and closing mark, or group and "
                 "decimal separator)")
        for key in ("group", "decimal"):
            if key in table:
                need(isinstance(table[key], str) and len(table[key]) == 1, here, f"{key} must be one character")
        if "order" in table:
            need(table["order"] in ORDERS, here, "order must be \"dmy\", \"mdy\" or \"\"")
        if "slashes" in table:
            need(isinstance(table["slashes"], bool), here, "slashes must be true or false")
        if "format" in table:
            need(isinstance(table["format"], str) and "{y}" in table["format"], here,
                 "format must be a text with {y} and {d}/{day}, {m}/{mon}/{month}")
        if "months" in table:
            need(strings(table["months"]) and len(table["months"]) == 12, here, "months must name all 12 months")
        out[section] = dict(table)
    return out


def parse(raw: dict[str, Any], name: str, language: str) -> LocaleData | None:
    """Validate the decoded TOML of one locale file."""
    unknown = set(raw) - {"language", "name", "regions", "off", *_SECTIONS}
    need(not unknown, name, f"has unknown keys: {', '.join(sorted(unknown))}")
    need(raw.get("language") == language, name, f"must say language = \"{language}\"")
    need(isinstance(raw.get("name"), str) and raw["name"].strip(), name, "needs the language's name")
    need(isinstance(raw.get("off", False), bool), name, "off must be true or false")
    if raw.get("off"):
        return None
    default = _section_tables(raw, name)
    default["name"] = raw["name"].strip()
    regions_raw = raw.get("regions", {})
    need(isinstance(regions_raw, dict), name, "[regions] must hold one table per region ([regions.CH])")
    regions = {}
    for code, table in regions_raw.items():
        need(isinstance(table, dict) and not set(table) - set(_SECTIONS), f"{name} [regions.{code}]",
             f"may only hold {', '.join(_SECTIONS)}")
        regions[code.upper()] = _section_tables(table, f"{name} [regions.{code}]")
    data_ = LocaleData(language, default, regions)
    conventions(data_, "")  # builds once, so a missing key shows here
    return data_


def conventions(locale: LocaleData, region: str) -> Conventions:
    """The conventions for ``region``; unknown ("" or unlisted): what any region accepts."""
    region = region.upper()
    known = locale.regions.get(region)

    def value(section: str, key: str, default: Any) -> Any:
        if known is not None and key in known.get(section, {}):
            return known[section][key]
        return locale.default.get(section, {}).get(key, default)

    def accepted(section: str) -> frozenset[str]:
        if known is not None:
            return frozenset(value(section, "accepted", []))
        every = [locale.default.get(section, {}).get("accepted", [])]
        every += [r.get(section, {}).get("accepted", []) for r in locale.regions.values()]
        return frozenset(a for group in every for a in group)

    return Conventions(
        name=f"{locale.default['name']} ({region})" if known is not None else locale.default["name"],
        quotes_preferred=tuple(value("quotes", "preferred", ["“", "”"])),  # type: ignore[arg-type]
        quotes_accepted=accepted("quotes"),
        group=value("numbers", "group", ","),
        decimal=value("numbers", "decimal", "."),
        numbers_accepted=accepted("numbers"),
        # Where regions disagree and none is known, the order is unknown.
        date_order=value("dates", "order", "") if known is not None or not any(
            "order" in r.get("dates", {}) for r in locale.regions.values()) else "",
        date_slashes=value("dates", "slashes", True),
        date_format=value("dates", "format", "{d}/{m}/{y}"),
        months=tuple(value("dates", "months", [])),
    )


def locale_data(language: str) -> LocaleData | None:
    return data.load("locale", language, parse)


# ----------------------------------------------------------------------------- finding

def _quotes(text: str, conv: Conventions, protected: Protected) -> list[Finding]:
    found = [q for q in quotations(text) if not protected.machine.overlaps(q.start, q.end)]
    accepted_spans = [(q.start, q.end) for q in found if q.marks in conv.quotes_accepted]
    open_, close = conv.quotes_preferred
    expected = f"{open_.strip()}…{close.strip()}"
    findings = []
    for q in found:
        if q.marks in conv.quotes_accepted:
            continue
        if any(a < q.start and q.end < b for a, b in accepted_spans):
            continue  # a quotation inside a quotation may use the second-level marks
        msg = messages.make("locale.quotes", language=conv.name, expected=expected, found=f"{q.marks[0]}…{q.marks[1]}")
        findings.append(Finding.said(q.start, q.end, LOCALE, msg, (open_ + q.inner.strip() + close,), ENGINE,
                                     "locale:quotes"))
    return findings


def _numbers(text: str, conv: Conventions, protected: Protected) -> list[Finding]:
    findings = []
    for m in _NUMBER_RE.finditer(text):
        g, d = m.group("g"), m.group("d")
        number = m.group()
        groups = number[:m.start("d") - m.start() if d else len(number)].split(g)
        if d == g or protected.covers(*m.span()):
            continue
        if d is None and len(groups) == 2 and g in ".,":
            continue  # 1,250 or 1.250: a thousand or a decimal, nothing says which
        if d is None and g == "." and len(groups) >= 4:
            continue  # 192.168.100.200 and version numbers, not amounts
        if (g + d in conv.numbers_accepted) if d else any(a[0] == g for a in conv.numbers_accepted):
            continue
        suggestion = conv.group.join(groups) + (conv.decimal + m.group("frac") if d else "")
        if suggestion == number:
            continue
        msg = messages.make("locale.number", term=number, language=conv.name, suggestion=suggestion)
        findings.append(Finding.said(m.start(), m.end(), LOCALE, msg, (suggestion,), ENGINE, "locale:number"))
    return findings


def _written(conv: Conventions, day: str, month: str, year: str) -> str:
    names = conv.months
    return conv.date_format.format(d=day, m=month, y=year, day=str(int(day)), mon=str(int(month)),
                                   month=names[int(month) - 1] if names else month)


def _dates(text: str, conv: Conventions, protected: Protected) -> list[Finding]:
    findings = []
    for m in _DATE_RE.finditer(text):
        a, b, year = m.groups()
        dmy_ok = 1 <= int(a) <= 31 and 1 <= int(b) <= 12
        mdy_ok = 1 <= int(a) <= 12 and 1 <= int(b) <= 31
        if not (dmy_ok or mdy_ok) or protected.covers(*m.span()):
            continue
        term = m.group()
        ambiguous = dmy_ok and mdy_ok and int(a) != int(b)
        readings = ([_written(conv, a, b, year)] if dmy_ok else []) + ([_written(conv, b, a, year)] if mdy_ok else [])
        readings = list(dict.fromkeys(readings))
        if ambiguous and (not conv.date_slashes or not conv.date_order):
            msg = messages.make("locale.date-ambiguous", term=term, first=readings[0], second=readings[1])
            rule = "locale:date-ambiguous"
        elif conv.date_slashes and (not conv.date_order or (dmy_ok if conv.date_order == "dmy" else mdy_ok)):
            continue  # the order this language (or region) reads, or only one reading at all
        elif not conv.date_slashes and not ambiguous:
            msg = messages.make("locale.date-format", term=term, language=conv.name, suggestion=readings[0])
            rule = "locale:date-format"
        else:
            first_part = "month" if conv.date_order == "dmy" else "day"
            msg = messages.make("locale.date-order", term=term, first_part=first_part, language=conv.name,
                                suggestion=readings[0])
            rule = "locale:date-order"
        findings.append(Finding.said(m.start(), m.end(), LOCALE, msg, tuple(readings), ENGINE, rule))
    return findings


def find(text: str, language: str, region: str = "", protected: Protected | None = None) -> list[Finding]:
    """Locale findings in one paragraph; ``region`` such as "CH" ("" when unknown)."""
    locale = locale_data(language)
    if locale is None:
        return []
    conv = conventions(locale, region)
    protected = protected or Protected(text)
    findings = _quotes(text, conv, protected) + _numbers(text, conv, protected) + _dates(text, conv, protected)
    return sorted(findings, key=lambda f: (f.start, f.end))
