"""The remote backend against a real llama.cpp server (``python -m llama_cpp.server``) on 127.0.0.1.

The server is started once for this module with the bundled SmolLM2 model,
on a free loopback port, and stopped in the fixture's finalizer.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from humanize_desktop import cli
from humanize_desktop.core.engine import FeatureUnavailable, GenerationRequest, RemoteEngine, ServerUnreachable
from humanize_desktop.core.rewriting.document import rewrite_document
from humanize_desktop.core.rewriting.options import RewriteOptions

pytestmark = pytest.mark.model

STARTUP_TIMEOUT_S = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server_url(smollm2_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    env = dict(os.environ, no_proxy="*", HF_HUB_OFFLINE="1")
    with open(log, "wb") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_path), "--model_alias",
             "smollm2", "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "1024", "--verbose", "false"],
            stdout=log_file, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"

    def stop() -> None:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)

    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited early:\n{log.read_text(errors='replace')[-3000:]}")
            try:
                with urllib.request.urlopen(f"{url}/v1/models", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not start in {STARTUP_TIMEOUT_S} s:\n"
                            f"{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.3)
        yield url
    finally:
        stop()


def test_the_server_model_streams_text(server_url: str) -> None:
    engine = RemoteEngine(server_url, timeout_s=60)
    info = engine.info()
    assert info.backend == "remote" and info.model_name == "smollm2"
    assert info.model_id == f"{server_url}#smollm2"
    pieces: list[str] = []
    request = GenerationRequest(messages=({"role": "system", "content": "Reply briefly."},
                                          {"role": "user", "content": "Say hello to the team."}),
                                max_tokens=20, seed=1)
    result = engine.generate(request, on_token=pieces.append)
    assert result.text and "".join(pieces) == result.text
    assert len(pieces) > 1 and result.finish_reason in ("stop", "length") and result.tokens > 0


def test_cancel_stops_the_server_stream(server_url: str) -> None:
    cancel = threading.Event()
    pieces: list[str] = []

    def on_token(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 2:
            cancel.set()

    request = GenerationRequest(messages=({"role": "user", "content": "Write a long story about the sea."},),
                                max_tokens=200, seed=2)
    result = RemoteEngine(server_url, timeout_s=60).generate(request, on_token=on_token, cancel=cancel)
    assert result.finish_reason == "cancelled" and len(pieces) == 2


def test_scoring_is_reported_unavailable_and_embeddings_too_when_not_served(server_url: str) -> None:
    engine = RemoteEngine(server_url, timeout_s=60)
    with pytest.raises(FeatureUnavailable):
        engine.score("A sentence to score.")
    with pytest.raises(FeatureUnavailable):
        engine.embed(["a sentence"])


def test_a_wrong_model_name_and_a_wrong_port_are_clear_errors(server_url: str) -> None:
    with pytest.raises(Exception, match="has no model 'gpt-9'.*smollm2"):
        RemoteEngine(server_url, model="gpt-9").info()
    with pytest.raises(ServerUnreachable, match="connection refused"):
        RemoteEngine(f"http://127.0.0.1:{_free_port()}").info()


def test_rewriting_through_the_server(server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = "# Notes\n\nThe meeting is scheduled for Tuesday at 3 PM in room 204. Please bring the report.\n"
    result = rewrite_document(draft, RewriteOptions(seed=1, use_cache=False), RemoteEngine(server_url, timeout_s=60))
    assert result.engine.backend == "remote" and len(result.paragraphs) == 2
    assert result.paragraphs[1].status in ("rewritten", "unchanged", "kept")
    assert result.suggestion.startswith("# Notes\n\n")
    path = tmp_path / "draft.md"
    path.write_text(draft, "utf-8")
    assert cli.main(["humanize", str(path), "--server", server_url, "--json", "--seed", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["model"] == {"name": "smollm2", "server": server_url, "backend": "remote",
                             "context_size": 0, "gpu_offload": False}
    assert data["suggestion"].startswith("# Notes\n\n") and len(data["paragraphs"]) == 2
