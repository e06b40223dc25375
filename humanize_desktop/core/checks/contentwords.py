"""Content words with crude stems, per language: what the sentence drift check compares.

``words(text, start, end, lexicon)`` lists the words of a stretch of text as
``Word`` records: the span, the word in lower case with its clitic or
elision cut off ("we're" -> "we", "l'équipe" -> "équipe"), a crude stem,
and whether it carries content (not an article, pronoun, preposition,
auxiliary, conjunction or light verb). Hyphenated words count as their parts
("follow-up" -> "follow", "up"). Numbers, URLs and e-mail addresses are no
content words here: the fidelity flags own those facts.

Stems are deliberately crude: accents folded, an irregular form looked up,
then the first listed suffix cut off while ``min_stem`` letters remain.
``same_stem`` also accepts stems that share all but their last letter
("decis"/"decid"), which joins "decision" and "decided".

The data (function words, suffixes, irregular forms, pronouns and their
person, quantifiers, passive markers) lives in ``resources/drift/<lang>.toml``
and is validated when loaded; a malformed file raises ``DriftLexiconError``.
"""

from __future__ import annotations

import threading
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import regex

from humanize_desktop import paths
from humanize_desktop.core import segmentation, urls
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.errors import HumanizeError

PERSONS = ("1s", "1p", "2", "3s", "3p")
SCOPES = ("all", "most", "many", "some", "few", "none")


class DriftLexiconError(HumanizeError):
    """A drift data file is malformed; the message names the file and key."""


@dataclass(frozen=True)
class WordLexicon:
    language: str
    min_stem: int = 3
    function_words: frozenset[str] = frozenset()  # folded
    suffixes: tuple[str, ...] = ()  # folded, longest first
    irregular: dict[str, str] = field(default_factory=dict)  # folded form -> folded stem source
    clitics: tuple[str, ...] = ()
    elisions: tuple[str, ...] = ()
    passive_markers: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()  # single words only; phrases start with one of them
    lead_ins: frozenset[str] = frozenset()
    impersonal: frozenset[str] = frozenset()
    narrowing: frozenset[str] = frozenset()
    subject_pronouns: dict[str, str] = field(default_factory=dict)
    person_words: dict[str, str] = field(default_factory=dict)
    person_endings: dict[str, str] = field(default_factory=dict)  # folded ending -> person
    quantifiers: regex.Pattern[str] | None = field(default=None, compare=False)
    quantifier_scope: dict[str, str] = field(default_factory=dict)  # normalised phrase -> scope
    not_quantifiers: regex.Pattern[str] | None = field(default=None, compare=False)
    # word as written -> its parts as (start, end, Word fields...) relative to it; see ``words``
    _parts: dict[str, tuple] = field(default_factory=dict, init=False, compare=False, repr=False)


class Word(NamedTuple):
    start: int
    end: int
    lower: str  # lower case, apostrophes straightened, clitic or elision cut off
    stem: str
    content: bool
    capital: bool  # written with a capital letter


