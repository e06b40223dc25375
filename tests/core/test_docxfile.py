"""Word documents: paragraphs in, paragraphs out; formatting, links, fields, tracked changes and comments kept."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from humanize_desktop.core.docxfile import DocxProblem, hidden_parts, read_docx, split_paragraphs, write_docx
from tests.core import word_docs


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


# --------------------------------------------------------------------------- links, fields, tracked changes, comments

def _save(tmp_path: Path, src: Path, text: str, name: str = "out.docx") -> tuple[Path, list[str]]:
    """Save ``text`` into ``src`` the way every front end does; the notes said before writing."""
    from humanize_desktop.core import documents

    prepared = documents.prepare_save(tmp_path / name, text, like=documents.open_document(src))
    notes = [n.text for n in prepared.notes]
    prepared.write()
    return tmp_path / name, notes


def test_the_text_of_links_fields_and_tracked_insertions_is_read_deletions_are_not(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    assert read_docx(src) == word_docs.RICH_TEXT


def test_an_edited_paragraph_keeps_its_link_and_does_not_repeat_its_words(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    text = word_docs.RICH_TEXT.replace("Read the report on our website today.",
                                       "See the report on our website now. Costs fell.")
    out, notes = _save(tmp_path, src, text)
    assert notes == []
    paragraph = docx.Document(str(out)).paragraphs[0]
    # python-docx's own reading (runs and links in order) sees each word once.
    assert paragraph.text == "See the report on our website now. Costs fell."
    assert [(h.text, h.url) for h in paragraph.hyperlinks] == [("our website", word_docs.URL)]
    assert read_docx(out) == text


def test_reworded_link_words_keep_the_link_and_words_typed_after_a_link_stay_outside_it(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph("Details are on ")
    word_docs.add_link(p, "the website")
    src = tmp_path / "ends-in-link.docx"
    d.save(str(src))
    out, notes = _save(tmp_path, src, "Details are on the web page")
    assert notes == []
    paragraph = docx.Document(str(out)).paragraphs[0]
    assert paragraph.text == "Details are on the web page"
    assert [(h.text, h.url) for h in paragraph.hyperlinks] == [("the web page", word_docs.URL)]
    out, notes = _save(tmp_path, src, "Details are on the website, updated daily.", "after.docx")
    paragraph = docx.Document(str(out)).paragraphs[0]
    assert notes == [] and paragraph.text == "Details are on the website, updated daily."
    assert [h.text for h in paragraph.hyperlinks] == ["the website"]
    assert paragraph.runs[-1].text == ", updated daily." and paragraph.runs[-1].style.name != "Hyperlink"


def test_a_link_whose_words_are_all_removed_is_said_before_saving(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    text = word_docs.RICH_TEXT.replace("Read the report on our website today.", "Read the report today.")
    out, notes = _save(tmp_path, src, text)
    assert notes == ["paragraph 1: the link on “our website” is removed, because all its words are"]
    assert docx.Document(str(out)).paragraphs[0].hyperlinks == []
    assert read_docx(out) == text


def test_fields_survive_edits_around_them_and_typing_over_one_is_said(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    out, notes = _save(tmp_path, src, word_docs.RICH_TEXT.replace("printed", "made"))
    assert notes == []
    assert read_docx(out) == word_docs.RICH_TEXT.replace("printed", "made")
    assert word_docs.count(out, "w:fldSimple") == 1
    assert word_docs.count(out, "w:fldChar") == 3 and word_docs.count(out, "w:instrText") == 1
    edited = word_docs.RICH_TEXT.replace("3 March 2024", "4 March 2024")
    out, notes = _save(tmp_path, src, edited, "date.docx")
    assert len(notes) == 1 and notes[0].startswith("paragraph 2: “3 March 2024” is a field Word fills in (DATE)")
    assert read_docx(out) == edited and word_docs.count(out, "w:fldChar") == 3


def test_a_field_whose_words_are_removed_goes_whole(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    edited = word_docs.RICH_TEXT.replace(", printed 3 March 2024.", ".")
    out, notes = _save(tmp_path, src, edited)
    assert notes == ["paragraph 2: the field “3 March 2024” (DATE) is removed, because all its words are"]
    assert read_docx(out) == edited
    assert word_docs.count(out, "w:fldChar") == 0 and word_docs.count(out, "w:instrText") == 0
    assert word_docs.count(out, "w:fldSimple") == 1  # the page number was not touched


def test_tracked_changes_are_kept_and_edits_beside_them_are_said_to_be_untracked(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    edited = word_docs.RICH_TEXT.replace("fox jumped", "fox leapt")
    out, notes = _save(tmp_path, src, edited)
    assert notes == ["paragraph 3 has tracked changes: they are kept, but your edits there are saved as "
                     "plain text, not as tracked changes"]
    assert read_docx(out) == edited
    assert word_docs.count(out, "w:ins") == 1 and word_docs.count(out, "w:delText") == 1


def test_comments_keep_their_place_when_the_paragraph_is_edited(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    edited = word_docs.RICH_TEXT.replace("This claim needs a source soon.", "That claim needs a source today.")
    out, notes = _save(tmp_path, src, edited)
    assert notes == []
    saved = docx.Document(str(out))
    assert [c.text for c in saved.comments] == ["Check this"]
    for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
        assert word_docs.count(out, tag) == 1
    assert read_docx(out) == edited


def test_removing_a_paragraph_with_a_comment_or_link_is_said(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    edited = "Page 1, printed 3 March 2024.\n\nThe quick fox jumped."
    out, notes = _save(tmp_path, src, edited)
    assert notes == ["paragraph 1 (“Read the report on our website…”) is removed, and with it its link",
                     "paragraph 4 (“This claim needs a source soon.”) is removed, and with it its comment"]
    assert read_docx(out) == edited


def test_a_run_holding_words_and_a_page_break_keeps_the_break(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph()
    p._p.append(word_docs.parse_xml(f'<w:r {word_docs.nsdecls("w")}><w:t>End of part one.</w:t>'
                                    '<w:br w:type="page"/><w:t xml:space="preserve"> Part two.</w:t></w:r>'))
    src = tmp_path / "break.docx"
    d.save(str(src))
    assert read_docx(src) == "End of part one. Part two."
    out, _ = _save(tmp_path, src, "End of the first part. Part two.")
    assert read_docx(out) == "End of the first part. Part two."
    assert word_docs.count(out, "w:br") == 1


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "[Content_Types].xml"])
def test_broken_xml_inside_the_zip_is_one_clear_message(tmp_path: Path, part: str) -> None:
    good = _make(tmp_path / "good.docx")
    bad = word_docs.damage_xml(good, tmp_path / "bad.docx", part)
    with pytest.raises(DocxProblem) as caught:
        read_docx(bad)
    assert str(caught.value) == f"{bad}: is not a Word document (.docx), or it is damaged"
