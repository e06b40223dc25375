"""Documents in and out, whatever their format: the one layer the window and every command use.

``open_document(path)`` reads a text file (.txt, .md, any encoding), a Word
file (.docx) or a ``.humanize`` review file into a ``Document``: the text to
review, its kind, what saving it back needs (the text file's encoding and
newlines, the Word file's bytes), the review of a review file, and notices
for the person (parts of a Word file the review does not show, tracked
changes).

``prepare_save(path, text, like=...)`` makes the bytes for ``path`` in the
format its name asks for: a text file in ``like``'s encoding and newlines, a
Word file written into ``like``'s Word file (or the Word file a review came
from). Its ``notes`` say what cannot be kept (characters the encoding lacks,
links or fields whose words were removed); front ends show them first and
then ``write()``, which is atomic. Review files themselves are saved with
``reviewfile.save``: they hold decisions, not just text.

Every problem is one ``FileProblem`` (or ``ReviewFileError``) sentence that
names the file.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from humanize_desktop.core import docxfile, messages, reviewfile, textio
from humanize_desktop.core.docxfile import WordFile
from humanize_desktop.core.messages import Message
from humanize_desktop.core.reviewfile import ReviewDocument
from humanize_desktop.core.textio import FileProblem, TextFile

log = logging.getLogger(__name__)

DOCX_SUFFIX = ".docx"

messages.register({
    "document.hidden_parts": "{name}: only the body text is used; {parts} left as {as_is}",
    "document.tracked_changes": "{name} has tracked changes: the text is shown with them accepted; "
                                "saving keeps them, and your edits are saved as plain text",
    "document.saved_as_utf8": "{path} is written as UTF-8: the text has characters that {encoding} cannot store",
    "document.new_word_file": "{path} is saved as a new Word file without the original's formatting: "
                              "{problem}",
})


@dataclass(frozen=True)
class Document:
    """A file as opened: its text and what writing it back needs."""

    path: str | None
    kind: str  # "text", "docx" or "review"
    text: str  # what is reviewed: the text, the Word body, a review file's draft
    text_file: TextFile | None = None  # text: encoding, byte-order mark, newlines
    word: WordFile | None = None  # docx: the original bytes, hidden parts
    review: ReviewDocument | None = None  # review files
    notices: tuple[Message, ...] = field(default=())  # for the person, on opening

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path else ""


@dataclass(frozen=True)
class PreparedSave:
    """The bytes for one save, and what the person should know before they are written."""

    path: str
    data: bytes
    document: Document  # the file as it will be once written (``like`` for the next save)
    notes: tuple[Message, ...] = ()

    def write(self) -> Document:
        """Replace the file atomically; raises FileProblem."""
        try:
            textio.atomic_write(self.path, self.data)
        except OSError as exc:
            raise FileProblem(self.path, f"could not be saved ({exc.strerror or exc})") from None
        return self.document


def kind_of(path: str | os.PathLike[str]) -> str:
    """"review", "docx" or "text" (anything else is read as text, and refused if binary)."""
    suffix = Path(path).suffix.lower()
    if suffix == reviewfile.SUFFIX:
        return "review"
    if suffix == DOCX_SUFFIX:
        return "docx"
    return "text"


def open_document(path: str | os.PathLike[str]) -> Document:
    """Read any supported file; raises FileProblem or ReviewFileError (one sentence naming it)."""
    name = str(path)
    kind = kind_of(path)
    if kind == "review":
        review = reviewfile.load(path)
        return Document(name, kind, review.review.draft, review=review)
    if kind == "docx":
        text, word = docxfile.read_word(path)
        return Document(name, kind, text, word=word, notices=tuple(_word_notices(name, word)))
    text_file = textio.read_text(path)
    return Document(name, kind, text_file.text, text_file=text_file)


def from_bytes(data: bytes, name: str = "<stdin>") -> Document:
    """A text document from bytes that never were a file (standard input)."""
    text_file = textio.decode_bytes(data, name)
    return Document(None, "text", text_file.text, text_file=text_file)


def _word_notices(name: str, word: WordFile) -> list[Message]:
    notices = []
    if word.hidden:
        names = {"tables": ("table", "tables"), "headers": ("header or footer", "headers or footers"),
                 "text_boxes": ("text box", "text boxes")}
        parts = ", ".join(f"{n} {names[k][n != 1]}" for k, n in word.hidden.items())
        as_is = "it is" if sum(word.hidden.values()) == 1 else "they are"
        # The counts ride along so the window can say it in its own language.
        notices.append(messages.make("document.hidden_parts", name=Path(name).name, parts=parts, as_is=as_is,
                                     **word.hidden))
    if word.tracked_changes:
        notices.append(messages.make("document.tracked_changes", name=Path(name).name))
    return notices


def prepare_save(path: str | os.PathLike[str], text: str, like: Document | None = None) -> PreparedSave:
    """The bytes that save ``text`` to ``path`` in the format its name asks for; see the module doc.

    ``like`` is the document the text came from: a text file keeps its
    encoding and newlines, a Word file is written into (raises FileProblem
    for a review-file name: those are saved with ``reviewfile.save``).
    """
    name = str(path)
    kind = kind_of(path)
    if kind == "review":
        raise FileProblem(name, "is a review file name; save the text as .txt, .md or .docx")
    if kind == "docx":
        template, notes = _word_template(name, like)
        data, lost = docxfile.render(text, template.data if template else None, name)
        hidden = template.hidden if template else {}
        word = WordFile(data, hidden, bool(template and template.tracked_changes))
        return PreparedSave(name, data, Document(name, kind, text, word=word), tuple(notes + lost))
    source = like.text_file if like is not None and like.kind == "text" else None
    text_file = TextFile(text, "utf-8") if source is None else TextFile(text, source.encoding, source.bom,
                                                                         source.newline)
    notes = []
    try:
        data = text_file.encode()
    except UnicodeEncodeError:
        notes.append(messages.make("document.saved_as_utf8", path=name, encoding=text_file.encoding))
        text_file = TextFile(text, "utf-8", False, text_file.newline)
        data = text_file.encode()
    return PreparedSave(name, data, Document(name, kind, text, text_file=text_file), tuple(notes))


def _word_template(path: str, like: Document | None) -> tuple[WordFile | None, list[Message]]:
    """The Word file to write into: ``like``'s, or the one a review file was made from."""
    if like is None:
        return None, []
    if like.kind == "docx":
        if like.word is not None:
            return like.word, []
        source = like.path
    elif like.kind == "review" and like.review is not None:
        source = like.review.source_path
        if not source or kind_of(source) != "docx" or not Path(source).is_file():
            return None, []
    else:
        return None, []
    if not source:
        return None, []
    try:
        return docxfile.read_word(source)[1], []
    except FileProblem as exc:
        log.info("the Word file to save into cannot be read again: %s", exc.problem)
        return None, [messages.make("document.new_word_file", path=path, problem=str(exc))]


__all__ = ["Document", "PreparedSave", "from_bytes", "kind_of", "open_document",
           "prepare_save"]
