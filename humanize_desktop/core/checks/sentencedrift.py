"""Sentence by sentence: does one stretch of the suggestion still say what the draft said?

``compare(draft, draft_span, suggestion, suggestion_span, language)`` is
the model-free half of the meaning drift check (``checks.drift`` calls it
per paragraph). The draft's sentences are aligned with the suggestion's
(``align``: 1-1, a sentence split in two or three, or merged), and each
aligned group is compared word by word with crude stems
(``checks.contentwords``):

- ``dropped``: a clause's worth of the draft's content words is gone (two
  or more in a row, or one that took the rest of its clause with it, as in
  "is not without its challenges"), or three or more scattered ones;
- ``invented``: content words the draft paragraph has no counterpart for,
  two in a row or three scattered;
- ``subject``: the grammatical subject changed person ("Teams saved" ->
  "We saved"), or another noun does the same verb ("Our engineers tested"
  -> "Users tested"), or a left-out pronoun hands a clause to a different
  subject (", and it is crucial" -> "and is crucial"), or, where subjects
  are dropped, a verb changed its person ending ("valoran" -> "valoramos");
- ``roles``: two words swapped places around a verb both sides share
  ("Anna reviewed Ben's draft" -> "Ben reviewed Anna's draft"), unless
  one side is passive ("was written by Maria" -> "Maria wrote");
- ``quantifier``: a scope word changed ("some" -> "all"), or a narrowing
  one went ("many schools" -> "schools").

The AI-tell phrases a humanizer is meant to cut (``aitells.find``) are not
counted as missing, and their plainer alternatives are not new content.
Words spelt nearly alike ("report"/"reprot") are one word here: a typo is
the grammar and spelling checks' business.

Calibrated on ``benchmarks/data/drift_pairs.toml`` (frozen before tuning;
``benchmarks/calibrate_drift.py`` prints recall and false alarms, also on
a held-out set written afterwards).
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from humanize_desktop.core import messages, segmentation
from humanize_desktop.core.checks import aitells
from humanize_desktop.core.checks import contentwords as cw
from humanize_desktop.core.messages import Message

DROPPED, INVENTED, SUBJECT, ROLES, QUANTIFIER = "dropped", "invented", "subject", "roles", "quantifier"
SENTENCE_DRIFT_KINDS = (DROPPED, INVENTED, SUBJECT, ROLES, QUANTIFIER)

messages.register({
    "drift.dropped": "a clause of the draft is missing here: '{clause}'",
    "drift.dropped-sentence": "a sentence of the draft is missing: '{sentence}'",
    "drift.dropped-words": "words that carry the draft's meaning are missing: {words}",
    "drift.invented": "the suggestion adds something the draft does not say: '{words}'",
    "drift.invented-words": "the suggestion uses words the draft has no counterpart for: {words}",
    "drift.subject": "the subject changed: '{before}' became '{after}'",
    "drift.subject-elided": "'{pronoun}' was left out, so '{clause}' now reads as said of '{after}'",
    "drift.roles": "who does what changed: '{first}' and '{second}' swapped places around '{verb}'",
    "drift.quantifier": "the scope changed: '{before}' became '{after}'",
    "drift.quantifier-dropped": "the scope widened: '{before}' was dropped",
    "drift.quantifier-added": "the scope changed: '{after}' was added",
})

#: A run of missing (or new) content words this long is a clause's worth, whatever its length.
MIN_WORDS = 2
#: This many missing (or new) content words in one sentence are drift even when scattered.
SCATTERED_WORDS = 3


@dataclass(frozen=True)
class SentenceDrift:
    """One way a sentence of the suggestion no longer says what the draft said."""

    kind: str  # one of SENTENCE_DRIFT_KINDS
    draft_start: int
    draft_end: int
    suggestion_start: int
    suggestion_end: int
    message: Message


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class _Side:
    """One paragraph of one text: its words, its sentences as word ranges, and what to ignore."""

    def __init__(self, text: str, start: int, end: int, lex: cw.WordLexicon, tells: bool) -> None:
        self.text, self.lex = text, lex
        self.words = cw.words(text, lex, start, end)
        starts = [w.start for w in self.words]
        self.sentences: list[tuple[int, int]] = []  # word index ranges
        self.spans: list[tuple[int, int]] = []  # their character spans, without trailing space
        for s, e in segmentation.sentences(text, start, end):
            i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            if j > i:
                self.sentences.append((i, j))
                self.spans.append((self.words[i].start, self.words[j - 1].end))
        self.firsts = {i for i, _ in self.sentences}
        self.ignored: set[int] = set()
        self.allowed: set[str] = set()
        if tells and lex.language in aitells.languages():
            for f in aitells.find(text[start:end], lex.language):
                if not f.rule.startswith("phrase:"):
                    continue
                a, b = f.start + start, f.end + start
                self.ignored.update(k for k, w in enumerate(self.words) if a <= w.start and w.end <= b)
                for alt in f.replacements:
                    self.allowed.update(w.stem for w in cw.words(alt, lex) if w.content)

    def content(self, i: int, j: int) -> list[int]:
        return [k for k in range(i, j) if self.words[k].content and k not in self.ignored]

    def breaks_before(self, k: int) -> bool:
        """Does a clause start at word ``k`` (after , ; : or a dash, or at a clause word)?"""
        if k in self.firsts or self.words[k].lower in self.lex.clause_words:
            return True
        between = self.text[self.words[k - 1].end:self.words[k].start]
        return bool(regex.search(r"[,;:()—–]", between))


@lru_cache(maxsize=65536)  # a document repeats its words: the same pairs come back paragraph after paragraph
def _misspelt(a: str, b: str) -> bool:
    """Two spellings of one word ("report"/"reprot", "organise"/"organize"), not two words."""
    if abs(len(a) - len(b)) > 2 or len(a) < 5:
        return False
    matcher = difflib.SequenceMatcher(None, a, b)
    # quick_ratio() bounds ratio() from above and costs a fraction of it: most pairs stop here.
    return matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def _matches(stem: str, stems: Sequence[str] | cw.StemSet) -> bool:
    if isinstance(stems, cw.StemSet):
        return stem in stems
    return any(cw.same_stem(stem, other) for other in stems)


def align(a_units: list[list[str]], b_units: list[list[str]]) -> list[tuple[list[int], list[int]]]:
    """Groups ``(draft indices, suggestion indices)`` of units (sentences or paragraphs, as stem lists).

    1-1, splits and merges of up to three, or a unit on one side only;
    chosen to match as many content words as possible.
    """
    n, m = len(a_units), len(b_units)
    # A stem is in a run of units when it is in one of them (StemSet lookups are per stem), so
    # each stem's units on the other side are found once, as a bit mask, and a run's score is
    # a sum of per-unit counts: no StemSet per run, no lookups per pairing.
    a_masks = _unit_masks(a_units, b_units)
    b_masks = _unit_masks(b_units, a_units)
    counts: dict[tuple[int, int, int, int], int] = {}

    def count(side: int, unit: int, start: int, length: int) -> int:
        """How many stems of ``unit`` (of side 0: draft, 1: suggestion) are in the other side's run."""
        key = (side, unit, start, length)
        found = counts.get(key)
        if found is None:
            run = ((1 << length) - 1) << start
            found = counts[key] = sum(1 for mask in (a_masks, b_masks)[side][unit] if mask & run)
        return found

    def score(i: int, di: int, j: int, dj: int) -> float:
        return (sum(count(0, k, j, dj) for k in range(i, i + di))
                + sum(count(1, k, i, di) for k in range(j, j + dj)))

    moves = ((1, 1, 0.0), (1, 0, 0.0), (0, 1, 0.0), (2, 1, 0.5), (1, 2, 0.5), (3, 1, 1.0), (1, 3, 1.0))
    best: dict[tuple[int, int], tuple[float, tuple[int, int] | None]] = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) not in best:
                continue
            here = best[(i, j)][0]
            for di, dj, penalty in moves:
                if i + di > n or j + dj > m:
                    continue
                value = here + (score(i, di, j, dj) - penalty if di and dj else 0.0)
                key = (i + di, j + dj)
                if key not in best or value > best[key][0] + 1e-9:
                    best[key] = (value, (i, j))
    groups = []
    key = (n, m)
    while key != (0, 0):
        prev = best[key][1]
        assert prev is not None
        groups.append((list(range(prev[0], key[0])), list(range(prev[1], key[1]))))
        key = prev
    return groups[::-1]


