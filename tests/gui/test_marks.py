"""Marks follow edits in runs (``gui.marks.MarkList``) exactly as moving each of them would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from humanize_desktop.gui.marks import Mark, MarkList, shift_marks


@st.composite
def marks_and_edits(draw):
    length = draw(st.integers(20, 400))
    marks = []
    for _ in range(draw(st.integers(0, 40))):
        start = draw(st.integers(0, length))
        marks.append(Mark(start, min(length, start + draw(st.integers(0, 30))), "grammar", "m"))
    edits = []
    for _ in range(draw(st.integers(0, 45))):  # several edits per run and across runs
        start = draw(st.integers(0, length))
        old_end = min(length, start + draw(st.integers(0, 12)))
        new_end = start + draw(st.integers(0, 12))
        edits.append((start, old_end, new_end))
        length += new_end - old_end
    return marks, edits, length


class ShortRuns(MarkList):
    RUN = 3  # many runs from a few marks, so edits fall across and between runs


@settings(max_examples=300, deadline=None)
@given(marks_and_edits(), st.data())
def test_marks_in_runs_end_up_where_moving_each_of_them_puts_them(case, data) -> None:
    marks, edits, length = case
    lazy = ShortRuns(marks)
    eager = sorted(marks, key=lambda m: (m.start, m.end))
    for edit in edits:
        lazy.edit(*edit)
        eager = shift_marks(eager, *edit)
        a = data.draw(st.integers(0, max(0, length)))
        b = data.draw(st.integers(a, max(a, length)))
        expected = [m for m in eager if m.end >= a and m.start <= b]
        assert lazy.window(a, b) == expected
    assert lazy.all() == eager


def test_an_edit_drops_the_marks_it_touches_and_moves_the_ones_after() -> None:
    # "Teh cat sat on teh mat." with both misspellings marked
    marks = ShortRuns([Mark(0, 3, "spelling"), Mark(15, 18, "spelling")])
    marks.edit(8, 12, 8)  # "sat " deleted: the second mark moves back four places
    assert marks.window(0, 30) == [Mark(0, 3, "spelling"), Mark(11, 14, "spelling")]
    marks.edit(0, 3, 3)  # "Teh" retyped as "The": that finding is gone until the next check
    assert marks.all() == [Mark(11, 14, "spelling")]
