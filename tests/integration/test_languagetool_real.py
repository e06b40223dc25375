"""A real LanguageTool installation, when this machine has one.

Found the way the app finds it (``LTP_PATH``, ``LTP_JAR_DIR_PATH`` or
language-tool-python's download cache); skipped with the reason otherwise.
The app starts the server itself on 127.0.0.1, checks English and German,
and stops it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from humanize_desktop.config import GrammarSettings
from humanize_desktop.core.checks import languagetool as lt
from humanize_desktop.core.checks.grammar import GrammarChecker


def _installation_problem() -> str:
    try:
        lt.find_installation()
    except lt.LanguageToolUnavailable as exc:
        return str(exc)
    if lt.java_executable() is None:
        return "LanguageTool is installed but no Java runtime was found"
    return ""


pytestmark = [
    pytest.mark.languagetool,
    pytest.mark.slow,
    pytest.mark.skipif(bool(_installation_problem()), reason=_installation_problem() or "ready"),
]


@pytest.fixture(scope="module")
def checker() -> Iterator[GrammarChecker]:
    g = GrammarChecker(GrammarSettings(languagetool_start_timeout_s=180.0), check_spelling=True)
    yield g
    g.close()
    lt.stop_all()


def test_real_languagetool_finds_a_repeated_word_in_english(checker: GrammarChecker) -> None:
    text = "This is a test of the the grammar checker."
    findings = checker.check(text, "en", "en_US")
    assert any(text[f.start:f.end].lower() == "the the" and f.engine == "languagetool" for f in findings)
    assert checker.state(["en"]).active == "languagetool"


def test_real_languagetool_checks_german(checker: GrammarChecker) -> None:
    text = "Ich habe das Buch gelesen. Er gehen morgen nach Hause."
    findings = checker.check(text, "de", "de_DE")
    assert any(f.start >= text.index("Er") for f in findings)


def test_real_languagetool_offsets_survive_emoji(checker: GrammarChecker) -> None:
    text = "🙂 🙂 This is is wrong."
    findings = checker.check(text, "en", "en_US")
    assert any(text[f.start:f.end] == "is is" for f in findings)
