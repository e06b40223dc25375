"""The open review, mirrored into the two editor documents.

``ReviewSession`` owns the ``ReviewDocument`` being worked on. The core
``Review`` inside it is the single source of truth for both texts, the
pending changes and the one undo history; the two ``QTextDocument`` objects
the panes show are mirrors of it:

* decisions, undo and redo go to the ``Review``, and the ``TextEdit`` records
  of the ``ReviewUpdate`` it returns are replayed into the documents;
* typing happens in a document first (Qt does the editing), is read back
  from ``contentsChange`` and forwarded with ``Review.edit_text``.

Qt counts positions in UTF-16 code units, the core in code points; one
``Utf16Map`` per side, kept current edit by edit, converts between them.

Typing in the draft outside any pending change is the person's own writing,
not a difference from the suggestion, so it is copied into the suggestion
too, in the same undo step (the rule and the place it goes to are
``core.positions.mirrored_span``). Typing inside a change, or in the
suggestion, changes only that side and the change is re-diffed.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument

from humanize_desktop.core.diffing import Change
from humanize_desktop.core.positions import SIDES, Side, mirrored_span, other_side
from humanize_desktop.core.review import Review, ReviewUpdate, TextEdit, UnknownChange
from humanize_desktop.core.reviewfile import ReviewDocument, new_document
from humanize_desktop.core.segmentation import Utf16Map

#: Typing pauses longer than this start a new undo step.
TYPING_PAUSE_S = 2.0
#: Updates with more edits than this replace the whole document text at once.
BULK_EDITS = 1500


def normalise_text(text: str) -> str:
    """Text as a Qt document can hold it: Qt turns CR and U+2029 into line breaks."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2029" in text:
        text = text.replace("\u2029", "\n")
    return text


class SideText:
    """One side's QTextDocument and the map of its UTF-16 positions."""

    def __init__(self, side: Side, document: QTextDocument) -> None:
        self.side = side
        self.document = document
        self.map = Utf16Map("")
        self.revision = 0  # bumps on every edit, so late check results can be dropped

    def to16(self, index: int) -> int:
        return self.map.to_utf16(index)

    def from16(self, pos16: int) -> int:
        return self.map.from_utf16(pos16)


