"""Facts found in prose, with values that compare meaning rather than spelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from humanize_desktop.core.checks import facts


def found(text: str, language: str = "en") -> dict[str, tuple[str, object]]:
    return {f.text: (f.kind, f.value) for f in facts.extract(text, language)}


def test_english_facts_of_every_kind() -> None:
    text = ('In 2024 revenue grew by 15% to $5 million, says Dr. Ada Lovelace of Acme Corp. '
            'We drove 12 km in three hours on March 5, 2024 at 10:30. See https://example.com/a, '
            'mail bob@example.org [1] (Smith et al., 2020). She said "we will never stop trying". '
            'GPT-4 and NASA agree.')
    f = found(text)
    assert f["2024"] == ("date", ("date", 2024, None, None))
    assert f["15%"] == ("percentage", ("%", 15.0))
    assert f["$5 million"] == ("amount", ("USD", 5_000_000.0))
    assert f["Dr. Ada Lovelace of Acme Corp"][0] == "name"
    assert f["12 km"] == ("unit", ("km", 12.0))
    assert f["three hours"] == ("unit", ("h", 3.0))
    assert f["March 5, 2024"] == ("date", ("date", 2024, 3, 5))
    assert f["10:30"] == ("date", ("time", 10, 30))
    assert f["https://example.com/a"][0] == "url" and f["bob@example.org"][0] == "email"
    assert f["[1]"][0] == "citation" and f["(Smith et al., 2020)"][0] == "citation"
    assert f['"we will never stop trying"'] == ("quotation", "we will never stop trying")
    assert f["GPT-4"][0] == f["NASA"][0] == "name"


def test_equivalent_spellings_have_equal_values() -> None:
    en = facts.lexicon("en")
    assert facts.number_value("1,000", en) == facts.number_value("1000", en) == 1000
    assert facts.number_value("three", en) == 3
    assert facts.number_value("3,5", en) == facts.number_value("3.5", en)
    assert facts.number_value("1.234.567,5", facts.lexicon("de")) == 1234567.5
    assert found("up 5%")["5%"][1] == found("up 5 percent")["5 percent"][1]
    assert found("It is 12 km.")["12 km"][1] == found("It is 12 kilometres.")["12 kilometres"][1]


def test_sentence_start_words_are_not_names_but_names_there_are() -> None:
    f = found("The plan works. Paris is lovely. Ada Lovelace wrote it. The Bank of England agreed.")
    assert "The" not in f and "Paris" not in f  # one capitalised word opening a sentence: unknown
    assert f["Ada Lovelace"][0] == "name" and f["Bank of England"][0] == "name"
    assert "I" not in found("Then I left.")


def test_german_nouns_are_not_names_but_real_names_are() -> None:
    f = found("Am 5. März 2024 stieg der Umsatz um 15 Prozent auf 5 Mio. Euro, sagte Angela Merkel. "
              "Die Deutsche Bahn hat 200.000 Mitarbeiter.", "de")
    assert f["5. März 2024"] == ("date", ("date", 2024, 3, 5))
    assert f["15 Prozent"] == ("percentage", ("%", 15.0))
    assert f["5 Mio. Euro"] == ("amount", ("EUR", 5_000_000.0))
    assert f["Angela Merkel"][0] == "name" and f["Deutsche Bahn"][0] == "name"
    assert f["200.000 Mitarbeiter"] == ("unit", ("employees", 200_000.0))
    assert "Umsatz" not in f and "Mitarbeiter" not in f


def test_french_and_spanish_dates_amounts_and_percentages() -> None:
    fr = found("Le 5 mars 2024, le chiffre a augmenté de 15 % pour atteindre 5 millions d’euros.", "fr")
    assert fr["5 mars 2024"][1] == ("date", 2024, 3, 5)
    assert fr["15 %"][1] == ("%", 15.0) and fr["5 millions d’euros"][1] == ("EUR", 5_000_000.0)
    es = found("El 5 de marzo de 2024 las ventas subieron un 15 por ciento hasta 5 millones de euros.", "es")
    assert es["5 de marzo de 2024"][1] == ("date", 2024, 3, 5)
    assert es["15 por ciento"][1] == ("%", 15.0) and es["5 millones de euros"][1] == ("EUR", 5_000_000.0)


def test_code_is_not_searched_for_facts() -> None:
    assert found("Run `sleep 2024` now.") == {}


def test_negations_and_modals_including_contractions_and_ne_pas() -> None:
    words = [w for _, _, w in facts.words_matching("negation", "We don't know. Not now, never.", "en")]
    assert words == ["n't", "Not", "never"]
    fr = [w for _, _, w in facts.words_matching("negation", "Il n'est pas là.", "fr")]
    assert fr == ["n'", "pas"]
    assert facts.modal_strength("must", "en") == 3 > facts.modal_strength("should", "en") == 2
    assert facts.modal_strength("MAY", "en") == 1 and facts.modal_strength("table", "en") == 0


def test_every_fidelity_lexicon_loads() -> None:
    assert {"en", "de", "fr", "es"} <= set(facts.languages())
    for lang in facts.languages():
        lex = facts.lexicon(lang)
        assert lex.negations and lex.modals and len(lex.months) == 12


def test_malformed_fidelity_lexicon_names_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "xx.toml"
    bad.write_text('language = "xx"\n[modals]\nmust = 7\n', encoding="utf-8")
    with pytest.raises(facts.FidelityLexiconError, match=r"xx\.toml: modals\.must must be 1, 2 or 3"):
        facts._load(bad, "xx")
    bad.write_text('language = "xx"\n[months]\nnames = [["jan"]]\n', encoding="utf-8")
    with pytest.raises(facts.FidelityLexiconError, match="12 lists"):
        facts._load(bad, "xx")
