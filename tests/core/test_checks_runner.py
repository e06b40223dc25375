"""The incremental document checker, with real engines (enchant, Harper, py3langid)."""

from __future__ import annotations

import pytest
import regex

from humanize_desktop.config import Settings
from humanize_desktop.core.checks.runner import Cancelled, DocumentChecker

DOC = """# Notes

Moreover, the team recieve the results on Tuesday. The colour of the chart is fine.

Die Straße ist heute sehr ruhig, aber der Verkher kommt am Abend zurück.

The rollout â€” scheduled for spring â€” went well.
"""


@pytest.fixture(scope="module")
def checker() -> DocumentChecker:
    return DocumentChecker(Settings())


def texts(doc: str, report, kind: str) -> list[str]:
    return [doc[f.start:f.end] for f in report.findings if f.kind == kind]


def test_findings_of_every_kind_land_at_document_offsets(checker: DocumentChecker) -> None:
    report = checker.check(DOC)
    assert report.language.code == "en"
    assert "recieve" in texts(DOC, report, "spelling")
    assert "Verkher" in texts(DOC, report, "spelling")  # checked with the German dictionary
    assert "Straße" not in texts(DOC, report, "spelling")
    assert "colour" not in texts(DOC, report, "spelling")  # the document is British
    assert report.variants["en"] == "en_GB" and report.variants["de"] == "de_DE"
    assert any(t.startswith("Moreover") for t in texts(DOC, report, "ai-tell"))
    assert texts(DOC, report, "encoding") == ["â€”", "â€”"]
    assert report.findings == sorted(report.findings, key=lambda f: (f.start, f.end, f.kind))


def test_grammar_falls_back_to_harper_for_english_without_languagetool(checker: DocumentChecker) -> None:
    text = "This is an test of the grammar checker."
    report = checker.check(text)
    assert [(text[f.start:f.end], f.engine) for f in report.findings if f.kind == "grammar"] == [("an", "harper")]
    grammar = report.engines["grammar"]
    assert grammar.active == "harper"
    assert "no LanguageTool installation was found" in grammar.unavailable["languagetool"]


def test_engines_say_which_language_has_no_grammar_engine(checker: DocumentChecker) -> None:
    report = checker.check(DOC)
    assert "no grammar engine can check 'de'" in report.engines["grammar"].unavailable["grammar:de"]
    assert report.engines["spelling"].active == "enchant"
    assert "en_GB" in report.engines["spelling"].detail and "de_DE" in report.engines["spelling"].detail


def test_editing_one_paragraph_rechecks_only_that_paragraph() -> None:
    checker = DocumentChecker(Settings())
    first = checker.check(DOC)
    assert first.paragraphs_checked == first.paragraphs == 4
    edited = DOC.replace("Verkher", "Verkehr")
    second = checker.check(edited)
    assert second.paragraphs_checked == 1
    assert "Verkher" not in texts(edited, second, "spelling")
    # Findings after the edit keep their places in the text.
    assert texts(edited, second, "encoding") == ["â€”", "â€”"]
    assert checker.check(edited).paragraphs_checked == 0


def test_a_mojibake_span_is_reported_once_not_also_as_grammar(checker: DocumentChecker) -> None:
    text = "The rollout â€” scheduled for spring â€” went well."
    report = checker.check(text)
    encoded = [(f.start, f.end) for f in report.findings if f.kind == "encoding"]
    others = [f for f in report.findings if f.kind != "encoding"]
    assert encoded and not any(a < f.end and f.start < b for f in others for a, b in encoded)


def test_forced_language_and_variant(checker: DocumentChecker) -> None:
    report = checker.check("The color of the harbor.", language="en_GB")
    assert report.variants["en"] == "en_GB"
    assert texts("The color of the harbor.", report, "spelling") == ["color", "harbor"]


