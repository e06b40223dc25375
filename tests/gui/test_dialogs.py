"""Dialogs and the smaller tools: preferences, models, alternatives, find, theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from humanize_desktop import config
from humanize_desktop.gui import theme
from humanize_desktop.gui.dialogs.alternatives import AlternativesDialog
from humanize_desktop.gui.dialogs.model_manager import ModelManagerDialog
from humanize_desktop.gui.dialogs.preferences import PreferencesDialog
from tests.gui.conftest import assert_mirrored, load_review
from tests.gui.fakes import FakeEngine

pytestmark = pytest.mark.gui


def test_preferences_dialog_edits_a_copy_and_the_window_applies_it(window, qtbot, monkeypatch) -> None:
    dialog = PreferencesDialog(window, window.settings)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.autosave.setValue(9)
    dialog.grammar_engine.setCurrentIndex(dialog.grammar_engine.findData("off"))
    dialog.lt_url.setText("http://127.0.0.1:8081")
    new, words = dialog.result_settings()
    assert window.settings.general.theme == "system"  # the window's settings are untouched so far
    assert (new.general.theme, new.general.autosave_seconds, new.grammar.engine) == ("dark", 9, "off")
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, parent, s: (new, words)))
    try:
        window.actions.preferences.trigger()
        assert window.autosaver.timer.interval() == 9000
        assert theme.is_dark(QApplication.palette())
        saved = config.load()
        assert saved.grammar.languagetool_url == "http://127.0.0.1:8081" and saved.general.theme == "dark"
    finally:
        theme.apply_theme("system")


def test_model_manager_lists_models_sets_default_and_imports(window, qtbot, tmp_path, smollm2_path,
                                                            user_dirs) -> None:
    window.engines.refresh_models()
    qtbot.waitUntil(lambda: bool(window.engines.models), timeout=10000)
    dialog = ModelManagerDialog(window, window.engines, window.settings)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert any(n.startswith("SmolLM2-135M-Instruct") for n in names)
    dialog.table.selectRow(0)
    dialog.temperature.setValue(0.3)
    assert config.load().model_settings(window.engines.models[0].file_name).temperature == pytest.approx(0.3)
    dialog.make_default()
    assert config.load().engine.default_model == str(window.engines.models[0].path)
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"not a model at all")
    dialog.import_path(str(bad))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert "broken.gguf" in dialog.status.text()
    dialog.import_path(str(smollm2_path))
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Imported"), timeout=30000)
    qtbot.waitUntil(lambda: any(m.source == "user" for m in window.engines.models), timeout=10000)
    imported = next(m for m in window.engines.models if m.source == "user")
    assert Path(imported.path) == user_dirs.models / smollm2_path.name and imported.usable


def test_alternatives_come_from_the_model_and_resolve_the_change(window, qtbot, monkeypatch) -> None:
    window.engines.use_engine(FakeEngine(), "Fake model")
    load_review(window, "We utilize the tools daily.\n", "We use the tools every day.\n")
    change = window.session.review.changes[0]

    def run(dialog) -> int:
        qtbot.waitUntil(lambda: dialog.list.count() > 0 or dialog.message.text() != "", timeout=10000)
        return QDialog.DialogCode.Accepted if dialog.list.count() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(AlternativesDialog, "exec", run)
    window.show_change(change.id)
    window.actions.alternatives.trigger()
    review = window.session.review
    assert change.id not in {c.id for c in review.changes}
    assert review.decisions[-1].decision.value == "edited"
    assert review.decisions[-1].text != change.suggestion_text
    assert_mirrored(window)


def test_find_bar_finds_in_the_focused_pane(window, qtbot) -> None:
    window.session.start_draft("Alpha beta gamma.\nBeta again, and beta.\n")
    pane = window.view.draft
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.view.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "beta")
    assert pane.textCursor().selectedText().lower() == "beta"
    first = pane.textCursor().selectionStart()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert pane.textCursor().selectionStart() > first
    bar.case.setChecked(True)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert pane.textCursor().selectedText() == "beta"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and pane.hasFocus()


def test_dark_theme_from_the_menu_recolours_the_review(window, qtbot) -> None:
    load_review(window, "One two.", "One three.")
    light = window.view.draft.colors.removed
    try:
        window.theme_actions["dark"].trigger()
        assert theme.is_dark(QApplication.palette())
        assert window.view.draft.colors.dark and window.view.draft.colors.removed != light
        assert window.settings.general.theme == "dark"
    finally:
        window.theme_actions["system"].trigger()
    assert not window.view.draft.colors.dark


def test_a_team_server_with_a_login_is_shown_without_its_password(window, qtbot) -> None:
    url = "https://writers:s3cret@llm.team.example:8443/v1"
    window.settings.engine.server_url = url
    window.engines.refresh_models()
    qtbot.waitUntil(lambda: window.model_picker.combo.findData(url) >= 0, timeout=10000)
    window.engines.select(url)
    shown = [window.model_picker.combo.itemText(i) for i in range(window.model_picker.combo.count())]
    shown.append(window.engines.model_label)
    window.status.show_model()
    shown.append(window.statusBar().currentMessage())
    shown += [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert any("writers:***@llm.team.example:8443" in s for s in shown)
    assert not any("s3cret" in s for s in shown)


def test_preferences_show_server_passwords_masked_and_keep_them(window, qtbot) -> None:
    window.settings.grammar.languagetool_url = "https://writers:s3cret@lt.team.example/"
    window.settings.engine.server_url = "https://writers:s3cret@llm.team.example/v1"
    dialog = PreferencesDialog(window, window.settings)
    qtbot.addWidget(dialog)
    assert dialog.lt_url.text() == "https://writers:***@lt.team.example/"
    assert "s3cret" not in dialog.server_url.text()
    dialog.lt_url.setText("https://writers:***@lt2.team.example:8443/")  # a new host, same login
    new, _ = dialog.result_settings()
    assert new.grammar.languagetool_url == "https://writers:s3cret@lt2.team.example:8443/"
    assert new.engine.server_url == "https://writers:s3cret@llm.team.example/v1"


def test_every_label_with_a_mnemonic_in_the_dialogs_has_a_buddy(window, qtbot) -> None:
    from humanize_desktop.gui.dialogs.edit_change import EditChangeDialog

    load_review(window, "We utilize the tools.\n", "We use the tools.\n")
    dialogs = [PreferencesDialog(window, window.settings), ModelManagerDialog(window, window.engines, window.settings),
               EditChangeDialog(window, window.session.review.changes[0])]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        for label in dialog.findChildren(QLabel):
            text = label.text().replace("&&", "")
            if "&" in text and label.textFormat() != Qt.TextFormat.RichText and not text.lstrip().startswith("<"):
                # Without a buddy Qt shows the "&" itself ("&Personal dictionary:").
                assert label.buddy() is not None, (type(dialog).__name__, label.text())



def test_a_long_status_message_gets_the_whole_status_bar_until_it_goes(window, qtbot) -> None:
    status = window.status
    window.show_message("Short.")
    assert status.counts.isVisible()
    long = "Änderungen angenommen: 12; markierte Änderungen bleiben offen: 3. Rückgängig mit Strg+Z. " * 2
    window.show_message(long)
    assert not status.counts.isVisible() and not status.model.isVisible()
    window.statusBar().clearMessage()
    assert status.counts.isVisible() and status.model.isVisible()


def test_the_chosen_strength_stands_out_in_the_dark_theme(window, qtbot) -> None:
    from PySide6.QtGui import QColor

    try:
        window.set_theme("dark")
        qtbot.wait(50)
        bar = window.humanize_bar
        picture = bar.grab().toImage()
        colors = {}
        for button in bar.strength_buttons.buttons():
            centre = button.mapTo(bar, button.rect().center())
            # Sample just inside the left edge, clear of the text.
            colors[button.isChecked()] = QColor(picture.pixel(button.mapTo(bar, button.rect().topLeft()).x() + 4,
                                                              centre.y()))
        checked, other = colors[True], colors[False]
        assert abs(checked.lightness() - other.lightness()) + abs(checked.hue() - other.hue()) > 40
    finally:
        window.set_theme("system")


def test_a_settings_file_kept_aside_is_said_once_at_start_up(window, user_dirs) -> None:
    from humanize_desktop.app import tell_settings_problems

    f = user_dirs.settings_file
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text('[engine]\napi_key = "writer-key"\n[general\n')
    settings = config.load()
    shown: list[tuple[str, str]] = []
    tell_settings_problems(window, settings, box=lambda parent, title, text: shown.append((title, text)))
    aside = next(f.parent.glob("settings.broken-*.toml"))
    assert len(shown) == 1 and str(aside) in shown[0][1]
    assert window.statusBar().currentMessage() == ""  # one clear message, not two
    config.save(window.settings)  # what pressing Humanize does first
    assert 'api_key = "writer-key"' in aside.read_text()
    shown.clear()
    tell_settings_problems(window, config.load(), box=lambda parent, title, text: shown.append((title, text)))
    assert shown == []  # the next start has nothing to say


def test_settings_this_version_cannot_use_are_named_in_the_status_bar(window, user_dirs) -> None:
    from humanize_desktop.app import tell_settings_problems

    f = user_dirs.settings_file
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text('[general]\nfuture_setting = 1\n')
    tell_settings_problems(window, config.load(), box=lambda *a: pytest.fail("no message box for this"))
    assert "general.future_setting" in window.statusBar().currentMessage()


def test_the_window_says_when_the_chosen_language_cannot_be_loaded(window, qapp, tmp_path, monkeypatch) -> None:
    from humanize_desktop.app import tell_language_problem
    from humanize_desktop.gui import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # an install without compiled translations
    try:
        assert i18n.install_translators(qapp, "de") == "en"
        tell_language_problem(window)
        shown = window.statusBar().currentMessage()
        assert "Deutsch" in shown and "English" in shown and "humanize_de.qm" in shown
    finally:
        i18n.install_translators(qapp, "en")
    assert i18n.problem() == ""


def test_preferences_set_languagetool_memory_and_download_only_when_asked(window, qtbot, monkeypatch,
                                                                           tmp_path) -> None:
    from humanize_desktop.core.checks import languagetool_install

    dialog = PreferencesDialog(window, window.settings)
    qtbot.addWidget(dialog)
    assert dialog.lt_memory.value() == 1024
    assert dialog.lt_status.text().startswith("No local LanguageTool")
    dialog.lt_memory.setValue(2048)
    assert dialog.result_settings()[0].grammar.languagetool_memory_mb == 2048

    # The network part is tested by `languagetool download` (tests/integration); here, the dialog's part.
    jar = tmp_path / "LanguageTool-6.8" / "languagetool-server.jar"
    calls: list[str] = []
    monkeypatch.setattr(languagetool_install, "download", lambda: calls.append("download") or jar)
    monkeypatch.setattr(PreferencesDialog, "confirm_download", classmethod(lambda cls, parent: False))
    dialog.lt_download.click()
    assert calls == []  # said no: nothing downloaded
    monkeypatch.setattr(PreferencesDialog, "confirm_download", classmethod(lambda cls, parent: True))
    dialog.lt_download.click()
    assert not dialog.lt_download.isEnabled()
    qtbot.waitUntil(lambda: dialog.lt_download.isEnabled(), timeout=5000)
    assert calls == ["download"]
    assert dialog.lt_status.text() == f"Local LanguageTool: {jar.parent}"


def test_a_wrapped_languagetool_path_gets_every_line_it_needs(window, qtbot) -> None:
    from PySide6.QtWidgets import QTabWidget

    dialog = PreferencesDialog(window, window.settings)
    qtbot.addWidget(dialog)
    dialog.lt_status.setText("Local LanguageTool: " + "/a/rather/long/folder" * 6)
    dialog.findChild(QTabWidget).setCurrentIndex(1)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.lt_status
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.heightForWidth(label.width()) > label.fontMetrics().lineSpacing() * 1.5  # it does wrap


def test_drop_down_buttons_leave_their_arrow_clear_of_the_label(window) -> None:
    from PySide6.QtWidgets import QStyle, QToolButton

    for button in (window.humanize_bar.instructions_button, window.findings_panel.filter):
        plain = QToolButton()
        plain.setText(button.text())
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
        assert button.sizeHint().width() >= plain.sizeHint().width() + arrow, button.text()
