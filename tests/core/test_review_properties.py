"""Property tests of the review engine's promises, over random multilingual texts."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from humanize_desktop.core import segmentation
from humanize_desktop.core.diffing import apply_changes, diff_texts
from humanize_desktop.core.review import Review
from tests.core.strategies import RICH_WORDS, document, draft_and_suggestion

def _has_repeats(text: str) -> bool:
    """Does a paragraph repeat, or a word within a paragraph?"""
    keys = [p.strip() for p in text.split("\n\n") if p.strip()]
    if len(set(keys)) < len(keys):
        return True
    for start, end in segmentation.paragraphs(text):
        words = [w.casefold() for w in segmentation.words(text[start:end])]
        if len(set(words)) < len(words):
            return True
    return False


# HUMANIZE_PROPERTY_EXAMPLES=5000 for a thorough run before changing the diff.
PROPS = settings(max_examples=int(os.environ.get("HUMANIZE_PROPERTY_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(draft_and_suggestion())
def test_accept_all_gives_the_suggestion_and_reject_all_the_draft(pair: tuple[str, str]) -> None:
    draft, suggestion = pair
    changes = diff_texts(draft, suggestion)
    assert apply_changes(draft, changes) == suggestion

    accepted = Review(draft, suggestion)
    accepted.accept_all()
    assert accepted.draft == accepted.suggestion == suggestion
    assert accepted.is_complete

    rejected = Review(draft, suggestion)
    rejected.reject_all()
    assert rejected.draft == rejected.suggestion == draft


@PROPS
@given(draft_and_suggestion(), st.data())
def test_accepting_some_changes_applies_exactly_those_and_undoes_as_one_step(pair: tuple[str, str],
                                                                            data: st.DataObject) -> None:
    draft, suggestion = pair
    review = Review(draft, suggestion)
    changes = list(review.changes)
    chosen = data.draw(st.lists(st.sampled_from([c.id for c in changes]), unique=True) if changes else st.just([]))
    review.accept_many(chosen)
    review.check_consistency()
    rest = [c.id for c in review.changes]
    for i, change_id in enumerate(rest):  # and decide the rest one by one, each way
        (review.reject if i % 2 else review.accept)(change_id)
    # Every decision's place in the draft holds exactly what it decided.
    places = review.decision_places()
    assert len(places) == len(review.decisions) == len(changes)
    for record, place in zip(review.decisions, places):
        assert place is not None and review.draft[place[0]:place[1]] == record.text
    for _ in rest:
        review.undo()
    expected = apply_changes(draft, [c for c in changes if c.id in chosen])
    assert review.draft == expected
    assert sorted(d.change.id for d in review.decisions) == sorted(chosen)
    assert {c.id for c in review.changes} == {c.id for c in changes} - set(chosen)
    if chosen:
        review.undo()
        assert (review.draft, review.suggestion) == (draft, suggestion)
        assert [c.id for c in review.changes] == [c.id for c in changes] and not review.decisions
        review.redo()
        assert review.draft == expected


@PROPS
@given(draft_and_suggestion())
def test_no_change_splits_a_word_and_ids_are_unique(pair: tuple[str, str]) -> None:
    draft, suggestion = pair
    changes = diff_texts(draft, suggestion)
    for c in changes:
        for text, pos in ((draft, c.draft_start), (draft, c.draft_end),
                          (suggestion, c.suggestion_start), (suggestion, c.suggestion_end)):
            assert segmentation.is_word_boundary(text, pos), (c, pos)
        assert c.draft_text != c.suggestion_text
    assert len({c.id for c in changes}) == len(changes)


@PROPS
@given(draft_and_suggestion(RICH_WORDS), st.data())
def test_any_mix_of_decisions_leaves_exactly_the_rejected_changes(pair: tuple[str, str],
                                                                   data: st.DataObject) -> None:
    draft, suggestion = pair
    review = Review(draft, suggestion)
    original = list(review.changes)
    choices = [data.draw(st.booleans()) for _ in original]
    # Decide in a random order: rebasing must keep every other change valid.
    order = data.draw(st.permutations(range(len(original))))
    for i in order:
        change = original[i]
        (review.accept if choices[i] else review.reject)(change.id)
        review.check_consistency()
    assert review.is_complete and review.draft == review.suggestion

    # The person's document: accepted changes in, rejected ones not.
    result = Review(draft, suggestion)
    for change, accept in zip(original, choices, strict=True):
        if accept:
            result.accept(change.id)
    doc = result.draft

    # Nothing outside a change moved: the document is the draft's unchanged
    # stretches with each change's chosen side in between.
    pieces, pos = [], 0
    for change, accept in zip(original, choices, strict=True):
        pieces.append(draft[pos:change.draft_start])
        pieces.append(change.suggestion_text if accept else change.draft_text)
        pos = change.draft_end
    pieces.append(draft[pos:])
    assert doc == "".join(pieces)

    # Re-diffing the document against the suggestion finds the rejected
    # changes and nothing else: every difference lies inside a rejected
    # change, and every rejected change is still a difference. (Where the
    # texts repeat a paragraph, or a word within a paragraph, which copy a
    # difference belongs to is a matter of choice — an LCS diff may pick
    # another equally short alignment — so that is left out here.)
    if _has_repeats(draft) or _has_repeats(suggestion):
        event("repeats: exact re-diff not checked")
        return
    event("exact re-diff checked")
    rejected_spans = []
    shift = 0
    for change, accept in zip(original, choices, strict=True):
        start = change.draft_start + shift
        if accept:
            shift += len(change.suggestion_text) - len(change.draft_text)
        else:
            rejected_spans.append((start, start + len(change.draft_text)))
    again = diff_texts(doc, suggestion)
    for c in again:
        assert any(s <= c.draft_start and c.draft_end <= e for s, e in rejected_spans), (c, rejected_spans)
    for s, e in rejected_spans:
        assert any(s <= c.draft_start and c.draft_end <= e for c in again), ((s, e), again)
    assert apply_changes(doc, again) == suggestion


@PROPS
@given(draft_and_suggestion(), st.data())
def test_typing_decisions_and_undo_keep_the_review_consistent(pair: tuple[str, str],
                                                              data: st.DataObject) -> None:
    draft, suggestion = pair
    review = Review(draft, suggestion)
    start_state = (review.draft, review.suggestion, list(review.changes))
    steps = 0
    for _ in range(data.draw(st.integers(1, 8))):
        action = data.draw(st.sampled_from(["type", "type", "accept", "reject", "edit", "undo", "redo"]))
        if action == "type":
            side = data.draw(st.sampled_from(["draft", "suggestion"]))
            text = review.text(side)
            a = data.draw(st.integers(0, len(text)))
            b = data.draw(st.integers(a, min(len(text), a + 12)))
            new = data.draw(st.sampled_from(["", "x", " new words ", "\n\n", "😀", "猫"]))
            review.edit_text(side, a, b, new)
        elif action in ("accept", "reject", "edit") and review.changes:
            change = data.draw(st.sampled_from(review.changes))
            if action == "edit":
                review.edit(change.id, "mine")
            else:
                getattr(review, action)(change.id)
        elif action == "undo":
            review.undo()
        elif action == "redo":
            review.redo()
        steps += 1
        review.check_consistency()
        assert apply_changes(review.draft, review.changes) == review.suggestion
    while review.can_undo:
        review.undo()
        review.check_consistency()
    assert (review.draft, review.suggestion, review.changes) == start_state


@PROPS
@given(document())
def test_utf16_map_matches_qt_counting(text: str) -> None:
    m = segmentation.Utf16Map(text)
    for i in range(len(text) + 1):
        u = len(text[:i].encode("utf-16-le")) // 2
        assert m.to_utf16(i) == u
        assert m.from_utf16(u) == i
    assert m.length16 == len(text.encode("utf-16-le")) // 2
