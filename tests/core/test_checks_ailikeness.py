"""AI-likeness arithmetic: pieces, token alignment, per-sentence sums, the criterion.

A word-level scorer stands in for the model here (it returns real numbers
fast); tests/integration/test_checks_model.py measures with SmolLM2.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import ailikeness
from humanize_desktop.core.checks.ailikeness import AiLikeness, SentenceScore


@dataclass(frozen=True)
class Score:
    token: str
    logprob: float
    expected_logprob: float
    variance: float


class WordScorer:
    """Each word is a token; long words are 'surprising'."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def score(self, text: str) -> list[Score]:
        self.calls.append(text)
        return [Score(" " + w, -len(w) / 2, -2.0, 1.0) for w in segmentation.words(text)]


def test_long_paragraphs_are_scored_in_sentence_aligned_pieces() -> None:
    sentence = "This sentence has exactly seven words. "
    text = sentence * 120
    pieces = ailikeness._pieces(text)
    assert len(pieces) > 1
    assert all(b - a <= ailikeness.MAX_CHARS for a, b in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(text[a:b].startswith("This") for a, b in pieces)
    assert all(x[1] == y[0] for x, y in zip(pieces, pieces[1:]))


def test_a_sentence_longer_than_a_piece_is_cut_at_a_space() -> None:
    text = "word " * 1000
    pieces = ailikeness._pieces(text)
    assert all(b - a <= ailikeness.MAX_CHARS for a, b in pieces)
    assert "".join(text[a:b] for a, b in pieces) == text


def test_tokens_are_aligned_to_their_text() -> None:
    text = "Hello there, world."
    scores = [Score("Hello", 0, 0, 0), Score(" there", 0, 0, 0), Score(",", 0, 0, 0), Score(" world", 0, 0, 0),
              Score("\ufffd", 0, 0, 0), Score(".", 0, 0, 0)]
    assert ailikeness._align(text, scores) == [0, 6, 11, 13, 18, 18]


def test_sentence_sums_and_document_summary() -> None:
    scorer = WordScorer()
    text = "Tiny cat. Extraordinarily verbose sentences appear."
    sentences = ailikeness.measure_paragraph(scorer, text)
    assert [(text[s.start:s.end].strip(), s.tokens) for s in sentences] == [
        ("Tiny cat.", 2), ("Extraordinarily verbose sentences appear.", 4)]
    assert sentences[0].logprob == -(4 + 3) / 2
    summary = ailikeness.summarise([sentences])
    n = 6
    total = -(4 + 3 + 15 + 7 + 9 + 6) / 2
    assert summary.tokens == n and summary.sentences == 2
    assert math.isclose(summary.perplexity, math.exp(-total / n))
    assert math.isclose(summary.fast_detectgpt, (total - (-2.0 * n)) / math.sqrt(n))
    ppl = [s.perplexity for s in sentences]
    mean = sum(ppl) / 2
    assert math.isclose(summary.burstiness, math.sqrt(sum((p - mean) ** 2 for p in ppl) / 2) / mean)


def test_nothing_to_score() -> None:
    empty = ailikeness.summarise([])
    assert empty.tokens == 0 and empty.summary() == "nothing to score"
    assert empty.to_json()["perplexity"] is None
    assert ailikeness.measure_paragraph(WordScorer(), "  \n") == []


def test_before_after_comparison_is_a_signal_in_plain_words() -> None:
    before = AiLikeness(100, 5, 8.0, 8.5, 1.0, 0.12, 3.1)
    after = AiLikeness(100, 5, 14.0, 15.0, 6.0, 0.40, 0.9)
    result = ailikeness.compare(before, after)
    assert result["change"] == {"perplexity": 6.0, "burstiness": 0.28, "fast_detectgpt": -2.2}
    assert result["summary"] == ("The suggestion is less predictable, more varied sentence to sentence, "
                                 "further from the model's own style than the draft.")
    assert "not a verdict" in result["before"]["note"]


def test_runner_scores_each_paragraph_once_and_reports_ai_likeness() -> None:
    from humanize_desktop.config import Settings
    from humanize_desktop.core.checks.runner import DocumentChecker

    scorer = WordScorer()
    checker = DocumentChecker(Settings(), kinds=["readability"], scorer=scorer)
    text = "First paragraph here. It has two sentences.\n\nSecond one.\n"
    report = checker.check(text)
    assert report.scores["ai_likeness"]["available"] is True
    assert report.scores["ai_likeness"]["sentences"] == 3
    calls = len(scorer.calls)
    checker.check(text.replace("Second one.", "Second one, edited."))
    assert len(scorer.calls) == calls + 1  # only the edited paragraph was scored again
    quick = checker.check("A third text.", ai_likeness=False)
    assert quick.scores["ai_likeness"]["available"] is False and len(scorer.calls) == calls + 1
    assert checker.ai_likeness("A third text.")["tokens"] == 3 and len(scorer.calls) == calls + 2
    before, after = checker.measure_ai_likeness("A third text."), checker.measure_ai_likeness("Tiny text.")
    assert len(scorer.calls) == calls + 3  # the first was cached
    assert math.isclose(ailikeness.compare(before, after)["change"]["perplexity"],
                        math.exp(2) - math.exp(5 / 3), abs_tol=1e-3)


def test_engine_failure_is_a_reason_not_a_crash() -> None:
    from humanize_desktop.config import Settings
    from humanize_desktop.core.checks.runner import DocumentChecker
    from humanize_desktop.core.errors import HumanizeError

    class Broken:
        def score(self, text: str) -> list[Score]:
            raise HumanizeError("The model engine stopped.")

    result = DocumentChecker(Settings(), kinds=["readability"], scorer=Broken()).ai_likeness("Some text here.")
    assert result == {"available": False, "reason": "the model could not score the text (The model engine stopped.)"}


def test_sentence_score_perplexity() -> None:
    s = SentenceScore(0, 5, 2, -2.0, -3.0, 1.0)
    assert math.isclose(s.perplexity, math.e)


def test_sentence_heat_follows_the_criterion_and_stays_between_0_and_1() -> None:
    # Fast-DetectGPT criterion (logprob - expected) / sqrt(variance): -1 is cold, 3 and above hot.
    assert SentenceScore(0, 5, 4, -8.0, -6.0, 4.0).fast_detectgpt == -1.0
    assert SentenceScore(0, 5, 4, -8.0, -6.0, 4.0).heat == 0.0
    assert SentenceScore(0, 5, 4, -5.0, -6.0, 4.0).heat == pytest.approx(0.375)  # criterion 0.5
    assert SentenceScore(0, 5, 4, -2.0, -8.0, 1.0).heat == 1.0  # criterion 6
    assert SentenceScore(0, 5, 4, -20.0, -6.0, 1.0).heat == 0.0  # far below: clamped
    assert SentenceScore(0, 5, 4, -2.0, -8.0, 0.0).heat == 0.0  # no variance: no signal
    assert SentenceScore(0, 5, 0, 0.0, 0.0, 0.0).heat == 0.0  # no tokens
    # The document criterion is the same formula over the summed sentences.
    sentences = [SentenceScore(0, 5, 4, -5.0, -6.0, 4.0), SentenceScore(6, 9, 2, -1.0, -2.0, 5.0)]
    assert ailikeness.summarise([sentences]).fast_detectgpt == pytest.approx(2.0 / 3.0)
