"""Where the lexicon's rules match: hits for the humanizer, findings for the check.

``hits(text, language)`` is every match of every rule in one paragraph: a
span, the rule, the matched text and its deterministic fix (or None).
Phrases that overlap keep the one that covers more. A phrase written in
lower case in the lexicon does not match a capitalised word in mid-sentence
("we met at Delve, the café"): that is a name.

``find(text, language)`` turns the phrase and pattern hits into the check's
``Finding`` records, plus the structural findings the check has always
shown (uniform sentence lengths, lists of three); ``find_in_document`` adds
em-dash overuse. Replacements keep the capitalisation of the text they
replace, and an empty alternative ("the phrase can simply go") removes the
phrase with the comma after it and capitalises the word that then starts
the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from humanize_desktop.core import messages, segmentation
from humanize_desktop.core.checks.aitells import structure
from humanize_desktop.core.checks.aitells.loading import Lexicon, Rule, lexicon, reason_id
from humanize_desktop.core.checks.findings import AI_TELL, Finding
from humanize_desktop.core.messages import Message

ENGINE = "aitells"

# What may stand between a sentence's start and its first word: list, heading and
# quote markers, opening quotes and brackets, emphasis, emoji.
_LEAD = (r"[^\S\n]*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)[^\S\n]+)*"
         r"(?:[*_~\"“„«‘'(\[¿¡\p{So}\p{Sk}\p{Cf}\p{Mn}][^\S\n]*)*$")
_STRICT_START_RE = regex.compile(rf"(?:\n|[.!?…。！？][\"'”’»)\]*_]*[^\S\n]+){_LEAD}", regex.V1)
_LENIENT_START_RE = regex.compile(rf"(?:\n|[.!?…。！？:;][\"'”’»)\]*_]*[^\S\n]+){_LEAD}", regex.V1)
_WINDOW = 64

messages.register({
    "aitells.phrase.plainer": "'{phrase}' is common in machine-written text; plainer: {alternatives}.",
    "aitells.phrase.can-go": "'{phrase}' is common in machine-written text; it can usually go.",
    "aitells.uniform": "These {count} sentences are all about the same length ({shortest}–{longest} words); "
                       "varying the rhythm reads more naturally.",
    "aitells.triads": "{count} lists of three in one paragraph ('{phrase}'); machine prose leans on the rule "
                      "of three, so keep the items that matter.",
    "aitells.dashes": "Dashes are frequent in this text ({rate} per 1,000 words); machine prose overuses "
                      "them. A comma, colon or full stop often reads better.",
})
_RUN_RE = regex.compile(r"[\p{L}\p{N}]+")


def at_sentence_start(text: str, pos: int, *, lenient: bool = False) -> bool:
    """Whether ``pos`` is where a sentence's first word goes (after markers, quotes, emoji).

    ``lenient`` also counts what follows a colon or semicolon, where a
    capital letter is not a sign of a name.
    """
    lo = max(0, pos - _WINDOW)
    window = ("\n" if lo == 0 else "") + text[lo:pos]
    return bool((_LENIENT_START_RE if lenient else _STRICT_START_RE).search(window))


@dataclass(frozen=True)
class Hit:
    """One match of one rule: ``text[start:end]`` is ``matched``."""

    start: int
    end: int
    rule: Rule
    matched: str
    fix: str | None  # as the lexicon spells it; casing is the caller's business


def _fix(rule: Rule, m: regex.Match[str], matched: str) -> str | None:
    """The fix for one match (``matched``: its text): a pattern's fix may use the regex's groups
    (``\\g<a>``); a group named ``nofix`` that took part in the match means this form has no safe fix."""
    if rule.kind != "pattern" or rule.fix is None or "\\g<" not in rule.fix:
        return rule.fix_for(matched)
    if "nofix" in m.re.groupindex and m.group("nofix") is not None:
        return None
    return m.expand(rule.fix)


def _matches_at(pattern: regex.Pattern[str], text: str, starts: list[int]) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text)`` finds when its matches can only start at ``starts``."""
    after = 0
    for pos in starts:
        if pos >= after:
            m = pattern.match(text, pos)
            if m is not None:
                yield m
                after = m.end() if m.end() > pos else pos + 1


def _lexical_hits(text: str, lex: Lexicon) -> list[Hit]:
    phrases: list[tuple[int, Hit]] = []
    patterns: list[Hit] = []
    # A phrase starts with one of its anchors as a whole word: the text's words tell which
    # phrases can match at all (most cannot), and where; its regex is tried only there.
    runs = [(m.start(), m.group().casefold()) for m in _RUN_RE.finditer(text)]
    words = {w for _, w in runs}
    lowered = segmentation.lower(text)  # what phrase patterns match (they are written in lower case)
    for order, rule in enumerate(lex.rules):
        assert rule.pattern is not None
        subject = lowered if rule.kind == "phrase" else text
        if rule.anchors:
            if words.isdisjoint(rule.anchors):
                continue
            found = _matches_at(rule.pattern, subject, [pos for pos, w in runs if w in rule.anchors])
        else:
            found = rule.pattern.finditer(subject)
        for m in found:
            start, end = m.span()
            matched = text[start:end]
            if end == start or (rule.sentence_start and not at_sentence_start(text, start)):
                continue
            # Data written in lower case does not match a capitalised word in mid-sentence: a name.
            if rule.lower_case and matched[:1].isupper() and not at_sentence_start(text, start, lenient=True):
                continue
            hit = Hit(start, end, rule, matched, _fix(rule, m, matched))
            if rule.kind == "phrase":
                phrases.append((order, hit))
            else:
                patterns.append(hit)
    # Overlapping phrases: the one that covers more wins, then the earlier, then the file's order.
    phrases.sort(key=lambda p: (-(p[1].end - p[1].start), p[1].start, p[0]))
    kept: list[Hit] = []
    for _, hit in phrases:
        if not any(k.start < hit.end and hit.start < k.end for k in kept):
            kept.append(hit)
    return sorted(kept + patterns, key=lambda h: (h.start, h.end))


