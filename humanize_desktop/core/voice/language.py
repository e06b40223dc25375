"""The per-language word lists a voice is measured and steered by (``resources/voice/<lang>.toml``).

``voice_data(language)`` loads and checks one language's file: pronouns of
the first and second person, what counts as a contraction, the written-out
forms the voice rules may contract (and back), where sentences may be split
or joined, transitions that open sentences, and British/American spelling
pairs. A language without a file gets ``VoiceData()``: nothing to count and
nothing to change, so the measures that need words (contractions, person,
spelling) read zero and only the language-free ones (sentence length,
punctuation) steer.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from humanize_desktop import paths
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.errors import HumanizeError

log = logging.getLogger(__name__)


class VoiceDataProblem(HumanizeError):
    """A voice data file is malformed (a bug in the installation)."""


def normalise(word: str) -> str:
    """A word as the data lists it: lower case, straight apostrophe."""
    return word.replace("’", "'").casefold()


@dataclass(frozen=True)
class VoiceData:
    language: str = ""
    first_person: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    contraction_suffixes: tuple[str, ...] = ()
    contraction_words: frozenset[str] = frozenset()
    negations: dict[str, str] = field(default_factory=dict)  # "do not" -> "don't"
    before_word: dict[str, str] = field(default_factory=dict)  # "it is" -> "it's", before a word only
    not_before: frozenset[str] = frozenset()
    before_participle: dict[str, str] = field(default_factory=dict)  # "we have" -> "we've", before "been"
    participles: frozenset[str] = frozenset()
    participle_ending: str = ""  # a regular past participle ends so ("shipped")
    not_participles: frozenset[str] = frozenset()  # ... but these do not: "red", "need"
    expansions: dict[str, str] = field(default_factory=dict)  # "don't" -> "do not"
    expansions_before_word: dict[str, str] = field(default_factory=dict)  # "it's" -> "it is", not "it's been"
    split_after_comma: dict[str, str] = field(default_factory=dict)  # "and" -> "" (dropped), "but" -> "But"
    split_any_word: frozenset[str] = frozenset()  # conjunctions after which any word may start the sentence
    split_not_before: frozenset[str] = frozenset()  # ... but not these: "so that", "but also"
    split_relative: dict[str, str] = field(default_factory=dict)  # "which" -> "This"
    relative_verb_ending: str = ""
    join_with_semicolon: frozenset[str] = frozenset()  # openers a semicolon may take in ("however")
    join_with: str = ""
    join_conjunctions: frozenset[str] = frozenset()  # "But we ..." runs on as ", but we ..."
    join_relative: dict[str, str] = field(default_factory=dict)  # "This means" -> ", which means"
    relative_verbs: frozenset[str] = frozenset()  # ... before these verbs only
    join_openers: frozenset[str] = frozenset()  # "In 1943, the ..." -> ", and in 1943, the ..."
    requests: frozenset[str] = frozenset()  # a sentence with one of these is a request: no ", and" after it
    clause_starters: frozenset[str] = frozenset()
    keep_capital: frozenset[str] = frozenset()
    transitions: tuple[str, ...] = ()  # longest first
    british: dict[str, str] = field(default_factory=dict)  # "colour" -> "color"
    american: dict[str, str] = field(default_factory=dict)  # "color" -> "colour"

    def is_participle(self, word: str) -> bool:
        """``word`` (normalised) reads as a past participle: "been", "shipped" (not "red")."""
        if word in self.participles:
            return True
        ending = self.participle_ending
        return bool(ending) and word.endswith(ending) and len(word) > len(ending) + 1 \
            and word not in self.not_participles

    def is_contraction(self, word: str) -> bool:
        w = normalise(word)
        return w in self.contraction_words or any(w.endswith(s) and len(w) > len(s) for s in self.contraction_suffixes)


def _words(raw: Any, where: str) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
        raise VoiceDataProblem(f"{where} must be a list of words.")
    return frozenset(normalise(w) for w in raw)


def _pairs(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise VoiceDataProblem(f"{where} must map words to words.")
    return {normalise(k): v for k, v in raw.items()}


def _parse(data: dict[str, Any], path: Path, lang: str) -> VoiceData:
    if not isinstance(data.get("version"), int):
        raise VoiceDataProblem(f"{path}: 'version' must be a whole number.")
    person = data.get("person", {})
    contractions = data.get("contractions", {})
    sentences = data.get("sentences", {})
    pairs = data.get("spelling", {}).get("pairs", [])
    if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
        raise VoiceDataProblem(f"{path}: [spelling] pairs must be [british, american] pairs.")
    transitions = _words(data.get("openers", {}).get("transitions", []), f"{path}: [openers] transitions")
    raw_expansions = dict(data.get("expansions", {}))
    expansions_before_word = _pairs(raw_expansions.pop("before_word", {}), f"{path}: [expansions.before_word]")
    expansions = _pairs(raw_expansions, f"{path}: [expansions]")
    voice = VoiceData(
        language=lang,
        first_person=_words(person.get("first", []), f"{path}: [person] first"),
        second_person=_words(person.get("second", []), f"{path}: [person] second"),
        contraction_suffixes=tuple(sorted(_words(contractions.get("suffixes", []), f"{path}: suffixes"))),
        contraction_words=_words(contractions.get("words", []), f"{path}: [contractions] words"),
        negations=_pairs(contractions.get("negations", {}), f"{path}: [contractions.negations]"),
        before_word=_pairs(contractions.get("before_word", {}), f"{path}: [contractions.before_word]"),
        not_before=_words(contractions.get("rules", {}).get("not_before", []), f"{path}: not_before"),
        before_participle=_pairs(contractions.get("before_participle", {}), f"{path}: before_participle"),
        participles=_words(contractions.get("rules", {}).get("participles", []), f"{path}: participles"),
        participle_ending=str(contractions.get("rules", {}).get("participle_ending", "")),
        not_participles=_words(contractions.get("rules", {}).get("not_participles", []), f"{path}: not_participles"),
        expansions=expansions,
        expansions_before_word=expansions_before_word,
        split_after_comma=_pairs(sentences.get("split_after_comma", {}), f"{path}: split_after_comma"),
        split_any_word=_words(sentences.get("split_any_word", []), f"{path}: split_any_word"),
        split_not_before=_words(sentences.get("split_not_before", []), f"{path}: split_not_before"),
        split_relative=_pairs(sentences.get("split_relative", {}), f"{path}: split_relative"),
        relative_verb_ending=str(sentences.get("relative_verb_ending", "")),
        join_with_semicolon=_words(sentences.get("join_with_semicolon", []), f"{path}: join_with_semicolon"),
        join_with=str(sentences.get("join_with", "")),
        join_conjunctions=_words(sentences.get("join_conjunctions", []), f"{path}: join_conjunctions"),
        join_relative=_pairs(sentences.get("join_relative", {}), f"{path}: join_relative"),
        relative_verbs=_words(sentences.get("relative_verbs", []), f"{path}: relative_verbs"),
        join_openers=_words(sentences.get("join_openers", []), f"{path}: join_openers"),
        requests=_words(sentences.get("requests", []), f"{path}: requests"),
        clause_starters=_words(sentences.get("clause_starters", []), f"{path}: clause_starters"),
        keep_capital=_words(sentences.get("keep_capital", []), f"{path}: keep_capital"),
        transitions=tuple(sorted(transitions, key=lambda t: (-len(t.split()), t))),
        british={normalise(b): a for b, a in pairs}, american={normalise(a): b for b, a in pairs})
    # A contraction the rules write must count as one when measured, or the measure and the rule disagree.
    for made in (*voice.negations.values(), *voice.before_word.values(), *voice.before_participle.values()):
        if not voice.is_contraction(made):
            raise VoiceDataProblem(f"{path}: {made!r} is written by a rule but not counted as a contraction.")
    for word in (*expansions, *expansions_before_word):
        if not voice.is_contraction(word):
            raise VoiceDataProblem(f"{path}: [expansions] {word!r} is not counted as a contraction.")
    return voice


def data_dir() -> Path:
    return paths.resource("voice")


@lru_cache(maxsize=8)
def voice_data(language: str) -> VoiceData:
    """The checked voice data for ``language`` (a code like "en-GB"); empty where there is no file."""
    lang = base(language) if language else ""
    path = data_dir() / f"{lang}.toml"
    if not lang or not path.is_file():
        return VoiceData(language=lang)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VoiceDataProblem(f"The voice data file {path} cannot be read: {exc}.") from None
    return _parse(data, path, lang)


def languages() -> list[str]:
    return sorted(p.stem for p in data_dir().glob("*.toml"))
