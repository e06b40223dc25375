"""A model served by the user's own OpenAI-compatible server (llama.cpp, Ollama, vLLM).

``RemoteEngine(url, api_key="", timeout_s=120, model="")`` talks to exactly
the server it is given and nothing else: redirects are refused and proxy
settings from the environment are ignored, so a document can only go where
the user pointed the app. HTTP goes through the app's one client
(``core.http``), which verifies certificates with the system's authorities
and a team CA named by ``SSL_CERT_FILE`` or ``REQUESTS_CA_BUNDLE``.

- ``generate`` streams ``POST /v1/chat/completions`` (server-sent events),
  checking ``cancel`` after every chunk;
- ``embed`` uses ``POST /v1/embeddings`` and raises ``FeatureUnavailable``
  when the server does not offer embeddings;
- ``score`` always raises ``FeatureUnavailable``: the OpenAI API returns at
  most a few top log-probabilities, not the full distribution the checks need;
- ``count_tokens`` is an estimate (``base.estimate_tokens``).

A server that is down, slow or wrong becomes ``ServerUnreachable`` (refused,
unknown host, timeout) or ``ServerError`` (HTTP errors, a rejected API key,
answers that are not OpenAI-style JSON), each naming the server.

A login in the address (``https://user:password@host``, for a reverse proxy
that asks for one) is sent as HTTP Basic authentication when no API key is
given; messages and ``EngineInfo.model_id`` show the address with the
password masked (``core.urls.redact_url``).
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlparse, urlunparse

import requests

from humanize_desktop import logs
from humanize_desktop.core import http
from humanize_desktop.core.engine.base import (
    Engine,
    EngineInfo,
    Generation,
    GenerationRequest,
    TokenCallback,
    TokenScore,
    estimate_tokens,
)
from humanize_desktop.core.engine.errors import FeatureUnavailable, ServerError, ServerUnreachable
from humanize_desktop.core.urls import redact_url, split_login

log = logging.getLogger(__name__)

_MAX_JSON_BYTES = 64 * 1024 * 1024
_REDIRECTS = (301, 302, 303, 307, 308)


def normalise_server_url(url: str) -> str:
    """``host:port``, ``http://host:port/`` or ``.../v1`` → ``http(s)://host:port`` (plus any path prefix)."""
    text = url.strip()
    if not text:
        raise ServerUnreachable("No model server address was given.")
    if "://" not in text:
        text = "http://" + text
    parts = urlparse(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServerUnreachable(f"{redact_url(url)!r} is not a server address; "
                                "use http://HOST:PORT or https://HOST.")
    path = parts.path.rstrip("/")
    if path.endswith("/v1"):
        path = path[:-3]
    return urlunparse((parts.scheme, parts.netloc, path, "", "", ""))


class RemoteEngine(Engine):
    """An OpenAI-compatible chat server the user runs."""

    def __init__(self, url: str, api_key: str = "", timeout_s: float = 120.0, model: str = "") -> None:
        address = normalise_server_url(url)
        #: Where requests go (without any login); ``shown_url`` is what messages show.
        self.base_url, user, password = split_login(address)
        self.shown_url = redact_url(address)
        self._basic_auth = ""
        if user or password:
            self._basic_auth = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
        logs.hide(api_key, password, self._basic_auth)
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.model = model
        self._http = http.session(direct=True)  # the document goes to this server, not via a proxy
        self._lock = threading.RLock()
        self._info: EngineInfo | None = None

    # ------------------------------------------------------------------ HTTP

    def _open(self, path: str, body: dict[str, Any] | None = None, stream: bool = False) -> Any:
        try:
            resp = self._open_unchecked(path, body, stream)
        except (ServerUnreachable, ServerError) as exc:
            self.problem = str(exc)
            raise
        self.problem = ""
        return resp

    def _open_unchecked(self, path: str, body: dict[str, Any] | None, stream: bool) -> requests.Response:
        url = self.base_url + path
        headers = {"Accept": "text/event-stream" if stream else "application/json",
                   "Accept-Encoding": "identity"}  # a token stream is read as it arrives, never inflated
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        elif self._basic_auth:
            headers["Authorization"] = f"Basic {self._basic_auth}"
        log.debug("%s %s%s", "POST" if body is not None else "GET", self.shown_url, path)
        try:
            resp = self._http.request("POST" if body is not None else "GET", url, json=body, headers=headers,
                                      timeout=self.timeout_s, stream=True, allow_redirects=False)
        except requests.Timeout:
            raise ServerUnreachable(f"The model server at {self.shown_url} did not answer within "
                                    f"{self.timeout_s:g} seconds.") from None
        except requests.RequestException as exc:
            raise ServerUnreachable(f"Could not reach the model server at {self.shown_url}: "
                                    f"{http.failure_reason(exc)}. Is it running?") from None
        if resp.status_code < 300:
            return resp
        with resp:
            try:
                detail = http.read_some(resp, 2000).decode("utf-8", "replace").strip()
            except http.READ_ERRORS:
                detail = ""
        log.info("the model server at %s answered HTTP %d for %s", self.shown_url, resp.status_code, path)
        if resp.status_code in (401, 403):
            login = " and the login in the address" if self._basic_auth else ""
            raise ServerError(f"The model server at {self.shown_url} refused the request "
                              f"(HTTP {resp.status_code}): check the API key{login}.")
        if resp.status_code in _REDIRECTS:
            raise ServerError(f"The model server at {self.shown_url} tried to redirect the "
                              "request elsewhere; the app only talks to the address you gave.")
        reason = _error_message(detail) or resp.reason
        raise ServerError(f"The model server at {self.shown_url} answered HTTP {resp.status_code} "
                          f"for {path}: {reason}.")

    def _json(self, path: str, body: dict[str, Any] | None = None) -> Any:
        with self._open(path, body) as resp:
            raw = b""
            try:
                while len(raw) <= _MAX_JSON_BYTES and (block := http.read_some(resp, 1 << 20)):
                    raw += block
            except http.READ_ERRORS as exc:
                raise self._broken(exc) from None
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise self._garbage(path) from None

    def _broken(self, exc: BaseException) -> ServerUnreachable:
        """A connection that failed while the answer was coming in."""
        why = http.failure_reason(exc)
        if why == "it did not answer in time":
            return ServerUnreachable(f"The model server at {self.shown_url} stopped answering "
                                     f"for {self.timeout_s:g} seconds.")
        return ServerUnreachable(f"The connection to the model server at {self.shown_url} broke: {why}.")

    def _garbage(self, path: str) -> ServerError:
        return ServerError(f"The server at {self.shown_url} answered {path} with something that is "
                           "not an OpenAI-compatible JSON response; is it a model server?")

    # ------------------------------------------------------------------ the interface

    def info(self) -> EngineInfo:
        with self._lock:
            if self._info is None:
                data = self._json("/v1/models")
                models = data.get("data") if isinstance(data, dict) else None
                if not isinstance(models, list):
                    raise self._garbage("/v1/models")
                ids = [m.get("id") for m in models if isinstance(m, dict) and isinstance(m.get("id"), str)]
                if self.model and ids and self.model not in ids:
                    raise ServerError(f"The model server at {self.shown_url} has no model "
                                      f"{self.model!r} (it offers: {', '.join(ids)}).")
                name = self.model or (ids[0] if ids else "")
                if not name:
                    raise ServerError(f"The model server at {self.shown_url} lists no models.")
                self.model = name
                ctx = 0
                for m in models:
                    if isinstance(m, dict) and m.get("id") == name:
                        meta = m.get("meta") if isinstance(m.get("meta"), dict) else {}
                        ctx = int(meta.get("n_ctx_train") or meta.get("n_ctx") or 0)
                self._info = EngineInfo(backend="remote", model_name=name,
                                        model_id=f"{self.shown_url}#{name}", context_length=ctx)
            return self._info

    def _events(self, resp: requests.Response, path: str) -> Iterator[dict[str, Any]]:
        """Parse server-sent events: ``data: {json}`` lines until ``data: [DONE]``."""
        lines = http.read_lines(resp)
        while True:
            try:
                line = next(lines, None)
            except http.READ_ERRORS as exc:
                if http.failure_reason(exc) == "it did not answer in time":
                    raise ServerUnreachable(f"The model server at {self.shown_url} stopped sending text "
                                            f"for {self.timeout_s:g} seconds.") from None
                raise self._broken(exc) from None
            if line is None:
                return
            text = line.decode("utf-8", "replace").strip()
            if not text or text.startswith(":"):
                continue
            if not text.startswith("data:"):
                if text.startswith(("{", "[")):  # a plain JSON answer: probably an error
                    try:
                        detail = _error_message(text)
                    except ValueError:
                        detail = ""
                    if detail:
                        raise ServerError(f"The model server at {self.shown_url} reported an error: {detail}.")
                if text.startswith(("event:", "id:", "retry:")):
                    continue
                raise self._garbage(path)
            payload = text[5:].strip()
            if payload == "[DONE]":
                return
            try:
                event = json.loads(payload)
            except ValueError:
                raise self._garbage(path) from None
            if not isinstance(event, dict):
                raise self._garbage(path)
            if "error" in event:
                raise ServerError(f"The model server at {self.shown_url} reported an error: "
                                  f"{_error_message(json.dumps(event)) or event['error']}.")
            yield event

    def generate(self, request: GenerationRequest, on_token: TokenCallback | None = None,
                 cancel: threading.Event | None = None) -> Generation:
        path = "/v1/chat/completions"
        with self._lock:
            info = self.info()
            if cancel is not None and cancel.is_set():
                return Generation("", 0, 0.0, "cancelled")
            body: dict[str, Any] = {
                "model": info.model_name, "messages": [dict(m) for m in request.messages],
                "max_tokens": request.max_tokens, "temperature": request.temperature,
                "top_p": request.top_p, "stream": True,
                # Understood by llama.cpp servers; ignored by the others.
                "top_k": request.top_k, "min_p": request.min_p,
                "repeat_penalty": request.repeat_penalty,
            }
            if request.seed >= 0:
                body["seed"] = request.seed
            if request.stop:
                body["stop"] = list(request.stop)
            started = time.perf_counter()
            first = 0.0
            parts: list[str] = []
            chunks = 0
            usage_tokens: int | None = None
            finish = "length"
            saw_event = False
            with self._open(path, body, stream=True) as resp:
                for event in self._events(resp, path):
                    saw_event = True
                    choices = event.get("choices")
                    if isinstance(event.get("usage"), dict):
                        usage_tokens = event["usage"].get("completion_tokens", usage_tokens)
                    if not isinstance(choices, list) or not choices:
                        continue
                    choice = choices[0] if isinstance(choices[0], dict) else {}
                    delta = choice.get("delta") or {}
                    piece = delta.get("content") if isinstance(delta, dict) else None
                    if piece is None and isinstance(choice.get("text"), str):
                        piece = choice["text"]
                    if piece:
                        if not parts:
                            first = time.perf_counter() - started
                        parts.append(piece)
                        chunks += 1
                        if on_token is not None:
                            on_token(piece)
                    reason = choice.get("finish_reason")
                    if reason:
                        finish = "length" if reason == "length" else "stop"
                    if cancel is not None and cancel.is_set():
                        finish = "cancelled"
                        break
            if not saw_event:
                raise self._garbage(path)
            seconds = time.perf_counter() - started
            return Generation(text="".join(parts), tokens=int(usage_tokens or chunks), seconds=seconds,
                              finish_reason=finish, first_token_seconds=first)  # type: ignore[arg-type]

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    def score(self, text: str) -> list[TokenScore]:
        raise FeatureUnavailable(f"The model server at {self.shown_url} cannot score text: the "
                                 "OpenAI API returns only a few top probabilities, not the full "
                                 "distribution. Use a local model for AI-likeness scores.")

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        with self._lock:
            info = self.info()
            try:
                data = self._json("/v1/embeddings", {"model": info.model_name, "input": list(texts)})
            except ServerError as exc:
                raise FeatureUnavailable(f"The model server at {self.shown_url} does not provide "
                                         f"embeddings ({exc}).") from None
            rows = data.get("data") if isinstance(data, dict) else None
            if not isinstance(rows, list) or len(rows) != len(texts):
                raise FeatureUnavailable(f"The model server at {self.shown_url} does not provide "
                                         "embeddings in the OpenAI format.")
            rows = sorted(rows, key=lambda r: r.get("index", 0) if isinstance(r, dict) else 0)
            out: list[list[float]] = []
            for row in rows:
                vec = row.get("embedding") if isinstance(row, dict) else None
                if not isinstance(vec, list) or not vec:
                    raise FeatureUnavailable(f"The model server at {self.shown_url} does not provide "
                                             "embeddings in the OpenAI format.")
                if isinstance(vec[0], list):  # per-token vectors (no pooling): average them
                    vec = [sum(col) / len(vec) for col in zip(*vec)]
                out.append([float(x) for x in vec])
            return out


def _error_message(detail: str) -> str:
    """The human part of an OpenAI-style ``{"error": {"message": ...}}`` body, if any."""
    try:
        data = json.loads(detail)
    except ValueError:
        return ""
    if isinstance(data, dict):
        err = data.get("error", data.get("detail"))
        if isinstance(err, dict):
            return str(err.get("message", ""))[:300]
        if isinstance(err, str):
            return err[:300]
    return ""
