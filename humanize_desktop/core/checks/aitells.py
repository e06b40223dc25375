"""Finding the phrases and habits that make text read as machine-written.

The lexicon is data: ``resources/aitells/<language>.toml`` lists phrases
("delve into", "it is important to note") and patterns ("not only … but
also") with plainer alternatives, plus the thresholds of the structural
checks: em-dash overuse, paragraphs whose sentences are all the same length,
and paragraphs built from "A, B and C" lists. Files are validated when they
load; a broken one raises ``LexiconError`` naming the file and the entry.

A finding is a hint, not a verdict: one "moreover" proves nothing.
Replacements keep the capitalisation of the text they replace, and an empty
alternative ("the phrase can simply go") removes the phrase with the comma
after it and capitalises the word that then starts the sentence.
"""

from __future__ import annotations

import statistics
import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import regex

from humanize_desktop import paths
from humanize_desktop.core import tokens
from humanize_desktop.core.checks.findings import AI_TELL, Finding
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.errors import HumanizeError

ENGINE = "aitells"
_SENTENCE_START = r"(?<=(?:^|[.!?…]['\"”’)\]]*\s+|\n[ \t]*(?:[-*+]|\d+[.)])?[ \t]*))"
_APOSTROPHES = "['’]"


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


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: regex.Pattern[str]
    message: str  # "" means the default message built from the match
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    language: str
    rules: tuple[Rule, ...] = ()
    style: Style = field(default_factory=Style)
    triad: regex.Pattern[str] | None = None


# ----------------------------------------------------------------------------- loading

def _phrase_regex(forms: list[str], sentence_start: bool) -> regex.Pattern[str]:
    alts = []
    for form in sorted(forms, key=len, reverse=True):
        escaped = regex.escape(form.strip())
        escaped = regex.sub(r"(?:\\ )+| +", r"\\s+", escaped)
        escaped = regex.sub(r"\\?['’]", _APOSTROPHES, escaped)
        alts.append(escaped)
    lead = _SENTENCE_START if sentence_start else ""
    return regex.compile(rf"{lead}(?<![\p{{L}}\p{{N}}])(?:{'|'.join(alts)})(?![\p{{L}}\p{{N}}])",
                         regex.IGNORECASE | regex.V1)


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


def parse(data: dict, name: str, language: str) -> Lexicon:
    """Validate the decoded TOML of one lexicon file and build its rules."""
    unknown = set(data) - {"language", "style", "phrases", "patterns"}
    _need(not unknown, name, f"has unknown keys: {', '.join(sorted(unknown))}")
    _need(data.get("language") == language, name, f"must say language = \"{language}\"")
    style_data = data.get("style", {})
    _need(isinstance(style_data, dict), name, "[style] must be a table")
    defaults = Style()
    style_kwargs = {}
    for key, value in style_data.items():
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
        style_kwargs[key] = value
    style = Style(**style_kwargs)
    rules: list[Rule] = []
    phrases = data.get("phrases", [])
    _need(isinstance(phrases, list), name, "phrases must be an array of tables ([[phrases]])")
    for i, entry in enumerate(phrases):
        where = f"{name}: phrases[{i}]"
        _need(isinstance(entry, dict), where, "must be a table")
        extra = set(entry) - {"text", "alternatives", "note", "sentence_start"}
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
        rules.append(Rule(f"phrase:{forms[0].strip().lower()}", _phrase_regex(forms, sentence_start),
                          note, tuple(alternatives)))
    patterns = data.get("patterns", [])
    _need(isinstance(patterns, list), name, "patterns must be an array of tables ([[patterns]])")
    seen: set[str] = set()
    for i, entry in enumerate(patterns):
        where = f"{name}: patterns[{i}]"
        _need(isinstance(entry, dict), where, "must be a table")
        extra = set(entry) - {"id", "regex", "message", "alternatives"}
        _need(not extra, where, f"has unknown keys: {', '.join(sorted(extra))}")
        rid = entry.get("id")
        _need(isinstance(rid, str) and rid and rid not in seen, where, "needs a unique id")
        seen.add(rid)
        message = entry.get("message")
        _need(isinstance(message, str) and message.strip(), where, "needs a message")
        alternatives = entry.get("alternatives", [])
        _need(_strings(alternatives), where, "alternatives must be a list of strings")
        source = entry.get("regex")
        _need(isinstance(source, str) and source, where, "needs a regex")
        try:
            pattern = regex.compile(source, regex.IGNORECASE | regex.V1)
        except regex.error as exc:
            raise LexiconError(f"{where} has an invalid regex ({exc})") from None
        _need(not pattern.match(""), where, "regex must not match empty text")
        rules.append(Rule(f"pattern:{rid}", pattern, message, tuple(alternatives)))
    return Lexicon(language, tuple(rules), style, _triad_regex(style.triad_conjunctions))


def load_file(path: Path) -> Lexicon:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path} cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path} is not valid TOML ({exc})") from None
    return parse(data, str(path), path.stem)


_cache: dict[str, Lexicon] = {}
_cache_lock = threading.Lock()


def lexicon_dir() -> Path:
    return paths.resource("aitells")


def languages() -> list[str]:
    """Languages with an AI-tell lexicon."""
    return sorted(p.stem for p in lexicon_dir().glob("*.toml"))


def lexicon(language: str) -> Lexicon:
    """The lexicon for a language (structural checks only when it has no file)."""
    lang = base(language)
    with _cache_lock:
        if lang not in _cache:
            path = lexicon_dir() / f"{lang}.toml"
            _cache[lang] = load_file(path) if path.is_file() else Lexicon(lang)
        return _cache[lang]


