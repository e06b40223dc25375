"""The one document layer: any supported file opens into a Document and saves back in its own format."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from humanize_desktop.core import documents, reviewfile
from humanize_desktop.core.textio import FileProblem
from tests.core import word_docs


def test_a_text_file_saves_back_in_its_encoding_and_newlines_and_says_when_it_cannot(tmp_path: Path) -> None:
    src = tmp_path / "lettre.txt"
    src.write_bytes("Déjà vu.\r\nFin.\r\n".encode("cp1252"))
    doc = documents.open_document(src)
    assert (doc.kind, doc.text, doc.text_file.encoding, doc.text_file.newline) == (
        "text", "Déjà vu.\nFin.\n", "cp1252", "\r\n")
    prepared = documents.prepare_save(src, "Déjà vu, encore.\nFin.\n", like=doc)
    assert prepared.notes == () and src.read_bytes() == "Déjà vu.\r\nFin.\r\n".encode("cp1252")  # not yet
    again = prepared.write()
    assert src.read_bytes() == "Déjà vu, encore.\r\nFin.\r\n".encode("cp1252")
    greek = documents.prepare_save(src, "Ωmega.\n", like=again)
    assert [n.id for n in greek.notes] == ["document.saved_as_utf8"]
    assert "written as UTF-8" in greek.notes[0].text and "cp1252" in greek.notes[0].text
    greek.write()
    assert src.read_bytes() == "Ωmega.\r\n".encode("utf-8")


def test_a_word_file_tells_what_it_does_not_show_and_its_tracked_changes(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    d = docx.Document(str(src))
    d.add_table(rows=1, cols=1).cell(0, 0).text = "hidden"
    d.save(str(src))
    doc = documents.open_document(src)
    assert doc.kind == "docx" and doc.text == word_docs.RICH_TEXT
    assert [n.text for n in doc.notices] == [
        "rich.docx: only the body text is used; 1 table left as it is",
        "rich.docx has tracked changes: the text is shown with them accepted; saving keeps them, "
        "and your edits are saved as plain text"]


def test_saving_into_a_word_file_uses_the_bytes_read_at_opening(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    doc = documents.open_document(src)
    src.unlink()  # moved away after opening: Save As still writes into the original
    out = documents.prepare_save(tmp_path / "copy.docx", doc.text + "\n\nA last line.", like=doc).write()
    saved = docx.Document(out.path)
    assert [h.url for h in saved.paragraphs[0].hyperlinks] == [word_docs.URL]
    assert [c.text for c in saved.comments] == ["Check this"]
    assert documents.open_document(out.path).text == doc.text + "\n\nA last line."


def test_a_review_file_opens_as_its_draft_and_exports_into_the_word_file_it_came_from(tmp_path: Path) -> None:
    src = word_docs.rich_document(tmp_path / "rich.docx")
    review = reviewfile.new_document(word_docs.RICH_TEXT, word_docs.RICH_TEXT.replace("today", "now"),
                                     source_path=str(src))
    reviewfile.save(tmp_path / "r.humanize", review)
    doc = documents.open_document(tmp_path / "r.humanize")
    assert doc.kind == "review" and doc.text == word_docs.RICH_TEXT and doc.review is not None
    out = documents.prepare_save(tmp_path / "final.docx", doc.text, like=doc).write()
    assert [h.url for h in docx.Document(out.path).paragraphs[0].hyperlinks] == [word_docs.URL]


def test_a_missing_word_file_to_write_into_is_said_and_a_new_one_written(tmp_path: Path) -> None:
    recovered = documents.Document(str(tmp_path / "gone.docx"), "docx", "")  # what crash recovery knows
    prepared = documents.prepare_save(tmp_path / "gone.docx", "Still saved.", like=recovered)
    assert [n.id for n in prepared.notes] == ["document.new_word_file"]
    assert "gone.docx: does not exist" in prepared.notes[0].text
    assert documents.open_document(prepared.write().path).text == "Still saved."


def test_problems_are_one_sentence_naming_the_file(tmp_path: Path) -> None:
    good = word_docs.rich_document(tmp_path / "rich.docx")
    bad = word_docs.damage_xml(good, tmp_path / "bad.docx")
    with pytest.raises(FileProblem, match=r"bad\.docx: is not a Word document \(\.docx\), or it is damaged$"):
        documents.open_document(bad)
    with pytest.raises(FileProblem, match=r"missing\.md: does not exist$"):
        documents.open_document(tmp_path / "missing.md")
    with pytest.raises(FileProblem, match="is a review file name"):
        documents.prepare_save(tmp_path / "x.humanize", "text")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(FileProblem, match=r"folder\.txt: could not be saved"):
        documents.prepare_save(folder, "text").write()
