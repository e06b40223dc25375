"""Opening and saving: text, Markdown, Word and review files; exports; recent files.

``DocumentController`` knows where the draft came from and where Save
writes. The formats themselves are ``core.documents``' business (the same
layer every command uses): a text file keeps its encoding and newlines, a
Word file its paragraphs, links, fields and formatting, and a ``.humanize``
review file both texts and every decision. What a save cannot keep is asked
about before anything is written. Reading runs on the worker pool, so a
10 MB file does not freeze the window; every problem becomes one clear
message and nothing is lost.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from humanize_desktop import paths
from humanize_desktop.core import documents, reviewfile, textio
from humanize_desktop.core.documents import Document, PreparedSave, kind_of
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.messages import Message
from humanize_desktop.core.report import ReportNotes, change_report_html
from humanize_desktop.core.textio import TextFile
from humanize_desktop.gui import i18n
from humanize_desktop.gui.session import ReviewSession, normalise_text
from humanize_desktop.gui.workers import Failure, Job, Runner

log = logging.getLogger(__name__)

RECENT_FILE = "recent.json"


@dataclass
class Target:
    """Where the draft came from and where Save puts it."""

    path: str | None = None
    kind: str = ""  # "text", "docx", "review" or "" (never saved)
    source: Document | None = None  # the file as last read or written: what saving back needs

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path else ""

    @property
    def text_file(self) -> TextFile | None:
        """A text file's encoding, byte-order mark and newlines."""
        return self.source.text_file if self.source is not None else None


def read_document(path: str) -> Document:
    """Read any supported file (runs on a worker thread); raises HumanizeError."""
    document = documents.open_document(path)
    if document.kind == "review" and document.review is not None:
        for side in ("draft", "suggestion"):
            text = document.review.review.text(side)
            if normalise_text(text) != text:
                raise reviewfile.ReviewFileError(path, "holds line breaks this editor cannot show exactly")
        return document
    return replace(document, text=normalise_text(document.text))


class FileDialogs:
    """File choosers, as classmethods so tests can replace them."""

    OPEN_FILTER = ("Documents (*.txt *.md *.markdown *.docx *.humanize);;Text (*.txt *.md *.markdown);;"
                   "Word (*.docx);;Humanize review (*.humanize);;All files (*)")

    @classmethod
    def ask_open(cls, parent: QWidget, directory: str = "") -> str | None:
        title = QCoreApplication.translate("FileDialogs", "Open")
        with focus_kept(parent):
            path, _ = QFileDialog.getOpenFileName(parent, title, directory, cls.OPEN_FILTER)
        return path or None

    @classmethod
    def ask_save(cls, parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
        with focus_kept(parent):
            path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters,
                                                  filter_for(suggested, filters))
        return path or None


def filter_for(path: str, filters: str) -> str:
    """The entry of ``filters`` ("Word (*.docx);;…") that matches ``path``'s extension, else the first."""
    entries = filters.split(";;")
    suffix = Path(path).suffix.lower()
    if suffix:
        for entry in entries:
            patterns = entry[entry.find("(") + 1:entry.rfind(")")].split()
            if f"*{suffix}" in patterns:
                return entry
    return entries[0]


@contextmanager
def focus_kept(parent: QWidget | None) -> Iterator[None]:
    """Give the keyboard back to the window and the widget that had it when a file dialog closes.

    Without this the window can stay inactive after the dialog, and none of
    its shortcuts work until the person clicks into it.
    """
    widget = QApplication.focusWidget()
    try:
        yield
    finally:
        window = parent.window() if parent is not None else None
        if window is not None:
            window.activateWindow()
        if widget is not None and widget.isVisible():
            widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


