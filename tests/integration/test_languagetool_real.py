"""The real LanguageTool the set-up installed, found and run by the app, in four languages.

The server is the session's (``real_languagetool`` in conftest.py): started
once by the app's own ``LocalServer``, found without configuration in the
virtual environment. Known mistakes in German, French, Spanish and English
come back as the engine's findings; correct text gives none; each paragraph
of a mixed document goes to its own language; introduced-versus-draft error
flags work on its findings, with fixed texts and end to end with the bundled
model. The last test kills the server and sees it restarted.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

from humanize_desktop import cli
from humanize_desktop.config import GrammarSettings, Settings
from humanize_desktop.core.checks import languagetool as lt
from humanize_desktop.core.checks import languagetool_install as install
from humanize_desktop.core.checks.flags import change_flags
from humanize_desktop.core.checks.grammar import GrammarChecker
from humanize_desktop.core.checks.runner import DocumentChecker
from humanize_desktop.core.diffing import diff_texts

pytestmark = [pytest.mark.languagetool, pytest.mark.slow, pytest.mark.usefixtures("real_languagetool")]


def app_checker(**kw: object) -> GrammarChecker:
    """Grammar as the window checks it: default settings, spelling left to enchant."""
    return GrammarChecker(GrammarSettings(**kw), check_spelling=False)


# ----------------------------------------------------------------------------- found and run as the app does

def test_the_setups_languagetool_is_found_and_run_without_configuration(real_languagetool: lt.LocalServer) -> None:
    jar = install.find_installation()
    assert jar == real_languagetool.jar
    assert install.MAVEN_SERVER_JAR.fullmatch(jar.name) and jar.parent.name == "lib"
    if "LTP_PATH" not in os.environ and "LTP_JAR_DIR_PATH" not in os.environ:
        assert jar.is_relative_to(Path(sys.prefix) / install.SETUP_FOLDER)
    checker = app_checker()
    state = checker.state(["de"])
    assert state.active == "languagetool" and state.detail == f"local LanguageTool at {real_languagetool.url}"
    assert real_languagetool.url.startswith("http://127.0.0.1:")
    assert real_languagetool.process is not None
    cmdline = Path(f"/proc/{real_languagetool.process.pid}/cmdline").read_bytes().split(b"\0")
    assert b"-Xmx1024m" in cmdline and str(jar.parent / "*").encode() in cmdline
    assert b"--public" not in cmdline
    # Every check goes to that one server, whichever checker asks.
    assert lt.local_server(jar, 1024, 60) is real_languagetool


# ----------------------------------------------------------------------------- known mistakes, four languages

KNOWN_ERRORS = {
    # agreement, wrong article, confused words
    ("de", "de_DE"): ("Er gehen morgen nach Hause. Wir treffen uns in der Büro. Er ist größer wie sein Bruder.",
                      [("Er gehen", "DE_VERBAGREEMENT"), ("der Büro", "DE_AGREEMENT"), ("wie", "KOMP_WIE")]),
    # agreement, wrong article, missing accent, confused words, French spacing before "?"
    ("fr", "fr_FR"): ("Il vont à la maison. Nous avons visité le maison de mon oncle. Je suis allé a la plage hier. "
                   "Quand à moi, je reste ici. Est-ce que tu viens ce soir?",
                   [("Il vont", "ACCORD_R_PERS_VERBE"), ("le maison", "D_N"), ("a", "A_A_ACCENT"),
                    ("Quand", "QUAND_QUANT"), ("soir?", "FRENCH_WHITESPACE")]),
    # agreement, wrong article, missing accent, confused words
    ("es", "es_ES"): ("Ellos va a la casa. Creo que la agua está fría. El informe esta listo. Haber si nos vemos pronto.",
                   [("va", "AGREEMENT_PRONOUNSUBJECT_VERB"), ("la agua", "DET_FEM_NOM_FEM"), ("esta", "ESTA_TILDE"),
                    ("Haber si", "HABER_AVER")]),
}


@pytest.mark.parametrize(("language", "variant"), list(KNOWN_ERRORS), ids=[k[0] for k in KNOWN_ERRORS])
def test_known_mistakes_come_back_from_the_real_engine(language: str, variant: str) -> None:
    text, expected = KNOWN_ERRORS[(language, variant)]
    findings = app_checker().check(text, language, variant)
    assert [(text[f.start:f.end], f.rule) for f in findings] == [(w, f"languagetool:{r}") for w, r in expected]
    assert all(f.engine == "languagetool" and f.message and f.replacements for f in findings)


def test_english_mistakes_come_from_languagetool_and_harper_merged() -> None:
    text = ("He go to the office every morning. She brought a apple for lunch. I could of finished it yesterday. "
            "The new version is faster then the old one.")
    findings = app_checker().check(text, "en", "en_US")
    assert [(text[f.start:f.end], f.rule) for f in findings] == [
        ("go", "languagetool:HE_VERB_AGR"), ("a", "languagetool:EN_A_VS_AN"),
        ("of", "languagetool:COULD_OF"),  # Harper's "could of" overlaps it: reported once
        ("then", "harper:ThenThan"),  # only Harper sees this one
    ]
    assert app_checker(engine="languagetool").check(text, "en", "en_US")[-1].rule == "languagetool:COULD_OF"


CLEAN = {
    ("de", "de_DE"): "Wir haben den Bericht am Dienstag gelesen und schicken Ihnen morgen unsere Anmerkungen. "
                     "Die Übersetzung ist gut, nur zwei Fachbegriffe sollten wir noch einmal prüfen.",
    ("fr", "fr_FR"): "Nous avons lu le rapport mardi et nous vous enverrons nos remarques demain. La traduction "
                  "est bonne ; il faudrait seulement vérifier deux termes techniques.",
    ("es", "es_ES"): "Leímos el informe el martes y mañana le enviaremos nuestros comentarios. La traducción es "
                  "buena; solo habría que revisar dos términos técnicos.",
    ("en", "en_US"): "We read the report on Tuesday and will send you our comments tomorrow. The translation is "
                     "good; we only need to check two technical terms again.",
}


@pytest.mark.parametrize(("language", "variant"), list(CLEAN), ids=[k[0] for k in CLEAN])
def test_clean_text_gives_no_findings_even_with_the_engines_spelling(language: str, variant: str) -> None:
    checker = GrammarChecker(GrammarSettings(), check_spelling=True)
    assert checker.check(CLEAN[(language, variant)], language, variant) == []
    assert checker.engine_for(language, variant) == "languagetool"


def test_each_paragraph_goes_to_the_language_it_is_written_in() -> None:
    doc = ("We will read the report on Tuesday, and he go to the office on Wednesday to discuss it.\n\n"
           "Wir lesen den Bericht am Dienstag. Er gehen am Mittwoch ins Büro, um darüber zu sprechen.\n\n"
           "Nous lirons le rapport mardi, et ils va au bureau mercredi pour en discuter avec l'équipe.\n\n"
           "Leeremos el informe el martes. Ellos va a la oficina el miércoles para hablar de ello.\n")
    report = DocumentChecker(Settings(), kinds=["grammar", "spelling"]).check(doc, ai_likeness=False)
    assert [p.code for p in report.language.paragraphs] == ["en", "de", "fr", "es"]
    grammar = [(doc[f.start:f.end], f.rule) for f in report.findings if f.kind == "grammar"]
    assert grammar == [("go", "languagetool:HE_VERB_AGR"), ("Er gehen", "languagetool:DE_VERBAGREEMENT"),
                       ("ils va", "languagetool:ACCORD_R_PERS_VERBE"),
                       ("va", "languagetool:AGREEMENT_PRONOUNSUBJECT_VERB")]
    state = report.engines["grammar"]
    assert state.active == "languagetool"
    assert state.languages == {"en": "languagetool+harper", "de": "languagetool", "fr": "languagetool",
                               "es": "languagetool"}


def test_spelling_is_left_to_enchant_unless_asked_and_disabled_rules_stay_off() -> None:
    text = "We recieve the the letters."
    with_spelling = GrammarChecker(GrammarSettings(engine="languagetool"), check_spelling=True)
    assert [(text[f.start:f.end], f.kind) for f in with_spelling.check(text, "en", "en_US")] == [
        ("recieve", "spelling"), ("the the", "grammar")]
    assert [text[f.start:f.end] for f in app_checker(engine="languagetool").check(text, "en", "en_US")] == ["the the"]
    quiet = app_checker(engine="languagetool", disabled_rules=["ENGLISH_WORD_REPEAT_RULE"])
    assert quiet.check(text, "en", "en_US") == []


def test_a_language_without_a_module_gets_no_grammar_engine() -> None:
    checker = app_checker()
    assert checker.engine_for("pl") is None and checker.check("To jest tekst po polsku.", "pl") == []
    assert checker.state(["de", "pl"]).unavailable["grammar:pl"] == "no grammar engine can check 'pl'"


# ----------------------------------------------------------------------------- the existing English checks

def test_real_languagetool_finds_a_repeated_word_in_english() -> None:
    checker = GrammarChecker(GrammarSettings(), check_spelling=True)
    text = "This is a test of the the grammar checker."
    findings = checker.check(text, "en", "en_US")
    assert any(text[f.start:f.end].lower() == "the the" and f.engine == "languagetool" for f in findings)
    assert checker.state(["en"]).active == "languagetool"


def test_real_languagetool_checks_german() -> None:
    text = "Ich habe das Buch gelesen. Er gehen morgen nach Hause."
    findings = GrammarChecker(GrammarSettings(), check_spelling=True).check(text, "de", "de_DE")
    assert any(f.start >= text.index("Er") for f in findings)


def test_real_languagetool_offsets_survive_emoji() -> None:
    text = "🙂 🙂 This is is wrong."
    findings = GrammarChecker(GrammarSettings(), check_spelling=True).check(text, "en", "en_US")
    assert any(text[f.start:f.end] == "is is" for f in findings)


# ----------------------------------------------------------------------------- introduced or already in the draft

# (language, draft, suggestion, the error the rewrite brought in, as LanguageTool
# classes it). The draft's own error (first paragraph) stays in the suggestion and
# must not be flagged.
REWRITES = [
    ("de", "Er gehen morgen nach Hause.\n\nWir treffen uns morgen im Büro und besprechen den Bericht.\n",
     "Er gehen morgen früh nach Hause.\n\nWir treffen uns morgen in der Büro und besprechen den Bericht.\n",
     "grammar", "der Büro"),
    ("fr", "Il vont à la maison.\n\nJe suis allé à la plage hier avec mes amis.\n",
     "Il vont à la maison ce soir.\n\nJe suis allé a la plage hier avec mes amis.\n", "grammar", "a"),
    ("es", "Ellos va a la casa.\n\nEl informe está listo desde ayer por la tarde.\n",
     "Ellos va a la casa ahora.\n\nEl informe esta listo desde ayer por la tarde.\n", "spelling", "esta"),
    ("en", "He go to the office every morning.\n\nShe brought an apple for lunch.\n",
     "He go to the office early every morning.\n\nShe brought a apple for lunch.\n", "spelling", "a"),
]


@pytest.mark.parametrize(("language", "draft", "suggestion", "kind", "introduced"), REWRITES,
                         ids=[r[0] for r in REWRITES])
def test_only_errors_the_rewrite_brought_in_are_flagged(language: str, draft: str, suggestion: str, kind: str,
                                                         introduced: str) -> None:
    changes = diff_texts(draft, suggestion)
    flags = [f for f in change_flags(draft, suggestion, changes, Settings()) if f.kind == "introduced-error"]
    assert [f.detail.split("'")[:2] for f in flags] == [[f"{kind} error introduced: ", introduced]]
    flagged = next(c for c in changes if c.id == flags[0].change_id)
    at = suggestion.index(f" {introduced} ", suggestion.index("\n\n")) + 1
    assert flagged.suggestion_start < at + len(introduced) and at < flagged.suggestion_end


# Four languages in one draft, each paragraph with a mistake of its own and a
# machine-sounding sentence for the model to rewrite.
DRAFT = ("He go to the office every morning. In today's fast-paced world, it is important to note that clear "
         "communication plays a pivotal role in our team.\n\n"
         "Er gehen morgen früh ins Büro. In der heutigen schnelllebigen Welt ist es wichtig zu beachten, dass "
         "klare Kommunikation in unserem Team eine entscheidende Rolle spielt.\n\n"
         "Il vont au bureau demain matin. Dans le monde trépidant d'aujourd'hui, il est important de noter "
         "qu'une communication claire joue un rôle essentiel dans notre équipe.\n\n"
         "Ellos va a la oficina mañana. En el mundo acelerado de hoy, es importante señalar que una "
         "comunicación clara desempeña un papel fundamental en nuestro equipo.\n")
DRAFT_ERRORS = [("go", "languagetool:HE_VERB_AGR"), ("Er gehen", "languagetool:DE_VERBAGREEMENT"),
                ("Il vont", "languagetool:ACCORD_R_PERS_VERBE"), ("va", "languagetool:AGREEMENT_PRONOUNSUBJECT_VERB")]


@pytest.mark.model
def test_humanize_flags_come_from_languagetool_end_to_end_in_four_languages(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    checker = DocumentChecker(Settings(), kinds=["grammar"])
    before = checker.check(DRAFT, ai_likeness=False)
    assert [(DRAFT[f.start:f.end], f.rule) for f in before.findings] == DRAFT_ERRORS
    assert set(before.engines["grammar"].languages) == {"en", "de", "fr", "es"}

    draft_file = tmp_path / "draft.txt"
    draft_file.write_text(DRAFT, encoding="utf-8")
    assert cli.main(["humanize", str(draft_file), "--json", "--seed", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(p["status"] == "rewritten" for p in data["paragraphs"])  # the flags judge real changes
    suggestion = data["suggestion"]
    changes = {c["id"]: c for c in data["changes"]}
    after = checker.check(suggestion, ai_likeness=False)
    found = {suggestion[f.start:f.end] for f in after.findings}
    for flag in (f for f in data["flags"] if f["kind"] == "introduced-error"):
        words = re.match(r"(grammar|spelling) error introduced: '(.*?)'", flag["detail"])
        assert words is not None and flag["change_id"] in changes
        if words.group(1) == "grammar":
            assert words.group(2) in found  # a finding of the real engines on the suggestion
        # A mistake the draft already had is never the rewrite's fault.
        assert words.group(2) not in {w for w, _ in DRAFT_ERRORS}
    kept = [suggestion[f.start:f.end] for f in after.findings if (suggestion[f.start:f.end], f.rule) in DRAFT_ERRORS]
    assert not any(f"'{w}'" in f["detail"] for w in kept for f in data["flags"])


# ----------------------------------------------------------------------------- a server that dies (keep last: it restarts)

def test_a_server_that_dies_is_restarted_once_and_checks_again(real_languagetool: lt.LocalServer) -> None:
    checker = app_checker(engine="languagetool")
    text = "She brought a apple for lunch."
    assert [f.rule for f in checker.check(text, "en", "en_US")] == ["languagetool:EN_A_VS_AN"]
    process = real_languagetool.process
    assert process is not None
    process.kill()
    process.wait(10)
    assert [f.rule for f in checker.check(text, "en", "en_US")] == ["languagetool:EN_A_VS_AN"]
    assert real_languagetool.restarts == 1 and real_languagetool.running()
    assert real_languagetool.process is not None and real_languagetool.process.pid != process.pid


def test_a_model_candidate_with_a_german_grammar_error_is_refused_by_languagetool() -> None:
    # The humanizer's judge uses the checks' grammar engines: outside English that is LanguageTool.
    from humanize_desktop.core.humanizer import score
    from humanize_desktop.core.humanizer.jobs import Job
    from humanize_desktop.core.rewriting import guards

    grammar = GrammarChecker(GrammarSettings())
    judge = score.Judge("de", guards.GuardRules(), (0.1, 0.7), grammar=grammar)
    before = "Das Haus am Hafen ist alt und wird im Mai renoviert."
    try:
        bad = judge.judge(before, "Der Haus am Hafen ist alt und wird im Mai renoviert.", Job(0, 10, "simplify", "x"))
        assert not bad.ok and "grammar" in bad.reason and "Der Haus" in bad.reason
        good = judge.judge(before, "Das alte Haus am Hafen wird im Mai renoviert.", Job(0, 10, "simplify", "x"))
        assert good.ok, good.reason
    finally:
        grammar.close()


def test_a_rule_fix_that_breaks_agreement_is_not_applied() -> None:
    # "a wide range of" -> "many" is safe before a verb in the plural, not before "is": LanguageTool
    # sees "Many tools is", so that sentence keeps its draft wording; the other sentence's fix stands.
    from humanize_desktop.core.rewriting.document import rewrite_document
    from humanize_desktop.core.rewriting.options import RewriteOptions
    from tests.core.rewrite_fakes import FakeEngine

    draft = ("A wide range of tools is available to every team. We offer a wide range of courses for "
             "adults in Leeds.\n")
    result = rewrite_document(draft, RewriteOptions(strength="light", use_cache=False,
                                                    grammar=GrammarSettings()), FakeEngine())
    assert result.suggestion == ("A wide range of tools is available to every team. We offer many courses "
                                 "for adults in Leeds.\n")
