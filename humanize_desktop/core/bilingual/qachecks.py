"""Checks of one unit's target against its source: the per-unit half of translation QA.

Numbers (read the way each locale writes them), dates, URLs and e-mail
addresses, inline tags and placeholders (count and order), glossary terms,
untranslated targets, punctuation and spacing of the target locale,
leading/trailing spaces, and length. Each check returns ``QAFinding``
records; ``core.bilingual.qa`` runs them with the file-wide checks and keeps
one finding per defect. Inline markup is found by ``core.bilingual.inline``,
addresses by ``core.urls``, dates by ``core.checks.facts``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from humanize_desktop.core import messages, urls
from humanize_desktop.core.bilingual import inline
from humanize_desktop.core.bilingual.glossary import Glossary
from humanize_desktop.core.bilingual.locale import LocaleRules, format_number, parse_number
from humanize_desktop.core.bilingual.qafinding import QAFinding, Span
from humanize_desktop.core.bilingual.units import Unit
from humanize_desktop.core.checks import facts
from humanize_desktop.core.checks.language import base

messages.register({
    "qa.number.missing": "The number {number} in the source is not in the target",
    "qa.number.extra": "The number {number} is not in the source",
    "qa.number.changed": "{target} should be {expected} (the source says {source})",
    "qa.number.format": "{target} is written the source's way; in {language} it is {expected}",
    "qa.date.missing": "The date {date} in the source is not in the target",
    "qa.date.extra": "The date {date} is not in the source",
    "qa.date.changed": "The date {target} is not the source's {source}",
    "qa.url.missing": "The address {address} in the source is not in the target",
    "qa.url.extra": "The address {address} is not in the source",
    "qa.url.changed": "The address {target} is not the source's {source}",
    "qa.tag.missing": "The tags {tag} are missing from the target",
    "qa.tag.extra": "The tags {tag} are not in the source",
    "qa.tag.changed": "The tag {target} should be {source}",
    "qa.tag.order": "The tags are in a different order than in the source",
    "qa.placeholder.missing": "The placeholders {placeholder} are missing from the target",
    "qa.placeholder.extra": "The placeholders {placeholder} are not in the source",
    "qa.placeholder.changed": "The placeholder {target} should be {source}",
    "qa.placeholder.order": "The placeholders {placeholders} are in a different order than in the source",
    "qa.term.missing": "The glossary term '{term}' should be translated as '{expected}'",
    "qa.term.forbidden": "'{found}' is a forbidden translation of '{term}'; use '{expected}'",
    "qa.term.keep": "'{term}' must not be translated",
    "qa.untranslated.empty": "The unit has no translation",
    "qa.untranslated.same": "The target is the same as the source",
    "qa.punctuation.final": "The source ends with '{source}' but the target ends with '{target}'",
    "qa.punctuation.final_missing": "The source ends with '{source}' but the target has no final punctuation",
    "qa.punctuation.final_extra": "The target ends with '{target}' but the source has no final punctuation",
    "qa.punctuation.inverted": "A {language} sentence ending in '{closing}' opens with '{opening}'",
    "qa.punctuation.quotes": "'{quote}' is not a quotation mark used in {language}",
    "qa.spacing.before": "{language} puts a no-break space before '{mark}'",
    "qa.spacing.after": "{language} puts a no-break space after '{mark}'",
    "qa.spacing.no_space": "No space before '{mark}'",
    "qa.spacing.double": "Two spaces in a row",
    "qa.spacing.leading": "The target's leading spaces differ from the source's",
    "qa.spacing.trailing": "The target's trailing spaces differ from the source's",
    "qa.length.max": "The target has {length} characters; the file allows {limit}",
    "qa.length.ratio": "The target is {ratio} times as long as the source",
})

_NUMBER_TOKEN_RE = regex.compile(
    r"(?<![\p{L}\p{N}_.,’'])[-−+]?\d+(?:(?:[.,’']\d+)|(?:[ \u00a0\u202f]\d{3}(?!\d)))*(?![\p{L}\p{N}_]|[.,]\d)")
_NBSP = "\u00a0\u202f"
_DOUBLE_SPACE_RE = regex.compile(r"(?<=\S) {2,}(?=\S)")


@dataclass(frozen=True)
class Context:
    source_language: str
    target_language: str
    source_rules: LocaleRules
    target_rules: LocaleRules
    glossary: Glossary | None = None


def _finding(unit: Unit, kind: str, message_id: str, source_span: Span | None = None,
             target_span: Span | None = None, replacements: Iterable[str] = (), **args) -> QAFinding:
    return QAFinding(unit.id, kind, messages.make(message_id, **args), source_span, target_span,
                     tuple(replacements))


def _inside(span: Span, blocked: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in blocked)


def protected_spans(text: str, codes: tuple[str, ...], language: str) -> list[Span]:
    """Markup, addresses and dates: not numbers, words to spell or punctuation to judge."""
    spans = [(m.start, m.end) for m in inline.markup(text, codes)]
    spans += [m.span() for r in (urls.URL_RE, urls.EMAIL_RE) for m in r.finditer(text)]
    return spans


# ----------------------------------------------------------------------------- numbers and dates

def _date_key(fact: facts.Fact, rules: LocaleRules) -> tuple | None:
    value = fact.value
    if value[0] == "date-numeric":
        a, b, c = value[1:]
        order = {"dmy": (c, b, a), "mdy": (c, a, b), "ymd": (a, b, c)}[rules.date_order]
        year = order[0] + (2000 if order[0] < 100 else 0)
        return ("date", year, order[1], order[2])
    if value[0] == "date" and value[2] is None and value[3] is None:
        return None  # a bare year is a number
    return value


def _dates(text: str, language: str, rules: LocaleRules, blocked: list[Span]) -> list[tuple[Span, str, tuple]]:
    found = []
    for fact in facts.dates(text, language):
        key = _date_key(fact, rules)
        if key is not None and not _inside((fact.start, fact.end), blocked):
            found.append(((fact.start, fact.end), fact.text, key))
    return found


def check_dates(unit: Unit, ctx: Context, blocked_s: list[Span], blocked_t: list[Span]
                ) -> tuple[list[QAFinding], list[Span], list[Span]]:
    """Date findings, and the spans of dates in source and target (no numbers there)."""
    src = _dates(unit.source, ctx.source_language, ctx.source_rules, blocked_s)
    tgt = _dates(unit.target_text, ctx.target_language, ctx.target_rules, blocked_t)
    lost, added = _unmatched(src, tgt, key=lambda d: d[2])
    found = [_finding(unit, "date", "qa.date.changed", s[0], t[0], target=t[1], source=s[1])
             for s, t in zip(lost, added)]
    found += [_finding(unit, "date", "qa.date.missing", s[0], date=s[1]) for s in lost[len(added):]]
    found += [_finding(unit, "date", "qa.date.extra", None, t[0], date=t[1]) for t in added[len(lost):]]
    return found, [s for s, _, _ in src], [s for s, _, _ in tgt]


def _unmatched(src: list, tgt: list, key) -> tuple[list, list]:
    """The items of each side that the other side lacks (compared by ``key``), in order."""
    if not src or not tgt:
        return list(src), list(tgt)
    missing = Counter(key(x) for x in src) - Counter(key(x) for x in tgt)
    extra = Counter(key(x) for x in tgt) - Counter(key(x) for x in src)
    lost, added = [], []
    for x in src:
        if missing[key(x)] > 0:
            missing[key(x)] -= 1
            lost.append(x)
    for x in tgt:
        if extra[key(x)] > 0:
            extra[key(x)] -= 1
            added.append(x)
    return lost, added


def _numbers(text: str, rules: LocaleRules, blocked: list[Span]) -> list[tuple[Span, str]]:
    return [(m.span(), m.group()) for m in _NUMBER_TOKEN_RE.finditer(text) if not _inside(m.span(), blocked)]


def _value(token: str, rules: LocaleRules) -> float | None:
    value = parse_number(token, rules)
    if value is None:
        value = facts.number_value(token, facts.lexicon(rules.language))
    return value


def check_numbers(unit: Unit, ctx: Context, blocked_s: list[Span], blocked_t: list[Span]) -> list[QAFinding]:
    sr, tr = ctx.source_rules, ctx.target_rules
    src = [(span, tok, _value(tok, sr)) for span, tok in _numbers(unit.source, sr, blocked_s)]
    found: list[QAFinding] = []
    source_values = Counter(v for _, _, v in src)
    tgt: list[tuple[Span, str, float | None]] = []
    for span, tok in _numbers(unit.target_text, tr, blocked_t):
        own = parse_number(tok, tr)
        as_source = parse_number(tok, sr)
        if tr.decimal and own is None and as_source is not None and source_values[as_source] > 0 \
                and sr.decimal != tr.decimal:
            like = next(t for _, t, v in src if v == as_source)
            expected = format_number(as_source, tr, like)
            found.append(_finding(unit, "number", "qa.number.format", None, span, [expected], target=tok,
                                  language=ctx.target_language, expected=expected))
            tgt.append((span, tok, as_source))
            continue
        tgt.append((span, tok, own if own is not None else _value(tok, tr)))
    lost, added = _unmatched(src, tgt, key=lambda n: n[2])
    for (s_span, s_tok, s_val), (t_span, t_tok, _) in zip(lost, added):
        expected = format_number(s_val, tr, s_tok) if s_val is not None else s_tok
        found.append(_finding(unit, "number", "qa.number.changed", s_span, t_span, [expected],
                              target=t_tok, expected=expected, source=s_tok))
    for span, tok, _ in lost[len(added):]:
        found.append(_finding(unit, "number", "qa.number.missing", span, number=tok))
    for span, tok, _ in added[len(lost):]:
        found.append(_finding(unit, "number", "qa.number.extra", None, span, number=tok))
    return found


# ----------------------------------------------------------------------------- addresses, tags, placeholders

def check_addresses(unit: Unit, ctx: Context) -> list[QAFinding]:
    found: list[QAFinding] = []
    for pattern in (urls.URL_RE, urls.EMAIL_RE):
        src = [(m.span(), m.group()) for m in pattern.finditer(unit.source)]
        tgt = [(m.span(), m.group()) for m in pattern.finditer(unit.target_text)]
        lost, added = _unmatched(src, tgt, key=lambda a: a[1])
        found += [_finding(unit, "url", "qa.url.changed", s[0], t[0], [s[1]], target=t[1], source=s[1])
                  for s, t in zip(lost, added)]
        found += [_finding(unit, "url", "qa.url.missing", s[0], address=s[1]) for s in lost[len(added):]]
        found += [_finding(unit, "url", "qa.url.extra", None, t[0], address=t[1]) for t in added[len(lost):]]
    return found


_POSITIONAL_RE = regex.compile(r"^%[-+#0]*\d*(?:\.\d+)?(?:ll|l|h)?[sdifuxXoeEgGc@]$")


def _compare_markup(unit: Unit, kind: str, src: list[inline.Markup], tgt: list[inline.Markup]) -> list[QAFinding]:
    lost, added = _unmatched(src, tgt, key=lambda m: m.key)
    # One finding per defect: a changed item is one, and so are the tags that went (or came) together.
    found = [_finding(unit, kind, f"qa.{kind}.changed", (s.start, s.end), (t.start, t.end), [s.text],
                      target=t.text, source=s.text) for s, t in zip(lost, added)]
    lost, added = lost[len(added):], added[len(lost):]
    if lost:
        found.append(_finding(unit, kind, f"qa.{kind}.missing", (lost[0].start, lost[-1].end),
                              **{kind: ", ".join(m.text for m in lost)}))
    if added:
        found.append(_finding(unit, kind, f"qa.{kind}.extra", None, (added[0].start, added[-1].end),
                              **{kind: ", ".join(m.text for m in added)}))
    if found:
        return found
    if kind == "tag":
        if [m.key for m in src] != [m.key for m in tgt]:
            found.append(_finding(unit, kind, "qa.tag.order", (src[0].start, src[-1].end),
                                  (tgt[0].start, tgt[-1].end)))
    else:
        # Only placeholders filled by position (%s, %d) must keep their order; {0} and %1$s may move.
        s_pos = [m for m in src if _POSITIONAL_RE.match(m.text)]
        t_pos = [m for m in tgt if _POSITIONAL_RE.match(m.text)]
        if [m.key for m in s_pos] != [m.key for m in t_pos]:
            found.append(_finding(unit, kind, "qa.placeholder.order", (s_pos[0].start, s_pos[-1].end),
                                  (t_pos[0].start, t_pos[-1].end), placeholders=", ".join(m.text for m in s_pos)))
    return found


def check_markup(unit: Unit, ctx: Context) -> list[QAFinding]:
    s, t = unit.source, unit.target_text
    return (_compare_markup(unit, "tag", inline.tags(s, unit.codes), inline.tags(t, unit.codes))
            + _compare_markup(unit, "placeholder", inline.placeholders(s, unit.codes),
                              inline.placeholders(t, unit.codes)))


# ----------------------------------------------------------------------------- terms, untranslated

def check_terms(unit: Unit, ctx: Context) -> list[QAFinding]:
    if ctx.glossary is None:
        return []
    found: list[QAFinding] = []
    target = unit.target_text
    for term in ctx.glossary.terms:
        spans = term.find_source(unit.source)
        if not spans:
            continue
        for start, end, bad in term.find_forbidden(target):
            found.append(_finding(unit, "term", "qa.term.forbidden", spans[0], (start, end),
                                  [term.expected] if term.expected else [], found=target[start:end],
                                  term=term.source, expected=term.expected))
        if term.do_not_translate and len(term.find_target(target)) < len(spans):
            found.append(_finding(unit, "term", "qa.term.keep", spans[0], term=term.source))
        elif term.targets and not term.do_not_translate and not term.find_target(target) \
                and not term.find_forbidden(target):
            found.append(_finding(unit, "term", "qa.term.missing", spans[0], term=term.source,
                                  expected=term.expected))
    return found


_WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")


def check_untranslated(unit: Unit, ctx: Context) -> list[QAFinding]:
    if not unit.source.strip():
        return []
    if not unit.target_text.strip():
        return [_finding(unit, "untranslated", "qa.untranslated.empty", (0, len(unit.source)))]
    same = " ".join(unit.source.split()).casefold() == " ".join(unit.target_text.split()).casefold()
    plain = unit.source
    for m in reversed(inline.markup(plain, unit.codes)):
        plain = plain[:m.start] + " " + plain[m.end:]
    if same and len(_WORD_RE.findall(plain)) >= ctx.target_rules.untranslated_min_words:
        return [_finding(unit, "untranslated", "qa.untranslated.same", (0, len(unit.source)),
                         (0, len(unit.target_text)))]
    return []


# ----------------------------------------------------------------------------- punctuation and spacing

_TAIL_RE = regex.compile(r"(?:</?[A-Za-z][^<>]*>|\{\d+\}|[\"'”’»)\]\s])+$")


@lru_cache(maxsize=64)
def _patterns(rules: LocaleRules) -> dict[str, object]:
    """The regular expressions a locale's rules need, compiled once."""
    marks = sorted(rules.final_marks + tuple(x for g in rules.equivalent for x in g), key=len, reverse=True)
    return {
        "marks": [(m, next((g[0] for g in rules.equivalent if m in g), m)) for m in marks],
        "inverted": [(o, c, regex.compile(rf"[^.!?]*{regex.escape(c)}")) for o, c in rules.inverted],
        "before": [(m, regex.compile(rf"(?<=\S)(?: ?){regex.escape(m)}(?![\p{{L}}\p{{N}}])"))
                   for m in rules.space_before],
        "after": [(m, regex.compile(rf"{regex.escape(m)} ?(?=\S)")) for m in rules.space_after],
        "no_space": [(m, regex.compile(rf"(?<=[\p{{L}}\p{{N}}])[ {_NBSP}]+{regex.escape(m)}(?=\s|$)"))
                     for m in rules.no_space_before],
    }


