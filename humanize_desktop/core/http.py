"""The app's one HTTP client: ``requests`` sessions with the app's certificate and proxy rules.

Three things talk HTTP, all through ``session()``: the model server client
(``engine.remote``), the LanguageTool client (``checks.languagetool``) and
catalog model downloads (``core.downloads``).

- **Certificates** are always verified. Trusted are the system's
  authorities (``ssl.create_default_context``: the OpenSSL paths, which
  ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` change; the certificate store on
  Windows), a PEM file named by ``REQUESTS_CA_BUNDLE`` (a team's own CA), and
  certifi's list (a frozen build may lack the system's paths). So a team CA
  set in either variable works for every server.
- **Proxies**: ``direct=True`` (the model server and LanguageTool, which get
  the document) ignores proxy variables and ``.netrc``: the text goes to
  exactly the address the person gave. Downloads (``direct=False``) use the
  environment's proxy, which an office network may need.
- **Redirects**: callers that must not follow them pass
  ``allow_redirects=False`` and treat a 3xx as an error.

``read_lines`` and ``read_some`` read a streamed body as it arrives (a token
stream, a download on a slow line), so cancelling is noticed at once.
``failure_reason`` turns a failed request into a few words for a message.
"""

from __future__ import annotations

import logging
import os
import socket
import ssl
from collections.abc import Iterator
from typing import Any

import requests
import urllib3
from requests.adapters import HTTPAdapter

from humanize_desktop import __version__

log = logging.getLogger(__name__)

USER_AGENT = f"HumanizeDesktop/{__version__}"
#: What goes wrong while a body is read (after the response started): urllib3's own errors.
READ_ERRORS = (urllib3.exceptions.HTTPError, requests.RequestException, OSError)


def trust() -> ssl.SSLContext:
    """A TLS context with the certificate authorities the app trusts (see the module docstring)."""
    context = ssl.create_default_context()
    bundle = os.environ.get("REQUESTS_CA_BUNDLE", "")
    extra = [bundle] if bundle else []
    try:  # a frozen build may lack the system's CA paths; certifi fills the gap when present
        import certifi

        extra.append(certifi.where())
    except ImportError:
        pass
    for path in extra:
        try:
            context.load_verify_locations(capath=path) if os.path.isdir(path) \
                else context.load_verify_locations(cafile=path)
        except (OSError, ssl.SSLError) as exc:
            log.warning("cannot load the certificates in %s: %s", path, exc)
    return context


class _TrustAdapter(HTTPAdapter):
    """Every connection (direct or through a proxy) verifies with ``trust()``."""

    def __init__(self) -> None:
        self._context = trust()
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self._context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        kwargs["ssl_context"] = self._context
        return super().proxy_manager_for(proxy, **kwargs)


def session(direct: bool = True) -> requests.Session:
    """A session with the app's trust; ``direct``: no proxy, no ``.netrc`` (the document's servers)."""
    s = requests.Session()
    s.trust_env = not direct
    s.headers["User-Agent"] = USER_AGENT
    s.mount("https://", _TrustAdapter())
    return s


def read_some(response: requests.Response, limit: int) -> bytes:
    """Up to ``limit`` bytes of a streamed body, as soon as any arrived; b"" at the end."""
    return response.raw.read1(limit)


def read_lines(response: requests.Response, max_line: int = 1 << 20) -> Iterator[bytes]:
    """The lines of a streamed body as each arrives (server-sent events), without their line ends."""
    buffer = b""
    while True:
        block = response.raw.read1(65536)
        if not block:
            if buffer:
                yield buffer
            return
        buffer += block
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            yield line.rstrip(b"\r")
        if len(buffer) > max_line:  # no line end in sight: hand over what there is
            yield buffer
            buffer = b""


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what it wraps (requests wraps urllib3, which wraps the socket's error)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo.extend([getattr(e, "reason", None) if isinstance(getattr(e, "reason", None), BaseException)
                     else None, e.__cause__, e.__context__, *(a for a in e.args if isinstance(a, BaseException))])


def _timed_out(e: BaseException) -> bool:
    # urllib3's "new connection" errors derive from its timeout error, whatever their cause.
    return (isinstance(e, (TimeoutError, requests.Timeout, urllib3.exceptions.TimeoutError))
            and not isinstance(e, urllib3.exceptions.NewConnectionError))


def failure_reason(exc: BaseException) -> str:
    """A few words for what went wrong with a request: "connection refused", "unknown host name"..."""
    chain = list(_chain(exc))

    def find(test: Any) -> BaseException | None:
        return next((e for e in chain if test(e)), None)

    if (e := find(lambda e: isinstance(e, ssl.SSLCertVerificationError))) is not None:
        return f"its TLS certificate could not be verified ({e.verify_message})"  # type: ignore[attr-defined]
    if find(lambda e: isinstance(e, ConnectionRefusedError)) is not None:
        return "connection refused"
    if find(lambda e: isinstance(e, (socket.gaierror, urllib3.exceptions.NameResolutionError))) is not None:
        return "unknown host name"
    if find(_timed_out) is not None:
        return "it did not answer in time"
    if (e := find(lambda e: isinstance(e, ssl.SSLError))) is not None:
        return f"the secure connection failed ({getattr(e, 'reason', '') or e})"
    if (e := find(lambda e: isinstance(e, OSError) and bool(e.strerror))) is not None:
        return str(e.strerror).lower()  # type: ignore[attr-defined]
    return str(exc) or type(exc).__name__
