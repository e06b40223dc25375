"""Word documents (.docx) as plain text, and back, keeping the paragraphs.

Reading gives the body's paragraphs joined by blank lines, so each Word
paragraph is one paragraph of the review (line breaks inside a paragraph
stay single newlines); the text is what Word shows with tracked changes
accepted, links and fields included (``core.docxparagraph``).

Saving writes into the original file's bytes (``WordFile.data``, kept from
opening, so the file may have moved or changed on disk since): paragraphs
whose text did not change stay exactly as they were; a changed paragraph
changes only the runs whose words changed, so its links, fields, comments
and formatting stay; new paragraphs take the style of the one before them.
Tables, headers, footers and pictures are left untouched. ``render`` also
returns what it could not keep, to say before the file is written.

A file that is not a Word document, or is damaged anywhere inside its zip,
gives one ``DocxProblem`` sentence naming the file.
"""

from __future__ import annotations

import logging
import os
import zipfile
import zlib
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from io import BytesIO
from pathlib import Path

import regex

from humanize_desktop.core import messages
from humanize_desktop.core.docxparagraph import (
    clean_copy_of_properties,
    edit_paragraph,
    extra_content,
    first_run_properties,
    has_tracked_changes,
    paragraph_text,
    w,
)
from humanize_desktop.core.textio import FileProblem, atomic_write, read_bytes

log = logging.getLogger(__name__)

SEPARATOR = "\n\n"
#: Word files carry pictures; allow far more than for plain text.
MAX_DOCX_BYTES = 256 * 1024 * 1024
#: Characters XML 1.0 cannot hold (a form feed pasted from a PDF, a stray NUL).
_NOT_XML = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\p{Cs}]")

messages.register({
    "docx.paragraph_removed": "paragraph {paragraph} (“{words}”) is removed, and with it its {parts}",
    "docx.characters_dropped": "{count} control characters that a Word file cannot hold are left out",
})


class DocxProblem(FileProblem):
    """A file cannot be used as a Word document; ``str()`` is the one-line user message."""


@dataclass(frozen=True)
class WordFile:
    """What saving back into a Word file needs, and what its review does not show."""

    data: bytes  # the file as opened: saving writes the new text into these bytes
    hidden: dict[str, int] = field(default_factory=dict)  # see hidden_parts
    tracked_changes: bool = False  # the body holds tracked changes (shown accepted)


def _damaged(name: str | os.PathLike[str]) -> DocxProblem:
    return DocxProblem(name, "is not a Word document (.docx), or it is damaged")


