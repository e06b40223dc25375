"""Decisions, navigation, typing and undo on a review."""

from __future__ import annotations

import pytest

from humanize_desktop.core.review import Decision, Review, UnknownChange

DRAFT = "The quick brown fox.\n\nIt is important to note that results were good.\n\nEnd here."
SUGG = "A quick red fox.\n\nNotably, results came out good.\n\nEnd there."


@pytest.fixture
def review() -> Review:
    return Review(DRAFT, SUGG)


def texts(review: Review) -> list[tuple[str, str]]:
    return [(c.draft_text, c.suggestion_text) for c in review.changes]


def test_accept_moves_the_suggestion_into_the_draft(review: Review) -> None:
    first = review.changes[0]
    update = review.accept(first.id)
    assert review.draft.startswith("A quick brown fox.")
    assert review.suggestion == SUGG
    assert update.removed == [first.id] and update.edits[0].side == "draft"
    assert review.decisions[-1].decision is Decision.ACCEPTED
    review.check_consistency()


def test_reject_drops_the_change_from_the_suggestion(review: Review) -> None:
    review.reject(review.changes[1].id)  # brown -> red
    assert review.draft == DRAFT
    assert review.suggestion.startswith("A quick brown fox.")
    assert ("brown", "red") not in texts(review)


def test_edit_puts_the_persons_text_on_both_sides(review: Review) -> None:
    change = review.changes[2]
    review.edit(change.id, "Notably, we saw that")
    assert "Notably, we saw that results" in review.draft
    assert "Notably, we saw that results" in review.suggestion
    assert review.decisions[-1].decision is Decision.EDITED
    review.check_consistency()


def test_after_every_decision_both_texts_are_identical(review: Review) -> None:
    while review.changes:
        review.accept(review.changes[-1].id)
        review.check_consistency()
    assert review.draft == review.suggestion == SUGG


def test_undo_and_redo_of_decisions(review: Review) -> None:
    before = list(review.changes)
    review.accept(before[0].id)
    review.reject(before[1].id)
    assert review.undo_label() == "rejected"
    review.undo()
    review.undo()
    assert review.changes == before and review.draft == DRAFT and review.suggestion == SUGG
    assert review.decisions == []
    review.redo()
    assert review.draft.startswith("A quick") and len(review.decisions) == 1
    review.accept(review.changes[0].id)
    assert not review.can_redo  # a new step forgets what was undone


def test_accept_all_and_reject_all_are_single_undo_steps(review: Review) -> None:
    review.accept_all()
    assert review.draft == SUGG and review.is_complete
    review.undo()
    assert review.draft == DRAFT and review.pending_count == 5
    review.reject_all()
    assert review.suggestion == DRAFT


def test_accept_many_takes_the_chosen_changes_and_checks_every_id_first(review: Review) -> None:
    keep_pending = review.changes[1]
    chosen = [c.id for c in review.changes if c.id != keep_pending.id]
    with pytest.raises(UnknownChange):
        review.accept_many([*chosen, "nope"])
    assert review.draft == DRAFT and not review.decisions  # nothing was decided
    review.accept_many(chosen)
    assert [c.id for c in review.changes] == [keep_pending.id]
    assert review.undo_label() == "accepted many"
    review.undo()
    assert review.draft == DRAFT and review.pending_count == 5


def test_decided_text_is_followed_through_later_typing_and_undo(review: Review) -> None:
    first, second = review.changes[0], review.changes[1]
    review.accept(first.id)
    review.reject(second.id)
    review.edit_text("draft", 0, 0, "Note: ")  # typed before both
    places = review.decision_places()
    assert [review.draft[s:e] for s, e in places] == ["A", second.draft_text]
    review.undo()
    assert [review.draft[s:e] for s, e in review.decision_places()] == ["A", second.draft_text]
    review.undo()
    assert len(review.decision_places()) == 1
    # A review loaded with decisions does not know where they are.
    loaded = Review(review.draft, review.suggestion, review.changes, review.decisions)
    assert loaded.decision_places() == [None]


def test_navigation_wraps_around(review: Review) -> None:
    ids = [c.id for c in review.changes]
    assert review.next_pending(-1).id == ids[0]
    assert review.next_pending(review.changes[0].draft_start).id == ids[1]
    assert review.next_pending(len(DRAFT)).id == ids[0]
    assert review.previous_pending(0).id == ids[-1]
    assert review.previous_pending(review.changes[2].draft_start).id == ids[1]
    pos = DRAFT.index("brown") + 2
    assert review.change_at("draft", pos).draft_text == "brown"
    assert review.change_at("draft", DRAFT.index("quick")) is None


def test_unknown_change_id_is_a_clear_error(review: Review) -> None:
    with pytest.raises(UnknownChange, match="no pending change with id 'nope'"):
        review.accept("nope")


def test_typing_rediffs_only_its_paragraph_and_keeps_other_ids(review: Review) -> None:
    ids_before = {c.draft_text: c.id for c in review.changes}
    pos = review.draft.index("End")
    review.edit_text("draft", pos, pos + 3, "Ending")
    review.check_consistency()
    after = {c.draft_text: c.id for c in review.changes}
    for text in ("The", "brown", "It is important to note that", "were"):
        assert after[text] == ids_before[text]
    # The last paragraph was re-diffed: "Ending here" against "End there".
    assert any("Ending" in t for t in after)


def test_typing_inside_a_change_rederives_it(review: Review) -> None:
    pos = review.draft.index("brown")
    review.edit_text("draft", pos, pos + 5, "red")
    review.check_consistency()
    assert ("brown", "red") not in texts(review)
    assert all("red" not in d for d, _ in texts(review))


def test_typing_in_the_suggestion_too(review: Review) -> None:
    pos = review.suggestion.index("came out")
    review.edit_text("suggestion", pos, pos + 8, "were")
    review.check_consistency()
    assert ("were", "came out") not in texts(review)


def test_coalesced_typing_undoes_as_one_step(review: Review) -> None:
    pos = len(review.draft)
    for i, ch in enumerate(" More"):
        review.edit_text("draft", pos + i, pos + i, ch, coalesce="typing")
    assert review.draft.endswith("here. More")
    review.undo()
    assert review.draft == DRAFT
    review.redo()
    assert review.draft.endswith("here. More")
    review.break_coalescing()
    review.edit_text("draft", len(review.draft), len(review.draft), "!", coalesce="typing")
    review.undo()
    assert review.draft.endswith("here. More")


def test_out_of_range_edit_is_refused(review: Review) -> None:
    with pytest.raises(ValueError, match="outside the draft"):
        review.edit_text("draft", 0, len(DRAFT) + 1, "x")
