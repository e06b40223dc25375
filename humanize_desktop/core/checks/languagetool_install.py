"""Where LanguageTool is installed on this computer, what runs it, and getting it when asked.

An installation is found in the first of these places that holds one:

1. the ``languagetool_path`` setting, ``LTP_JAR_DIR_PATH``, ``LTP_PATH``;
2. the set-up's copy: ``packaging/bootstrap.sh`` resolves
   ``packaging/languagetool/pom.xml`` from Maven Central into
   ``<virtual environment>/languagetool/lib/`` (the interpreter's
   ``sys.prefix``), so the app finds it without configuration;
3. language-tool-python's download folder (``~/.cache/language_tool_python``),
   which only ``download()`` fills, and only when the person asks.

Each place may hold one of three layouts, and ``find_installation`` returns
the server jar of the first it sees:

* a Maven copy: ``languagetool-server-<version>.jar`` among its
  dependencies and language modules, all jars in one folder (``lib/``). Its
  manifest names no libraries, so the whole folder is the class path
  (``java -cp 'lib/*'``);
* LanguageTool's own zip as language-tool-python unpacks it:
  ``LanguageTool-<version>/languagetool-server.jar``, whose manifest names
  the libraries beside it;
* a folder holding ``languagetool-server.jar`` itself.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")
#: The server's jar as Maven names it (``languagetool-server-6.8.jar``).
MAVEN_SERVER_JAR = re.compile(r"languagetool-server-\d[\w.\-]*\.jar")
#: Where bootstrap.sh puts the Maven copy, under the virtual environment.
SETUP_FOLDER = "languagetool"
MIN_JAVA = 17


class LanguageToolUnavailable(Exception):
    """LanguageTool cannot be used; ``str()`` says why, as a sentence."""


def _server_jar(directory: Path) -> Path | None:
    """The server jar directly in ``directory`` (a Maven copy or an unpacked release), if any."""
    for name in JAR_NAMES:
        if (directory / name).is_file():
            return directory / name
    try:
        maven = sorted(p for p in directory.glob("languagetool-server-*.jar") if MAVEN_SERVER_JAR.fullmatch(p.name))
    except OSError:
        return None
    return maven[-1] if maven else None


def _jar_in(directory: Path) -> Path | None:
    jar = _server_jar(directory) or _server_jar(directory / "lib")
    if jar is not None:
        return jar
    # A download folder holding LanguageTool-<version>/ directories: newest first.
    try:
        versions = sorted((p for p in directory.glob("LanguageTool*") if p.is_dir()), reverse=True)
    except OSError:
        return None
    for sub in versions:
        jar = _server_jar(sub)
        if jar is not None:
            return jar
    return None


def installed_places() -> list[tuple[str, Path]]:
    """The folders that the set-up and the explicit download fill, with what names each."""
    return [
        ("the set-up's LanguageTool", Path(sys.prefix) / SETUP_FOLDER),
        ("language-tool-python's download cache", Path.home() / ".cache" / "language_tool_python"),
    ]


def search_places(configured: str = "") -> list[tuple[str, Path]]:
    """Where a LanguageTool installation is looked for, in order, with what named each place."""
    places: list[tuple[str, Path]] = []
    if configured:
        places.append(("the languagetool_path setting", Path(configured).expanduser()))
    for var in ("LTP_JAR_DIR_PATH", "LTP_PATH"):
        if os.environ.get(var):
            places.append((var, Path(os.environ[var]).expanduser()))
    places.extend(installed_places())
    return places


def find_installation(configured: str = "") -> Path:
    """The LanguageTool server jar to run; raises LanguageToolUnavailable naming where it looked."""
    places = search_places(configured)
    for _, place in places:
        jar = _jar_in(place) if place.is_dir() else None
        if jar is not None:
            return jar
    looked = "; ".join(f"{what} ({place})" for what, place in places)
    raise LanguageToolUnavailable(f"no LanguageTool installation was found (looked in {looked}) "
                                  "and no LanguageTool server URL is set")


def class_path(jar: Path) -> str:
    """What ``java -cp`` needs to run the server in ``jar``."""
    if MAVEN_SERVER_JAR.fullmatch(jar.name):
        return str(jar.parent / "*")  # the java launcher expands it; no shell involved
    return str(jar)


# ----------------------------------------------------------------------------- Java

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


def usable_java() -> str:
    """The ``java`` to run LanguageTool with; raises LanguageToolUnavailable saying what is missing."""
    java = java_executable()
    if java is None:
        raise LanguageToolUnavailable("LanguageTool needs Java 17 or newer, and no 'java' was found "
                                      "(install a Java runtime or set JAVA_HOME)")
    version = java_version(java)
    if version is not None and version < MIN_JAVA:
        raise LanguageToolUnavailable(f"LanguageTool needs Java {MIN_JAVA} or newer; {java} is Java {version}")
    return java


# ----------------------------------------------------------------------------- the explicit download

def download_folder() -> Path:
    """Where ``download()`` puts LanguageTool (language-tool-python's choice: ``LTP_PATH`` or its cache)."""
    return Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python").expanduser()


def download() -> Path:
    """Download LanguageTool through language-tool-python, and return the server jar it unpacked.

    Only ever called on the person's request (``humanize-desktop languagetool
    download``, the Preferences button): it fetches language-tool-python's
    release (about 250 MB, checked against the SHA-256 it ships) from its
    download host. Raises LanguageToolUnavailable with the reason on failure.
    """
    usable_java()
    import requests

    try:
        from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool
        from language_tool_python.exceptions import LanguageToolError
    except ImportError as exc:
        raise LanguageToolUnavailable(f"language-tool-python, which downloads LanguageTool, is not installed "
                                      f"({exc})") from None

    logger.info("downloading LanguageTool %s into %s", LTP_DOWNLOAD_VERSION, download_folder())
    try:
        LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION).download()
    except (LanguageToolError, OSError, ValueError, requests.RequestException) as exc:
        raise LanguageToolUnavailable(f"LanguageTool {LTP_DOWNLOAD_VERSION} could not be downloaded: {exc}") from None
    jar = _jar_in(download_folder())
    if jar is None:
        raise LanguageToolUnavailable(f"the LanguageTool download left no server jar in {download_folder()}")
    return jar
