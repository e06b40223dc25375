"""The interface in German, French and Spanish: complete, well-formed translations that Qt loads.

The ``.ts`` sources are checked against the strings the code has now
(``pyside6-lupdate`` into a temporary file), every translation keeps the
placeholders, markup and accelerators of its source, and the compiled
``.qm`` files switch both the app's own strings and Qt's standard buttons.
"""

from __future__ import annotations

import re
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from humanize_desktop.gui import i18n
from tests.integration.packaging_build import ROOT, build

LANGS = ("de", "fr", "es")
#: Share of the code's tr() strings that must be translated in each language. Below 1.0 so
#: a new dialog can land before its translations; `build.py lupdate` shows what is missing.
MIN_COVERAGE = 0.95


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for ctx in root.findall("context") for m in ctx.findall("message")]


@pytest.fixture(scope="module")
def compiled() -> None:
    assert build.main(["translations", "--quiet"]) == 0


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every tr() string in the code today."""
    ts = tmp_path_factory.mktemp("lupdate") / "now.ts"
    code = sorted(str(p) for p in (ROOT / "humanize_desktop").rglob("*.py"))
    subprocess.run([build._tool("pyside6-lupdate"), "-locations", "none", *code, "-ts", str(ts)],
                   check=True, capture_output=True)
    return {(ctx, src) for ctx, src, _ in _messages(ts)}


@pytest.mark.parametrize("lang", LANGS)
def test_the_translation_covers_the_codes_strings(lang: str, code_strings: set[tuple[str, str]]) -> None:
    done = {(ctx, src) for ctx, src, tr in _messages(build.TRANSLATIONS / f"humanize_{lang}.ts")
            if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and tr.text}
    missing = sorted(code_strings - done)
    coverage = 1 - len(missing) / len(code_strings)
    assert coverage >= MIN_COVERAGE, (f"{lang}: {len(missing)} of {len(code_strings)} strings untranslated; "
                                      f"run packaging/build.py lupdate and translate, e.g. {missing[:5]}")


def test_every_string_is_filed_under_the_class_that_asks_for_it(code_strings: set[tuple[str, str]]) -> None:
    """``tr = self.tr`` or ``parent.tr(...)`` would file a string under "" or "parent" (lupdate's guess)."""
    misfiled = sorted((ctx, src) for ctx, src in code_strings if ctx in i18n.FALLBACK_CONTEXTS or "." in ctx)
    assert not misfiled, f"use self.tr(...) or QCoreApplication.translate('Class', ...): {misfiled[:5]}"


def _shape(text: str) -> tuple[list[str], int, int]:
    placeholders = sorted(re.findall(r"%\d|%s|<[^>]+>", text))
    return placeholders, text.count("\n"), text.replace("&&", "").count("&")


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_markup_and_accelerators(lang: str) -> None:
    for ctx, src, tr in _messages(build.TRANSLATIONS / f"humanize_{lang}.ts"):
        if tr is None or not tr.text:
            continue
        assert _shape(tr.text) == _shape(src), (lang, ctx, src, tr.text)
        assert tr.text.strip() or not src.strip()


def test_french_punctuation_does_not_break_from_its_word() -> None:
    for _ctx, _src, tr in _messages(build.TRANSLATIONS / "humanize_fr.ts"):
        if tr is not None and tr.text:
            assert not re.search(r" [:;?!»]|« ", tr.text), tr.text


@pytest.mark.parametrize(("lang", "new", "cancel", "general"), [
    ("de", "&Neu", "Abbrechen", "Allgemein"),
    ("fr", "&Nouveau", "Annuler", "Général"),
    ("es", "&Nuevo", "Cancelar", "General"),
])
def test_installing_a_language_translates_the_app_and_qts_buttons(qapp, compiled, lang: str, new: str,
                                                                  cancel: str, general: str) -> None:
    try:
        assert i18n.install_translators(qapp, lang) == lang
        # "&New" is filed under Actions, the class that asks for it (self.tr, never an alias).
        assert QCoreApplication.translate("Actions", "&New") == new
        assert QCoreApplication.translate("PreferencesDialog", "General") == general
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() == cancel
        box.deleteLater()
        assert QCoreApplication.translate("Nowhere", "A string nobody translated") == "A string nobody translated"
    finally:
        assert i18n.install_translators(qapp, "en") == "en"
    assert QCoreApplication.translate("Actions", "&New") == "&New"


@pytest.mark.parametrize("lang", ("en", *LANGS))
def test_the_toolbars_fit_a_1280_pixel_window_in_every_language(qapp, qtbot, compiled, lang: str) -> None:
    from PySide6.QtWidgets import QToolButton

    from humanize_desktop import config
    from humanize_desktop.gui.main_window import MainWindow

    try:
        assert i18n.install_translators(qapp, lang) == lang
        window = MainWindow(config.Settings())
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        for bar in (window.toolbar, window.model_toolbar):
            overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            assert overflow is None or not overflow.isVisible(), f"{lang}: {bar.objectName()} overflows"
        for widget in (window.model_picker, window.humanize_bar.humanize_button, window.humanize_bar.terms):
            assert widget.isVisible()
            right = widget.mapTo(window, widget.rect().topRight()).x()
            assert right <= window.width(), f"{lang}: {widget.objectName() or type(widget).__name__} cut off"
        window.close()
    finally:
        assert i18n.install_translators(qapp, "en") == "en"


def test_the_language_follows_the_setting_then_the_system() -> None:
    assert i18n.resolve_language("de") == "de"
    assert i18n.resolve_language("es_MX") == "es"
    assert i18n.resolve_language("system", ["fr-CA", "en-US"]) == "fr"
    assert i18n.resolve_language("system", ["pt-BR", "de-AT"]) == "de"
    assert i18n.resolve_language("system", ["pt-BR"]) == "en"
    assert i18n.resolve_language("xx") == "en"


def test_a_missing_compiled_translation_falls_back_to_english(qapp, tmp_path: Path, monkeypatch,
                                                              capsys) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install_translators(qapp, "de") == "en"
    assert "build.py translations" in capsys.readouterr().err
    assert QCoreApplication.translate("Actions", "&New") == "&New"
    assert "Deutsch" in i18n.problem() and "is missing" in i18n.problem()
    (tmp_path / "humanize_de.qm").write_bytes(b"not a translation")
    assert i18n.install_translators(qapp, "de") == "en"
    assert "cannot be read" in i18n.problem()
    assert i18n.install_translators(qapp, "en") == "en" and i18n.problem() == ""


def test_every_shipped_language_is_offered(compiled) -> None:
    assert i18n.available_languages() == [("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
                                          ("es", "Español")]


def test_one_ts_source_per_language() -> None:
    assert build.UI_LANGUAGES == LANGS
    assert sorted(p.name for p in build.TRANSLATIONS.glob("*.ts")) == sorted(f"humanize_{x}.ts" for x in LANGS)
    for lang in LANGS:
        assert ET.parse(build.TRANSLATIONS / f"humanize_{lang}.ts").getroot().get("language") == lang


# ----------------------------------------------------------------------------- the core's messages

#: Message arguments that carry English words for the English sentence alone ("it is" / "they are").
ENGLISH_ONLY_ARGUMENTS = {"as_is"}


def _fields(template: str) -> set[str]:
    return {f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


@pytest.fixture(scope="module")
def core_templates() -> tuple[str, dict[str, str]]:
    return build.message_templates()


def test_lupdate_sees_every_message_the_core_registers(core_templates, tmp_path: Path) -> None:
    context, templates = core_templates
    assert context == i18n.MESSAGE_CONTEXT
    assert {"guard.cut-off", "flag.became", "flag.grammar-introduced"} <= set(templates)
    ts = tmp_path / "core.ts"
    subprocess.run([build._tool("pyside6-lupdate"), "-locations", "none", str(build.write_message_source(tmp_path)),
                    "-ts", str(ts)], check=True, capture_output=True)
    assert {(ctx, src) for ctx, src, _ in _messages(ts)} == {(context, t) for t in templates.values()}


@pytest.mark.parametrize("lang", LANGS)
def test_every_core_message_is_translated_with_its_placeholders(lang: str, core_templates) -> None:
    context, templates = core_templates
    done = {src: tr.text for ctx, src, tr in _messages(build.TRANSLATIONS / f"humanize_{lang}.ts")
            if ctx == context and tr is not None and tr.get("type") != "unfinished" and tr.text}
    missing = sorted(set(templates.values()) - set(done))
    assert not missing, f"{lang}: run packaging/build.py lupdate and translate {missing[:3]}"
    for template in templates.values():
        # Every argument is used, except one only English grammar needs; none is made up.
        assert _fields(done[template]) <= _fields(template), (lang, template, done[template])
        needed = {f for f in _fields(template) if f.split(":")[0] not in ENGLISH_ONLY_ARGUMENTS}
        assert needed <= _fields(done[template]), (lang, template, done[template])


def test_the_window_shows_core_messages_in_its_language_and_json_stays_english(qapp, compiled) -> None:
    from humanize_desktop.core.checks import fidelity
    from humanize_desktop.core.diffing import diff_texts
    from humanize_desktop.core.rewriting.guards import GuardRules, rejection

    draft, suggestion = "Revenue grew in 2024.", "Revenue grew in 2023."
    (flag,) = fidelity.flags_for(draft, suggestion, diff_texts(draft, suggestion))
    reason = rejection("Short.", "Longer answer here.", "length", GuardRules())
    from humanize_desktop.core.humanizer.plan import plan
    (item,) = [i for i in plan("Furthermore, the team shipped it.", "en") if i.rule == "opener.furthermore"]
    try:
        assert i18n.install_translators(qapp, "de") == "de"
        assert i18n.message_text(flag.message) == "„2024“ wurde zu „2023“"
        assert i18n.message_text(reason) == "die Antwort des Modells wurde abgeschnitten"
        assert i18n.message_text("plain text stays") == "plain text stays"
        # A humanizer rule's reason comes from the lexicon data, and is translated like the rest.
        assert i18n.message_text(item.message) == (
            "„Furthermore“ ist ein Standard-Satzanfang maschinell geschriebener Texte.")
        assert flag.to_json()["detail"] == "'2024' became '2023'"
        assert i18n.install_translators(qapp, "fr") == "fr"
        assert i18n.message_text(flag.message) == "«\u00a02024\u00a0» est devenu «\u00a02023\u00a0»"
    finally:
        assert i18n.install_translators(qapp, "en") == "en"
    assert i18n.message_text(flag.message) == "'2024' became '2023'"


def test_translator_mode_names_qa_kinds_in_the_interface_language(qapp, compiled) -> None:
    from humanize_desktop.core.bilingual.qafinding import QA_KINDS
    from humanize_desktop.gui.translate.segments import qa_kind_name

    try:
        assert i18n.install_translators(qapp, "de") == "de"
        assert qa_kind_name("untranslated") == "unübersetzt"
        german = [qa_kind_name(kind) for kind in QA_KINDS]
        # Every kind has a German name (only "URL" reads the same), none shows its bare id.
        assert [k for k, name in zip(QA_KINDS, german) if name == k] == []
        assert len(set(german)) == len(QA_KINDS)
    finally:
        assert i18n.install_translators(qapp, "en") == "en"
    assert qa_kind_name("untranslated") == "untranslated"


def test_the_findings_of_our_own_checks_are_shown_in_the_interface_language(qapp, compiled) -> None:
    from humanize_desktop.core.checks import aitells
    from humanize_desktop.core.checks.readability import analyse
    from humanize_desktop.core.checks.spelling import SpellChecker

    (tell,) = [f for f in aitells.find("We delve into the data.", "en") if f.rule == "phrase:delve into"]
    (typo,) = SpellChecker().check("We recieve it.", "en_US")
    (long_one,) = analyse(" ".join(["word"] * 45) + ".", "en")[1]
    try:
        assert i18n.install_translators(qapp, "de") == "de"
        assert i18n.finding_text(tell).startswith("„delve into“ ist in maschinell geschriebenen Texten häufig")
        assert i18n.finding_text(typo) == "„recieve“ steht nicht im Wörterbuch en_US."
        assert i18n.finding_text(long_one).startswith("Dieser Satz hat 45 Wörter")
    finally:
        assert i18n.install_translators(qapp, "en") == "en"
    # --json and the English window say what they always said.
    assert tell.to_json()["message"] == i18n.finding_text(tell) == tell.message
    assert typo.message == "'recieve' is not in the en_US dictionary."


def test_the_built_in_styles_are_named_in_the_interface_language_and_a_persons_own_as_written(
        qapp, compiled, tmp_path: Path) -> None:
    from humanize_desktop import paths
    from humanize_desktop.core.rewriting import styles

    own = paths.dirs().config / "styles"
    own.mkdir(parents=True)
    (own / "pirate.toml").write_text('id = "pirate"\nname = "Pirate"\ndescription = "Arr."\n'
                                     'instructions = "Write like a pirate."\n', encoding="utf-8")
    loaded = styles.load_styles()
    try:
        assert i18n.install_translators(qapp, "de") == "de"
        assert i18n.message_text(loaded["natural"].title()) == "Natürlich"
        assert i18n.message_text(loaded["warm"].summary()) == "Freundlich und persönlich, mit menschlicher Note."
        assert i18n.message_text(loaded["pirate"].title()) == "Pirate"
    finally:
        assert i18n.install_translators(qapp, "en") == "en"
    assert i18n.message_text(loaded["natural"].title()) == "Natural"
    assert styles.get_style("Natural").id == "natural"  # the CLI still takes the English name
