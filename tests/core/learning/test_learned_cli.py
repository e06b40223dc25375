"""Learning end to end through the command line: `humanize` (light: rules only), `review`, `learned`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humanize_desktop import cli, config, paths
from humanize_desktop.commands import humanize as humanize_command
from tests.core.rewrite_fakes import FakeEngine

DRAFT = ("Moreover, the team shipped the release on Friday. The launch went smoothly for every customer.\n\n"
         "Moreover, the tests passed on the first try. We leverage the new server for the nightly builds.\n\n"
         "Moreover, the budget stayed flat this quarter. It is important to note that costs fell.\n")


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    # Light strength asks no model; the scripted engine only answers "which model is this".
    monkeypatch.setattr(humanize_command, "open_engine", lambda *a, **k: FakeEngine())


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert cli.main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def humanize(capsys: pytest.CaptureFixture[str], draft: Path, *extra: str) -> dict:
    return run_json(capsys, "humanize", str(draft), "--json", "--strength", "light", *extra)


def rules(data: dict) -> list[str]:
    return [c["rule"] for c in data["changes"]]


def test_rejected_rule_is_learned_through_review_and_no_longer_applied(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    review = tmp_path / "r.humanize"
    first = humanize(capsys, draft, "--save-review", str(review))
    moreover = [c["id"] for c in first["changes"] if c["rule"] == "opener.moreover"]
    others = [c["id"] for c in first["changes"] if c["rule"] != "opener.moreover"]
    assert len(moreover) == 3 and others
    assert cli.main(["review", str(review), "--reject", *moreover, "--accept", *others]) == 0

    listed = run_json(capsys, "learned", "--json")
    assert set(listed) == {"paused", "preferences"} and listed["paused"] is False
    [pref] = listed["preferences"]
    assert set(pref) == {"id", "kind", "rule", "statement", "decisions", "enabled"}
    assert (pref["kind"], pref["rule"], pref["decisions"], pref["enabled"]) == \
        ("suppressed-rule", "opener.moreover", 3, True)
    assert pref["statement"].startswith("You rejected 3 of 3 changes by the rule opener.moreover")

    second = humanize(capsys, draft)
    assert "opener.moreover" not in rules(second) and second["suggestion"].count("Moreover, the") == 3
    assert set(rules(second)) == set(rules(first)) - {"opener.moreover"}
    # Scripts stay reproducible: the store is ignored, the result is the first run's.
    assert humanize(capsys, draft, "--no-learning")["suggestion"] == first["suggestion"]

    # Switched off, paused or forgotten, the rule is applied again.
    assert run_json(capsys, "learned", "--json", "--disable", pref["id"])["preferences"][0]["enabled"] is False
    assert "opener.moreover" in rules(humanize(capsys, draft))
    run_json(capsys, "learned", "--json", "--enable", pref["id"])
    assert run_json(capsys, "learned", "--json", "--pause")["paused"] is True
    assert "opener.moreover" in rules(humanize(capsys, draft))
    assert run_json(capsys, "learned", "--json", "--resume")["paused"] is False
    assert "opener.moreover" not in rules(humanize(capsys, draft))
    assert run_json(capsys, "learned", "--json", "--forget", pref["id"])["preferences"] == []
    assert "opener.moreover" in rules(humanize(capsys, draft))


def test_review_decisions_are_not_learned_while_paused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    review = tmp_path / "r.humanize"
    humanize(capsys, draft, "--save-review", str(review))
    run_json(capsys, "learned", "--json", "--pause")
    assert cli.main(["review", str(review), "--reject-all"]) == 0
    assert run_json(capsys, "learned", "--json", "--resume")["preferences"] == []


def test_a_suggested_term_is_confirmed_into_the_settings_and_shared(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from humanize_desktop.core.learning.store import DecisionEntry, PreferenceStore

    store = PreferenceStore.load()
    store.record(DecisionEntry(f"k{i}", "rejected", "model", None, "", "leverage", "use", "leverage", "en",
                               "natural", float(i)) for i in range(3))
    store.save()
    [term] = run_json(capsys, "learned", "--json")["preferences"]
    assert term["kind"] == "protected-term" and "suggested" in term["statement"]
    run_json(capsys, "learned", "--json", "--confirm", term["id"])
    assert config.load().rewrite.protected_terms == ["leverage"]

    out = tmp_path / "house.json"
    assert cli.main(["learned", "--export", str(out)]) == 0
    assert [p["kind"] for p in json.loads(out.read_text("utf-8"))["preferences"]] == ["protected-term"]
    # Another machine: the term arrives confirmed and protected.
    assert cli.main(["learned", "--reset"]) == 0
    paths.dirs().settings_file.unlink()
    imported = run_json(capsys, "learned", "--json", "--import", str(out))["preferences"]
    assert [p["id"] for p in imported] == [term["id"]] and "is a protected term" in imported[0]["statement"]
    assert config.load().rewrite.protected_terms == ["leverage"]


def test_mistakes_are_one_line_and_a_damaged_store_a_warning(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["learned", "--forget", "rule-00000000"]) == 1
    assert "nothing learned has the id 'rule-00000000'" in capsys.readouterr().err
    assert cli.main(["learned", "--with-examples"]) == 1
    store = paths.dirs().data / "learned.json"
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_text("[]", "utf-8")
    assert cli.main(["learned"]) == 0
    captured = capsys.readouterr()
    assert "could not be read" in captured.err and "learned.broken-" in captured.err
    assert "Nothing learned yet." in captured.out