def _unit_masks(units: list[list[str]], others: list[list[str]]) -> list[list[int]]:
    """For each stem of each unit: a bit mask of the ``others`` holding it (``same_stem``)."""
    sets = [cw.StemSet(o) for o in others]
    return [[sum(1 << k for k, other in enumerate(sets) if stem in other) for stem in unit] for unit in units]


def _sentence_stems(side: _Side) -> list[list[str]]:
    return [[side.words[k].stem for k in side.content(*r)] for r in side.sentences]


def _group_span(side: _Side, indices: list[int], at: int) -> tuple[int, int]:
    if not indices:
        return at, at
    return side.spans[indices[0]][0], side.spans[indices[-1]][1]


def _runs(side: _Side, sentence: int, lost: Callable[[int], bool], kept: Callable[[int], bool]
          ) -> list[tuple[int, int, list[int]]]:
    """Stretches of a sentence between kept content words that hold lost ones: (first, last, lost)."""
    i, j = side.sentences[sentence]
    runs: list[tuple[int, int, list[int]]] = []
    first, found = i, []
    for k in range(i, j + 1):
        if k == j or kept(k) or (k > i and side.breaks_before(k)):
            if found:
                runs.append((first, found[-1], found))
            first, found = (k + 1 if k < j and kept(k) else k), []
        if k < j and not kept(k) and lost(k):
            found.append(k)
    return runs


