"""Turning a draft and a suggestion into the changes a person reviews.

The diff works top-down so that long documents stay near-linear:

1. Paragraphs (blank-line separated) of both texts are aligned. Identical
   paragraphs pair up directly; a run of rewritten paragraphs pairs 1:1 when
   the counts agree, otherwise a banded similarity alignment decides which
   paragraphs belong together (two merged into one, one split in two, one
   dropped).
2. A paired region that is still large is aligned again by lines, then by
   sentences, the same way.
3. Small regions are diffed word by word (``segmentation.tokenize``) with
   ``difflib``; what the two sides of a changed run share at the edges
   (``world.`` against ``world,``) is trimmed at atom boundaries, so a change
   never cuts a word in two.
4. Changes separated only by punctuation, spaces or a couple of short words
   (``of the``) on the same line merge into one, so a rewritten clause reads
   as one change rather than confetti. The rule looks only at the gap, so
   it is monotonic: a longer gap never merges when a shorter one did not.

Each change gets an id derived from its content and a little of the draft
around it: ids survive re-diffing as long as that neighbourhood is unchanged.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from typing import Any, Literal, NamedTuple

from humanize_desktop.core import segmentation
from humanize_desktop.core.markdown import StructureIndex

Kind = Literal["insert", "delete", "replace"]

#: A paired region larger than this (both sides, in characters) is split at
#: the next finer level before words are compared.
DESCEND_CHARS = 6000
#: A block of paragraphs with different counts up to this size is diffed as
#: one piece of text; bigger ones are aligned paragraph by paragraph first.
WHOLE_BLOCK_CHARS = 12000
_MAX_GAP_WORDS = 2
_MAX_GAP_WORD_LEN = 3
_MAX_GAP_CHARS = 16


class Change(NamedTuple):
    """One difference between draft and suggestion (immutable).

    Spans are half-open Python string indices: ``draft[draft_start:draft_end]``
    is ``draft_text`` and likewise for the suggestion. ``structure`` names the
    Markdown structure kinds (see ``core.markdown``) the change adds, removes
    or alters; it is empty for a plain prose change. A named tuple rather
    than a dataclass because reviews shift thousands of them per keystroke.
    """

    id: str
    kind: Kind
    draft_start: int
    draft_end: int
    suggestion_start: int
    suggestion_end: int
    draft_text: str
    suggestion_text: str
    structure: frozenset[str] = frozenset()

    @property
    def draft_span(self) -> tuple[int, int]:
        return (self.draft_start, self.draft_end)

    @property
    def suggestion_span(self) -> tuple[int, int]:
        return (self.suggestion_start, self.suggestion_end)

    def shifted(self, draft_delta: int, suggestion_delta: int) -> Change:
        return _new_change((self.id, self.kind, self.draft_start + draft_delta, self.draft_end + draft_delta,
                            self.suggestion_start + suggestion_delta, self.suggestion_end + suggestion_delta,
                            self.draft_text, self.suggestion_text, self.structure))

    def to_json(self) -> dict[str, Any]:
        """The CLI contract: ``id, kind, draft, suggestion, draft_text, suggestion_text``."""
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "draft": [self.draft_start, self.draft_end],
            "suggestion": [self.suggestion_start, self.suggestion_end],
            "draft_text": self.draft_text,
            "suggestion_text": self.suggestion_text,
        }
        if self.structure:
            data["structure"] = sorted(self.structure)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        """Inverse of ``to_json``; raises KeyError/TypeError/ValueError on bad data."""
        kind = data["kind"]
        if kind not in ("insert", "delete", "replace"):
            raise ValueError(f"unknown change kind {kind!r}")
        ds, de = (int(x) for x in data["draft"])
        ss, se = (int(x) for x in data["suggestion"])
        draft_text, suggestion_text = data["draft_text"], data["suggestion_text"]
        if not isinstance(data["id"], str) or not isinstance(draft_text, str) \
                or not isinstance(suggestion_text, str):
            raise TypeError("change id and texts must be strings")
        if de - ds != len(draft_text) or se - ss != len(suggestion_text) or ds < 0 or ss < 0:
            raise ValueError(f"change {data['id']} has spans that do not fit its texts")
        structure = data.get("structure", [])
        if not isinstance(structure, list):
            raise TypeError("change structure must be a list")
        return cls(data["id"], kind, ds, de, ss, se, draft_text, suggestion_text,
                   frozenset(str(s) for s in structure))


_new_change = Change._make


# --------------------------------------------------------------------------- alignment

Splitter = Callable[[str, int, int], list[tuple[int, int]]]
_LEVELS: tuple[Splitter, ...] = (segmentation.paragraphs, segmentation.lines, segmentation.sentences)


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _word_set(text: str, start: int, end: int) -> frozenset[str]:
    return frozenset(w.casefold() for w in segmentation.words(text[start:end]))


def _band_align(a: str, ua: list[tuple[int, int]], b: str, ub: list[tuple[int, int]]
                ) -> list[tuple[int, int, int, int]]:
    """Align two runs of units by word-set similarity in a diagonal band.

    Moves: pair 1:1, 2:1 or 1:2 (merged or split units), or leave a unit
    unpaired. Returns unit index groups ``(i0, i1, j0, j1)``.
    """
    n, m = len(ua), len(ub)
    sa = [_word_set(a, s, e) for s, e in ua]
    sb = [_word_set(b, s, e) for s, e in ub]
    band = abs(n - m) + 8

    def in_band(i: int, j: int) -> bool:
        return abs(i * m - j * n) <= band * max(n, m)

    neg = float("-inf")
    score: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) == (0, 0) or not in_band(i, j):
                continue
            best, arg = neg, (0, 0)
            for di, dj in ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2)):
                pi, pj = i - di, j - dj
                prev = score.get((pi, pj))
                if prev is None:
                    continue
                if di and dj:
                    left = frozenset().union(*sa[pi:i])
                    right = frozenset().union(*sb[pj:j])
                    gain = _similarity(left, right) * (di + dj) / 2
                    if di + dj == 3:
                        gain -= 0.05  # prefer 1:1 pairs when equally good
                else:
                    gain = 0.0
                if prev + gain > best:
                    best, arg = prev + gain, (pi, pj)
            if best > neg:
                score[(i, j)] = best
                back[(i, j)] = arg
    groups: list[tuple[int, int, int, int]] = []
    i, j = n, m
    if (n, m) not in score:  # cannot happen with the band above; stay safe
        return [(0, n, 0, m)]
    while (i, j) != (0, 0):
        pi, pj = back[(i, j)]
        groups.append((pi, i, pj, j))
        i, j = pi, pj
    groups.reverse()
    return groups


def _align_units(a: str, ua: list[tuple[int, int]], a_end: int,
                 b: str, ub: list[tuple[int, int]], b_end: int
                 ) -> Iterable[tuple[int, int, int, int]]:
    """Pair up two lists of unit spans; yields character ranges ``(a0, a1, b0, b1)``."""
    keys_a = [a[s:e].strip() for s, e in ua]
    keys_b = [b[s:e].strip() for s, e in ub]

    def a_pos(i: int) -> int:
        return ua[i][0] if i < len(ua) else a_end

    def b_pos(j: int) -> int:
        return ub[j][0] if j < len(ub) else b_end

    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for k in range(i2 - i1):
                yield ua[i1 + k][0], ua[i1 + k][1], ub[j1 + k][0], ub[j1 + k][1]
        elif tag != "replace" or (a_pos(i2) - a_pos(i1)) + (b_pos(j2) - b_pos(j1)) <= WHOLE_BLOCK_CHARS:
            yield a_pos(i1), a_pos(i2), b_pos(j1), b_pos(j2)
        else:
            for gi0, gi1, gj0, gj1 in _band_align(a, ua[i1:i2], b, ub[j1:j2]):
                yield a_pos(i1 + gi0), a_pos(i1 + gi1), b_pos(j1 + gj0), b_pos(j1 + gj1)


# --------------------------------------------------------------------------- word level

RawChange = tuple[int, int, int, int]  # draft start/end, suggestion start/end


class MergedChange(NamedTuple):
    """A change made of one or more raw changes with only glue text between them."""

    draft_start: int
    draft_end: int
    suggestion_start: int
    suggestion_end: int
    parts: tuple[RawChange, ...]


_CHUNK_RE = re.compile(r"\S+")


def _chunks(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """Whitespace-separated chunks of ``text[start:end]`` (each with the spaces
    after it; leading spaces form a chunk of their own): keys and start offsets,
    plus ``end`` as a sentinel."""
    matches = list(_CHUNK_RE.finditer(text, start, end))
    keys = [m.group() for m in matches]
    starts = [m.start() for m in matches]
    if not starts or starts[0] != start:
        keys.insert(0, " ")
        starts.insert(0, start)
    starts.append(end)
    return keys, starts


def _diff_words(a: str, a0: int, a1: int, b: str, b0: int, b1: int, out: list[RawChange]) -> None:
    """Word diff in two passes: whitespace-separated chunks first (cheap), then
    proper tokens only inside the runs of chunks that differ."""
    ka, sa = _chunks(a, a0, a1)
    kb, sb = _chunks(b, b0, b1)
    # Most chunks are equal: strip the common ends before the quadratic-ish matcher.
    head = 0
    limit = min(len(ka), len(kb))
    while head < limit and ka[head] == kb[head]:
        head += 1
    tail = 0
    while tail < limit - head and ka[-1 - tail] == kb[-1 - tail]:
        tail += 1
    opcodes = SequenceMatcher(None, ka[head:len(ka) - tail], kb[head:len(kb) - tail],
                              autojunk=False).get_opcodes()
    opcodes = [(tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in opcodes]
    if head:
        opcodes.insert(0, ("equal", 0, head, 0, head))
    if tail:
        opcodes.append(("equal", len(ka) - tail, len(ka), len(kb) - tail, len(kb)))
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            if a[sa[i1]:sa[i2]] == b[sb[j1]:sb[j2]]:
                continue
            for k in range(i2 - i1):
                x0, x1 = sa[i1 + k], sa[i1 + k + 1]
                y0, y1 = sb[j1 + k], sb[j1 + k + 1]
                if a[x0:x1] != b[y0:y1]:  # same word, different spacing
                    trimmed = _trim(a, x0, x1, b, y0, y1)
                    if trimmed is not None:
                        out.append(trimmed)
        else:
            _diff_tokens(a, sa[i1], sa[i2], b, sb[j1], sb[j2], out)


def _diff_tokens(a: str, a0: int, a1: int, b: str, b0: int, b1: int, out: list[RawChange]) -> None:
    if a0 == a1 or b0 == b1:
        trimmed = _trim(a, a0, a1, b, b0, b1)
        if trimmed is not None:
            out.append(trimmed)
        return
    ta = segmentation.tokenize(a, a0, a1)
    tb = segmentation.tokenize(b, b0, b1)
    # Align on the words alone, so "Three." still pairs with "Three!"; the
    # punctuation and spacing around paired words is compared afterwards.
    matcher = SequenceMatcher(None, [t.key for t in ta], [t.key for t in tb], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                x, y = ta[i1 + k], tb[j1 + k]
                if x.text != y.text:
                    trimmed = _trim(a, x.start, x.end, b, y.start, y.end)
                    if trimmed is not None:
                        out.append(trimmed)
            continue
        ds = ta[i1].start if i1 < len(ta) else a1
        de = ta[i2 - 1].end if i2 > i1 else ds
        ss = tb[j1].start if j1 < len(tb) else b1
        se = tb[j2 - 1].end if j2 > j1 else ss
        trimmed = _trim(a, ds, de, b, ss, se)
        if trimmed is not None:
            out.append(trimmed)


def _trim(a: str, ds: int, de: int, b: str, ss: int, se: int) -> RawChange | None:
    """Drop the atoms both sides share at their edges; None if nothing differs."""
    if ds < de and ss < se and a[ds] != b[ss] and a[de - 1] != b[se - 1]:
        return ds, de, ss, se  # nothing in common at either edge
    aa = segmentation.atoms(a[ds:de])
    bb = segmentation.atoms(b[ss:se])
    limit = min(len(aa), len(bb))
    p = 0
    while p < limit and aa[p] == bb[p]:
        ds += len(aa[p])
        ss += len(bb[p])
        p += 1
    s = 0
    while s < limit - p and aa[-1 - s] == bb[-1 - s]:
        de -= len(aa[-1 - s])
        se -= len(bb[-1 - s])
        s += 1
    if ds == de and ss == se:
        return None
    return ds, de, ss, se


def _mergeable_gap(gap: str) -> bool:
    if "\n" in gap or len(gap) > _MAX_GAP_CHARS:
        return False
    found = segmentation.words(gap)
    return len(found) <= _MAX_GAP_WORDS and all(len(w) <= _MAX_GAP_WORD_LEN for w in found)


def _merge(a: str, raw: list[RawChange]) -> list[MergedChange]:
    merged: list[MergedChange] = []
    for change in raw:
        ds, de, ss, se = change
        if merged:
            prev = merged[-1]
            if _mergeable_gap(a[prev.draft_end:ds]):
                merged[-1] = MergedChange(prev.draft_start, de, prev.suggestion_start, se,
                                          prev.parts + (change,))
                continue
        merged.append(MergedChange(ds, de, ss, se, (change,)))
    return merged


def _diff_range(a: str, a0: int, a1: int, b: str, b0: int, b1: int, level: int,
                out: list[RawChange]) -> None:
    if a1 - a0 == b1 - b0 and a[a0:a1] == b[b0:b1]:
        return
    if a0 == a1 or b0 == b1:
        out.append((a0, a1, b0, b1))
        return
    # Paragraphs always come first; finer units only while a region is large.
    while level < len(_LEVELS) and (level == 0 or (a1 - a0) + (b1 - b0) > DESCEND_CHARS):
        ua = _LEVELS[level](a, a0, a1)
        ub = _LEVELS[level](b, b0, b1)
        level += 1
        if len(ua) > 1 or len(ub) > 1:
            for pa0, pa1, pb0, pb1 in _align_units(a, ua, a1, b, ub, b1):
                _diff_range(a, pa0, pa1, b, pb0, pb1, level, out)
            return
    _diff_words(a, a0, a1, b, b0, b1, out)


# --------------------------------------------------------------------------- public API

def change_id(draft: str, draft_start: int, draft_end: int, suggestion_text: str) -> str:
    """Content id: the two texts plus a little draft context on either side."""
    before = draft[max(0, draft_start - 24):draft_start]
    after = draft[draft_end:draft_end + 24]
    key = "\x00".join((draft[draft_start:draft_end], suggestion_text, before, after))
    return hashlib.blake2s(key.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def build_changes(draft: str, suggestion: str, raw: Iterable[MergedChange],
                  taken: set[str] | None = None,
                  draft_index: StructureIndex | None = None,
                  suggestion_index: StructureIndex | None = None) -> list[Change]:
    """Turn raw spans into ``Change`` records with ids unique among ``taken``."""
    raw = list(raw)
    taken = set() if taken is None else taken
    if not raw:
        return []
    # Markup is looked up only around the changes (typing re-diffs one paragraph).
    if draft_index is None:
        draft_index = StructureIndex(draft, raw[0][0], raw[-1][1])
    if suggestion_index is None:
        suggestion_index = StructureIndex(suggestion, raw[0][2], raw[-1][3])
    result = []
    for ds, de, ss, se, parts in raw:
        kind: Kind = "insert" if ds == de else "delete" if ss == se else "replace"
        text_b = suggestion[ss:se]
        base = change_id(draft, ds, de, text_b)
        cid, n = base, 1
        while cid in taken:
            n += 1
            cid = f"{base}-{n}"
        taken.add(cid)
        # Only the parts that differ count: the glue between merged parts is
        # the same on both sides, whatever markup it holds.
        structure = frozenset().union(*(
            draft_index.kinds_touching(pds, pde) | suggestion_index.kinds_touching(pss, pse)
            for pds, pde, pss, pse in parts))
        result.append(Change(cid, kind, ds, de, ss, se, draft[ds:de], text_b, structure))
    return result


def diff_spans(draft: str, suggestion: str, draft_range: tuple[int, int] | None = None,
               suggestion_range: tuple[int, int] | None = None) -> list[MergedChange]:
    """Raw change spans between two corresponding ranges (whole texts by default)."""
    a0, a1 = draft_range or (0, len(draft))
    b0, b1 = suggestion_range or (0, len(suggestion))
    raw: list[RawChange] = []
    _diff_range(draft, a0, a1, suggestion, b0, b1, 0, raw)
    return _merge(draft, raw)


def diff_texts(draft: str, suggestion: str) -> list[Change]:
    """All changes that turn ``draft`` into ``suggestion``, in text order.

    Applying every change (see ``apply_changes``) to the draft gives the
    suggestion exactly.
    """
    return build_changes(draft, suggestion, diff_spans(draft, suggestion))


def splice(text: str, replacements: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, new)`` replaced; spans sorted, not overlapping."""
    parts: list[str] = []
    pos = 0
    for start, end, new in replacements:
        parts.append(text[pos:start])
        parts.append(new)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def apply_changes(draft: str, changes: Iterable[Change]) -> str:
    """The draft with the given (non-overlapping, ordered) changes accepted."""
    return splice(draft, ((c.draft_start, c.draft_end, c.suggestion_text) for c in changes))
