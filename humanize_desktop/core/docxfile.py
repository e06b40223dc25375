"""Word documents (.docx) as plain text, and back, keeping the paragraphs.

Reading gives the body's paragraphs joined by blank lines, so each Word
paragraph is one paragraph of the review (line breaks inside a paragraph
stay single newlines). Writing back into the original file keeps every
paragraph whose text did not change exactly as it was, formatting and all;
a paragraph whose text changed keeps its style and the formatting of its
first run; new paragraphs take the style of the one before them. Tables,
headers, footers and pictures are left untouched.
"""

from __future__ import annotations

import copy
import os
import zipfile
from difflib import SequenceMatcher
from io import BytesIO
from pathlib import Path

from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.textio import atomic_write

SEPARATOR = "\n\n"


class DocxProblem(HumanizeError):
    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        self.path = str(path)
        super().__init__(f"{self.path}: {problem}")


def _open(path: str | os.PathLike[str]):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    p = Path(path)
    if not p.exists():
        raise DocxProblem(p, "does not exist")
    if p.is_dir():
        raise DocxProblem(p, "is a folder, not a file")
    try:
        return docx.Document(str(p))
    except FileNotFoundError:
        raise DocxProblem(p, "does not exist") from None
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise DocxProblem(p, "is not a Word document (.docx), or it is damaged") from None
    except PermissionError:
        raise DocxProblem(p, "cannot be read (permission denied)") from None


def _paragraph_text(paragraph) -> str:
    return paragraph.text.replace("\r", "\n")


def read_docx(path: str | os.PathLike[str]) -> str:
    """The body paragraphs of a .docx as text, one blank line between paragraphs."""
    return _body_text(_open(path))


def _body_text(document) -> str:
    return SEPARATOR.join(_paragraph_text(p) for p in document.paragraphs)


def read_docx_parts(path: str | os.PathLike[str]) -> tuple[str, dict[str, int]]:
    """``read_docx``'s text and ``hidden_parts``' counts, reading the file once."""
    document = _open(path)
    return _body_text(document), _hidden_in(document)


def hidden_parts(path: str | os.PathLike[str]) -> dict[str, int]:
    """What of a .docx the review does not show (and saving leaves as it is), counted.

    Keys: ``tables``, ``headers`` (headers and footers with text) and
    ``text_boxes``; only the ones present. The editor says so on opening, so
    nobody thinks a table's text was checked or rewritten.
    """
    return _hidden_in(_open(path))


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


def hidden_parts_note(name: str | os.PathLike[str], hidden: dict[str, int]) -> str:
    """For the command line: "" or a sentence naming what of the file ``name`` is left alone."""
    if not hidden:
        return ""
    names = {"tables": ("table", "tables"), "headers": ("header or footer", "headers or footers"),
             "text_boxes": ("text box", "text boxes")}
    parts = [f"{n} {names[k][n != 1]}" for k, n in hidden.items()]
    as_is = "it is" if sum(hidden.values()) == 1 else "they are"
    return f"{Path(name).name}: only the body text is used; {', '.join(parts)} left as {as_is}"


def split_paragraphs(text: str) -> list[str]:
    """Inverse of the joining in ``read_docx``."""
    if text.endswith("\n") and not text.endswith(SEPARATOR):
        text = text[:-1]
    return text.split(SEPARATOR)


def _set_text(paragraph, text: str) -> None:
    runs = paragraph.runs
    if runs:
        first = runs[0]
        for run in runs[1:]:
            run._r.getparent().remove(run._r)
        first.text = text
    else:
        paragraph.add_run(text)


def _insert_after(paragraph, text: str):
    from docx.text.paragraph import Paragraph

    new = copy.deepcopy(paragraph._p)
    for child in list(new):
        if child.tag != new.tag.replace("}p", "}pPr"):
            new.remove(child)
    paragraph._p.addnext(new)
    para = Paragraph(new, paragraph._parent)
    template = paragraph.runs[0] if paragraph.runs else None
    run = para.add_run(text)
    if template is not None and template._r.rPr is not None:
        run._r.insert(0, copy.deepcopy(template._r.rPr))
    return para


def docx_bytes(text: str, template: str | os.PathLike[str] | None = None) -> bytes:
    """A .docx holding ``text``; based on ``template`` (the original file) when given."""
    import docx

    new_paragraphs = split_paragraphs(text)
    if template is None:
        document = docx.Document()
        body = document.paragraphs
        if len(body) == 1 and not body[0].text:
            body[0]._p.getparent().remove(body[0]._p)
        for para in new_paragraphs:
            document.add_paragraph(para)
    else:
        document = _open(template)
        old = list(document.paragraphs)
        matcher = SequenceMatcher(None, [_paragraph_text(p) for p in old], new_paragraphs, autojunk=False)
        # Work back to front so earlier paragraph objects stay where they are.
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                continue
            keep = min(i2 - i1, j2 - j1)
            for k in range(keep):
                _set_text(old[i1 + k], new_paragraphs[j1 + k])
            for p in old[i1 + keep:i2]:
                p._p.getparent().remove(p._p)
            extra = new_paragraphs[j1 + keep:j2]
            if extra:
                anchor = old[i1 + keep - 1] if keep else (old[i1 - 1] if i1 > 0 else None)
                if anchor is None:
                    # Nothing before: add at the start, styled like the first paragraph.
                    first = old[0] if old else None
                    if first is None:
                        for para in extra:
                            document.add_paragraph(para)
                        continue
                    anchor = first.insert_paragraph_before(extra[0], style=first.style)
                    extra = extra[1:]
                for para in extra:
                    anchor = _insert_after(anchor, para)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def write_docx(path: str | os.PathLike[str], text: str, template: str | os.PathLike[str] | None = None) -> Path:
    """Save ``text`` as a .docx atomically (see ``docx_bytes``)."""
    data = docx_bytes(text, template)
    try:
        return atomic_write(path, data)
    except OSError as exc:
        raise DocxProblem(path, f"could not be saved ({exc.strerror or exc})") from None