def _missing_and_new(d: _Side, s: _Side, groups, lex: cw.WordLexicon) -> list[SentenceDrift]:
    d_stems = cw.StemSet(w.stem for w in d.words)
    s_stems = cw.StemSet(w.stem for w in s.words)
    allowed = cw.StemSet(d.allowed)
    present = [w.stem in s_stems for w in d.words]
    d_content = list(dict.fromkeys(w.lower for w in d.words if w.content))  # each spelling once
    novel = [w.content and w.stem not in d_stems and w.stem not in allowed
             and not any(_misspelt(w.lower, x) for x in d_content) for w in s.words]
    def lost(k: int) -> bool:
        return d.words[k].content and k not in d.ignored and not present[k]

    def kept(k: int) -> bool:
        return k in d.ignored or (d.words[k].content and present[k])

    found = []
    at_d, at_s = (d.spans[0][0] if d.spans else 0), (s.spans[0][0] if s.spans else 0)
    for ds, ss in groups:
        sa, sb = _group_span(s, ss, at_s)
        da, db = _group_span(d, ds, at_d)
        at_d, at_s = db, sb
        before = len(found)
        for sent in ds:
            i, j = d.sentences[sent]
            for first, last, gone in _runs(d, sent, lost, kept):
                # One word is a clause's worth only when the rest of its clause went with it.
                closes = next((k for k in range(last + 1, j) if kept(k) or d.breaks_before(k)), j)
                if len(gone) < MIN_WORDS and (last - first + 1 < 4 or (closes < j and kept(closes))):
                    continue
                a, b = d.words[first].start, d.words[last].end
                whole = first == i and all(not lost(k) and not kept(k) for k in range(last + 1, j))
                msg = messages.make("drift.dropped-sentence", sentence=_short(d.text[a:b])) if whole and not ss \
                    else messages.make("drift.dropped", clause=_short(d.text[a:b]))
                found.append(SentenceDrift(DROPPED, a, b, sa, sb, msg))
        scattered = [k for sent in ds for k in range(*d.sentences[sent]) if lost(k)]
        if len(found) == before and len(scattered) >= SCATTERED_WORDS:
            a, b = d.words[scattered[0]].start, d.words[scattered[-1]].end
            found.append(SentenceDrift(DROPPED, a, b, sa, sb, messages.make(
                "drift.dropped-words", words=_short(", ".join(d.text[w.start:w.end] for w in
                                                             (d.words[k] for k in scattered))))))
        before = len(found)
        for sent in ss:
            for first, last, new in _runs(s, sent, lambda k: novel[k],
                                          lambda k: s.words[k].content and not novel[k]):
                if len(new) < MIN_WORDS:
                    continue
                a, b = s.words[new[0]].start, s.words[new[-1]].end
                found.append(SentenceDrift(INVENTED, da, db, a, b,
                                           messages.make("drift.invented", words=_short(s.text[a:b]))))
        scattered = [k for sent in ss for k in range(*s.sentences[sent]) if novel[k]]
        if len(found) == before and len(scattered) >= SCATTERED_WORDS:
            a, b = s.words[scattered[0]].start, s.words[scattered[-1]].end
            found.append(SentenceDrift(INVENTED, da, db, a, b, messages.make(
                "drift.invented-words", words=_short(", ".join(s.text[w.start:w.end] for w in
                                                              (s.words[k] for k in scattered))))))
    return found


