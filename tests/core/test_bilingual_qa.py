"""Translation QA: each check finds its defect once, accepts the target locale's way of writing, and
the CLI keeps its JSON contract."""

from __future__ import annotations

import json

import pytest

from humanize_desktop import cli
from humanize_desktop.core.bilingual.glossary import Glossary, Term
from humanize_desktop.core.bilingual.qa import run_qa
from humanize_desktop.core.bilingual.units import BilingualFile, Unit
from humanize_desktop.core.checks.findings import Finding
from humanize_desktop.core.checks.spelling import SpellChecker, installed_dictionaries


def _file(pairs, source="en", target="de", max_width=None, codes=()) -> BilingualFile:
    units = [Unit(i, str(i + 1), s, t, max_width=max_width, codes=codes) for i, (s, t) in enumerate(pairs)]
    return BilingualFile("test.xlf", "xliff1", source, target, units, b"")


def _kinds(pairs, **kwargs):
    glossary = kwargs.pop("glossary", None)
    report = run_qa(_file(pairs, **kwargs), glossary)
    return [(f.unit, f.kind) for f in report.findings], report


@pytest.mark.parametrize("target,source_text,target_text", [
    ("de", "It costs 1,250.50 EUR and weighs 3.5 kg.", "Es kostet 1.250,50 EUR und wiegt 3,5 kg."),
    ("fr", "It costs 1,250.50 EUR and weighs 3.5 kg.", "Il coûte 1\u202f250,50 EUR et pèse 3,5 kg."),
    ("de", "Due on March 5, 2024 at 10:30.", "Fällig am 5. März 2024 um 10:30."),
    ("de", "Due on 03/05/2024.", "Fällig am 05.03.2024."),
    ("fr", "Really? Yes: now!", "Vraiment\u202f? Oui\u00a0: maintenant\u202f!"),
    ("es", "Are you sure? Yes!", "¿Estás seguro? ¡Sí!"),
    ("de", 'Click <g id="1">Save</g> for {0} and %s.', 'Klicken Sie für {0} und %s auf <g id="1">Speichern</g>.'),
])
def test_a_good_translation_has_no_findings(target, source_text, target_text):
    found, _ = _kinds([(source_text, target_text)], target=target, codes=('<g id="1">', "</g>"))
    assert found == []


def test_numbers_one_finding_per_defect_with_the_locale_way_as_fix():
    report = run_qa(_file([("You have 25 files.", "Sie haben 26 Dateien."),
                           ("It costs 1,250.50 EUR.", "Es kostet 1,250.50 EUR."),
                           ("Only 3 left.", "Nur noch wenige.")]))
    [changed, wrong_format, missing] = report.findings
    assert (changed.kind, changed.target_span, changed.replacements) == ("number", (10, 12), ("25",))
    assert wrong_format.replacements == ("1.250,50",) and "source's way" in wrong_format.message.text
    assert missing.unit == "3" and missing.source_span == (5, 6)


def test_dates_urls_tags_placeholders():
    found, report = _kinds([
        ("Due on March 5, 2024.", "Fällig am 6. März 2024."),
        ("See https://example.com/a or mail help@example.com.", "Siehe https://example.org/a oder help@example.com."),
        ("Click <b>here</b> now.", "Klicken Sie hier jetzt."),
        ("Hello %s, you have %d files", "Hallo %d, Sie haben %s Dateien"),
        ("Open {0} now", "Öffne jetzt {1}"),
    ])
    assert found == [("1", "date"), ("2", "url"), ("3", "tag"), ("4", "placeholder"), ("5", "placeholder")]
    by_unit = {f.unit: f for f in report.findings}
    assert by_unit["2"].message.text == "The address https://example.org/a is not the source's https://example.com/a"
    assert by_unit["2"].replacements == ("https://example.com/a",)
    assert by_unit["3"].message.text == "The tags <b>, </b> are missing from the target"
    assert by_unit["5"].replacements == ("{0}",)


def test_terms_forbidden_missing_and_do_not_translate():
    glossary = Glossary("g.csv", [Term("invoice", ("Rechnung",), ("Faktura",)),
                                  Term("Humanize Desktop", (), (), True)])
    found, report = _kinds([("Send the invoice.", "Senden Sie die Faktura."),
                            ("Send the invoice.", "Senden Sie den Beleg."),
                            ("Send the invoices.", "Senden Sie die Rechnungen."),
                            ("Open Humanize Desktop now.", "Öffnen Sie Menschlich Desktop jetzt.")],
                           glossary=glossary)
    assert [k for k in found if k[1] == "term"] == [("1", "term"), ("2", "term"), ("4", "term")]
    assert report.findings[0].replacements == ("Rechnung",)


def test_untranslated_language_and_inconsistency():
    found, _ = _kinds([
        ("Save the file", ""),
        ("Save the file before you close the window", "Save the file before you close the window"),
        ("The report is ready for review today.", "The report is now ready for a review today."),
        ("The weather is nice today in the mountains.", "Il fait beau aujourd'hui dans les montagnes."),
        ("Close", "Schließen"), ("Close", "Zumachen"), ("Close", "Schließen"),
        ("Exit", "Schließen"),
        ("OK", "OK"),
    ])
    assert ("1", "untranslated") in found and ("2", "untranslated") in found
    assert ("3", "untranslated") in found  # English target: still in the source language
    assert ("4", "language") in found
    assert ("6", "inconsistent") in found and ("8", "inconsistent") in found
    assert not [k for k in found if k[0] in ("5", "7", "9")]
    assert sum(1 for u, _ in found if u == "2") == 1  # untranslated says it all


