"""AI-likeness and meaning drift with the real bundled SmolLM2 model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from humanize_desktop import cli
from humanize_desktop.config import Settings
from humanize_desktop.core.checks import ailikeness, drift
from humanize_desktop.core.checks.runner import DocumentChecker
from humanize_desktop.core.diffing import diff_texts

pytestmark = [pytest.mark.model, pytest.mark.slow]

PREDICTABLE = ("The United States of America is a country in North America. It is made up of fifty states. "
               "The capital of the United States is Washington, D.C.")
SURPRISING = ("Purple yesterday whispered seventeen teaspoons beneath an unbothered giraffe's accordion. "
              "Gravel hummed. Nobody invoiced the lighthouse for its marmalade.")


@pytest.fixture(scope="module")
def engine(smollm2_path: Path) -> Iterator[object]:
    from humanize_desktop.core.engine import open_engine

    settings = Settings()
    settings.engine.default_model = str(smollm2_path)
    e = open_engine(settings)
    yield e
    e.close()


def test_predictable_text_scores_as_more_model_like_than_surprising_text(engine: object) -> None:
    checker = DocumentChecker(Settings(), kinds=["readability"], scorer=engine)
    plain = checker.check(PREDICTABLE).scores["ai_likeness"]
    odd = checker.check(SURPRISING).scores["ai_likeness"]
    assert plain["available"] and odd["available"]
    assert plain["sentences"] == 3 and plain["tokens"] > 20
    assert plain["perplexity"] < odd["perplexity"]
    assert plain["fast_detectgpt"] > odd["fast_detectgpt"]
    before = ailikeness.measure(engine, PREDICTABLE)
    after = ailikeness.measure(engine, SURPRISING)
    comparison = ailikeness.compare(before, after)
    assert comparison["change"]["perplexity"] > 0
    assert comparison["summary"].startswith("The suggestion is less predictable")


def test_drift_with_real_embeddings(engine: object) -> None:
    draft = ("The committee met on Tuesday to review the budget. Most members agreed that spending on "
             "roads should rise next year.\n\n"
             "The museum will close for renovation in March. It is expected to reopen in the autumn.\n")
    suggestion = ("On Tuesday the committee went over the budget, and most of its members backed more money "
                  "for roads next year.\n\n"
                  "Our cat sleeps on the warm windowsill every afternoon and ignores the neighbours' dog.\n")
    changes = diff_texts(draft, suggestion)
    results = drift.paragraph_drift(engine, draft, suggestion, changes)
    assert [r.drifted for r in results] == [False, True]
    assert results[0].similarity > drift.THRESHOLD > results[1].similarity


def test_check_command_reports_ai_likeness_with_the_default_model(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "draft.txt"
    doc.write_text(PREDICTABLE + "\n", encoding="utf-8")
    assert cli.main(["check", str(doc), "--json", "--only", "readability"]) == 0
    scores = json.loads(capsys.readouterr().out)["scores"]
    assert scores["ai_likeness"]["available"] is True
    assert scores["ai_likeness"]["perplexity"] > 1 and scores["ai_likeness"]["tokens"] > 20
