"""Team mode as packaging/TEAM_MODE.md documents it: settings, TLS with the team's CA, API keys.

A real llama.cpp server (``python -m llama_cpp.server`` with the bundled
SmolLM2) runs on 127.0.0.1 with HTTPS from a certificate authority made for
the test and an API key; the app's CLI, run as a separate process, humanizes
through it when told to trust that CA (``SSL_CERT_FILE``, as the document
says), and refuses with a clear sentence when it does not trust it or has
the wrong key. (The plain-HTTP end-to-end run is in test_remote_server.py.)
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from humanize_desktop import config

ROOT = Path(__file__).resolve().parents[2]
TEAM_MODE = ROOT / "packaging" / "TEAM_MODE.md"
API_KEY = "team-key-7f3a"
STARTUP_TIMEOUT_S = 120


def test_the_documented_settings_are_real_settings(tmp_path: Path) -> None:
    block = re.search(r"```toml\n(.*?)```", TEAM_MODE.read_text(encoding="utf-8"), re.S)
    assert block, "TEAM_MODE.md shows the settings as a toml block"
    path = tmp_path / "settings.toml"
    path.write_text(block.group(1), encoding="utf-8")
    settings = config.load(path)
    assert settings.problems == []
    assert settings.engine.server_url == "https://llm.team.example"
    assert settings.grammar.languagetool_url.startswith("https://writers:")


def test_the_documented_cli_flags_exist() -> None:
    text = TEAM_MODE.read_text(encoding="utf-8")
    documented = set(re.findall(r"humanize-desktop humanize \S+ (--[a-z-]+)", text))
    assert "--server" in documented and "HUMANIZE_API_KEY" in text
    shown = subprocess.run([sys.executable, "-m", "humanize_desktop", "humanize", "--help"],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    for flag in documented | {"--api-key"}:
        assert flag in shown.stdout
    check_flags = set(re.findall(r"humanize-desktop check \S+ (--[a-z-]+)", text))
    assert "--languagetool" in check_flags
    shown = subprocess.run([sys.executable, "-m", "humanize_desktop", "check", "--help"],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    for flag in check_flags:
        assert flag in shown.stdout


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def team_ca(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A certificate authority and a server certificate for 127.0.0.1, as a team would make."""
    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")
    (d / "server.ext").write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                                  "keyUsage=critical,digitalSignature,keyEncipherment\n"
                                  "extendedKeyUsage=serverAuth\n")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
             "-days", "2", "-subj", "/CN=Humanize Test Team CA",
             "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
             cwd=d)
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
             "-subj", "/CN=127.0.0.1", cwd=d)
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", "server.crt", "-days", "2", "-extfile", "server.ext", cwd=d)
    return d


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def team_server(team_ca: Path, smollm2_path: Path) -> Iterator[str]:
    port = _free_port()
    log = team_ca / "server.log"
    with open(log, "wb") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_path), "--model_alias", "team-model",
             "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "1024", "--verbose", "false",
             "--api_key", API_KEY, "--ssl_certfile", str(team_ca / "server.crt"),
             "--ssl_keyfile", str(team_ca / "server.key")],
            stdout=log_file, stderr=subprocess.STDOUT, env=dict(os.environ, no_proxy="*", HF_HUB_OFFLINE="1"))
    url = f"https://127.0.0.1:{port}"
    context = ssl.create_default_context(cafile=str(team_ca / "ca.pem"))
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited early:\n{log.read_text(errors='replace')[-3000:]}")
            request = urllib.request.Request(f"{url}/v1/models", headers={"Authorization": f"Bearer {API_KEY}"})
            try:
                with urllib.request.urlopen(request, timeout=2, context=context) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not start:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _humanize(url: str, draft: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("SSL_CERT_FILE", "SSL_CERT_DIR", "HUMANIZE_API_KEY")}
    return subprocess.run(
        [sys.executable, "-m", "humanize_desktop", "humanize", str(draft), "--server", url, "--no-cache",
         "--seed", "3"],
        capture_output=True, text=True, timeout=240, env={**base, "no_proxy": "*", **env}, cwd=ROOT)


@pytest.mark.model
@pytest.mark.slow
def test_cli_humanizes_through_tls_with_the_teams_ca_and_key(team_server: str, team_ca: Path,
                                                             tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("It is important to note that the meeting moved to Tuesday.\n", encoding="utf-8")

    ok = _humanize(team_server, draft, SSL_CERT_FILE=str(team_ca / "ca.pem"), HUMANIZE_API_KEY=API_KEY)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip()

    untrusted = _humanize(team_server, draft, HUMANIZE_API_KEY=API_KEY)
    assert untrusted.returncode == 1
    assert "certificate could not be verified" in untrusted.stderr and "127.0.0.1" in untrusted.stderr
    assert "Traceback" not in untrusted.stderr

    wrong_key = _humanize(team_server, draft, SSL_CERT_FILE=str(team_ca / "ca.pem"), HUMANIZE_API_KEY="not-it")
    assert wrong_key.returncode == 1
    assert "API key" in wrong_key.stderr and "Traceback" not in wrong_key.stderr
