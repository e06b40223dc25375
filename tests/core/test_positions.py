"""Positions between draft and suggestion: the one mapping every caller uses, and the typing rule."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humanize_desktop.core.diffing import Change, diff_texts
from humanize_desktop.core.positions import (
    SIDES,
    changes_between,
    map_position,
    mirrored_span,
    other_side,
    span,
    touches_change,
)
from humanize_desktop.core.review import Review
from tests.core.strategies import draft_and_suggestion

PROPS = settings(max_examples=int(os.environ.get("HUMANIZE_PROPERTY_EXAMPLES", "300")), deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])


def _change(kind: str, draft: str, suggestion: str, ds: int, dt: str, ss: int, st_: str) -> Change:
    c = Change(f"c{ds}-{ss}", kind, ds, ds + len(dt), ss, ss + len(st_), dt, st_)  # type: ignore[arg-type]
    assert draft[c.draft_start:c.draft_end] == dt and suggestion[c.suggestion_start:c.suggestion_end] == st_
    return c


def _consistent(draft: str, suggestion: str, changes: list[Change]) -> list[Change]:
    Review(draft, suggestion, changes).check_consistency()
    return changes


# ----------------------------------------------------------------------------- examples

def test_map_position_through_changes() -> None:
    draft, suggestion = "aaa bbb ccc", "aaa XXXXX ccc"
    changes = diff_texts(draft, suggestion)
    assert map_position(changes, "draft", 0) == 0
    assert map_position(changes, "draft", draft.index("ccc")) == suggestion.index("ccc")
    inside = draft.index("bbb") + 1
    assert map_position(changes, "draft", inside, inside="start") == suggestion.index("XXXXX")
    assert map_position(changes, "draft", inside, inside="end") == suggestion.index("XXXXX") + 5


def test_inside_a_replacement_each_policy_and_both_directions() -> None:
    draft, suggestion = "one abc two", "one ABCDEFG two"
    [c] = changes = _consistent(draft, suggestion, [_change("replace", draft, suggestion, 4, "abc", 4, "ABCDEFG")])
    pos = 5  # after "a"
    assert map_position(changes, "draft", pos, inside="start") == 4
    assert map_position(changes, "draft", pos, inside="end") == 11
    assert map_position(changes, "draft", pos, inside="proportional") == 4 + round(7 / 3)
    # From the longer side back: 4 of 7 characters in is 2 of 3 (rounded).
    assert map_position(changes, "suggestion", 8, inside="proportional") == 4 + round(4 * 3 / 7)
    assert map_position(changes, "suggestion", 8, inside="start") == c.draft_start
    assert map_position(changes, "suggestion", 8, inside="end") == c.draft_end
    # The change's own edges are not inside it: they map to its other edges under every policy.
    for inside in ("start", "end", "proportional"):
        assert map_position(changes, "draft", 4, inside=inside) == 4  # type: ignore[arg-type]
        assert map_position(changes, "draft", 7, inside=inside) == 11  # type: ignore[arg-type]
        assert map_position(changes, "suggestion", 11, inside=inside) == 7  # type: ignore[arg-type]
    assert map_position(changes, "draft", len(draft)) == len(suggestion)
    assert map_position(changes, "suggestion", len(suggestion)) == len(draft)


def test_an_insertion_exactly_at_the_position_lands_before_or_after_as_asked() -> None:
    draft, suggestion = "one three", "one two three"
    changes = _consistent(draft, suggestion, [_change("insert", draft, suggestion, 4, "", 4, "two ")])
    assert map_position(changes, "draft", 4, at_insertion="before") == 4
    assert map_position(changes, "draft", 4, at_insertion="after") == 8
    assert map_position(changes, "draft", 3, at_insertion="after") == 3  # not at it: no effect
    assert map_position(changes, "draft", 5, at_insertion="before") == 9
    # Seen from the suggestion the same change is text the draft lacks: "two " is inside it.
    assert map_position(changes, "suggestion", 6, inside="start") == 4
    assert map_position(changes, "suggestion", 6, inside="end") == 4
    assert map_position(changes, "suggestion", 6, inside="proportional") == 4
    assert map_position(changes, "suggestion", 8) == 4


def test_a_deletion_seen_from_the_suggestion_is_an_insertion_point() -> None:
    draft, suggestion = "keep this and that", "keep that"
    changes = _consistent(draft, suggestion, [_change("delete", draft, suggestion, 5, "this and ", 5, "")])
    assert map_position(changes, "suggestion", 5, at_insertion="before") == 5
    assert map_position(changes, "suggestion", 5, at_insertion="after") == 14
    assert map_position(changes, "draft", 9, inside="proportional") == 5
    assert map_position(changes, "draft", 14) == 5 and map_position(changes, "draft", 5) == 5


def test_an_insertion_right_before_a_replacement_at_the_same_point() -> None:
    """The old window mapping took the replacement's start, after the inserted text, for "before"."""
    draft, suggestion = "ab CD ef", "ab XY ZW ef"
    changes = _consistent(draft, suggestion, [_change("insert", draft, suggestion, 3, "", 3, "XY "),
                                              _change("replace", draft, suggestion, 3, "CD", 6, "ZW")])
    assert map_position(changes, "draft", 3, at_insertion="before") == 3
    assert map_position(changes, "draft", 3, at_insertion="after") == 6
    assert map_position(changes, "draft", 4, inside="start") == 6
    assert map_position(changes, "draft", 5) == 8
    # Retyping "ab" in the draft is copied into the suggestion without eating the inserted "XY ".
    assert mirrored_span(changes, "draft", 0, 3) == (0, 3)