class Prompts:
    """Questions to the person, as classmethods so tests can answer them."""

    @classmethod
    def unsaved(cls, parent: QWidget, name: str, pending: int, is_review: bool) -> str:
        """'save', 'review' (save as review file), 'discard' or 'cancel'."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "Unsaved Work"))
        box.setText(QCoreApplication.translate("Prompts", "Save your work on “%1” before closing it?")
                    .replace("%1", name))
        buttons = {
            box.addButton(QMessageBox.StandardButton.Save): "save",
            box.addButton(QMessageBox.StandardButton.Discard): "discard",
            box.addButton(QMessageBox.StandardButton.Cancel): "cancel",
        }
        if pending and not is_review:
            box.setInformativeText(QCoreApplication.translate(
                "Prompts", "Pending changes: %1. They are kept only if you save a review file.")
                .replace("%1", str(pending)))
            review = box.addButton(QCoreApplication.translate("Prompts", "Save &Review…"),
                                   QMessageBox.ButtonRole.AcceptRole)
            buttons[review] = "review"
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.exec()
        return buttons.get(box.clickedButton(), "cancel")

    @classmethod
    def encoding_fallback(cls, parent: QWidget, path: str, encoding: str) -> bool:
        """True to save as UTF-8 when the text no longer fits the file's encoding."""
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Prompts", "Encoding"),
            QCoreApplication.translate("Prompts", "“%1” was %2 text, which cannot hold some characters now in "
                                                  "the draft. Save it as UTF-8 instead?")
            .replace("%1", Path(path).name).replace("%2", encoding.upper()))
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def save_losses(cls, parent: QWidget, name: str, notes: list[str]) -> bool:
        """True to save although ``notes`` name things the saved file cannot keep."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "Save"))
        box.setText(QCoreApplication.translate("Prompts", "Saving “%1” cannot keep everything as it was:")
                    .replace("%1", name))
        shown = notes[:12]
        more = len(notes) - len(shown)
        details = "\n".join(f"• {n}" for n in shown)
        if more:
            details += "\n" + QCoreApplication.translate("Prompts", "…and %1 more.").replace("%1", str(more))
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Save

    @classmethod
    def error(cls, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)


class DocumentController(QObject):
    """Files in and out of the window's review session."""

    #: A file was read and is now shown.
    loaded = Signal(str)
    #: A save finished: the path written.
    saved = Signal(str)
    #: An export (final text or report) was written: the path.
    exported = Signal(str)
    #: The target (name shown in the title) changed.
    target_changed = Signal()
    recent_changed = Signal()
    #: Something the person should know about the file just opened.
    notice = Signal(str)

    def __init__(self, session: ReviewSession, runner: Runner, window: QWidget, max_recent: int = 10) -> None:
        super().__init__(window)
        self.session = session
        self.runner = runner
        self.window = window
        self.target = Target()
        self.max_recent = max_recent
        self.review_saved = True  # pending changes and decisions are in a review file (or there are none)
        self.loading = ""  # path being read
        #: What the report says beyond the review file (flags, findings, …); the window provides it.
        self.report_notes = ReportNotes
        session.updated.connect(self._review_touched)

    def _review_touched(self, update) -> None:
        if update.added or update.removed:
            self.review_saved = False

    # ------------------------------------------------------------------ reading

    def open_path(self, path: str, *, on_loaded=None) -> Job:
        """Read ``path`` off the GUI thread, then show it."""
        path = os.path.abspath(path)
        self.loading = path

        def done(_job: Job, loaded: Document) -> None:
            self.loading = ""
            self.show_loaded(loaded)
            if on_loaded is not None:
                on_loaded()

        def failed(_job: Job, failure: Failure) -> None:
            self.loading = ""
            if failure.is_bug:
                raise failure.error
            Prompts.error(self.window, self.tr("Cannot Open File"), str(failure))
            self.loaded.emit("")

        return self.runner.submit(lambda _job: read_document(path), name="open", on_done=done, on_error=failed)

    def show_loaded(self, loaded: Document) -> None:
        path = loaded.path or ""
        if loaded.kind == "review" and loaded.review is not None:
            doc = loaded.review
            has_suggestion = bool(doc.review.changes or doc.review.decisions
                                  or doc.original_suggestion != doc.original_draft)
            self.session.load(doc, has_suggestion=has_suggestion)
        else:
            self.session.start_draft(loaded.text, source_path=path)
        self.target = Target(path, loaded.kind, loaded)
        self.review_saved = True
        self.add_recent(path)
        self.target_changed.emit()
        self.loaded.emit(path)
        notices = [self.message_text(n) for n in loaded.notices]
        if notices:
            self.notice.emit(" ".join(notices))

    def message_text(self, message: Message) -> str:
        """A core message about a file, in the window's language where it has the sentence."""
        args = message.args
        if message.id == "document.hidden_parts":
            return self.hidden_parts_notice({k: int(args[k]) for k in ("tables", "headers", "text_boxes")
                                             if k in args})
        if message.id == "document.tracked_changes":
            return self.tr("“%1” has tracked changes: the text is shown with them accepted. Saving keeps "
                           "them; your edits are saved as plain text.").replace("%1", str(args.get("name", "")))
        return i18n.message_text(message)  # the others: translated by their template

    def hidden_parts_notice(self, hidden: dict[str, int]) -> str:
        """One sentence naming what of a Word file the review leaves alone."""
        names = {"tables": self.tr("tables: %1"), "headers": self.tr("headers and footers: %1"),
                 "text_boxes": self.tr("text boxes: %1")}
        parts = [names[k].replace("%1", str(n)) for k, n in hidden.items() if k in names]
        return self.tr("Only the body text is shown for review. Not shown, and kept as they are when you "
                       "save: %1.").replace("%1", "; ".join(parts))

    def new_document(self) -> None:
        self.session.start_draft("")
        self.target = Target()
        self.review_saved = True
        self.target_changed.emit()

    # ------------------------------------------------------------------ writing

    def save(self) -> bool:
        """Save to where the draft came from (asks for a name the first time)."""
        if not self.target.path:
            return self.save_as()
        return self._write(self.target.path, self.target.kind)

    def save_as(self) -> bool:
        suggested = self.target.path or str(Path.home() / "untitled.txt")
        filters = self.tr("Text (*.txt);;Markdown (*.md);;Word (*.docx);;Humanize review (*.humanize)")
        path = FileDialogs.ask_save(self.window, self.tr("Save As"), suggested, filters)
        if not path:
            return False
        kind = kind_of(path)
        if kind == "text" and not Path(path).suffix:
            path += ".txt"
        return self._write(path, kind)

    def save_review_as(self) -> bool:
        base = Path(self.target.path).with_suffix(reviewfile.SUFFIX) if self.target.path else \
            Path.home() / f"untitled{reviewfile.SUFFIX}"
        path = FileDialogs.ask_save(self.window, self.tr("Save Review As"), str(base),
                                    self.tr("Humanize review (*.humanize)"))
        if not path:
            return False
        if not path.endswith(reviewfile.SUFFIX):
            path += reviewfile.SUFFIX
        return self._write(path, "review")

    def export_text(self) -> bool:
        suggested = str(Path(self.target.path or Path.home() / "untitled").with_suffix(".txt"))
        path = FileDialogs.ask_save(self.window, self.tr("Export Final Text"), suggested,
                                    self.tr("Text (*.txt);;Markdown (*.md);;Word (*.docx)"))
        if not path:
            return False
        return self._write(path, kind_of(path), export=True)

    def export_report(self) -> bool:
        suggested = str(Path(self.target.path or Path.home() / "untitled").with_suffix(".html"))
        path = FileDialogs.ask_save(self.window, self.tr("Export Change Report"), suggested,
                                    self.tr("Web page (*.html)"))
        if not path:
            return False
        labels = {"report": self.tr("Change report"), "summary": self.tr("Summary"),
                  "decisions": self.tr("Decisions"), "pending": self.tr("Pending changes"),
                  "final": self.tr("Final text"), "draft": self.tr("Draft"), "suggestion": self.tr("Suggestion"),
                  "result": self.tr("Result"), "decision": self.tr("Decision"), "accepted": self.tr("accepted"),
                  "rejected": self.tr("rejected"), "edited": self.tr("edited"), "none": self.tr("None."),
                  "created": self.tr("Started"), "model": self.tr("Model"), "style": self.tr("Style"),
                  "removed": self.tr("removed"), "nothing": self.tr("nothing"), "flags": self.tr("Flags"),
                  "flagged": self.tr("flagged"), "why": self.tr("Why"),
                  "kept": self.tr("Paragraphs kept as drafted"), "paragraph": self.tr("Paragraph"),
                  "reason": self.tr("Reason"), "findings": self.tr("Findings"), "ai": self.tr("AI-likeness"),
                  "ai_both": self.tr("draft %1 → suggestion %2 (0 reads like a person, 1 machine-made)"),
                  "ai_draft": self.tr("draft %1 (0 reads like a person, 1 machine-made)")}
        page = change_report_html(self.session.document, self.target.name, labels, self.report_notes())
        try:
            textio.atomic_write(path, page)
        except OSError as exc:
            Prompts.error(self.window, self.tr("Cannot Save"), self.tr("%1 could not be saved (%2).")
                          .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return False
        self.exported.emit(path)
        return True

    def _write(self, path: str, kind: str, export: bool = False) -> bool:
        """Write synchronously (saves must be done when the method returns: quitting waits on it)."""
        draft = self.session.review.draft
        try:
            if kind == "review":
                reviewfile.save(path, self.session.document)
                written = Document(path, "review", draft, review=self.session.document)
            else:
                prepared = documents.prepare_save(path, draft, like=self._saving_like())
                if not self._confirm(prepared):
                    return False
                written = prepared.write()
        except HumanizeError as exc:
            log.warning("saving %s failed: %s", path, exc)
            Prompts.error(self.window, self.tr("Cannot Save"), str(exc))
            return False
        except OSError as exc:
            log.warning("saving %s failed: %s", path, exc)
            Prompts.error(self.window, self.tr("Cannot Save"), self.tr("%1 could not be saved (%2).")
                          .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return False
        if not export:
            self.target = Target(path, kind, written)
            self.session.set_modified(False)
            if kind != "review":
                self.session.document.source_path = path
            if kind == "review" or not self.session.review.changes:
                self.review_saved = True
            self.add_recent(path)
            self.target_changed.emit()
        (self.exported if export else self.saved).emit(path)
        return True

    def _saving_like(self) -> Document | None:
        """The document a save writes like: the file the draft came from (a review: the file it was made from)."""
        if self.target.kind == "review":
            return Document(self.target.path, "review", self.session.review.draft, review=self.session.document)
        return self.target.source

    def _confirm(self, prepared: PreparedSave) -> bool:
        """Ask about what the save cannot keep; True to write."""
        fallback = [n for n in prepared.notes if n.id == "document.saved_as_utf8"]
        if fallback and not Prompts.encoding_fallback(self.window, prepared.path, str(fallback[0].args["encoding"])):
            return False
        losses = [self.message_text(n) for n in prepared.notes if n.id != "document.saved_as_utf8"]
        return not losses or Prompts.save_losses(self.window, Path(prepared.path).name, losses)

    # ------------------------------------------------------------------ closing

    def has_unsaved_work(self) -> bool:
        return self.session.modified or (not self.review_saved and self.session.review.pending_count > 0)

    def maybe_save(self) -> bool:
        """Ask about unsaved work; True when it is safe to go on (saved or discarded)."""
        if not self.has_unsaved_work():
            return True
        pending = self.session.review.pending_count if self.session.has_suggestion else 0
        answer = Prompts.unsaved(self.window, self.target.name or self.tr("Untitled"), pending,
                                 self.target.kind == "review")
        if answer == "save":
            return self.save()
        if answer == "review":
            return self.save_review_as()
        return answer == "discard"

    # ------------------------------------------------------------------ recent files

    def _recent_path(self) -> Path:
        return paths.dirs().state / RECENT_FILE

    def recent_files(self) -> list[str]:
        try:
            data = json.loads(self._recent_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return [p for p in data if isinstance(p, str)][: self.max_recent] if isinstance(data, list) else []

    def add_recent(self, path: str) -> None:
        items = [path] + [p for p in self.recent_files() if p != path]
        try:
            textio.atomic_write(self._recent_path(), json.dumps(items[: self.max_recent], ensure_ascii=False))
        except OSError:
            return  # a read-only state folder only costs the recent list
        self.recent_changed.emit()

    def clear_recent(self) -> None:
        try:
            self._recent_path().unlink(missing_ok=True)
        except OSError:
            pass
        self.recent_changed.emit()
