"""Meaning drift: pairing paragraphs through the changes and comparing embeddings.

The unit tests use a bag-of-words embedder (real vectors, computed in
microseconds); tests/integration/test_checks_model.py runs the real model.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import pytest

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import drift, sentencedrift
from humanize_desktop.core.diffing import diff_texts


class BagOfWords:
    """Word-count vectors over the vocabulary of everything it has been asked to embed."""

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls += 1
        vocab = sorted({w.lower() for t in texts for w in segmentation.words(t)})
        counts = [Counter(w.lower() for w in segmentation.words(t)) for t in texts]
        return [[float(c[w]) for w in vocab] for c in counts]


DRAFT = ("The committee met on Tuesday to review the budget for roads.\n\n"
         "Coffee prices rose this year after poor harvests in Brazil.\n\n"
         "The museum closes in March for repairs.\n")


def test_cosine() -> None:
    assert drift.cosine([1, 0], [1, 0]) == 1.0 and drift.cosine([1, 0], [0, 1]) == 0.0
    assert math.isclose(drift.cosine([1, 1], [1, 0]), 1 / math.sqrt(2))
    assert drift.cosine([0, 0], [1, 0]) == 0.0


def test_changed_paragraphs_pair_with_what_they_became() -> None:
    suggestion = ("The committee met on Tuesday and reviewed the road budget.\n\n"
                  "Coffee prices rose this year after poor harvests in Brazil.\n\n"
                  "Our cat likes to sleep on the warm windowsill all afternoon.\n")
    changes = diff_texts(DRAFT, suggestion)
    pairs = drift.paragraph_pairs(DRAFT, suggestion, changes)
    assert [(DRAFT[a:b].strip()[:13], suggestion[sa:sb].strip()[:13]) for (a, b), (sa, sb), _ in pairs] == [
        ("The committee", "The committee"), ("The museum cl", "Our cat likes")]
    assert {i for _, _, ids in pairs for i in ids} == {c.id for c in changes}


def test_only_the_paragraph_that_wandered_off_is_flagged() -> None:
    suggestion = ("The committee met on Tuesday to review the budget for the roads.\n\n"
                  "Coffee prices rose this year after poor harvests in Brazil.\n\n"
                  "Our cat likes to sleep on the warm windowsill all afternoon.\n")
    changes = diff_texts(DRAFT, suggestion)
    embedder = BagOfWords()
    results = drift.paragraph_drift(embedder, DRAFT, suggestion, changes)
    assert embedder.calls == 1  # one batch for the whole document
    assert [r.drifted for r in results] == [False, True]
    [flag] = drift.drift_flags(embedder, DRAFT, suggestion, changes)
    museum = next(c for c in changes if c.draft_start >= DRAFT.index("The museum"))
    assert flag.kind == "drift" and flag.change_id == museum.id
    assert f"below {drift.THRESHOLD:.2f}" in flag.detail


def test_removed_paragraph_is_drift_without_asking_the_model() -> None:
    shorter = DRAFT.replace("Coffee prices rose this year after poor harvests in Brazil.\n\n", "")
    changes = diff_texts(DRAFT, shorter)
    embedder = BagOfWords()
    flags = drift.drift_flags(embedder, DRAFT, shorter, changes)
    assert [(f.kind, f.detail) for f in flags] == [("drift", "this paragraph was removed")]
    assert embedder.calls == 0


def test_appended_paragraph_is_compared_with_the_last_one() -> None:
    suggestion = DRAFT + "\nA brand new closing paragraph about something else entirely.\n"
    changes = diff_texts(DRAFT, suggestion)
    [result] = drift.paragraph_drift(BagOfWords(), DRAFT, suggestion, changes)
    assert "brand new closing" in suggestion[result.suggestion_start:result.suggestion_end]
    assert result.drifted


# ----------------------------------------------------------------------------- sentence by sentence

def kinds(draft: str, suggestion: str, language: str = "en") -> list[tuple[str, str]]:
    return [(f.kind, f.message.text) for f in drift.sentence_drift(draft, suggestion, language)]


def test_a_dropped_clause_is_named_with_its_words() -> None:
    draft = "Remote work is not without its challenges, but with the right tools it works well for most teams."
    found = drift.sentence_drift(draft, "With the right tools, remote work can be a game-changer for most teams.", "en")
    dropped = [f for f in found if f.kind == drift.DROPPED]
    assert [f.message.text for f in dropped] == ["a clause of the draft is missing here: 'is not without its challenges'"]
    assert draft[dropped[0].draft_start:dropped[0].draft_end] == "is not without its challenges"
    assert dropped[0].message.id == "drift.dropped" and dropped[0].message.args == {
        "clause": "is not without its challenges"}


def test_a_dropped_condition_is_drift() -> None:
    assert kinds("We will ship the feature in March unless the security review finds new issues.",
                 "We will ship the feature in March.") == [
        ("dropped", "a clause of the draft is missing here: 'unless the security review finds new issues'")]


def test_an_invented_claim_is_drift() -> None:
    found = drift.sentence_drift("We have updated our privacy policy to make it easier to read.",
                                 "We have updated our privacy policy to make it easier to read and to comply "
                                 "with the latest EU regulations.", "en")
    assert [(f.kind, f.message.id) for f in found] == [("invented", "drift.invented")]
    assert "comply with the latest EU regulations" in found[0].message.text


@pytest.mark.parametrize("draft,suggestion,language,expected", [
    ("Teams that adopted the new workflow saved 2 hours a week.",
     "We saved 2 hours a week after adopting the new workflow.", "en", "the subject changed: 'Teams' became 'We'"),
    ("Our engineers tested the update on 40 devices.", "Users tested the update on 40 devices.", "en",
     "the subject changed: 'engineers' became 'Users'"),
    ("Die Kunden haben die neue Funktion sofort angenommen.", "Wir haben die neue Funktion sofort angenommen.",
     "de", "the subject changed: 'Kunden' became 'Wir'"),
    ("Los clientes valoran mucho la rapidez del servicio.", "Valoramos mucho la rapidez del servicio.", "es",
     "the subject changed: 'valoran' became 'Valoramos'"),
])
def test_a_changed_subject_is_drift(draft: str, suggestion: str, language: str, expected: str) -> None:
    assert ("subject", expected) in kinds(draft, suggestion, language)


def test_a_left_out_pronoun_that_moves_a_clause_to_another_subject() -> None:
    found = kinds("Customer feedback shaped the redesign, and it is crucial for the next release.",
                  "The redesign was shaped by customer feedback and is crucial for the next release.")
    assert found == [("subject", "'it' was left out, so 'and is crucial for the next release' now reads as "
                                 "said of 'redesign'")]
    # The same elision with the subject unchanged is just a tighter sentence.
    assert kinds("The app syncs your notes, and it works offline too.", "The app syncs your notes and works offline too.") == []


@pytest.mark.parametrize("draft,suggestion,language", [
    ("Anna reviewed Ben's draft before the meeting.", "Ben reviewed Anna's draft before the meeting.", "en"),
    ("Sophie a présenté le projet à Marc lundi dernier.", "Marc a présenté le projet à Sophie lundi dernier.", "fr"),
])
def test_swapped_roles_are_drift(draft: str, suggestion: str, language: str) -> None:
    [(kind, text)] = kinds(draft, suggestion, language)
    assert kind == "roles" and "swapped places" in text


@pytest.mark.parametrize("draft,suggestion", [
    ("The report was written by Maria and reviewed by the finance team.",
     "Maria wrote the report, and the finance team reviewed it."),
    ("The marketing team and the sales team met to discuss pricing.",
     "The sales and marketing teams met to discuss pricing."),
    ("Some customers reported slower loading times after the update.",
     "After the update, some customers noticed slower loading times."),
])
def test_active_voice_and_reordering_keep_the_roles(draft: str, suggestion: str) -> None:
    assert kinds(draft, suggestion) == []


@pytest.mark.parametrize("draft,suggestion,language,expected", [
    ("Some customers reported slower loading times.", "All customers reported slower loading times.", "en",
     "the scope changed: 'Some' became 'All'"),
    ("Many schools in the region have adopted the program.", "Schools in the region have adopted the program.",
     "en", "the scope widened: 'Many' was dropped"),
    ("Einige Filialen bleiben am Samstag geschlossen.", "Alle Filialen bleiben am Samstag geschlossen.", "de",
     "the scope changed: 'Einige' became 'Alle'"),
])
def test_a_changed_quantifier_is_drift(draft: str, suggestion: str, language: str, expected: str) -> None:
    assert kinds(draft, suggestion, language) == [("quantifier", expected)]


@pytest.mark.parametrize("draft,suggestion,language", [
    ("It is important to note that the office will be closed on Monday.", "The office will be closed on Monday.", "en"),
    ("Furthermore, the new process reduces errors in the billing system.",
     "The new process also reduces errors in the billing system.", "en"),
    ("The library opens at nine. It closes at six on weekdays.", "The library opens at nine and closes at six on weekdays.", "en"),
    ("The new dashboard shows sales by region, and it also lets managers export the data to Excel.",
     "The new dashboard shows sales by region. Managers can also export the data to Excel.", "en"),
    ("The implementation of the new system took three weeks.", "Implementing the new system took three weeks.", "en"),
    ("Should you have any questions, please do not hesitate to reach out to me.",
     "If you have any questions, just let me know.", "en"),
    ("Es ist wichtig zu beachten, dass die Frist am 30. Juni endet.", "Die Frist endet am 30. Juni.", "de"),
    ("La empresa llevó a cabo una revisión de todos los contratos.", "La empresa revisó todos los contratos.", "es"),
])
def test_what_a_good_humanizer_does_is_not_drift(draft: str, suggestion: str, language: str) -> None:
    assert kinds(draft, suggestion, language) == []


def test_a_typo_is_no_change_of_subject() -> None:
    assert kinds("The report is ready.", "The reprot is ready.") == []


def test_sentences_align_across_splits_and_merges() -> None:
    assert sentencedrift.align([["a", "b"], ["c", "d"], ["e", "f"]], [["a", "b", "c", "d"], ["e"], ["g"]]) == [
        ([0, 1], [0]), ([2], [1]), ([], [2])]


def test_sentence_drift_becomes_a_flag_on_the_change_without_a_model() -> None:
    from humanize_desktop import config
    from humanize_desktop.core.checks.flags import change_flags

    draft = "The pilot went well.\n\nWe will ship the feature in March unless the security review finds new issues.\n"
    suggestion = "The pilot went well.\n\nWe will ship the feature in March.\n"
    changes = diff_texts(draft, suggestion)
    flags = change_flags(draft, suggestion, changes, config.Settings(), language="en")
    drift_flags = [f for f in flags if f.kind == "drift"]
    assert [f.detail for f in drift_flags] == [
        "a clause of the draft is missing here: 'unless the security review finds new issues'"]
    [change] = [c for c in changes if c.id == drift_flags[0].change_id]
    assert "unless" in change.draft_text


def test_paragraphs_are_paired_even_when_one_was_added() -> None:
    draft = "Anna reviewed Ben's draft.\n\nThe weather was fine.\n"
    suggestion = "Ben reviewed Anna's draft.\n\nA new paragraph.\n\nThe weather was fine.\n"
    assert [f.kind for f in drift.sentence_drift(draft, suggestion, "en")] == ["roles"]


def test_a_language_without_data_has_no_sentence_drift() -> None:
    assert drift.sentence_drift("Anna ha letto il libro di Ben.", "Ben ha letto il libro di Anna.", "xx") == []


def test_the_check_meets_its_targets_on_the_frozen_labelled_pairs() -> None:
    """benchmarks/data/drift_pairs.toml was written before the check; calibrate_drift.py prints the details."""
    import tomllib
    from pathlib import Path

    pairs = tomllib.loads((Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "drift_pairs.toml")
                          .read_text("utf-8"))["pair"]
    flagged = {p["id"]: bool(drift.sentence_drift(p["draft"], p["rewrite"], p["language"])) for p in pairs}
    drifted = [p["id"] for p in pairs if p["label"] == "drift"]
    faithful = [p["id"] for p in pairs if p["label"] == "faithful"]
    assert len(drifted) >= 30 and len(faithful) >= 25
    assert sum(flagged[i] for i in drifted) / len(drifted) >= 0.9
    assert sum(flagged[i] for i in faithful) / len(faithful) <= 0.15
