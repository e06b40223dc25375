"""Per-language rules for translation QA: number formats, dates, quotes, spacing.

Data, not code: ``resources/qa/<language>.toml`` (plus ``common.toml``),
validated on load; a region may override keys (``[regions] CH = {...}``:
Swiss German writes 1’250.50 and uses guillemets). A language without a
file gets neutral rules: no number format, quote or spacing checks.

``parse_number(token, rules)`` reads a number written the locale's way
(1,250.5 in English, 1.250,5 in German, 1 250,5 in French) and returns None
for one written another way; ``format_number`` writes a value the locale's
way, like a given source token (same decimals, grouping).
"""

from __future__ import annotations

import threading
import tomllib
from dataclasses import dataclass, field, replace
from typing import Any

import regex

from humanize_desktop import paths
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.errors import HumanizeError


class QARulesError(HumanizeError):
    """A QA rules file is malformed; the message names the file and key."""


@dataclass(frozen=True)
class LocaleRules:
    language: str
    decimal: str = ""  # "" when unknown: numbers are compared by value only
    groups: tuple[str, ...] = ()
    date_order: str = "dmy"
    quotes: tuple[tuple[str, str], ...] = ()
    space_before: tuple[str, ...] = ()
    space_after: tuple[str, ...] = ()
    no_space_before: tuple[str, ...] = ()
    inverted: tuple[tuple[str, str], ...] = ()
    # common.toml
    final_marks: tuple[str, ...] = ()
    equivalent: tuple[tuple[str, ...], ...] = ()
    ratio_min_chars: int = 20
    ratio_max: float = 2.5
    ratio_min: float = 0.4
    untranslated_min_words: int = 2
    number_re: Any = field(default=None, compare=False)


_KEYS: dict[str, type | tuple[type, ...]] = {
    "language": str, "decimal": str, "groups": list, "date_order": str, "quotes": list, "space_before": list,
    "space_after": list, "no_space_before": list, "inverted": list, "regions": dict, "final_marks": list,
    "equivalent": list, "ratio_min_chars": int, "ratio_max": (int, float), "ratio_min": (int, float),
    "untranslated_min_words": int,
}
_PAIRS = ("quotes", "inverted")


def _check(path: str, data: dict[str, Any]) -> None:
    for key, value in data.items():
        if key not in _KEYS:
            raise QARulesError(f"{path}: unknown key '{key}'")
        if not isinstance(value, _KEYS[key]) or isinstance(value, bool):
            raise QARulesError(f"{path}: '{key}' has a value of the wrong type")
    for key in _PAIRS:
        if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) and x for x in p)
                   for p in data.get(key, [])):
            raise QARulesError(f"{path}: '{key}' must list [opening, closing] pairs")
    if data.get("date_order", "dmy") not in ("dmy", "mdy", "ymd"):
        raise QARulesError(f"{path}: date_order must be dmy, mdy or ymd")
    for region, overrides in data.get("regions", {}).items():
        if not isinstance(overrides, dict):
            raise QARulesError(f"{path}: regions.{region} must be a table")
        _check(f"{path} regions.{region}", overrides)


def _load(name: str) -> dict[str, Any]:
    path = paths.resource("qa", f"{name}.toml")
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise QARulesError(f"{path} cannot be read as TOML ({exc})") from None
    _check(str(path), data)
    if data.get("language") != name:
        raise QARulesError(f'{path}: must say language = "{name}"')
    return data


def _build(values: dict[str, Any]) -> LocaleRules:
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key in ("regions",):
            continue
        if key in _PAIRS:
            value = tuple(tuple(p) for p in value)
        elif key == "equivalent":
            value = tuple(tuple(group) for group in value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[key] = value
    rules = LocaleRules(**kwargs)
    return replace(rules, number_re=_number_re(rules))


def _number_re(rules: LocaleRules) -> regex.Pattern[str] | None:
    if not rules.decimal:
        return None
    groups = "".join(regex.escape(g) for g in rules.groups)
    grouped = rf"\d{{1,3}}(?:(?P<g>[{groups}])\d{{3}})(?:(?P=g)\d{{3}})*" if groups else r"(?!)"
    return regex.compile(rf"^[-−+]?(?:{grouped}|\d+)(?:{regex.escape(rules.decimal)}\d+)?$")


_cache: dict[str, LocaleRules] = {}
_lock = threading.Lock()


def rules_for(code: str) -> LocaleRules:
    """The QA rules for a language code such as ``de``, ``de-CH`` or ``pt_BR``."""
    key = (code or "und").replace("_", "-")
    with _lock:
        if key not in _cache:
            lang = base(key)
            region = key.split("-")[1].upper() if "-" in key else ""
            values: dict[str, Any] = dict(_load("common"))
            own = _load(lang) if regex.fullmatch(r"[a-z]{2,3}", lang) else {}
            values.update(own)
            values.update(own.get("regions", {}).get(region, {}))
            values["language"] = lang
            _cache[key] = _build(values)
        return _cache[key]


def parse_number(token: str, rules: LocaleRules) -> float | None:
    """``token``'s value read the locale's way, or None when the locale would not write it so."""
    if rules.number_re is None or not rules.number_re.match(token):
        return None
    text = token.replace("−", "-")
    for g in rules.groups:
        text = text.replace(g, "")
    try:
        return float(text.replace(rules.decimal, "."))
    except ValueError:
        return None


def format_number(value: float, rules: LocaleRules, like: str = "") -> str:
    """``value`` written the locale's way, with as many decimals (and grouping) as ``like``."""
    decimals = len(regex.split(r"[.,]", like)[-1]) if regex.search(r"[.,]\d{1,2}$", like) or \
        regex.search(r"[.,]\d{4,}$", like) else 0
    grouped = bool(regex.search(r"\d[^\d]\d{3}(?:\D|$)", like)) and decimals != len(like)
    text = f"{abs(value):,.{decimals}f}"
    whole, _, frac = text.partition(".")
    if not (grouped and rules.groups):
        whole = whole.replace(",", "")
    else:
        whole = whole.replace(",", rules.groups[0])
    sign = "-" if value < 0 else ""
    return sign + whole + (rules.decimal or ".") + frac if frac else sign + whole
