"""The tone lexicons: loading and validating ``resources/tone/<language>.toml``.

One file per language lists the words and phrases that mark a text's
register (``[formality]``), its sentiment (``[sentiment]``; growth, ``rising``, is
bad news after one of the ``costs``, and decline, ``falling``, good news), warmth
(``[warmth]``: gratitude, apology, care), bluntness (``[curtness]``: curt
words, the verbs of a blunt order, the softeners that make an order a
request) and the words that change a sentiment word's weight
(``[modifiers]``: negations, intensifiers, downtoners).

Entries match case-insensitively as whole words; an entry ending in ``*``
matches any ending. A person extends a list with a file of the same shape
in ``<data dir>/tone/<language>.toml``: its lists are added to the bundled
ones, its numbers replace them. A broken bundled file raises
``ToneDataError`` naming the file and the key (the tests load every one); a
broken user file is left out and logged, never stopping the checks.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from humanize_desktop import paths
from humanize_desktop.core import segmentation
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.checks.tone.wordlist import WithPatterns, WordList
from humanize_desktop.core.textio import read_toml

log = logging.getLogger(__name__)

#: Every table and the keys it holds: lists of entries, or (for the named ones) numbers.
LISTS = {
    "formality": ("formal", "informal", "informal_patterns", "case_sensitive_formal"),
    "sentiment": ("positive", "negative", "neutral", "rising", "falling", "costs"),
    "warmth": ("gratitude", "apology", "care"),
    "curtness": ("words", "not_curt", "imperatives", "imperative_lead", "softeners"),
    "modifiers": ("negations", "intensifiers", "downtoners"),
}
NUMBERS = {("formality", "long_word"), ("curtness", "short_sentence"), ("modifiers", "negation_scope")}
_PATTERN_KEYS = {("formality", "informal_patterns")}

_START = r"(?<![\p{L}\p{N}])"
_END = r"(?![\p{L}\p{N}])"


class ToneDataError(HumanizeError):
    """A tone lexicon is malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Lexicon:
    """One language's tone data, compiled for matching."""

    language: str
    formal: WordList | None
    informal: WordList | WithPatterns | None  # with the informal_patterns, if any
    formal_exact: WordList | None  # case-sensitive forms ("Sie"), never at a sentence start
    long_word: int
    positive: WordList | None
    negative: WordList | None
    neutral: WordList | None  # set phrases whose sentiment word means nothing ("any problems")
    rising: WordList | None  # words of growth: positive, except after a ``costs`` word
    falling: WordList | None  # words of decline: good news next to a ``costs`` word
    costs: WordList | None  # things whose growth is bad news (costs, complaints)
    gratitude: WordList | None
    apology: WordList | None
    care: WordList | None
    curt: WordList | None
    not_curt: WordList | None  # phrases with a curt-looking word that are not curt ("from now on")
    order: regex.Pattern[str] | None  # a sentence that opens with the verb of an order
    softener: WordList | None
    short_sentence: int
    negations: frozenset[str]
    negation_scope: int
    intensifiers: tuple[str, ...]
    downtoners: tuple[str, ...]
    abbreviations: tuple[str, ...] = ()  # "Ms.", "z. B.": a full stop that ends no sentence


def _entry(text: str) -> str:
    """One entry as a regex (for the pattern of an order's opening verb): spaces match any blank, apostrophes either kind, ``*`` any ending."""
    prefix = text.endswith("*")
    body = text[:-1] if prefix else text
    source = segmentation.phrase_pattern(body)
    if prefix:
        return source + r"\p{L}*" + _END
    return source + (_END if body[-1:].isalnum() else "")


def word_list(entries: list[str], case_sensitive: bool = False) -> WordList | None:
    """The entries as a ``WordList`` (matched as whole words), or None for an empty list."""
    return WordList(entries, case_sensitive) if entries else None


