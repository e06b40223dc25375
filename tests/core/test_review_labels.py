"""Undo steps are named after what made them (the Edit menu says "Undo Humanize")."""

from humanize_desktop.core.review import Review


def test_edit_text_steps_carry_their_label() -> None:
    review = Review("One two.", "One two.")
    review.edit_text("suggestion", 4, 7, "three", coalesce="h1", label="humanize")
    review.edit_text("suggestion", 0, 3, "Uno", coalesce="h1", label="humanize")
    assert review.undo_label() == "humanize"
    review.undo()
    assert review.suggestion == "One two." and not review.can_undo
    assert review.redo_label() == "humanize"
    review.redo()
    review.edit_text("draft", 0, 0, "X", coalesce="t1")
    assert review.undo_label() == "typing"