def _trailing_mark(text: str, rules: LocaleRules) -> tuple[str, int]:
    """The final punctuation mark (normalised) and where it starts, ignoring closing markup and quotes."""
    end = len(text.rstrip())
    m = _TAIL_RE.search(text, 0, end)
    if m and not inline.PLACEHOLDER_RE.fullmatch(m.group().strip()):
        end = m.start()
    core = text[:end]
    for mark, canonical in _patterns(rules)["marks"]:
        if core.endswith(mark):
            return canonical, end - len(mark)
    return "", end


def check_punctuation(unit: Unit, ctx: Context, blocked_t: list[Span]) -> list[QAFinding]:
    tr = ctx.target_rules
    target = unit.target_text
    found: list[QAFinding] = []
    s_mark, _ = _trailing_mark(unit.source, ctx.source_rules)
    t_mark, t_pos = _trailing_mark(target, tr)
    lang = base(ctx.target_language)
    if s_mark != t_mark:
        if s_mark and t_mark:
            found.append(_finding(unit, "punctuation", "qa.punctuation.final", None, (t_pos, t_pos + len(t_mark)),
                                  [s_mark], source=s_mark, target=t_mark))
        elif s_mark:
            found.append(_finding(unit, "punctuation", "qa.punctuation.final_missing", None, (t_pos, t_pos),
                                  [s_mark], source=s_mark))
        else:
            found.append(_finding(unit, "punctuation", "qa.punctuation.final_extra", None,
                                  (t_pos, t_pos + len(t_mark)), [""], target=t_mark))
    for opening, closing, sentence_re in _patterns(tr)["inverted"]:
        for sentence in sentence_re.finditer(target):
            if opening not in sentence.group():
                start = sentence.start() + len(sentence.group()) - len(sentence.group().lstrip())
                found.append(_finding(unit, "punctuation", "qa.punctuation.inverted", None, (start, start),
                                      [opening], language=lang, opening=opening, closing=closing))
    if tr.quotes:
        allowed = {q for pair in tr.quotes for q in pair}
        for m in regex.finditer(r"[“”„‟«»‹›‚]", target):
            if m.group() not in allowed and not _inside(m.span(), blocked_t):
                found.append(_finding(unit, "punctuation", "qa.punctuation.quotes", None, m.span(),
                                      quote=m.group(), language=lang))
    return found


