"""The model manager's "Get Models" tab against a real HTTP server on 127.0.0.1.

The catalog is the real one plus an entry for the test server's 3 MB GGUF
model (the real catalog only names https://huggingface.co, which tests may
not reach). Downloads go through the real ``core.downloads`` code on the
runner's transfer lane; the tab is driven by its buttons.
"""

from __future__ import annotations

import pytest

from humanize_desktop.core.engine import load_catalog
from humanize_desktop.gui.dialogs.model_catalog import STATUS_COLUMN
from humanize_desktop.gui.dialogs.model_manager import ModelManagerDialog
from humanize_desktop.gui.downloading import ModelDownloads
from tests.download_server import ModelServer, entry_for, payload, server  # noqa: F401 (fixtures)
from tests.gui.fakes import FakeEngine

pytestmark = pytest.mark.gui


def _dialog(window, qtbot, entries) -> ModelManagerDialog:
    window.downloads.read_catalog = lambda: list(entries)
    dialog = ModelManagerDialog(window, window.engines, window.settings, window.downloads)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.catalog)
    dialog.show()
    qtbot.waitUntil(lambda: window.downloads.loaded, timeout=10000)
    return dialog


def _picker_names(window) -> list[str]:
    combo = window.model_picker.combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_catalog_says_size_licence_languages_and_fit_before_anything_is_downloaded(
        window, qtbot, server: ModelServer) -> None:
    catalog = load_catalog()
    dialog = _dialog(window, qtbot, [entry_for(server)] + catalog)
    tab = dialog.catalog
    assert tab.table.rowCount() == len(catalog) + 1
    for row, entry in enumerate(catalog, start=1):
        cells = [tab.table.item(row, col).text() for col in range(tab.table.columnCount())]
        assert cells[0] == entry.name and cells[3] == entry.license
        assert cells[2].endswith(("MB", "GB")) and cells[4].startswith(entry.languages[0])
        assert cells[5] in ("Fits", "Tight", "Too big")
        assert "GB of memory" in tab.table.item(row, 5).toolTip()  # the fit verdict, in sentences
        assert cells[STATUS_COLUMN] == "Not downloaded"
    tab.select(catalog[0].id)
    assert tab.title.text() == catalog[0].name and "memory" in tab.fit.text()
    assert tab.download_button.isEnabled() and not tab.cancel_button.isEnabled()
    assert tab.download_button.text().replace("&", "").startswith("Download (")
    assert server.ranges == []  # listing the catalog fetched nothing


def test_a_download_shows_progress_is_verified_and_appears_in_the_model_picker(
        window, qtbot, server: ModelServer, user_dirs) -> None:
    entry = entry_for(server)
    dialog = _dialog(window, qtbot, [entry])
    tab = dialog.catalog
    # A rewrite is running on the model lane: the download must not wait for it.
    engine = FakeEngine(delay=0.05)
    window.engines.use_engine(engine, "Fake model")
    window.session.start_draft("Furthermore, we utilize many tools every single day of the week. " * 6 + "\n")
    window.start_humanize()
    assert window.humanizer.running
    server.pace = 0.02  # about 1 s in all, so the progress can be watched
    seen = []
    window.downloads.status_changed.connect(lambda _id: seen.append(tab.progress.value()))
    tab.download_button.click()
    assert tab.cancel_button.isEnabled() and not tab.download_button.isEnabled()
    assert tab.progress.isVisible()
    qtbot.waitUntil(lambda: window.downloads.status(entry.id).state == "present", timeout=20000)
    assert window.humanizer.running  # it finished beside the rewrite, not after it
    assert any(0 < v < 1000 for v in seen)
    assert (user_dirs.models / entry.file).read_bytes() == server.payload
    assert tab.table.item(0, STATUS_COLUMN).text() == "Downloaded, verified"
    assert tab.message.text().startswith("Verified: the file's SHA-256 matches the catalog.")
    assert tab.use_button.isVisible() and not tab.download_button.isVisible()
    qtbot.waitUntil(lambda: "download-test" in _picker_names(window), timeout=10000)
    assert "its SHA-256 matches the catalog" in window.statusBar().currentMessage()
    window.humanizer.stop()
    qtbot.waitUntil(lambda: not window.humanizer.running, timeout=10000)
    tab.use_button.click()
    assert window.engines.current_key() == str(user_dirs.models / entry.file)


def test_cancel_keeps_the_unfinished_file_and_resume_continues_from_it(window, qtbot, server: ModelServer,
                                                                       user_dirs) -> None:
    entry = entry_for(server)
    dialog = _dialog(window, qtbot, [entry])
    tab = dialog.catalog
    server.pace = 0.05
    tab.download_button.click()
    qtbot.waitUntil(lambda: window.downloads.status(entry.id).done > 256 * 1024, timeout=10000)
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: not window.downloads.is_running(entry.id), timeout=10000)
    status = window.downloads.status(entry.id)
    assert status.state == "partial" and 0 < status.on_disk < len(server.payload)
    assert "kept so it can resume" in tab.message.text()
    assert tab.table.item(0, STATUS_COLUMN).text().startswith("Unfinished:")
    assert tab.download_button.text().replace("&", "") == "Resume Download"
    assert tab.discard_button.isEnabled()
    kept = status.on_disk
    server.pace = 0.0
    tab.download_button.click()
    qtbot.waitUntil(lambda: window.downloads.status(entry.id).state == "present", timeout=10000)
    assert server.ranges[-1] == f"bytes={kept}-"
    assert (user_dirs.models / entry.file).read_bytes() == server.payload
    assert tab.message.text().startswith("Verified")


