"""Every change of a humanized suggestion knows where it came from: rule, model or cleaning."""

from humanize_desktop.core import diffing, messages
from humanize_desktop.core.humanizer import explain
from humanize_desktop.core.humanizer.explain import Origin, PiecePositions

messages.register({"test.rule": "rule {n}", "test.model": "model job"})
RULE_REASON = messages.make("test.rule", n=1)
MODEL_REASON = messages.make("test.model")


def test_a_change_that_is_one_rule_edit_is_explained_by_that_rule():
    draft = "Furthermore, we shipped it. The award is a testament to our team."
    suggestion = "We shipped it. The award shows how hard our team worked."
    origins = [Origin(0, 16, "rule", "opener.furthermore", RULE_REASON),
               Origin(28, len(draft), "model", "stock-phrase.testament", MODEL_REASON)]
    changes = diffing.diff_texts(draft, suggestion)
    found = explain.explain(changes, origins)
    first = next(c for c in changes if c.draft_start == 0)
    assert found[first.id].source == "rule" and found[first.id].rule == "opener.furthermore"
    later = [c for c in changes if c.draft_start >= 28]
    assert later and all(found[c.id].source == "model" for c in later)
    assert all(found[c.id].rule == "stock-phrase.testament" for c in later)


def test_a_change_no_edit_touches_was_made_by_cleaning():
    changes = diffing.diff_texts("Hello  world.", "Hello world!")
    found = explain.explain(changes, [])
    assert {e.source for e in found.values()} == {"cleaning"}
    assert all(e.rule is None and e.reason.text for e in found.values())


def test_the_smallest_covering_origin_wins_over_a_paragraph_rewrite():
    draft = "Moreover, the tool is fast."
    suggestion = "The tool is fast."
    origins = [Origin(0, len(draft), "model", None, MODEL_REASON), Origin(0, 10, "rule", "opener.moreover", RULE_REASON)]
    (change,) = diffing.diff_texts(draft, suggestion)
    assert explain.explain([change], origins)[change.id].rule == "opener.moreover"


def test_json_keys_and_review_file_round_trip():
    e = explain.Explanation("rule", "opener.moreover", RULE_REASON)
    assert e.to_json() == {"source": "rule", "rule": "opener.moreover", "reason": "rule 1"}
    back = explain.Explanation.from_file(e.to_file())
    assert back == e
    assert explain.Explanation.from_file({"id": "x"}) is None
    assert explain.empty_json() == {"source": None, "rule": None, "reason": None}


def test_origins_round_trip_through_json():
    o = Origin(3, 9, "model", "split.long-sentence", MODEL_REASON)
    assert Origin.from_json(o.to_json()) == o


def test_piece_positions_skip_markup_and_joined_line_breaks():
    draft = "Intro.\n\n- Furthermore, the list item\n  goes on here.\n"
    start = draft.index("- ")
    piece = "Furthermore, the list item goes on here."
    where = PiecePositions(draft, start, len(draft), piece)
    s, e = where.span(0, len("Furthermore,"))
    assert draft[s:e] == "Furthermore,"
    s, e = where.span(piece.index("goes"), piece.index("goes") + 4)
    assert draft[s:e] == "goes"
    assert draft[where.start:where.end] == "Furthermore, the list item\n  goes on here."
