"""Decisions on changes: accept, reject, edit, undo, redo, and free editing.

A ``Review`` holds the two texts and the pending changes between them. The
draft is the person's working document:

* accepting a change copies the suggestion's text into the draft,
* rejecting it copies the draft's text into the suggestion,
* editing it puts the person's own text into both.

Either way the two sides agree there afterwards, the change leaves the
pending list and a ``DecisionRecord`` joins the log. Once nothing is pending
the texts are identical. Typing in either text re-diffs only the
paragraph(s) around the edit; changes elsewhere keep their ids.

Every operation is one undoable step. Each step returns a ``ReviewUpdate``
naming the text edits it made, so a GUI can mirror them into its editors
without re-reading whole documents.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable
from operator import attrgetter
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from humanize_desktop.core import diffing
from humanize_desktop.core.diffing import Change, splice
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.positions import Side, map_position, other_side, span

#: A region re-diffed after typing grows to whole paragraphs, but not beyond this.
MAX_REDIFF_CHARS = 20000


class Decision(str, Enum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EDITED = "edited"


@dataclass(frozen=True)
class DecisionRecord:
    """What was decided about a change; ``text`` is what both sides got."""

    change: Change
    decision: Decision
    text: str
    at: float

    def to_json(self) -> dict[str, Any]:
        return {"change": self.change.to_json(), "decision": self.decision.value,
                "text": self.text, "at": self.at}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DecisionRecord:
        text, at = data["text"], data["at"]
        if not isinstance(text, str) or not isinstance(at, (int, float)):
            raise TypeError("decision text must be a string and its time a number")
        return cls(Change.from_json(data["change"]), Decision(data["decision"]), text, float(at))


@dataclass(frozen=True)
class TextEdit:
    """Replace ``old`` at ``start`` in one side's text with ``new``."""

    side: Side
    start: int
    old: str
    new: str

    @property
    def end(self) -> int:
        return self.start + len(self.old)

    @property
    def delta(self) -> int:
        return len(self.new) - len(self.old)


@dataclass
class ReviewUpdate:
    """What one operation did, for whoever mirrors the texts (the GUI).

    ``edits`` are in the order to apply them; positions of later edits
    already account for earlier ones on the same side.
    """

    edits: list[TextEdit] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # change ids no longer pending
    added: list[str] = field(default_factory=list)  # change ids newly pending


class UnknownChange(HumanizeError):
    def __init__(self, change_id: str) -> None:
        super().__init__(f"there is no pending change with id {change_id!r}")
        self.change_id = change_id


@dataclass
class _Op:
    """One undoable step, in the coordinates before it was applied.

    ``index`` is where ``removed`` sat in the pending list and ``added``
    goes; the pending changes after it shift by the summed edit deltas.
    Edits on one side never overlap and are sorted by position.
    """

    label: str
    index: int
    removed: list[Change]
    added: list[Change]
    edits: list[TextEdit]
    records: list[DecisionRecord]
    coalesce: str = ""


def _apply_edits(text: str, edits: list[TextEdit]) -> str:
    """Apply non-overlapping edits (pre-edit coordinates, sorted) in one pass."""
    return splice(text, ((e.start, e.end, e.new) for e in edits))


def _inverse(edits: list[TextEdit]) -> list[TextEdit]:
    """The edits that undo ``edits``, in post-edit coordinates."""
    out = []
    shift = 0
    for e in edits:
        out.append(TextEdit(e.side, e.start + shift, e.new, e.old))
        shift += e.delta
    return out


def _moved(place: tuple[int, int] | None, edits: list[TextEdit]) -> tuple[int, int] | None:
    """``place`` (a span) after ``edits`` (sorted, not overlapping, in the coordinates before them)."""
    if place is None:
        return None
    start, end = place
    before = inside = 0
    for e in edits:
        if e.end <= start and not (e.start == e.end == start == end):
            before += e.delta
        elif e.start >= end and not e.start == e.end == start == end:
            break
        else:  # the edit touches the span: the span takes it in
            start, end = min(start, e.start), max(end, e.end)
            inside += e.delta
    return start + before, end + before + inside