def check_spacing(unit: Unit, ctx: Context, blocked_t: list[Span]) -> list[QAFinding]:
    tr = ctx.target_rules
    target, source = unit.target_text, unit.source
    lang = base(ctx.target_language)
    found: list[QAFinding] = []
    s_lead, t_lead = len(source) - len(source.lstrip()), len(target) - len(target.lstrip())
    if source[:s_lead] != target[:t_lead]:
        found.append(_finding(unit, "spacing", "qa.spacing.leading", (0, s_lead), (0, t_lead), [source[:s_lead]]))
    s_trail, t_trail = len(source.rstrip()), len(target.rstrip())
    if source[s_trail:] != target[t_trail:]:
        found.append(_finding(unit, "spacing", "qa.spacing.trailing", (s_trail, len(source)),
                              (t_trail, len(target)), [source[s_trail:]]))
    patterns = _patterns(tr)
    for mark, pattern in patterns["before"]:
        for m in pattern.finditer(target):
            if not _inside(m.span(), blocked_t) and not regex.match(r"^\d", target[m.end():]):
                found.append(_finding(unit, "spacing", "qa.spacing.before", None, (m.start(), m.end() - len(mark)),
                                      ["\u202f"], mark=mark, language=lang))
    for mark, pattern in patterns["after"]:
        for m in pattern.finditer(target):
            if not _inside(m.span(), blocked_t):
                found.append(_finding(unit, "spacing", "qa.spacing.after", None, (m.start() + len(mark), m.end()),
                                      ["\u202f"], mark=mark, language=lang))
    for mark, pattern in patterns["no_space"]:
        for m in pattern.finditer(target):
            if not _inside(m.span(), blocked_t):
                found.append(_finding(unit, "spacing", "qa.spacing.no_space", None,
                                      (m.start(), m.end() - len(mark)), [""], mark=mark))
    inner = target.strip()
    offset = t_lead
    for m in _DOUBLE_SPACE_RE.finditer(inner):
        if "  " not in source:
            found.append(_finding(unit, "spacing", "qa.spacing.double", None,
                                  (offset + m.start(), offset + m.end()), [" "]))
    return found


