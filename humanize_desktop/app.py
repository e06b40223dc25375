"""Starting the desktop application: QApplication, translators, main window.

Kept thin: everything the window shows comes from ``humanize_desktop.core``.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from humanize_desktop import APP_ID, APP_NAME, __version__


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    return app  # type: ignore[return-value]


def run_app(path: str | None = None) -> int:
    """Open the editor window (on ``path`` if given) and run the event loop."""
    app = create_application()
    from humanize_desktop.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if path:
        window.open_path(path)
    return app.exec()
