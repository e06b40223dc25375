"""Humanizing toward a voice with the real bundled SmolLM2 model: the voice wins, the facts stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humanize_desktop import cli
from humanize_desktop.core.diffing import Change, apply_changes
from humanize_desktop.core.voice import profile as profiles
from humanize_desktop.core.voice import steer

pytestmark = pytest.mark.model

SAMPLES = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "voice" / "casual"
DRAFT = """# Release notes

It is important to note that we do not ship on Fridays, and the team is not available to answer questions about version 2.4 until Monday.

Furthermore, the new export is a testament to the hard work of Priya Shah; it is not yet available for the 12 customers on the old plan.
"""
FACTS = ["Fridays", "version 2.4", "Monday", "Priya Shah", "12 customers", "old plan"]


def test_medium_toward_a_casual_voice_keeps_every_fact_and_moves_toward_it(tmp_path: Path, capsys) -> None:
    assert cli.main(["voice", "learn", "casual", *map(str, sorted(SAMPLES.iterdir()))]) == 0
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    capsys.readouterr()
    assert cli.main(["humanize", str(draft), "--json", "--seed", "3", "--strength", "medium", "--no-cache",
                     "--voice", "casual"]) == 0
    data = json.loads(capsys.readouterr().out)
    suggestion = data["suggestion"]
    for fact in FACTS:
        assert fact in suggestion, f"{fact!r} was lost"
    assert "not" in suggestion or "n't" in suggestion  # the negations survive, contracted or not
    assert apply_changes(DRAFT, [Change.from_json(c) for c in data["changes"]]) == suggestion
    voice = profiles.load("casual")
    assert steer.distance(suggestion, "en", voice) < steer.distance(DRAFT, "en", voice)
    assert "don't" in suggestion or "isn't" in suggestion
    assert any(c["rule"] and c["rule"].startswith("voice.") and c["source"] == "rule" for c in data["changes"])
    assert ";" not in suggestion  # this writer uses no semicolons
