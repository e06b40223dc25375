"""Real Word documents for the tests: python-docx plus the XML Word itself writes for links, fields,
tracked changes and comments (python-docx has no API to add most of them)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

URL = "https://example.org/report"
W_DATE = 'w:author="Ann" w:date="2024-01-01T00:00:00Z"'


def add_link(paragraph, text: str, url: str = URL) -> None:
    """A hyperlink as Word writes it: a relationship to the address and w:hyperlink around a styled run."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:hyperlink>'))


def add_simple_field(paragraph, instruction: str, value: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="{instruction}"><w:r><w:t>{value}</w:t></w:r></w:fldSimple>'))


def add_complex_field(paragraph, instruction: str, value: str) -> None:
    """begin, instruction, separate, value, end: the form Word uses for most fields."""
    for xml in ('<w:fldChar w:fldCharType="begin"/>',
                f'<w:instrText xml:space="preserve">{instruction}</w:instrText>',
                '<w:fldChar w:fldCharType="separate"/>',
                f'<w:t xml:space="preserve">{value}</w:t>',
                '<w:fldChar w:fldCharType="end"/>'):
        paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}>{xml}</w:r>'))


def add_insertion(paragraph, text: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="101" {W_DATE}><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'))


def add_deletion(paragraph, text: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="102" {W_DATE}><w:r><w:delText xml:space="preserve">{text}</w:delText>'
        '</w:r></w:del>'))


def rich_document(path: Path) -> Path:
    """Four paragraphs: a link, two fields, tracked changes, a comment."""
    d = docx.Document()
    p = d.add_paragraph("Read the report on ")
    add_link(p, "our website")
    p.add_run(" today.")
    p = d.add_paragraph("Page ")
    add_simple_field(p, " PAGE ", "1")
    p.add_run(", printed ")
    add_complex_field(p, ' DATE \\@ "d MMMM yyyy" ', "3 March 2024")
    p.add_run(".")
    p = d.add_paragraph("The ")
    add_insertion(p, "quick ")
    add_deletion(p, "slow ")
    p.add_run("fox jumped.")
    p = d.add_paragraph("This claim ")
    run = p.add_run("needs a source")
    p.add_run(" soon.")
    d.add_comment(run, text="Check this", author="Ann")
    d.save(str(path))
    return path


RICH_TEXT = ("Read the report on our website today.\n\nPage 1, printed 3 March 2024.\n\n"
             "The quick fox jumped.\n\nThis claim needs a source soon.")


def count(path: Path, tag: str) -> int:
    """How many ``w:tag`` elements the body of the saved file holds."""
    return len(docx.Document(str(path)).element.body.findall(f".//{qn(tag)}"))


def damage_xml(source: Path, target: Path, part: str = "word/document.xml") -> Path:
    """A copy of ``source`` whose ``part`` is cut in half: a valid zip holding broken XML."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, data[: len(data) // 2] if name == part else data)
    target.write_bytes(out.getvalue())
    return target
