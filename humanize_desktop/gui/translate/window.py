"""The translator window: the segment grid, the selected unit's details, and keyboard-first review.

Opened from the editor's File menu (or ``TranslatorWindow.open_file``). The
grid shows every unit (filterable by QA finding); below it, the selected
unit's source, its target (editable: QA re-runs when the edit is
committed), its findings (each can be ignored) and the changes the polish
suggests, each to accept or reject. Polishing runs on the model lane, one
segment at a time, through ``core.bilingual.polish``.

Keys: F8 / Shift+F8 next / previous segment with a finding; Ctrl+Down /
Ctrl+Up next / previous segment; Ctrl+Return accept the segment's
suggestion, Ctrl+Backspace reject it; Alt+Left / Alt+Right accept / reject
the selected change; Ctrl+Shift+P polish the segment, Ctrl+Alt+P all
segments; Ctrl+S save the bilingual file, Ctrl+Shift+S save the review.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QMainWindow, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from humanize_desktop import config
from humanize_desktop.core.bilingual import files
from humanize_desktop.core.bilingual.qafinding import QA_KINDS
from humanize_desktop.core.bilingual.review import SUFFIX, BilingualReview, load_review, save_review
from humanize_desktop.core.bilingual.units import NEEDS_REVIEW, WRITE_STATES
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.textio import atomic_write
from humanize_desktop.gui.i18n import message_text
from humanize_desktop.gui.translate.segments import (
    QA, SUGGESTION, DiffDelegate, SegmentFilter, SegmentModel, qa_kind_name,
)
from humanize_desktop.gui.workers import Failure, Job, Runner

log = logging.getLogger(__name__)

# The file dialogs' filter for bilingual files.
BILINGUAL_FILTER = "Bilingual files (*.xlf *.xliff *.sdlxliff *.mqxliff *.po *.pot *.tmx *.csv *.tsv)"


class TranslatorWindow(QMainWindow):
    # A polish finished for a row (for tests and the status bar).
    polished = Signal(int, str)

    def __init__(self, review: BilingualReview, runner: Runner | None = None, engines=None,
                 settings: config.Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.runner = runner or Runner(self)
        self.engines = engines
        self.settings = settings or config.load()
        self.review_path: str | None = None
        self._shown_row: int | None = None
        self._polish_queue: list[int] = []
        self.setWindowTitle(self.tr("Translator mode: %1").replace("%1", Path(review.file.path).name))
        self.model = SegmentModel(review, self)
        self.proxy = SegmentFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._build_actions()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.resize(1200, 760)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.filter_box = QComboBox(central)
        self.filter_box.addItem(self.tr("All segments"), "")
        self.filter_box.addItem(self.tr("Segments with findings"), "*")
        for kind in QA_KINDS:
            self.filter_box.addItem(qa_kind_name(kind), kind)
        self.filter_box.currentIndexChanged.connect(lambda _i: self.set_filter(self.filter_box.currentData()))
        self.state_box = QComboBox(central)
        for state in WRITE_STATES:
            self.state_box.addItem(state, state)
        self.state_box.setCurrentIndex(WRITE_STATES.index(NEEDS_REVIEW))
        bar.addWidget(QLabel(self.tr("Show:"), central))
        bar.addWidget(self.filter_box)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Changed units become:"), central))
        bar.addWidget(self.state_box)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical, central)
        self.table = QTableView(splitter)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(SUGGESTION, DiffDelegate(self.table))
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column not in (0, QA) else QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        details = QWidget(splitter)
        grid = QHBoxLayout(details)
        texts = QVBoxLayout()
        self.source_view = QPlainTextEdit(details)
        self.source_view.setReadOnly(True)
        self.target_edit = QPlainTextEdit(details)
        self.target_edit.setObjectName("target")
        texts.addWidget(QLabel(self.tr("Source"), details))
        texts.addWidget(self.source_view)
        texts.addWidget(QLabel(self.tr("Target (Ctrl+E commits an edit)"), details))
        texts.addWidget(self.target_edit)
        grid.addLayout(texts, 3)
        side = QVBoxLayout()
        self.findings_list = QListWidget(details)
        self.ignore_button = QPushButton(self.tr("Ignore Finding"), details)
        self.ignore_button.clicked.connect(self.ignore_finding)
        self.changes_list = QListWidget(details)
        side.addWidget(QLabel(self.tr("QA findings"), details))
        side.addWidget(self.findings_list)
        side.addWidget(self.ignore_button)
        side.addWidget(QLabel(self.tr("Suggested changes"), details))
        side.addWidget(self.changes_list)
        grid.addLayout(side, 2)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

    def _action(self, text: str, keys: str, slot: Callable[[], object], menu) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.save_action = self._action(self.tr("&Save Translation As…"), "Ctrl+S", self.save_dialog, file_menu)
        self._action(self.tr("Save &Review As…"), "Ctrl+Shift+S", self.save_review_dialog, file_menu)
        self._action(self.tr("Export QA &Report…"), "Ctrl+Shift+E", self.export_report_dialog, file_menu)
        go = bar.addMenu(self.tr("&Go"))
        self._action(self.tr("Next Segment with a &Finding"), "F8", lambda: self.go_to_finding(1), go)
        self._action(self.tr("&Previous Segment with a Finding"), "Shift+F8", lambda: self.go_to_finding(-1), go)
        self._action(self.tr("&Next Segment"), "Ctrl+Down", lambda: self.go_to_segment(1), go)
        self._action(self.tr("P&revious Segment"), "Ctrl+Up", lambda: self.go_to_segment(-1), go)
        review = bar.addMenu(self.tr("&Review"))
        self._action(self.tr("&Polish Segment"), "Ctrl+Shift+P", self.polish_current, review)
        self._action(self.tr("Polish &All Segments"), "Ctrl+Alt+P", self.polish_all, review)
        self._action(self.tr("&Accept Segment"), "Ctrl+Return", self.accept_segment, review)
        self._action(self.tr("&Reject Segment"), "Ctrl+Backspace", self.reject_segment, review)
        self._action(self.tr("Accept &Change"), "Alt+Left", lambda: self.decide_change(True), review)
        self._action(self.tr("Reject C&hange"), "Alt+Right", lambda: self.decide_change(False), review)
        self._action(self.tr("Commit Target &Edit"), "Ctrl+E", self.commit_edit, review)

    # ------------------------------------------------------------------ opening
    @classmethod
    def ask_bilingual_file(cls, parent: QWidget | None) -> str | None:
        """The bilingual file (or bilingual review) to open; replaced in tests."""
        title = QCoreApplication.translate("TranslatorWindow", "Open a Bilingual File")
        path, _ = QFileDialog.getOpenFileName(parent, title,
                                              "", f"{BILINGUAL_FILTER};;Bilingual reviews (*{SUFFIX})")
        return path or None

    @classmethod
    def ask_save_path(cls, parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    @classmethod
    def show_error(cls, parent: QWidget | None, message: str) -> None:
        QMessageBox.warning(parent, "Humanize Desktop", message)

    @classmethod
    def open_file(cls, path: str, runner: Runner | None = None, engines=None,
                  settings: config.Settings | None = None, parent: QWidget | None = None) -> TranslatorWindow:
        """A window on a bilingual file or a saved bilingual review (raises ``HumanizeError``)."""
        if path.endswith(SUFFIX):
            window = cls(load_review(path), runner, engines, settings, parent)
            window.review_path = path
            return window
        return cls(BilingualReview(files.open_bilingual(path)), runner, engines, settings, parent)

    # ------------------------------------------------------------------ current segment
    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def _show_current(self) -> None:
        previous, row = self._shown_row, self.current_row()
        if previous is not None and previous != row:
            self._commit(previous)  # moving on keeps what was typed
        self._shown_row = row
        self.findings_list.clear()
        self.changes_list.clear()
        if row is None:
            self.source_view.clear()
            self.target_edit.clear()
            return
        unit = self.review.file.units[row]
        self.source_view.setPlainText(unit.source)
        self.target_edit.setPlainText(self.review.target(row))
        self.target_edit.setReadOnly(not unit.editable)
        for finding in self.review.visible_findings(row):
            fix = f"  → {finding.replacements[0]}" if finding.replacements else ""
            item = QListWidgetItem(f"{qa_kind_name(finding.kind)}: {message_text(finding.message)}{fix}")
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.findings_list.addItem(item)
        for change in self.review.changes(row):
            item = QListWidgetItem(f"“{change.draft_text}” → “{change.suggestion_text}”")
            item.setData(Qt.ItemDataRole.UserRole, change.id)
            self.changes_list.addItem(item)
        if self.changes_list.count():
            self.changes_list.setCurrentRow(0)
        if self.findings_list.count():
            self.findings_list.setCurrentRow(0)

    def _refresh_row(self, row: int) -> None:
        self.review.refresh_file_findings()
        self.model.all_changed()
        if self.current_row() == row:
            self._show_current()

    # ------------------------------------------------------------------ navigation
    def set_filter(self, kind: str) -> None:
        self.proxy.set_kind(kind or "")
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def go_to_segment(self, step: int) -> None:
        count = self.proxy.rowCount()
        if not count:
            return
        index = self.table.currentIndex()
        row = (index.row() + step) if index.isValid() else 0
        self.table.setCurrentIndex(self.proxy.index(max(0, min(count - 1, row)), 0))

    def go_to_finding(self, step: int) -> None:
        units = self.review.file.units
        start = self.current_row()
        start = -1 if start is None and step > 0 else len(units) if start is None else start
        row = start + step
        while 0 <= row < len(units):
            if self.review.visible_findings(row):
                self.select_row(row)
                return
            row += step
        self.statusBar().showMessage(self.tr("No more segments with findings"), 4000)

    # ------------------------------------------------------------------ decisions and edits
    def accept_segment(self) -> None:
        row = self.current_row()
        if row is not None and self.review.accept_segment(row) is not None:
            self._refresh_row(row)

    def reject_segment(self) -> None:
        row = self.current_row()
        if row is not None and self.review.reject_segment(row) is not None:
            self._refresh_row(row)

    def decide_change(self, accept: bool) -> None:
        row = self.current_row()
        item = self.changes_list.currentItem()
        if row is None or item is None:
            return
        change_id = item.data(Qt.ItemDataRole.UserRole)
        (self.review.accept if accept else self.review.reject)(row, change_id)
        self._refresh_row(row)

    def commit_edit(self) -> None:
        row = self.current_row()
        if row is not None:
            self._commit(row)

    def _commit(self, row: int) -> None:
        """Take the target editor's text as unit ``row``'s target (and re-check it)."""
        if not self.review.file.units[row].editable or self._shown_row != row:
            return
        text = self.target_edit.toPlainText()
        if text != self.review.target(row):
            self.review.edit_target(row, text)
            self.review.refresh_file_findings()
            self.model.all_changed()

    def ignore_finding(self) -> None:
        row = self.current_row()
        item = self.findings_list.currentItem()
        if row is not None and item is not None:
            self.review.ignore(item.data(Qt.ItemDataRole.UserRole))
            self._refresh_row(row)

    # ------------------------------------------------------------------ polishing
    def polish_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._polish([row])

    def polish_all(self) -> None:
        self._polish([u.index for u in self.review.file.units])

    def _polish(self, rows: list[int]) -> None:
        if self.engines is None:
            self.statusBar().showMessage(self.tr("No model is set up for polishing"), 5000)
            return
        from humanize_desktop.core.bilingual import polish, qachecks
        from humanize_desktop.core.bilingual.locale import rules_for
        from humanize_desktop.core.rewriting.options import RewriteOptions

        options = RewriteOptions.from_settings(self.settings, strength=polish.DEFAULT_STRENGTH)
        f = self.review.file
        ctx = qachecks.Context(f.source_language, f.target_language, rules_for(f.source_language),
                               rules_for(f.target_language), self.review.glossary)
        engines = self.engines
        units = [self.review.current_unit(r) for r in rows]

        def work(job: Job):
            engine = engines.engine()
            done = []
            for unit in units:
                if job.cancelled:
                    break
                result, _stats = polish.polish_unit(unit, options, engine, ctx, job._cancel)
                job.report(result)
                done.append(result)
            return done

        self.runner.submit(work, name="polish-segments", lane="model", on_progress=self._polished_one,
                           on_done=lambda _job, _value: self.statusBar().showMessage(self.tr("Polishing done"), 4000),
                           on_error=self._polish_failed)
        self.statusBar().showMessage(self.tr("Polishing…"))

    def _polished_one(self, _job: Job, result) -> None:
        if result.status == "rewritten" and result.target != self.review.target(result.index):
            self.review.set_suggestion(result.index, result.target)
            self._refresh_row(result.index)
        self.polished.emit(result.index, result.status)
        if result.reason:
            self.statusBar().showMessage(f"{result.id}: {result.reason}", 6000)

    def _polish_failed(self, _job: Job, failure: Failure) -> None:
        self.show_error(self, str(failure.error))

    # ------------------------------------------------------------------ saving
    def save_translation(self, path: str) -> None:
        state = self.state_box.currentData() or NEEDS_REVIEW
        files.save_bilingual(self.review.file, self.review.targets(), path, state)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)

    def save_dialog(self) -> None:
        suggested = self.review.file.path
        path = self.ask_save_path(self, self.tr("Save Translation As"), suggested, BILINGUAL_FILTER)
        if path:
            self._guarded(lambda: self.save_translation(path))

    def save_review_dialog(self) -> None:
        suggested = self.review_path or self.review.file.path + SUFFIX
        path = self.ask_save_path(self, self.tr("Save Review As"), suggested, f"Bilingual reviews (*{SUFFIX})")
        if path:
            self._guarded(lambda: save_review(self.review, path))
            self.review_path = path

    def export_report_dialog(self) -> None:
        from humanize_desktop.core.bilingual.qareport import qa_report_html

        path = self.ask_save_path(self, self.tr("Export QA Report"), self.review.file.path + ".qa.html",
                                  "HTML (*.html)")
        if path:
            self._guarded(lambda: atomic_write(path, qa_report_html(self.review.file, self.review.report())))

    def _guarded(self, action: Callable[[], object]) -> None:
        try:
            action()
        except (HumanizeError, OSError) as exc:
            log.info("translator window: %s", exc.__class__.__name__)
            self.show_error(self, str(exc))
