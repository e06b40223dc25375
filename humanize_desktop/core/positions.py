"""Positions in a review's two texts: which changes lie near one, and where it falls on the other side.

The draft and the suggestion agree everywhere outside the pending changes,
so a position in one maps to the other by counting through the unchanged
text. Only two cases need a decision, and each caller states it:

* a position strictly **inside** a change (``inside``): its other side is
  different text, so the position goes to that text's start, its end, or
  the same fraction of the way through (``"proportional"``, for scrolling);
* a change that is **empty on this side exactly at the position** (text the
  other side has and this one lacks: an insertion of the suggestion, seen
  from the draft; a deletion, seen from the suggestion) (``at_insertion``):
  the position lands ``"before"`` that text or ``"after"`` it.

A range is mapped by mapping its two ends. Mapped "outward" (start before,
end after) the range takes in the changes that touch it, as re-diffing an
edited region needs; mapped "inward" (start after, end before) it keeps out
of them, as copying typing into the other side needs.

This is its own module rather than part of ``review.py`` because checks
map through a plain list of changes without a ``Review`` (paragraph drift),
and the window maps through the review's list for scrolling and typing:
every one of them calls ``map_position`` here. All positions are code-point
indices into Python strings; the GUI converts Qt's UTF-16 positions at its
edge (``segmentation.Utf16Map``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from operator import attrgetter
from typing import Literal

from humanize_desktop.core.diffing import Change

Side = Literal["draft", "suggestion"]
SIDES: tuple[Side, Side] = ("draft", "suggestion")

#: Where a position strictly inside a change lands on the other side.
Inside = Literal["start", "end", "proportional"]
#: Where a position lands relative to the other side's text of a change that is empty here, at it.
AtInsertion = Literal["before", "after"]

_START = {"draft": attrgetter("draft_start"), "suggestion": attrgetter("suggestion_start")}
_END = {"draft": attrgetter("draft_end"), "suggestion": attrgetter("suggestion_end")}


def other_side(side: Side) -> Side:
    return "suggestion" if side == "draft" else "draft"


def span(change: Change, side: Side) -> tuple[int, int]:
    return change.draft_span if side == "draft" else change.suggestion_span


def map_position(changes: Sequence[Change], side: Side, pos: int, *, inside: Inside = "start",
                 at_insertion: AtInsertion = "before") -> int:
    """Where ``pos`` on ``side`` falls in the other text.

    ``changes`` are sorted by position (as ``Review.changes`` are) and must
    describe the two texts: equal text between them. ``inside`` and
    ``at_insertion`` are the policies of the module docstring. O(log n)
    plus the changes that sit exactly at ``pos``.
    """
    start_of, end_of = _START[side], _END[side]
    k = bisect.bisect_left(changes, pos, key=end_of)  # changes[:k] end before pos
    # Walk over the changes that end exactly at pos and so lie before it: a
    # non-empty one ending there, and the empty ones there if the position
    # lands after their text.
    while k < len(changes) and end_of(changes[k]) == pos:
        if start_of(changes[k]) == pos and at_insertion == "before":
            break
        k += 1
    if k < len(changes):
        c = changes[k]
        s, e = span(c, side)
        if s < pos < e:
            o_s, o_e = span(c, other_side(side))
            if inside == "start":
                return o_s
            if inside == "end":
                return o_e
            return o_s + round((pos - s) * (o_e - o_s) / (e - s))
    if k == 0:
        return pos
    before = changes[k - 1]
    return pos - end_of(before) + _END[other_side(side)](before)


def changes_between(changes: Sequence[Change], side: Side, start: int, end: int) -> list[Change]:
    """The changes whose span on ``side`` touches ``[start, end]`` (ends included), in order."""
    i = bisect.bisect_left(changes, start, key=_END[side])
    j = bisect.bisect_right(changes, end, lo=i, key=_START[side])
    return list(changes[i:j])


def touches_change(changes: Sequence[Change], side: Side, start: int, end: int) -> bool:
    """True when an edit of ``[start, end)`` on ``side`` reaches into a change.

    Typing right next to a change (at its start or end) does not; typing at
    the very point where the other side has text this side lacks does.
    """
    for c in changes_between(changes, side, start, end):
        s, e = span(c, side)
        if s == e:
            if start < s < end or start == end == s:
                return True
        elif start == end:
            if s < start < e:
                return True
        elif s < end and start < e:
            return True
    return False


def mirrored_span(changes: Sequence[Change], side: Side, start: int, end: int) -> tuple[int, int] | None:
    """Where an edit of ``[start, end)`` is copied into the other text, or None if it stays on its side.

    Typing in the draft outside every change is the person's own writing,
    not a difference from the suggestion, so it goes into the suggestion
    too. Typing inside a change, or in the suggestion, changes only that
    side (the change is then re-diffed). The range maps inward: text the
    suggestion inserted right at either end stays outside the copy.
    """
    if side != "draft" or touches_change(changes, side, start, end):
        return None
    o_start = map_position(changes, side, start, inside="start", at_insertion="after")
    o_end = map_position(changes, side, end, inside="end", at_insertion="before")
    return o_start, max(o_start, o_end)
