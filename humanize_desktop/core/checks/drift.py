"""Meaning drift per paragraph: does the rewritten paragraph still say the same thing?

Each paragraph the changes touch is paired with the stretch of the
suggestion it became (its ends mapped through the changes by
``core.positions.map_position``), both are embedded with the loaded model
(``Embedder.embed``: one mean-pooled vector per text) and compared by
cosine similarity. Below ``THRESHOLD`` the paragraph gets a ``drift`` flag
on its first change.

Embeddings catch a paragraph that wandered off topic or lost most of its
content; they do not notice a dropped "not" or a changed number, which is
what the fidelity flags are for.

The threshold was calibrated with the bundled SmolLM2-135M-Instruct (Q4_1)
on 30 paraphrase pairs and 30 unrelated pairs of paragraphs in English,
German, French and Spanish (``benchmarks/calibrate_drift.py`` prints the
numbers). Mean-pooled vectors of a small causal model are all fairly alike:
paraphrases scored 0.917-0.990 (median 0.968), unrelated pairs 0.383-0.920
(median 0.651). At 0.88 no paraphrase is flagged and 28 of 30 unrelated
pairs are; pairs on the same topic that claim the opposite mostly score
like paraphrases (0.874-0.985), which is why negations and numbers have
their own flags.

Sentence by sentence, without a model (``sentence_drift``): the draft's
sentences are aligned with the suggestion's (a sentence may be split in two
or two merged into one), and each aligned pair is compared word by word with
crude stems (``contentwords``): a clause of the draft whose content words
are gone, content the draft never had, a grammatical subject that changed
("Teams saved" -> "We saved"), two names or nouns that swapped places around
their verb ("Anna reviewed Ben's draft" -> "Ben reviewed Anna's draft"), and
a quantifier that changed ("some" -> "all"). The AI-tell phrases a humanizer
is meant to cut (``aitells.find``) are not missed, and their plainer
alternatives are not new content. ``drift_flags`` turns these findings into
``drift`` flags on the change that overlaps them, with or without a model.
``benchmarks/calibrate_drift.py --sentences`` measures it on the labelled
pairs of ``benchmarks/data/drift_pairs.toml``.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import regex

from humanize_desktop.core import messages, tokens
from humanize_desktop.core.checks import aitells
from humanize_desktop.core.checks import contentwords as cw
from humanize_desktop.core.checks import language as lang_mod
from humanize_desktop.core.checks.findings import Flag
from humanize_desktop.core.diffing import Change
from humanize_desktop.core.messages import Message
from humanize_desktop.core.positions import map_position

#: Cosine similarity below which a paragraph counts as drifted (see module docstring).
THRESHOLD = 0.88


class Embedder(Protocol):
    """What drift needs from a model engine (``core.engine.base.Engine`` fits)."""

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


@dataclass(frozen=True)
class ParagraphDrift:
    draft_start: int
    draft_end: int
    suggestion_start: int
    suggestion_end: int
    similarity: float
    change_ids: tuple[str, ...]

    @property
    def drifted(self) -> bool:
        return self.similarity < THRESHOLD


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))
    return dot / norm if norm else 0.0


def paragraph_pairs(draft: str, suggestion: str, changes: Sequence[Change]
                    ) -> list[tuple[tuple[int, int], tuple[int, int], tuple[str, ...]]]:
    """Each draft paragraph with changes, the suggestion stretch it became, and its change ids."""
    ordered = sorted(changes, key=lambda c: (c.draft_start, c.draft_end))
    paras = tokens.paragraphs(draft) or [(0, 0)]
    starts = [s for s, _ in paras]
    grouped: dict[int, list[Change]] = {}
    for c in ordered:
        i = max(0, bisect.bisect_right(starts, c.draft_start) - 1)
        if c.draft_start == paras[i][1] and i + 1 < len(paras):
            i += 1
        grouped.setdefault(i, []).append(c)
    pairs = []
    for i, group in sorted(grouped.items()):
        a, b = paras[i]
        # Outward through a change half in the paragraph, so the stretch keeps all of
        # it; text inserted right at either end belongs to what follows it.
        sa = map_position(ordered, "draft", a, inside="start", at_insertion="before")
        sb = map_position(ordered, "draft", b, inside="end", at_insertion="before")
        pairs.append(((a, b), (sa, max(sa, sb)), tuple(c.id for c in group)))
    return pairs


def paragraph_drift(embedder: Embedder, draft: str, suggestion: str, changes: Sequence[Change]
                    ) -> list[ParagraphDrift]:
    """Similarity of every changed paragraph to what it became (one embedding call).

    A paragraph removed outright, or one that appears from nothing, has
    similarity 0 without asking the model.
    """
    pairs = paragraph_pairs(draft, suggestion, changes)
    full = [k for k, ((a, b), (sa, sb), _) in enumerate(pairs)
            if draft[a:b].strip() and suggestion[sa:sb].strip()]
    texts = []
    for k in full:
        (a, b), (sa, sb), _ = pairs[k]
        texts.extend((draft[a:b].strip(), suggestion[sa:sb].strip()))
    vectors = embedder.embed(texts) if texts else []
    similarity = {k: cosine(vectors[2 * n], vectors[2 * n + 1]) for n, k in enumerate(full)}
    return [ParagraphDrift(a, b, sa, sb, similarity.get(k, 0.0), ids)
            for k, ((a, b), (sa, sb), ids) in enumerate(pairs)
            if draft[a:b].strip() or suggestion[sa:sb].strip()]


def drift_flags(embedder: Embedder, draft: str, suggestion: str, changes: Sequence[Change]) -> list[Flag]:
    """A ``drift`` flag on the first change of each paragraph whose meaning moved."""
    flags = []
    for d in paragraph_drift(embedder, draft, suggestion, changes):
        if not d.drifted:
            continue
        if not draft[d.draft_start:d.draft_end].strip():
            detail = "a new paragraph the draft did not have"
        elif not suggestion[d.suggestion_start:d.suggestion_end].strip():
            detail = "this paragraph was removed"
        else:
            detail = (f"this paragraph may no longer say the same thing (similarity {d.similarity:.2f}, "
                      f"below {THRESHOLD:.2f})")
        flags.append(Flag(d.change_ids[0], "drift", detail))
    return flags


# ----------------------------------------------------------------------------- sentence by sentence

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
        self.text = text
        self.words = cw.words(text, lex, start, end)
        starts = [w.start for w in self.words]
        self.sentences: list[tuple[int, int]] = []  # word index ranges
        self.spans: list[tuple[int, int]] = []  # their character spans, without trailing space
        for s, e in tokens.sentences(text, start, end):
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
        if k in self.firsts:
            return True
        between = self.text[self.words[k - 1].end:self.words[k].start]
        return bool(regex.search(r"[,;:()—–]", between))


def _matches(stem: str, stems: Sequence[str]) -> bool:
    return any(cw.same_stem(stem, other) for other in stems)


def _align(d: _Side, s: _Side) -> list[tuple[list[int], list[int]]]:
    """Sentence groups ``(draft indices, suggestion indices)``: 1-1, splits and merges, or one side only."""
    n, m = len(d.sentences), len(s.sentences)
    d_stems = [[d.words[k].stem for k in d.content(*r)] for r in d.sentences]
    s_stems = [[s.words[k].stem for k in s.content(*r)] for r in s.sentences]

    def score(i: int, di: int, j: int, dj: int) -> float:
        a = [x for g in d_stems[i:i + di] for x in g]
        b = [x for g in s_stems[j:j + dj] for x in g]
        return sum(_matches(x, b) for x in a) + sum(_matches(x, a) for x in b)

    moves = ((1, 1, 0.0), (1, 0, 0.0), (0, 1, 0.0), (2, 1, 0.5), (1, 2, 0.5), (3, 1, 1.0), (1, 3, 1.0))
    best = {(0, 0): (0.0, None)}
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
        groups.append((list(range(prev[0], key[0])), list(range(prev[1], key[1]))))
        key = prev
    return groups[::-1]


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
    d_stems = [w.stem for w in d.words]
    s_stems = [w.stem for w in s.words]
    present = [_matches(w.stem, s_stems) for w in d.words]
    novel = [w.content and not _matches(w.stem, d_stems) and not _matches(w.stem, d.allowed) for w in s.words]
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
    elif wd.content and ws.content and not pd and not ps:
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
        seen: list[str] = []
        result = []
        for x in indices:
            for k in side.content(*side.sentences[x]):
                if not _matches(side.words[k].stem, seen):
                    seen.append(side.words[k].stem)
                    result.append(k)
        return result

    dk, sk = firsts(d, ds), firsts(s, ss)
    pos_s = {}
    for k in dk:
        match = next((x for x in sk if cw.same_stem(d.words[k].stem, s.words[x].stem)), None)
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


def compare_paragraph(draft: str, draft_span: tuple[int, int], suggestion: str, suggestion_span: tuple[int, int],
                      language: str) -> list[SentenceDrift]:
    """Sentence drift between one stretch of the draft and the stretch of the suggestion it became."""
    lex = cw.lexicon(language)
    if lex is None or draft[slice(*draft_span)] == suggestion[slice(*suggestion_span)]:
        return []
    d = _Side(draft, *draft_span, lex, tells=True)
    s = _Side(suggestion, *suggestion_span, lex, tells=False)
    groups = _align(d, s)
    found = _missing_and_new(d, s, groups, lex)
    for ds, ss in groups:
        if not ds or not ss:
            continue
        spans = (*_group_span(d, ds, 0), *_group_span(s, ss, 0))
        found.extend(_subject(d, s, ds, ss, lex, spans))
        found.extend(_roles(d, s, ds, ss, lex))
        found.extend(_quantifiers(d, s, lex, spans))
    return sorted(found, key=lambda f: (f.draft_start, f.suggestion_start))


def _language_at(doc: lang_mod.DocumentLanguage, pos: int) -> str:
    para = next((p for p in doc.paragraphs if p.start <= pos < p.end), None)
    return para.code if para is not None else doc.code


def sentence_drift(draft: str, suggestion: str, language: str) -> list[SentenceDrift]:
    """Sentence drift over whole texts: paragraph by paragraph when both have as many, else as one stretch.

    ``language`` is a language code, or "auto" (or "") to detect it per paragraph.
    """
    d_paras, s_paras = tokens.paragraphs(draft), tokens.paragraphs(suggestion)
    if len(d_paras) != len(s_paras):
        d_paras, s_paras = [(0, len(draft))], [(0, len(suggestion))]
    doc = lang_mod.detect_document(draft) if not language or language == "auto" else None
    found = []
    for dp, sp in zip(d_paras, s_paras):
        lang = _language_at(doc, dp[0]) if doc is not None else language
        found.extend(compare_paragraph(draft, dp, suggestion, sp, lang))
    return found


def sentence_flags(draft: str, suggestion: str, changes: Sequence[Change], language: str | None = None
                   ) -> list[Flag]:
    """A ``drift`` flag for each sentence drift, on the change overlapping its draft span (no model needed)."""
    if not changes:
        return []
    by_id = {c.id: c for c in changes}
    doc = lang_mod.detect_document(draft) if not language or language == "auto" else None
    flags = []
    for (a, b), (sa, sb), ids in paragraph_pairs(draft, suggestion, changes):
        lang = _language_at(doc, a) if doc is not None else str(language)
        group = [by_id[i] for i in ids]
        for found in compare_paragraph(draft, (a, b), suggestion, (sa, sb), lang):
            change = next((c for c in group if c.draft_start < found.draft_end and found.draft_start < c.draft_end),
                          None) or next((c for c in group if c.suggestion_start < found.suggestion_end
                                         and found.suggestion_start < c.suggestion_end), group[0])
            flags.append(Flag(change.id, "drift", found.message.text))
    return flags
