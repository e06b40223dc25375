"""Spelling with the machine's real enchant + hunspell dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from humanize_desktop import paths
from humanize_desktop.core.checks import spelling
from humanize_desktop.core.checks.spelling import SpellChecker

pytestmark = pytest.mark.skipif(
    not {"en_US", "en_GB", "de_DE"} <= set(spelling.installed_dictionaries()),
    reason="needs hunspell en_US, en_GB and de_DE dictionaries",
)


def test_misspelt_word_is_found_with_suggestions_and_exact_span() -> None:
    text = "We recieve many letters."
    [f] = SpellChecker().check(text, "en_US")
    assert text[f.start:f.end] == "recieve"
    assert f.kind == "spelling" and f.engine == "enchant"
    assert "receive" in f.replacements


def test_british_text_gets_the_british_dictionary() -> None:
    words = "The colour of the harbour was analysed by the organisation's favourite centre".split()
    checker = SpellChecker()
    assert checker.dictionary_for("en", words) == "en_GB"
    assert checker.dictionary_for("en", "The color of the harbor was analyzed".split()) == "en_US"
    assert checker.check("The colour of the harbour.", "en_GB") == []
    assert [f.start for f in checker.check("The colour of the harbour.", "en_US")] == [4, 18]


def test_explicit_variant_setting_wins() -> None:
    checker = SpellChecker(preferred="en_GB")
    assert checker.dictionary_for("en", "The color of the harbor".split()) == "en_GB"


def test_urls_code_acronyms_and_numbers_are_not_spellchecked() -> None:
    text = "Visit https://exmaple.com/pth or mail bob@exmaple.org, run `grpe -x`, see NASA and GPT4 in 2024."
    assert SpellChecker().check(text, "en_US") == []


def test_hyphenated_compounds_of_known_words_pass() -> None:
    assert SpellChecker().check("A data-driven, well-known approach.", "en_US") == []


def test_protected_terms_are_never_flagged() -> None:
    text = "Kubernetes runs on Zorblax clusters."
    assert {text[f.start:f.end] for f in SpellChecker().check(text, "en_US")} == {"Kubernetes", "Zorblax"}
    assert SpellChecker(protected_terms=["Kubernetes", "Zorblax Cloud"]).check(text, "en_US") == []


def test_personal_dictionary_persists_in_the_config_folder(user_dirs: paths.UserDirs) -> None:
    checker = SpellChecker()
    assert checker.check("Zorblax", "en_US")
    checker.add_to_personal("Zorblax")
    stored = user_dirs.config / spelling.PERSONAL_DICTIONARY
    assert stored.read_text(encoding="utf-8") == "Zorblax\n"
    assert SpellChecker().check("Zorblax is here.", "en_US") == []  # a new checker reads the file
    checker.remove_from_personal("Zorblax")
    assert SpellChecker().check("Zorblax", "en_US")


def test_german_words_checked_with_german_dictionary() -> None:
    checker = SpellChecker()
    assert checker.dictionary_for("de") == "de_DE"
    text = "Die Straße ist breit und die Stadt ist schön, aber der Verkher ist laut."
    assert [text[f.start:f.end] for f in checker.check(text, "de_DE")] == ["Verkher"]


def test_missing_dictionary_is_reported_unavailable_with_a_reason() -> None:
    checker = SpellChecker()
    assert checker.dictionary_for("xh") is None
    state = checker.state(["en", "xh"])
    assert state.active == "enchant"
    assert "no spelling dictionary for 'xh'" in state.unavailable["enchant:xh"]
    only_missing = checker.state(["xh"])
    assert only_missing.active is None and only_missing.unavailable


def test_unreadable_personal_dictionary_is_treated_as_empty(tmp_path: Path) -> None:
    bad = tmp_path / "words.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    assert SpellChecker(personal_path=bad).personal == set()


def test_adding_a_word_keeps_comments_and_lines_that_are_not_utf8(tmp_path: Path) -> None:
    words = tmp_path / "words.txt"
    original = b"# my words, kept by hand\nZorblax\nCaf\xe9-Latin1\n# end"
    words.write_bytes(original)
    checker = SpellChecker(personal_path=words)
    assert checker.personal == {"Zorblax"}  # the bad line is not a word, but it is not lost either
    checker.add_to_personal("Quibbleton")
    assert words.read_bytes() == original + b"\nQuibbleton\n"
    assert checker.check("Quibbleton and Zorblax", "en_US") == []
    checker.remove_from_personal("Zorblax")
    assert words.read_bytes() == b"# my words, kept by hand\nCaf\xe9-Latin1\n# end\nQuibbleton\n"


def test_a_dictionary_that_cannot_be_read_is_never_rewritten_from_empty(tmp_path: Path) -> None:
    words = tmp_path / "words.txt"
    words.mkdir()  # reading fails like a file without read permission
    checker = SpellChecker(personal_path=words)
    assert checker.personal == set()
    with pytest.raises(spelling.PersonalDictionaryError, match="left as it is"):
        checker.add_to_personal("Zorblax")
    assert words.is_dir() and not any(words.iterdir())
    assert checker.check("Zorblax", "en_US") == []  # still counts for this session


def test_the_preferences_list_edits_only_the_words(user_dirs: paths.UserDirs) -> None:
    stored = user_dirs.config / spelling.PERSONAL_DICTIONARY
    stored.parent.mkdir(parents=True)
    stored.write_text("# team words\nAcme\nZorblax\n", encoding="utf-8")
    book = spelling.PersonalDictionary(stored)
    assert book.entries() == ["Acme", "Zorblax"]
    book.set_words(["Zorblax", "Quibbleton"])
    assert stored.read_text(encoding="utf-8") == "# team words\nZorblax\nQuibbleton\n"
