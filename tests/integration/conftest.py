"""The real LanguageTool, started once for the whole test run.

``packaging/bootstrap.sh`` installs LanguageTool into the virtual
environment wherever Java 17+ and Maven are present; the tests marked
``languagetool`` use that installation through the app's own code. Where
Java and Maven are present but LanguageTool is not installed, those tests
fail (the set-up is broken); where either is missing, they are skipped.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from humanize_desktop.config import GrammarSettings
from humanize_desktop.core.checks import languagetool as lt
from humanize_desktop.core.checks import languagetool_install as install

#: One sentence per language, checked once at start so the tests find every language loaded.
WARM_UP = {"de-DE": "Das ist ein Satz.", "en-US": "This is a sentence.", "fr-FR": "C'est une phrase.",
           "es-ES": "Es una frase."}


@pytest.fixture(scope="session")
def real_languagetool() -> Iterator[lt.LocalServer]:
    """The set-up's LanguageTool server, running, with German, English, French and Spanish loaded."""
    try:
        jar = install.find_installation()
        install.usable_java()
    except install.LanguageToolUnavailable as exc:
        java = install.java_executable()
        if shutil.which("mvn") and java and (install.java_version(java) or 0) >= install.MIN_JAVA:
            pytest.fail(f"{exc}. Java and Maven are here: `packaging/bootstrap.sh setup` installs LanguageTool")
        pytest.skip(str(exc))
    settings = GrammarSettings()
    server = lt.local_server(jar, settings.languagetool_memory_mb, 180.0)
    url = server.start()
    # Each language loads its rules on its first check (seconds each): all four at once.
    clients = {tag: lt.LanguageToolClient(url) for tag in WARM_UP}
    with ThreadPoolExecutor(len(clients)) as pool:
        list(pool.map(lambda tag: clients[tag].check(WARM_UP[tag], tag), clients))
    for client in clients.values():
        client.close()
    yield server
    lt.stop_all()
