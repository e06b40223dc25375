"""The humanizer end to end with the real bundled SmolLM2 model: strengths, reasons and the fact gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humanize_desktop import cli
from humanize_desktop.core import reviewfile, segmentation
from humanize_desktop.core.diffing import Change, apply_changes

pytestmark = pytest.mark.model

DRAFT = """# Quarterly update

In today's fast-paced world, it is important to note that our team shipped 4 releases between 3 March and 28 June 2025. Furthermore, the new reporting module is a testament to the hard work of Priya Shah and her 6 engineers.

Moreover, customers can seamlessly export their data to https://example.com/export. We do not charge for exports, and the price stays at 12 EUR per seat.
"""
FACTS = ["4 releases", "3 March", "28 June 2025", "Priya Shah", "6 engineers", "https://example.com/export",
         "do not charge", "12 EUR"]


def _humanize(tmp_path: Path, capsys: pytest.CaptureFixture[str], strength: str, *extra: str) -> dict:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    assert cli.main(["humanize", str(draft), "--json", "--seed", "2", "--strength", strength,
                     "--no-cache", *extra]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("strength", ["light", "medium", "strong"])
def test_every_strength_keeps_every_fact_and_explains_every_change(tmp_path: Path, capsys, strength: str) -> None:
    data = _humanize(tmp_path, capsys, strength)
    suggestion = data["suggestion"]
    for fact in FACTS:
        assert fact in suggestion, f"{strength}: {fact!r} was lost"
    changes = data["changes"]
    assert changes, f"{strength}: nothing changed"
    assert apply_changes(DRAFT, [Change.from_json(c) for c in changes]) == suggestion
    for c in changes:
        assert c["source"] in ("rule", "model", "cleaning") and c["reason"]
    # The stock openers the rules know are gone at every strength.
    for opener in ("In today's fast-paced world", "it is important to note", "Furthermore,", "Moreover,"):
        assert opener.casefold() not in suggestion.casefold(), f"{strength}: {opener!r} stayed"
    assert suggestion.startswith("# Quarterly update\n\n")
    assert len(segmentation.paragraphs(suggestion)) == len(segmentation.paragraphs(DRAFT))
    if strength == "light":
        assert data["stats"]["tokens"] == 0
        assert {c["source"] for c in changes} <= {"rule", "cleaning"}
    # Nothing the writer must know about slipped through: no fact flag on any change.
    fact_kinds = {"number", "date", "amount", "percentage", "unit", "name", "url", "negation"}
    assert not [f for f in data["flags"] if f["kind"] in fact_kinds]


def test_save_review_writes_every_change_with_its_reason(tmp_path: Path, capsys) -> None:
    review = tmp_path / "draft.humanize"
    data = _humanize(tmp_path, capsys, "medium", "--save-review", str(review), "--candidates", "2")
    doc = reviewfile.load(review)
    assert doc.review.suggestion == data["suggestion"]
    assert {c.id for c in doc.review.changes} == set(doc.explanations)
    by_id = {c["id"]: c for c in data["changes"]}
    for cid, explanation in doc.explanations.items():
        assert explanation.to_json() == {k: by_id[cid][k] for k in ("source", "rule", "reason")}