def check_length(unit: Unit, ctx: Context) -> list[QAFinding]:
    target, rules = unit.target_text, ctx.target_rules
    if not target:
        return []
    if unit.max_width is not None and len(target) > unit.max_width:
        return [_finding(unit, "length", "qa.length.max", None, (unit.max_width, len(target)),
                         length=len(target), limit=unit.max_width)]
    if len(unit.source) >= rules.ratio_min_chars:
        ratio = len(target) / len(unit.source)
        if ratio > rules.ratio_max or ratio < rules.ratio_min:
            return [_finding(unit, "length", "qa.length.ratio", None, None, ratio=f"{ratio:.1f}")]
    return []


def check_unit(unit: Unit, ctx: Context) -> list[QAFinding]:
    """Every per-unit check of one unit (the file-wide and engine checks are in ``qa``)."""
    untranslated = check_untranslated(unit, ctx)
    if untranslated:
        return untranslated
    blocked_s = protected_spans(unit.source, unit.codes, ctx.source_language)
    blocked_t = protected_spans(unit.target_text, unit.codes, ctx.target_language)
    found = check_markup(unit, ctx) + check_addresses(unit, ctx)
    dates, s_dates, t_dates = check_dates(unit, ctx, blocked_s, blocked_t)
    found += dates
    found += check_numbers(unit, ctx, blocked_s + s_dates, blocked_t + t_dates)
    found += check_terms(unit, ctx)
    found += check_punctuation(unit, ctx, blocked_t)
    found += check_spacing(unit, ctx, blocked_t)
    found += check_length(unit, ctx)
    return found