def test_punctuation_spacing_length():
    found, report = _kinds([("Warning: stop!", "Attention: arrêtez!"),
                            ("Are you sure?", "Estás seguro?"),
                            ("Done.", "Fait"),
                            (" Name", "Nom "),
                            ("Open the file", "Ouvrez  le fichier")], target="fr")
    assert found.count(("1", "spacing")) == 2
    assert ("3", "punctuation") in found and ("4", "spacing") in found and ("5", "spacing") in found
    es, _ = _kinds([("Are you sure?", "Estás seguro?")], target="es")
    assert es == [("1", "punctuation")]
    length, report = _kinds([("Save", "Speichern unter einem neuen Namen")], max_width=10)
    assert length == [("1", "length")] and report.findings[0].target_span == (10, 33)
    ratio, _ = _kinds([("Save all of the open files now", "Alle offenen Dateien jetzt sofort und ohne weitere "
                                                         "Rückfrage auf der Festplatte speichern, bitte sehr")])
    assert ratio == [("1", "length")]


class _FakeGrammar:
    """LanguageTool's French rule about the space before ':' as a real server reports it."""

    def check(self, text, language, variant=""):
        at = text.index(":")
        return [Finding(at - 1, at + 1, "grammar", "Espace insécable manquant", (" :",), "languagetool", "FR_SPACE"),
                Finding(11, 18, "grammar", "Other problem", (), "languagetool", "OTHER")]

    def state(self, languages):
        from humanize_desktop.core.checks.findings import EngineState
        return EngineState("languagetool", "fake")


def test_one_finding_per_defect_between_engines_and_checks():
    report = run_qa(_file([("Warning: stop.", "Attention: arrêtez.")], target="fr"), grammar=_FakeGrammar())
    kinds = [(f.kind, f.message.text) for f in report.findings]
    assert ("spacing", "fr puts a no-break space before ':'") in kinds
    assert not any("insécable" in m for _, m in kinds)
    assert ("grammar", "Other problem") in kinds


@pytest.mark.skipif("de_DE" not in installed_dictionaries(), reason="needs the hunspell de_DE dictionary")
def test_spelling_of_targets_skips_markup_and_glossary_terms():
    report = run_qa(_file([("Open {0} in Humanize Desktop now.", "Öffnen Sie {0} in Humanize Desktop jetzt."),
                           ("The file is ready.", "Die Datei ist bereitt.")]),
                    Glossary("g", [Term("Humanize Desktop", (), (), True)]), spelling=SpellChecker())
    spelling = [(f.unit, f.target_span) for f in report.findings if f.kind == "spelling"]
    assert spelling == [("2", (14, 21))]


def test_qa_cli_json_contract_and_report(tmp_path, capsys):
    from tests.core.bilingual_samples import SAMPLES

    name, data = SAMPLES["xliff1"]
    path = tmp_path / name
    path.write_bytes(data)
    html = tmp_path / "report.html"
    assert cli.main(["qa", str(path), "--json", "--no-grammar", "--no-spelling", "--report", str(html)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"source_language", "target_language", "units", "findings"}
    assert (out["source_language"], out["target_language"], out["units"]) == ("en-US", "de-DE", 5)
    assert {"unit", "kind", "message", "source_span", "target_span", "replacements"} == set(out["findings"][0])
    assert ("hello", "length") in {(f["unit"], f["kind"]) for f in out["findings"]}
    page = html.read_text(encoding="utf-8")
    assert "<h2 id='length'>" in page and "file allows 30" in page
    assert path.read_bytes() == data  # QA never writes the file


def test_qa_cli_bad_file_is_one_line(tmp_path, capsys):
    path = tmp_path / "cut.xlf"
    path.write_text('<?xml version="1.0"?><xliff version="1.2"><file><body><trans-unit id="1"><source>Hi',
                    encoding="utf-8")
    assert cli.main(["qa", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cut.xlf" in err and "not well-formed" in err


def test_qa_cli_with_a_glossary_prints_one_line_per_finding(tmp_path, capsys):
    from tests.core.bilingual_samples import GLOSSARY_CSV

    po = tmp_path / "de.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n\n'
                  'msgid "Send the invoice for 25 files."\nmsgstr "Senden Sie die Faktura für 25 Dateien."\n',
                  encoding="utf-8")
    terms = tmp_path / "terms.csv"
    terms.write_text(GLOSSARY_CSV, encoding="utf-8")
    assert cli.main(["qa", str(po), "--glossary", str(terms), "--no-grammar", "--no-spelling"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("Send the invoice for 25 files. term: 'Faktura' is a forbidden translation of 'invoice'; "
                      "use 'Rechnung'  -> 'Rechnung'")
    assert out[1].startswith("en → de, 1 units: 1 term")
