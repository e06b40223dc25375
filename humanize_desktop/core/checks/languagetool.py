"""LanguageTool: running a local server, and talking to LanguageTool.

Two ways people run LanguageTool, both spoken to over its HTTP API
(``GET /v2/languages``, ``POST /v2/check``) through the app's one HTTP
client (``core.http``: no proxy, the app's certificate trust):

* **Local.** An installation found by ``languagetool_install`` (the
  set-up's Maven copy in the virtual environment, a LanguageTool folder from
  the ``languagetool_path`` setting, ``LTP_PATH``...). The app starts the
  server itself, on first use: ``java -Xmx<cap>m -cp <class path>
  org.languagetool.server.HTTPServer --port P`` on a free port. Without
  ``--public`` LanguageTool only accepts connections from this computer; we
  also talk to it only on 127.0.0.1. We start it ourselves because the
  wrapper gives a slow-starting server 15 seconds and then starts another on
  a new port without stopping the first. One server per installation is
  shared by the whole process, restarted once if it dies, and stopped at
  exit (``stop_all``). The window starts it in the background
  (``LocalServer.start_in_background``) and checks meanwhile without it.
* **A server URL** (a team's self-hosted LanguageTool). Used as given; a
  login in it (``https://user:password@host/``) is sent as HTTP Basic
  authentication and masked (``core.urls.redact_url``) wherever the address
  is shown: messages, engine state and the log.

The public languagetool.org API is refused unless ``allow_public_api`` is on:
the text would leave the machine.

Nothing here raises into the GUI: ``LanguageToolClient`` reports failures as
``unavailable`` reasons, and the grammar facade falls back to Harper.
"""

from __future__ import annotations

import atexit
import logging
import socket
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from humanize_desktop import logs
from humanize_desktop.core import http
from humanize_desktop.core.checks.findings import GRAMMAR, SPELLING, Finding
from humanize_desktop.core.checks.languagetool_install import LanguageToolUnavailable, class_path, usable_java
from humanize_desktop.core.segmentation import Utf16Map
from humanize_desktop.core.urls import redact_url, split_login

log = logging.getLogger(__name__)

ENGINE = "languagetool"
SERVER_CLASS = "org.languagetool.server.HTTPServer"
PUBLIC_API_URL = "https://api.languagetool.org/"
_PUBLIC_HOSTS = ("languagetool.org", "languagetoolplus.com")
#: A local server that dies is started again this many times, then given up (a crash loop helps nobody).
MAX_RESTARTS = 1
#: Seconds a check may take: LanguageTool's own limit for a long text is about as long.
CHECK_TIMEOUT_S = 60.0
#: The wrapper's category of spelling rules; left out when enchant checks spelling.
SPELLING_CATEGORY = "TYPOS"


def is_public_api(url: str) -> bool:
    host = (urllib.parse.urlparse(url if "//" in url else f"http://{url}").hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in _PUBLIC_HOSTS)


# ----------------------------------------------------------------------------- local server

def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str, timeout: float = 2.0) -> bool:
    with http.session(direct=True) as session:
        try:
            with session.get(urllib.parse.urljoin(url, "v2/languages"), timeout=timeout) as response:
                return response.ok
        except requests.RequestException:
            return False


