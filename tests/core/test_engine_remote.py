"""The remote backend against scripted HTTP servers on 127.0.0.1: down, garbage, errors, streams.

The real llama.cpp server is exercised in tests/integration/test_remote_server.py;
these servers misbehave on purpose, which a real one will not do on demand.
"""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from humanize_desktop.core.engine import (
    FeatureUnavailable,
    GenerationRequest,
    RemoteEngine,
    ServerError,
    ServerUnreachable,
)
from humanize_desktop.core.engine.remote import normalise_server_url

Handler = Callable[[BaseHTTPRequestHandler], None]
MODELS = {"object": "list", "data": [{"id": "team-model", "object": "model"}]}
REQUEST = GenerationRequest(messages=({"role": "user", "content": "Hello"},), max_tokens=10)


def send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str = "application/json",
         headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)


def sse(h: BaseHTTPRequestHandler, events: list[str], delay: float = 0.0) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/event-stream")
    h.end_headers()
    for event in events:
        h.wfile.write(f"data: {event}\n\n".encode())
        h.wfile.flush()
        time.sleep(delay)


def chunk(text: str, finish: str | None = None) -> str:
    return json.dumps({"choices": [{"index": 0, "delta": {"content": text}, "finish_reason": finish}]})


@pytest.fixture
def server() -> Iterator[Callable[[dict[str, Handler]], str]]:
    servers: list[ThreadingHTTPServer] = []
    seen: list[dict[str, str]] = []

    def start(routes: dict[str, Handler]) -> str:
        class H(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def handle_one(self) -> None:
                seen.append({"path": self.path, "auth": self.headers.get("Authorization", "")})
                length = int(self.headers.get("Content-Length") or 0)
                self.body = self.rfile.read(length) if length else b""
                routes.get(self.path, lambda h: send(h, 404, b'{"error": {"message": "not found"}}'))(self)

            do_GET = do_POST = handle_one

        srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
        srv.daemon_threads = True
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}"

    start.seen = seen  # type: ignore[attr-defined]
    yield start
    for srv in servers:
        srv.shutdown()
        srv.server_close()


def test_server_urls_are_normalised() -> None:
    assert normalise_server_url("localhost:8080") == "http://localhost:8080"
    assert normalise_server_url("https://llm.example.org/v1/") == "https://llm.example.org"
    assert normalise_server_url("http://10.0.0.5:8000/proxy/v1") == "http://10.0.0.5:8000/proxy"
    with pytest.raises(ServerUnreachable, match="not a server address"):
        normalise_server_url("ftp://files")


def test_a_server_that_is_down_is_named() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = RemoteEngine(f"http://127.0.0.1:{port}", timeout_s=5)
    with pytest.raises(ServerUnreachable, match=f"127.0.0.1:{port}: connection refused"):
        engine.generate(REQUEST)


def test_garbage_answers_are_refused(server: Callable[[dict[str, Handler]], str]) -> None:
    url = server({"/v1/models": lambda h: send(h, 200, b"<html><body>Router login</body></html>", "text/html")})
    with pytest.raises(ServerError, match="not an OpenAI-compatible JSON response"):
        RemoteEngine(url).info()
    url = server({"/v1/models": lambda h: send(h, 200, json.dumps(MODELS).encode()),
                  "/v1/chat/completions": lambda h: sse(h, [chunk("Hi"), "{not json"])})
    with pytest.raises(ServerError, match="not an OpenAI-compatible"):
        RemoteEngine(url).generate(REQUEST)
    url = server({"/v1/models": lambda h: send(h, 200, json.dumps(MODELS).encode()),
                  "/v1/chat/completions": lambda h: send(h, 200, b"Welcome to nginx!", "text/plain")})
    with pytest.raises(ServerError, match="not an OpenAI-compatible"):
        RemoteEngine(url).generate(REQUEST)