def _head(side: _Side, sentence: int, lex: cw.WordLexicon) -> int | None:
    """The word that is most likely the sentence's grammatical subject (a pronoun or a content word).

    A short lead-in before the first comma ("After the update,", "Should you
    have any questions,") is skipped when it opens with a lead-in word or an
    AI-tell phrase, or is a single word.
    """
    i, j = side.sentences[sentence]
    start = i
    for k in range(i + 1, min(j, i + 9)):
        if "," in side.text[side.words[k - 1].end:side.words[k].start]:
            if k - i == 1 or i in side.ignored or side.words[i].lower in lex.lead_ins:
                start = k
            break
    for k in range(start, j):
        w = side.words[k]
        if k not in side.ignored and (w.content or w.lower in lex.subject_pronouns or w.lower in lex.impersonal):
            return k
    return None


def _persons(side: _Side, i: int, j: int, lex: cw.WordLexicon) -> set[str]:
    return {lex.subject_pronouns.get(w.lower) or lex.person_words.get(w.lower) or ""
            for w in side.words[i:j]} - {""}


def _next_content(side: _Side, k: int, limit: int) -> int | None:
    return next((x for x in range(k + 1, min(limit, k + 4)) if side.words[x].content), None)


def _subject(d: _Side, s: _Side, ds: list[int], ss: list[int], lex: cw.WordLexicon,
             spans: tuple[int, int, int, int]) -> list[SentenceDrift]:
    da, db, sa, sb = spans
    hd, hs = _head(d, ds[0], lex), _head(s, ss[0], lex)
    if hd is None or hs is None:
        return []
    wd, ws = d.words[hd], s.words[hs]
    pd, ps = lex.subject_pronouns.get(wd.lower), lex.subject_pronouns.get(ws.lower)
    d_end, s_end = d.sentences[ds[-1]][1], s.sentences[ss[-1]][1]
    changed = False
    if wd.lower in lex.impersonal or cw.same_stem(wd.stem, ws.stem):
        changed = False
    elif ps and ps[0] in "12":
        # "Teams saved" -> "We saved": a first or second person the draft paragraph never used.
        changed = ps not in _persons(d, 0, len(d.words), lex) and pd != ps
    elif pd and pd[0] in "12":
        # "I recommend" -> "The board recommends": the speaker is gone from the sentence.
        changed = pd not in _persons(s, s.sentences[ss[0]][0], s_end, lex)
    elif wd.content and ws.content and not pd and not ps and not _misspelt(wd.lower, ws.lower):
        # "Our engineers tested" -> "Users tested": same verb, someone else doing it.
        nd, ns = _next_content(d, hd, d_end), _next_content(s, hs, s_end)
        changed = (nd is not None and ns is not None and cw.same_stem(d.words[nd].stem, s.words[ns].stem)
                   and not _matches(wd.stem, [w.stem for w in s.words])
                   and not _matches(ws.stem, [w.stem for w in d.words]))
    found = []
    if changed:
        found.append(SentenceDrift(SUBJECT, wd.start, wd.end, ws.start, ws.end, messages.make(
            "drift.subject", before=d.text[wd.start:wd.end], after=s.text[ws.start:ws.end])))
    found.extend(_elided(d, s, ds, ss, lex, hd, hs))
    found.extend(_verb_persons(d, s, ds, ss, lex))
    return found


