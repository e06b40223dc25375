"""Render the editor's main states to PNG files, to look at them.

    .venv/bin/python packaging/screenshots.py [--out screenshots] [--only NAME ...]

Runs under Xvfb (started with ``xvfb-run -a`` when there is no display)
with the real xcb platform plugin, user directories in a temporary folder,
and writes one PNG per state into ``screenshots/`` (git-ignored): the empty
window, humanizing in progress, a review with changes, the findings panel,
the dark theme and an error message.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DRAFT = """# Remote work, one year on

In today's fast-paced world, it is important to note that remote work has fundamentally transformed the way teams collaborate. Furthermore, it has opened up a plethora of opportunities for companies of all sizes.

Our team of 14 people moved fully remote in March 2024. We delve into the key lessons learned below, and we hope they serve as a valuable resource for anyone navigating this journey.

First and foremost, communication is paramount. Meetings should be kept short, and decisions should be written down so that everyone can access them.

In conclusion, remote work is not without its challenges, but with the right tools and mindset it can be a game-changer.
"""

SUGGESTION = """# Remote work, one year on

Remote work has changed how our team works together. It has also opened doors for companies of every size.

Our team of 14 people moved fully remote in March 2024. Here is what we learned, in the hope that it helps anyone making the same move.

Above all, talk to each other. Keep meetings short, and write decisions down so that everyone can find them.

Remote work has its problems, but with the right tools and habits it works well.
"""


def _ensure_display() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    if os.environ.get("HUMANIZE_SCREENSHOTS_CHILD"):
        sys.exit("no X display even under xvfb-run")
    xvfb = shutil.which("xvfb-run")
    if not xvfb:
        sys.exit("xvfb-run is not installed (apt-get install xvfb), and there is no display")
    env = dict(os.environ, HUMANIZE_SCREENSHOTS_CHILD="1")
    cmd = [xvfb, "-a", "-s", "-screen 0 1600x1000x24 -dpi 96", sys.executable, *sys.argv]
    sys.exit(subprocess.call(cmd, env=env))


def _settle(app, window, ms: int = 150) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    for pane in window.view.panes():
        pane.refresh()
    app.processEvents()


def _window(settings, theme_name: str = "system"):
    from humanize_desktop.gui import theme
    from humanize_desktop.gui.main_window import MainWindow

    theme.apply_theme(theme_name)
    settings.general.theme = theme_name
    window = MainWindow(settings)
    window.resize(1440, 880)
    window.show()
    return window


def _review(window) -> None:
    from humanize_desktop.core.reviewfile import new_document

    window.session.load(new_document(DRAFT, SUGGESTION), has_suggestion=True)
    review = window.session.review
    window.show_change(review.changes[2].id)


def state_empty(app, settings):
    window = _window(settings)
    _settle(app, window)
    return window


def state_review(app, settings):
    window = _window(settings)
    _review(window)
    _settle(app, window)
    return window


def state_dark(app, settings):
    window = _window(settings, "dark")
    _review(window)
    _settle(app, window)
    return window


STATES: dict[str, Callable] = {
    "empty": state_empty,
    "review": state_review,
    "dark": state_dark,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--only", nargs="*", default=None, help="render only these states")
    args = parser.parse_args()
    _ensure_display()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    tmp = Path(tempfile.mkdtemp(prefix="humanize-shots-"))
    from humanize_desktop import config, paths

    paths.init(config_dir=tmp / "config", data_dir=tmp / "data", state_dir=tmp / "state", cache_dir=tmp / "cache")
    from humanize_desktop.app import create_application

    app = create_application([sys.argv[0]])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, build in STATES.items():
        if args.only and name not in args.only:
            continue
        path = out / f"{name}.png"
        window = build(app, config.Settings())
        window.grab().save(str(path))
        from humanize_desktop.gui import theme

        theme.apply_theme("system")
        print(path)
        window.session.set_modified(False)
        window.close()
        window.deleteLater()
        app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
