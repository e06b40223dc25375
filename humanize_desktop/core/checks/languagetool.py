"""LanguageTool: finding a local installation, running it, and talking to it.

Two ways people run LanguageTool, both through language-tool-python's client:

* **Local.** A LanguageTool directory (``languagetool-server.jar``) from the
  ``languagetool_path`` setting, ``LTP_JAR_DIR_PATH``, ``LTP_PATH`` or the
  wrapper's download cache (``~/.cache/language_tool_python``). The app starts
  the server itself: ``java -Xmx<cap>m -cp languagetool-server.jar
  org.languagetool.server.HTTPServer --port P`` on a free port. Without
  ``--public`` LanguageTool only accepts connections from this computer; we
  also talk to it only on 127.0.0.1. We start it ourselves because the
  wrapper gives a slow-starting server 15 seconds and then starts another on
  a new port without stopping the first. One server per installation is
  shared by the whole process and stopped at exit (``stop_all``).
* **A server URL** (a team's self-hosted LanguageTool). Used as given; a
  login in it (``https://user:password@host/``) is sent by the client as HTTP
  Basic authentication and masked (``core.urls.redact_url``) wherever the
  address is shown: messages, engine state, and the wrapper's log lines.

The public languagetool.org API is refused unless ``allow_public_api`` is on:
the text would leave the machine.

Nothing here raises into the GUI: ``LanguageToolClient`` reports failures as
``unavailable`` reasons, and the grammar facade falls back to Harper.
"""

from __future__ import annotations

import atexit
import logging
import os
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from humanize_desktop.core.checks.findings import GRAMMAR, SPELLING, Finding
from humanize_desktop.core.tokens import Utf16Map
from humanize_desktop.core.urls import RedactingFilter, redact_url

ENGINE = "languagetool"
JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")
SERVER_CLASS = "org.languagetool.server.HTTPServer"
PUBLIC_API_URL = "https://api.languagetool.org/"
_PUBLIC_HOSTS = ("languagetool.org", "languagetoolplus.com")
MIN_JAVA = 17
#: The wrapper logs its server URL (login included) at debug level: mask it there too.
for _name in ("language_tool_python", "language_tool_python.server", "language_tool_python.utils"):
    logging.getLogger(_name).addFilter(RedactingFilter())


class LanguageToolUnavailable(Exception):
    """LanguageTool cannot be used; ``str()`` says why, as a sentence."""


# ----------------------------------------------------------------------------- finding it

def is_public_api(url: str) -> bool:
    host = (urllib.parse.urlparse(url if "//" in url else f"http://{url}").hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in _PUBLIC_HOSTS)


def _jar_in(directory: Path) -> Path | None:
    for name in JAR_NAMES:
        if (directory / name).is_file():
            return directory / name
    # A download folder holding LanguageTool-<version>/ directories: newest first.
    try:
        versions = sorted((p for p in directory.glob("LanguageTool*") if p.is_dir()), reverse=True)
    except OSError:
        return None
    for sub in versions:
        for name in JAR_NAMES:
            if (sub / name).is_file():
                return sub / name
    return None


def search_places(configured: str = "") -> list[tuple[str, Path]]:
    """Where a LanguageTool installation is looked for, in order, with what named each place."""
    places: list[tuple[str, Path]] = []
    if configured:
        places.append(("the languagetool_path setting", Path(configured).expanduser()))
    for var in ("LTP_JAR_DIR_PATH", "LTP_PATH"):
        if os.environ.get(var):
            places.append((var, Path(os.environ[var]).expanduser()))
    places.append(("language-tool-python's download cache", Path.home() / ".cache" / "language_tool_python"))
    return places


def find_installation(configured: str = "") -> Path:
    """The ``languagetool-server.jar`` to run; raises LanguageToolUnavailable naming where it looked."""
    places = search_places(configured)
    for _, place in places:
        jar = _jar_in(place) if place.is_dir() else None
        if jar is not None:
            return jar
    looked = "; ".join(f"{what} ({place})" for what, place in places)
    raise LanguageToolUnavailable(f"no LanguageTool installation was found (looked in {looked}) "
                                  "and no LanguageTool server URL is set")


def java_executable() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def java_version(java: str) -> int | None:
    """Major version of a Java runtime (17 for "17.0.15"), None when it will not say."""
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major  # "1.8" is Java 8


# ----------------------------------------------------------------------------- local server

def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str, timeout: float = 2.0) -> bool:
    import requests

    try:
        return requests.get(urllib.parse.urljoin(url, "v2/languages"), timeout=timeout).ok
    except requests.RequestException:
        return False