class LocalServer:
    """One LanguageTool HTTP server process on 127.0.0.1 that this app started."""

    def __init__(self, jar: Path, memory_mb: int = 1024, start_timeout_s: float = 60.0) -> None:
        self.jar = jar
        self.memory_mb = max(128, int(memory_mb))
        self.start_timeout_s = start_timeout_s
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""
        self.error = ""  # why the last start failed ("" after a good one)
        self.restarts = 0
        self._given_up = ""  # set when it died again after its restart: never started again
        self._lock = threading.Lock()
        self._background: threading.Thread | None = None
        self._waiting: list[Callable[[], None]] = []
        self._background_lock = threading.Lock()

    def command(self, port: int, java: str) -> list[str]:
        return [java, f"-Xmx{self.memory_mb}m", "-cp", class_path(self.jar), SERVER_CLASS, "--port", str(port)]

    def start(self) -> str:
        """Start the server (once) and wait until it answers; returns its base URL."""
        with self._lock:
            if self.running():
                return self.url
            try:
                self.url = self._start()
                self.error = ""
            except LanguageToolUnavailable as exc:
                self.error = str(exc)
                raise
            return self.url

    def _start(self) -> str:
        if self._given_up:
            raise LanguageToolUnavailable(self._given_up)
        log_file = self._log_path()
        if self.process is not None:  # it was running and stopped without being asked to
            code, self.process = self.process.returncode, None
            if self.restarts >= MAX_RESTARTS:
                self._given_up = (f"the LanguageTool server at {self.jar.parent} stopped again (exit status "
                                  f"{code}) after one restart; its log is {log_file}")
                raise LanguageToolUnavailable(self._given_up)
            self.restarts += 1
            log.warning("the LanguageTool server stopped (exit status %s); starting it again", code)
        java = usable_java()
        port = _free_port()
        url = f"http://127.0.0.1:{port}/"
        started = time.monotonic()
        with open(log_file, "wb") as out:
            self.process = subprocess.Popen(self.command(port, java), stdin=subprocess.DEVNULL,
                                            stdout=out, stderr=subprocess.STDOUT,
                                            cwd=self.jar.parent, start_new_session=True)
        deadline = started + self.start_timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = self._log_tail(log_file)
                self.process = None
                raise LanguageToolUnavailable(f"the LanguageTool server at {self.jar} stopped while "
                                              f"starting{': ' + tail if tail else ''}")
            if _answers(url, timeout=1.0):
                log.info("LanguageTool answers at %s after %.1f s", url, time.monotonic() - started)
                return url
            time.sleep(0.25)
        self.stop()
        raise LanguageToolUnavailable(f"the LanguageTool server at {self.jar} did not answer within "
                                      f"{self.start_timeout_s:.0f} seconds")

    def start_in_background(self, then: Callable[[], None] | None = None) -> None:
        """Start the server on a thread of its own; ``then()`` (on that thread) once it answers or failed."""
        with self._background_lock:
            if then is not None and then not in self._waiting:
                self._waiting.append(then)
            if self._background is None:
                self._background = threading.Thread(target=self._start_and_tell, name="languagetool-start",
                                                    daemon=True)
                self._background.start()

    @property
    def starting(self) -> bool:
        return self._background is not None

    def _start_and_tell(self) -> None:
        try:
            self.start()
        except LanguageToolUnavailable as exc:
            log.warning("LanguageTool did not start: %s", exc)
        finally:
            with self._background_lock:
                waiting, self._waiting, self._background = self._waiting, [], None
            for then in waiting:
                then()

    def _log_path(self) -> Path:
        from humanize_desktop import paths

        folder = paths.dirs().state
        folder.mkdir(parents=True, exist_ok=True)
        return folder / "languagetool-server.log"

    @staticmethod
    def _log_tail(log: Path) -> str:
        try:
            lines = [ln.strip() for ln in log.read_text(errors="replace").splitlines() if ln.strip()]
        except OSError:
            return ""
        return lines[-1][:300] if lines else ""

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def died(self) -> bool:
        """It was started and stopped without being asked to (a crash, or killed from outside)."""
        return self.process is not None and self.process.poll() is not None

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


_servers: dict[Path, LocalServer] = {}
_servers_lock = threading.Lock()


def local_server(jar: Path, memory_mb: int, start_timeout_s: float) -> LocalServer:
    """The process-wide server for ``jar`` (not started yet if it is new).

    A changed memory cap replaces the server (the old one is stopped): -Xmx
    only takes effect when Java starts.
    """
    with _servers_lock:
        server = _servers.get(jar)
        if server is not None and server.memory_mb != max(128, int(memory_mb)):
            server.stop()
            server = None
        if server is None:
            server = _servers[jar] = LocalServer(jar, memory_mb, start_timeout_s)
        return server


@atexit.register
def stop_all() -> None:
    """Stop every LanguageTool server this process started (the app calls this on quit)."""
    with _servers_lock:
        servers = list(_servers.values())
        _servers.clear()
    for server in servers:
        server.stop()


# ----------------------------------------------------------------------------- client

@dataclass(frozen=True)
class ServerLanguage:
    name: str
    code: str
    long_code: str


