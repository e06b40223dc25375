"""Learning a voice from files of one's own writing (Review ▸ Learn a Voice…).

The window's side of ``humanize-desktop voice learn``: a name, a list of
sample files (.txt, .md, .docx), and what was learned. The measuring is
``core.voice``; reading the files is ``core.documents``, as for every file
the app opens. A problem (a file that cannot be read, no text, a name that
cannot be a file) is one line in the dialog, which stays open.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humanize_desktop.core import documents
from humanize_desktop.core.checks import language
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.voice import profile as profiles
from humanize_desktop.gui.i18n import message_text

log = logging.getLogger(__name__)


class LearnVoiceDialog(QDialog):
    """A name and sample files in; a saved ``VoiceProfile`` out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Learn a Voice"))
        self.profile: profiles.VoiceProfile | None = None
        intro = QLabel(self.tr("Choose a few files you wrote yourself (.txt, .md or .docx; a few hundred words "
                               "or more). Their sentence length, contractions, punctuation and spelling become "
                               "a voice that rewrites can follow. It stays on this computer."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. My blog"))
        self.name.setAccessibleName(self.tr("Voice name"))
        self.files = QListWidget(self)
        self.files.setAccessibleName(self.tr("Sample files"))
        self.files.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("&Add Files…"), self)
        self.add_button.clicked.connect(self._choose)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.learn_button = self.buttons.addButton(self.tr("&Learn"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.learn)
        self.buttons.rejected.connect(self.reject)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Samples:"), file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()
        self.resize(520, 340)

    def add_files(self, paths: list[str]) -> None:
        known = set(self.paths())
        for path in paths:
            if path not in known:
                self.files.addItem(path)
                known.add(path)
        self._update()

    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Samples of Your Writing"), str(Path.home()),
            self.tr("Text, Markdown or Word files (*.txt *.md *.markdown *.docx);;All files (*)"))
        self.add_files(paths)

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update()

    def _update(self) -> None:
        self.learn_button.setEnabled(bool(self.name.text().strip()) and self.files.count() > 0)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def learn(self) -> None:
        """Measure the files and save the voice; on a problem say it and stay open."""
        name = self.name.text().strip()
        try:
            profiles.check_name(name)
            samples = []
            for path in self.paths():
                samples.append((Path(path).name, documents.open_document(path).text))
            code = language.detect_document("\n\n".join(text for _, text in samples)).code
            profile = profiles.learn(name, samples, code)
            profiles.save(profile)
        except profiles.VoiceProblem as exc:
            self.show_problem(message_text(exc.message))
            return
        except (HumanizeError, OSError) as exc:
            self.show_problem(str(exc))
            return
        self.profile = profile
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> profiles.VoiceProfile | None:
        """The voice learned and saved, or None when cancelled."""
        dialog = cls(parent)
        try:
            return dialog.profile if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
