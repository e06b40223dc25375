"""The one HTTP client: a team's own certificate authority, and no proxy for the document's servers.

A TLS server on 127.0.0.1 with a certificate from a CA made for the test
stands for a team's server behind its reverse proxy. The model client, the
LanguageTool client and downloads all go through ``core.http``: they refuse
the server until the CA is trusted through ``SSL_CERT_FILE`` or
``REQUESTS_CA_BUNDLE``, and the model and LanguageTool clients never send
the text through a proxy from the environment.
"""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from humanize_desktop.core import http
from humanize_desktop.core.checks import languagetool as lt
from humanize_desktop.core.engine import RemoteEngine, ServerUnreachable

MODELS = {"object": "list", "data": [{"id": "team-model", "object": "model"}]}
LANGUAGES = [{"name": "English (US)", "code": "en", "longCode": "en-US"}]


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def team_ca(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")
    (d / "server.ext").write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                                  "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=Humanize Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=d)
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
             "-subj", "/CN=127.0.0.1", cwd=d)
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", "server.crt", "-days", "2", "-extfile", "server.ext", cwd=d)
    return d


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        body = json.dumps({"/v1/models": MODELS, "/v2/languages": LANGUAGES}.get(self.path, {})).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _serve(tls: ssl.SSLContext | None = None) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.seen = []  # type: ignore[attr-defined]
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def team_server(team_ca: Path) -> Iterator[str]:
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(team_ca / "server.crt", team_ca / "server.key")
    server, url = _serve(tls)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture
def no_team_ca(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(var, raising=False)


def test_an_untrusted_certificate_is_refused_by_every_client(team_server: str, no_team_ca: None) -> None:
    with pytest.raises(ServerUnreachable, match="TLS certificate could not be verified"):
        RemoteEngine(team_server).info()
    with pytest.raises(lt.LanguageToolUnavailable, match="TLS certificate could not be verified"):
        lt.LanguageToolClient(team_server).languages()
    with pytest.raises(requests.exceptions.SSLError), http.session(direct=False) as s:
        s.get(team_server + "/v1/models", timeout=10)


@pytest.mark.parametrize("variable", ["SSL_CERT_FILE", "REQUESTS_CA_BUNDLE"])
def test_a_team_ca_in_either_variable_is_trusted_by_every_client(team_server: str, team_ca: Path, no_team_ca: None,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 variable: str) -> None:
    monkeypatch.setenv(variable, str(team_ca / "ca.pem"))
    assert RemoteEngine(team_server).info().model_name == "team-model"
    assert [x.long_code for x in lt.LanguageToolClient(team_server).languages()] == ["en-US"]
    with http.session(direct=False) as s:
        assert s.get(team_server + "/v1/models", timeout=10).json() == MODELS


def test_the_documents_servers_are_never_reached_through_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    server, url = _serve()
    proxy, proxy_url = _serve()  # a "proxy" that would see the text: it must see nothing
    try:
        for var in ("http_proxy", "HTTP_PROXY", "all_proxy"):
            monkeypatch.setenv(var, proxy_url)
        for var in ("no_proxy", "NO_PROXY"):
            monkeypatch.delenv(var, raising=False)
        assert RemoteEngine(url).info().model_name == "team-model"
        assert lt.LanguageToolClient(url).languages()
        assert server.seen == ["/v1/models", "/v2/languages"]  # type: ignore[attr-defined]
        assert proxy.seen == []  # type: ignore[attr-defined]
        with http.session(direct=False) as s:  # downloads follow the office's proxy
            s.get(url + "/v1/models", timeout=10)
        assert proxy.seen == [url + "/v1/models"]  # type: ignore[attr-defined]
    finally:
        for s in (server, proxy):
            s.shutdown()
            s.server_close()