def test_kinds_limit_the_checks() -> None:
    report = DocumentChecker(Settings(), kinds=["encoding"]).check(DOC)
    assert {f.kind for f in report.findings} == {"encoding"}
    assert report.engines["grammar"].active is None
    with pytest.raises(ValueError):
        DocumentChecker(Settings(), kinds=["style"])


def test_spelling_switched_off_in_settings() -> None:
    settings = Settings()
    settings.spelling.enabled = False
    report = DocumentChecker(settings).check(DOC)
    assert not [f for f in report.findings if f.engine == "enchant"]
    assert "spelling.enabled = false" in report.engines["spelling"].unavailable["enchant"]


def test_cancelled_check_stops_between_paragraphs() -> None:
    with pytest.raises(Cancelled):
        DocumentChecker(Settings()).check(DOC, cancelled=lambda: True)


def test_json_follows_the_cli_contract(checker: DocumentChecker) -> None:
    data = checker.check(DOC).to_json()
    assert {"language", "engines", "findings", "scores"} <= set(data)
    assert set(data["engines"]) == {"grammar", "spelling"}
    assert {"active", "detail", "unavailable"} <= set(data["engines"]["grammar"])
    for f in data["findings"]:
        assert {"start", "end", "kind", "message", "replacements", "engine"} <= set(f)
        assert f["kind"] in {"grammar", "spelling", "ai-tell", "encoding", "readability"}
    assert data["scores"]["readability"]["grade"] is not None
    assert data["scores"]["ai_likeness"]["available"] is False


def test_empty_document() -> None:
    report = DocumentChecker(Settings()).check("")
    assert report.findings == [] and report.language.code == "und"


def test_adding_a_word_to_the_dictionary_takes_effect_at_once() -> None:
    checker = DocumentChecker(Settings(), kinds=["spelling"])
    text = "The Zorblax team met today."
    assert texts(text, checker.check(text), "spelling") == ["Zorblax"]
    checker.add_to_dictionary("Zorblax")
    assert texts(text, checker.check(text), "spelling") == []


def test_grammar_messages_quote_words_instead_of_showing_backticks() -> None:
    from humanize_desktop.core.checks.grammar import HarperEngine, plain_message

    assert plain_message("Did you mean `there`?") == "Did you mean “there”?"
    findings = HarperEngine().check("I think their is a problem here.", "en_US")
    assert findings and all("`" not in f.message for f in findings)
    assert any("“there”" in f.message for f in findings)


def test_spans_checked_together_give_each_span_its_own_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    from humanize_desktop.core.checks import runner
    from humanize_desktop.core.checks.findings import GRAMMAR

    checker = DocumentChecker(Settings(), kinds=(GRAMMAR,))
    text = ("This is an test of it. The dog runs home. We has a plan.\n\n"
            "It was a error there. Nothing is wrong here. She go to an meeting.\n")
    sentences = [m.span() for m in regex.finditer(r"[^ .\n][^.\n]*\.", text)]
    one_by_one = [f for a, b in sentences for f in checker.check_spans(text, [(a, b)], "en", kinds=(GRAMMAR,))]
    assert {text[f.start:f.end] for f in one_by_one} >= {"an", "has", "a", "go"}
    together = checker.check_spans(text, sentences, "en", kinds=(GRAMMAR,))
    monkeypatch.setattr(runner, "GRAMMAR_BATCH_CHARS", 30)  # a few spans per request
    small_batches = checker.check_spans(text, sentences, "en", kinds=(GRAMMAR,))
    assert together == one_by_one == small_batches
    checker.close()


def test_a_check_tells_its_progress_paragraph_by_paragraph() -> None:
    from humanize_desktop.core.checks.runner import CHECKS

    heard: list[tuple[str, int, int]] = []
    report = DocumentChecker(Settings()).check(DOC, progress=lambda *p: heard.append(p), ai_likeness=False)
    assert heard == [(CHECKS, i, report.paragraphs) for i in range(report.paragraphs)]
