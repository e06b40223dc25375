"""Word-level diffs that read like a person's markup."""

from __future__ import annotations

from humanize_desktop.core.diffing import Change, apply_changes, diff_texts


def pairs(draft: str, suggestion: str) -> list[tuple[str, str, str]]:
    changes = diff_texts(draft, suggestion)
    assert apply_changes(draft, changes) == suggestion
    return [(c.kind, c.draft_text, c.suggestion_text) for c in changes]


def test_identical_texts_have_no_changes() -> None:
    assert diff_texts("Same text.\n\nTwice.", "Same text.\n\nTwice.") == []


def test_whole_words_change_and_punctuation_changes_alone() -> None:
    assert pairs("The cat sat.", "The dog sat.") == [("replace", "cat", "dog")]
    assert pairs("Hello world.", "Hello world,") == [("replace", ".", ",")]
    assert pairs("It walked home.", "It walking home.") == [("replace", "walked", "walking")]


def test_neighbouring_edits_in_a_rewritten_clause_merge_but_distant_ones_do_not() -> None:
    got = pairs("It is important to note that the results were good.",
                "Notably, the results came out good.")
    assert got == [("replace", "It is important to note that", "Notably,"),
                   ("replace", "were", "came out")]
    # "of the" is glue: the two sides of it are one edit to a reader.
    assert pairs("The rise of the machines", "The growth of the robots") == [
        ("replace", "rise of the machines", "growth of the robots")]
    # A long unchanged word between edits keeps them separate.
    assert len(pairs("Alpha beautiful gamma", "Omega beautiful delta")) == 2


def test_insertions_and_deletions_of_paragraphs() -> None:
    assert pairs("A.\n\nC.", "A.\n\nB.\n\nC.") == [("insert", "", "B.\n\n")]
    assert pairs("One para.\n\nTwo para here.\n\nThree.", "One para.\n\nThree!") == [
        ("delete", "Two para here.\n\n", ""), ("replace", ".", "!")]


def test_changes_never_cross_paragraphs_when_counts_match() -> None:
    draft = "First paragraph ends here.\n\nSecond starts here."
    sugg = "First paragraph ends there.\n\nSecond begins here."
    changes = diff_texts(draft, sugg)
    assert [c.draft_text for c in changes] == ["here", "starts"]
    assert all("\n" not in c.draft_text for c in changes)


def test_merged_and_split_paragraphs_in_long_documents_stay_aligned() -> None:
    paras = [f"Paragraph {i} talks about topic{i} with several words of text." for i in range(400)]
    draft = "\n\n".join(paras)
    merged = paras[:100] + [paras[100] + " " + paras[101]] + paras[102:]
    sugg = "\n\n".join(merged)
    changes = diff_texts(draft, sugg)
    assert apply_changes(draft, changes) == sugg
    assert len(changes) == 1 and changes[0].draft_text == "\n\n" and changes[0].suggestion_text == " "


def test_ids_are_stable_when_other_paragraphs_change() -> None:
    draft = "Alpha beta gamma.\n\nDelta epsilon zeta."
    one = diff_texts(draft, "Alpha BETA gamma.\n\nDelta epsilon zeta.")
    two = diff_texts(draft, "Alpha BETA gamma.\n\nDelta EPSILON zeta.")
    assert one[0].id == two[0].id
    assert two[1].id not in {c.id for c in one}


def test_identical_changes_in_identical_contexts_get_distinct_ids() -> None:
    changes = diff_texts("x a y\n\nx a y", "x b y\n\nx b y")
    assert len(changes) == 2 and changes[0].id != changes[1].id


def test_markdown_structure_is_flagged_but_prose_inside_it_is_not() -> None:
    changes = diff_texts("# Title\n\nSome **bold** words, [a link](http://a.example) here.",
                         "## Title\n\nSome bold words, [the link](http://b.example) here.")
    by_text = {c.draft_text: c for c in changes}
    assert by_text[""].structure == {"heading"}
    assert by_text["**bold**"].structure == {"emphasis"}
    assert by_text["a"].structure == frozenset()  # rewording link text keeps the link
    assert by_text["http://a.example"].structure == {"link"}


def test_glue_between_merged_edits_does_not_count_as_structure() -> None:
    (change,) = diff_texts("Some **bold** and [a link](http://a.example).",
                           "Some bold and [the link](http://a.example).")
    assert change.draft_text == "**bold** and [a"
    assert change.structure == {"emphasis"}


def test_code_is_structure() -> None:
    changes = diff_texts("Run `make all` now.\n\n```\nx = 1\n```\n", "Run `make test` now.\n\n```\nx = 2\n```\n")
    assert [sorted(c.structure) for c in changes] == [["code"], ["code-block"]]


def test_json_round_trip() -> None:
    change = diff_texts("a cat", "a dog")[0]
    data = change.to_json()
    assert set(data) == {"id", "kind", "draft", "suggestion", "draft_text", "suggestion_text"}
    assert data["draft"] == [2, 5] and data["suggestion"] == [2, 5]
    assert Change.from_json(data) == change


def test_emoji_and_rtl_spans_index_python_strings() -> None:
    draft = "שלום 😀 עולם"
    sugg = "שלום 👍🏽 עולם"
    (c,) = diff_texts(draft, sugg)
    assert draft[c.draft_start:c.draft_end] == "😀"
    assert sugg[c.suggestion_start:c.suggestion_end] == "👍🏽"


def test_a_hundred_thousand_word_pair_diffs_completely() -> None:
    import random
    rng = random.Random(7)
    vocab = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
    paras = [" ".join(rng.choice(vocab) for _ in range(100)) + "." for _ in range(1000)]
    draft = "\n\n".join(paras)
    edited = [p.replace(" beta ", " BETA ", 1) for p in paras]
    sugg = "\n\n".join(edited)
    changes = diff_texts(draft, sugg)
    assert apply_changes(draft, changes) == sugg
    assert len(changes) == sum(p != e for p, e in zip(paras, edited, strict=True))