def _sequential(edits: list[TextEdit]) -> list[TextEdit]:
    """Simultaneous edits rewritten to apply one after another, back to front."""
    return sorted(edits, key=lambda e: e.start, reverse=True)


class Review:
    """Two texts, the changes between them, and the decisions made so far."""

    def __init__(self, draft: str, suggestion: str, changes: list[Change] | None = None,
                 decisions: list[DecisionRecord] | None = None) -> None:
        self.draft = draft
        self.suggestion = suggestion
        self.changes: list[Change] = diffing.diff_texts(draft, suggestion) if changes is None else list(changes)
        self.decisions: list[DecisionRecord] = list(decisions or [])
        # Where each decision's text is in the draft now, kept current step by step; None for
        # decisions loaded from a file (their place was not followed since).
        self._places: list[tuple[int, int] | None] = [None] * len(self.decisions)
        self._undo: list[list[_Op]] = []
        self._redo: list[list[_Op]] = []
        self._index_ids()

    # ------------------------------------------------------------------ queries

    def _index_ids(self) -> None:
        self._ids = {c.id: c for c in self.changes}

    @property
    def pending_count(self) -> int:
        return len(self.changes)

    @property
    def is_complete(self) -> bool:
        return not self.changes

    def change(self, change_id: str) -> Change:
        try:
            return self._ids[change_id]
        except KeyError:
            raise UnknownChange(change_id) from None

    def _position(self, change: Change) -> int:
        keys = (change.draft_start, change.suggestion_start)
        i = bisect.bisect_left(self.changes, keys, key=lambda c: (c.draft_start, c.suggestion_start))
        while self.changes[i] is not change:
            i += 1
        return i

    def change_at(self, side: Side, pos: int) -> Change | None:
        """The pending change covering (or, if empty, sitting at) ``pos`` on ``side``."""
        starts = [c.draft_start if side == "draft" else c.suggestion_start for c in self.changes]
        i = bisect.bisect_right(starts, pos) - 1
        for c in self.changes[max(0, i - 1):i + 2]:
            s, e = span(c, side)
            if s <= pos < e or s == e == pos:
                return c
        return None

    def next_pending(self, pos: int, side: Side = "draft") -> Change | None:
        """The first pending change starting after ``pos`` (wraps to the first)."""
        if not self.changes:
            return None
        starts = [c.draft_start if side == "draft" else c.suggestion_start for c in self.changes]
        i = bisect.bisect_right(starts, pos)
        return self.changes[i] if i < len(self.changes) else self.changes[0]

    def previous_pending(self, pos: int, side: Side = "draft") -> Change | None:
        """The last pending change starting before ``pos`` (wraps to the last)."""
        if not self.changes:
            return None
        starts = [c.draft_start if side == "draft" else c.suggestion_start for c in self.changes]
        i = bisect.bisect_left(starts, pos) - 1
        return self.changes[i] if i >= 0 else self.changes[-1]

    def text(self, side: Side) -> str:
        return self.draft if side == "draft" else self.suggestion

    def decision_places(self) -> list[tuple[int, int] | None]:
        """Where the text of each decision (aligned with ``decisions``) is in the draft now.

        Followed through every later step, typing included; ``None`` for a
        decision loaded from a review file. Text typed into a decided span
        widens it.
        """
        return list(self._places)

    # ------------------------------------------------------------------ applying steps

    def _set_text(self, side: Side, edits: list[TextEdit]) -> None:
        if side == "draft":
            self.draft = _apply_edits(self.draft, edits)
        else:
            self.suggestion = _apply_edits(self.suggestion, edits)

    def _swap(self, index: int, out: list[Change], into: list[Change], edits: list[TextEdit]) -> None:
        """Take ``out`` from the pending list at ``index``, edit the texts,
        shift the changes after ``index`` by what the edits added, put ``into``."""
        del self.changes[index:index + len(out)]
        deltas = {"draft": 0, "suggestion": 0}
        for side in ("draft", "suggestion"):
            side_edits = [e for e in edits if e.side == side]
            if side_edits:
                self._set_text(side, side_edits)
                deltas[side] = sum(e.delta for e in side_edits)
        if deltas["draft"] or deltas["suggestion"]:
            tail = self.changes[index:]
            self.changes[index:] = [c.shifted(deltas["draft"], deltas["suggestion"]) for c in tail]
        self.changes[index:index] = into

    def _apply(self, op: _Op) -> ReviewUpdate:
        self._swap(op.index, op.removed, op.added, op.edits)
        draft_edits = [e for e in op.edits if e.side == "draft"]
        if draft_edits:
            self._places = [_moved(p, draft_edits) for p in self._places]
        for record in op.records:
            c = record.change
            start = c.draft_start + sum(e.delta for e in draft_edits if e.start < c.draft_start)
            self._places.append((start, start + len(record.text)))
        self.decisions.extend(op.records)
        self._index_ids()
        return ReviewUpdate(_sequential(op.edits), [c.id for c in op.removed], [c.id for c in op.added])

    def _unapply(self, op: _Op) -> ReviewUpdate:
        inverse = _inverse([e for e in op.edits if e.side == "draft"]) + \
            _inverse([e for e in op.edits if e.side == "suggestion"])
        self._swap(op.index, op.added, op.removed, inverse)
        if op.records:
            del self.decisions[len(self.decisions) - len(op.records):]
            del self._places[len(self._places) - len(op.records):]
        draft_inverse = [e for e in inverse if e.side == "draft"]
        if draft_inverse:
            self._places = [_moved(p, draft_inverse) for p in self._places]
        self._index_ids()
        return ReviewUpdate(_sequential(inverse), [c.id for c in op.added], [c.id for c in op.removed])

    def _do(self, op: _Op) -> ReviewUpdate:
        update = self._apply(op)
        top = self._undo[-1] if self._undo else None
        if op.coalesce and top and top[-1].coalesce == op.coalesce and not self._redo:
            top.append(op)
        else:
            self._undo.append([op])
        self._redo.clear()
        return update

    # ------------------------------------------------------------------ decisions

    def _decide(self, change: Change, decision: Decision, text: str) -> _Op:
        index = self._position(change)
        edits = []
        if decision in (Decision.ACCEPTED, Decision.EDITED) and change.draft_text != text:
            edits.append(TextEdit("draft", change.draft_start, change.draft_text, text))
        if decision in (Decision.REJECTED, Decision.EDITED) and change.suggestion_text != text:
            edits.append(TextEdit("suggestion", change.suggestion_start, change.suggestion_text, text))
        record = DecisionRecord(change, decision, text, time.time())
        return _Op(decision.value, index, [change], [], edits, [record])

    def accept(self, change_id: str) -> ReviewUpdate:
        c = self.change(change_id)
        return self._do(self._decide(c, Decision.ACCEPTED, c.suggestion_text))

    def reject(self, change_id: str) -> ReviewUpdate:
        c = self.change(change_id)
        return self._do(self._decide(c, Decision.REJECTED, c.draft_text))

    def edit(self, change_id: str, text: str) -> ReviewUpdate:
        """Resolve a change with the person's own ``text`` on both sides."""
        return self._do(self._decide(self.change(change_id), Decision.EDITED, text))

    def _decide_run(self, run: list[Change], decision: Decision, label: str, now: float) -> _Op:
        """One step deciding ``run``, changes that follow each other in the pending list."""
        edits, records = [], []
        for c in run:
            if decision is Decision.ACCEPTED:
                edits.append(TextEdit("draft", c.draft_start, c.draft_text, c.suggestion_text))
                records.append(DecisionRecord(c, decision, c.suggestion_text, now))
            else:
                edits.append(TextEdit("suggestion", c.suggestion_start, c.suggestion_text, c.draft_text))
                records.append(DecisionRecord(c, decision, c.draft_text, now))
        return _Op(label, self._position(run[0]), run, [], edits, records)

    def _decide_all(self, decision: Decision) -> ReviewUpdate:
        if not self.changes:
            return ReviewUpdate()
        return self._do(self._decide_run(list(self.changes), decision, f"{decision.value} all", time.time()))

    def accept_all(self) -> ReviewUpdate:
        return self._decide_all(Decision.ACCEPTED)

    def accept_many(self, change_ids: Iterable[str]) -> ReviewUpdate:
        """Accept the pending changes ``change_ids`` (in any order) as one undoable step.

        Raises ``UnknownChange`` before deciding anything if an id is not pending.
        """
        wanted = set(change_ids)
        for change_id in sorted(wanted):
            self.change(change_id)
        runs: list[list[str]] = []
        previous = False
        for c in self.changes:
            chosen = c.id in wanted
            if chosen and previous:
                runs[-1].append(c.id)
            elif chosen:
                runs.append([c.id])
            previous = chosen
        if not runs:
            return ReviewUpdate()
        now = time.time()
        group: list[_Op] = []
        total = ReviewUpdate()
        for ids in runs:  # front to back; each run is looked up again after the runs before it moved it
            op = self._decide_run([self._ids[i] for i in ids], Decision.ACCEPTED, "accepted many", now)
            update = self._apply(op)
            group.append(op)
            total.edits += update.edits
            total.removed += update.removed
        self._undo.append(group)
        self._redo.clear()
        return total

    def reject_all(self) -> ReviewUpdate:
        return self._decide_all(Decision.REJECTED)

    # ------------------------------------------------------------------ free editing

    def edit_text(self, side: Side, start: int, end: int, new: str, coalesce: str = "",
                  label: str = "typing") -> ReviewUpdate:
        """The person typed in one of the texts: replace ``[start, end)`` with ``new``.

        Only the paragraph(s) around the edit are diffed again. Steps with the
        same non-empty ``coalesce`` key in a row undo together (typing).
        ``label`` names the step for ``undo_label`` ("typing", or e.g. "humanize"
        when a GUI streams a rewrite in through this method).
        """
        text = self.text(side)
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"edit span {start}:{end} is outside the {side} ({len(text)} characters)")
        old = text[start:end]
        if old == new:
            return ReviewUpdate()
        lo, hi, ds, de, ss, se = self._affected(side, start, end)
        edit = TextEdit(side, start, old, new)
        delta = edit.delta
        new_draft = self.draft if side != "draft" else _apply_edits(self.draft, [edit])
        new_sugg = self.suggestion if side != "suggestion" else _apply_edits(self.suggestion, [edit])
        if side == "draft":
            de += delta
        else:
            se += delta
        raw = diffing.diff_spans(new_draft, new_sugg, (ds, de), (ss, se))
        taken = self._ids.keys() - {c.id for c in self.changes[lo:hi]}
        added = diffing.build_changes(new_draft, new_sugg, raw, taken)
        op = _Op(label, lo, self.changes[lo:hi], added, [edit], [], coalesce)
        return self._do(op)

    def _affected(self, side: Side, start: int, end: int) -> tuple[int, int, int, int, int, int]:
        """The pending-change index range and the two text ranges to re-diff.

        Grows ``[start, end)`` to paragraph boundaries on both sides (capped),
        to the edges of any change it touches, and maps it between the texts
        through the unchanged regions, until the two ranges correspond.
        """
        def para_bounds(text: str, a: int, b: int) -> tuple[int, int]:
            lo_cap, hi_cap = max(0, a - MAX_REDIFF_CHARS // 2), min(len(text), b + MAX_REDIFF_CHARS // 2)
            p = text.rfind("\n\n", lo_cap, a)
            a2 = p + 2 if p >= 0 else lo_cap
            n = text.find("\n\n", b, hi_cap)
            b2 = n if n >= 0 else hi_cap
            if a2 > lo_cap or a2 == 0:
                a = min(a, a2)
            if b2 < hi_cap or b2 == len(text):
                b = max(b, b2)
            return a, b

        def extend_and_map(cur: Side, a: int, b: int) -> tuple[int, int, int, int, int, int]:
            # Take in every change overlapping or touching [a, b] on `cur`,
            # then map the range through the unchanged text to the other side.
            if cur == "draft":
                start_of, end_of = attrgetter("draft_start"), attrgetter("draft_end")
            else:
                start_of, end_of = attrgetter("suggestion_start"), attrgetter("suggestion_end")
            while True:
                lo = bisect.bisect_left(self.changes, a, key=end_of)
                hi = bisect.bisect_right(self.changes, b, key=start_of)
                na, nb = a, b
                if lo < hi:
                    na = min(a, start_of(self.changes[lo]))
                    nb = max(b, end_of(self.changes[hi - 1]))
                if (na, nb) == (a, b):
                    # Outward: the other range takes in what was inserted at its ends.
                    return (lo, hi, a, b, map_position(self.changes, cur, a, inside="start", at_insertion="before"),
                            map_position(self.changes, cur, b, inside="end", at_insertion="after"))
                a, b = na, nb

        cur = side
        a, b = para_bounds(self.text(side), start, end)
        for _ in range(8):
            lo, hi, a, b, oa, ob = extend_and_map(cur, a, b)
            flip = other_side(cur)
            na, nb = para_bounds(self.text(flip), oa, ob)
            if (na, nb) == (oa, ob):
                break
            a, b, cur = na, nb, flip
        else:
            lo, hi, a, b, oa, ob = extend_and_map(cur, a, b)
        if cur == "draft":
            return lo, hi, a, b, oa, ob
        return lo, hi, oa, ob, a, b

    # ------------------------------------------------------------------ history

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_label(self) -> str:
        return self._undo[-1][0].label if self._undo else ""

    def redo_label(self) -> str:
        return self._redo[-1][0].label if self._redo else ""

    def _replay(self, group: list[_Op], step: Callable[[_Op], ReviewUpdate]) -> ReviewUpdate:
        total = ReviewUpdate()
        for op in group:
            u = step(op)
            total.edits += u.edits
            total.removed += u.removed
            total.added += u.added
        return total

    def undo(self) -> ReviewUpdate:
        if not self._undo:
            return ReviewUpdate()
        group = self._undo.pop()
        self._redo.append(group)
        return self._replay(group[::-1], self._unapply)

    def redo(self) -> ReviewUpdate:
        if not self._redo:
            return ReviewUpdate()
        group = self._redo.pop()
        self._undo.append(group)
        return self._replay(group, self._apply)

    def break_coalescing(self) -> None:
        """End the current run of typing, so the next edit is a new undo step."""
        if self._undo:
            for op in self._undo[-1]:
                op.coalesce = ""

    # ------------------------------------------------------------------ checks

    def check_consistency(self) -> None:
        """Raise ``ValueError`` unless every pending change matches both texts.

        Cheap enough for tests and for validating loaded review files.
        """
        def fail(what: str, c: Change | None = None) -> None:
            raise ValueError(f"{what}: {c!r}" if c else what)

        prev_d = prev_s = 0
        for c in self.changes:
            if not prev_d <= c.draft_start <= c.draft_end <= len(self.draft):
                fail("draft span out of order or out of range", c)
            if not prev_s <= c.suggestion_start <= c.suggestion_end <= len(self.suggestion):
                fail("suggestion span out of order or out of range", c)
            if self.draft[c.draft_start:c.draft_end] != c.draft_text:
                fail("draft text does not match", c)
            if self.suggestion[c.suggestion_start:c.suggestion_end] != c.suggestion_text:
                fail("suggestion text does not match", c)
            if self.draft[prev_d:c.draft_start] != self.suggestion[prev_s:c.suggestion_start]:
                fail("texts differ outside the changes before", c)
            prev_d, prev_s = c.draft_end, c.suggestion_end
        if self.draft[prev_d:] != self.suggestion[prev_s:]:
            fail("texts differ after the last change")