class ReviewSession(QObject):
    """The review being worked on, and the two documents that show it."""

    #: A ReviewUpdate after both documents show it.
    updated = Signal(object)
    #: A different document was loaded (or a new review began).
    reset = Signal()
    #: One side's text changed: side, start, old end, new end (code points).
    edited = Signal(str, int, int, int)
    #: The change the person is looking at: its id, or "".
    current_changed = Signal(str)
    modified_changed = Signal(bool)

    def __init__(self, draft_document: QTextDocument, suggestion_document: QTextDocument,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sides: dict[Side, SideText] = {
            "draft": SideText("draft", draft_document),
            "suggestion": SideText("suggestion", suggestion_document),
        }
        for side, st in self.sides.items():
            st.document.setUndoRedoEnabled(False)
            st.document.contentsChange.connect(
                lambda pos, removed, added, side=side: self._on_contents_change(side, pos, removed, added))
        self.document: ReviewDocument = new_document("", "")
        self.has_suggestion = False
        self.current_id = ""
        self.modified = False
        self._applying = False
        self._keys = itertools.count(1)
        self._typing: tuple[Side, int, int, float, str, bool] | None = None
        self.load(self.document, has_suggestion=False)

    # ------------------------------------------------------------------ state

    @property
    def review(self) -> Review:
        return self.document.review

    def text(self, side: Side) -> str:
        return self.review.text(side)

    def is_empty(self) -> bool:
        return not self.review.draft and not self.review.suggestion

    def set_modified(self, modified: bool) -> None:
        if modified != self.modified:
            self.modified = modified
            self.modified_changed.emit(modified)

    def set_current(self, change_id: str) -> None:
        if change_id:
            try:
                self.review.change(change_id)
            except UnknownChange:
                change_id = ""
        if change_id != self.current_id:
            self.current_id = change_id
            self.current_changed.emit(change_id)

    def current_change(self) -> Change | None:
        if not self.current_id:
            return None
        try:
            return self.review.change(self.current_id)
        except UnknownChange:
            return None

    # ------------------------------------------------------------------ loading

    def load(self, document: ReviewDocument, *, has_suggestion: bool) -> None:
        """Show ``document``; its texts must already be normalised (see ``normalise_text``)."""
        self.document = document
        self.has_suggestion = has_suggestion
        self._typing = None
        self._applying = True
        try:
            for side, st in self.sides.items():
                text = document.review.text(side)
                st.document.setPlainText(text)
                st.document.setUndoRedoEnabled(False)
                st.map = Utf16Map(text)
                st.revision += 1
        finally:
            self._applying = False
        self.current_id = ""
        self.set_modified(False)
        self.reset.emit()
        self.current_changed.emit("")

    def show_suggestion(self, shown: bool = True) -> None:
        """Humanizing began (or was undone to nothing): show or hide the suggestion side."""
        if shown != self.has_suggestion:
            self.has_suggestion = shown
            self.updated.emit(ReviewUpdate())

    def start_draft(self, text: str, source_path: str | None = None) -> None:
        """A new piece of work: ``text`` as the draft, no suggestion yet."""
        text = normalise_text(text)
        self.load(new_document(text, text, source_path=source_path), has_suggestion=False)

    # ------------------------------------------------------------------ decisions

    def _run(self, update: ReviewUpdate) -> ReviewUpdate:
        self._typing = None
        self.apply_to_documents(update.edits)
        self._after(update)
        return update

    def accept(self, change_id: str) -> ReviewUpdate:
        return self._run(self.review.accept(change_id))

    def reject(self, change_id: str) -> ReviewUpdate:
        return self._run(self.review.reject(change_id))

    def edit(self, change_id: str, text: str) -> ReviewUpdate:
        return self._run(self.review.edit(change_id, normalise_text(text)))

    def accept_all(self) -> ReviewUpdate:
        return self._run(self.review.accept_all())

    def accept_many(self, change_ids: Iterable[str]) -> ReviewUpdate:
        return self._run(self.review.accept_many(change_ids))

    def reject_all(self) -> ReviewUpdate:
        return self._run(self.review.reject_all())

    def undo(self) -> ReviewUpdate:
        return self._run(self.review.undo())

    def redo(self) -> ReviewUpdate:
        return self._run(self.review.redo())

    def replace_text(self, side: Side, start: int, end: int, new: str, coalesce: str = "",
                     label: str = "replace") -> ReviewUpdate:
        """Replace ``[start, end)`` of one side as one undoable step (not typing).

        Used for streamed suggestion paragraphs (with a shared ``coalesce`` key,
        so one humanize pass undoes as one step) and for applying a fix.
        """
        new = normalise_text(new)
        mirror = mirrored_span(self.review.changes, side, start, end)
        key = coalesce or f"replace-{next(self._keys)}"
        update = self.review.edit_text(side, start, end, new, coalesce=key, label=label)
        self._typing = None
        self.apply_to_documents(update.edits)
        if mirror is not None:
            second = self.review.edit_text(other_side(side), *mirror, new, coalesce=key, label=label)
            self.apply_to_documents(second.edits)
            update = _merged(update, second)
        self._after(update)
        return update

    def new_step(self) -> None:
        """End the current run of typing, so the next keystroke is a new undo step."""
        self._typing = None

    def _after(self, update: ReviewUpdate) -> None:
        if update.edits or update.removed or update.added:
            self.set_modified(True)
        if self.current_id and self.current_id in update.removed and self.current_id not in update.added:
            self.current_id = ""
            self.current_changed.emit("")
        self.updated.emit(update)

    # ------------------------------------------------------------------ mirroring

    def apply_to_documents(self, edits: Iterable[TextEdit]) -> None:
        """Replay ``edits`` (in order) into the documents and position maps."""
        edits = list(edits)
        if not edits:
            return
        self._applying = True
        cursors: dict[Side, QTextCursor] = {}
        try:
            for side in SIDES:
                side_edits = [e for e in edits if e.side == side]
                if len(side_edits) > BULK_EDITS:
                    self._replace_whole(side)
                    for e in side_edits:
                        self.edited.emit(side, e.start, e.end, e.start + len(e.new))
                    edits = [e for e in edits if e.side != side]
            for e in edits:
                st = self.sides[e.side]
                cursor = cursors.get(e.side)
                if cursor is None:
                    cursor = cursors[e.side] = QTextCursor(st.document)
                    cursor.beginEditBlock()
                s16, e16 = st.map.to_utf16(e.start), st.map.to_utf16(e.end)
                cursor.setPosition(s16)
                cursor.setPosition(e16, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(e.new)
                st.map.replace(e.start, e.end, e.new)
                st.revision += 1
                self.edited.emit(e.side, e.start, e.end, e.start + len(e.new))
        finally:
            for cursor in cursors.values():
                cursor.endEditBlock()
            self._applying = False

    def _replace_whole(self, side: Side) -> None:
        st = self.sides[side]
        text = self.review.text(side)
        cursor = QTextCursor(st.document)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        st.map = Utf16Map(text)
        st.revision += 1

    def _on_contents_change(self, side: Side, pos16: int, removed16: int, added16: int) -> None:
        if self._applying:
            return
        st = self.sides[side]
        old = self.review.text(side)
        # Qt may count the document's final paragraph separator: clamp to the text.
        pos16 = min(pos16, st.map.length16)
        end16 = min(pos16 + removed16, st.map.length16)
        start, end = st.map.from_utf16(pos16), st.map.from_utf16(end16)
        cursor = QTextCursor(st.document)
        limit = st.document.characterCount() - 1
        cursor.setPosition(min(pos16, limit))
        cursor.setPosition(min(pos16 + added16, limit), QTextCursor.MoveMode.KeepAnchor)
        new = cursor.selectedText().replace("\u2029", "\n")
        # Qt reports the union of an edit block; keep only what differs.
        segment = old[start:end]
        p = 0
        limit_p = min(len(segment), len(new))
        while p < limit_p and segment[p] == new[p]:
            p += 1
        s = 0
        while s < limit_p - p and segment[len(segment) - 1 - s] == new[len(new) - 1 - s]:
            s += 1
        start, end, new = start + p, end - s, new[p:len(new) - s]
        if start == end and not new:
            return
        self._typed(side, start, end, new)

    def _typing_key(self, side: Side, start: int, end: int, new: str) -> str:
        now = time.monotonic()
        small = len(new) <= 1 and end - start <= 1
        space = new.isspace() if new else False
        prev = self._typing
        if prev and small and prev[0] == side and now - prev[3] < TYPING_PAUSE_S \
                and (start == prev[2] or end == prev[1]) and not (space and not prev[5]):
            key = prev[4]
        else:
            key = f"typing-{next(self._keys)}"
        self._typing = (side, start, start + len(new), now, key, space) if small else None
        return key

    def _typed(self, side: Side, start: int, end: int, new: str) -> None:
        review = self.review
        key = self._typing_key(side, start, end, new)
        mirror = mirrored_span(review.changes, side, start, end)
        update = review.edit_text(side, start, end, new, coalesce=key)
        st = self.sides[side]
        for e in update.edits:  # the document already shows these
            st.map.replace(e.start, e.end, e.new)
            st.revision += 1
            self.edited.emit(side, e.start, e.end, e.start + len(e.new))
        if mirror is not None:
            second = review.edit_text(other_side(side), *mirror, new, coalesce=key)
            self.apply_to_documents(second.edits)
            update = _merged(update, second)
        self._after(update)


def _merged(first: ReviewUpdate, second: ReviewUpdate) -> ReviewUpdate:
    removed = [i for i in first.removed if i not in second.added] + second.removed
    added = [i for i in first.added if i not in second.removed] + second.added
    return ReviewUpdate(first.edits + second.edits, removed, added)
