"""Render every window, dialog and menu of the editor to PNG files, in every interface language.

    .venv/bin/python packaging/screenshots.py [--languages en de fr es | --all-languages]
                                              [--only NAME ...] [--out screenshots] [--size 1280x800]

Runs under Xvfb (started with ``xvfb-run -a`` when there is no display)
with the real xcb platform plugin, user directories in a temporary folder,
and writes one PNG per state into ``screenshots/<language>/`` (git-ignored;
straight into ``--out`` when one language is asked for). The states: the
empty window, humanizing in progress, a review with changes, the decided
changes, the findings panel, the dark theme, an error message, the find bar,
every menu of the menu bar, the context menu of a change, the preferences'
tabs, both tabs of the model manager (the "Get Models" tab with an
unfinished download; nothing is downloaded), the voice picker, the
learn-a-voice, alternatives, edit-change, accept-all, unsaved-work, recovery,
crash-report, shortcuts, about and "What I've Learned" dialogs. Modal dialogs
are captured through their real ``ask()`` code
(``exec`` is replaced by "show, capture, close"). ``--list`` prints the
state names. The window is 1280×800 by default, the width the toolbar must
fit in every language.

The translations must be compiled first (``packaging/build.py translations``).
The README shows ``resources/screenshots/review.png``; after a visible change
to the review window, refresh it with
``--only review --languages en --size 1440x880 --out resources/screenshots``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
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


#: Window size for every state (``--size``).
SIZE = (1280, 800)


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
    window.resize(*SIZE)
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

    settings.rewrite.use_cache = False  # an earlier language's pass must not answer this one
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


@contextmanager
def _modals_captured(app, shots: list):
    """Replace ``exec`` of dialogs and message boxes with: show, capture into ``shots``, close, cancel."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def capture(dialog) -> int:
        dialog.show()
        _pump(app, 250)
        shots.append(dialog.grab())
        dialog.close()
        return 0

    saved = QDialog.exec, QMessageBox.exec
    QDialog.exec = capture
    QMessageBox.exec = capture
    try:
        yield
    finally:
        QDialog.exec, QMessageBox.exec = saved