def hits(text: str, language: str) -> list[Hit]:
    """Every match of every rule (phrases, patterns, structures) in one paragraph, in text order."""
    lex = lexicon(language)
    found = _lexical_hits(text, lex)
    prose = structure.prose_sentences(text) if lex.structures else []
    for rule in lex.structures:
        found.extend(Hit(s, e, rule, text[s:e], None) for s, e in structure.detect(rule.detector, text, lex, prose))
    return sorted(found, key=lambda h: (h.start, h.end, h.rule.name))


# ----------------------------------------------------------------------------- the check's findings

def _cased(alternative: str, matched: str) -> str:
    if alternative and matched[:1].isupper() and alternative[:1].islower():
        return alternative[0].upper() + alternative[1:]
    return alternative


def _default_note(hit: Hit, alternatives: tuple[str, ...]) -> Message:
    if hit.rule.kind == "pattern":
        return messages.make(reason_id(hit.rule), phrase=hit.matched, fix=hit.fix or "")
    plain = [a for a in alternatives if a]
    if plain:
        return messages.make("aitells.phrase.plainer", phrase=hit.matched, alternatives=", ".join(map(repr, plain)))
    return messages.make("aitells.phrase.can-go", phrase=hit.matched)


def _finding(text: str, hit: Hit, limit: int) -> Finding:
    """A finding for a hit; it never reaches ``limit`` (where the next finding starts)."""
    start, end, matched = hit.start, hit.end, hit.matched
    alternatives = hit.rule.alternatives or ((hit.fix,) if hit.fix is not None else ())
    replacements = []
    if "" in alternatives:
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
        for alt in alternatives:
            if alt:
                replacements.append(_cased(alt, matched) + trailing)
            elif at_sentence_start:
                word = next_word.group()
                replacements.append(word[0].upper() + word[1:])
            else:
                replacements.append("")
        end = tail_end
    else:
        replacements = [_cased(alt, matched) for alt in alternatives]
    # A rule's own message (lexicon data, a few patterns) is shown as written.
    note = None if hit.rule.message else _default_note(hit, alternatives)
    message = hit.rule.message or note.text  # type: ignore[union-attr]
    return Finding(start, end, AI_TELL, message, tuple(dict.fromkeys(replacements)), ENGINE, hit.rule.id,
                   None, note)


def _uniform_findings(text: str, lex: Lexicon) -> list[Finding]:
    spans = structure.uniform_run(text, lex.style)
    if not spans:
        return []
    lengths = [segmentation.count_words(text[s:e]) for s, e in spans]
    note = messages.make("aitells.uniform", count=len(lengths), shortest=min(lengths), longest=max(lengths))
    return [Finding.said(spans[0][0], spans[-1][1], AI_TELL, note, (), ENGINE, "style:uniform-sentence-length")]


def _triad_findings(text: str, lex: Lexicon) -> list[Finding]:
    found = structure.triads(text, lex)
    return [Finding.said(m.start(), m.end(), AI_TELL, messages.make("aitells.triads", count=len(found),
                                                                    phrase=m.group()), (), ENGINE,
                         "style:rule-of-three")
            for m in found]


def find(text: str, language: str) -> list[Finding]:
    """AI-tell findings within one paragraph (or any self-contained piece of text)."""
    lex = lexicon(language)
    found = _lexical_hits(text, lex)
    phrases = [h for h in found if h.rule.kind == "phrase"]
    findings = [_finding(text, h, len(text)) for h in found if h.rule.kind != "phrase"]
    for i, hit in enumerate(phrases):
        limit = phrases[i + 1].start if i + 1 < len(phrases) else len(text)
        findings.append(_finding(text, hit, limit))
    findings.extend(_uniform_findings(text, lex))
    findings.extend(_triad_findings(text, lex))
    return sorted(findings, key=lambda f: (f.start, f.end))


def find_in_document(text: str, language: str, word_count: int | None = None) -> list[Finding]:
    """Findings that only make sense over a whole document: em-dash overuse."""
    style = lexicon(language).style
    dashes = structure.dashes(text)
    words = segmentation.count_words(text) if word_count is None else word_count
    if not dashes or len(dashes) < style.em_dash_min_count or words == 0:
        return []
    rate = len(dashes) * 1000 / words
    if rate <= style.em_dash_per_1000_words:
        return []
    note = messages.make("aitells.dashes", rate=f"{rate:.0f}")
    return [Finding.said(m.start(), m.end(), AI_TELL, note, (", ", "; ", ": "), ENGINE, "style:dash-overuse")
            for m in dashes]