class LocalServer:
    """One LanguageTool HTTP server process on 127.0.0.1 that this app started."""

    def __init__(self, jar: Path, memory_mb: int = 512, start_timeout_s: float = 60.0) -> None:
        self.jar = jar
        self.memory_mb = max(128, int(memory_mb))
        self.start_timeout_s = start_timeout_s
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""
        self._lock = threading.Lock()

    def command(self, port: int, java: str) -> list[str]:
        return [java, f"-Xmx{self.memory_mb}m", "-cp", str(self.jar), SERVER_CLASS, "--port", str(port)]

    def start(self) -> str:
        """Start the server (once) and wait until it answers; returns its base URL."""
        with self._lock:
            if self.process is not None and self.process.poll() is None:
                return self.url
            java = java_executable()
            if java is None:
                raise LanguageToolUnavailable("LanguageTool needs Java 17 or newer, and no 'java' was found "
                                              "(install a Java runtime or set JAVA_HOME)")
            version = java_version(java)
            if version is not None and version < MIN_JAVA:
                raise LanguageToolUnavailable(f"LanguageTool needs Java {MIN_JAVA} or newer; {java} is "
                                              f"Java {version}")
            port = _free_port()
            url = f"http://127.0.0.1:{port}/"
            log = self._log_path()
            with open(log, "wb") as out:
                self.process = subprocess.Popen(self.command(port, java), stdin=subprocess.DEVNULL,
                                                stdout=out, stderr=subprocess.STDOUT,
                                                cwd=self.jar.parent, start_new_session=True)
            deadline = time.monotonic() + self.start_timeout_s
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    tail = self._log_tail(log)
                    self.process = None
                    raise LanguageToolUnavailable(f"the LanguageTool server at {self.jar} stopped while "
                                                  f"starting{': ' + tail if tail else ''}")
                if _answers(url, timeout=1.0):
                    self.url = url
                    return url
                time.sleep(0.25)
            self.stop()
            raise LanguageToolUnavailable(f"the LanguageTool server at {self.jar} did not answer within "
                                          f"{self.start_timeout_s:.0f} seconds")

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
    """The process-wide server for ``jar`` (not started yet if it is new)."""
    with _servers_lock:
        server = _servers.get(jar)
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
    """Checks text through language-tool-python against one server URL.

    One wrapper object per language (the wrapper validates the language
    against ``/v2/languages`` whenever it changes). Calls are serialised: the
    wrapper's ``Match`` keeps per-text state in class attributes.
    """

    def __init__(self, url: str, check_spelling: bool = True, disabled_rules: tuple[str, ...] = ()) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self.shown_url = redact_url(self.url)  # for every message: the password masked
        self.check_spelling = check_spelling
        self.disabled_rules = tuple(disabled_rules)
        self._tools: dict[str, object] = {}
        self._languages: list[ServerLanguage] | None = None
        self._lock = threading.Lock()

    def languages(self) -> list[ServerLanguage]:
        """Languages the server supports (asked once)."""
        with self._lock:
            if self._languages is None:
                self._languages = self._fetch_languages()
            return self._languages

    def _fetch_languages(self) -> list[ServerLanguage]:
        import requests

        try:
            response = requests.get(urllib.parse.urljoin(self.url, "v2/languages"), timeout=30)
            if response.status_code in (401, 403):
                raise LanguageToolUnavailable(
                    f"the LanguageTool server at {self.shown_url} refused the login "
                    f"(HTTP {response.status_code}); check the user name and password in its address")
            data = response.json()
        except (requests.RequestException, ValueError) as exc:
            raise LanguageToolUnavailable(f"the LanguageTool server at {self.shown_url} did not answer "
                                          f"({redact_url(str(exc))})") from None
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

    def _tool(self, tag: str):
        tool = self._tools.get(tag)
        if tool is None:
            import language_tool_python

            tool = language_tool_python.LanguageTool(tag, remote_server=self.url)
            if not self.check_spelling:
                tool.disable_spellchecking()
            if self.disabled_rules:
                tool.disabled_rules = set(self.disabled_rules)
            self._tools[tag] = tool
        return tool

    def check(self, text: str, tag: str) -> list[Finding]:
        """Findings in ``text`` checked as language ``tag``; raises LanguageToolUnavailable."""
        if not text.strip():
            return []
        from language_tool_python.exceptions import LanguageToolError

        with self._lock:
            try:
                matches = self._tool(tag).check(text)
            except (LanguageToolError, ValueError, OSError) as exc:
                raise LanguageToolUnavailable(f"LanguageTool at {self.shown_url} failed: "
                                              f"{redact_url(str(exc))}") from None
        umap = Utf16Map(text)
        findings = []
        for m in matches:
            # The wrapper corrects offsets for astral characters but not lengths:
            # go back to LanguageTool's UTF-16 positions and convert both ends.
            start16 = umap.to_utf16(m.offset)
            start = umap.from_utf16(start16)
            end = umap.from_utf16(min(umap.length16, start16 + m.error_length))
            category = getattr(m, "category", "")
            issue = getattr(m, "rule_issue_type", "")
            kind = SPELLING if category == "TYPOS" or issue == "misspelling" else GRAMMAR
            findings.append(Finding(start, end, kind, m.message, tuple(m.replacements[:5]), ENGINE,
                                    f"{ENGINE}:{m.rule_id}"))
        return findings

    def close(self) -> None:
        with self._lock:
            for tool in self._tools.values():
                tool.close()
            self._tools.clear()
