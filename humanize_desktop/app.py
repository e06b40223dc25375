"""Starting the desktop application: QApplication, translators, theme, error handling.

Kept thin: everything the window shows comes from ``humanize_desktop.core``.
An unexpected exception anywhere in the GUI first saves the work (the
autosave is written at once), then shows what happened; text is never lost
to a bug. On macOS, files opened from the Finder (or dropped on the Dock
icon) arrive as ``QFileOpenEvent`` and open in the window.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from humanize_desktop import APP_ID, APP_NAME, __version__, config, logs, paths
from humanize_desktop.gui.i18n import message_text

log = logging.getLogger(__name__)


#: How often Python switches threads. The window's code needs the interpreter
#: lock for every paint and slot; with worker threads busy (checks, the rewrite)
#: the default 5 ms wait per hand-over adds up to visible stalls, 1 ms does not.
SWITCH_INTERVAL_S = 0.001


#: The reverse-DNS id of the desktop entry, AppStream file and icons (packaging/linux/):
#: Wayland compositors and docks find the app's name and icon through it.
DESKTOP_ID = "io.github.humanize_desktop.HumanizeDesktop"


class Application(QApplication):
    """The app object: receives what the desktop sends the application itself (files opened in the Finder).

    Overriding ``event()`` here, rather than installing an event filter on
    the application, keeps Python out of every other event's path: a
    global filter would run for each paint and key press.
    """

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.window = None
        self.files_to_open: list[str] = []  # arrived before a window could take them

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self.files_to_open.append(path)
                self.open_waiting_files()
            return True
        return super().event(event)

    def set_window(self, window) -> None:
        """The window that opens files from now on (files that came earlier open now)."""
        self.window = window
        self.open_waiting_files()

    def open_waiting_files(self) -> None:
        if self.window is None or not self.files_to_open:
            return
        files, self.files_to_open = self.files_to_open, []
        self.window.open_files(files[-1:])  # one document per window: the last one asked for


def create_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or Application(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(DESKTOP_ID)
    icon = paths.resource("icons", "humanize-desktop.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


class _ExceptHook:
    """Autosave first, then show the error; never recurse."""

    def __init__(self, window) -> None:
        self.window = window
        self.active = False

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(details)
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if self.active or isinstance(exc, KeyboardInterrupt):
            return
        self.active = True
        try:
            saved_to = None
            try:
                self.window.autosaver.save_now(sync=True)
                saved_to = str(self.window.autosaver.folder)
            # Any error at all: this runs because of a bug, and the dialog still has to appear.
            except Exception:  # noqa: BLE001
                log.exception("the autosave after an unexpected error failed too")
            from humanize_desktop.gui.dialogs.error import ErrorDialog

            summary = f"{kind.__name__}: {exc}"
            if ErrorDialog.ask(self.window, summary, details, saved_to) == "quit":
                self.window.close()
        finally:
            self.active = False


def tell_settings_problems(window: QWidget, settings: config.Settings,
                           box: Callable[[QWidget, str, str], object] = QMessageBox.warning) -> None:
    """Say at start-up what happened to a settings file that could not be used (once: it was moved)."""
    if settings.notice is not None:
        box(window, QCoreApplication.translate("Application", "Settings"), message_text(settings.notice))
    elif settings.problems:
        ignored = QCoreApplication.translate("Application", "Some settings were ignored: %1")
        window.show_message(ignored.replace("%1", "; ".join(settings.problems)), 15000)


def tell_language_problem(window) -> None:
    """Say in the window when the chosen interface language could not be loaded (``i18n.problem``)."""
    from humanize_desktop.gui import i18n

    if i18n.problem():
        window.show_message(i18n.problem(), 30000)


def run_app(path: str | None = None, debug: bool = False) -> int:
    """Open the editor window (on ``path`` if given) and run the event loop."""
    logs.setup(debug)
    log.info("%s %s: the editor", APP_NAME, __version__)
    settings = config.load()
    logs.hide(settings.engine.api_key)
    app = create_application()
    from humanize_desktop.gui import i18n, theme

    i18n.install_translators(app, settings.general.ui_language)
    from humanize_desktop.gui.main_window import MainWindow

    theme.apply_theme(settings.general.theme)
    window = MainWindow(settings)
    sys.excepthook = _ExceptHook(window)
    window.show()
    tell_settings_problems(window, settings)
    tell_language_problem(window)
    restored = window.offer_recovery()
    if path and not restored:
        window.open_path(path)
    if isinstance(app, Application):
        app.set_window(window)  # after the recovery question: a Finder file must not race it
    code = app.exec()
    window.deleteLater()
    app.processEvents()
    return code
