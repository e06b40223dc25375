"""Runs the real application with scripted steps, for end-to-end tests of the app process.

    python -m tests.gui.app_driver STEPS.json [FILE]

Starts the app exactly as ``python -m humanize_desktop [FILE]`` does
(``app.run_app``), and once the window shows and FILE is open performs the
steps through the same code paths a person's typing and clicks take, then
writes ``STEPS.json.done`` once the result has been autosaved. Tests use it
to kill the process at a known point and check what the next start restores.

Steps: ``{"type": TEXT, "side": "draft", "at": N}`` (``at`` -1: the end),
``{"suggest": TEXT}`` (a suggestion, as humanizing would give),
``{"accept": I}`` / ``{"reject": I}`` (the I-th pending change).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

from humanize_desktop.app import create_application, run_app

#: How often to look whether the window is up and its file open.
POLL_MS = 50


def main(argv: list[str]) -> int:
    steps_path = Path(argv[0])
    steps = json.loads(steps_path.read_text(encoding="utf-8"))
    app = create_application()  # run_app takes this one, and hands it the window

    def begin() -> None:
        window = getattr(app, "window", None)
        if window is None or window.documents.loading:
            QTimer.singleShot(POLL_MS, begin)
            return
        _run(window, steps, steps_path)

    QTimer.singleShot(POLL_MS, begin)
    return run_app(argv[1] if len(argv) > 1 else None)


def _run(window, steps: list[dict], path: Path) -> None:
    session = window.session
    for step in steps:
        if "type" in step:
            side = step.get("side", "draft")
            pane = window.view.pane(side)
            at = int(step.get("at", -1))
            text = session.text(side)
            pos = len(text) if at < 0 else min(at, len(text))
            cursor = QTextCursor(pane.document())
            cursor.setPosition(session.sides[side].to16(pos))
            cursor.insertText(step["type"])
        elif "suggest" in step:
            session.show_suggestion(True)
            session.replace_text("suggestion", 0, len(session.review.suggestion), step["suggest"],
                                 coalesce="humanize-test")
        elif "accept" in step or "reject" in step:
            what = "accept" if "accept" in step else "reject"
            change = session.review.changes[int(step[what])]
            window.decide(what, change.id)

    def written(review_path: str) -> None:
        done = {"autosave": review_path, "draft": session.review.draft,
                "suggestion": session.review.suggestion, "pending": session.review.pending_count}
        Path(str(path) + ".done").write_text(json.dumps(done, ensure_ascii=False), encoding="utf-8")

    window.autosaver.written.connect(written)
    window.autosaver.save_now()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
