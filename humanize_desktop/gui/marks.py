"""Marks on a text that are not changes (findings, kept paragraphs, heat), and how they follow edits.

A ``Mark`` is a plain tuple: a long document has thousands (every finding,
every sentence's heat), and they are made and moved often. When the text is
edited, marks the edit touched are dropped and later ones move with the
text until fresh check results replace them.

``MarkList`` makes that cheap. An accepted change near the top of a
20,000-word document moves every mark after it; rebuilding thousands of
marks on the window's thread, for each pane and heat strip, at every
decision, was the longest stall the window had. A ``MarkList`` keeps its
marks in runs of ``RUN`` with an offset each: an edit adds its length to
the offset of every run after it and rebuilds only the run or two it
falls in, and the marks come out moved when they are read.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Mark(NamedTuple):
    """A span to underline or shade that is not a change (finding, kept paragraph, heat)."""

    start: int  # code points
    end: int
    kind: str  # finding kind, "kept", "working" or "heat"
    message: str = ""
    payload: object = None  # the Finding, the heat value, or the reason a paragraph was kept


def move_mark(m: Mark, start: int, old_end: int, new_end: int) -> Mark | None:
    """Where ``m`` is after ``[start, old_end)`` became ``[start, new_end)``; None when the edit touched it."""
    if m.end < start or (m.end == start and m.start < start):
        return m
    if m.start > old_end or (m.start == old_end and m.end > old_end and old_end > start):
        delta = new_end - old_end
        return Mark(m.start + delta, m.end + delta, m.kind, m.message, m.payload)
    return None


def shift_marks(marks: list[Mark], start: int, old_end: int, new_end: int) -> list[Mark]:
    """Marks after an edit: those it touched are dropped, later ones move."""
    delta = new_end - old_end
    out = []
    for m in marks:
        if m.end < start or (m.end == start and m.start < start):
            out.append(m)
        elif m.start > old_end or (m.start == old_end and m.end > old_end and old_end > start):
            out.append(Mark(m.start + delta, m.end + delta, m.kind, m.message, m.payload))
    return out


class _Run:
    """Consecutive marks (sorted by start) stored ``offset`` code points before where they are."""

    __slots__ = ("marks", "offset", "first", "last_end")

    def __init__(self, marks: list[Mark]) -> None:
        self.marks = marks
        self.offset = 0
        self.first = marks[0].start
        self.last_end = max(m.end for m in marks)

    def current(self) -> list[Mark]:
        o = self.offset
        if not o:
            return self.marks
        return [Mark(m.start + o, m.end + o, m.kind, m.message, m.payload) for m in self.marks]


class MarkList:
    """Marks sorted by start that follow edits of their text; an edit costs a run, not the list."""

    #: Marks per run: an edit rebuilds one or two runs and moves the others by their offset.
    RUN = 64

    def __init__(self, marks: Iterable[Mark] = ()) -> None:
        ordered = sorted(marks, key=lambda m: (m.start, m.end))
        self._runs = [_Run(ordered[i:i + self.RUN]) for i in range(0, len(ordered), self.RUN)]

    def __bool__(self) -> bool:
        return bool(self._runs)

    def edit(self, start: int, old_end: int, new_end: int) -> None:
        """The text changed: ``[start, old_end)`` became ``[start, new_end)``."""
        delta = new_end - old_end
        runs = []
        for run in self._runs:
            o = run.offset
            if run.last_end + o < start:  # wholly before the edit
                runs.append(run)
            elif run.first + o > old_end:  # wholly after it
                run.offset += delta
                runs.append(run)
            else:
                moved = shift_marks(run.current(), start, old_end, new_end)
                if moved:
                    runs.append(_Run(moved))
        self._runs = runs

    def all(self) -> list[Mark]:
        """Every mark where it is now, in order."""
        return [m for run in self._runs for m in run.current()]

    def window(self, a: int, b: int) -> list[Mark]:
        """The marks reaching into ``[a, b]`` (end at or after ``a``, start at or before ``b``), in order."""
        out = []
        for run in self._runs:
            o = run.offset
            if run.last_end + o < a or run.first + o > b:
                continue
            for m in run.marks:
                if m.end + o >= a and m.start + o <= b:
                    out.append(Mark(m.start + o, m.end + o, m.kind, m.message, m.payload) if o else m)
        return out
