"""`voice learn/show/list/delete` and `humanize --voice`: contracts, one-line errors, the rewrite steered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humanize_desktop import cli
from humanize_desktop.commands import humanize as humanize_command
from humanize_desktop.core.rewriting.document import rewrite_document
from humanize_desktop.core.rewriting.options import RewriteOptions
from humanize_desktop.core.rewriting.cache import RewriteCache
from humanize_desktop.core.voice import profile as profiles
from tests.core.rewrite_fakes import FakeEngine

CASUAL = """I don't plan my week. I just start. Monday's for email, mostly.

It's fine, honestly. You'd be surprised how much gets done. But I can't say it's tidy!
"""
KEYS = {"name", "samples", "words", "sentence_length", "paragraph_length", "contractions_per_100_words", "person",
        "vocabulary_level", "punctuation_per_100_words", "openers", "spelling"}
DRAFT = ("# Notes\n\nWe do not ship on Fridays, and the team is not around to answer questions about the "
         "new release at all.\n")


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "me.md"
    path.write_text(CASUAL, "utf-8")
    return path


def test_learn_then_show_json_contract(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["voice", "learn", "casual", str(sample)]) == 0
    out = capsys.readouterr()
    assert "voice casual: 1 sample(s), 28 words" in out.out and "only 28 words" in out.err
    assert cli.main(["voice", "show", "casual", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == KEYS
    assert set(data["sentence_length"]) == {"mean", "stdev"} and set(data["person"]) == {"first", "second"}
    # Sentences of 5, 3, 4 and 3, 7, 6 words.
    assert data["words"] == 28 and data["samples"] == 1 and data["sentence_length"]["mean"] == 4.67
    # don't, It's, You'd, can't, it's ("Monday's" is a possessive): 5 in 28 words.
    assert data["contractions_per_100_words"] == 17.86
    assert data["punctuation_per_100_words"]["exclamations"] == 3.57
    assert cli.main(["voice", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["voices"][0]["name"] == "casual"
    assert cli.main(["voice", "delete", "casual"]) == 0
    assert profiles.names() == []


def test_learning_from_a_word_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    path = tmp_path / "me.docx"
    word = docx.Document()
    for line in ("I don't plan my week.", "It's fine, honestly."):
        word.add_paragraph(line)
    word.save(str(path))
    assert cli.main(["voice", "learn", "word", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["words"] == 8 and data["contractions_per_100_words"] == 25.0


@pytest.mark.parametrize("argv, message", [
    (["voice", "show", "nobody"], "there is no voice called “nobody”"),
    (["voice", "delete", "nobody"], "there is no voice called “nobody”"),
    (["voice", "learn", "../x", "SAMPLE"], "cannot name a voice"),
    (["voice", "learn", "v", "MISSING"], "missing.md"),
    (["voice", "learn", "v", "EMPTY"], "no text to learn a voice from"),
    (["humanize", "DRAFT", "--voice", "nobody"], "there is no voice called “nobody”"),
])
def test_bad_input_is_one_line_and_changes_nothing(argv: list[str], message: str, sample: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("# Just a heading\n", "utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    names = {"SAMPLE": str(sample), "MISSING": str(tmp_path / "missing.md"), "EMPTY": str(empty),
             "DRAFT": str(draft)}
    assert cli.main(["voice", "learn", "kept", str(sample)]) == 0
    before = profiles.profile_path("kept").read_text("utf-8")
    capsys.readouterr()
    assert cli.main([names.get(a, a) for a in argv]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err
    assert profiles.names() == ["kept"] and profiles.profile_path("kept").read_text("utf-8") == before


def test_a_damaged_profile_is_listed_with_its_problem(capsys: pytest.CaptureFixture[str]) -> None:
    profiles.voices_dir().mkdir(parents=True)
    (profiles.voices_dir() / "broken.toml").write_text("not = [toml", "utf-8")
    assert cli.main(["voice", "list", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["voices"][0]
    assert row["name"] == "broken" and row["ok"] is False and "cannot be used" in row["problem"]
    assert cli.main(["voice", "show", "broken"]) == 1
    assert "fix or delete the file" in capsys.readouterr().err


def test_humanize_with_a_voice_end_to_end_light(sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    engine = FakeEngine()
    monkeypatch.setattr(humanize_command, "open_engine", lambda *a, **k: engine)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    assert cli.main(["voice", "learn", "casual", str(sample)]) == 0
    capsys.readouterr()
    assert cli.main(["humanize", str(draft), "--json", "--no-cache", "--strength", "light"]) == 0
    plain = json.loads(capsys.readouterr().out)["suggestion"]
    assert plain == DRAFT  # no rule of the lexicon applies: only the voice can change it
    assert cli.main(["humanize", str(draft), "--json", "--no-cache", "--strength", "light", "--voice", "casual"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["suggestion"] == ("# Notes\n\nWe don't ship on Fridays. The team isn't around to answer questions "
                                  "about the new release at all.\n")
    assert engine.requests == []
    rules = {c["rule"] for c in data["changes"]}
    assert rules == {"voice.contractions", "voice.split"}
    assert all(c["source"] == "rule" and "casual" in c["reason"] for c in data["changes"])


def test_the_voice_is_in_the_prompt_and_in_the_cache_key(tmp_path: Path) -> None:
    casual = profiles.learn("casual", [("me.md", CASUAL)], "en")
    engine = FakeEngine()
    cache = RewriteCache(tmp_path / "cache.sqlite")
    draft = "Furthermore, the results are a testament to the team and the hard work of everyone involved here."
    plain = rewrite_document(draft, RewriteOptions(strength="strong", seed=1), engine, cache=cache)
    assert all("writer's own voice" not in m["content"] for r in engine.requests for m in r.messages)
    engine.requests.clear()
    steered = rewrite_document(draft, RewriteOptions(strength="strong", seed=1, voice=casual), engine, cache=cache)
    assert steered.stats.cached == 0  # another voice is another rewrite, not a cache hit
    systems = {r.messages[0]["content"] for r in engine.requests}
    assert systems and all("short sentences (about 5 words)" in s and "contractions like don't" in s
                           for s in systems)
    again = rewrite_document(draft, RewriteOptions(strength="strong", seed=1, voice=casual), engine, cache=cache)
    assert again.stats.cached == 1 and again.suggestion == steered.suggestion
    assert plain.stats.cached == 0
    cache.close()
