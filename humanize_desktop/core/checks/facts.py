"""Facts in prose: what a faithful rewrite keeps, found with their spans and values.

``extract(text, language)`` returns ``Fact`` records for numbers, dates and
times, amounts of money, percentages, quantities with units, URLs, e-mail
addresses, citations, quotations, and names (capitalised terms). Each fact
has a normalised ``value`` so that ``5%`` and ``5 percent``, ``1,000`` and
``1000``, or ``three`` and ``3`` compare equal while ``2024`` and ``2023`` do
not.

The words involved (number words, month names, units, currencies, negations
and modal verbs, and the conditionals a modal word opens, "Should you have
any questions", found by ``conditional_spans``) are data: ``resources/fidelity/<language>.toml`` plus
``common.toml``, validated on load. Languages without a file get the
language-neutral facts (digits, ISO dates, symbols, URLs, names).

Names are the rough part: in English, French and Spanish a capitalised word
that does not start a sentence, or a run of capitalised words, is a name;
in German, where every noun is capitalised, only runs of capitalised words,
acronyms and words with inner capitals or digits (``GmbH``, ``iPhone``,
``GPT-4``) are.
"""

from __future__ import annotations

import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from humanize_desktop import paths
from humanize_desktop.core import markdown, segmentation, urls
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.errors import HumanizeError

NUMBER, DATE, AMOUNT, PERCENTAGE, UNIT = "number", "date", "amount", "percentage", "unit"
NAME, URL, EMAIL, CITATION, QUOTATION = "name", "url", "email", "citation", "quotation"


class FidelityLexiconError(HumanizeError):
    """A fidelity data file is malformed; the message names the file and key."""


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str
    start: int
    end: int
    text: str
    value: Any  # hashable, normalised: equal values mean the same fact


@dataclass(frozen=True)
class Lexicon:
    language: str
    negations: tuple[str, ...] = ()
    litotes: tuple[str, ...] = ()  # two negations that say something positive ("not without")
    conditionals: tuple[str, ...] = ()  # a modal word opening a condition ("should you"): no modal
    modals: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, float] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)
    percent: tuple[str, ...] = ()
    units: dict[str, str] = field(default_factory=dict)  # symbols (case-sensitive)
    unit_words: dict[str, str] = field(default_factory=dict)
    currencies: dict[str, str] = field(default_factory=dict)  # symbols and codes
    currency_words: dict[str, str] = field(default_factory=dict)
    months: tuple[tuple[str, ...], ...] = ()
    function_words: frozenset[str] = frozenset()  # lower case; "The" opening a sentence is no name
    patterns: dict[str, regex.Pattern[str]] = field(default_factory=dict, compare=False)


# ----------------------------------------------------------------------------- loading

_SCHEMA: dict[str, type] = {
    "language": str, "negations": list, "litotes": list, "conditionals": list, "percent": list, "function_words": list, "modals": dict, "numbers": dict, "scales": dict,
    "unit_words": dict, "currency_words": dict, "months": dict, "units": dict, "currencies": dict,
}