def _need(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise ToneDataError(f"{where} {what}")


def parse(raw: dict[str, Any], name: str, language: str) -> Lexicon:
    """Validate one decoded lexicon file and compile it."""
    extra = set(raw) - {"language", "abbreviations", *LISTS}
    _need(not extra, name, f"has unknown keys: {', '.join(sorted(extra))}")
    _need(raw.get("language") == language, name, f"must say language = \"{language}\"")
    values: dict[tuple[str, str], Any] = {}
    for table, keys in LISTS.items():
        section = raw.get(table, {})
        _need(isinstance(section, dict), name, f"[{table}] must be a table")
        allowed = set(keys) | {k for t, k in NUMBERS if t == table}
        unknown = set(section) - allowed
        _need(not unknown, f"{name}: [{table}]", f"has unknown keys: {', '.join(sorted(unknown))}")
        for key in keys:
            entries = section.get(key, [])
            where = f"{name}: {table}.{key}"
            _need(isinstance(entries, list) and all(isinstance(e, str) and e.strip() == e and e for e in entries),
                  where, "must be a list of words or phrases without outer spaces")
            if (table, key) not in _PATTERN_KEYS:
                _need(all(regex.match(r"[\p{L}\p{N}]", e) for e in entries), where,
                      "must hold words that start with a letter or digit")
            else:
                for e in entries:
                    try:
                        regex.compile(e, regex.V1)
                    except regex.error as exc:
                        raise ToneDataError(f"{where}: {e!r} is not a valid regex ({exc})") from None
            values[(table, key)] = entries
    for table, key in NUMBERS:
        n = raw.get(table, {}).get(key)
        _need(isinstance(n, int) and not isinstance(n, bool) and n > 0, f"{name}: {table}.{key}",
              "must be a whole number above 0")
        values[(table, key)] = n
    abbreviations = raw.get("abbreviations", [])
    _need(isinstance(abbreviations, list) and all(isinstance(a, str) and a.endswith(".") for a in abbreviations),
          name, "abbreviations must be a list of words ending in a full stop")
    _need(bool(values[("sentiment", "positive")]) and bool(values[("sentiment", "negative")]), name,
          "needs [sentiment] positive and negative words")
    v = values.get
    patterns = v(("formality", "informal_patterns"))
    informal: WordList | WithPatterns | None = word_list(v(("formality", "informal")))
    if patterns:  # contractions and the like are matched after the informal words, as one alternation
        informal = WithPatterns(informal, regex.compile("|".join(f"(?:{p})" for p in patterns),
                                                         regex.V1 | regex.IGNORECASE))
    lead = v(("curtness", "imperative_lead"))
    verbs = v(("curtness", "imperatives"))
    order = None
    if verbs:
        lead_src = f"(?:(?:{'|'.join(_entry(w) for w in lead)})\\W+)*" if lead else ""
        order = regex.compile(rf"^\W*{lead_src}(?:{'|'.join(_entry(w) for w in verbs)})" + _END,
                              regex.V1 | regex.IGNORECASE)
    return Lexicon(
        language=language,
        formal=word_list(v(("formality", "formal"))),
        informal=informal,
        formal_exact=word_list(v(("formality", "case_sensitive_formal")), case_sensitive=True),
        long_word=v(("formality", "long_word")),
        positive=word_list(v(("sentiment", "positive")) + v(("sentiment", "rising"))),
        negative=word_list(v(("sentiment", "negative"))),
        neutral=word_list(v(("sentiment", "neutral"))),
        rising=word_list(v(("sentiment", "rising"))),
        falling=word_list(v(("sentiment", "falling"))),
        costs=word_list(v(("sentiment", "costs"))),
        gratitude=word_list(v(("warmth", "gratitude"))),
        apology=word_list(v(("warmth", "apology"))),
        care=word_list(v(("warmth", "care"))),
        curt=word_list(v(("curtness", "words"))),
        not_curt=word_list(v(("curtness", "not_curt"))),
        order=order,
        softener=word_list(v(("curtness", "softeners"))),
        short_sentence=v(("curtness", "short_sentence")),
        negations=frozenset(w.lower().replace("’", "'") for w in v(("modifiers", "negations"))),
        negation_scope=v(("modifiers", "negation_scope")),
        intensifiers=tuple(w.lower() for w in v(("modifiers", "intensifiers"))),
        downtoners=tuple(w.lower() for w in v(("modifiers", "downtoners"))),
        abbreviations=tuple(a.lower() for a in abbreviations),
    )


def read(path: Path) -> dict[str, Any]:
    return read_toml(path, ToneDataError)


def merge(bundled: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """``user`` laid over ``bundled``: tables merge, lists add up, other values replace."""
    out = dict(bundled)
    for key, value in user.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = [*old, *value]
        else:
            out[key] = value
    return out


def bundled_dir() -> Path:
    return paths.resource("tone")


def user_path(language: str) -> Path:
    return paths.dirs().data / "tone" / f"{base(language)}.toml"


def languages() -> list[str]:
    """Languages with a bundled tone lexicon."""
    return sorted(p.stem for p in bundled_dir().glob("*.toml"))


_cache: dict[str, tuple[tuple, Lexicon | None]] = {}
_lock = threading.Lock()


def _stamp(path: Path) -> tuple:
    try:
        st = path.stat()
    except OSError:
        return (str(path), None)
    return (str(path), st.st_mtime_ns, st.st_size)


def lexicon_for(language: str) -> Lexicon | None:
    """The tone lexicon of ``language`` ("de", "de_CH"), or None when there is none."""
    lang = base(language)
    path = bundled_dir() / f"{lang}.toml"
    own = user_path(lang)
    stamp = _stamp(own)
    with _lock:
        hit = _cache.get(lang)
        if hit is not None and hit[0] == stamp:
            return hit[1]
    result = None
    if path.is_file():
        bundled = read(path)
        result = parse(bundled, str(path), lang)
        if own.is_file():
            try:
                result = parse(merge(bundled, read(own)), f"{own} (merged with the bundled lexicon)", lang)
            except ToneDataError as exc:
                log.warning("ignoring %s: %s", own, exc)
    with _lock:
        _cache[lang] = (stamp, result)
    return result


def clear_cache() -> None:
    with _lock:
        _cache.clear()