def _load(data: bytes, name: str | os.PathLike[str]):
    """A python-docx document from file bytes; every way a file can be damaged is one DocxProblem."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError,
            etree.LxmlError, zlib.error, EOFError, NotImplementedError) as exc:
        # The zip, its table of contents or an XML part inside it is broken.
        log.info("%s: cannot be read as a Word document: %s: %s", Path(name).name, type(exc).__name__, exc)
        raise _damaged(name) from None
    if document.element.body is None:
        raise _damaged(name)
    return document


def read_word(path: str | os.PathLike[str]) -> tuple[str, WordFile]:
    """The body text of a .docx and what saving it back needs; raises DocxProblem."""
    try:
        data = read_bytes(path, MAX_DOCX_BYTES)
    except FileProblem as exc:
        raise DocxProblem(path, exc.problem) from None
    document = _load(data, path)
    try:
        text = _body_text(document)
        hidden = _hidden_in(document)
    except (AttributeError, TypeError, ValueError, KeyError) as exc:
        # Well-formed XML that is not what a Word document holds (a part of the wrong kind).
        log.info("%s: unexpected Word XML: %s: %s", Path(path).name, type(exc).__name__, exc)
        raise _damaged(path) from None
    tracked = any(has_tracked_changes(p._p) for p in document.paragraphs)
    return text, WordFile(data, hidden, tracked)


def read_docx(path: str | os.PathLike[str]) -> str:
    """The body paragraphs of a .docx as text, one blank line between paragraphs."""
    return read_word(path)[0]


def _body_text(document) -> str:
    return SEPARATOR.join(paragraph_text(p._p) for p in document.paragraphs)


def hidden_parts(path: str | os.PathLike[str]) -> dict[str, int]:
    """What of a .docx the review does not show (and saving leaves as it is), counted.

    Keys: ``tables``, ``headers`` (headers and footers with text) and
    ``text_boxes``; only the ones present. The editor says so on opening, so
    nobody thinks a table's text was checked or rewritten.
    """
    return read_word(path)[1].hidden


def _hidden_in(document) -> dict[str, int]:
    found = {"tables": len(document.tables)}
    seen = set()
    headers = 0
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):
            if part.is_linked_to_previous or id(part._element) in seen:
                continue
            seen.add(id(part._element))
            if any(p.text.strip() for p in part.paragraphs) or part.tables:
                headers += 1
    found["headers"] = headers
    body = document.element.body
    found["text_boxes"] = len(body.xpath(".//*[local-name()='txbxContent']"))
    return {k: v for k, v in found.items() if v}


def split_paragraphs(text: str) -> list[str]:
    """Inverse of the joining in ``read_docx``."""
    if text.endswith("\n") and not text.endswith(SEPARATOR):
        text = text[:-1]
    return text.split(SEPARATOR)


def _words(text: str, limit: int = 6) -> str:
    found = text.split()
    return " ".join(found[:limit]) + ("…" if len(found) > limit else "")


def _paragraph_like(anchor, text: str):
    """A new ``w:p`` with ``text``, styled like paragraph element ``anchor`` and its first run."""
    new = anchor.makeelement(w("p"), {})
    ppr = clean_copy_of_properties(anchor.find(w("pPr")))
    if ppr is not None:
        new.append(ppr)
    if text:
        run = new.makeelement(w("r"), {})
        rpr = clean_copy_of_properties(first_run_properties(anchor))
        if rpr is not None:
            run.append(rpr)
        new.append(run)
        run.text = text  # python-docx's setter turns "\n" into a line break
    return new


def render(text: str, template: bytes | None = None,
           name: str | os.PathLike[str] = "<docx>") -> tuple[bytes, list[messages.Message]]:
    """A .docx holding ``text`` (based on ``template``, the original file's bytes, when given).

    Returns the file's bytes and what could not be kept, in document order.
    """
    import docx

    safe = _NOT_XML.sub("", text)
    notes: list[messages.Message] = []
    if len(safe) != len(text):
        notes.append(messages.make("docx.characters_dropped", count=len(text) - len(safe)))
    new_paragraphs = split_paragraphs(safe)
    if template is None:
        document = docx.Document()
        for p in document.paragraphs:  # the default template's empty first paragraph
            p._p.getparent().remove(p._p)
        for para in new_paragraphs:
            document.add_paragraph(para)
    else:
        document = _load(template, name)
        old = [p._p for p in document.paragraphs]
        matcher = SequenceMatcher(None, [paragraph_text(p) for p in old], new_paragraphs, autojunk=False)
        # Work back to front so earlier paragraphs stay where they are.
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                continue
            keep = min(i2 - i1, j2 - j1)
            for k in range(keep):
                notes += edit_paragraph(old[i1 + k], new_paragraphs[j1 + k], i1 + k + 1)
            for k in range(i1 + keep, i2):
                if parts := extra_content(old[k]):
                    notes.append(messages.make("docx.paragraph_removed", paragraph=k + 1,
                                               words=_words(paragraph_text(old[k])), parts=", ".join(parts)))
                old[k].getparent().remove(old[k])
            extra = new_paragraphs[j1 + keep:j2]
            if not extra:
                continue
            anchor = old[i1 + keep - 1] if keep else (old[i1 - 1] if i1 > 0 else None)
            if anchor is None and not old:
                for para in extra:
                    document.add_paragraph(para)
                continue
            if anchor is None:
                # Nothing before: add at the start, styled like the first paragraph.
                anchor = _paragraph_like(old[0], extra[0])
                old[0].addprevious(anchor)
                extra = extra[1:]
            for para in extra:
                new = _paragraph_like(anchor, para)
                anchor.addnext(new)
                anchor = new
    notes.sort(key=lambda m: m.args.get("paragraph", 0))
    out = BytesIO()
    document.save(out)
    return out.getvalue(), notes


def write_docx(path: str | os.PathLike[str], text: str, template: str | os.PathLike[str] | None = None) -> Path:
    """Save ``text`` as a .docx atomically, into the Word file ``template`` when given (see ``render``)."""
    original = read_word(template)[1].data if template is not None else None
    data, _notes = render(text, original, template or path)
    try:
        return atomic_write(path, data)
    except OSError as exc:
        raise DocxProblem(path, f"could not be saved ({exc.strerror or exc})") from None
