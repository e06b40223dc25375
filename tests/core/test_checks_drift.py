"""Meaning drift: pairing paragraphs through the changes and comparing embeddings.

The unit tests use a bag-of-words embedder (real vectors, computed in
microseconds); tests/integration/test_checks_model.py runs the real model.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from humanize_desktop.core import tokens
from humanize_desktop.core.checks import drift
from humanize_desktop.core.diffing import diff_texts


class BagOfWords:
    """Word-count vectors over the vocabulary of everything it has been asked to embed."""

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls += 1
        vocab = sorted({w.lower() for t in texts for w in tokens.words(t)})
        counts = [Counter(w.lower() for w in tokens.words(t)) for t in texts]
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
