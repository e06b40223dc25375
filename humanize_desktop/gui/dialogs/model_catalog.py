"""The model manager's "Get Models" tab: recommended models, and downloading one when asked.

Each catalog model is listed with its size, licence and languages and a
verdict on whether it fits this computer (``core.downloads.model_fit``),
all before anything is downloaded. Nothing is fetched until the person
presses Download; then a progress bar follows the download, Cancel stops it
(keeping the unfinished file), and pressing Resume later continues from
there. When it ends, the tab says whether the file was verified against the
catalog's SHA-256 or could not be (no published checksum), or what went
wrong, in a sentence. The downloads themselves belong to the window's
``ModelDownloads``, so closing the dialog does not stop them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humanize_desktop.gui import icons
from humanize_desktop.gui.downloading import CatalogModel, DownloadStatus, ModelDownloads

_FIT_COLORS = {"fits": QColor(40, 160, 70), "tight": QColor(220, 160, 0), "too-big": QColor(210, 50, 50)}
_SHOWN_LANGUAGES = 4
#: Column of the table that shows each model's download status.
STATUS_COLUMN = 6


def size_text(n: float) -> str:
    """Bytes in the units people use for files (kB, MB, or GB from a gigabyte on)."""
    if n >= 1e9:
        return f"{n / 1e9:,.1f} GB"
    if n >= 1e6:
        return f"{n / 1e6:,.0f} MB"
    return f"{n / 1e3:,.0f} kB"


def language_names(codes: tuple[str, ...]) -> str:
    names = []
    for code in codes:
        locale = QLocale(code)
        name = QLocale.languageToString(locale.language()) if locale.language() != QLocale.Language.C else code
        names.append(name)
    return ", ".join(names)


class CatalogTab(QWidget):
    """Recommended models: fit, licence, languages, and download on request."""

    #: The person imported or downloaded a model and wants to see it in the first tab.
    use_requested = Signal(str)  # path of the model file

    def __init__(self, downloads: ModelDownloads, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.downloads = downloads
        intro = QLabel(self.tr("Models recommended for this app. Nothing is downloaded until you press "
                               "Download: the app then fetches the model file from huggingface.co and "
                               "nothing else. Your text never leaves this computer."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Parameters"), self.tr("Size"),
                                              self.tr("Licence"), self.tr("Languages"),
                                              self.tr("This computer"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Models you can download"))

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.fit = QLabel(self)
        self.fit.setWordWrap(True)
        self.fit.setAccessibleName(self.tr("Fit for this computer"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Download status"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.download_button = QPushButton(icons.icon("document-save"), self.tr("&Download"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel Download"), self)
        self.discard_button = QPushButton(self.tr("Discard &Unfinished Download"), self)
        self.use_button = QPushButton(self.tr("Use This &Model"), self)
        self.import_button = QPushButton(self.tr("&Import GGUF…"), self)
        self.import_button.setToolTip(self.tr("Without internet: copy a .gguf file in from a USB stick "
                                              "or another folder"))
        buttons = QHBoxLayout()
        for b in (self.download_button, self.use_button, self.cancel_button, self.discard_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.title)
        layout.addWidget(self.notes)
        layout.addWidget(self.fit)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self.show_selected)
        self.download_button.clicked.connect(self.download_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.use_button.clicked.connect(self._use_selected)
        downloads.catalog_loaded.connect(self.fill)
        downloads.status_changed.connect(self._status_changed)
        self.fill()
        downloads.load_catalog()

    # ------------------------------------------------------------------ the list

    def fill(self) -> None:
        d = self.downloads
        models = d.models
        self.table.setRowCount(len(models))
        for row, m in enumerate(models):
            e = m.entry
            shown = ", ".join(e.languages[:_SHOWN_LANGUAGES])
            if len(e.languages) > _SHOWN_LANGUAGES:
                shown += self.tr(" +%1").replace("%1", str(len(e.languages) - _SHOWN_LANGUAGES))
            verdicts = {"fits": self.tr("Fits"), "tight": self.tr("Tight"), "too-big": self.tr("Too big")}
            cells = [(e.name, e.notes or e.name), (e.parameters, ""),
                     (size_text(e.size), "" if e.size_exact else self.tr("Approximate size")),
                     (e.license, ""), (shown, language_names(e.languages)),
                     (verdicts.get(m.fit.verdict, m.fit.verdict), m.fit.message), ("", "")]
            for col, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                if tip:
                    item.setToolTip(tip)
                self.table.setItem(row, col, item)
            self.table.item(row, 5).setIcon(icons.colored_dot(_FIT_COLORS.get(m.fit.verdict, QColor("gray")), 10))
            self._show_status_cell(row, e.id)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if models and not self.table.selectedItems():
            self.table.selectRow(0)
        self.show_selected()

    def _row_of(self, model_id: str) -> int:
        return next((i for i, m in enumerate(self.downloads.models) if m.entry.id == model_id), -1)

    def status_text(self, model: CatalogModel, status: DownloadStatus) -> str:
        """A short status for the table."""
        e = model.entry
        if status.state == "checking":
            return self.tr("Checking the unfinished download…")
        if status.state == "downloading":
            total = status.total or e.size
            return self.tr("Downloading: %1%").replace("%1", str(int(100 * status.done / total)) if total else "…")
        if status.state == "present":
            return {"ok": self.tr("Downloaded, verified"),
                    "unavailable": self.tr("Downloaded, cannot verify")}.get(status.verification,
                                                                              self.tr("On this computer"))
        if status.failed:
            return self.tr("Failed")
        if status.state == "partial":
            return self.tr("Unfinished: %1 of %2").replace("%1", size_text(status.on_disk)) \
                .replace("%2", size_text(e.size))
        return self.tr("Not downloaded")

    def _show_status_cell(self, row: int, model_id: str) -> None:
        model = self.downloads.model(model_id)
        item = self.table.item(row, STATUS_COLUMN)
        if model is None or item is None:
            return
        text = self.status_text(model, self.downloads.status(model_id))
        if item.text() != text:
            item.setText(text)

    def _status_changed(self, model_id: str) -> None:
        row = self._row_of(model_id)
        if row >= 0:
            self._show_status_cell(row, model_id)
        selected = self.selected()
        if selected is not None and selected.entry.id == model_id:
            self.show_selected()

    def selected(self) -> CatalogModel | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if not rows:
            return None
        row = rows.pop()
        return self.downloads.models[row] if row < len(self.downloads.models) else None

    def select(self, model_id: str) -> None:
        row = self._row_of(model_id)
        if row >= 0:
            self.table.selectRow(row)

    # ------------------------------------------------------------------ the selected model

    def show_selected(self) -> None:
        d = self.downloads
        m = self.selected()
        if m is None:
            self.title.setText(self.tr("Reading the catalog…") if d.loading else "")
            self.notes.setText(d.catalog_problem)
            for w in (self.fit, self.message):
                w.clear()
            self.progress.hide()
            for b in (self.download_button, self.cancel_button, self.discard_button, self.use_button):
                b.setEnabled(False)
            self.use_button.hide()
            return
        e = m.entry
        status = d.status(e.id)
        self.title.setText(e.name)
        self.notes.setText(" ".join(x for x in (e.notes, self.tr("Licence: %1.").replace("%1", e.license))
                                    if x))
        self.fit.setText(m.fit.message)
        running = d.is_running(e.id)
        self.progress.setVisible(running or status.state == "partial")
        self._show_progress(m, status)
        self.message.setText(self._message(m, status))
        self.download_button.setVisible(status.state != "present")
        self.use_button.setVisible(status.state == "present")
        self.use_button.setEnabled(status.state == "present")
        self.download_button.setEnabled(not running)
        if status.state == "partial" and not running:
            self.download_button.setText(self.tr("&Resume Download"))
        else:
            self.download_button.setText(self.tr("&Download (%1)").replace("%1", size_text(e.size)))
        self.cancel_button.setEnabled(running)
        self.discard_button.setEnabled(status.state == "partial" and not running)

    def _show_progress(self, m: CatalogModel, status: DownloadStatus) -> None:
        total = status.total or m.entry.size
        done = status.done if status.running else status.on_disk
        self.progress.setValue(int(1000 * min(1.0, done / total)) if total else 0)
        if status.state == "checking":
            fmt = self.tr("Checking the unfinished download: %1 of %2")
        elif status.running:
            fmt = self.tr("%1 of %2")
        else:
            fmt = self.tr("Unfinished: %1 of %2")
        text = fmt.replace("%1", size_text(done)).replace("%2", size_text(total))
        if status.state == "downloading" and status.bytes_per_s > 0:
            text += self.tr(" · %1/s").replace("%1", size_text(status.bytes_per_s))
            left = (total - done) / status.bytes_per_s
            if left >= 1:
                minutes = int(left // 60)
                text += (self.tr(" · about %1 min left").replace("%1", str(minutes + 1)) if minutes
                         else self.tr(" · less than a minute left"))
        self.progress.setFormat(text)

    def _message(self, m: CatalogModel, status: DownloadStatus) -> str:
        if status.message and not status.running:
            if status.state == "present" and status.verification == "ok":
                return self.tr("Verified: the file's SHA-256 matches the catalog. %1").replace("%1", status.message)
            if status.state == "present" and status.verification == "unavailable":
                return self.tr("Cannot verify: the catalog publishes no checksum for this file. %1") \
                    .replace("%1", status.message)
            return status.message
        if status.state == "present":
            return self.tr("On this computer; choose it in the model picker or with Use This Model.")
        if status.state == "partial" and not status.running:
            return self.tr("An unfinished download is kept; Resume continues where it stopped.")
        if not status.running and not m.entry.sha256:
            return self.tr("The catalog publishes no checksum for this file, so the download cannot be verified.")
        return ""

    # ------------------------------------------------------------------ actions

    def download_selected(self) -> None:
        m = self.selected()
        if m is not None:
            self.downloads.download(m.entry.id)

    def cancel_selected(self) -> None:
        m = self.selected()
        if m is not None:
            self.downloads.cancel(m.entry.id)

    def discard_selected(self) -> None:
        m = self.selected()
        if m is not None:
            self.downloads.discard_partial(m.entry.id)

    def _use_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        folder = self.downloads.folder
        if folder is None:
            from humanize_desktop.core.engine import user_models_dir

            folder = user_models_dir()
        self.use_requested.emit(str(folder / m.entry.file))