def _pump(app, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _modal(app, settings, ask: Callable, review: bool = True):
    """A window (with a review), and the picture of the dialog ``ask(window)`` opens."""
    window = _window(settings)
    if review:
        _review(window)
    _settle(app, window)
    shots: list = []
    with _modals_captured(app, shots):
        ask(window)
    window._shot_pixmap = shots[0] if shots else window.grab()
    return window


def state_decided(app, settings):
    window = _window(settings)
    _review(window)
    review = window.session.review
    window.decide("accept", review.changes[0].id)
    window.decide("reject", review.changes[0].id)
    window.session.edit(review.changes[0].id, "Remote work changed how we work.")
    window.changes_panel.show_decided(True)
    _wait_for_checks(app, window)
    _settle(app, window)
    return window


def state_find(app, settings):
    window = _window(settings)
    _review(window)
    window.view.find_bar.open_for(window.view.draft)
    window.view.find_bar.field.setText("remote")
    _settle(app, window)
    return window


def _menu_state(index: int):
    def state(app, settings):
        window = _window(settings)
        _review(window)
        _settle(app, window)
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        menu = menus[index]
        menu.popup(window.mapToGlobal(window.menuBar().actionGeometry(menu.menuAction()).bottomLeft()))
        _pump(app, 250)
        window._shot_pixmap = menu.grab()
        menu.hide()
        return window
    return state


def state_context_menu(app, settings):
    from PySide6.QtWidgets import QMenu

    window = _window(settings)
    _review(window)
    _wait_for_checks(app, window)
    _settle(app, window)
    change = window.session.review.changes[2]
    menu = QMenu(window)
    window.build_context_menu(window.view.suggestion, change.suggestion_start, menu)
    menu.popup(window.mapToGlobal(window.rect().center()))
    _pump(app, 250)
    window._shot_pixmap = menu.grab()
    menu.hide()
    return window


def _preferences_state(tab: int):
    def state(app, settings):
        from PySide6.QtWidgets import QTabWidget

        from humanize_desktop.gui.dialogs.preferences import PreferencesDialog

        window = _window(settings)
        dialog = PreferencesDialog(window, window.settings)
        dialog.findChild(QTabWidget).setCurrentIndex(tab)
        dialog.show()
        _settle(app, window, 250)
        window._shot_widget = dialog
        window._shot_cleanup = dialog.close
        return window
    return state


def state_models_local(app, settings):
    from humanize_desktop.gui.dialogs.model_manager import ModelManagerDialog

    window = _window(settings)
    window.engines.refresh_models()
    for _ in range(200):
        if window.engines.models:
            break
        _settle(app, window, 25)
    dialog = ModelManagerDialog(window, window.engines, window.settings, window.downloads)
    dialog.show()
    if dialog.table.rowCount():
        dialog.table.selectRow(0)
    _settle(app, window, 250)
    window._shot_widget = dialog
    window._shot_cleanup = dialog.close
    return window


def state_alternatives(app, settings):
    from humanize_desktop.gui.dialogs.alternatives import AlternativesDialog

    window = _window(settings)
    window.engines.use_engine(_AlternativesEngine(), "SmolLM2-135M-Instruct")
    _review(window)
    change = window.session.review.changes[2]
    options = window.humanize_bar.options()
    dialog = AlternativesDialog(window, window.engines, change, window.session.review.suggestion, options)
    dialog.show()
    for _ in range(200):
        if dialog.list.count() or dialog.message.text():
            break
        _settle(app, window, 25)
    _settle(app, window, 200)
    window._shot_widget = dialog
    window._shot_cleanup = dialog.close
    return window


class _AlternativesEngine(_ShowcaseEngine):
    """Answers alternatives requests as a small model does: labels, quotes and a note around the wording."""

    WORDINGS = ['Alternative: "new chances"', 'Here is one: "room to grow"\nThis option keeps the meaning.',
                '"fresh opportunities"']

    def generate(self, request, on_token=None, cancel=None):
        from humanize_desktop.core.engine.base import Generation

        answer = self.WORDINGS[self.calls % len(self.WORDINGS)]
        self.calls += 1
        return Generation(answer, 8, 0.05, "stop")


def state_edit_change(app, settings):
    def ask(window):
        window.edit_change(window.session.review.changes[2].id)
    return _modal(app, settings, ask)


def state_learn_voice(app, settings):
    from humanize_desktop.gui.dialogs.learn_voice import LearnVoiceDialog

    def ask(window):
        dialog = LearnVoiceDialog(window)
        dialog.name.setText("My blog")
        dialog.add_files(["/home/me/Documents/blog/garden.md", "/home/me/Documents/letters/bike.docx"])
        dialog.exec()
    return _modal(app, settings, ask, review=False)


def state_voice_picker(app, settings):
    """The humanize bar with a learned voice picked (its combo box open)."""
    from humanize_desktop.core.voice import profile as profiles

    sample = "I don't plan my week. I just start. It's fine, honestly. You'd be surprised how much gets done."
    profiles.save(profiles.learn("My blog", [("garden.md", sample)], "en"))
    window = _window(settings)
    _review(window)
    window.humanize_bar.fill_voices(select="My blog")
    _settle(app, window)
    return window


def state_accept_all(app, settings):
    from humanize_desktop.core.reviewfile import new_document

    def ask(window):
        draft = DRAFT.replace("March 2024", "March 2024 ([details](https://example.org/remote))")
        suggestion = SUGGESTION.replace("March 2024", "March 2024 ([details] (https://example.org/remote))")
        window.session.load(new_document(draft, suggestion), has_suggestion=True)
        window.accept_all()
    return _modal(app, settings, ask, review=False)


def state_unsaved(app, settings):
    from humanize_desktop.gui.documents import Prompts

    return _modal(app, settings, lambda window: Prompts.unsaved(window, "essay.md", 12, False))


def state_recovery(app, settings):
    import time
    from types import SimpleNamespace

    from humanize_desktop.gui.dialogs.recovery import RecoveryDialog

    item = SimpleNamespace(saved_at=time.time() - 300, name="essay.md")
    return _modal(app, settings, lambda window: RecoveryDialog.ask(window, item), review=False)


def state_crash(app, settings):
    from humanize_desktop.gui.dialogs.error import ErrorDialog

    return _modal(app, settings, lambda window: ErrorDialog.ask(
        window, "ValueError: an example", "Traceback (most recent call last):\n  …", "/tmp/humanize-autosave"))


def state_shortcuts(app, settings):
    return _modal(app, settings, lambda window: window.show_shortcuts(), review=False)


def state_about(app, settings):
    return _modal(app, settings, lambda window: window.show_about(), review=False)


def state_learned(app, settings):
    """What I've Learned, with one preference of each kind learned from made-up decisions."""
    from humanize_desktop.core.learning.store import DecisionEntry, PreferenceStore

    def decided(n, decision, source, rule, before, suggested, after):
        return [DecisionEntry(f"{before}-{i}", decision, source, rule, "", before, suggested, after, "en", "natural",
                              float(i)) for i in range(n)]

    store = PreferenceStore.load()
    store.reset()
    store.record(decided(5, "rejected", "rule", "opener.furthermore", "Furthermore, the", "The", "Furthermore, the")
                 + decided(3, "rejected", "model", None, "leverage", "use", "leverage")
                 + decided(2, "edited", "rule", "stock-phrase.utilize", "utilize", "employ", "use")
                 + decided(1, "accepted", "model", None, "Our team of 14 people moved fully remote in March 2024.",
                           "In March 2024, all 14 of us went remote.", "In March 2024, all 14 of us went remote."))
    store.save()
    return _modal(app, settings, lambda window: window.learning.open_dialog(window), review=False)


STATES: dict[str, Callable] = {
    "empty": state_empty,
    "streaming": state_streaming,
    "review": state_review,
    "decided": state_decided,
    "findings": state_findings,
    "dark": state_dark,
    "error": state_error,
    "find": state_find,
    **{f"menu-{i + 1}": _menu_state(i) for i in range(7)},
    "context-menu": state_context_menu,
    "preferences-general": _preferences_state(0),
    "preferences-checks": _preferences_state(1),
    "preferences-server": _preferences_state(2),
    "models": state_models,
    "models-local": state_models_local,
    "alternatives": state_alternatives,
    "edit-change": state_edit_change,
    "learn-voice": state_learn_voice,
    "voice-picker": state_voice_picker,
    "accept-all": state_accept_all,
    "unsaved": state_unsaved,
    "recovery": state_recovery,
    "crash": state_crash,
    "shortcuts": state_shortcuts,
    "about": state_about,
    "learned": state_learned,
}


def _shoot(app, name: str, path: Path) -> None:
    from humanize_desktop import config
    from humanize_desktop.gui import theme

    window = STATES[name](app, config.Settings())
    picture = getattr(window, "_shot_pixmap", None)
    if picture is None:
        picture = getattr(window, "_shot_widget", window).grab()
    picture.save(str(path))
    theme.apply_theme("system")
    cleanup = getattr(window, "_shot_cleanup", None)
    if cleanup is not None:
        cleanup()
        window.humanizer.stop()
        window.runner.shutdown()
    window.session.set_modified(False)
    window.documents.review_saved = True  # no "save your work?" question
    window.close()
    window.deleteLater()
    app.processEvents()


def main() -> int:
    global SIZE
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--only", nargs="*", default=None, help="render only these states")
    parser.add_argument("--languages", nargs="*", default=["en"], help="interface languages (en de fr es)")
    parser.add_argument("--all-languages", action="store_true", help="every interface language")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--list", action="store_true", help="print the state names and stop")
    args = parser.parse_args()
    if args.list:
        print("\n".join(STATES))
        return 0
    unknown = [n for n in args.only or () if n not in STATES]
    if unknown:
        parser.error(f"unknown state(s): {', '.join(unknown)} (see --list)")
    width, _, height = args.size.partition("x")
    SIZE = (int(width), int(height))
    _ensure_display()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    tmp = Path(tempfile.mkdtemp(prefix="humanize-shots-"))
    from humanize_desktop import paths

    paths.init(config_dir=tmp / "config", data_dir=tmp / "data", state_dir=tmp / "state", cache_dir=tmp / "cache")
    from humanize_desktop.app import create_application
    from humanize_desktop.gui import i18n

    app = create_application([sys.argv[0]])
    languages = list(i18n.LANGUAGES) if args.all_languages else args.languages
    for language in languages:
        if i18n.install_translators(app, language) != language:
            sys.exit(f"no compiled {language!r} translation: run packaging/build.py translations first")
        out = Path(args.out) / language if len(languages) > 1 else Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for name in STATES:
            if args.only and name not in args.only:
                continue
            path = out / f"{name}.png"
            _shoot(app, name, path)
            print(path, flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
