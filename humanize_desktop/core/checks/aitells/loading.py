"""The AI-tell lexicon: loading and validating ``resources/aitells/<language>.toml``.

A lexicon file lists three kinds of entry, each a *rule* with a stable,
dotted name (``opener.moreover``, ``filler.important-to-note``) that the
humanizer plans by, a one-line English ``reason`` a person reads, and
examples the tests run (``fires``: sentences it must match, ``quiet``:
sentences it must not):

* ``[[phrases]]``: a phrase and its forms, matched case-insensitively as
  whole words, with the plainer ``alternatives`` the check offers and an
  optional deterministic ``fix`` (a string for every form, or a table of
  form -> fix; ``""`` deletes the phrase);
* ``[[patterns]]``: a regular expression, with the same fields;
* ``[[structures]]``: a habit found by a built-in detector (uniform sentence
  lengths, lists of three, repeated openers, long sentences, piled-up
  passives) whose thresholds are in ``[style]``.

A rule without a fix for some form names the model ``job`` that can do
what a rule cannot. ``[splice]`` holds the language's word-form data for
joining text after a fix (``a``/``an``, ``de``/``d'``, ``de el``/``del``).
Every file is validated on load; a broken one raises ``LexiconError``
naming the file and the entry.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import regex

from humanize_desktop import paths
from humanize_desktop.core import messages, segmentation
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.textio import read_toml

#: What a narrow model job can be asked to do with a sentence.
JOBS = ("rewrite-without", "split", "vary-opener", "simplify")
#: The built-in structure detectors a ``[[structures]]`` entry can name.
DETECTORS = ("uniform-length", "triplet", "repeated-opener", "long-sentence", "passive-chain")

_RULE_NAME_RE = regex.compile(r"[a-z]+(?:-[a-z]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*")
_BOUNDARY = r"(?![\p{L}\p{N}])"


class LexiconError(HumanizeError):
    """An AI-tell data file is malformed; the message names the file and entry."""


@dataclass(frozen=True)
class Style:
    em_dash_per_1000_words: float = 6.0
    em_dash_min_count: int = 3
    uniform_min_sentences: int = 4
    uniform_max_variation: float = 0.2
    triads_per_paragraph: int = 2
    triad_conjunctions: tuple[str, ...] = ()
    long_sentence_words: int = 35
    repeated_opener_count: int = 3
    passive_per_sentence: int = 2
    passive: str = ""  # a regex matching one passive construction; "" = no passive detector


@dataclass(frozen=True)
class WordForm:
    """A word with two spellings chosen by the next word: ``a``/``an``, ``de``/``d'``."""

    plain: str
    alternate: str  # used where the next word matches ``before``; ending in an apostrophe, it joins the word
    before: regex.Pattern[str]


