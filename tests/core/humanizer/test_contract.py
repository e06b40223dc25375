"""The JSON contract of humanize and diff: every change says where it came from; the plan; review files."""

from __future__ import annotations

import json
from pathlib import Path

from humanize_desktop import cli
from humanize_desktop.config import Settings
from humanize_desktop.commands.humanize import result_json, save_review
from humanize_desktop.core import reviewfile
from humanize_desktop.core.diffing import Change, apply_changes
from humanize_desktop.core.rewriting.document import rewrite_document
from humanize_desktop.core.rewriting.options import RewriteOptions
from tests.core.rewrite_fakes import FakeEngine

DRAFT = ("# Notes\n\nFurthermore, it is important to note that the team shipped 3 releases in May. "
         "The launch is a testament to the hard work of Maria Lopez.\n")


def _result(strength: str = "medium"):
    engine = FakeEngine(lambda req: req.messages[-1]["content"].split("\n", 1)[-1]
                        .replace("is a testament to the hard work of", "shows the hard work of"))
    options = RewriteOptions(strength=strength, use_cache=False, seed=1)
    return engine, rewrite_document(DRAFT, options, engine)


def test_every_change_has_a_source_a_rule_and_a_reason():
    engine, result = _result()
    data = result_json(DRAFT, result, engine, Settings())
    assert data["changes"], "the rules alone change this draft"
    for c in data["changes"]:
        assert c["source"] in ("rule", "model", "cleaning")
        assert isinstance(c["reason"], str) and c["reason"]
        assert c["rule"] is None or isinstance(c["rule"], str)
        if c["source"] == "rule":
            assert c["rule"]
    assert apply_changes(DRAFT, [Change.from_json(c) for c in data["changes"]]) == data["suggestion"]


def test_the_plan_names_rules_at_offsets_into_the_whole_draft():
    engine, result = _result()
    plan = result_json(DRAFT, result, engine, Settings())["plan"]
    assert plan
    for item in plan:
        assert set(item) == {"paragraph", "start", "end", "rule", "message"}
        assert 0 <= item["start"] < item["end"] <= len(DRAFT)
        assert item["paragraph"] == 1  # the heading has nothing to plan
        assert DRAFT[item["start"]:item["end"]].strip()
    phrases = {DRAFT[i["start"]:i["end"]].casefold() for i in plan}
    assert any("important to note" in p for p in phrases)


def test_light_asks_no_model_and_every_change_comes_from_a_rule():
    engine, result = _result("light")
    assert engine.requests == [] and result.stats.tokens == 0
    data = result_json(DRAFT, result, engine, Settings())
    assert data["changes"] and {c["source"] for c in data["changes"]} <= {"rule", "cleaning"}
    assert "3 releases in May" in data["suggestion"] and "Maria Lopez" in data["suggestion"]


def test_the_review_file_keeps_source_rule_and_reason(tmp_path: Path):
    engine, result = _result()
    path = tmp_path / "draft.humanize"
    save_review(str(path), DRAFT, result, RewriteOptions(), engine, "draft.md")
    doc = reviewfile.load(path)
    assert doc.review.changes and set(doc.explanations) == {c.id for c in doc.review.changes}
    saved = json.loads(path.read_text("utf-8"))["changes"]
    assert all({"source", "rule", "reason", "reason_message"} <= set(c) for c in saved)
    # What review --accept works on is the same file.
    first = doc.review.changes[0].id
    assert cli.main(["review", str(path), "--accept", first]) == 0


def test_diff_json_changes_carry_the_three_keys_as_null(tmp_path: Path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Moreover, the tool is fast.\n", "utf-8")
    b.write_text("The tool is fast.\n", "utf-8")
    assert cli.main(["diff", str(a), str(b), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert changes and all(c["source"] is None and c["rule"] is None and c["reason"] is None for c in changes)
