"""Bringing back work after a crash: what the autosave records about the window, and restoring it.

The review file in the autosave holds the texts, the pending changes and
the decisions; the window adds where the draft came from (path, kind,
encoding, newlines), what was unsaved, the carets and the current change.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication

from humanize_desktop import __version__
from humanize_desktop.core.documents import Document
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.textio import TextFile
from humanize_desktop.gui.autosave import Recoverable, Snapshot, recoverable_sessions, snapshot_document
from humanize_desktop.gui.documents import Prompts, Target


def window_snapshot(window) -> Snapshot:
    """The window's working state for the autosave: the review plus what the review file cannot hold."""
    t = window.documents.target
    tf = t.text_file
    meta = {
        "version": 1, "app_version": __version__, "pid": os.getpid(), "saved_at": time.time(),
        "target": {"path": t.path, "kind": t.kind, "encoding": tf.encoding if tf else None,
                   "bom": tf.bom if tf else False, "newline": tf.newline if tf else "\n"},
        "has_suggestion": window.session.has_suggestion,
        "modified": window.session.modified,
        "review_saved": window.documents.review_saved,
        "current_id": window.session.current_id,
        "carets": {pane.side: window.caret_position(pane) for pane in window.view.panes()},
    }
    return Snapshot(snapshot_document(window.session.document), meta)


def offer_recovery(window) -> bool:
    """Offer back work left by a window that did not close cleanly; True if restored."""
    from humanize_desktop.gui.dialogs.recovery import RecoveryDialog

    restored = False
    for item in recoverable_sessions():
        if restored:
            item.release()
            continue
        choice = RecoveryDialog.ask(window, item)
        if choice == "restore":
            restored = restore(window, item)
        elif choice == "discard":
            item.discard()
        else:
            item.release()
    return restored


def restore(window, item: Recoverable) -> bool:
    """Show ``item``'s work exactly as it was left, then adopt it as this window's autosave."""
    try:
        doc = item.load()
    except HumanizeError as exc:
        message = QCoreApplication.translate("Recovery", "%1\nThe autosaved work is kept in %2.")
        Prompts.error(window, QCoreApplication.translate("Recovery", "Cannot Restore"),
                      message.replace("%1", str(exc)).replace("%2", str(item.folder)))
        item.release()
        return False
    meta = item.meta
    target = meta.get("target") if isinstance(meta.get("target"), dict) else {}
    kind, path = str(target.get("kind") or ""), target.get("path")
    source = None
    if kind == "text" and isinstance(target.get("encoding"), str):
        text_file = TextFile("", target["encoding"], bool(target.get("bom")), str(target.get("newline", "\n")))
        source = Document(path, kind, "", text_file=text_file)
    elif kind == "docx" and isinstance(path, str):
        source = Document(path, kind, "")  # saving reads the Word file again to write into it
    window.session.load(doc, has_suggestion=bool(meta.get("has_suggestion", True)))
    window.documents.target = Target(path, kind, source)
    window.documents.review_saved = bool(meta.get("review_saved", False))
    window.session.set_modified(bool(meta.get("modified", True)))
    carets = meta.get("carets") if isinstance(meta.get("carets"), dict) else {}
    for pane in window.view.panes():
        pos = carets.get(pane.side)
        if isinstance(pos, int) and 0 <= pos <= len(window.session.text(pane.side)):
            cursor = pane.textCursor()
            cursor.setPosition(window.session.sides[pane.side].to16(pos))
            pane.setTextCursor(cursor)
    if isinstance(meta.get("current_id"), str) and meta["current_id"]:
        window.show_change(meta["current_id"], focus=False)
    window.documents.target_changed.emit()
    window.autosaver.save_now(sync=True)
    item.discard()
    window.show_message(QCoreApplication.translate("Recovery", "Restored your unsaved work."))
    window.document_loaded.emit()
    return True
