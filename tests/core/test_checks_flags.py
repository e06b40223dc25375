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
