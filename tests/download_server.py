"""A real HTTP server on 127.0.0.1 serving a small GGUF model, for download tests.

Shared by the core download tests and the model manager's GUI tests. The
server serves a real 3 MB GGUF file at ``/model.gguf`` and can drop the
connection part-way, ignore Range requests, announce a huge length, answer
an error status, or send slowly, so every promise of ``core.downloads`` is
checked with real sockets.

Use the fixtures by importing them into a test module:
``from tests.download_server import payload, server  # noqa: F401``.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import gguf
import numpy as np
import pytest

from humanize_desktop.core.engine import CatalogEntry

MB = 1024 * 1024


def gguf_payload(tmp: Path) -> bytes:
    """A real (3 MB) GGUF file, so the downloaded model passes the header check."""
    path = tmp / "payload.gguf"
    writer = gguf.GGUFWriter(str(path), arch="llama")
    writer.add_name("Download Test")
    writer.add_context_length(256)
    writer.add_tensor("token_embd.weight",
                      np.random.default_rng(7).standard_normal((768, 1024)).astype(np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path.read_bytes()


class ModelServer(ThreadingHTTPServer):
    """Serves ``payload`` at /model.gguf; its attributes choose how it misbehaves."""

    daemon_threads = True

    def __init__(self, payload: bytes) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.payload = payload
        self.drops: list[int] = []  # per request, in order: stop after this many bytes
        self.ignore_range = False
        self.announce_length: int | None = None
        self.status = 200
        self.ranges: list[str | None] = []  # the Range header of every request
        #: Seconds to wait after each 64 KiB sent (0: as fast as possible), so a
        #: download stays in progress long enough to be watched or cancelled.
        self.pace = 0.0
        #: Cleared to hold every response before its body until set again.
        self.go = threading.Event()
        self.go.set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/model.gguf"


class _Handler(BaseHTTPRequestHandler):
    server: ModelServer

    def log_message(self, *_args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        srv = self.server
        wanted = self.headers.get("Range")
        srv.ranges.append(wanted)
        if srv.status != 200:
            self.send_error(srv.status)
            return
        data, start = srv.payload, 0
        match = re.fullmatch(r"bytes=(\d+)-", wanted or "")
        if match and not srv.ignore_range:
            start = int(match.group(1))
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("Content-Length", str(srv.announce_length or len(body)))
        self.end_headers()
        if srv.announce_length:
            return
        if srv.drops:
            body = body[:srv.drops.pop(0)]  # then the connection closes: a dropped download
        srv.go.wait(30)
        try:
            if not srv.pace:
                self.wfile.write(body)
                return
            for i in range(0, len(body), 64 * 1024):
                self.wfile.write(body[i:i + 64 * 1024])
                self.wfile.flush()
                time.sleep(srv.pace)
        except OSError:
            pass  # the client went away (a cancelled download)


@pytest.fixture(scope="module")
def payload(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return gguf_payload(tmp_path_factory.mktemp("payload"))


@pytest.fixture
def server(payload: bytes) -> Iterator[ModelServer]:
    srv = ModelServer(payload)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.go.set()
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def entry_for(srv: ModelServer, *, sha: str | None = None, size: int | None = None,
              exact: bool = True, name: str = "Download Test", file: str = "download-test.gguf",
              min_ram_gb: float = 1) -> CatalogEntry:
    """A catalog entry for the server's model (the real catalog only names https://huggingface.co)."""
    return CatalogEntry(
        id=file.removesuffix(".gguf"), name=name, file=file, url=srv.url,
        size=len(srv.payload) if size is None else size, size_exact=exact,
        sha256=hashlib.sha256(srv.payload).hexdigest() if sha is None else sha,
        license="apache-2.0", languages=("en", "de"), parameters="1M", min_ram_gb=min_ram_gb,
    )
