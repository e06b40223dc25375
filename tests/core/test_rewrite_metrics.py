"""The measures of benchmarks/eval_rewrite.py: words changed, facts changed without a flag, burstiness."""

from __future__ import annotations

import pytest

from benchmarks import rewrite_metrics as m
from humanize_desktop.core.checks import fidelity
from humanize_desktop.core.checks.findings import Flag
from humanize_desktop.core.diffing import diff_texts


def test_words_changed_counts_the_draft_words_the_diff_did_not_match() -> None:
    draft = "one two three four five six seven eight nine ten"
    changes = diff_texts(draft, "one two THREE four five six seven eight nine ten and more")
    assert m.unmatched_share(draft, changes) == pytest.approx(0.1)
    assert m.unmatched_share("", []) == 0.0


def test_a_changed_fact_with_a_fidelity_flag_is_flagged_and_one_without_is_not() -> None:
    draft = "Revenue rose 15% in 2024, Maria Lopez said."
    suggestion = "Revenue rose 51% in 2024, Maria said."
    changes = diff_texts(draft, suggestion)
    flags = fidelity.flags_for(draft, suggestion, changes)
    found = m.fact_changes(draft, suggestion, changes, flags)
    assert {(f.kind, f.text, f.side) for f in found} == {
        ("percentage", "15%", "removed"), ("percentage", "51%", "added"),
        ("name", "Maria Lopez", "removed"), ("name", "Maria", "added")}
    assert all(f.flagged for f in found)
    # The same changes with no flags at all: every one of them slipped through.
    assert not any(f.flagged for f in m.fact_changes(draft, suggestion, changes, []))


def test_a_fact_that_only_moved_is_no_change() -> None:
    draft = "In 2024 revenue rose. Costs fell."
    suggestion = "Revenue rose in 2024. Costs fell."
    assert m.fact_changes(draft, suggestion, diff_texts(draft, suggestion), []) == []


def test_burstiness_is_the_variation_of_sentence_lengths() -> None:
    assert m.burstiness("One two three. One two three. One two three.", "en") == 0.0
    varied = m.burstiness("Short. This sentence is a good deal longer than the first one.", "en")
    assert varied is not None and varied > 0.5


def test_ai_tells_cut_and_medians() -> None:
    assert m.ai_tells("Moreover, we delve into it.\n\nFurthermore, it is seamless.", "en") >= 4
    assert m.cut(10, 4) == pytest.approx(0.6) and m.cut(0, 0) == 0.0
    assert m.median_by([("en", 0.1), ("en", 0.3), ("en", 0.2), ("de", 0.5)]) == {"de": 0.5, "en": 0.2}


def test_flags_of_other_changes_do_not_count() -> None:
    draft = "We met on 3 May. The fee is $40."
    suggestion = "We met on 4 May. The fee is $45."
    changes = diff_texts(draft, suggestion)
    may = next(c for c in changes if "3" in c.draft_text)
    found = m.fact_changes(draft, suggestion, changes, [Flag(may.id, "date", "'3 May' became '4 May'")])
    assert sorted((f.kind, f.side, f.flagged) for f in found) == [
        ("amount", "added", False), ("amount", "removed", False), ("date", "added", True), ("date", "removed", True)]


def test_a_name_that_now_opens_the_sentence_is_no_change() -> None:
    draft = "In conclusione, Matera merita una visita."
    suggestion = "Matera merita una visita."
    assert m.fact_changes(draft, suggestion, diff_texts(draft, suggestion), [], "it") == []
