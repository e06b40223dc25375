"""The log a person can attach to a report: written by every run, never with their text or passwords.

Two real runs of the command line: ``check`` against a LanguageTool
stand-in behind a login, and ``humanize`` against an OpenAI-style server
given an API key and a login in its address, both with ``--debug`` (the
most the log ever holds). The log file appears in the state folder, says
what ran, and holds neither the document's sentences nor a secret.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from humanize_desktop import cli, logs, paths
from tests.integration.test_languagetool_http import StandIn

PASSWORD = "pa55 w0rd@team"  # with a space and an "@", as people choose them
API_KEY = "sk-team-0123456789abcdef"
SENTENCE = "Our quarterly zorblax figures doubled after the the Lisbon offsite."


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(SENTENCE + "\n", encoding="utf-8")
    return path


def assert_clean(log: str) -> None:
    for secret in (PASSWORD, urllib.parse.quote(PASSWORD, safe=""), "pa55", API_KEY):
        assert secret not in log
    for words in (SENTENCE, "zorblax figures", "Lisbon offsite"):
        assert words not in log


def test_a_check_run_is_logged_without_text_or_password(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with StandIn(login=("writers", PASSWORD)) as server:
        address = server.url_with("writers", PASSWORD)
        code = cli.main(["--debug", "check", str(draft), "--languagetool", address, "--json", "--no-ai-likeness"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert server.checks()[-1]["text"] == SENTENCE + "\n"  # the text did reach the server...
    log = paths.dirs().log_file.read_text(encoding="utf-8")
    assert "check finished with exit status 0" in log
    assert "writers:***@127.0.0.1" in log  # ...and the log names the server, masked
    assert_clean(log)
    assert_clean(err)  # --debug's console copy too


class _ModelServer(ThreadingHTTPServer):
    """An OpenAI-style server that wants the key and answers each paragraph with itself."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.prompts: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    server: _ModelServer

    def log_message(self, *args: object) -> None:
        pass

    def _json(self, body: object) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        self._json({"object": "list", "data": [{"id": "team-model", "object": "model"}]})

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        assert self.headers.get("Authorization") == f"Bearer {API_KEY}"
        prompt = body["messages"][-1]["content"]
        self.server.prompts.append(prompt)
        answer = SENTENCE if SENTENCE in prompt else "Fine."
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for piece in (answer, ""):
            event = {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None if piece else "stop"}]}
            self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")


@pytest.fixture
def model_server() -> Iterator[_ModelServer]:
    server = _ModelServer()
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_humanize_run_is_logged_without_text_key_or_password(draft: Path, model_server: _ModelServer,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    port = model_server.server_address[1]
    address = f"http://writer:{urllib.parse.quote(PASSWORD, safe='')}@127.0.0.1:{port}"
    code = cli.main(["humanize", str(draft), "--server", address, "--api-key", API_KEY, "--no-cache", "--strength", "strong",
                     "--json", "--debug"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert any(SENTENCE in p for p in model_server.prompts)
    log = paths.dirs().log_file.read_text(encoding="utf-8")
    assert "humanize finished with exit status 0" in log and "POST http://writer:***@127.0.0.1" in log
    assert_clean(log)
    assert_clean(err)


def test_without_debug_the_log_keeps_to_what_happened(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(draft), "--json", "--no-ai-likeness"]) == 0
    assert capsys.readouterr().err == ""  # nothing on the console
    log = paths.dirs().log_file.read_text(encoding="utf-8")
    assert "check finished with exit status 0" in log and " DEBUG " not in log
    assert_clean(log)
    logs.shutdown()
