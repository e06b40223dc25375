"""Files in the real window: open, save, review files, exports, recent files, quitting."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from humanize_desktop import config
from humanize_desktop.core import reviewfile
from tests.gui.conftest import assert_mirrored, load_review, type_text

pytestmark = pytest.mark.gui


def _open(window, qtbot, path: Path) -> None:
    with qtbot.waitSignal(window.documents.loaded, timeout=10000):
        window.open_path(str(path))


def _type_at_end(window, qtbot, text: str) -> None:
    pane = window.view.draft
    pane.setFocus()
    cursor = pane.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    pane.setTextCursor(cursor)
    type_text(qtbot, pane, text)


def test_open_edit_and_save_keeps_encoding_and_line_endings(window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "lettre.txt"
    path.write_bytes("Café crème, déjà vu.\r\nSecond line.\r\n".encode("cp1252"))
    _open(window, qtbot, path)
    assert window.session.review.draft == "Café crème, déjà vu.\nSecond line.\n"
    assert window.windowTitle().startswith("lettre.txt")
    _type_at_end(window, qtbot, "Fin.")
    assert window.session.modified
    window.actions.save.trigger()
    assert not window.session.modified
    assert path.read_bytes() == "Café crème, déjà vu.\r\nSecond line.\r\nFin.".encode("cp1252")


def test_text_that_no_longer_fits_the_encoding_asks_before_saving_utf8(window, qtbot, tmp_path, answers) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Naïve text.\n".encode("cp1252"))
    _open(window, qtbot, path)
    _type_at_end(window, qtbot, "Ωmega")
    answers.encoding_fallback = False
    window.actions.save.trigger()
    assert path.read_bytes() == "Naïve text.\n".encode("cp1252")  # declined: file untouched
    assert window.session.modified
    answers.encoding_fallback = True
    window.actions.save.trigger()
    assert path.read_text(encoding="utf-8") == "Naïve text.\nΩmega"


def test_binary_file_gives_a_clear_message_and_keeps_the_current_work(window, qtbot, tmp_path, answers) -> None:
    load_review(window, "Keep me.", "Keep me!")
    path = tmp_path / "picture.txt"
    path.write_bytes(bytes(range(256)) * 10)
    with qtbot.waitSignal(window.documents.loaded, timeout=10000):
        window.open_path(str(path))
    assert answers.errors and "binary" in answers.errors[0][1] and "picture.txt" in answers.errors[0][1]
    assert window.session.review.draft == "Keep me."


def test_docx_opens_as_paragraphs_and_saves_back_as_docx(window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    d = docx.Document()
    d.add_heading("Quarterly report", level=1)
    d.add_paragraph("Sales grew by 12% in 2024.")
    d.save(str(path))
    _open(window, qtbot, path)
    assert window.session.review.draft == "Quarterly report\n\nSales grew by 12% in 2024."
    _type_at_end(window, qtbot, " Costs fell.")
    window.actions.save.trigger()
    saved = docx.Document(str(path))
    assert [p.text for p in saved.paragraphs] == ["Quarterly report", "Sales grew by 12% in 2024. Costs fell."]
    assert saved.paragraphs[0].style.name == "Heading 1"


def test_a_docx_with_a_table_says_the_table_is_not_reviewed_and_keeps_it(window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "figures.docx"
    d = docx.Document()
    d.add_paragraph("The figures are below.")
    d.add_table(rows=1, cols=2).cell(0, 1).text = "4.2 million"
    d.save(str(path))
    _open(window, qtbot, path)
    info = window.view.info
    assert info.isVisible() and info.kind == "info"
    assert "tables: 1" in info.text.text() and "kept as they are" in info.text.text()
    _type_at_end(window, qtbot, " Read them.")
    window.actions.save.trigger()
    assert docx.Document(str(path)).tables[0].cell(0, 1).text == "4.2 million"
    plain = tmp_path / "plain.txt"
    plain.write_text("Nothing hidden here.", encoding="utf-8")
    _open(window, qtbot, plain)
    assert not info.isVisible()  # the notice was about the other file


def test_review_file_round_trip_keeps_every_decision(window, qtbot, tmp_path, answers) -> None:
    load_review(window, "The big dog barks loudly.\n\nA second line here.\n",
                "The large dog barks.\n\nA 2nd line here.\n")
    review = window.session.review
    window.decide("accept", review.changes[0].id)
    window.decide("reject", review.changes[0].id)
    pending = [c.id for c in review.changes]
    answers.save_path = str(tmp_path / "essay")
    window.actions.save_review.trigger()
    saved = tmp_path / "essay.humanize"
    assert saved.is_file() and window.windowTitle().startswith("essay.humanize")
    from humanize_desktop.gui.main_window import MainWindow

    other = MainWindow(config.Settings())
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.documents.loaded, timeout=10000):
        other.open_path(str(saved))
    r2 = other.session.review
    assert (r2.draft, r2.suggestion) == (review.draft, review.suggestion)
    assert [c.id for c in r2.changes] == pending
    assert [d.decision for d in r2.decisions] == [d.decision for d in review.decisions]
    assert other.session.has_suggestion
    assert_mirrored(other)


def test_exports_final_text_and_html_report(window, qtbot, tmp_path, answers) -> None:
    load_review(window, "One two three.\n", "One 2 three!\n")
    window.decide("accept", window.session.review.changes[0].id)
    answers.save_path = str(tmp_path / "final.md")
    window.actions.export_text.trigger()
    assert (tmp_path / "final.md").read_text(encoding="utf-8") == window.session.review.draft
    answers.save_path = str(tmp_path / "report.html")
    window.actions.export_report.trigger()
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "1 accepted" in page and "<del>two</del>" in page
    assert window.statusBar().currentMessage() == f"Exported to “{tmp_path / 'report.html'}”."
    # The window's flags and findings are in it too.
    assert "<h2>Findings</h2>" in page and "<th>Flags</th>" in page


def test_save_as_offers_the_format_of_the_suggested_name_and_saving_says_so(window, qtbot, tmp_path,
                                                                            answers) -> None:
    from humanize_desktop.gui.documents import filter_for

    filters = "Text (*.txt);;Markdown (*.md);;Word (*.docx);;Humanize review (*.humanize)"
    assert filter_for("/home/me/report.docx", filters) == "Word (*.docx)"
    assert filter_for("/home/me/NOTES.MD", filters) == "Markdown (*.md)"
    assert filter_for("/home/me/untitled", filters) == "Text (*.txt)"
    window.session.start_draft("A short draft.")
    answers.save_path = str(tmp_path / "draft.txt")
    window.actions.save.trigger()
    assert window.statusBar().currentMessage() == f"Saved “{tmp_path / 'draft.txt'}”."


def test_quitting_with_unsaved_work_asks_and_cancel_keeps_the_window(window, qtbot, tmp_path, answers) -> None:
    _type_at_end(window, qtbot, "Something new.")
    answers.unsaved = "cancel"
    window.close()
    assert window.isVisible()
    assert answers.asked and answers.asked[-1].startswith("unsaved:")
    answers.unsaved = "save"
    answers.save_path = str(tmp_path / "kept.txt")
    window.close()
    assert not window.isVisible()
    assert (tmp_path / "kept.txt").read_text(encoding="utf-8") == "Something new."


def test_pending_changes_not_in_a_review_file_are_mentioned_when_quitting(window, qtbot, answers) -> None:
    load_review(window, "Alpha beta.", "Alpha gamma.")
    window.session.set_modified(False)
    window.documents.review_saved = False
    answers.unsaved = "cancel"
    window.close()
    assert answers.asked[-1].endswith(":1")


def test_recent_files_and_dropping_a_file_opens_it(window, qtbot, tmp_path: Path) -> None:
    a = tmp_path / "a.md"
    a.write_text("# A\n", encoding="utf-8")
    _open(window, qtbot, a)
    assert any(str(a) in act.text() for act in window.recent_menu.actions())
    b = tmp_path / "b.txt"
    b.write_text("Dropped text.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(b))])
    pane = window.view.draft
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PySide marks the QPoint constructors so
        enter = QDragEnterEvent(QPoint(20, 20), *args)
    assert QApplication.sendEvent(pane.viewport(), enter) and enter.isAccepted()
    with qtbot.waitSignal(window.documents.loaded, timeout=10000):
        QApplication.sendEvent(pane.viewport(), QDropEvent(QPointF(20, 20), *args))
    assert window.session.review.draft == "Dropped text.\n"
    recent = json.loads((window.documents._recent_path()).read_text(encoding="utf-8"))
    assert recent[:2] == [str(b), str(a)]


def test_a_damaged_review_file_is_refused_with_its_name(window, qtbot, tmp_path, answers) -> None:
    bad = tmp_path / "broken.humanize"
    bad.write_text('{"format": "humanize-review", "version": 1}', encoding="utf-8")
    with qtbot.waitSignal(window.documents.loaded, timeout=10000):
        window.open_path(str(bad))
    assert "broken.humanize" in answers.errors[0][1]
    with pytest.raises(reviewfile.ReviewFileError):
        reviewfile.load(bad)


def test_pasting_a_multi_paragraph_text_is_one_undo_step(window, qtbot) -> None:
    window.session.start_draft("Start.\n")
    pane = window.view.draft
    pane.setFocus()
    cursor = pane.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    pane.setTextCursor(cursor)
    QApplication.clipboard().setText("Pasted one.\r\n\r\nPasted two with ümlaut and 😀.")
    window.actions.paste.trigger()
    review = window.session.review
    assert review.draft == "Start.\nPasted one.\n\nPasted two with ümlaut and 😀."
    assert review.suggestion == review.draft  # the person's own text, not a difference
    assert_mirrored(window)
    window.actions.undo.trigger()
    assert review.draft == "Start.\n"
    assert_mirrored(window)


@pytest.mark.slow
def test_a_10_mb_document_opens_and_stays_usable(window, qtbot, tmp_path) -> None:
    paragraph = ("Plain sentences about nothing much fill this paragraph so that the file grows large. " * 6
                 + "Ünïcödé and 😀 too.\n\n")
    path = tmp_path / "big.md"
    path.write_text(paragraph * (10_000_000 // len(paragraph.encode("utf-8"))), encoding="utf-8")
    assert path.stat().st_size > 9_900_000
    with qtbot.waitSignal(window.documents.loaded, timeout=60000):
        window.open_path(str(path))
    pane = window.view.draft
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    pane.setFocus()
    pane.setTextCursor(pane.cursorForPosition(pane.viewport().rect().center()))
    type_text(qtbot, pane, "Typed in the middle 🎉 ")
    review = window.session.review
    assert "Typed in the middle 🎉 " in review.draft
    assert pane.document().characterCount() == window.session.sides["draft"].map.length16 + 1
    assert_mirrored(window)
    assert review.suggestion == review.draft
    for _ in range(8):  # typing undoes word by word
        window.actions.undo.trigger()
    assert "Typed" not in review.draft and not review.can_undo


def test_opening_a_file_puts_the_cursor_in_the_draft_pane(window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Typed at once.", encoding="utf-8")
    window.view.suggestion.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view.suggestion)
    _open(window, qtbot, path)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view.draft)
    qtbot.keyClicks(QApplication.focusWidget(), "Yes: ")
    assert window.session.review.draft == "Yes: Typed at once."


def test_a_word_file_with_broken_xml_is_one_message_and_keeps_the_current_work(window, qtbot, tmp_path,
                                                                                answers) -> None:
    from tests.core import word_docs

    load_review(window, "Keep me.", "Keep me!")
    good = tmp_path / "good.docx"
    docx.Document().save(str(good))
    bad = word_docs.damage_xml(good, tmp_path / "bad.docx")
    _open(window, qtbot, bad)
    assert answers.errors == [("Cannot Open File", f"{bad}: is not a Word document (.docx), or it is damaged")]
    assert window.session.review.draft == "Keep me."


def test_a_word_file_keeps_its_link_and_what_a_save_cannot_keep_is_asked_first(window, qtbot, tmp_path,
                                                                                answers) -> None:
    from tests.core import word_docs

    path = word_docs.rich_document(tmp_path / "rich.docx")
    _open(window, qtbot, path)
    assert "tracked changes" in window.view.info.text.text()
    _type_at_end(window, qtbot, " Really.")
    window.actions.save.trigger()
    assert answers.losses == [] and not window.session.modified
    saved = docx.Document(str(path))
    assert saved.paragraphs[0].text == "Read the report on our website today."
    assert [h.url for h in saved.paragraphs[0].hyperlinks] == [word_docs.URL]
    assert saved.paragraphs[3].text == "This claim needs a source soon. Really."
    before = path.read_bytes()
    pane = window.view.draft
    cursor = pane.document().find("on our website ")
    pane.setTextCursor(cursor)
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    assert window.session.review.draft.startswith("Read the report today.")
    answers.save_losses = False
    window.actions.save.trigger()
    assert answers.losses == ["paragraph 1: the link on “our website” is removed, because all its words are"]
    assert path.read_bytes() == before and window.session.modified  # declined: nothing written
    answers.save_losses = True
    window.actions.save.trigger()
    assert docx.Document(str(path)).paragraphs[0].text == "Read the report today."
    assert not window.session.modified


def test_after_a_file_dialog_the_window_has_the_keyboard_again(window, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QLineEdit

    from humanize_desktop.gui.documents import focus_kept

    pane = window.view.suggestion
    pane.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane)
    dialog = QDialog(window)
    QLineEdit(dialog).setFocus()
    QTimer.singleShot(100, dialog.reject)
    with focus_kept(window):
        dialog.exec()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane and QApplication.activeWindow() is window,
                    timeout=2000)
