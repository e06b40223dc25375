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

Sentence by sentence, without a model (``sentence_drift``): each paragraph
is compared with the one it became (paragraphs aligned like sentences when
their numbers differ) by ``checks.sentencedrift``, which finds dropped
clauses, invented content, changed subjects, swapped roles and changed
quantifiers. ``sentence_flags`` turns these findings into ``drift`` flags on
the change that overlaps them; ``checks.flags`` adds them to every review,
model or not. ``benchmarks/calibrate_drift.py`` measures them on labelled
pairs.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import contentwords as cw
from humanize_desktop.core.checks import language as lang_mod
from humanize_desktop.core.checks import sentencedrift
from humanize_desktop.core.checks.findings import Flag
from humanize_desktop.core.checks.sentencedrift import (  # noqa: F401 (the public names of drift)
    DROPPED, INVENTED, QUANTIFIER, ROLES, SENTENCE_DRIFT_KINDS, SUBJECT, SentenceDrift)
from humanize_desktop.core.diffing import Change
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
    paras = segmentation.paragraphs(draft) or [(0, 0)]
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


def _language_at(doc: lang_mod.DocumentLanguage, pos: int) -> str:
    para = next((p for p in doc.paragraphs if p.start <= pos < p.end), None)
    return para.code if para is not None else doc.code


def sentence_drift(draft: str, suggestion: str, language: str) -> list[SentenceDrift]:
    """Sentence drift over whole texts, paragraph by paragraph (aligned like sentences when the counts differ).

    A paragraph that was dropped or added as a whole is the paragraph drift's
    business (``drift_flags``), not reported here.

    ``language`` is a language code, or "auto" (or "") to detect it per paragraph.
    """
    d_paras, s_paras = segmentation.paragraphs(draft), segmentation.paragraphs(suggestion)
    if len(d_paras) == len(s_paras):
        pairs = list(zip(d_paras, s_paras))
    else:
        lex = cw.lexicon(language if language and language != "auto" else lang_mod.detect_document(draft).code)
        pairs = []
        if lex is not None:
            def stems(text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
                return [[w.stem for w in cw.words(text, lex, a, b) if w.content] for a, b in spans]

            for ds, ss in sentencedrift.align(stems(draft, d_paras), stems(suggestion, s_paras)):
                if ds and ss:
                    pairs.append(((d_paras[ds[0]][0], d_paras[ds[-1]][1]), (s_paras[ss[0]][0], s_paras[ss[-1]][1])))
    doc = lang_mod.detect_document(draft) if not language or language == "auto" else None
    found = []
    for dp, sp in pairs:
        lang = _language_at(doc, dp[0]) if doc is not None else language
        found.extend(sentencedrift.compare(draft, dp, suggestion, sp, lang))
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
        if not draft[a:b].strip() or not suggestion[sa:sb].strip():
            continue  # a paragraph removed or added whole: drift_flags says so
        lang = _language_at(doc, a) if doc is not None else str(language)
        group = [by_id[i] for i in ids]
        for found in sentencedrift.compare(draft, (a, b), suggestion, (sa, sb), lang):
            change = next((c for c in group if c.draft_start < found.draft_end and found.draft_start < c.draft_end),
                          None) or next((c for c in group if c.suggestion_start < found.suggestion_end
                                         and found.suggestion_start < c.suggestion_end), group[0])
            flags.append(Flag.of(change.id, "drift", found.message))
    return flags