def _elided(d: _Side, s: _Side, ds: list[int], ss: list[int], lex: cw.WordLexicon, hd: int, hs: int
            ) -> list[SentenceDrift]:
    """", and it is crucial" -> " and is crucial": the verb now belongs to the suggestion's subject."""
    if cw.same_stem(d.words[hd].stem, s.words[hs].stem):
        return []
    d_range = range(d.sentences[ds[0]][0], d.sentences[ds[-1]][1] - 2)
    s_words = s.words[s.sentences[ss[0]][0]:s.sentences[ss[-1]][1]]
    found = []
    for k in d_range:
        conj, pron, verb = d.words[k:k + 3]
        if conj.lower not in lex.clause_words or pron.lower not in {*lex.subject_pronouns, *lex.impersonal}:
            continue
        for a, b in zip(s_words, s_words[1:]):
            if a.lower == conj.lower and b.lower == verb.lower:
                head = s.words[hs]
                found.append(SentenceDrift(SUBJECT, pron.start, pron.end, a.start, b.end, messages.make(
                    "drift.subject-elided", pronoun=d.text[pron.start:pron.end],
                    clause=_short(s.text[a.start:s.spans[ss[-1]][1]], 40), after=s.text[head.start:head.end])))
                return found
    return found


def _verb_persons(d: _Side, s: _Side, ds: list[int], ss: list[int], lex: cw.WordLexicon) -> list[SentenceDrift]:
    """The same verb with another person's ending ("valoran" -> "valoramos"), where subjects are dropped."""
    if not lex.person_endings:
        return []
    s_words = [w for x in ss for w in s.words[slice(*s.sentences[x])] if w.content]
    for x in ds:
        for w in d.words[slice(*d.sentences[x])]:
            pw = w.content and cw.person_of_ending(w.lower, lex)
            if not pw:
                continue
            for v in s_words:
                pv = cw.person_of_ending(v.lower, lex)
                if pv and pv != pw and v.stem == w.stem and (pv[0] in "12" or pw[0] in "12"):
                    return [SentenceDrift(SUBJECT, w.start, w.end, v.start, v.end, messages.make(
                        "drift.subject", before=d.text[w.start:w.end], after=s.text[v.start:v.end]))]
    return []