def test_an_unfinished_download_can_be_discarded(window, qtbot, server: ModelServer, user_dirs) -> None:
    entry = entry_for(server)
    user_dirs.models.mkdir(parents=True)
    (user_dirs.models / f"{entry.file}.part").write_bytes(server.payload[:1000])
    dialog = _dialog(window, qtbot, [entry])
    tab = dialog.catalog
    assert tab.table.item(0, STATUS_COLUMN).text().startswith("Unfinished: 1 kB of 3 MB")
    assert tab.discard_button.isEnabled()
    tab.discard_button.click()
    assert not (user_dirs.models / f"{entry.file}.part").exists()
    assert tab.table.item(0, STATUS_COLUMN).text() == "Not downloaded"
    assert not tab.discard_button.isEnabled()
    assert server.ranges == []


def test_without_a_published_checksum_the_tab_says_it_cannot_verify(window, qtbot, server: ModelServer) -> None:
    entry = entry_for(server, sha="")
    dialog = _dialog(window, qtbot, [entry])
    tab = dialog.catalog
    assert "cannot be verified" in tab.message.text()  # said before downloading, too
    tab.download_button.click()
    qtbot.waitUntil(lambda: window.downloads.status(entry.id).state == "present", timeout=10000)
    assert tab.table.item(0, STATUS_COLUMN).text() == "Downloaded, cannot verify"
    assert tab.message.text().startswith("Cannot verify: the catalog publishes no checksum")


def test_a_failed_download_says_why_in_plain_words(window, qtbot, server: ModelServer) -> None:
    server.status = 404
    entry = entry_for(server)
    dialog = _dialog(window, qtbot, [entry])
    tab = dialog.catalog
    tab.download_button.click()
    qtbot.waitUntil(lambda: not window.downloads.is_running(entry.id), timeout=10000)
    assert tab.table.item(0, STATUS_COLUMN).text() == "Failed"
    assert "could not be downloaded: the file is no longer at" in tab.message.text()
    assert "HTTP 404" in tab.message.text() and "Import" in tab.message.text()
    assert tab.download_button.isEnabled()  # it can be tried again


def test_closing_the_dialog_does_not_stop_a_download(window, qtbot, server: ModelServer) -> None:
    entry = entry_for(server)
    dialog = _dialog(window, qtbot, [entry])
    server.go.clear()  # hold the response until the dialog is gone
    dialog.catalog.download_button.click()
    dialog.close()
    dialog.deleteLater()
    qtbot.wait(50)
    server.go.set()
    qtbot.waitUntil(lambda: window.downloads.status(entry.id).state == "present", timeout=10000)
    again = _dialog(window, qtbot, [entry])
    assert again.catalog.table.item(0, STATUS_COLUMN).text() == "Downloaded, verified"


def test_import_from_the_get_models_tab_checks_the_file_then_copies_it(window, qtbot, tmp_path, payload,
                                                                         monkeypatch, user_dirs) -> None:
    dialog = _dialog(window, qtbot, [])
    tab = dialog.catalog
    bad = tmp_path / "notes.gguf"
    bad.write_text("this is a text file, not a model")
    monkeypatch.setattr(ModelManagerDialog, "ask_gguf", classmethod(lambda cls, parent: str(bad)))
    tab.import_button.click()
    assert not tab.import_button.isEnabled()
    qtbot.waitUntil(tab.import_button.isEnabled, timeout=10000)
    assert "notes.gguf" in tab.message.text() and not (user_dirs.models / "notes.gguf").exists()
    good = tmp_path / "copied-in.gguf"
    good.write_bytes(payload)
    monkeypatch.setattr(ModelManagerDialog, "ask_gguf", classmethod(lambda cls, parent: str(good)))
    tab.import_button.click()
    qtbot.waitUntil(lambda: tab.message.text().startswith("Imported"), timeout=10000)
    assert (user_dirs.models / "copied-in.gguf").read_bytes() == payload
    qtbot.waitUntil(lambda: "copied-in" in _picker_names(window), timeout=10000)


def test_a_broken_catalog_is_reported_in_the_tab(window, qtbot) -> None:
    from humanize_desktop.core.engine.errors import CatalogProblem

    def broken():
        raise CatalogProblem("The model catalog catalog.toml cannot be read: bad TOML.")

    downloads = ModelDownloads(window.runner, window.engines, window)
    downloads.read_catalog = broken
    dialog = ModelManagerDialog(window, window.engines, window.settings, downloads)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not downloads.loading, timeout=10000)
    assert dialog.catalog.table.rowCount() == 0
    assert "cannot be read" in dialog.catalog.notes.text()
    assert not dialog.catalog.download_button.isEnabled()