def test_http_errors_and_api_keys(server: Callable[[dict[str, Handler]], str]) -> None:
    def guarded(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("Authorization") == "Bearer sesame":
            send(h, 200, json.dumps(MODELS).encode())
        else:
            send(h, 401, b'{"error": {"message": "invalid api key"}}')

    url = server({"/v1/models": guarded})
    with pytest.raises(ServerError, match="check the API key"):
        RemoteEngine(url, api_key="wrong").info()
    assert RemoteEngine(url, api_key="sesame").info().model_name == "team-model"
    url = server({"/v1/models": lambda h: send(h, 200, json.dumps(MODELS).encode()),
                  "/v1/chat/completions": lambda h: send(h, 500, b'{"error": {"message": "out of memory"}}')})
    with pytest.raises(ServerError, match="HTTP 500 .*out of memory"):
        RemoteEngine(url).generate(REQUEST)


def test_redirects_to_another_host_are_not_followed(server: Callable[[dict[str, Handler]], str]) -> None:
    url = server({"/v1/models": lambda h: send(h, 302, b"", headers={"Location": "http://203.0.113.9/v1/models"})})
    with pytest.raises(ServerError, match="only talks to the address you gave"):
        RemoteEngine(url).info()


def test_streams_reach_the_caller_and_cancel_stops_them(server: Callable[[dict[str, Handler]], str]) -> None:
    events = [chunk("The"), chunk(" meeting"), chunk(" is"), chunk(" on"), chunk(" Tuesday.", "stop"), "[DONE]"]
    url = server({"/v1/models": lambda h: send(h, 200, json.dumps(MODELS).encode()),
                  "/v1/chat/completions": lambda h: sse(h, events, delay=0.01)})
    pieces: list[str] = []
    result = RemoteEngine(url).generate(REQUEST, on_token=pieces.append)
    assert result.text == "The meeting is on Tuesday." and pieces == ["The", " meeting", " is", " on", " Tuesday."]
    assert result.finish_reason == "stop" and result.tokens == 5
    cancel = threading.Event()

    def stop_after_two(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 7:
            cancel.set()

    cancelled = RemoteEngine(url).generate(REQUEST, on_token=stop_after_two, cancel=cancel)
    assert cancelled.finish_reason == "cancelled" and cancelled.text == "The meeting"


def test_a_silent_server_times_out(server: Callable[[dict[str, Handler]], str]) -> None:
    url = server({"/v1/models": lambda h: time.sleep(2)})
    with pytest.raises(ServerUnreachable, match="did not answer within 0.5 seconds"):
        RemoteEngine(url, timeout_s=0.5).info()


def test_scores_are_unavailable_and_embeddings_only_when_offered(server: Callable[[dict[str, Handler]], str]) -> None:
    url = server({"/v1/models": lambda h: send(h, 200, json.dumps(MODELS).encode())})
    engine = RemoteEngine(url)
    with pytest.raises(FeatureUnavailable, match="cannot score text"):
        engine.score("Some text.")
    with pytest.raises(FeatureUnavailable, match="does not provide embeddings"):
        engine.embed(["a", "b"])
    vectors = {"data": [{"index": 1, "embedding": [0.0, 1.0]}, {"index": 0, "embedding": [1.0, 0.0]}]}
    url = server({"/v1/models": lambda h: send(h, 200, json.dumps(MODELS).encode()),
                  "/v1/embeddings": lambda h: send(h, 200, json.dumps(vectors).encode())})
    assert RemoteEngine(url).embed(["a", "b"]) == [[1.0, 0.0], [0.0, 1.0]]


def test_the_last_failure_is_kept_as_the_engines_problem(server: Callable[[dict[str, Handler]], str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = RemoteEngine(f"http://127.0.0.1:{port}", timeout_s=5)
    assert engine.problem == ""
    with pytest.raises(ServerUnreachable):
        engine.info()
    assert "connection refused" in engine.problem
    url = server({"/v1/models": lambda h: send(h, 200, json.dumps(MODELS).encode())})
    working = RemoteEngine(url)
    working.info()
    assert working.problem == ""


def test_a_login_in_the_address_is_sent_and_never_shown(server: Callable[[dict[str, Handler]], str]) -> None:
    expected = "Basic " + base64.b64encode(b"writers:p@ss word").decode()

    def guarded(reply: Handler) -> Handler:
        def route(h: BaseHTTPRequestHandler) -> None:
            if h.headers.get("Authorization") == expected:
                reply(h)
            else:
                send(h, 401, b'{"error": {"message": "login required"}}')
        return route

    url = server({"/v1/models": guarded(lambda h: send(h, 200, json.dumps(MODELS).encode())),
                  "/v1/chat/completions": guarded(lambda h: sse(h, [chunk("Hi.", "stop"), "[DONE]"]))})
    host = url.removeprefix("http://")
    engine = RemoteEngine(f"http://writers:p%40ss%20word@{host}/v1")
    assert engine.generate(REQUEST).text == "Hi."
    assert engine.info().model_id == f"http://writers:***@{host}#team-model"
    assert "p%40ss" not in repr(engine.info().to_json())

    with pytest.raises(ServerError) as refused:
        RemoteEngine(f"http://writers:WrongPassword@{host}").info()
    assert str(refused.value) == (f"The model server at http://writers:***@{host} refused the request "
                                  "(HTTP 401): check the API key and the login in the address.")

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    down = RemoteEngine(f"https://writers:s3cret@127.0.0.1:{port}", timeout_s=5)
    with pytest.raises(ServerUnreachable) as unreachable:
        down.info()
    assert f"https://writers:***@127.0.0.1:{port}" in str(unreachable.value)
    assert "s3cret" not in str(unreachable.value) and "s3cret" not in down.problem
    with pytest.raises(ServerUnreachable) as malformed:
        normalise_server_url("ftp://writers:s3cret@files.team.example")
    assert "s3cret" not in str(malformed.value) and "writers:***@" in str(malformed.value)
