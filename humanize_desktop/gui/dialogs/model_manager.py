"""The model manager: models on this computer, getting new ones, the default, per-model settings.

Two tabs. "On This Computer" lists the models discovery found, with what
their headers say (size, parameters, quantization, context, licence) and
what is wrong with those that cannot be used; a model can be made the
default or used now, and its settings (context size, threads, GPU layers,
temperature, seed) are saved with the other settings ("Restart Engine"
applies them to a loaded model). "Get Models" (``model_catalog``) lists the
catalog's recommended models and downloads one when asked. Both tabs can
import a GGUF file copied in from elsewhere; downloads and imports run in
the window's ``ModelDownloads``, so they go on when the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from humanize_desktop import config
from humanize_desktop.gui.dialogs.model_catalog import CatalogTab
from humanize_desktop.gui.documents import focus_kept
from humanize_desktop.gui.downloading import ModelDownloads
from humanize_desktop.gui.engine_manager import EngineManager

_COLUMNS = ("name", "parameters", "quantization", "size", "context", "licence", "where")
#: Tab names for ``ModelManagerDialog.ask(tab=...)``.
LOCAL_TAB, CATALOG_TAB = "local", "catalog"


class ModelManagerDialog(QDialog):
    def __init__(self, parent: QWidget | None, engines: EngineManager, settings: config.Settings,
                 downloads: ModelDownloads | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        self.engines = engines
        self.settings = settings
        self.downloads = downloads or ModelDownloads(engines.runner, engines, self)
        self.tabs = QTabWidget(self)
        local = QWidget(self.tabs)
        self.table = QTableWidget(0, len(_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Parameters"), self.tr("Quantization"),
                                              self.tr("Size"), self.tr("Context"), self.tr("Licence"),
                                              self.tr("Found in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Models on this computer"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.import_button = QPushButton(self.tr("&Import GGUF…"), self)
        self.default_button = QPushButton(self.tr("Use as &Default"), self)
        self.use_button = QPushButton(self.tr("&Use Now"), self)
        self.restart_button = QPushButton(self.tr("&Restart Engine"), self)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        buttons = QHBoxLayout()
        for b in (self.import_button, self.default_button, self.use_button, self.restart_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        box = QGroupBox(self.tr("Settings for the selected model"), self)
        form = QFormLayout(box)
        self.context = QSpinBox()
        self.context.setRange(256, 262144)
        self.context.setSingleStep(512)
        self.threads = QSpinBox()
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(self.tr("automatic"))
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText(self.tr("all"))
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.seed = QSpinBox()
        self.seed.setRange(-1, 2**31 - 1)
        self.seed.setSpecialValueText(self.tr("random"))
        form.addRow(self.tr("&Context size (tokens):"), self.context)
        form.addRow(self.tr("&Threads:"), self.threads)
        form.addRow(self.tr("&GPU layers:"), self.gpu_layers)
        form.addRow(self.tr("T&emperature:"), self.temperature)
        form.addRow(self.tr("&Seed:"), self.seed)
        self.settings_box = box

        layout = QVBoxLayout(local)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addWidget(box)
        layout.addWidget(self.status)
        self.catalog = CatalogTab(self.downloads, self.tabs)
        self.tabs.addTab(local, self.tr("On This Computer"))
        self.tabs.addTab(self.catalog, self.tr("Get Models"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(close)
        self.resize(900, 600)

        self.table.itemSelectionChanged.connect(self._selected)
        self.import_button.clicked.connect(self.import_dialog)
        self.catalog.import_button.clicked.connect(self.import_dialog)
        self.catalog.use_requested.connect(self._use_path)
        self.downloads.importing_changed.connect(self._importing)
        self.downloads.finished.connect(self._transfer_finished)
        self.default_button.clicked.connect(self.make_default)
        self.use_button.clicked.connect(self.use_now)
        self.restart_button.clicked.connect(self.engines.restart)
        self.refresh_button.clicked.connect(self.engines.refresh_models)
        engines.models_changed.connect(self.fill)
        for w in (self.context, self.threads, self.gpu_layers, self.seed):
            w.valueChanged.connect(self._store)
        self.temperature.valueChanged.connect(self._store)
        self.fill()

    # ------------------------------------------------------------------ list

    def fill(self) -> None:
        models = self.engines.models
        current = self.engines.current_key()
        self.table.setRowCount(len(models))
        sources = {"user": self.tr("your models folder"), "repo": self.tr("the app's models folder"),
                   "bundled": self.tr("bundled"), "chosen": self.tr("chosen in settings")}
        locale = QLocale()
        for row, m in enumerate(models):
            name = m.name + ("  ★" if m.is_default else "") + ("  ●" if str(m.path) == current else "")
            cells = (name, m.parameters_label, m.quantization,
                     f"{locale.toString(round(m.size / 1e6))} MB" if m.size else "",
                     locale.toString(m.context_length) if m.context_length else "", m.license,
                     sources.get(m.source, m.source))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(m.path))
                item.setToolTip(m.problem or str(m.path))
                if not m.usable:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if models and not self.table.selectedItems():
            row = next((i for i, m in enumerate(models) if str(m.path) == current), 0)
            self.table.selectRow(row)
        if not models:
            self.status.setText(self.tr("No models found yet. Import a GGUF file, or put one in %1.")
                                .replace("%1", str(self._models_dir())))
        self._selected()

    def _models_dir(self) -> Path:
        from humanize_desktop.core.engine import user_models_dir

        return user_models_dir()

    def selected(self):
        rows = {i.row() for i in self.table.selectedItems()}
        if not rows:
            return None
        row = rows.pop()
        return self.engines.models[row] if row < len(self.engines.models) else None

    def _selected(self) -> None:
        m = self.selected()
        usable = m is not None and m.usable
        for b in (self.default_button, self.use_button):
            b.setEnabled(usable)
        self.settings_box.setEnabled(usable)
        self.problem.setText(m.problem if m is not None and m.problem else
                             "; ".join(m.warnings) if m is not None else "")
        if m is None:
            return
        ms = self.settings.model_settings(m.file_name)
        self._loading = True
        self.context.setValue(ms.context_size)
        self.threads.setValue(ms.threads)
        self.gpu_layers.setValue(ms.gpu_layers)
        self.temperature.setValue(ms.temperature)
        self.seed.setValue(ms.seed)
        self._loading = False

    def _store(self, *_args) -> None:
        m = self.selected()
        if m is None or getattr(self, "_loading", False):
            return
        ms = config.ModelSettings(context_size=self.context.value(), threads=self.threads.value(),
                                  gpu_layers=self.gpu_layers.value(), temperature=self.temperature.value(),
                                  seed=self.seed.value(),
                                  max_tokens_factor=self.settings.model_settings(m.file_name).max_tokens_factor)
        self.settings.engine.models[m.file_name] = ms
        self._save()
        self.status.setText(self.tr("Saved. Restart the engine to apply it to a loaded model."))

    def _save(self) -> None:
        try:
            config.save(self.settings)
        except OSError as exc:
            self.status.setText(self.tr("Could not save the settings: %1").replace("%1", str(exc)))

    # ------------------------------------------------------------------ actions

    def make_default(self) -> None:
        m = self.selected()
        if m is None:
            return
        self.settings.engine.default_model = str(m.path)
        self._save()
        self.engines.select(str(m.path))
        self.engines.refresh_models()
        self.status.setText(self.tr("%1 is now the default model.").replace("%1", m.name))

    def use_now(self) -> None:
        m = self.selected()
        if m is not None:
            self.engines.select(str(m.path))
            self.fill()
            self.status.setText(self.tr("%1 will load when you next humanize.").replace("%1", m.name))

    def _use_path(self, path: str) -> None:
        self.engines.select(path)
        self.fill()
        self.catalog.message.setText(self.tr("%1 will load when you next humanize.").replace("%1", Path(path).name))

    @classmethod
    def ask_gguf(cls, parent: QWidget) -> str | None:
        title = QCoreApplication.translate("ModelManagerDialog", "Import a Model")
        kinds = QCoreApplication.translate("ModelManagerDialog", "GGUF models (*.gguf)")
        with focus_kept(parent):
            path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), kinds)
        return path or None

    def import_dialog(self) -> None:
        path = type(self).ask_gguf(self)
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        """Check and copy ``path`` into the user models folder (the result shows in the status line)."""
        self.status.setText(self.tr("Checking and copying %1…").replace("%1", Path(path).name))
        self.downloads.import_file(path)

    def _importing(self) -> None:
        busy = bool(self.downloads.imports)
        self.import_button.setEnabled(not busy)
        self.catalog.import_button.setEnabled(not busy)

    def _transfer_finished(self, model_id: str, message: str, ok: bool) -> None:
        if not model_id:  # an import: both tabs say how it went
            self.status.setText(message)
            self.catalog.message.setText(message)

    @classmethod
    def ask(cls, parent: QWidget | None, engines: EngineManager, settings: config.Settings,
            downloads: ModelDownloads | None = None, tab: str = LOCAL_TAB) -> None:
        dialog = cls(parent, engines, settings, downloads)
        if tab == CATALOG_TAB:
            dialog.tabs.setCurrentWidget(dialog.catalog)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