def fold(text: str) -> str:
    """Lower case without accents: the form stems are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# ----------------------------------------------------------------------------- loading

_LISTS = ("function_words", "suffixes", "clitics", "elisions", "passive_markers", "clause_words",
          "lead_ins", "impersonal", "narrowing", "not_quantifiers")
_TABLES = ("irregular", "subject_pronouns", "person_words", "quantifiers", "person_endings")


def _phrase_pattern(phrases: list[str]) -> regex.Pattern[str] | None:
    if not phrases:
        return None
    alts = [r"\s+".join(regex.escape(p) for p in phrase.split()) for phrase in
            sorted(phrases, key=len, reverse=True)]
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{'|'.join(alts)})(?![\p{{L}}\p{{N}}'’\-])",
                         regex.IGNORECASE | regex.V1)


def parse(data: dict, name: str, language: str) -> WordLexicon:
    """Validate the decoded TOML of one drift data file and build its lexicon."""
    def need(cond: bool, what: str) -> None:
        if not cond:
            raise DriftLexiconError(f"{name}: {what}")

    unknown = set(data) - {"language", "min_stem", *_LISTS, *_TABLES}
    need(not unknown, f"unknown keys: {', '.join(sorted(unknown))}")
    need(data.get("language") == language, f"must say language = \"{language}\"")
    min_stem = data.get("min_stem", 3)
    need(isinstance(min_stem, int) and not isinstance(min_stem, bool) and 2 <= min_stem <= 8,
         "min_stem must be a whole number from 2 to 8")
    for key in _LISTS:
        value = data.get(key, [])
        need(isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value),
             f"'{key}' must list non-empty strings")
    for key in _TABLES:
        value = data.get(key, {})
        need(isinstance(value, dict) and all(isinstance(v, str) and v.strip() for v in value.values()),
             f"[{key}] must map words to strings")
    for key in ("subject_pronouns", "person_words", "person_endings"):
        bad = next((k for k, v in data.get(key, {}).items() if v not in PERSONS), None)
        need(bad is None, f"{key}.{bad} must be one of {', '.join(PERSONS)}")
    bad = next((k for k, v in data.get("quantifiers", {}).items() if v not in SCOPES), None)
    need(bad is None, f"quantifiers.{bad} must be one of {', '.join(SCOPES)}")
    bad = next((s for s in data.get("narrowing", []) if s not in SCOPES), None)
    need(bad is None, f"narrowing lists '{bad}', which is no scope ({', '.join(SCOPES)})")
    quantifiers = data.get("quantifiers", {})
    return WordLexicon(
        language, min_stem,
        function_words=frozenset(fold(w) for w in data.get("function_words", [])),
        suffixes=tuple(sorted({fold(s) for s in data.get("suffixes", [])}, key=len, reverse=True)),
        irregular={fold(k): fold(v) for k, v in data.get("irregular", {}).items()},
        clitics=tuple(sorted((c.replace("’", "'").lower() for c in data.get("clitics", [])), key=len, reverse=True)),
        elisions=tuple(sorted((e.replace("’", "'").lower() for e in data.get("elisions", [])), key=len, reverse=True)),
        passive_markers=frozenset(w.lower() for w in data.get("passive_markers", [])),
        clause_words=frozenset(w.lower().split()[0] for w in data.get("clause_words", [])),
        lead_ins=frozenset(w.lower() for w in data.get("lead_ins", [])),
        impersonal=frozenset(w.lower() for w in data.get("impersonal", [])),
        narrowing=frozenset(data.get("narrowing", [])),
        subject_pronouns={k.lower(): v for k, v in data.get("subject_pronouns", {}).items()},
        person_words={k.lower(): v for k, v in data.get("person_words", {}).items()},
        person_endings={fold(k): v for k, v in data.get("person_endings", {}).items()},
        quantifiers=_phrase_pattern(list(quantifiers)),
        quantifier_scope={" ".join(k.lower().split()): v for k, v in quantifiers.items()},
        not_quantifiers=_phrase_pattern(data.get("not_quantifiers", [])),
    )


_cache: dict[str, WordLexicon | None] = {}
_lock = threading.Lock()


def lexicon_dir() -> Path:
    return paths.resource("drift")


def languages() -> list[str]:
    return sorted(p.stem for p in lexicon_dir().glob("*.toml"))


def lexicon(language: str) -> WordLexicon | None:
    """The drift lexicon of a language, or None when there is no data for it."""
    lang = base(language) if language else ""
    with _lock:
        if lang not in _cache:
            path = lexicon_dir() / f"{lang}.toml"
            if not lang or not path.is_file():
                _cache[lang] = None
            else:
                try:
                    data = tomllib.loads(path.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                    raise DriftLexiconError(f"{path} cannot be read as TOML ({exc})") from None
                _cache[lang] = parse(data, str(path), lang)
        return _cache[lang]


# ----------------------------------------------------------------------------- words and stems

_PART_RE = regex.compile(r"[^\-‐]+", regex.V1)


def stem(word: str, lex: WordLexicon) -> str:
    """A crude stem of one (folded) word."""
    w = fold(word)
    w = lex.irregular.get(w, w)
    for suffix in lex.suffixes:
        if w.endswith(suffix) and len(w) - len(suffix) >= lex.min_stem:
            w = w[:-len(suffix)]
            break
    if len(w) > lex.min_stem + 1 and w[-1] == w[-2] and w[-1].isalpha():
        w = w[:-1]  # "planned" -> "plann" -> "plan"
    return w


def same_stem(a: str, b: str) -> bool:
    """Equal stems, or stems of four letters or more that differ only in their last letter."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or len(long_) - len(short) > 3:
        return False
    common = 0
    for x, y in zip(short, long_):
        if x != y:
            break
        common += 1
    return common >= max(4, len(short) - 1)


