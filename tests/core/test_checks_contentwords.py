"""Content words and crude stems per language (the data behind the sentence drift check)."""

from __future__ import annotations

import pytest

from humanize_desktop.core.checks import contentwords as cw


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
def test_every_bundled_language_loads(language: str) -> None:
    lex = cw.lexicon(language)
    assert lex is not None and lex.language == language
    assert lex.function_words and lex.suffixes and lex.quantifier_scope
    assert set(lex.quantifier_scope.values()) <= set(cw.SCOPES)


def test_a_language_without_data_has_no_lexicon() -> None:
    assert cw.lexicon("xx") is None


@pytest.mark.parametrize("data,complaint", [
    ({"language": "en", "colour": []}, "unknown keys: colour"),
    ({"language": "de"}, 'must say language = "en"'),
    ({"language": "en", "function_words": ["the", ""]}, "'function_words' must list non-empty strings"),
    ({"language": "en", "subject_pronouns": {"we": "first"}}, "subject_pronouns.we must be one of"),
    ({"language": "en", "quantifiers": {"all": "everything"}}, "quantifiers.all must be one of"),
    ({"language": "en", "min_stem": 0}, "min_stem must be a whole number"),
])
def test_a_malformed_file_is_named_with_what_is_wrong(data: dict, complaint: str) -> None:
    with pytest.raises(cw.DriftLexiconError, match=complaint.replace("(", r"\(")):
        cw.parse(data, "en.toml", "en")


@pytest.mark.parametrize("a,b", [
    ("implementation", "implementing"), ("evaluation", "evaluated"), ("decision", "decided"),
    ("wrote", "written"), ("planned", "plan"), ("customers", "customer"),
])
def test_forms_of_one_word_share_a_stem(a: str, b: str) -> None:
    lex = cw.lexicon("en")
    assert cw.same_stem(cw.stem(a, lex), cw.stem(b, lex))


@pytest.mark.parametrize("a,b", [("contract", "contact"), ("report", "repair"), ("review", "revise")])
def test_different_words_do_not(a: str, b: str) -> None:
    lex = cw.lexicon("en")
    assert not cw.same_stem(cw.stem(a, lex), cw.stem(b, lex))


def test_words_cut_clitics_and_elisions_and_skip_numbers_and_links() -> None:
    en = cw.lexicon("en")
    text = "We're glad: the follow-up costs 5 euros, see https://example.com."
    assert [(text[w.start:w.end], w.content) for w in cw.words(text, en)] == [
        ("We", False), ("glad", True), ("the", False), ("follow", True), ("up", False), ("costs", True),
        ("euros", True), ("see", True)]
    fr = cw.lexicon("fr")
    [w] = cw.words("l'équipe", fr)
    assert w.lower == "équipe" and w.content


def test_stem_set_finds_near_stems_without_a_scan() -> None:
    stems = cw.StemSet(["decis", "team"])
    assert "decid" in stems and "team" in stems and "tea" not in stems and "decor" not in stems


def test_quantifiers_and_the_phrases_that_are_no_scope() -> None:
    en = cw.lexicon("en")
    text = "Most of the staff, the most senior ones, and at least all of the interns"
    assert [(q[2], q[3]) for q in cw.quantifier_scopes(text, en)] == [("Most of", "most"), ("all of", "all")]
    de = cw.lexicon("de")
    assert cw.quantifier_scopes("Vielen Dank für Ihre Anfrage.", de) == []


def test_verb_endings_show_the_person_where_pronouns_are_dropped() -> None:
    es = cw.lexicon("es")
    assert cw.person_of_ending("valoramos", es) == "1p" and cw.person_of_ending("valoran", es) == "3p"
    assert cw.person_of_ending("teams", cw.lexicon("en")) is None
