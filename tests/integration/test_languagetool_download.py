"""``humanize-desktop languagetool``: the installation in use, and the download only on request.

language-tool-python's release host cannot be reached from here, so the
download is served by a stand-in on 127.0.0.1 (the conftest socket guard
refuses anything else): a release zip laid out as LanguageTool publishes it,
with its SHA-256 given the way language-tool-python accepts one.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from humanize_desktop import cli, config
from humanize_desktop.core.checks import languagetool_install as install

pytestmark = pytest.mark.skipif(install.java_executable() is None, reason="the download needs Java 17+")


def release_zip() -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("LanguageTool-6.8/languagetool-server.jar", b"PK\x05\x06" + b"\0" * 18)
        z.writestr("LanguageTool-6.8/README.md", "LanguageTool 6.8\n")
    return data.getvalue()


@pytest.fixture
def release_host(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[str]]:
    """Serves LanguageTool-6.8.zip on 127.0.0.1 where language-tool-python looks for it; yields the paths asked."""
    from language_tool_python import download_lt

    body = release_zip()
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr(download_lt, "BASE_URL_NEW_RELEASES",
                        f"http://127.0.0.1:{server.server_address[1]}/LanguageTool-{{version}}/")
    monkeypatch.setenv("LTP_DOWNLOAD_SHA256_6_8", hashlib.sha256(body).hexdigest())
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    yield asked
    server.shutdown()
    server.server_close()


def test_download_happens_on_request_and_the_app_then_finds_it(release_host: list[str], tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["languagetool", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert before["installation"] is None and "no LanguageTool installation was found" in before["reason"]
    assert release_host == []  # looking never downloads

    assert cli.main(["languagetool", "download", "--json"]) == 0
    out, err = capsys.readouterr()
    jar = tmp_path / "ltp" / "LanguageTool-6.8" / "languagetool-server.jar"
    assert json.loads(out) == {"installation": str(jar)}
    assert release_host == ["/LanguageTool-6.8/LanguageTool-6.8.zip"]
    assert f"Downloading LanguageTool into {tmp_path / 'ltp'}" in err
    assert install.find_installation() == jar

    assert cli.main(["languagetool"]) == 0
    assert f"local LanguageTool: {jar}" in capsys.readouterr().out


def test_a_download_that_does_not_match_its_checksum_is_refused(release_host: list[str], tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LTP_DOWNLOAD_SHA256_6_8", "0" * 64)
    assert cli.main(["languagetool", "download"]) == 1
    err = capsys.readouterr().err
    assert "LanguageTool 6.8 could not be downloaded" in err and "checksum mismatch" in err
    assert not (tmp_path / "ltp" / "LanguageTool-6.8").exists()


def test_status_names_a_team_server_with_its_password_masked(capsys: pytest.CaptureFixture[str]) -> None:
    settings = config.Settings()
    settings.grammar.languagetool_url = "https://writers:s3cret@lt.example.org/"
    config.save(settings)
    assert cli.main(["languagetool"]) == 0
    out = capsys.readouterr().out
    assert "LanguageTool server: https://writers:***@lt.example.org/" in out and "s3cret" not in out