class LanguageToolClient:
    """Checks text on one LanguageTool server through its HTTP API.

    Calls are serialised (one connection; the findings come back in order).
    """

    def __init__(self, url: str, check_spelling: bool = True, disabled_rules: tuple[str, ...] = ()) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self.shown_url = redact_url(self.url)  # for every message: the password masked
        self._address, user, password = split_login(self.url)
        self.check_spelling = check_spelling
        self.disabled_rules = tuple(disabled_rules)
        self._languages: list[ServerLanguage] | None = None
        self._lock = threading.Lock()
        self._http = http.session(direct=True)  # the text goes to this server, not via a proxy
        if user or password:
            self._http.auth = (user, password)
            logs.hide(password)

    def languages(self) -> list[ServerLanguage]:
        """Languages the server supports (asked once)."""
        with self._lock:
            if self._languages is None:
                self._languages = self._fetch_languages()
            return self._languages

    def _request(self, method: str, path: str, timeout: float, **kw: Any) -> Any:
        """The server's JSON answer; raises LanguageToolUnavailable saying why not."""
        log.debug("%s %s%s", method, self.shown_url, path)
        try:
            with self._http.request(method, urllib.parse.urljoin(self._address, path), timeout=timeout,
                                    **kw) as response:
                if response.status_code in (401, 403):
                    raise LanguageToolUnavailable(
                        f"the LanguageTool server at {self.shown_url} refused the login "
                        f"(HTTP {response.status_code}); check the user name and password in its address")
                if response.status_code >= 400 and path == "v2/languages":
                    raise LanguageToolUnavailable(f"{self.shown_url} does not look like a LanguageTool server "
                                                  f"(/{path} answered HTTP {response.status_code})")
                if response.status_code >= 400:
                    detail = redact_url(response.text.strip()[:200])
                    raise LanguageToolUnavailable(f"LanguageTool at {self.shown_url} failed: "
                                                  f"HTTP {response.status_code} {detail}")
                return response.json()
        except requests.RequestException as exc:
            raise LanguageToolUnavailable(f"the LanguageTool server at {self.shown_url} did not answer "
                                          f"({redact_url(http.failure_reason(exc))})") from None
        except ValueError:
            raise LanguageToolUnavailable(f"{self.shown_url} does not look like a LanguageTool server "
                                          f"({path} did not return JSON)") from None

    def _fetch_languages(self) -> list[ServerLanguage]:
        data = self._request("GET", "v2/languages", timeout=30)
        if not isinstance(data, list):
            raise LanguageToolUnavailable(f"{self.shown_url} does not look like a LanguageTool server "
                                          "(/v2/languages did not return a list)")
        return [ServerLanguage(str(e.get("name", "")), str(e.get("code", "")), str(e.get("longCode", "")))
                for e in data if isinstance(e, dict) and e.get("code")]

    def tag_for(self, language: str, variant: str = "") -> str | None:
        """The server's language code for a detected language (and spelling variant), or None."""
        long_codes = {lang.long_code.lower(): lang.long_code for lang in self.languages()}
        codes = {lang.code.lower(): lang.code for lang in self.languages()}
        for wanted in (variant.replace("_", "-"), language.replace("_", "-")):
            if wanted and wanted.lower() in long_codes:
                return long_codes[wanted.lower()]
        base = language.split("-")[0].split("_")[0].lower()
        # A bare "en"/"de" checks grammar but not spelling; prefer the main variant.
        for preferred in (f"{base}-{base.upper()}", f"{base}-us"):
            if preferred.lower() in long_codes:
                return long_codes[preferred.lower()]
        return codes.get(base)

    def check(self, text: str, tag: str) -> list[Finding]:
        """Findings in ``text`` checked as language ``tag``; raises LanguageToolUnavailable."""
        if not text.strip():
            return []
        form = {"text": text, "language": tag}
        if not self.check_spelling:
            form["disabledCategories"] = SPELLING_CATEGORY
        if self.disabled_rules:
            form["disabledRules"] = ",".join(self.disabled_rules)
        with self._lock:
            data = self._request("POST", "v2/check", timeout=CHECK_TIMEOUT_S, data=form)
        matches = data.get("matches") if isinstance(data, dict) else None
        if not isinstance(matches, list):
            raise LanguageToolUnavailable(f"{self.shown_url} does not look like a LanguageTool server "
                                          "(/v2/check did not return matches)")
        umap = Utf16Map(text)
        findings = []
        for m in matches:
            found = _finding(m, umap)
            if found is not None:
                findings.append(found)
        return findings

    def close(self) -> None:
        with self._lock:
            self._http.close()


def _finding(match: Any, umap: Utf16Map) -> Finding | None:
    """A LanguageTool match as a finding; its offset and length count UTF-16 units, as Java does."""
    if not isinstance(match, dict):
        return None
    try:
        start16, length16 = int(match["offset"]), int(match["length"])
    except (KeyError, TypeError, ValueError):
        return None
    start = umap.from_utf16(min(umap.length16, max(0, start16)))
    end = umap.from_utf16(min(umap.length16, max(0, start16 + length16)))
    rule = match.get("rule") if isinstance(match.get("rule"), dict) else {}
    category = rule.get("category") if isinstance(rule.get("category"), dict) else {}
    kind = SPELLING if category.get("id") == SPELLING_CATEGORY or rule.get("issueType") == "misspelling" \
        else GRAMMAR
    replacements = tuple(str(r["value"]) for r in (match.get("replacements") or [])[:5]
                         if isinstance(r, dict) and "value" in r)
    return Finding(start, end, kind, str(match.get("message", "")), replacements, ENGINE,
                   f"{ENGINE}:{rule.get('id', '')}")