class StemSet:
    """Stems to look words up in with ``same_stem``, indexed so a lookup is not a scan."""

    def __init__(self, stems: Iterable[str] = ()) -> None:
        self._exact: set[str] = set()
        self._by_prefix: dict[str, list[str]] = {}
        self._near: dict[str, bool] = {}  # answers for stems not in _exact; a paragraph asks the same ones often
        for s in stems:
            self.add(s)

    def add(self, stem_: str) -> None:
        if stem_ not in self._exact:
            self._exact.add(stem_)
            self._by_prefix.setdefault(stem_[:4], []).append(stem_)
            self._near.clear()

    def __contains__(self, stem_: object) -> bool:
        if stem_ in self._exact:
            return True
        if not isinstance(stem_, str):
            return False
        near = self._near.get(stem_)
        if near is None:
            # same_stem needs four letters in common at the start of both
            near = self._near[stem_] = any(same_stem(stem_, o) for o in self._by_prefix.get(stem_[:4], ()))
        return near


def _strip(word: str, lex: WordLexicon) -> tuple[int, int, str]:
    """Offsets (within ``word``) and lower-case text of a word without its clitic or elision."""
    low = word.lower().replace("’", "'")
    lead = next((len(e) for e in lex.elisions if low.startswith(e) and len(low) > len(e)), 0)
    tail = next((len(c) for c in lex.clitics if low.endswith(c) and len(low) - lead > len(c)), 0)
    return lead, len(word) - tail, low[lead:len(low) - tail]


_PARTS_KEPT = 200_000  # distinct words remembered per lexicon (a long book has far fewer)


def _word_parts(word: str, lex: WordLexicon) -> tuple:
    """``Word`` fields of the parts of one written word, offsets relative to it (``()``: none)."""
    parts = lex._parts.get(word)
    if parts is not None:
        return parts
    found = []
    if not (urls.URL_RE.fullmatch(word) or urls.EMAIL_RE.fullmatch(word)):
        for part in _PART_RE.finditer(word):
            lead, stop, low = _strip(part.group(), lex)
            if not low or not any(ch.isalpha() for ch in low):
                continue
            s, e = part.start() + lead, part.start() + stop
            folded = fold(low)
            content = folded not in lex.function_words and len(folded) > 1 \
                and not any(ch.isdigit() for ch in folded)
            found.append((s, e, low, stem(low, lex), content, word[s:s + 1].isupper()))
    if len(lex._parts) >= _PARTS_KEPT:
        lex._parts.clear()
    parts = lex._parts[word] = tuple(found)
    return parts


def words(text: str, lex: WordLexicon, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` (absolute offsets), hyphenated ones as their parts."""
    found = []
    for tok in segmentation.tokenize(text, start, end):
        if not tok.word:
            continue
        # Documents repeat their words: each written form is split, folded and stemmed once.
        w0 = tok.start + tok.text.index(tok.word)
        for s, e, low, stem_, content, capital in _word_parts(tok.word, lex):
            found.append(Word(w0 + s, w0 + e, low, stem_, content, capital))
    return found


def person_of_ending(word: str, lex: WordLexicon) -> str | None:
    """The person a verb ending shows (languages that drop subject pronouns), or None."""
    w = fold(word)
    for ending in sorted(lex.person_endings, key=len, reverse=True):
        if w.endswith(ending) and len(w) - len(ending) >= lex.min_stem:
            return lex.person_endings[ending]
    return None


def quantifier_scopes(text: str, lex: WordLexicon, start: int = 0, end: int | None = None
                      ) -> list[tuple[int, int, str, str]]:
    """``(start, end, phrase, scope)`` for each quantifier in ``text[start:end]``."""
    if lex.quantifiers is None:
        return []
    end = len(text) if end is None else end
    masked = [m.span() for m in lex.not_quantifiers.finditer(text, start, end)] if lex.not_quantifiers else []
    found = []
    for m in lex.quantifiers.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in masked):
            continue
        phrase = " ".join(m.group().lower().split())
        found.append((m.start(), m.end(), m.group(), lex.quantifier_scope[phrase]))
    return found
