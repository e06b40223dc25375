"""Preferences: look, autosave, grammar engine and server, languages, dictionaries, fairness checks, model server.

The dialog edits a copy of the settings; OK hands the copy back and the
window applies and saves it. Every field says what it does in its tooltip,
and nothing here ever reaches a server the person did not type in, except
the one download the person asks for with "Download LanguageTool"
(language-tool-python's release, on the window's transfer lane).
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QCoreApplication

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from humanize_desktop import config
from humanize_desktop.core.checks import languagetool_install, spelling
from humanize_desktop.core.urls import redact_url, restore_password
from humanize_desktop.gui import i18n

log = logging.getLogger(__name__)


class ServerAddressEdit(QLineEdit):
    """A server address field that shows a login's password as ``***``.

    ``address()`` gives the address with the password put back, so the
    person can change the host or port without typing the password again.
    """

    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(redact_url(address), parent)
        self._original = address

    def address(self) -> str:
        return restore_password(self.text().strip(), self._original)


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: config.Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = copy.deepcopy(settings)
        s = self.settings
        tabs = QTabWidget(self)

        # General
        general = QWidget()
        form = QFormLayout(general)
        self.theme = QComboBox()
        for key, name in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                          ("dark", self.tr("Dark"))):
            self.theme.addItem(name, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.general.theme)))
        form.addRow(self.tr("&Theme:"), self.theme)
        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("Same as the system"), "system")
        for key, name in i18n.available_languages():
            self.ui_language.addItem(name, key)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(s.general.ui_language)))
        self.ui_language.setToolTip(self.tr("Takes effect the next time the app starts"))
        form.addRow(self.tr("&Interface language:"), self.ui_language)
        self.autosave = QSpinBox()
        self.autosave.setRange(1, 600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(max(1, s.general.autosave_seconds))
        self.autosave.setToolTip(self.tr("Your work is saved for crash recovery this long after you stop typing"))
        form.addRow(self.tr("&Autosave after:"), self.autosave)
        tabs.addTab(general, self.tr("General"))

        # Checks
        checks = QWidget()
        form = QFormLayout(checks)
        self.grammar_engine = QComboBox()
        for key, name in (("auto", self.tr("Automatic (LanguageTool if present, else Harper)")),
                          ("languagetool", self.tr("LanguageTool")), ("harper", self.tr("Harper (English, offline)")),
                          ("off", self.tr("Off"))):
            self.grammar_engine.addItem(name, key)
        self.grammar_engine.setCurrentIndex(max(0, self.grammar_engine.findData(s.grammar.engine)))
        form.addRow(self.tr("&Grammar engine:"), self.grammar_engine)
        self.lt_url = ServerAddressEdit(s.grammar.languagetool_url)
        self.lt_url.setPlaceholderText(self.tr("e.g. http://127.0.0.1:8081 (empty: a local installation)"))
        self.lt_url.setToolTip(self.tr("Your own LanguageTool server. Text is sent only to this address."))
        form.addRow(self.tr("LanguageTool &server:"), self.lt_url)
        self.lt_path = QLineEdit(s.grammar.languagetool_path)
        self.lt_path.setPlaceholderText(self.tr("a LanguageTool folder (empty: look in the usual places)"))
        form.addRow(self.tr("LanguageTool &folder:"), self.lt_path)
        self.lt_memory = QSpinBox()
        self.lt_memory.setRange(256, 16384)
        self.lt_memory.setSingleStep(256)
        self.lt_memory.setSuffix(self.tr(" MB"))
        self.lt_memory.setValue(s.grammar.languagetool_memory_mb)
        self.lt_memory.setToolTip(self.tr("Memory for the LanguageTool server this app starts (Java's -Xmx). "
                                          "German, English, French and Spanish together need about 400 MB."))
        form.addRow(self.tr("LanguageTool &memory:"), self.lt_memory)
        self.lt_status = QLabel(self._languagetool_status())
        self.lt_status.setWordWrap(True)
        self.lt_download = QPushButton(self.tr("&Download LanguageTool…"))
        self.lt_download.setToolTip(self.tr("Downloads LanguageTool (about 250 MB) through language-tool-python "
                                            "from its release site. Only when you click; no text is sent."))
        self.lt_download.clicked.connect(self.download_languagetool)
        self.lt_download.setEnabled(getattr(parent, "runner", None) is not None)
        # In a widget, not a bare layout: the form layout gives a nested layout only its
        # one-line height, which clipped the wrapped path of a local installation.
        lt_row = QWidget()
        row = QHBoxLayout(lt_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.lt_status, 1)
        row.addWidget(self.lt_download)
        form.addRow("", lt_row)
        self.spelling_on = QCheckBox(self.tr("Check &spelling"))
        self.spelling_on.setChecked(s.spelling.enabled)
        form.addRow("", self.spelling_on)
        self.spelling_language = QComboBox()
        self.spelling_language.addItem(self.tr("Detect from the text"), "auto")
        for tag in spelling.installed_dictionaries():
            self.spelling_language.addItem(tag, tag)
        self.spelling_language.setCurrentIndex(max(0, self.spelling_language.findData(s.spelling.language)))
        self.spelling_language.setToolTip(self.tr("The language (and variant) to check; automatic detects "
                                                  "it per paragraph"))
        form.addRow(self.tr("&Language:"), self.spelling_language)
        self.inclusive_on = QCheckBox(self.tr("Suggest &inclusive language"))
        self.inclusive_on.setToolTip(self.tr("Gendered, ableist or othering words, with neutral alternatives"))
        self.inclusive_on.setChecked(s.fairness.inclusive)
        form.addRow(self.tr("Fairness:"), self.inclusive_on)
        self.register_on = QCheckBox(self.tr("Keep one form of &address (register)"))
        self.register_on.setToolTip(self.tr("Points out Sie and du, vous and tu, usted and tú mixed in one text"))
        self.register_on.setChecked(s.fairness.register)
        form.addRow("", self.register_on)
        self.locale_on = QCheckBox(self.tr("Check &quotation marks, numbers and dates (locale)"))
        self.locale_on.setToolTip(self.tr("Marks written the way another language or region writes them, "
                                          "such as 1,250.50 in a German text; the region comes from the "
                                          "language setting (de_CH)"))
        self.locale_on.setChecked(s.fairness.locale)
        form.addRow("", self.locale_on)
        self.words = QListWidget()
        self.words.setAccessibleName(self.tr("Personal dictionary"))
        self.words.addItems(_personal_words())
        remove = QPushButton(self.tr("&Remove Word"))
        remove.clicked.connect(lambda: [self.words.takeItem(self.words.row(i)) for i in self.words.selectedItems()])
        box = QVBoxLayout()
        box.addWidget(self.words)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(remove)
        box.addLayout(row)
        words_label = QLabel(self.tr("&Personal dictionary:"))
        words_label.setBuddy(self.words)  # a row holding a layout gets no buddy of its own, so "&" showed
        form.addRow(words_label, box)
        tabs.addTab(checks, self.tr("Checks"))

        # Model server
        server = QWidget()
        form = QFormLayout(server)
        note = QLabel(self.tr("Leave empty to run models on this computer. A server must be one you run "
                              "(llama.cpp server or another OpenAI-compatible one): your text is sent there."))
        note.setWordWrap(True)
        form.addRow(note)
        self.server_url = ServerAddressEdit(s.engine.server_url)
        self.server_url.setPlaceholderText("http://127.0.0.1:8080")
        form.addRow(self.tr("Server &URL:"), self.server_url)
        self.api_key = QLineEdit(s.engine.api_key)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("API &key:"), self.api_key)
        self.server_model = QLineEdit(s.engine.server_model)
        self.server_model.setPlaceholderText(self.tr("empty: the first model the server lists"))
        form.addRow(self.tr("Server &model:"), self.server_model)
        tabs.addTab(server, self.tr("Model Server"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(640, 480)  # room for the longest placeholder (Spanish)

    def _languagetool_status(self) -> str:
        try:
            jar = languagetool_install.find_installation(self.settings.grammar.languagetool_path)
        except languagetool_install.LanguageToolUnavailable:
            return self.tr("No local LanguageTool: English is checked with Harper; other languages need "
                           "LanguageTool (packaging/bootstrap.sh installs it) or a server.")
        return self.tr("Local LanguageTool: %1").replace("%1", str(jar.parent))

    @classmethod
    def confirm_download(cls, parent: QWidget) -> bool:
        """Ask before downloading (tests replace this)."""
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("PreferencesDialog", "Download LanguageTool"),
            QCoreApplication.translate("PreferencesDialog", "Download LanguageTool (about 250 MB) through "
                                       "language-tool-python into %1? No text is sent.").replace(
                "%1", str(languagetool_install.download_folder())))
        return answer == QMessageBox.StandardButton.Yes

    def download_languagetool(self) -> None:
        runner = getattr(self.parent(), "runner", None)
        if runner is None or not self.confirm_download(self):
            return
        self.lt_download.setEnabled(False)
        self.lt_status.setText(self.tr("Downloading LanguageTool…"))

        def work(_job) -> str:
            try:
                jar = languagetool_install.download()
            except languagetool_install.LanguageToolUnavailable as exc:
                return str(exc)
            return self.tr("Local LanguageTool: %1").replace("%1", str(jar.parent))

        def done(_job, message: str) -> None:
            self.lt_status.setText(message)
            self.lt_download.setEnabled(True)

        runner.submit(work, name="languagetool-download", lane="transfer", on_done=done)

    def result_settings(self) -> tuple[config.Settings, list[str]]:
        """The edited settings, and the personal dictionary's words."""
        s = self.settings
        s.general.theme = self.theme.currentData()
        s.general.ui_language = self.ui_language.currentData()
        s.general.autosave_seconds = self.autosave.value()
        s.grammar.engine = self.grammar_engine.currentData()
        s.grammar.languagetool_url = self.lt_url.address()
        s.grammar.languagetool_path = self.lt_path.text().strip()
        s.grammar.languagetool_memory_mb = self.lt_memory.value()
        s.spelling.enabled = self.spelling_on.isChecked()
        s.spelling.language = self.spelling_language.currentData()
        s.fairness.inclusive = self.inclusive_on.isChecked()
        s.fairness.register = self.register_on.isChecked()
        s.fairness.locale = self.locale_on.isChecked()
        s.engine.server_url = self.server_url.address()
        s.engine.api_key = self.api_key.text()
        s.engine.server_model = self.server_model.text().strip()
        words = [self.words.item(i).text() for i in range(self.words.count())]
        return s, words

    @classmethod
    def ask(cls, parent: QWidget | None, settings: config.Settings) -> tuple[config.Settings, list[str]] | None:
        dialog = cls(parent, settings)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_settings()
        finally:
            dialog.deleteLater()


def _personal_words() -> list[str]:
    try:
        return spelling.PersonalDictionary(spelling.personal_dictionary_path()).entries()
    except spelling.PersonalDictionaryError as exc:
        log.warning("%s", exc)
        return []


def save_personal_words(words: list[str]) -> None:
    """Write the dictionary's words back (after words were removed in the dialog); other lines stay.

    Raises ``OSError`` when the file cannot be read or written (it is then left as it was).
    """
    if words == _personal_words():
        return  # unchanged (or unreadable, and shown empty): nothing to write
    try:
        spelling.PersonalDictionary(spelling.personal_dictionary_path()).set_words(words)
    except spelling.PersonalDictionaryError as exc:
        raise OSError(str(exc)) from None


__all__ = ["PreferencesDialog", "save_personal_words"]
