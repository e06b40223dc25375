"""The main editor window (placeholder until the editor lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QSplitter

from humanize_desktop import APP_NAME
from humanize_desktop.core.textio import read_text


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.draft = QPlainTextEdit()
        self.suggestion = QPlainTextEdit()
        splitter = QSplitter()
        splitter.addWidget(self.draft)
        splitter.addWidget(self.suggestion)
        self.setCentralWidget(splitter)
        self.resize(1100, 700)

    def open_path(self, path: str) -> None:
        self.draft.setPlainText(read_text(path).text)
