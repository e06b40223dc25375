"""Fairness checks: inclusive language, register and locale conventions in four languages.

The labelled examples (benchmarks/data/fairness_examples.toml) are each a
test: "fire" ones must give exactly the expected finding, "quiet" ones none.
The rest covers what a person relies on around them: the offered fix reads
right, their own list extends or trims the bundled one, switched-off checks
stay off, and the humanizer's helpers judge a rewrite by what it adds.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from humanize_desktop import cli, config, paths
from humanize_desktop.core.checks import fairness, fidelity
from humanize_desktop.core.checks.fairness import data, inclusive, locale, register
from humanize_desktop.core.checks.findings import (
    FAIRNESS_KINDS, FINDING_KINDS, GRAMMAR, INCLUSIVE, LOCALE, REGISTER, Finding,
)
from humanize_desktop.core.checks.runner import DocumentChecker
from humanize_desktop.core.diffing import diff_texts

EXAMPLES = tomllib.loads((Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "fairness_examples.toml")
                         .read_text(encoding="utf-8"))["example"]


@pytest.fixture(autouse=True)
def fresh_data():
    data.clear_cache()
    yield
    data.clear_cache()


def apply(text: str, f: Finding, i: int = 0) -> str:
    return text[:f.start] + f.replacements[i] + text[f.end:]


def found(text: str, language: str, kind: str, **kw) -> list[str]:
    return [text[f.start:f.end] for f in fairness.fairness_findings(text, language, kinds=(kind,), **kw)]


def _example_id(e: dict) -> str:
    return f"{e['kind']}-{e['language']}-{e['label']}-{e['text'][:30]}"


def test_the_examples_cover_each_kind_in_four_languages_both_ways() -> None:
    for kind in FAIRNESS_KINDS:
        for label in ("fire", "quiet"):
            mine = [e for e in EXAMPLES if e["kind"] == kind and e["label"] == label]
            assert len(mine) >= 20, (kind, label)
        assert {e["language"] for e in EXAMPLES if e["kind"] == kind} == {"en", "de", "fr", "es"}


@pytest.mark.parametrize("example", EXAMPLES, ids=_example_id)
def test_labelled_example(example: dict) -> None:
    got = found(example["text"], example["language"], example["kind"], register=example.get("register"),
                region=example.get("region", ""))
    if example["label"] == "fire":
        assert got == [example["expect"]]
    else:
        assert got == []


def test_every_bundled_list_loads_for_the_four_languages() -> None:
    for check in data.CHECKS:
        assert {"en", "de", "fr", "es"} <= set(data.languages(check)), check
    for lang in ("en", "de", "fr", "es"):
        assert len(inclusive.term_list(lang).terms) >= 15
        assert locale.locale_data(lang) is not None
        assert register.forms(lang) is not None
    assert data.problems() == []


# ----------------------------------------------------------------------------- what the fixes read like

@pytest.mark.parametrize("language, text, fixed", [
    ("en", "Chairman Lee thanked the chairman of the board.", "Chairman Lee thanked the chair of the board."),
    ("en", "Manpower is short this week.", "Workforce is short this week."),
    ("de", "Alle Mitarbeiter kommen.", "Alle Mitarbeitenden kommen."),
    ("de", "Wir danken allen Mitarbeitern.", "Wir danken allen Mitarbeitenden."),
    ("de", "Hallo Jungs, los geht's.", "Hallo zusammen, los geht's."),
    ("fr", "Nous remercions les salariés.", "Nous remercions le personnel."),
    ("es", "Todos los usuarios votan.", "Todas las personas usuarias votan."),
])
def test_the_first_alternative_replaces_the_words_in_the_texts_case(language: str, text: str, fixed: str) -> None:
    f = next(f for f in fairness.fairness_findings(text, language) if f.kind == INCLUSIVE)
    assert apply(text, f) == fixed


def test_an_inclusive_finding_is_a_suggestion_with_a_reason() -> None:
    f = fairness.fairness_findings("Run a sanity check first.", "en")[0]
    assert f.kind == INCLUSIVE and f.engine == "fairness" and f.rule == "inclusive:sanity check"
    assert "'quick check'" in f.message and "plainer" in f.message
    assert f.to_json()["kind"] == "inclusive"


@pytest.mark.parametrize("language, text, fixed", [
    ("de", "Es kostet 1,250.50 Euro.", "Es kostet 1.250,50 Euro."),
    ("en", "It costs 1.250,50 euros.", "It costs 1,250.50 euros."),
    ("fr", "Il coûte 1,250.50 euros.", "Il coûte 1\u202f250,50 euros."),
    ("de", "Er sagte “Hallo” leise.", "Er sagte „Hallo“ leise."),
    ("fr", "Il a dit “bonjour” hier.", "Il a dit «\u00a0bonjour\u00a0» hier."),
    ("de", "Am 13/04/2026 geht es los.", "Am 13.04.2026 geht es los."),
])
def test_locale_fixes_write_the_languages_own_form(language: str, text: str, fixed: str) -> None:
    f = fairness.fairness_findings(text, language, kinds=(LOCALE,))[0]
    assert apply(text, f) == fixed


def test_an_ambiguous_date_offers_both_readings() -> None:
    f = fairness.fairness_findings("We meet on 07/04/2026.", "en", kinds=(LOCALE,))[0]
    assert f.replacements == ("7 April 2026", "4 July 2026")
    assert "could mean 7 April 2026 or 4 July 2026" in f.message


def test_the_region_comes_from_the_language_code_and_unknown_means_no_finding() -> None:
    text = "Er nannte es «die beste Lösung» und zahlte 1'250.50 Franken."
    assert found(text, "de", LOCALE) == []
    assert found(text, "de_CH", LOCALE) == []
    assert found(text, "de_DE", LOCALE) == ["«die beste Lösung»", "1'250.50"]
    assert found(text, "de", LOCALE, region="AT") == ["«die beste Lösung»", "1'250.50"]


def test_a_minority_form_of_address_is_pointed_at_in_the_whole_document() -> None:
    text = "Vielen Dank für Ihre Nachricht.\n\nWir melden uns bei Ihnen.\n\nMelde dich, wenn du Fragen hast.\n"
    findings = fairness.fairness_findings(text, "de", kinds=(REGISTER,))
    assert [text[f.start:f.end] for f in findings] == ["dich", "du"]
    assert all("mostly uses the formal form" in f.message for f in findings)
    assert all(f.replacements == () for f in findings)  # the verb changes too: no blind swap


def test_a_casual_rewrites_contractions_are_no_findings_and_an_academic_ones_are() -> None:
    text = "We don't know yet, and it's too early to say."
    casual = register.register_for_style("casual")
    assert casual == "informal" and register.register_for_style("academic") == "formal"
    assert register.register_for_style("natural") is None
    assert found(text, "en", REGISTER, register=casual) == []
    assert found(text, "en", REGISTER) == []
    assert found(text, "en", REGISTER, register="formal") == ["don't", "it's"]


def test_the_expected_register_keeps_the_drafts_address_before_the_style() -> None:
    assert fairness.expected_register("Können Sie uns helfen? Wir danken Ihnen.", "de", "casual") == "formal"
    assert fairness.expected_register("Hast du Zeit?", "de", "academic") == "informal"
    assert fairness.expected_register("We can help.", "en", "casual") == "informal"
    assert fairness.expected_register("We can help.", "en", "natural") is None


def test_added_findings_are_what_a_rewrite_brings_in() -> None:
    draft = "The chairman spoke. Our chairman agreed."
    same = "Our chairman agreed. The chairman spoke again."
    worse = "The chairman spoke and the manpower agreed. Our chairman agreed."
    assert fairness.added_findings(draft, same, "en") == []
    assert [worse[f.start:f.end] for f in fairness.added_findings(draft, worse, "en")] == ["manpower"]
    # A German rewrite that switches a "Sie" draft to "du" adds register findings.
    de_draft = "Bitte melden Sie sich bei uns. Wir helfen Ihnen gern."
    de_rewrite = "Melde dich bei uns. Wir helfen Ihnen gern."
    asked = fairness.expected_register(de_draft, "de", "casual")
    added = fairness.added_findings(de_draft, de_rewrite, "de", register=asked)
    assert [de_rewrite[f.start:f.end] for f in added] == ["dich"]


def test_locale_findings_that_languagetool_already_reports_are_shown_once() -> None:
    ours = Finding(10, 17, LOCALE, "quotes", ("„Hallo“",), "fairness", "locale:quotes")
    lt = Finding(10, 11, GRAMMAR, "Typographic quote", ("„",), "languagetool", "TYPOGRAFISCHE_ANFUEHRUNGSZEICHEN")
    other = Finding(30, 38, LOCALE, "number", ("1.250,50",), "fairness", "locale:number")
    harper = Finding(10, 11, GRAMMAR, "This quote has no termination.", (), "harper", "harper:Quotes")
    assert fairness.drop_repeats_of([ours, lt, other]) == [lt, other]
    assert fairness.drop_repeats_of([ours, harper]) == [ours, harper]  # another engine says something else


# ----------------------------------------------------------------------------- the user's own lists

def _user_file(check: str, language: str, text: str) -> Path:
    path = paths.dirs().data / "fairness" / check / f"{language}.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_list_adds_terms_and_switches_entries_and_groups_off() -> None:
    text = "The chairman met the foreman and the salesman about the ninja rockstar."
    assert found(text, "en", INCLUSIVE) == ["chairman", "foreman", "salesman"]
    _user_file("inclusive", "en", '''language = "en"
switch_off = ["foreman", "Disability"]

[[terms]]
group = "jargon"
text = ["ninja rockstar"]
alternatives = ["expert"]
reason = "job-ad slang puts many applicants off."
''')
    got = fairness.fairness_findings(text, "en", kinds=(INCLUSIVE,))
    assert [text[f.start:f.end] for f in got] == ["chairman", "salesman", "ninja rockstar"]
    assert got[-1].message == "'ninja rockstar': job-ad slang puts many applicants off. Consider 'expert'."
    assert found("He is wheelchair-bound.", "en", INCLUSIVE) == []  # the disability group is off


def test_a_user_file_can_switch_a_whole_list_off_or_change_a_region() -> None:
    _user_file("inclusive", "de", 'language = "de"\noff = true\n')
    assert found("Alle Mitarbeiter kommen.", "de", INCLUSIVE) == []
    _user_file("locale", "de", 'language = "de"\nname = "German"\n[regions.LI.quotes]\naccepted = ["«»"]\n')
    assert found("Er sagte «ja».", "de", LOCALE, region="LI") == []
    assert found("Er sagte „ja“.", "de", LOCALE, region="LI") == ["„ja“"]


def test_a_broken_user_file_is_left_out_and_said_why() -> None:
    path = _user_file("inclusive", "en", 'language = "en"\n[[terms]]\ntext = "x"\n')
    assert found("The chairman spoke.", "en", INCLUSIVE) == ["chairman"]
    assert any(str(path) in p and "alternatives" in p for p in data.problems())


def test_a_broken_bundled_entry_names_the_file_and_the_entry() -> None:
    with pytest.raises(data.FairnessDataError, match=r"x.toml: terms\[1\] needs a group"):
        inclusive.parse({"language": "en", "terms": [
            {"text": "a", "alternatives": ["b"], "group": "gendered"}, {"text": "c", "alternatives": ["d"]}]},
            "x.toml", "en")
    with pytest.raises(data.FairnessDataError, match="order must be"):
        locale.parse({"language": "de", "name": "German", "dates": {"order": "ymd"}}, "y.toml", "de")
    with pytest.raises(data.FairnessDataError, match="must say language"):
        register.parse({"language": "fr"}, "z.toml", "de")


# ----------------------------------------------------------------------------- with the other checks

DOC = ("Liebe Kollegen, vielen Dank für Ihre Geduld.\n\n"
       "Alle Mitarbeiter erhalten 1,250.50 Euro.\n\n"
       "Melde dich bei Fragen. Wir bitten Sie um Rückmeldung.\n")


def test_the_document_checker_reports_the_three_kinds_and_the_settings_switch_them_off() -> None:
    kinds = ("inclusive", "register", "locale")
    report = DocumentChecker(config.Settings(), kinds=kinds).check(DOC)
    got = {(f.kind, DOC[f.start:f.end]) for f in report.findings}
    assert got == {("inclusive", "Kollegen"), ("inclusive", "Mitarbeiter"), ("locale", "1,250.50"),
                   ("register", "dich")}
    settings = config.Settings()
    settings.fairness.inclusive = False
    settings.fairness.locale = False
    report = DocumentChecker(settings, kinds=kinds).check(DOC)
    assert {f.kind for f in report.findings} == {"register"}


def test_check_only_inclusive_prints_the_json_contract(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "brief.md"
    doc.write_text(DOC, encoding="utf-8")
    assert {"inclusive", "register", "locale"} <= set(FINDING_KINDS)
    assert cli.main(["check", str(doc), "--json", "--no-ai-likeness", "--only", "inclusive"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {f["kind"] for f in out["findings"]} == {"inclusive"}
    first = out["findings"][0]
    assert set(first) == {"start", "end", "kind", "message", "replacements", "engine"}
    assert DOC[first["start"]:first["end"]] == "Kollegen"


def test_the_language_setting_gives_the_region(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "brief.md"
    doc.write_text("Er nannte es «die beste Lösung», sagte sie heute.\n", encoding="utf-8")
    assert cli.main(["check", str(doc), "--json", "--no-ai-likeness", "--only", "locale"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    assert cli.main(["check", str(doc), "--json", "--no-ai-likeness", "--only", "locale",
                     "--language", "de_DE"]) == 0
    assert [f["kind"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["locale"]


def test_a_fairness_finding_the_rewrite_introduced_is_flagged_on_its_change() -> None:
    draft = "The chair opened the meeting.\n"
    suggestion = "The chairman opened the meeting.\n"
    changes = diff_texts(draft, suggestion)
    found_s = fairness.fairness_findings(suggestion, "en")
    marked = fidelity.mark_origins(draft, [], suggestion, found_s, changes)
    assert [f.origin for f in marked] == ["introduced"]
    flags = fidelity.introduced_flags(suggestion, marked, changes)
    assert len(flags) == 1 and flags[0].detail.startswith("inclusive finding introduced: 'chairman'")
