"""All flags of a review's changes, with real spelling (enchant) and grammar (Harper)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humanize_desktop import cli, config
from humanize_desktop.core.checks.flags import change_flags
from humanize_desktop.core.diffing import diff_texts


def test_fidelity_and_introduced_errors_together() -> None:
    draft = "In 2024 we recieve mail daily.\n\nThe drug is not safe for children.\n"
    suggestion = "In 2023 we recieve mail daily.\n\nThe drug is safe for kids. The reprot is an mess.\n"
    changes = diff_texts(draft, suggestion)
    flags = change_flags(draft, suggestion, changes, config.Settings())
    kinds = [(f.kind, f.detail) for f in flags]
    assert ("date", "'2024' became '2023'") in kinds
    assert ("negation", "negation removed: 'not'") in kinds
    introduced = [d for k, d in kinds if k == "introduced-error"]
    assert any("spelling error introduced: 'reprot'" in d for d in introduced)
    assert any(d.startswith("grammar error introduced: 'an'") for d in introduced)
    assert not any("recieve" in d for d in introduced)  # the draft already had it
    order = [c.id for c in changes]
    assert [order.index(f.change_id) for f in flags] == sorted(order.index(f.change_id) for f in flags)


def test_protected_terms_come_from_the_settings() -> None:
    settings = config.Settings()
    settings.rewrite.protected_terms = ["Acme Cloud"]
    draft, suggestion = "We run on Acme Cloud.", "We run on the cloud."
    flags = change_flags(draft, suggestion, diff_texts(draft, suggestion), settings)
    assert ("protected-term", "protected term 'Acme Cloud' removed or altered") in [(f.kind, f.detail) for f in flags]


def test_no_changes_no_flags() -> None:
    assert change_flags("Same.", "Same.", [], config.Settings()) == []


def test_diff_json_gains_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft, suggestion = tmp_path / "a.txt", tmp_path / "b.txt"
    draft.write_text("Revenue rose 15% in 2024.\n", encoding="utf-8")
    suggestion.write_text("Revenue rose 51% in 2024.\n", encoding="utf-8")
    assert cli.main(["diff", str(draft), str(suggestion), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [change] = data["changes"]
    assert data["flags"] == [{"change_id": change["id"], "kind": "percentage", "detail": "'15%' became '51%'"}]


def test_flags_from_findings_reuses_the_checks_the_gui_already_ran() -> None:
    from humanize_desktop.core.checks.flags import flags_from_findings
    from humanize_desktop.core.checks.runner import DocumentChecker

    draft = "We recieve mail. The report is ready."
    suggestion = "We recieve mail. The reprot is ready."
    checker = DocumentChecker(config.Settings(), kinds=["spelling"])
    changes = diff_texts(draft, suggestion)
    flags, marked = flags_from_findings(draft, suggestion, changes, checker.check(draft).findings,
                                        checker.check(suggestion).findings)
    assert [(suggestion[f.start:f.end], f.origin) for f in marked] == [("recieve", "draft"), ("reprot", "introduced")]
    assert [(f.kind, f.detail) for f in flags] == [
        ("introduced-error", "spelling error introduced: 'reprot' (did you mean 'report'?)")]


def _recording_checker(monkeypatch: pytest.MonkeyPatch) -> tuple[object, list[str], list[str]]:
    """A real checker that records what its grammar engine reads and which words get replacements."""
    from humanize_desktop.core.checks.findings import GRAMMAR, SPELLING
    from humanize_desktop.core.checks.runner import DocumentChecker

    checker = DocumentChecker(config.Settings(), kinds=(GRAMMAR, SPELLING))
    read, suggested = [], []
    check, suggest = checker.grammar.check, checker.spelling.suggest
    monkeypatch.setattr(checker.grammar, "check", lambda text, *a: read.append(text) or check(text, *a))
    monkeypatch.setattr(checker.spelling, "suggest", lambda tag, word: suggested.append(word) or suggest(tag, word))
    return checker, read, suggested


def test_only_sentences_with_changes_are_checked_and_only_shown_errors_get_replacements(monkeypatch) -> None:
    untouched = "Teh wether was bad on Munday, and the recieved mail piled up. " * 3
    draft = f"{untouched}\n\nThe report is ready. We send it on Friday.\n\n{untouched}\n"
    suggestion = f"{untouched}\n\nThe reprot is ready. We send it on Friday.\n\n{untouched}\n"
    checker, read, suggested = _recording_checker(monkeypatch)
    flags = change_flags(draft, suggestion, diff_texts(draft, suggestion), config.Settings(), checker=checker)
    assert [(f.kind, f.detail) for f in flags] == [
        ("introduced-error", "spelling error introduced: 'reprot' (did you mean 'report'?)")]
    # Grammar read the changed sentence (in the suggestion, then in the draft to compare), nothing else;
    # the misspellings of the untouched paragraphs were never looked at, let alone given replacements.
    assert read == ["The reprot is ready. ", "The report is ready. "]
    assert suggested == ["reprot"]


def test_a_draft_is_not_checked_when_the_changes_bring_no_errors(monkeypatch) -> None:
    draft = "The report is ready.\n\nWe send it on Friday, as planned, to everyone.\n"
    suggestion = "The report is done.\n\nWe send it on Friday, as planned, to everyone.\n"
    checker, read, suggested = _recording_checker(monkeypatch)
    assert change_flags(draft, suggestion, diff_texts(draft, suggestion), config.Settings(), checker=checker) == []
    assert read == ["The report is done.\n\n"] and suggested == []


def test_a_misspelling_moved_within_its_paragraph_is_not_introduced() -> None:
    draft = "We recieve mail daily. The post comes early.\n"
    suggestion = "The post comes early. Daily, we recieve mail.\n"
    flags = change_flags(draft, suggestion, diff_texts(draft, suggestion), config.Settings())
    assert not any(f.kind == "introduced-error" and "recieve" in f.detail for f in flags)


def test_an_inclusive_language_finding_a_change_brings_in_is_flagged() -> None:
    draft = "The chair opened the meeting. It went well.\n\nWe met on Friday.\n"
    suggestion = "The chairman opened the meeting. It went well.\n\nWe met on Friday.\n"
    flags = change_flags(draft, suggestion, diff_texts(draft, suggestion), config.Settings())
    assert [f.detail.split(":")[0] for f in flags if f.kind == "introduced-error"] == [
        "inclusive finding introduced"]
