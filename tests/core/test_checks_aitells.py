"""The AI-tell detector: data-driven lexicons in four languages, validated on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from humanize_desktop.core.checks import aitells
from humanize_desktop.core.checks.aitells import LexiconError


def apply(text: str, start: int, end: int, replacement: str) -> str:
    return text[:start] + replacement + text[end:]


def found(text: str, language: str = "en") -> dict[str, aitells.Finding]:
    return {text[f.start:f.end]: f for f in aitells.find(text, language)}


def test_every_bundled_lexicon_loads_and_covers_four_languages() -> None:
    assert {"en", "de", "fr", "es", "it", "pt"} <= set(aitells.languages())
    for lang in aitells.languages():
        lex = aitells.load_file(aitells.lexicon_dir() / f"{lang}.toml")
        assert lex.language == lang and len(lex.rules) >= 15


@pytest.mark.parametrize("phrase", [
    "delve into", "in today's fast-paced world", "it is important to note", "a testament to",
    "tapestry", "seamless", "seamlessly", "moreover", "furthermore",
])
def test_the_well_known_english_tells_are_found(phrase: str) -> None:
    text = f"Here we go: {phrase} the thing."
    hits = [f for f in aitells.find(text, "en") if phrase in text[f.start:f.end].lower()]
    assert hits, phrase
    assert all(f.kind == "ai-tell" and f.engine == "aitells" for f in hits)


def test_plainer_alternatives_are_offered_in_the_texts_case() -> None:
    text = "Delve into the data."
    f = found(text)["Delve into"]
    assert f.replacements[:2] == ("Look at", "Explore")
    assert "plainer" in f.message


def test_removing_a_sentence_opener_leaves_a_clean_capitalised_sentence() -> None:
    text = "It works. Moreover, the plan is cheap."
    f = next(f for f in aitells.find(text, "en") if f.rule == "phrase:moreover")
    assert apply(text, f.start, f.end, f.replacements[-1]) == "It works. The plan is cheap."
    assert apply(text, f.start, f.end, f.replacements[0]) == "It works. Also, the plan is cheap."


def test_overlapping_phrases_never_produce_overlapping_findings() -> None:
    text = "Moreover, it is important to note that we delve into it."
    spans = sorted((f.start, f.end) for f in aitells.find(text, "en"))
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    f = next(f for f in aitells.find(text, "en") if f.rule.startswith("phrase:it is important"))
    assert apply(text, f.start, f.end, "") == "Moreover, we delve into it."


def test_not_only_but_also_and_its_translations() -> None:
    assert any(f.rule == "pattern:not-only-but-also" for f in aitells.find("It is not only fast but also cheap.", "en"))
    assert any(f.rule == "pattern:nicht-nur-sondern-auch"
               for f in aitells.find("Es ist nicht nur schnell, sondern auch günstig.", "de"))
    assert any(f.rule == "pattern:non-seulement-mais-aussi"
               for f in aitells.find("C'est non seulement rapide mais aussi bon marché.", "fr"))
    assert any(f.rule == "pattern:no-solo-sino-tambien"
               for f in aitells.find("No solo es rápido, sino también barato.", "es"))


@pytest.mark.parametrize("language,text,expected", [
    ("de", "Darüber hinaus ist es wichtig zu beachten, dass die Lösung nahtlos funktioniert.",
     {"Darüber hinaus ist", "nahtlos"}),
    ("fr", "En outre, il est important de noter que nous devons plonger dans le sujet.",
     {"En outre, ", "il est important de noter que ", "plonger dans"}),
    ("es", "Además, es importante destacar que debemos profundizar en el tema.",
     {"Además, ", "es importante destacar que ", "profundizar en"}),
])
def test_german_french_and_spanish_phrases(language: str, text: str, expected: set[str]) -> None:
    assert expected <= set(found(text, language))


def test_sentence_start_only_entries_ignore_mid_sentence_uses() -> None:
    assert not found("Il n'y a rien de plus simple.", "fr")
    assert "De plus, il" in found("C'est fini. De plus, il pleut.", "fr")


def test_plain_human_prose_has_no_findings() -> None:
    text = ("I missed the bus again, so I walked. It took forty minutes and my shoes are ruined, "
            "but I saw a heron by the canal.")
    assert aitells.find(text, "en") == []


def test_uniform_sentence_length_is_flagged_and_varied_length_is_not() -> None:
    uniform = ("The system processes every request quickly. The team reviews each result carefully. "
               "The report explains all the findings clearly. The client receives the final summary.")
    [f] = [f for f in aitells.find(uniform, "en") if f.rule == "style:uniform-sentence-length"]
    assert f.start == 0 and f.end == len(uniform)
    varied = ("It rained. The team, tired after a long week of migrations and late-night calls, still "
              "shipped the release on Friday afternoon. Nobody cheered. Then the pager went off.")
    assert not [f for f in aitells.find(varied, "en") if f.rule == "style:uniform-sentence-length"]


def test_rule_of_three_is_flagged_only_when_it_piles_up() -> None:
    one = "We value speed, clarity and trust."
    assert not aitells.find(one, "en")
    two = "We value speed, clarity, and trust. Our work is bold, honest and kind."
    hits = [two[f.start:f.end] for f in aitells.find(two, "en") if f.rule == "style:rule-of-three"]
    assert hits == ["speed, clarity, and trust", "bold, honest and kind"]


def test_em_dash_overuse_is_a_document_level_finding() -> None:
    heavy = "The plan — bold — works. The cost — low — helps. The team — small — delivers."
    findings = aitells.find_in_document(heavy, "en")
    assert len(findings) == 6 and all(f.rule == "style:dash-overuse" for f in findings)
    assert heavy[findings[0].start:findings[0].end] == " — "
    light = "The plan — bold as it is — works. " + "Plain words follow here. " * 60
    assert aitells.find_in_document(light, "en") == []


def test_language_without_lexicon_still_gets_structural_checks() -> None:
    lex = aitells.lexicon("nl")  # Italian had no lexicon when this was written; Dutch still has none
    assert lex.rules == () and lex.language == "nl"
    assert aitells.find("Een gewone zin.", "nl") == []


def _write(tmp_path: Path, body: str, name: str = "en.toml") -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


@pytest.mark.parametrize("body,problem", [
    ('language = "en"\n[[phrases]]\nalternatives = ["x"]\n', "phrases[0] text must be"),
    ('language = "en"\n[[patterns]]\nid = "a"\nregex = "(unclosed"\nmessage = "m"\n', "patterns[0] has an invalid regex"),
    ('language = "de"\n', 'must say language = "en"'),
    ('language = "en"\n[style]\nem_dash_per_1000_words = "many"\n', "em_dash_per_1000_words must be a float"),
    ('language = "en"\nphrase = []\n', "unknown keys: phrase"),
    ('language = "en"\n[[patterns]]\nid = "a"\nregex = "x*"\nmessage = "m"\n', "must not match empty text"),
    ('language = "en"\n[[phrases]\n', "is not valid TOML"),
])
def test_malformed_lexicons_are_refused_with_file_and_entry(tmp_path: Path, body: str, problem: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(LexiconError) as exc:
        aitells.load_file(path)
    assert str(path) in str(exc.value) and problem in str(exc.value)


def test_phrases_match_in_any_case_and_keep_the_texts_spelling() -> None:
    # Phrases are matched in lower case: a shouted or German-capitalised phrase is still found,
    # at the right place after a capital that lowers to two characters, and reported as written.
    text = "İstanbul. DELVE INTO THE DATA."
    assert "DELVE INTO" in {text[f.start:f.end] for f in aitells.find(text, "en")}
    german = "İstanbul. Darüber Hinaus gilt das."
    assert any(german[f.start:f.end].startswith("Darüber Hinaus") for f in aitells.find(german, "de"))