def _load(path: Path, language: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FidelityLexiconError(f"{path} cannot be read as TOML ({exc})") from None
    for key, value in data.items():
        if key not in _SCHEMA:
            raise FidelityLexiconError(f"{path}: unknown key '{key}'")
        if not isinstance(value, _SCHEMA[key]):
            raise FidelityLexiconError(f"{path}: '{key}' must be a {_SCHEMA[key].__name__}")
    if data.get("language") != language:
        raise FidelityLexiconError(f"{path}: must say language = \"{language}\"")
    for key in ("negations", "litotes", "conditionals", "percent", "function_words"):
        if not all(isinstance(w, str) and w.strip() for w in data.get(key, [])):
            raise FidelityLexiconError(f"{path}: '{key}' must list non-empty strings")
    for key, kind in (("modals", int), ("numbers", (int, float)), ("scales", (int, float)),
                      ("unit_words", str), ("currency_words", str), ("units", str), ("currencies", str)):
        for word, value in data.get(key, {}).items():
            if not isinstance(value, kind) or isinstance(value, bool):
                raise FidelityLexiconError(f"{path}: {key}.{word} has a value of the wrong type")
    if key := next((k for k, v in data.get("modals", {}).items() if v not in (1, 2, 3)), None):
        raise FidelityLexiconError(f"{path}: modals.{key} must be 1, 2 or 3")
    months = data.get("months", {}).get("names", [])
    if months and (len(months) != 12 or not all(isinstance(m, list) and m and all(isinstance(x, str) for x in m)
                                                for m in months)):
        raise FidelityLexiconError(f"{path}: months.names must be 12 lists of names, January first")
    return data


def _alternation(words: list[str], flags: str = "") -> str:
    escaped = [regex.sub(r"\\ |\s+", r"\\s+", regex.escape(w)) for w in sorted(words, key=len, reverse=True)]
    return f"(?{flags}:{'|'.join(escaped)})" if flags else f"(?:{'|'.join(escaped)})"


def _word_list_regex(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Whole words or phrases; "n't" may end a word and "n'" may start one (don't, n'est)."""
    if not words:
        return regex.compile(r"(?!)")
    alts = []
    for w in sorted(words, key=len, reverse=True):
        body = segmentation.phrase_pattern(w)
        # "n't" (alone or opening a phrase: "n't hesitate") ends a word, so it has no boundary before it.
        lead = "" if w[:1] == "n" and w[1:2] in "'’" and w.split()[0].endswith("t") else r"(?<![\p{L}\p{N}\-_/])"
        tail = "" if w[-1:] in "'’" else r"(?![\p{L}\p{N}])"
        alts.append(f"{lead}{body}{tail}")
    # Simple case folding (V0): compiles twenty times faster than full folding, and these words need none.
    return regex.compile("|".join(alts), regex.IGNORECASE | regex.V0)


_NUM = r"[-−]?(?:\d{1,3}(?:[,.  ’'](?=\d{3}(?!\d))\d{3})+|\d+)(?:[.,]\d+)?"
_WB = r"(?<![\p{L}\p{N}\-_/])"  # a number or word starts here, not inside a word
_WE = r"(?![\p{L}\p{N}])"


def _compile(lex: Lexicon) -> dict[str, regex.Pattern[str]]:
    f = regex.V1
    scale = rf"(?:[ \u00a0]?{_alternation(list(lex.scales), 'i')}{_WE})?" if lex.scales else ""
    num_words = _alternation(list(lex.numbers), "i") if lex.numbers else r"(?!)"
    number = rf"(?:{_NUM}|{num_words})"
    cur_sym = _alternation(list(lex.currencies))
    cur_word = _alternation(list(lex.currency_words), "i") if lex.currency_words else r"(?!)"
    units = _alternation(list(lex.units))
    unit_words = _alternation(list(lex.unit_words), "i") if lex.unit_words else r"(?!)"
    percent = _alternation(list(lex.percent), "i") if lex.percent else r"(?!)"
    month_names = [n for names in lex.months for n in names]
    month = rf"{_alternation(month_names, 'i')}\.?" if month_names else r"(?!)"
    return {
        "url": urls.URL_RE,
        "email": urls.EMAIL_RE,
        "citation": regex.compile(
            r"\[\d+(?:\s*[,–\-]\s*\d+)*\]|\[\^[^\]\s]+\]|\[@[^\]]+\]|\b(?:doi:|arXiv:)\S+[^\s.,;]"
            r"|\((?:see\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+(?:et\s+al\.|and|&|und|et|y)(?:\s+\p{Lu}[\p{L}'’\-]+)?)?,?\s+"
            r"\d{4}[a-z]?(?:[,:;]\s*(?:p+\.\s*)?\d+(?:[–\-]\d+)?)?\)", f),
        "quotation": regex.compile(r"“([^”\n]{3,}?)”|\"([^\"\n]{3,}?)\"|„([^“”\n]{3,}?)[“”]|«\s?([^»\n]{3,}?)\s?»", f),
        "date": regex.compile(
            rf"(?P<iso>\b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b)"
            rf"|(?P<numeric>\b\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})\b)"
            rf"|(?P<md>{_WB}{month}\s+\d{{1,2}}(?:st|nd|rd|th)?{_WE}(?:,?\s+\d{{4}}{_WE})?)"
            rf"|(?P<dm>{_WB}\d{{1,2}}(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?{month}{_WE}(?:\s+(?:de\s+|del\s+)?\d{{4}}{_WE})?)"
            rf"|(?P<my>{_WB}{month}\s+(?:de\s+)?\d{{4}}{_WE})"
            rf"|(?P<time>{_WB}(?:[01]?\d|2[0-3])(?::|h)[0-5]\d(?:\s?(?:am|pm|a\.m\.|p\.m\.))?{_WE})"
            rf"|(?P<year>{_WB}(?:1[5-9]\d\d|20\d\d|2100){_WE}(?![.,]\d))", f | regex.IGNORECASE),
        "amount": regex.compile(
            rf"{cur_sym}\s?{_NUM}{scale}"
            rf"|{_WB}{number}{scale}\s?(?:(?:de|d['’])\s?)?(?:{cur_sym}|{cur_word}){_WE}", f),
        "percentage": regex.compile(rf"{_WB}{number}\s?(?:%|{percent}{_WE})", f),
        "unit": regex.compile(rf"{_WB}{number}{scale}[ \u00a0]?(?:{units}|{unit_words}){_WE}", f),
        "number": regex.compile(rf"{_WB}{number}{scale}{_WE}", f),
        "negation": _word_list_regex(lex.negations),
        "litotes": _word_list_regex(lex.litotes),
        "conditional": _word_list_regex(lex.conditionals),
        "modal": _word_list_regex(tuple(lex.modals)),
        "name": regex.compile(
            r"(?<![\p{L}\p{N}'’\-])(?:(?:Dr|Mr|Mrs|Ms|Prof|St|Sr|Jr)\.[ \u00a0])?"
            r"(?:\p{Lu}[\p{L}\p{M}\p{N}'’\-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}\-]*)"
            r"(?:[ \u00a0](?:(?:de|del|della|der|van|von|da|du|of|the|la|le|di|al|bin|ibn)[ \u00a0]){0,2}"
            r"\p{Lu}[\p{L}\p{M}\p{N}'’\-]*)*", f),
        "month": regex.compile(month, f),
    }


_cache: dict[str, Lexicon] = {}
_lock = threading.Lock()


def lexicon_dir() -> Path:
    return paths.resource("fidelity")


def lexicon(language: str) -> Lexicon:
    """The fidelity lexicon for a language, with the shared units and currencies."""
    lang = base(language) if language and language != "und" else "und"
    with _lock:
        if lang in _cache:
            return _cache[lang]
        common = _load(lexicon_dir() / "common.toml", "common")
        path = lexicon_dir() / f"{lang}.toml"
        own = _load(path, lang) if path.is_file() else {}
        lex = Lexicon(
            lang,
            negations=tuple(own.get("negations", ())),
            litotes=tuple(own.get("litotes", ())),
            conditionals=tuple(own.get("conditionals", ())),
            modals={k: int(v) for k, v in own.get("modals", {}).items()},
            numbers={k: float(v) for k, v in own.get("numbers", {}).items()},
            scales={k: float(v) for k, v in own.get("scales", {}).items()},
            percent=tuple(own.get("percent", ())),
            units=dict(common.get("units", {})),
            unit_words=dict(own.get("unit_words", {})),
            currencies=dict(common.get("currencies", {})),
            currency_words=dict(own.get("currency_words", {})),
            months=tuple(tuple(m) for m in own.get("months", {}).get("names", ())),
            function_words=frozenset(w.lower() for w in own.get("function_words", ())),
        )
        lex.patterns.update(_compile(lex))
        _cache[lang] = lex
        return lex


def languages() -> list[str]:
    return sorted(p.stem for p in lexicon_dir().glob("*.toml") if p.stem != "common")


# ----------------------------------------------------------------------------- values

def number_value(text: str, lex: Lexicon) -> float | None:
    """``"1,000"``, ``"1.000"``, ``"3,5"``, ``"three"`` -> numbers; None if it is not one."""
    s = regex.sub(r"\s+", " ", text.strip()).replace("−", "-")
    scale = 1.0
    for word, factor in sorted(lex.scales.items(), key=lambda kv: -len(kv[0])):
        m = regex.search(rf"[ \u00a0]?{regex.escape(word)}$", s, regex.IGNORECASE)
        if m and m.start() > 0:
            s, scale = s[:m.start()].strip(), factor
            break
    word = lex.numbers.get(s.lower()) if s else None
    if word is None:
        word = next((v for k, v in lex.numbers.items() if k.lower() == s.lower()), None)
    if word is not None:
        return word * scale
    digits = regex.sub(r"[  ’']", "", s)
    if regex.fullmatch(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
        digits = digits.replace(",", "")
    elif regex.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", digits):
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", ".")
    try:
        return float(digits) * scale
    except ValueError:
        return None


def _month_number(text: str, lex: Lexicon) -> int | None:
    t = text.lower().rstrip(".")
    for i, names in enumerate(lex.months):
        if t in names:
            return i + 1
    return None


def _date_value(m: regex.Match[str], lex: Lexicon) -> tuple:
    text = m.group()
    if m.group("iso"):
        y, mo, d = (int(x) for x in text.split("-"))
        return ("date", y, mo, d)
    if m.group("numeric"):
        return ("date-numeric", *(int(x) for x in regex.split(r"[./]", text)))
    if m.group("time"):
        digits = regex.findall(r"\d+", text)
        hour = int(digits[0]) + (12 if regex.search(r"p\.?m", text, regex.I) and int(digits[0]) < 12 else 0)
        return ("time", hour, int(digits[1]))
    if m.group("year"):
        return ("date", int(text), None, None)
    month_match = lex.patterns["month"].search(text)
    month = _month_number(month_match.group(), lex) if month_match else None
    numbers = [int(x) for x in regex.findall(r"\d+", text)]
    year = next((n for n in numbers if n >= 1000), None)
    day = next((n for n in numbers if n < 100), None)
    return ("date", year, month, day)


def _amount_value(text: str, lex: Lexicon) -> tuple:
    currency = next((iso for sym, iso in sorted(lex.currencies.items(), key=lambda kv: -len(kv[0])) if sym in text),
                    None)
    if currency is None:
        currency = next((iso for w, iso in lex.currency_words.items()
                         if regex.search(rf"(?i){_WB}{regex.escape(w)}{_WE}", text)), "?")
    num = regex.search(rf"{_NUM}(?:[ \u00a0]?\p{{L}}+\.?)?", text)
    number_text = num.group() if num else text
    value = number_value(number_text, lex)
    if value is None and num:
        value = number_value(regex.match(_NUM, number_text).group(), lex)
    return (currency, value)


def _quantity_value(text: str, lex: Lexicon, tail: dict[str, str], words: dict[str, str]) -> tuple:
    for sym, canon in sorted(tail.items(), key=lambda kv: -len(kv[0])):
        # "12 km", "5kg": the symbol follows the number, not the end of a word ("hours").
        if text.endswith(sym) and regex.search(r"[\p{N}\s]$", text[:-len(sym)]):
            return (canon, number_value(text[:-len(sym)], lex))
    low = text.lower()
    for word, canon in sorted(words.items(), key=lambda kv: -len(kv[0])):
        if low.endswith(word.lower()):
            return (canon, number_value(text[:-len(word)], lex))
    return ("?", number_value(text, lex))


def _normalise_quote(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


# ----------------------------------------------------------------------------- extraction

_DIGIT_RE = regex.compile(r"\d")
_MARKED_NAME_RE = regex.compile(r"\p{Lu}.*\p{Lu}|\p{N}|^\p{Ll}")
_SENTENCE_LEAD_RE = regex.compile(r"(?:^|[.!?…:;]|\n)[\s\"“„«'‘(\[*_#>\-+¡¿\p{So}\p{Sk}\p{Cf}\p{Mn}]*(?:\d+[.)][ \t]+)?$")


def _starts_sentence(text: str, pos: int) -> bool:
    return bool(_SENTENCE_LEAD_RE.search(text[max(0, pos - 12):pos]) if pos > 12
                else _SENTENCE_LEAD_RE.search(text[:pos]))


def _name_span(text: str, m: regex.Match[str], lex: Lexicon) -> tuple[int, int] | None:
    """The part of a run of capitalised words that is a name, or None."""
    start, end = m.span()
    words = m.group().split()
    if len(words) > 1 and words[0].lower() in lex.function_words and _starts_sentence(text, start):
        start = text.index(words[1], start + len(words[0]))  # "The Bank of England" -> "Bank of England"
        words = words[1:]
    return (start, end) if _is_name(text, start, words, lex.language) else None


def _is_name(text: str, start: int, words: list[str], lang: str) -> bool:
    first = words[0]
    if first in ("I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll", "I'd", "I’d") and len(words) == 1:
        return False
    marked = any(_MARKED_NAME_RE.search(w) for w in words)  # GmbH, GPT-4, iPhone, NASA
    if lang == "de":
        return len(words) > 1 or marked
    if len(words) > 1 or marked:
        return True
    return not _starts_sentence(text, start)


def extract(text: str, language: str) -> list[Fact]:
    """Facts in ``text`` (one language), sorted by position; quotations may contain other facts."""
    lex = lexicon(language)
    p = lex.patterns
    taken: list[tuple[int, int]] = [(s.start, s.end) for s in markdown.structure_spans(text)
                                    if s.kind in (markdown.CODE, markdown.CODE_BLOCK)]
    facts: list[Fact] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def add(kind: str, m: regex.Match[str], value: Any) -> None:
        facts.append(Fact(kind, m.start(), m.end(), m.group(), value))
        taken.append(m.span())

    for kind in (URL, EMAIL, CITATION):
        for m in p[kind].finditer(text):
            if free(*m.span()):
                value = m.group().rstrip("/").lower() if kind in (URL, EMAIL) else " ".join(m.group().split())
                add(kind, m, value)
    # Every date has a digit; most prose paragraphs have none, and the date pattern is the slowest.
    for m in p["date"].finditer(text) if _DIGIT_RE.search(text) else ():
        if free(*m.span()):
            add(DATE, m, _date_value(m, lex))
    for m in p["amount"].finditer(text):
        if free(*m.span()):
            add(AMOUNT, m, _amount_value(m.group(), lex))
    for m in p["percentage"].finditer(text):
        if free(*m.span()):
            number = regex.sub(r"\s?(?:%|" + "|".join(regex.escape(w) for w in lex.percent) + r")$", "",
                               m.group(), flags=regex.I) if lex.percent else m.group().rstrip("% \u00a0")
            add(PERCENTAGE, m, ("%", number_value(number.rstrip("% \u00a0"), lex)))
    for m in p["unit"].finditer(text):
        if free(*m.span()):
            add(UNIT, m, _quantity_value(m.group(), lex, lex.units, lex.unit_words))
    for m in p["number"].finditer(text):
        if free(*m.span()):
            value = number_value(m.group(), lex)
            if value is not None:
                add(NUMBER, m, value)
    for m in p["name"].finditer(text):
        span = _name_span(text, m, lex) if free(*m.span()) else None
        if span:
            name = text[span[0]:span[1]]
            facts.append(Fact(NAME, span[0], span[1], name, " ".join(name.split())))
            taken.append(span)
    for m in p["quotation"].finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if len(inner.split()) >= 2:
            facts.append(Fact(QUOTATION, m.start(), m.end(), m.group(), _normalise_quote(inner)))
    return sorted(facts, key=lambda f: (f.start, f.end))


def dates(text: str, language: str) -> list[Fact]:
    """Only the dates and times in ``text``, without the Markdown pass of ``extract``.

    For checks that compare many short texts in two languages (translation
    QA): numeric dates keep their three numbers in writing order
    (``("date-numeric", a, b, c)``); the caller knows the locale's order.
    """
    lex = lexicon(language)
    if not any(c.isdigit() for c in text):
        return []  # every date and time has a digit
    pattern = _fast_dates.get(lex.language)
    if pattern is None:
        # The same pattern with simple case folding: 5x faster, and month names need no full folding.
        pattern = _fast_dates[lex.language] = regex.compile(lex.patterns["date"].pattern,
                                                            regex.V0 | regex.IGNORECASE)
    return [Fact(DATE, m.start(), m.end(), m.group(), _date_value(m, lex)) for m in pattern.finditer(text)]


_fast_dates: dict[str, regex.Pattern[str]] = {}


def words_matching(pattern_name: str, text: str, language: str) -> list[tuple[int, int, str]]:
    """Negation or modal words in ``text``: ``(start, end, word)``.

    Negations inside a litotes ("not without its challenges") cancel out and
    are not counted: rewriting it as "has its challenges" keeps the meaning.
    """
    patterns = lexicon(language).patterns
    found = [(m.start(), m.end(), m.group()) for m in patterns[pattern_name].finditer(text)]
    if pattern_name == "negation" and found:
        spans = [m.span() for m in patterns["litotes"].finditer(text)]
        found = [w for w in found if not any(s <= w[0] and w[1] <= e for s, e in spans)]
    return found


_CLAUSE_START_RE = regex.compile(r"(?:^|[.!?…;:,(\n—–])[\s\"'“‘«„(*_]*$")
_SENTENCE_STOP_RE = regex.compile(r"[.!?…\n]")


def conditional_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of conditionals that open with a modal word ("Should you have any questions, ...").

    Only at the start of a sentence or clause, and not in a question ("Should
    we wait?" asks about an obligation): the modal word in them expresses no
    obligation, so "Should you ..." -> "If you ..." changes no modal.
    """
    spans = []
    for m in lexicon(language).patterns["conditional"].finditer(text):
        if not _CLAUSE_START_RE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        stop = _SENTENCE_STOP_RE.search(text, m.end())
        if stop is not None and stop.group() == "?":
            continue
        spans.append(m.span())
    return spans


def modal_strength(word: str, language: str) -> int:
    modals = lexicon(language).modals
    key = " ".join(word.lower().split())
    return modals.get(key) or next((v for k, v in modals.items() if k.lower() == key), 0)