def test_positions_are_code_points_even_with_emoji() -> None:
    draft = "👩‍💻 said 🇩🇪: the weather is nice today, 😀 everywhere"
    suggestion = "👩‍💻 said 🇩🇪: the weather is rather wonderful today, 😀 everywhere"
    [c] = changes = diff_texts(draft, suggestion)
    assert (c.draft_text, c.suggestion_text) == ("nice", "rather wonderful")
    for word in ("said", "weather", "today", "😀", "everywhere"):
        assert map_position(changes, "draft", draft.index(word)) == suggestion.index(word)
        assert map_position(changes, "suggestion", suggestion.index(word)) == draft.index(word)
    assert map_position(changes, "draft", len(draft)) == len(suggestion)
    # Half way through "nice" is half way through "rather wonderful", in code points.
    assert map_position(changes, "draft", c.draft_start + 2, inside="proportional") == c.suggestion_start + 8


def test_no_changes_maps_every_position_to_itself() -> None:
    assert [map_position([], side, p) for side in SIDES for p in range(5)] == list(range(5)) * 2


def test_side_helpers() -> None:
    c = Change("x", "replace", 1, 3, 4, 9, "ab", "cdefg")
    assert span(c, "draft") == (1, 3) and span(c, "suggestion") == (4, 9)
    assert other_side("draft") == "suggestion" and other_side("suggestion") == "draft"


# ----------------------------------------------------------------------------- typing next to changes

@pytest.fixture
def replaced() -> tuple[str, str, list[Change]]:
    draft, suggestion = "The big dog barks.", "The large dog barks."
    return draft, suggestion, _consistent(draft, suggestion,
                                          [_change("replace", draft, suggestion, 4, "big", 4, "large")])


def test_changes_between_includes_changes_that_touch_the_range(replaced) -> None:
    _draft, _suggestion, changes = replaced
    assert changes_between(changes, "draft", 7, 10) == changes  # starts where the change ends
    assert changes_between(changes, "draft", 0, 4) == changes
    assert changes_between(changes, "draft", 8, 12) == []
    assert changes_between(changes, "suggestion", 9, 9) == changes
    assert changes_between(changes, "suggestion", 10, 12) == []


@pytest.mark.parametrize(("start", "end", "touches"), [
    (7, 7, False),  # typing right after "big"
    (4, 4, False),  # right before it
    (5, 5, True),  # inside it
    (0, 4, False),  # replacing "The " up to it
    (6, 8, True),  # across its end
    (0, 18, True),  # over all of it
])
def test_touches_change_in_a_replacement(replaced, start: int, end: int, touches: bool) -> None:
    assert touches_change(replaced[2], "draft", start, end) is touches


