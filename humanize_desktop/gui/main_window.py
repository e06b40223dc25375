"""The main editor window: menus, toolbar, the review view and the side panel.

The window assembles the parts and forwards what the person asks for to
the ``ReviewSession`` (decisions, undo) and to the controllers for files,
humanizing and checks. It holds no text of its own: the review does.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextDocumentLayout,
    QSizePolicy,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from humanize_desktop import APP_NAME, __version__, config, paths
from humanize_desktop.core import segmentation
from humanize_desktop.core.diffing import Change
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.positions import other_side, span
from humanize_desktop.core.review import UnknownChange
from humanize_desktop.core.voice.profile import VoiceProblem
from humanize_desktop.gui import icons, recovery, theme
from humanize_desktop.gui.actions import Actions
from humanize_desktop.gui.autosave import Autosaver, Snapshot
from humanize_desktop.gui.changes_panel import ChangesPanel
from humanize_desktop.gui.checking import CheckController
from humanize_desktop.gui.checks_ui import ChecksUi
from humanize_desktop.gui.diff_pane import DiffPane
from humanize_desktop.gui.documents import DocumentController, FileDialogs
from humanize_desktop.gui.downloading import ModelDownloads
from humanize_desktop.gui.engine_manager import EngineManager
from humanize_desktop.gui.findings_panel import FindingsPanel
from humanize_desktop.gui.humanize_bar import HumanizeBar
from humanize_desktop.gui.humanizing import HumanizeController
from humanize_desktop.gui.i18n import message_text
from humanize_desktop.gui.learning import LearningController
from humanize_desktop.gui.model_picker import ModelPicker
from humanize_desktop.gui.review_view import ReviewView
from humanize_desktop.gui.session import ReviewSession
from humanize_desktop.gui.status_bar import StatusWidgets
from humanize_desktop.gui.workers import Runner


class MainWindow(QMainWindow):
    """One editor window on one review."""

    #: Emitted after a file was opened or a review restored (tests wait on it).
    document_loaded = Signal()

    def __init__(self, settings: config.Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or config.load()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.session = ReviewSession(_plain_document(self), _plain_document(self), self)
        self.runner = Runner(self)
        self.documents = DocumentController(self.session, self.runner, self,
                                            self.settings.general.max_recent_files)
        self.autosaver = Autosaver(self.runner, self.snapshot, self.documents.has_unsaved_work,
                                   self.settings.general.autosave_seconds, self)
        self.engines = EngineManager(self.settings, self.runner, self)
        self.downloads = ModelDownloads(self.runner, self.engines, self)
        self.humanizer = HumanizeController(self.session, self.runner, self.engines, self)
        self.actions = Actions(self)
        self.view = ReviewView(self.session, self)
        self.setCentralWidget(self.view)
        self.changes_panel = ChangesPanel(self.session, self)
        self.findings_panel = FindingsPanel(self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setTabBar(RoomyTabBar(self.side_tabs))
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.changes_panel, self.tr("Changes"))
        self.side_tabs.addTab(self.findings_panel, self.tr("Findings"))
        self.dock = QDockWidget(self.tr("Review"), self)
        self.dock.setObjectName("reviewDock")
        self.dock.setWidget(self.side_tabs)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.resizeDocks([self.dock], [300], Qt.Orientation.Horizontal)
        self.checks = CheckController(self.session, self.runner, self.engines, self.settings, self)
        self.learning = LearningController(self.session, self.settings, self)
        self.status = StatusWidgets(self.statusBar(), self.session, self.engines, self.runner)
        self.checks_ui = ChecksUi(self.checks, self.session, self.view, self.findings_panel, self.humanizer,
                                  self.status, self)
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self.resize(1280, 800)
        self._update_actions()
        self._update_title()
        self._restore_layout()
        if self.learning.store.notice is not None:  # the store was damaged and set aside
            self.view.info.show_message(message_text(self.learning.store.notice), "info")
        # After the window is up: reading model headers takes a moment, and the
        # rewriting and checking code is imported in the background so the
        # first Humanize does not pause the window.
        QTimer.singleShot(0, self, self.engines.refresh_models)
        QTimer.singleShot(200, self, lambda: self.runner.submit(_warm_imports, name="warm-imports"))

    # ------------------------------------------------------------------ building

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new, a.open, a.translator])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.save_as, a.save_review])
        export = file_menu.addMenu(self.tr("&Export"))
        export.addActions([a.export_text, a.export_report])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([a.undo, a.redo])
        edit.addSeparator()
        edit.addActions([a.cut, a.copy, a.paste, a.select_all])
        edit.addSeparator()
        edit.addActions([a.find, a.find_next, a.find_previous])
        edit.addSeparator()
        edit.addActions([a.preferences, a.learned])
        review = bar.addMenu(self.tr("&Review"))
        review.addActions([a.humanize, a.stop, a.learn_voice])
        review.addSeparator()
        review.addActions([a.next_change, a.previous_change])
        review.addSeparator()
        review.addActions([a.accept, a.reject, a.accept_next, a.reject_next, a.edit_change, a.alternatives])
        review.addSeparator()
        review.addActions([a.accept_all, a.accept_unflagged, a.reject_all])
        checks = bar.addMenu(self.tr("&Checks"))
        checks.addActions([a.check, a.next_finding])
        view = bar.addMenu(self.tr("&View"))
        view.addActions([a.toggle_panel, a.toggle_heat, a.switch_pane])
        view.addSeparator()
        self.theme_menu = view.addMenu(self.tr("&Theme"))
        names = {"system": self.tr("Follow the &System"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key in theme.THEMES:
            act = self.theme_menu.addAction(names[key])
            act.setCheckable(True)
            act.setChecked(key == self.settings.general.theme)
            act.triggered.connect(lambda _c=False, k=key: self.set_theme(k))
            group.addAction(act)
            self.theme_actions[key] = act
        model = bar.addMenu(self.tr("&Model"))
        model.addActions([a.models, a.get_models, a.restart_engine])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([a.shortcuts, a.about])

    def _build_toolbar(self) -> None:
        a = self.actions
        tb = QToolBar(self.tr("Main"), self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(tb)
        # A tool bar of its own, so a narrow window folds the commands into the overflow menu (») and
        # never hides which model is in use.
        model_bar = QToolBar(self.tr("Model"), self)
        model_bar.setObjectName("modelToolbar")
        model_bar.setMovable(False)
        self.model_picker = ModelPicker(self.engines, model_bar)
        model_bar.addWidget(self.model_picker)
        self.addToolBar(model_bar)
        self.humanize_bar = HumanizeBar(self.settings, self)
        bar = QToolBar(self.tr("Humanize"), self)
        bar.setObjectName("humanizeToolbar")
        bar.setMovable(False)
        bar.addWidget(self.humanize_bar)
        self.addToolBarBreak()
        self.addToolBar(bar)
        for act in (a.open, a.save):
            tb.addAction(act)
        tb.addSeparator()
        for act in (a.undo, a.redo):
            tb.addAction(act)
        tb.addSeparator()
        for act in (a.previous_change, a.next_change):
            tb.addAction(act)
        tb.addSeparator()
        for act in (a.accept, a.reject, a.accept_all, a.reject_all):
            tb.addAction(act)
        # Only the two most used review commands carry words: with every label, German, French and
        # Spanish pushed the model picker off a 1280-pixel window. The rest say it in their tooltips.
        for act in (a.undo, a.redo, a.previous_change, a.next_change, a.save, a.open, a.accept_all, a.reject_all):
            w = tb.widgetForAction(act)
            if w is not None:
                w.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        spacer = QWidget(tb)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)
        self.toolbar = tb
        self.model_toolbar = model_bar

    def _connect(self) -> None:
        a = self.actions
        s = self.session
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.next_change.triggered.connect(lambda: self.go_to_change(+1))
        a.previous_change.triggered.connect(lambda: self.go_to_change(-1))
        a.accept.triggered.connect(lambda: self.decide("accept"))
        a.reject.triggered.connect(lambda: self.decide("reject"))
        a.accept_next.triggered.connect(lambda: self.decide("accept", then_next=True))
        a.reject_next.triggered.connect(lambda: self.decide("reject", then_next=True))
        a.accept_all.triggered.connect(self.accept_all)
        a.accept_unflagged.triggered.connect(self.accept_unflagged)
        a.reject_all.triggered.connect(self.reject_all)
        a.edit_change.triggered.connect(lambda: self.edit_change())
        a.learned.triggered.connect(lambda: self.learning.open_dialog(self))
        a.cut.triggered.connect(lambda: self.focused_pane().cut())
        a.copy.triggered.connect(lambda: self.focused_pane().copy())
        a.paste.triggered.connect(lambda: self.focused_pane().paste())
        a.select_all.triggered.connect(lambda: self.focused_pane().selectAll())
        a.switch_pane.triggered.connect(self.switch_pane)
        a.toggle_panel.setChecked(True)
        a.toggle_panel.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self._dock_visibility)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        for pane in self.view.panes():
            pane.history_requested.connect(lambda what: self.undo() if what == "undo" else self.redo())
            pane.menu_builder = self.build_context_menu
            pane.cursorPositionChanged.connect(self._update_actions)
        self.view.accept_requested.connect(lambda cid: self.decide("accept", cid))
        self.view.reject_requested.connect(lambda cid: self.decide("reject", cid))
        self.view.edit_requested.connect(lambda cid: self.edit_change(cid))
        self.view.change_selected.connect(lambda cid: self.show_change(cid, focus=False))
        self.changes_panel.change_selected.connect(lambda cid: self.show_change(cid, focus=False))
        self.changes_panel.place_selected.connect(self.view.show_place)
        self.changes_panel.view.accept_requested.connect(lambda cid: self.decide("accept", cid, then_next=True))
        self.changes_panel.view.reject_requested.connect(lambda cid: self.decide("reject", cid, then_next=True))
        s.updated.connect(self._update_actions)
        s.reset.connect(self._update_actions)
        s.current_changed.connect(self._update_actions)
        s.modified_changed.connect(self._update_title)
        s.reset.connect(self._update_title)
        s.updated.connect(self.autosaver.schedule)
        s.reset.connect(self.autosaver.schedule)
        s.modified_changed.connect(self.autosaver.schedule)
        self.autosaver.failed.connect(lambda msg: self.show_message(
            self.tr("Autosave failed: %1").replace("%1", msg), 10000))
        d = self.documents
        d.target_changed.connect(self._update_title)
        d.recent_changed.connect(self._fill_recent_menu)
        d.loaded.connect(self._document_loaded)
        d.notice.connect(lambda text: self.view.info.show_message(text, "info"))
        d.saved.connect(lambda path: self.show_message(self.tr("Saved “%1”.").replace("%1", path), 8000))
        d.exported.connect(lambda path: self.show_message(self.tr("Exported to “%1”.").replace("%1", path), 8000))
        d.report_notes = self.report_notes
        a.new.triggered.connect(self.new_document)
        a.open.triggered.connect(self.open_dialog)
        a.translator.triggered.connect(self.open_translator)
        a.save.triggered.connect(d.save)
        a.save_as.triggered.connect(d.save_as)
        a.save_review.triggered.connect(d.save_review_as)
        a.export_text.triggered.connect(d.export_text)
        a.export_report.triggered.connect(d.export_report)
        for pane in self.view.panes():
            pane.files_dropped.connect(self.open_files)
        self.view.empty.button.clicked.connect(a.humanize.trigger)
        self._fill_recent_menu()
        h = self.humanizer
        a.humanize.triggered.connect(self.start_humanize)
        a.learn_voice.triggered.connect(self.learn_voice)
        a.stop.triggered.connect(h.stop)
        a.stop.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.humanize_bar.humanize_requested.connect(self.start_humanize)
        self.humanize_bar.stop_requested.connect(h.stop)
        h.running_changed.connect(self._humanize_running)
        h.progress.connect(self.humanize_bar.show_progress)
        h.progress.connect(lambda _done, _total, text: self.view.show_progress(text))
        h.preview.connect(self.humanize_bar.show_preview)
        h.kept_changed.connect(self._humanize_marks)
        h.finished.connect(self._humanize_finished)
        h.failed.connect(self._humanize_failed)
        self.model_picker.manage_requested.connect(a.models.trigger)
        a.check.triggered.connect(self.checks.check_now)
        a.preferences.triggered.connect(self.show_preferences)
        a.models.triggered.connect(lambda: self.show_models())
        a.get_models.triggered.connect(lambda: self.show_models("catalog"))
        self.downloads.finished.connect(lambda _id, message, _ok: self.show_message(message, 15000))
        a.alternatives.triggered.connect(lambda: self.show_alternatives())
        self.view.alternatives_requested.connect(self.show_alternatives)
        self.view.can_offer_alternatives = lambda: self.engines.state != "error" or bool(self.engines.models)
        a.find.triggered.connect(lambda: self.view.find_bar.open_for(self.focused_pane()))
        a.find_next.triggered.connect(self._find_next)
        a.find_previous.triggered.connect(self._find_previous)
        self.engines.changed.connect(self._engine_changed)
        a.next_finding.triggered.connect(self._next_finding)
        a.toggle_heat.setChecked(True)
        a.toggle_heat.toggled.connect(self.checks_ui.set_strips_visible)
        self.checks.flags_changed.connect(lambda: self.changes_panel.model.set_flags(self.checks.flags))
        a.restart_engine.triggered.connect(self.engines.restart)

    # ------------------------------------------------------------------ helpers

    def focused_pane(self) -> DiffPane:
        w = QApplication.focusWidget()
        for pane in self.view.panes():
            if w is pane:
                return pane
        return getattr(self, "_last_pane", self.view.draft)

    def caret_position(self, pane: DiffPane) -> int:
        return self.session.sides[pane.side].from16(pane.textCursor().position())

    def target_change(self, change_id: str = "") -> Change | None:
        """The change a command is about: given, current, or under the caret."""
        review = self.session.review
        if not self.session.has_suggestion or not review.changes:
            return None
        for cid in (change_id, self.session.current_id):
            if cid:
                try:
                    return review.change(cid)
                except UnknownChange:
                    pass  # decided or re-diffed away since: fall back to the caret
        pane = self.focused_pane()
        return review.change_at(pane.side, self.caret_position(pane))

    def _update_actions(self, *_args) -> None:
        a = self.actions
        s = self.session
        review = s.review
        has = s.has_suggestion and review.pending_count > 0
        target = self.target_change() if has else None
        for act in (a.accept, a.reject, a.accept_next, a.reject_next, a.edit_change):
            act.setEnabled(target is not None)
        a.alternatives.setEnabled(target is not None and self.view.alternatives_available())
        for act in (a.next_change, a.previous_change, a.accept_all, a.accept_unflagged, a.reject_all):
            act.setEnabled(has)
        running = self.humanizer.running
        a.undo.setEnabled(review.can_undo and not running)
        a.redo.setEnabled(review.can_redo and not running)
        a.humanize.setEnabled(not running and bool(review.draft.strip()))
        self.humanize_bar.humanize_button.setEnabled(a.humanize.isEnabled())
        a.stop.setEnabled(running)
        for act in (a.new, a.open):
            act.setEnabled(not running)
        a.undo.setText(self.tr("&Undo %1").replace("%1", self._step_name(review.undo_label()))
                       if review.can_undo else self.tr("&Undo"))
        a.redo.setText(self.tr("&Redo %1").replace("%1", self._step_name(review.redo_label()))
                       if review.can_redo else self.tr("&Redo"))

    def _step_name(self, label: str) -> str:
        """An undo step's label in the person's language."""
        names = {
            "accepted": self.tr("Accept"), "rejected": self.tr("Reject"), "edited": self.tr("Edit Change"),
            "accepted all": self.tr("Accept All"), "rejected all": self.tr("Reject All"),
            "accepted many": self.tr("Accept All but Flagged"),
            "typing": self.tr("Typing"), "humanize": self.tr("Humanize"), "fix": self.tr("Fix"),
            "replace": self.tr("Replace"),
        }
        return names.get(label, label)

    def _dock_visibility(self, visible: bool) -> None:
        if not self.isMinimized():
            self.actions.toggle_panel.setChecked(visible)

    def _update_title(self, *_args) -> None:
        name = self.document_name() or self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.session.modified)

    def document_name(self) -> str:
        return self.documents.target.name

    # ------------------------------------------------------------------ files

    def new_document(self) -> None:
        if self.documents.maybe_save():
            self.documents.new_document()
            self.view.draft.setFocus()

    def open_dialog(self) -> None:
        if not self.documents.maybe_save():
            return
        start = str(self.documents.target.path or "")
        path = FileDialogs.ask_open(self, start)
        if path:
            self.open_path(path)

    def open_translator(self, path: str | None = None) -> None:
        """Translator mode on a bilingual file (asked for when not given), in a window of its own."""
        from humanize_desktop.gui.translate.window import TranslatorWindow

        path = path or TranslatorWindow.ask_bilingual_file(self)
        if not path:
            return
        try:
            window = TranslatorWindow.open_file(path, self.runner, self.engines, self.settings, self)
        except HumanizeError as exc:
            TranslatorWindow.show_error(self, str(exc))
            return
        window.show()

    def open_path(self, path: str) -> None:
        """Open ``path`` (any supported kind); the result arrives asynchronously."""
        from humanize_desktop.core.bilingual.files import is_bilingual

        if is_bilingual(path, tables=False) or path.endswith(".humanize-bilingual"):  # XLIFF, PO, TMX
            self.open_translator(path)
            return
        self.show_message(self.tr("Opening %1…").replace("%1", path), 0)
        self.documents.open_path(path, on_loaded=lambda: self.show_message(
            self.tr("Opened %1").replace("%1", path)))

    def open_files(self, files: list[str]) -> None:
        if files and self.documents.maybe_save():
            self.open_path(files[0])

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.documents.recent_files()
        for i, path in enumerate(recent, 1):
            act = menu.addAction(f"&{i % 10} {path}" if i <= 10 else path)
            act.triggered.connect(lambda _c=False, p=path: self._open_recent(p))
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("&Clear List"), self.documents.clear_recent)
        menu.setEnabled(bool(recent))

    def _open_recent(self, path: str) -> None:
        if self.documents.maybe_save():
            self.open_path(path)

    # ------------------------------------------------------------------ autosave and recovery

    def snapshot(self) -> Snapshot:
        return recovery.window_snapshot(self)

    def offer_recovery(self) -> bool:
        """Offer back work left by a window that did not close cleanly; True if restored."""
        return recovery.offer_recovery(self)

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # ------------------------------------------------------------------ decisions

    def show_change(self, change_id: str, focus: bool = True) -> None:
        """Make ``change_id`` current, bring it on screen in both panes, put the caret on it."""
        try:
            change = self.session.review.change(change_id)
        except UnknownChange:
            return  # gone since the list was drawn
        self.session.set_current(change_id)
        for pane in self.view.panes():
            s, _e = span(change, pane.side)
            cursor = pane.textCursor()
            cursor.setPosition(self.session.sides[pane.side].to16(s))
            pane.setTextCursor(cursor)
        self.view.sync.enabled = False
        try:
            for pane in self.view.panes():
                pane.scroll_to(span(change, pane.side)[0])
        finally:
            self.view.sync.enabled = True
        if focus:
            self.focused_pane().setFocus()

    def go_to_change(self, step: int) -> None:
        review = self.session.review
        if not review.changes:
            return
        pane = self.focused_pane()
        current = self.session.current_change()
        if current is not None:
            pos = span(current, pane.side)[0]
        else:
            pos = self.caret_position(pane) - (1 if step > 0 else 0)
        change = review.next_pending(pos, pane.side) if step > 0 else review.previous_pending(pos, pane.side)
        if change is not None:
            self.show_change(change.id)

    def decide(self, what: str, change_id: str = "", then_next: bool = False) -> None:
        change = self.target_change(change_id)
        if change is None:
            self.go_to_change(+1)
            return
        after = change.draft_start
        if what == "accept":
            self.session.accept(change.id)
            after += len(change.suggestion_text)
        else:
            self.session.reject(change.id)
            after += len(change.draft_text)
        review = self.session.review
        if then_next and review.changes:
            nxt = review.next_pending(after - 1 if after else -1, "draft")
            if nxt is not None:
                self.show_change(nxt.id)
        elif not then_next:
            self.session.set_current("")
            pane = self.view.draft
            cursor = pane.textCursor()
            cursor.setPosition(self.session.sides["draft"].to16(min(after, len(review.draft))))
            pane.setTextCursor(cursor)
        self._update_actions()

    def flagged_changes(self) -> dict[str, list[str]]:
        """Pending changes with a flag (as the Changes list shows them): id -> its flag lines."""
        model = self.changes_panel.model
        flags = self.checks.flags_now()
        flagged = {}
        for change in self.session.review.changes:
            lines = model.flag_lines(change, flags.get(change.id, []))
            if lines:
                flagged[change.id] = lines
        return flagged

    def accept_all(self) -> None:
        """Accept every pending change; when some are flagged, ask whether to take those too."""
        review = self.session.review
        n = review.pending_count
        if not n:
            return
        flagged = self.flagged_changes()
        if flagged:
            from humanize_desktop.gui.dialogs.accept_all import AcceptAllQuestion

            lines = [f"{_excerpt(c)}: {'; '.join(flagged[c.id])}" for c in review.changes if c.id in flagged]
            answer = AcceptAllQuestion.ask(self, n, lines)
            if answer == "unflagged":
                self.accept_unflagged()
                return
            if answer != "all":
                return
        self.session.accept_all()
        self.show_message(self.tr("Changes accepted: %1. Undo with Ctrl+Z.").replace("%1", str(n)))

    def report_notes(self):
        """What the change report says beyond the review file: flags, kept paragraphs, findings, AI-likeness."""
        return self.checks_ui.report_notes(self.flagged_changes())

    def accept_unflagged(self) -> None:
        """Accept every pending change without a flag; the flagged ones stay pending."""
        review = self.session.review
        flagged = self.flagged_changes()
        chosen = [c.id for c in review.changes if c.id not in flagged]
        if chosen:
            self.session.accept_many(chosen)
        self.show_message(self.tr("Changes accepted: %1; flagged changes left pending: %2. Undo with Ctrl+Z.")
                          .replace("%1", str(len(chosen))).replace("%2", str(len(flagged))), 10000)

    def reject_all(self) -> None:
        n = self.session.review.pending_count
        if n:
            self.session.reject_all()
            self.show_message(self.tr("Changes rejected: %1. Undo with Ctrl+Z.").replace("%1", str(n)))

    def edit_change(self, change_id: str = "") -> None:
        change = self.target_change(change_id)
        if change is None:
            return
        from humanize_desktop.gui.dialogs.edit_change import EditChangeDialog

        text = EditChangeDialog.ask(self, change)
        if text is not None:
            self.session.edit(change.id, text)

    # ------------------------------------------------------------------ humanizing

    def start_humanize(self) -> None:
        if self.humanizer.running:
            return
        if not self.session.review.draft.strip():
            self.show_message(self.tr("There is no draft to humanize yet: type, paste or open one."))
            return
        match = next((m for m in self.engines.models if str(m.path) == self.engines.current_key()), None)
        try:
            options = self.humanize_bar.options(match.file_name if match is not None else "")
        except VoiceProblem as exc:  # the chosen voice's file was damaged or deleted meanwhile
            self.show_message(message_text(exc.message), 15000)
            self.humanize_bar.fill_voices()
            return
        options = dataclasses.replace(options, learned=self.learning.learned())  # None while paused
        try:
            config.save(self.settings)
        except OSError:
            pass  # the controls still apply to this pass
        self.humanizer.start(options)

    def learn_voice(self) -> None:
        """Learn a voice from sample files; the humanize bar then offers (and picks) it."""
        from humanize_desktop.gui.dialogs.learn_voice import LearnVoiceDialog

        profile = LearnVoiceDialog.ask(self)
        if profile is not None:
            self.humanize_bar.fill_voices(select=profile.name)
            self.show_message(self.tr("Learned the voice “%1” from %2 words; pick it under Voice to humanize "
                                      "toward it.").replace("%1", profile.name).replace("%2", str(profile.words)))

    def _humanize_running(self, running: bool) -> None:
        self.checks.pause(running)
        self.humanize_bar.set_running(running)
        self.view.set_busy(running)
        self.changes_panel.set_busy(running)
        self._update_actions()

    def _humanize_marks(self) -> None:
        self.view.suggestion.set_layer("humanize", self.humanizer.marks())
        self.view.draft.set_layer("humanize", self.humanizer.draft_marks())

    def _humanize_finished(self, summary: str) -> None:
        self._humanize_marks()
        if summary:
            self.show_message(summary, 15000)
        review = self.session.review
        if review.changes and not self.session.current_id:
            self.show_change(review.changes[0].id, focus=False)

    def _humanize_failed(self, message: str, done: int) -> None:
        text = self.tr("Humanizing stopped: %1").replace("%1", message)
        if done:
            text += " " + self.tr("The paragraphs already rewritten were kept.")
        self.view.info.show_message(text, "error",
            ((self.tr("Try Again"), self._retry_humanize), (self.tr("Models…"), self.actions.models.trigger)))

    def _retry_humanize(self) -> None:
        self.view.info.hide()
        if self.engines.state == "error":
            self.engines.close()  # the next humanize starts the engine afresh
            self.engines.set_state("idle")
        self.start_humanize()

    def _engine_changed(self) -> None:
        info = self.view.info
        if self.engines.state in ("ready", "loading", "busy") and info.isVisible() and info.kind == "error":
            info.hide()

    def _document_loaded(self, path: str) -> None:
        if self.view.info.kind == "info":
            self.view.info.hide()  # a notice about the file that was open before
        if path:  # "" when opening failed: the focus stays where it was
            # At the top of the draft, so the person can read and type at once.
            draft = self.view.draft
            cursor = draft.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            draft.setTextCursor(cursor)
            draft.setFocus()
        self.document_loaded.emit()

    # ------------------------------------------------------------------ dialogs

    def show_preferences(self) -> None:
        from humanize_desktop.gui.dialogs.preferences import PreferencesDialog, save_personal_words

        answer = PreferencesDialog.ask(self, self.settings)
        if answer is None:
            return
        new, words = answer
        old_theme = self.settings.general.theme
        engine_changed = (new.engine.server_url, new.engine.api_key, new.engine.server_model) != (
            self.settings.engine.server_url, self.settings.engine.api_key, self.settings.engine.server_model)
        for section in ("general", "rewrite", "engine", "grammar", "spelling", "fairness"):
            setattr(self.settings, section, getattr(new, section))
        try:
            save_personal_words(words)
            config.save(self.settings)
        except OSError as exc:
            self.show_message(self.tr("Could not save the settings: %1").replace("%1", str(exc)), 10000)
        self.autosaver.set_interval(self.settings.general.autosave_seconds)
        if self.settings.general.theme != old_theme:
            self.set_theme(self.settings.general.theme)
        if engine_changed:
            self.engines.close()
            self.engines.set_state("idle")
            self.engines.refresh_models()
        self.checks.close()  # a new checker picks up the grammar, spelling and fairness settings
        self.checks.schedule_all(0)

    def show_models(self, tab: str = "local") -> None:
        from humanize_desktop.gui.dialogs.model_manager import ModelManagerDialog

        ModelManagerDialog.ask(self, self.engines, self.settings, self.downloads, tab)

    def show_alternatives(self, change_id: str = "") -> None:
        change = self.target_change(change_id)
        if change is None or not change.suggestion_text.strip() or self.humanizer.running:
            return
        from humanize_desktop.gui.dialogs.alternatives import AlternativesDialog

        match = next((m for m in self.engines.models if str(m.path) == self.engines.current_key()), None)
        options = self.humanize_bar.options(match.file_name if match is not None else "", with_voice=False)
        options = dataclasses.replace(options, learned=self.learning.learned())  # None while paused
        text = AlternativesDialog.ask(self, self.engines, change, self.session.review.suggestion, options)
        if text is not None and change.id in {c.id for c in self.session.review.changes}:
            self.session.edit(change.id, text)

    def _find_next(self) -> None:
        bar = self.view.find_bar
        if bar.pane is None or not bar.field.text():
            bar.open_for(self.focused_pane())
        else:
            bar.find_next()

    def _find_previous(self) -> None:
        bar = self.view.find_bar
        if bar.pane is None or not bar.field.text():
            bar.open_for(self.focused_pane())
        else:
            bar.find_previous()

    def undo(self) -> None:
        if self.humanizer.running:
            return
        if self.session.review.can_undo:
            label = self.session.review.undo_label()
            self.session.undo()
            self.show_message(self.tr("Undid %1").replace("%1", self._step_name(label)), 2500)

    def redo(self) -> None:
        if self.humanizer.running:
            return
        if self.session.review.can_redo:
            label = self.session.review.redo_label()
            self.session.redo()
            self.show_message(self.tr("Redid %1").replace("%1", self._step_name(label)), 2500)

    def switch_pane(self) -> None:
        pane = self.focused_pane()
        other = self.view.pane(other_side(pane.side))
        if other.isVisible():
            other.setFocus()

    # ------------------------------------------------------------------ context menu

    def build_context_menu(self, pane: DiffPane, pos: int, menu: QMenu) -> None:
        """Fill the pane's context menu for code point ``pos``."""
        a = self.actions
        review = self.session.review
        change = review.change_at(pane.side, pos) if self.session.has_suggestion else None
        self._fill_finding_menu(pane, pos, menu)
        if change is not None:
            self.session.set_current(change.id)
            self._update_actions()
            menu.addSection(self.tr("Change"))
            for act in (a.accept, a.reject, a.accept_next, a.reject_next, a.edit_change, a.alternatives):
                menu.addAction(act)
        menu.addSeparator()
        menu.addActions([a.undo, a.redo])
        menu.addSeparator()
        for act, enabled in ((a.cut, pane.textCursor().hasSelection() and not pane.isReadOnly()),
                             (a.copy, pane.textCursor().hasSelection()),
                             (a.paste, pane.canPaste())):
            act.setEnabled(enabled)
            menu.addAction(act)
        menu.addAction(a.select_all)
        self._last_pane = pane

    def _fill_finding_menu(self, pane: DiffPane, pos: int, menu: QMenu) -> None:
        self.checks_ui.fill_menu(pane, pos, menu)

    def _next_finding(self) -> None:
        if not self.checks_ui.next_finding(self.focused_pane()):
            self.show_message(self.tr("No findings in this pane."), 3000)

    # ------------------------------------------------------------------ view

    def set_theme(self, name: str) -> None:
        theme.apply_theme(name)
        icons.clear_cache()
        self.actions.refresh_icons()
        self.humanize_bar.humanize_button.setIcon(icons.icon("humanize"))
        self.humanize_bar.stop_button.setIcon(icons.icon("stop"))
        self.model_picker.manage.setIcon(icons.icon("models"))
        for name_, button in self.view.popup.buttons.items():
            button.setIcon(icons.icon(name_))
        self.view.empty.button.setIcon(icons.icon("humanize"))
        self.view.apply_colors()
        self.humanize_bar.apply_colors()
        self.changes_panel.apply_colors()
        for act_name, act in self.theme_actions.items():
            act.setChecked(act_name == name)
        if self.settings.general.theme != name:
            self.settings.general.theme = name
            try:
                config.save(self.settings)
            except OSError as exc:
                self.show_message(self.tr("Could not save the settings: %1").replace("%1", str(exc)))

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Humanize Desktop"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.tr(
            "<h3>Humanize Desktop %1</h3><p>An offline editor that turns AI-written drafts into prose "
            "that reads like a person wrote it, reviewed change by change.</p>"
            "<p>Your text never leaves this computer.</p>").replace("%1", __version__))
        box.exec()

    def show_shortcuts(self) -> None:
        rows = []
        for act in self.actions.all().values():
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append(f"<tr><td>{act.text().replace('&', '')}</td><td><b>{keys}</b></td></tr>")
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard Shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText("<table cellspacing=4>" + "".join(rows) + "</table>")
        box.exec()

    def _layout_settings(self) -> QSettings:
        return QSettings(str(paths.dirs().state / "window.ini"), QSettings.Format.IniFormat)

    def _restore_layout(self) -> None:
        """Size, position and side panel as the person left them."""
        store = self._layout_settings()
        geometry, state = store.value("geometry"), store.value("state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def _save_layout(self) -> None:
        store = self._layout_settings()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("state", self.saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.documents.maybe_save():
            event.ignore()
            return
        self._save_layout()
        self.humanizer.stop()
        self.runner.shutdown()
        self.checks.close()
        self.engines.close()
        self.autosaver.close()
        event.accept()


class RoomyTabBar(QTabBar):
    """Tabs a few pixels taller than the style makes them.

    In document mode an unselected tab is drawn lower than the selected one
    and clipped at the top: without the room, "Änderungen" lost its dots.
    """

    EXTRA_HEIGHT = 4

    def tabSizeHint(self, index: int):
        size = super().tabSizeHint(index)
        size.setHeight(size.height() + self.EXTRA_HEIGHT)
        return size


def _excerpt(change: Change) -> str:
    """“old” → “new” on one line, for naming a change in a question."""
    return f"“{segmentation.excerpt(change.draft_text, 40)}” → “{segmentation.excerpt(change.suggestion_text, 40)}”"


def _warm_imports(_job) -> None:
    import humanize_desktop.core.checks.flags  # noqa: F401
    import humanize_desktop.core.checks.runner  # noqa: F401
    import humanize_desktop.core.rewriting.document  # noqa: F401


def _plain_document(parent) -> QTextDocument:
    document = QTextDocument(parent)
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    return document
