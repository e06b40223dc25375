"""Measuring a voice and keeping it: statistics of known texts, the profile file, damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest

from humanize_desktop.core.voice import profile as profiles
from humanize_desktop.core.voice.language import languages, voice_data
from humanize_desktop.core.voice.stats import measure

KNOWN = """# A heading is not a sentence of the voice

I don't like Mondays. We can't stop now!

You're right; it is colour, not color. However, the plan works. However, we wait (for now) — fine?

```
x = 1; y = 2; z = 3
```
"""


def test_statistics_of_a_known_text_are_exact() -> None:
    p = profiles.learn("known", [("known.md", KNOWN)], "en")
    assert p.to_json() == {
        "name": "known", "samples": 1, "words": 25,
        # Sentences of 4, 4, 7, 4 and 6 words.
        "sentence_length": {"mean": 5.0, "stdev": 1.26},
        "paragraph_length": 2.5,  # 2 and 3 sentences; the heading and the code do not count
        "contractions_per_100_words": 12.0,  # don't, can't, You're
        "person": {"first": 12.0, "second": 4.0},  # I, We, we; You're
        "vocabulary_level": 12.0,  # Mondays, However, However
        "punctuation_per_100_words": {"commas": 12.0, "semicolons": 4.0, "colons": 0.0, "dashes": 4.0,
                                      "exclamations": 4.0, "questions": 4.0, "parentheses": 4.0, "ellipses": 0.0},
        "openers": ["however"],
        "spelling": "mixed",  # colour and color
    }


def test_samples_add_up_and_spelling_follows_the_majority() -> None:
    one = "I organised the colour charts. We realised it late."
    two = "The centre was closed. It is a grey day."
    p = profiles.learn("uk", [("a.txt", one), ("b.txt", two)], "en-GB")
    assert p.samples == 2 and p.words == 18 and p.spelling == "british"
    assert measure(one, "en").words + measure(two, "en").words == 18
    assert profiles.learn("us", [("c.txt", "The color of the center is gray.")], "en").spelling == "american"


def test_german_counts_its_own_pronouns_and_contractions() -> None:
    p = profiles.learn("de", [("d.txt", "Ich glaube, es gibt's nicht. Wir gehen. Du bleibst hier.")], "de")
    assert p.words == 10 and p.first_person == 20.0 and p.second_person == 10.0 and p.contractions == 10.0


def test_a_language_without_data_still_measures_sentences() -> None:
    p = profiles.learn("fi", [("f.txt", "Minä menen kotiin. Sinä jäät tänne!")], "fi")
    assert p.sentence_mean == 3.0 and p.contractions == 0.0 and p.first_person == 0.0
    assert p.punctuation_rate("exclamations") > 0
    assert {"en", "de"} <= set(languages())


def test_every_contraction_a_rule_writes_counts_as_one() -> None:
    for lang in languages():
        data = voice_data(lang)
        for made in (*data.negations.values(), *data.before_word.values(), *data.before_participle.values()):
            assert data.is_contraction(made), (lang, made)


def test_no_text_is_a_clear_problem() -> None:
    with pytest.raises(profiles.VoiceProblem, match="no text to learn a voice from in empty.md"):
        profiles.learn("x", [("empty.md", "# Only a heading\n\n```\ncode\n```\n")], "en")


@pytest.mark.parametrize("name", ["", "../up", ".hidden", "a/b", " lead", "x" * 65])
def test_names_that_cannot_be_files_are_refused(name: str) -> None:
    with pytest.raises(profiles.VoiceProblem, match="cannot name a voice"):
        profiles.check_name(name)


def test_profile_file_round_trip_and_listing() -> None:
    p = profiles.learn("My voice", [("k.md", KNOWN)], "en")
    path = profiles.save(p)
    assert path.name == "My voice.toml" and path.parent.name == "voices"
    text = path.read_text("utf-8")
    assert text.startswith("# Voice profile") and "contractions_per_100_words = 12.0" in text
    assert profiles.load("My voice") == p
    # The writer edits a number by hand: the edit is what is loaded.
    path.write_text(text.replace("mean = 5.0", "mean = 9.5"), "utf-8")
    assert profiles.load("My voice").sentence_mean == 9.5
    assert profiles.names() == ["My voice"]
    profiles.delete("My voice")
    assert profiles.names() == [] and not path.exists()


@pytest.mark.parametrize("damage", [
    "this is [not toml",
    'name = "x"\n',
    'name = "x"\nsamples = 1\nwords = 2\nparagraph_length = 1\ncontractions_per_100_words = -3\n'
    'vocabulary_level = 1\nopeners = []\nspelling = "british"\n[sentence_length]\nmean = 1\nstdev = 0\n'
    '[person]\nfirst = 0\nsecond = 0\n[punctuation_per_100_words]\n',
])
def test_a_damaged_profile_is_reported_and_left_alone(damage: str) -> None:
    profiles.voices_dir().mkdir(parents=True)
    path: Path = profiles.voices_dir() / "broken.toml"
    path.write_text(damage, "utf-8")
    damaged = r"the voice profile .*broken\.toml cannot be used: .*fix or delete"
    with pytest.raises(profiles.VoiceProblem, match=damaged):
        profiles.load("broken")
    assert path.read_text("utf-8") == damage
    assert profiles.names() == ["broken"]


def test_unknown_voice() -> None:
    with pytest.raises(profiles.VoiceProblem, match="there is no voice called “nobody”"):
        profiles.load("nobody")
    with pytest.raises(profiles.VoiceProblem, match="there is no voice called"):
        profiles.delete("nobody")