def test_typing_at_the_point_of_an_insertion_touches_it() -> None:
    draft, suggestion = "one three", "one two three"
    changes = _consistent(draft, suggestion, [_change("insert", draft, suggestion, 4, "", 4, "two ")])
    assert touches_change(changes, "draft", 4, 4)
    assert touches_change(changes, "draft", 2, 6)
    assert not touches_change(changes, "draft", 0, 4)
    assert not touches_change(changes, "draft", 4, 9)


def test_typing_in_the_draft_outside_changes_is_mirrored_inward(replaced) -> None:
    draft, suggestion, changes = replaced
    end = len(draft)
    assert mirrored_span(changes, "draft", end, end) == (len(suggestion), len(suggestion))
    assert mirrored_span(changes, "draft", 8, 11) == (10, 13)  # "dog" after the change
    assert mirrored_span(changes, "draft", 0, 3) == (0, 3)
    assert mirrored_span(changes, "draft", 5, 5) is None  # inside: only the draft changes
    assert mirrored_span(changes, "suggestion", 0, 0) is None  # the suggestion is never mirrored

    inserted_d, inserted_s = "one three", "one two three"
    insertion = [_change("insert", inserted_d, inserted_s, 4, "", 4, "two ")]
    assert mirrored_span(insertion, "draft", 0, 4) == (0, 4)  # "one " again: "two " stays
    assert mirrored_span(insertion, "draft", 4, 9) == (8, 13)
    assert mirrored_span(insertion, "draft", 4, 4) is None


# ----------------------------------------------------------------------------- properties

def _strictly_outside(changes: list[Change], side: str, pos: int) -> bool:
    return all(pos < s or pos > e for s, e in (span(c, side) for c in changes))  # type: ignore[arg-type]


POLICIES = [(inside, at) for inside in ("start", "end", "proportional") for at in ("before", "after")]


@PROPS
@given(draft_and_suggestion(), st.sampled_from(SIDES))
def test_mapping_is_monotonic_in_range_and_round_trips_outside_changes(pair: tuple[str, str], side) -> None:
    draft, suggestion = pair
    changes = diff_texts(draft, suggestion)
    text, other = (draft, suggestion) if side == "draft" else (suggestion, draft)
    for inside, at in POLICIES:
        mapped = [map_position(changes, side, p, inside=inside, at_insertion=at)  # type: ignore[arg-type]
                  for p in range(len(text) + 1)]
        assert mapped == sorted(mapped), (inside, at)
        assert 0 <= mapped[0] and mapped[-1] <= len(other)
        assert mapped[0] == 0 or at == "after"  # past text the other side has before everything
        assert mapped[-1] == len(other) or at == "before"
        for p, q in enumerate(mapped):
            if _strictly_outside(changes, side, p):
                assert other[q:q + 1] == text[p:p + 1] and other[q - 1:q] == text[p - 1:p]
                assert map_position(changes, other_side(side), q, inside=inside, at_insertion=at) == p


@PROPS
@given(draft_and_suggestion())
def test_mapping_a_range_outward_covers_its_changes_and_inward_avoids_them(pair: tuple[str, str]) -> None:
    draft, suggestion = pair
    changes = diff_texts(draft, suggestion)
    for c in changes:
        a = map_position(changes, "draft", c.draft_start, inside="start", at_insertion="before")
        b = map_position(changes, "draft", c.draft_end, inside="end", at_insertion="after")
        assert a <= c.suggestion_start and c.suggestion_end <= b
        a = map_position(changes, "draft", c.draft_start, inside="start", at_insertion="after")
        b = map_position(changes, "draft", c.draft_end, inside="end", at_insertion="before")
        if c.draft_start == c.draft_end:
            assert (a, b) == (c.suggestion_end, c.suggestion_start)
        else:
            assert (a, b) == c.suggestion_span