@dataclass(frozen=True)
class Splice:
    word_forms: tuple[WordForm, ...] = ()
    contractions: Mapping[str, str] = field(default_factory=dict)  # "de el" -> "del"
    # "reach out to me or to Priya" -> "contact me or Priya": a preposition the fix took away
    # also goes where a conjunction repeats it later in the clause.
    conjunctions: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One entry of a lexicon: what it matches, what the check shows, what the humanizer may do."""

    id: str  # the check's rule id in findings ("phrase:delve into"); ignored findings are saved by it
    pattern: regex.Pattern[str] | None
    message: str  # "" means the default message built from the match
    alternatives: tuple[str, ...] = ()
    name: str = ""  # the stable dotted id the humanizer plans by: "opener.moreover"
    kind: str = "phrase"  # "phrase", "pattern" or "structure"
    reason: str = ""  # English template; may use {phrase} and {fix}
    fix: str | None = None  # the fix of every match, unless ``form_fixes`` is given
    form_fixes: Mapping[str, str] = field(default_factory=dict)  # normalised form -> fix
    job: str | None = None
    sentence_start: bool = False
    lower_case: bool = True  # every form starts in lower case, so a capital in mid-sentence is a name
    anchors: tuple[str, ...] = ()  # case-folded first words of the forms: no anchor in a text, no match
    detector: str = ""  # structures only
    fires: tuple[str, ...] = ()
    quiet: tuple[str, ...] = ()
    fixed: tuple[str, ...] = ()  # what fixing each ``fires`` example gives, where the file says

    def fix_for(self, matched: str) -> str | None:
        """The deterministic fix for this matched text (as the data spells it), or None."""
        if self.form_fixes:
            return self.form_fixes.get(normalise(matched))
        return self.fix


@dataclass(frozen=True)
class Lexicon:
    language: str
    rules: tuple[Rule, ...] = ()  # phrases and patterns
    style: Style = field(default_factory=Style)
    triad: regex.Pattern[str] | None = None
    structures: tuple[Rule, ...] = ()
    splice: Splice = field(default_factory=Splice)
    passive: regex.Pattern[str] | None = None
    source: str = ""  # the file it came from

    def all_rules(self) -> tuple[Rule, ...]:
        return self.rules + self.structures


def normalise(text: str) -> str:
    """How forms are compared: case-folded, one space between words, straight apostrophes."""
    return " ".join(text.replace("’", "'").casefold().split())


# ----------------------------------------------------------------------------- building

def _literal(text: str) -> str:
    return segmentation.phrase_pattern(text)


def _words_after(words: list[str]) -> str:
    return "|".join(_literal(w) + (_BOUNDARY if w[-1:].isalnum() else "") for w in sorted(words, key=len, reverse=True))


class _LazyPattern:
    """A phrase's regular expression, compiled when first used.

    Compiling a lexicon's few hundred case-insensitive phrases takes half a
    second, and most of them never meet a text holding their first word
    (``Rule.anchors``), so each is compiled only when one does.
    """

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = regex.IGNORECASE | regex.V1) -> None:
        self._source = source
        self._flags = flags
        self._compiled: regex.Pattern[str] | None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _LazyPattern) and other._source == self._source

    def __hash__(self) -> int:
        return hash(self._source)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        if name.startswith("_"):  # copy and pickle probe for hooks before the slots are set
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:  # two threads may both compile it: the same pattern either way
            compiled = self._compiled = regex.compile(self._source, self._flags)
        return getattr(compiled, name)


def _phrase_regex(forms: list[str], not_after: list[str], not_before: list[str],
                  only_before: list[str]) -> regex.Pattern[str]:
    """The forms, with the words they may not follow or precede, as one pattern in lower case.

    It matches the text lower-cased by ``segmentation.lower`` (``matching``
    does that): compiled without IGNORECASE it takes a fifth of the time.
    """
    forms, not_after, not_before, only_before = (
        [segmentation.lower(w) for w in words] for words in (forms, not_after, not_before, only_before))
    alts = []
    for form in sorted(forms, key=len, reverse=True):
        # A form ending in an elided word ("d'") runs straight into the next word.
        tail = "" if form.strip()[-1:] in "'’" else _BOUNDARY
        alts.append(_literal(form) + tail)
    lead = ""
    if not_after:
        words = "|".join(_literal(w) for w in sorted(not_after, key=len, reverse=True))
        lead = rf"(?<!(?<![\p{{L}}\p{{N}}])(?:{words})[^\S\n]+)"
    trail = rf"(?![^\S\n]*(?:{_words_after(not_before)}))" if not_before else ""
    if only_before:
        trail += rf"(?=[^\S\n]*(?:{_words_after(only_before)}))"
    # Not the tail of a hyphenated compound either: "performance-enhancing" is no "enhancing".
    start = r"(?<![\p{L}\p{N}])(?<![\p{L}\p{N}]-)"
    return _LazyPattern(rf"{lead}{start}(?:{'|'.join(alts)}){trail}", regex.V1)  # type: ignore[return-value]


def _anchors(forms: list[str]) -> tuple[str, ...]:
    """What a text must contain for a form to match: its first word (a cheap test before the regex)."""
    firsts = {regex.match(r"[\p{L}\p{M}\p{N}]*", f.strip()).group().casefold() for f in forms}
    return () if "" in firsts else tuple(sorted(firsts))


def _triad_regex(conjunctions: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not conjunctions:
        return None
    word = r"\p{L}[\p{L}'’\-]*"
    item = rf"{word}(?:[ ]{word})?"
    conj = "|".join(regex.escape(c) for c in conjunctions)
    # Not preceded by a comma: the first three items of a longer list are not a triad.
    return regex.compile(rf"(?<!,[ ]?)(?<![\p{{L}}'’\-]){word},[ ]{item},?[ ](?:{conj})[ ]{item}(?![\p{{L}}])",
                         regex.IGNORECASE | regex.V1)


def _need(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise LexiconError(f"{where} {what}")


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _compile(source: object, where: str, what: str = "regex") -> regex.Pattern[str]:
    _need(isinstance(source, str) and bool(source), where, f"needs a {what}")
    try:
        pattern = regex.compile(source, regex.IGNORECASE | regex.V1)
    except regex.error as exc:
        raise LexiconError(f"{where} has an invalid {what} ({exc})") from None
    _need(not pattern.match(""), where, f"{what} must not match empty text")
    return pattern


def _style(data: object, name: str) -> Style:
    _need(isinstance(data, dict), name, "[style] must be a table")
    defaults = Style()
    kwargs = {}
    for key, value in data.items():
        _need(hasattr(defaults, key), name, f"[style] has an unknown key '{key}'")
        expected = type(getattr(defaults, key))
        if expected is tuple:
            _need(_strings(value), name, f"[style] {key} must be a list of strings")
            value = tuple(value)
        elif expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        _need(isinstance(value, expected) and not isinstance(value, bool), name,
              f"[style] {key} must be a {expected.__name__}")
        _need(not isinstance(value, (int, float)) or value >= 0, name, f"[style] {key} must not be negative")
        kwargs[key] = value
    return Style(**kwargs)


def _splice(data: object, name: str) -> Splice:
    _need(isinstance(data, dict), name, "[splice] must be a table")
    unknown = set(data) - {"word_forms", "contractions", "conjunctions", "prepositions"}
    _need(not unknown, name, f"[splice] has unknown keys: {', '.join(sorted(unknown))}")
    forms = []
    for i, entry in enumerate(data.get("word_forms", [])):
        where = f"{name}: splice.word_forms[{i}]"
        _need(isinstance(entry, dict) and set(entry) == {"plain", "alternate", "before"}, where,
              "needs exactly plain, alternate and before")
        _need(all(isinstance(entry[k], str) and entry[k].strip() for k in ("plain", "alternate")), where,
              "plain and alternate must be words")
        forms.append(WordForm(entry["plain"], entry["alternate"], _compile(entry["before"], where, "before regex")))
    contractions = data.get("contractions", {})
    _need(isinstance(contractions, dict) and all(isinstance(v, str) and len(k.split()) == 2
                                                 for k, v in contractions.items()),
          name, "[splice] contractions must map two words to one ('de el' = 'del')")
    words = {key: data.get(key, []) for key in ("conjunctions", "prepositions")}
    _need(all(_strings(v) and all(w.strip() and " " not in w.strip() for w in v) for v in words.values()),
          name, "[splice] conjunctions and prepositions must be lists of single words")
    return Splice(tuple(forms), {normalise(k): v for k, v in contractions.items()},
                  *(tuple(w.strip().casefold() for w in words[key]) for key in ("conjunctions", "prepositions")))


_COMMON = {"rule", "reason", "job", "fires", "quiet", "fixed"}


def _humanizer_fields(entry: dict, where: str, forms: list[str] | None, seen: set[str]) -> dict:
    """The fields every rule has: name, reason, fix, job and the examples, validated."""
    name = entry.get("rule")
    _need(isinstance(name, str) and bool(_RULE_NAME_RE.fullmatch(name)), where,
          "needs a rule name like 'opener.moreover' (lower case, one dot)")
    _need(name not in seen, where, f"repeats the rule name '{name}'")
    seen.add(name)
    where = f"{where} ({name})"
    reason = entry.get("reason")
    _need(isinstance(reason, str) and reason.strip() and "\n" not in reason, where, "needs a one-line reason")
    try:
        reason.format(phrase="x", fix="y")
    except (KeyError, IndexError, ValueError):
        raise LexiconError(f"{where} reason may only use {{phrase}} and {{fix}}") from None
    job = entry.get("job")
    _need(job is None or job in JOBS, where, f"job must be one of {', '.join(JOBS)}")
    fix, form_fixes = entry.get("fix"), {}
    if isinstance(fix, dict):
        _need(forms is not None, where, "fix must be a string for a pattern")
        known = {normalise(f) for f in forms or ()}
        for form, value in fix.items():
            _need(normalise(form) in known, where, f"fix names '{form}', which is not one of its forms")
            _need(isinstance(value, str), where, f"fix for '{form}' must be a string")
            form_fixes[normalise(form)] = value
        fix = None
        unfixed = bool(known - set(form_fixes))
    else:
        _need(fix is None or isinstance(fix, str), where, "fix must be a string or a table of form = fix")
        unfixed = fix is None
    _need(not unfixed or job is not None, where, "needs a job for the forms without a fix")
    _need(not unfixed or "{fix}" not in reason, where, "reason uses {fix} but not every form has a fix")
    examples = {}
    for key in ("fires", "quiet", "fixed"):
        value = entry.get(key, [])
        _need(_strings(value) and all(v.strip() for v in value), where, f"{key} must be a list of sentences")
        examples[key] = tuple(value)
    _need(bool(examples["fires"]), where, "needs fires examples (text it must match)")
    _need(bool(examples["quiet"]), where, "needs quiet examples (text it must not match)")
    _need(not examples["fixed"] or len(examples["fixed"]) == len(examples["fires"]), where,
          "fixed must give one result for each fires example")
    return dict(name=name, reason=reason.strip(), fix=fix, form_fixes=form_fixes, job=job, **examples)


def _phrase(entry: object, where: str, seen: set[str]) -> Rule:
    _need(isinstance(entry, dict), where, "must be a table")
    extra = set(entry) - {"text", "alternatives", "note", "sentence_start", "fix", "not_after", "not_before",
                          "only_before"} - _COMMON
    _need(not extra, where, f"has unknown keys: {', '.join(sorted(extra))}")
    forms = entry.get("text")
    forms = [forms] if isinstance(forms, str) else forms
    _need(_strings(forms) and forms and all(f.strip() for f in forms), where,
          "text must be a phrase or a non-empty list of phrases")
    alternatives = entry.get("alternatives", [])
    _need(_strings(alternatives), where, "alternatives must be a list of strings")
    note = entry.get("note", "")
    _need(isinstance(note, str), where, "note must be a string")
    sentence_start = entry.get("sentence_start", False)
    _need(isinstance(sentence_start, bool), where, "sentence_start must be true or false")
    guards = {k: entry.get(k, []) for k in ("not_after", "not_before", "only_before")}
    _need(all(_strings(v) and all(w.strip() for w in v) for v in guards.values()), where,
          "not_after, not_before and only_before must be lists of words")
    human = _humanizer_fields(entry, where, forms, seen)
    return Rule(f"phrase:{forms[0].strip().lower()}", _phrase_regex(forms, **guards),
                note, tuple(alternatives), kind="phrase", sentence_start=sentence_start,
                lower_case=all(not f.strip()[:1].isupper() for f in forms), anchors=_anchors(forms), **human)


def _pattern(entry: object, where: str, seen: set[str], ids: set[str]) -> Rule:
    _need(isinstance(entry, dict), where, "must be a table")
    extra = set(entry) - {"id", "regex", "message", "alternatives", "fix"} - _COMMON
    _need(not extra, where, f"has unknown keys: {', '.join(sorted(extra))}")
    rid = entry.get("id", entry.get("rule"))
    _need(isinstance(rid, str) and rid and rid not in ids, where, "needs a unique id")
    ids.add(rid)
    message = entry.get("message", "")
    _need(isinstance(message, str), where, "message must be a string")
    alternatives = entry.get("alternatives", [])
    _need(_strings(alternatives), where, "alternatives must be a list of strings")
    pattern = _compile(entry.get("regex"), where)
    human = _humanizer_fields(entry, where, None, seen)
    return Rule(f"pattern:{rid}", pattern, message.strip(), tuple(alternatives), kind="pattern", **human)


def _structure(entry: object, where: str, seen: set[str], detectors: set[str]) -> Rule:
    _need(isinstance(entry, dict), where, "must be a table")
    extra = set(entry) - {"detector"} - _COMMON
    _need(not extra, where, f"has unknown keys: {', '.join(sorted(extra))}")
    detector = entry.get("detector")
    _need(detector in DETECTORS, where, f"detector must be one of {', '.join(DETECTORS)}")
    _need(detector not in detectors, where, f"repeats the detector '{detector}'")
    detectors.add(detector)
    _need(entry.get("job") is not None, where, "needs a job (structures have no fix)")
    human = _humanizer_fields(entry, where, None, seen)
    return Rule(f"structure:{detector}", None, "", kind="structure", detector=detector, **human)


def parse(data: dict, name: str, language: str) -> Lexicon:
    """Validate the decoded TOML of one lexicon file and build its rules."""
    unknown = set(data) - {"language", "style", "phrases", "patterns", "structures", "splice"}
    _need(not unknown, name, f"has unknown keys: {', '.join(sorted(unknown))}")
    _need(data.get("language") == language, name, f"must say language = \"{language}\"")
    style = _style(data.get("style", {}), name)
    passive = _compile(style.passive, f"{name}: [style] passive") if style.passive else None
    splice = _splice(data.get("splice", {}), name)
    seen: set[str] = set()
    rules: list[Rule] = []
    for key in ("phrases", "patterns", "structures"):
        _need(isinstance(data.get(key, []), list), name, f"{key} must be an array of tables ([[{key}]])")
    for i, entry in enumerate(data.get("phrases", [])):
        rules.append(_phrase(entry, f"{name}: phrases[{i}]", seen))
    ids: set[str] = set()
    for i, entry in enumerate(data.get("patterns", [])):
        rules.append(_pattern(entry, f"{name}: patterns[{i}]", seen, ids))
    detectors: set[str] = set()
    structures = tuple(_structure(entry, f"{name}: structures[{i}]", seen, detectors)
                       for i, entry in enumerate(data.get("structures", [])))
    return Lexicon(language, tuple(rules), style, _triad_regex(style.triad_conjunctions), structures, splice,
                   passive, name)


def load_file(path: Path) -> Lexicon:
    return parse(read_toml(path, LexiconError), str(path), path.stem)


_cache: dict[str, Lexicon] = {}
_cache_lock = threading.Lock()


def lexicon_dir() -> Path:
    return paths.resource("aitells")


def languages() -> list[str]:
    """Languages with an AI-tell lexicon."""
    return sorted(p.stem for p in lexicon_dir().glob("*.toml"))


def lexicon(language: str) -> Lexicon:
    """The lexicon for a language (structural checks only when it has no file), its reasons registered."""
    lang = base(language)
    with _cache_lock:
        if lang not in _cache:
            path = lexicon_dir() / f"{lang}.toml"
            lex = load_file(path) if path.is_file() else Lexicon(lang)
            register_reasons(lex)
            _cache[lang] = lex
        return _cache[lang]


def reason_id(rule: Rule) -> str:
    """The message id of a rule's reason (``{phrase}``, ``{fix}``): the same in every language's file."""
    return f"humanizer.{rule.name}"


def register_reasons(lex: Lexicon) -> None:
    """Put the lexicon's reasons into the message catalogue, so the window can translate them."""
    for rule in lex.all_rules():
        mid = reason_id(rule)
        if messages.TEMPLATES.get(mid, rule.reason) != rule.reason:
            raise LexiconError(f"{lex.source}: rule '{rule.name}' gives another reason than the same rule "
                               "in another language's file; one name, one reason")
        messages.register({mid: rule.reason})


def register_all_reasons() -> None:
    """Load every language's lexicon, registering all their reasons (for the translation build)."""
    for language in languages():
        lexicon(language)