# ----------------------------------------------------------------------------- finding

def _cased(alternative: str, matched: str) -> str:
    if alternative and matched[:1].isupper() and alternative[:1].islower():
        return alternative[0].upper() + alternative[1:]
    return alternative


def _phrase_finding(text: str, m: regex.Match[str], rule: Rule, limit: int) -> Finding:
    """A finding for a phrase match; it never reaches ``limit`` (where the next finding starts)."""
    start, end = m.span()
    matched = m.group()
    replacements = []
    if "" in rule.alternatives:
        # Take the comma and space after it too, so removing the phrase leaves clean text.
        tail = regex.match(r"[,:]?[ \t]*", text[end:limit])
        tail_end = end + (tail.end() if tail else 0)
        next_word = regex.match(r"\p{Ll}[\p{L}\p{M}'’\-]*", text[tail_end:limit])
        # Removing a sentence's first words: the next word takes the capital letter,
        # so the span covers it (and the menu shows "Also, the" rather than "Also, t").
        at_sentence_start = matched[:1].isupper() and next_word is not None
        if at_sentence_start:
            tail_end += next_word.end()
        trailing = text[end:tail_end]
        for alt in rule.alternatives:
            if alt:
                replacements.append(_cased(alt, matched) + trailing)
            elif at_sentence_start:
                word = next_word.group()
                replacements.append(word[0].upper() + word[1:])
            else:
                replacements.append("")
        end = tail_end
    else:
        replacements = [_cased(alt, matched) for alt in rule.alternatives]
    if rule.message:
        message = rule.message
    else:
        message = f"'{matched}' is common in machine-written text"
        plain = [a for a in rule.alternatives if a]
        message += f"; plainer: {', '.join(repr(a) for a in plain)}." if plain else "; it can usually go."
    return Finding(start, end, AI_TELL, message, tuple(dict.fromkeys(replacements)), ENGINE, rule.id)


def _uniform_sentences(text: str, style: Style) -> list[Finding]:
    spans = [(s, e) for s, e in tokens.sentences(text) if tokens.count_words(text[s:e]) > 0]
    if len(spans) < max(2, style.uniform_min_sentences):
        return []
    lengths = [tokens.count_words(text[s:e]) for s, e in spans]
    mean = statistics.fmean(lengths)
    if mean < 5:  # lists of short items, not prose
        return []
    variation = statistics.pstdev(lengths) / mean
    if variation >= style.uniform_max_variation:
        return []
    start = spans[0][0]
    end = spans[-1][0] + len(text[spans[-1][0]:spans[-1][1]].rstrip())
    return [Finding(start, end, AI_TELL,
                    f"These {len(lengths)} sentences are all about the same length "
                    f"({min(lengths)}–{max(lengths)} words); varying the rhythm reads more naturally.",
                    (), ENGINE, "style:uniform-sentence-length")]


def _triads(text: str, lex: Lexicon) -> list[Finding]:
    if lex.triad is None or lex.style.triads_per_paragraph <= 0:
        return []
    found = list(lex.triad.finditer(text))
    if len(found) < lex.style.triads_per_paragraph:
        return []
    return [Finding(m.start(), m.end(), AI_TELL,
                    f"{len(found)} lists of three in one paragraph ('{m.group()}'); machine prose leans "
                    "on the rule of three, so keep the items that matter.", (), ENGINE, "style:rule-of-three")
            for m in found]


def find(text: str, language: str) -> list[Finding]:
    """AI-tell findings within one paragraph (or any self-contained piece of text)."""
    lex = lexicon(language)
    findings: list[Finding] = []
    phrases: list[tuple[regex.Match[str], Rule]] = []
    for rule in lex.rules:
        is_phrase = rule.id.startswith("phrase:")
        for m in rule.pattern.finditer(text):
            if m.end() == m.start():
                continue
            if is_phrase:
                if any(o.start() < m.end() and m.start() < o.end() for o, _ in phrases):
                    continue  # a longer phrase of another entry already covers this one
                phrases.append((m, rule))
            else:
                findings.append(Finding(m.start(), m.end(), AI_TELL, rule.message,
                                        rule.alternatives, ENGINE, rule.id))
    phrases.sort(key=lambda p: p[0].start())
    for i, (m, rule) in enumerate(phrases):
        limit = phrases[i + 1][0].start() if i + 1 < len(phrases) else len(text)
        findings.append(_phrase_finding(text, m, rule, limit))
    findings.extend(_uniform_sentences(text, lex.style))
    findings.extend(_triads(text, lex))
    return sorted(findings, key=lambda f: (f.start, f.end))


_DASH_RE = regex.compile(r"[ \t]?—[ \t]?|[ \t]–[ \t]")


def find_in_document(text: str, language: str, word_count: int | None = None) -> list[Finding]:
    """Findings that only make sense over a whole document: em-dash overuse."""
    style = lexicon(language).style
    dashes = list(_DASH_RE.finditer(text))
    words = tokens.count_words(text) if word_count is None else word_count
    if not dashes or len(dashes) < style.em_dash_min_count or words == 0:
        return []
    rate = len(dashes) * 1000 / words
    if rate <= style.em_dash_per_1000_words:
        return []
    message = (f"Dashes are frequent in this text ({rate:.0f} per 1,000 words); machine prose "
               "overuses them. A comma, colon or full stop often reads better.")
    return [Finding(m.start(), m.end(), AI_TELL, message, (", ", "; ", ": "), ENGINE, "style:dash-overuse")
            for m in dashes]
