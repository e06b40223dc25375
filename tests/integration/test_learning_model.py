"""Learning end to end with the real bundled SmolLM2 model: a rejected rule stays away at medium strength."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humanize_desktop import cli

pytestmark = pytest.mark.model

DRAFT = ("Moreover, the team shipped the release on Friday after a long week of careful testing.\n\n"
         "Moreover, the tests passed on the first try, and in today's fast-paced world that is rare.\n\n"
         "Moreover, the budget stayed flat this quarter while the number of customers grew by 12 percent.\n")


def _humanize(capsys: pytest.CaptureFixture[str], draft: Path, *extra: str) -> dict:
    capsys.readouterr()
    assert cli.main(["humanize", str(draft), "--json", "--seed", "1", "--strength", "medium", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_rule_rejected_in_review_no_longer_appears_with_the_model(tmp_path: Path, smollm2_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    review = tmp_path / "r.humanize"
    first = _humanize(capsys, draft, "--save-review", str(review))
    assert first["model"]["name"] == "SmolLM2-135M-Instruct.Q4_1"
    rejected = [c["id"] for c in first["changes"] if c["rule"] == "opener.moreover"]
    assert len(rejected) >= 3, first["changes"]
    assert cli.main(["review", str(review), "--reject", *rejected]) == 0
    capsys.readouterr()
    assert cli.main(["learned", "--json"]) == 0
    learned = json.loads(capsys.readouterr().out)["preferences"]
    assert [(p["kind"], p["rule"]) for p in learned] == [("suppressed-rule", "opener.moreover")]

    second = _humanize(capsys, draft)
    assert "opener.moreover" not in {c["rule"] for c in second["changes"]}
    assert "opener.moreover" not in {p["rule"] for p in second["plan"]}
    assert second["suggestion"].count("Moreover") == 3  # the writer's openers stay
    # --no-learning: the store is ignored; the same seed gives the first run's result again.
    assert _humanize(capsys, draft, "--no-learning")["suggestion"] == first["suggestion"]
