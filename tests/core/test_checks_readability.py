"""Readability scores and long-sentence findings."""

from __future__ import annotations

import pytest

from humanize_desktop.core.checks import readability

SIMPLE = "The cat sat on the mat. The dog ran to the park. We had fun in the sun."
HARD = ("Notwithstanding considerable methodological heterogeneity, contemporary epidemiological "
        "investigations consistently demonstrate substantial associations between socioeconomic "
        "deprivation and cardiovascular morbidity.")


def score(text: str, language: str = "en") -> dict:
    counts, _ = readability.analyse(text, language)
    return readability.scores(counts, language)


def test_harder_text_gets_a_higher_grade_and_lower_ease() -> None:
    easy, hard = score(SIMPLE), score(HARD)
    assert easy["grade"] < 3 < 15 < hard["grade"]
    assert easy["reading_ease"] > 90 > 0 > hard["reading_ease"]
    assert easy["grade_formula"] == "Flesch-Kincaid" and easy["lix"] < hard["lix"]


def test_sentence_length_and_its_variation() -> None:
    s = score("One two three. One two three four five six seven.")
    assert s["sentences"] == 2 and s["words"] == 10
    assert s["sentence_length"] == {"mean": 5.0, "stdev": 2.0, "variation": 0.4}


@pytest.mark.parametrize("language,ease,grade", [
    ("de", "Amstad", "Wiener Sachtextformel"), ("fr", "Kandel-Moles", None), ("es", "Szigriszt-Pazos", "Crawford"),
    ("it", None, None),
])
def test_each_language_gets_its_own_formulas(language: str, ease: str | None, grade: str | None) -> None:
    s = score("Una frase breve. Otra frase más larga que la primera.", language)
    assert s["reading_ease_formula"] == ease and s["grade_formula"] == grade
    assert s["lix"] is not None  # LIX needs no syllables: every language


def test_syllable_counts_follow_each_language() -> None:
    assert [readability.syllables(w, "en") for w in ("cat", "make", "table", "happy")] == [1, 1, 2, 2]
    assert readability.syllables("leer", "es") == 2  # hiatus: le-er
    assert readability.syllables("Straße", "de") == 2
    assert readability.syllables("tables", "fr") == 1


def test_overlong_sentence_becomes_a_finding() -> None:
    long_sentence = " ".join(["word"] * 45) + ". Short one."
    _, findings = readability.analyse(long_sentence, "en")
    [f] = findings
    assert f.kind == "readability" and f.start == 0 and long_sentence[f.end - 1] == "."
    assert "45 words" in f.message


def test_code_blocks_are_not_prose() -> None:
    text = "Run this:\n\n```\n" + "x = 1; " * 80 + "\n```\n"
    s = score(text)
    assert s["words"] == 2


def test_empty_text_has_no_scores() -> None:
    assert score("")["grade"] is None and score("")["sentences"] == 0
