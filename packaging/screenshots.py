"""Render the editor's main states to PNG files, to look at them.

    .venv/bin/python packaging/screenshots.py [--out screenshots] [--only NAME ...]

Runs under Xvfb (started with ``xvfb-run -a`` when there is no display)
with the real xcb platform plugin, user directories in a temporary folder,
and writes one PNG per state into ``screenshots/`` (git-ignored): the empty
window, humanizing in progress, a review with changes, the findings panel,
the dark theme, an error message, and the model manager's "Get Models" tab
with an unfinished download (nothing is downloaded: the tab only reads the
catalog and this machine's memory).

The README shows ``resources/screenshots/review.png``; after a visible change
to the review window, refresh it with ``--only review --out resources/screenshots``.
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


from humanize_desktop.core.engine.base import Engine  # noqa: E402  (Qt-free)


class _ShowcaseEngine(Engine):
    """Answers with SUGGESTION's paragraphs, slowly, and can pause before one (for "streaming")."""

    def __init__(self, pause_before: int | None = None) -> None:
        import threading

        pairs = zip(DRAFT.split("\n\n"), SUGGESTION.split("\n\n"))
        self.answers = {d.lstrip("# ").strip(): s.lstrip("# ").strip() for d, s in pairs}
        self.pause_before = pause_before
        self.calls = 0
        self.resume = threading.Event()

    def info(self):
        from humanize_desktop.core.engine.base import EngineInfo

        return EngineInfo("local", "SmolLM2-135M-Instruct", "showcase", 4096)

    def generate(self, request, on_token=None, cancel=None):
        import time

        from humanize_desktop.core.engine.base import Generation

        lines = request.messages[-1]["content"].split("\n")
        while lines and lines[0].startswith("[") and lines[0].rstrip().endswith("]"):
            lines.pop(0)  # context lines before the piece to rewrite
        text = "\n".join(lines).strip()
        answer = self.answers.get(text, text)
        self.calls += 1
        words = answer.split(" ")
        for i, word in enumerate(words):
            if self.pause_before is not None and self.calls >= self.pause_before and i == len(words) // 2:
                self.resume.wait(30)
            if cancel is not None and cancel.is_set():
                return Generation(" ".join(words[:i]), i, 0.1, "cancelled")
            if on_token:
                on_token(word + (" " if i < len(words) - 1 else ""))
            time.sleep(0.002)
        return Generation(answer, len(words), 0.2, "stop")

    def count_tokens(self, text):
        return len(text) // 4

    def score(self, text):
        return []

    def embed(self, texts):
        return [[0.0] for _ in texts]

    def close(self):
        self.resume.set()


def state_empty(app, settings):
    window = _window(settings)
    _settle(app, window)
    return window


def state_review(app, settings):
    window = _window(settings)
    _review(window)
    _wait_for_checks(app, window)
    _settle(app, window)
    return window


def _wait_for_checks(app, window, seconds: float = 30) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    def done() -> bool:
        checked = all(window.checks.sides[side].revision == window.session.sides[side].revision
                      for side in ("draft", "suggestion"))
        flagged = not window.session.review.changes or bool(window.checks.flags)
        return checked and flagged and not window.runner.busy("pool")

    for _ in range(int(seconds * 20)):
        if done():
            break
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()


def state_findings(app, settings):
    window = _window(settings)
    _review(window)
    _wait_for_checks(app, window)
    window.side_tabs.setCurrentWidget(window.findings_panel)
    _settle(app, window, 300)
    return window


def state_dark(app, settings):
    window = _window(settings, "dark")
    _review(window)
    _wait_for_checks(app, window)
    _settle(app, window)
    return window


def state_streaming(app, settings):
    from PySide6.QtCore import QEventLoop, QTimer

    window = _window(settings)
    engine = _ShowcaseEngine(pause_before=4)
    window.engines.use_engine(engine, "SmolLM2-135M-Instruct")
    window.session.start_draft(DRAFT)
    window.start_humanize()
    deadline = 200
    while deadline and not (engine.calls >= 4 and window.humanize_bar.preview.text()):
        loop = QEventLoop()
        QTimer.singleShot(25, loop.quit)
        loop.exec()
        deadline -= 1
    _settle(app, window, 250)
    window._shot_cleanup = engine.resume.set
    return window


def state_error(app, settings):
    settings.engine.default_model = str(Path(tempfile.gettempdir()) / "missing-model.gguf")
    window = _window(settings)
    window.session.start_draft(DRAFT)
    window.start_humanize()
    for _ in range(200):
        if not window.humanizer.running:
            break
        _settle(app, window, 25)
    _settle(app, window, 200)
    return window


def state_models(app, settings):
    from humanize_desktop import paths
    from humanize_desktop.core.engine import load_catalog
    from humanize_desktop.gui.dialogs.model_manager import ModelManagerDialog

    window = _window(settings)
    entry = load_catalog()[1]
    models = paths.dirs().models
    models.mkdir(parents=True, exist_ok=True)
    with open(models / f"{entry.file}.part", "wb") as fh:  # sparse: an unfinished download, 40% done
        fh.truncate(int(entry.size * 0.4))
    dialog = ModelManagerDialog(window, window.engines, window.settings, window.downloads)
    dialog.tabs.setCurrentWidget(dialog.catalog)
    dialog.show()
    for _ in range(200):
        if window.downloads.loaded:
            break
        _settle(app, window, 25)
    dialog.catalog.select(entry.id)
    _settle(app, window, 200)
    window._shot_widget = dialog
    window._shot_cleanup = dialog.close
    return window


STATES: dict[str, Callable] = {
    "empty": state_empty,
    "streaming": state_streaming,
    "review": state_review,
    "findings": state_findings,
    "dark": state_dark,
    "error": state_error,
    "models": state_models,
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
        getattr(window, "_shot_widget", window).grab().save(str(path))
        from humanize_desktop.gui import theme

        theme.apply_theme("system")
        cleanup = getattr(window, "_shot_cleanup", None)
        if cleanup is not None:
            cleanup()
            window.humanizer.stop()
            window.runner.shutdown()
        print(path)
        window.session.set_modified(False)
        window.documents.review_saved = True  # no "save your work?" question
        window.close()
        window.deleteLater()
        app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
