"""Voice rules: deterministic edits that move a text toward a writer's profile.

``plan(text, language, profile, protected_terms)`` returns humanizer
``PlanItem``s with a fix, applied with the lexicon's own fixes by
``humanizer.fix.apply_fixes`` (so commas, spaces and capitals are mended
the same way, and each edit keeps its rule id and reason):

- ``voice.contractions``: a writer who contracts (``CONTRACTS_AT`` or more
  per 100 words) gets "do not" -> "don't" (negations everywhere, "it is" ->
  "it's" only before a word, never stranded: "who you are."; "we have",
  "I had", "there has" only before a past participle: "I had no idea"
  stays); one who never does (under ``NEVER_CONTRACTS`` in at least
  ``EVIDENCE_WORDS`` words) gets unambiguous contractions written out, and
  "it's" as "it is" only where it cannot be "it has" (not before a participle);
- ``voice.semicolons``: a writer who never uses semicolons gets ". " and a
  capital instead, where the sentence has one semicolon and at least
  ``MIN_PART`` - 1 words before it and ``MIN_PART`` after;
- ``voice.split``: a sentence longer than the writer's mean plus one
  standard deviation is split at each ", and"/", but"/", or"/", although"
  that starts a new clause (after "and" the next word must be a clause
  starter; never "so that", "but also": fragments), and at
  ", which" before a verb (". This means"), where every part keeps
  ``MIN_PART`` words; a long sentence without such a point becomes a
  model job (``voice.sentence-length``, job "split": medium and strong);
- ``voice.join``: for a long-sentence voice (mean ``LONG_VOICE`` words or
  more), two sentences of a paragraph run on, up to the writer's usual length
  and never past ``JOIN_MAX_WORDS``, where the second opens with a clause
  starter or an opening phrase and then a subject (", and the ...", ", and
  in 1943, the ..."), a conjunction and a subject (", but we ..."), "This
  means" (", which means"), or "However" (a semicolon, for a writer who uses
  them); a third sentence joins a chain only by a semicolon;
- ``voice.spelling``: a British or American writer gets their spelling.

``polish(text, ...)`` applies the word habits alone (contractions,
spelling) to a sentence the model wrote, so a model job does not undo them.

Which words are contractions, clause starters and spelling pairs is per
language data (``voice.language``); a language without data gets only the
language-free semicolon rule.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import regex

from humanize_desktop.core import messages, segmentation
from humanize_desktop.core.humanizer import protect
from humanize_desktop.core.humanizer.fix import apply_fixes
from humanize_desktop.core.humanizer.plan import PlanItem
from humanize_desktop.core.humanizer.splicing import cased
from humanize_desktop.core.voice.language import VoiceData, normalise, voice_data
from humanize_desktop.core.voice.profile import VoiceProfile

log = logging.getLogger(__name__)

CONTRACTS_AT = 1.0  # contractions per 100 words from which a writer "contracts"
NEVER_CONTRACTS = 0.1
EVIDENCE_WORDS = 100  # "never" needs this many sample words to mean anything
MIN_PART = 4  # words each side of a split or a semicolon must keep
MIN_SPLIT = 10  # never split sentences shorter than this
LONG_VOICE = 18.0  # sentence mean from which short sentences are joined
# Never join past this many words, whatever the voice: the grammar check flags longer sentences
# (Harper's "long sentences"), and a planned join it then drops takes its sentence's other edits along.
JOIN_MAX_WORDS = 40

messages.register({
    "humanizer.voice.contract": "Your voice “{voice}” uses contractions: “{phrase}” → “{fix}”.",
    "humanizer.voice.expand": "Your voice “{voice}” writes words out: “{phrase}” → “{fix}”.",
    "humanizer.voice.semicolons": "Your voice “{voice}” uses no semicolons: two sentences instead.",
    "humanizer.voice.split": "Your voice “{voice}” has shorter sentences (about {words} words): split in two.",
    "humanizer.voice.sentence-length": "Your voice “{voice}” has shorter sentences (about {words} words): "
                                       "the model split this one.",
    "humanizer.voice.join": "Your voice “{voice}” has longer sentences (about {words} words): joined.",
    "humanizer.voice.spelling": "Your voice “{voice}” spells it “{fix}”.",
})

_B = r"(?<![\p{L}\p{N}'’])"  # a word starts here
_E = r"(?![\p{L}\p{N}'’])"  # a word ends here
_NEXT_WORD_RE = regex.compile(r"[^\S\n]+([\p{L}][\p{L}\p{M}'’\-]*)")
_AFTER_OPENING_RE = regex.compile(r"[^,;:.!?\n]*,[^\S\n]+([\p{L}][\p{L}'’]*)")  # "In 1943, [an]"


def phrase_re(phrase: str) -> regex.Pattern[str]:
    """A written-out form ("do not") as the rules match it: whole words, any apostrophe, any case."""
    return regex.compile(_B + segmentation.phrase_pattern(phrase, r"[^\S\n]+") + _E, regex.IGNORECASE | regex.V1)


class _Text:
    """One piece of text: its sentences, protected spans and apostrophe style."""

    def __init__(self, text: str, language: str, terms: Iterable[str]) -> None:
        self.text = text
        self.sentences = [(s, s + len(text[s:e].rstrip())) for s, e in segmentation.sentences(text)]
        self.guard = protect.Guard(protect.protected_spans(text, language or "en", terms))
        self.curly = text.count("’") > text.count("'")

    def sentence(self, pos: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= pos < max(e, s + 1):
                return s, e
        return pos, pos

    def apostrophe(self, fix: str) -> str:
        return fix.replace("'", "’") if self.curly else fix


def _item(t: _Text, start: int, end: int, rule: str, message: messages.Message, fix: str) -> PlanItem:
    return PlanItem(start, end, rule, message, fix, None, t.sentence(start))


def _contractions(t: _Text, profile: VoiceProfile, data: VoiceData) -> list[PlanItem]:
    items: list[PlanItem] = []
    if profile.contractions >= CONTRACTS_AT:
        table = [(p, f, "") for p, f in data.negations.items()] + \
                [(p, f, "word") for p, f in data.before_word.items()] + \
                [(p, f, "participle") for p, f in data.before_participle.items()]
        mid = "humanizer.voice.contract"
    elif profile.contractions < NEVER_CONTRACTS and profile.words >= EVIDENCE_WORDS:
        table = [(p, f, "") for p, f in data.expansions.items()] + \
                [(p, f, "not-participle") for p, f in data.expansions_before_word.items()]
        mid = "humanizer.voice.expand"
    else:
        return items
    for phrase, fix, needs_word in table:
        for m in phrase_re(phrase).finditer(t.text):
            if t.guard.overlaps(m.start(), m.end()):
                continue
            if needs_word:
                after = _NEXT_WORD_RE.match(t.text, m.end())
                nxt = normalise(after.group(1)) if after else ""
                if needs_word == "participle":
                    if not data.is_participle(nxt):
                        continue  # "we have two dogs" is not "we've two dogs"
                elif needs_word == "not-participle":
                    if not nxt or data.is_participle(nxt):
                        continue  # "it's been" is "it has been", "it's done" either: they stay
                elif not nxt or nxt in data.not_before:
                    continue  # "who you are." / "where it is and" stay written out
            new = t.apostrophe(cased(fix, m.group()))
            items.append(_item(t, m.start(), m.end(), "voice.contractions",
                               messages.make(mid, voice=profile.name, phrase=m.group(), fix=new), new))
    return items


def _words_between(text: str, a: int, b: int) -> int:
    return segmentation.count_words(text[a:b])


def _semicolons(t: _Text, profile: VoiceProfile) -> list[PlanItem]:
    if profile.punctuation_rate("semicolons") > 0 or profile.words < EVIDENCE_WORDS:
        return []
    items = []
    for m in regex.finditer(r";([^\S\n]+)(\p{Ll}[\p{L}\p{M}'’\-]*)", t.text):
        s, e = t.sentence(m.start())
        if t.text.count(";", s, e) > 1 or t.guard.overlaps(m.start(), m.end()):
            continue  # several semicolons in one sentence: a list, not two clauses
        if _words_between(t.text, s, m.start()) < MIN_PART - 1 or _words_between(t.text, m.start(2), e) < MIN_PART:
            continue
        word = m.group(2)
        fix = ". " + word[0].upper() + word[1:]
        items.append(_item(t, m.start(), m.end(), "voice.semicolons",
                           messages.make("humanizer.voice.semicolons", voice=profile.name), fix))
    return items


def _clause_word(word: str, data: VoiceData) -> bool:
    return normalise(word) in data.clause_starters


def _split(t: _Text, profile: VoiceProfile, data: VoiceData) -> list[PlanItem]:
    if not data.split_after_comma:
        return []
    limit = max(MIN_SPLIT, profile.sentence_mean + profile.sentence_stdev)
    conj = "|".join(regex.escape(c) for c in sorted(data.split_after_comma, key=len, reverse=True))
    pattern = regex.compile(rf",[^\S\n]+({conj})[^\S\n]+([\p{{L}}][\p{{L}}\p{{M}}'’\-]*)", regex.IGNORECASE)
    message = messages.make("humanizer.voice.split", voice=profile.name, words=round(profile.sentence_mean))
    items = []
    for s, e in t.sentences:
        total = _words_between(t.text, s, e)
        if total <= limit:
            continue
        # Every safe point, left to right, that leaves each part MIN_PART words or more.
        last = s
        found = len(items)
        for m in pattern.finditer(t.text, s, e):
            conjunction, word = normalise(m.group(1)), m.group(2)
            if conjunction not in data.split_any_word and not _clause_word(word, data):
                continue
            if normalise(word) in data.split_not_before:
                continue  # ". So that we can ..." is a fragment
            if not word[:1].islower() and normalise(word) not in data.keep_capital:
                continue  # "and Berlin": a name after the conjunction is no new clause
            if _words_between(t.text, last, m.start()) < MIN_PART or _words_between(t.text, m.start(2), e) < MIN_PART:
                continue
            if t.guard.overlaps(m.start(), m.end()):
                continue
            opener = data.split_after_comma[conjunction]
            fix = f". {cased(opener, 'X')} {word}" if opener else ". " + word[0].upper() + word[1:]
            items.append(_item(t, m.start(), m.end(), "voice.split", message, fix))
            last = m.start(2)
        items += _split_relative(t, data, s, e, last, message)
        if len(items) == found and not t.guard.contains(s):
            # No safe point for a rule: at medium and strong the model gets the sentence to split
            # (a "split" job, judged like every job: facts kept, two sentences, closer to the voice).
            items.append(PlanItem(s, e, "voice.sentence-length", messages.make(
                "humanizer.voice.sentence-length", voice=profile.name, words=round(profile.sentence_mean)),
                None, "split", (s, e)))
    return items


def _split_relative(t: _Text, data: VoiceData, s: int, e: int, last: int,
                    message: messages.Message) -> list[PlanItem]:
    """", which means ..." -> ". This means ...", after the other split points of the sentence."""
    items = []
    for pronoun, opener in data.split_relative.items():
        pattern = rf",[^\S\n]+{regex.escape(pronoun)}[^\S\n]+(\p{{Ll}}[\p{{L}}]*)"
        for m in regex.finditer(pattern, t.text[:e], pos=max(s, last), flags=regex.IGNORECASE):
            if not data.relative_verb_ending or not m.group(1).endswith(data.relative_verb_ending):
                continue
            if _words_between(t.text, last, m.start()) < MIN_PART or _words_between(t.text, m.start(1), e) < MIN_PART:
                continue
            if t.guard.overlaps(m.start(), m.end()):
                continue
            items.append(_item(t, m.start(), m.end(), "voice.split", message, f". {opener} {m.group(1)}"))
            last = m.start(1)
    return items


def _join_fix(t: _Text, previous: tuple[int, int], s: int, e: int, word: str, chained: bool,
              profile: VoiceProfile, data: VoiceData) -> str | None:
    """What ". Word" becomes when the sentence at ``s`` runs on from the one before, or None.

    In order: an opener a semicolon may take ("; however,"), a conjunction ("But we" -> ", but
    we"), "This means" -> ", which means", a clause starter or an opening phrase before a subject
    ("In 1943, the" -> ", and in 1943, the"). A sentence already joined once (``chained``), or
    one of the two with its own ", and", takes only a semicolon: no "X, and Y, and Z" runs on."""
    key = normalise(word)
    semicolons = profile.punctuation_rate("semicolons") > 0
    lowered = word if key in data.keep_capital else word[0].lower() + word[1:]
    if key in data.join_with_semicolon:
        return f"; {lowered}" if semicolons else None
    nxt = _NEXT_WORD_RE.match(t.text, s + len(word), e)
    # One ", and" a sentence: "X, and Y, and Z" runs on; a semicolon may take the second.
    conjunction = regex.compile(rf",[^\S\n]+{regex.escape(data.join_with)}[^\S\n]", regex.IGNORECASE)
    has_and = chained or conjunction.search(t.text, previous[0], e) is not None
    if key in data.join_conjunctions:
        if chained or (key == data.join_with and has_and) or not nxt or not _clause_word(nxt.group(1), data):
            return None
        return f", {lowered}"
    if key in data.join_relative and nxt and normalise(nxt.group(1)) in data.relative_verbs:
        return None if chained else f", {data.join_relative[key]}"
    subject = _AFTER_OPENING_RE.match(t.text, s, e) if key in data.join_openers else None
    opening = subject is not None and subject.group(1)[:1].islower() and _clause_word(subject.group(1), data)
    if _clause_word(word, data) or opening:
        if has_and:
            return f"; {lowered}" if semicolons else None
        if any(normalise(w) in data.requests for w in segmentation.words(t.text[previous[0]:previous[1]])):
            return None  # "please reply, and we value ..." would read as a condition
        return f", {data.join_with} {lowered}"
    return None


def _join(t: _Text, profile: VoiceProfile, data: VoiceData) -> list[PlanItem]:
    if profile.sentence_mean < LONG_VOICE or not data.join_with:
        return []
    target = min(profile.sentence_mean + profile.sentence_stdev / 2, JOIN_MAX_WORDS)
    items = []
    length = 0
    chained = False
    previous: tuple[int, int] | None = None
    for s, e in t.sentences:
        n = _words_between(t.text, s, e)
        first = _NEXT_WORD_RE.match(" " + t.text[s:e])
        joinable = (previous is not None and n >= 3 and length >= 3 and length + n <= target
                    and t.text[previous[1] - 1:previous[1]] == "." and t.text[e - 1:e] == "."
                    and "\n" not in t.text[previous[1]:s] and first is not None
                    and first.group(1)[:1].isupper())
        fix = (_join_fix(t, previous, s, e, first.group(1), chained, profile, data)
               if joinable and first and previous else None)
        if fix is not None and previous is not None and first is not None:
            start, end = previous[1] - 1, s + len(first.group(1))
            if t.text[start:end].isupper():
                # ". I" looks all capitals, and the splicer would write the fix in capitals too:
                # the span takes the next word along ("I know").
                more = _NEXT_WORD_RE.match(t.text, end)
                fix, end = (fix + t.text[end:more.end()], more.end()) if more else (fix, end)
            if not t.text[start:end].isupper() and not t.guard.overlaps(start, end):
                items.append(_item(t, start, end, "voice.join", messages.make(
                    "humanizer.voice.join", voice=profile.name, words=round(profile.sentence_mean)), fix))
                length += n
                previous = (s, e)
                chained = True
                continue
        length, previous, chained = n, (s, e), False
    return items


def _spelling(t: _Text, profile: VoiceProfile, data: VoiceData) -> list[PlanItem]:
    table = {"british": data.american, "american": data.british}.get(profile.spelling)
    if not table:
        return []
    items = []
    for m in regex.finditer(_B + r"\p{Ll}[\p{L}]*" + _E, t.text):
        fix = table.get(m.group())
        if fix and not t.guard.overlaps(m.start(), m.end()):
            items.append(_item(t, m.start(), m.end(), "voice.spelling",
                               messages.make("humanizer.voice.spelling", voice=profile.name, fix=fix), fix))
    return items


def _merged(t: _Text, items: list[PlanItem]) -> list[PlanItem]:
    """The items, where a split or join ends on the first word of a word habit ("," and "it" ->
    ". It", then "it has" -> "it's") made one edit (". It's"): overlapping fixes would lose one of them.
    The merged edit keeps the sentence rule's id and reason; the word habit rides along."""
    habits = [i for i in items if i.rule in WORD_HABITS and i.fix is not None]
    taken: set[int] = set()  # id() of the habits merged into a sentence edit
    out = []
    for item in items:
        if item.rule not in _SENTENCE_RULES or item.fix is None:
            out.append(item)
            continue
        for habit in habits:
            if id(habit) in taken or not item.start < habit.start < item.end or habit.fix is None:
                continue
            tail = t.text[habit.start:min(item.end, habit.end)]
            if not item.fix.casefold().endswith(t.text[habit.start:item.end].casefold()):
                continue
            head = item.fix[:len(item.fix) - (item.end - habit.start)]
            written = item.fix[len(head):]
            fix = habit.fix
            if written[:1].isupper() != tail[:1].isupper() and fix[:1].isalpha():
                fix = (fix[0].upper() if written[:1].isupper() else fix[0].lower()) + fix[1:]
            end = max(item.end, habit.end)
            item = PlanItem(item.start, end, item.rule, item.message, head + fix + t.text[habit.end:end],
                            item.job, item.sentence)
            taken.add(id(habit))
            break
        out.append(item)
    return [i for i in out if id(i) not in taken]


#: Habits of single words, safe to apply again to what the model wrote (``polish``).
WORD_HABITS = ("voice.contractions", "voice.spelling")
_SENTENCE_RULES = ("voice.split", "voice.join")


def polish(text: str, language: str, profile: VoiceProfile, protected_terms: Iterable[str] = ()) -> str:
    """``text`` (a model's sentence) with the voice's word habits: its contractions, its spelling."""
    items = [i for i in plan(text, language, profile, protected_terms) if i.rule in WORD_HABITS]
    return apply_fixes(text, items, language, protected_terms=protected_terms)[0] if items else text


def plan(text: str, language: str, profile: VoiceProfile, protected_terms: Iterable[str] = ()) -> list[PlanItem]:
    """The voice's rule fixes (and split jobs) for ``text`` (one piece of prose), sorted by position."""
    data = voice_data(language)
    t = _Text(text, data.language, protected_terms)
    items = _merged(t, _contractions(t, profile, data) + _semicolons(t, profile) + _split(t, profile, data)
                    + _join(t, profile, data) + _spelling(t, profile, data))
    log.debug("voice planned %d fixes for %d characters", len(items), len(text))
    return sorted(items, key=lambda i: (i.start, i.end, i.rule))