def _roles(d: _Side, s: _Side, ds: list[int], ss: list[int], lex: cw.WordLexicon) -> list[SentenceDrift]:
    """Two words that swapped places around a verb both sides share ("Anna reviewed Ben" -> "Ben reviewed Anna")."""
    def firsts(side: _Side, indices: list[int]) -> list[int]:
        seen = cw.StemSet()
        result = []
        for x in indices:
            for k in side.content(*side.sentences[x]):
                if side.words[k].stem not in seen:
                    seen.add(side.words[k].stem)
                    result.append(k)
        return result

    dk, sk = firsts(d, ds), firsts(s, ss)
    # same_stem holds only for equal stems or ones sharing their first four letters: look there.
    by_start: dict[str, list[int]] = {}
    for x in sk:
        by_start.setdefault(s.words[x].stem[:4], []).append(x)
    pos_s = {}
    for k in dk:
        stem = d.words[k].stem
        match = next((x for x in by_start.get(stem[:4], ()) if cw.same_stem(stem, s.words[x].stem)), None)
        if match is not None:
            pos_s[k] = match
    shared = sorted(pos_s)

    def passive(side: _Side, a: int, b: int) -> bool:
        return any(w.lower in lex.passive_markers for w in side.words[a:b + 1])

    for n, x in enumerate(shared):
        for y in shared[n + 1:]:
            if pos_s[y] >= pos_s[x]:
                continue
            verb = next((v for v in shared if x < v < y and pos_s[y] < pos_s[v] < pos_s[x]), None)
            if verb is None or passive(d, x, y) != passive(s, pos_s[y], pos_s[x]):
                continue
            wx, wy, wv = d.words[x], d.words[y], d.words[verb]
            return [SentenceDrift(ROLES, wx.start, wy.end, s.words[pos_s[y]].start, s.words[pos_s[x]].end,
                                  messages.make("drift.roles", first=d.text[wx.start:wx.end],
                                                second=d.text[wy.start:wy.end], verb=d.text[wv.start:wv.end]))]
    return []


def _quantifiers(d: _Side, s: _Side, lex: cw.WordLexicon, spans: tuple[int, int, int, int]) -> list[SentenceDrift]:
    """A quantifier that changed scope, or a narrowing one that went ("many schools" -> "schools")."""
    da, db, sa, sb = spans
    qd = cw.quantifier_scopes(d.text, lex, da, db)
    qs = cw.quantifier_scopes(s.text, lex, sa, sb)
    lost = [q for q in qd if q[3] not in {x[3] for x in qs}]
    gained = [q for q in qs if q[3] not in {x[3] for x in qd}]
    if lost and gained:
        (a, b, before, _), (c, e, after, _) = lost[0], gained[0]
        return [SentenceDrift(QUANTIFIER, a, b, c, e, messages.make("drift.quantifier", before=before, after=after))]
    if lost and lost[0][3] in lex.narrowing:
        a, b, before, _ = lost[0]
        return [SentenceDrift(QUANTIFIER, a, b, sa, sb, messages.make("drift.quantifier-dropped", before=before))]
    if gained and not qd and gained[0][3] in ("all", "none"):
        c, e, after, _ = gained[0]
        return [SentenceDrift(QUANTIFIER, da, db, c, e, messages.make("drift.quantifier-added", after=after))]
    return []


def compare(draft: str, draft_span: tuple[int, int], suggestion: str, suggestion_span: tuple[int, int],
                      language: str) -> list[SentenceDrift]:
    """Sentence drift between one stretch of the draft and the stretch of the suggestion it became."""
    lex = cw.lexicon(language)
    if lex is None or draft[slice(*draft_span)] == suggestion[slice(*suggestion_span)]:
        return []
    d = _Side(draft, *draft_span, lex, tells=True)
    s = _Side(suggestion, *suggestion_span, lex, tells=False)
    groups = align(_sentence_stems(d), _sentence_stems(s))
    found = _missing_and_new(d, s, groups, lex)
    for ds, ss in groups:
        if not ds or not ss:
            continue
        spans = (*_group_span(d, ds, 0), *_group_span(s, ss, 0))
        found.extend(_subject(d, s, ds, ss, lex, spans))
        found.extend(_roles(d, s, ds, ss, lex))
        found.extend(_quantifiers(d, s, lex, spans))
    return sorted(found, key=lambda f: (f.draft_start, f.suggestion_start))
