"""Scripted steps for end-to-end tests of the real application process.

When ``HUMANIZE_TEST_ACTIONS`` names a JSON file, the started app performs
its steps once the window shows (and the file given on the command line is
open), through the same code paths a person's typing and clicks take, then
writes ``<file>.done`` once the result has been autosaved. Tests use it to
kill the process at a known point and check what the next start restores.

Steps: ``{"type": TEXT, "side": "draft", "at": N}`` (``at`` -1: the end),
``{"suggest": TEXT}`` (a suggestion, as humanizing would give),
``{"accept": I}`` / ``{"reject": I}`` (the I-th pending change).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

ENV = "HUMANIZE_TEST_ACTIONS"


def run_if_requested(window, waiting_for_file: bool) -> None:
    path = os.environ.get(ENV)
    if not path:
        return
    steps = json.loads(Path(path).read_text(encoding="utf-8"))

    def start(*_args) -> None:
        QTimer.singleShot(50, window, lambda: _run(window, steps, Path(path)))

    if waiting_for_file:
        window.document_loaded.connect(start)
    else:
        start()


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
