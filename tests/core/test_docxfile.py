"""Word documents: paragraphs in, paragraphs out, formatting of untouched paragraphs kept."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from humanize_desktop.core.docxfile import DocxProblem, hidden_parts, read_docx, split_paragraphs, write_docx


def _make(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Title here", level=1)
    p = d.add_paragraph("First paragraph, ")
    p.add_run("bold part").bold = True
    d.add_paragraph("Second paragraph.")
    d.add_paragraph("Third stays.")
    d.save(str(path))
    return path


def test_read_gives_paragraphs_separated_by_blank_lines(tmp_path: Path) -> None:
    text = read_docx(_make(tmp_path / "a.docx"))
    assert text == "Title here\n\nFirst paragraph, bold part\n\nSecond paragraph.\n\nThird stays."
    assert split_paragraphs(text + "\n") == ["Title here", "First paragraph, bold part",
                                             "Second paragraph.", "Third stays."]


def test_write_back_keeps_styles_and_untouched_formatting(tmp_path: Path) -> None:
    src = _make(tmp_path / "a.docx")
    text = read_docx(src).replace("Second paragraph.", "Second, rewritten.") + "\n\nA new closing line."
    out = write_docx(tmp_path / "b.docx", text, template=src)
    d = docx.Document(str(out))
    paras = d.paragraphs
    assert [p.text for p in paras] == ["Title here", "First paragraph, bold part", "Second, rewritten.",
                                       "Third stays.", "A new closing line."]
    assert paras[0].style.name == "Heading 1"
    assert any(r.bold for r in paras[1].runs)  # untouched paragraph keeps its bold run
    assert read_docx(out) == text


def test_deleted_paragraphs_go_and_new_documents_work(tmp_path: Path) -> None:
    src = _make(tmp_path / "a.docx")
    text = "Title here\n\nThird stays."
    out = write_docx(tmp_path / "c.docx", text, template=src)
    assert read_docx(out) == text
    fresh = write_docx(tmp_path / "d.docx", "One.\n\nTwo\nwith a line break.")
    assert read_docx(fresh) == "One.\n\nTwo\nwith a line break."


def test_a_file_that_is_not_a_docx_gives_one_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "notes.docx"
    bad.write_text("just text", encoding="utf-8")
    with pytest.raises(DocxProblem, match="notes.docx: is not a Word document"):
        read_docx(bad)
    with pytest.raises(DocxProblem, match="does not exist"):
        read_docx(tmp_path / "missing.docx")


def test_tables_and_headers_are_counted_and_kept_on_save(tmp_path: Path) -> None:
    src = _make(tmp_path / "a.docx")
    assert hidden_parts(src) == {}
    d = docx.Document(str(src))
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Revenue"
    table.cell(1, 0).text = "4.2 million"
    d.sections[0].header.paragraphs[0].text = "Quarterly report"
    d.save(str(src))
    assert hidden_parts(src) == {"tables": 1, "headers": 1}
    assert "Revenue" not in read_docx(src)
    out = write_docx(tmp_path / "b.docx", read_docx(src).replace("Third stays.", "Third, changed."), template=src)
    saved = docx.Document(str(out))
    assert saved.tables[0].cell(1, 0).text == "4.2 million"
    assert saved.sections[0].header.paragraphs[0].text == "Quarterly report"
