"""LanguageTool over HTTP: the real language-tool-python client against a loopback server.

LanguageTool itself cannot be downloaded on these machines, so the test
starts a stand-in on 127.0.0.1 that answers LanguageTool's documented
``GET /v2/languages`` and ``POST /v2/check`` in LanguageTool's JSON format
(offsets and lengths in UTF-16 code units, as the Java server counts), with
two real rules: a repeated word (``the the``) and a short list of
misspellings. Every request is recorded so the tests can see what the
client sent.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from humanize_desktop.config import GrammarSettings, Settings
from humanize_desktop.core.checks import languagetool as lt
from humanize_desktop.core.checks.grammar import GrammarChecker
from humanize_desktop.core.checks.runner import DocumentChecker

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German", "code": "de", "longCode": "de"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "French", "code": "fr", "longCode": "fr"},
    {"name": "Spanish", "code": "es", "longCode": "es"},
]
TYPOS = {"recieve": "receive", "Verkher": "Verkehr", "teh": "the"}


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _match(text: str, start: int, end: int, message: str, replacement: str, rule: str, category: str,
           issue: str) -> dict:
    offset, length = utf16_len(text[:start]), utf16_len(text[start:end])
    ctx_start = max(0, start - 20)
    return {
        "message": message, "shortMessage": "",
        "replacements": [{"value": replacement}],
        "offset": offset, "length": length,
        "context": {"text": text[ctx_start:end + 20], "offset": utf16_len(text[ctx_start:start]), "length": length},
        "sentence": text, "type": {"typeName": "Other"},
        "rule": {"id": rule, "description": message, "issueType": issue,
                 "category": {"id": category, "name": category.title()}},
        "ignoreForIncompleteSentence": False, "contextForSureMatch": 0,
    }


def check(text: str, language: str, disabled_categories: set[str]) -> list[dict]:
    matches = []
    for m in re.finditer(r"\b(\w+)\s+(\1)\b", text, re.IGNORECASE):
        matches.append(_match(text, m.start(), m.end(), "Possible typo: you repeated a word",
                              m.group(1), "ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication"))
    if "TYPOS" not in disabled_categories:
        for m in re.finditer(r"\w+", text):
            if m.group() in TYPOS:
                matches.append(_match(text, m.start(), m.end(), "Possible spelling mistake found.",
                                      TYPOS[m.group()], f"MORFOLOGIK_RULE_{language.upper().replace('-', '_')}",
                                      "TYPOS", "misspelling"))
    return sorted(matches, key=lambda x: x["offset"])


class StandIn:
    """Start with ``with StandIn() as lt:``; ``lt.url`` is the base URL, ``lt.requests`` what came in."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def _send(self, status: int, body: object) -> None:
                data = json.dumps(body).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = urllib.parse.urlparse(self.path).path
                outer.requests.append((f"GET {path}", {}))
                if path == "/v2/languages":
                    self._send(200, LANGUAGES)
                else:
                    self._send(404, {"error": "not found"})

            def do_POST(self) -> None:  # noqa: N802
                path = urllib.parse.urlparse(self.path).path
                length = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"),
                                                                  keep_blank_values=True).items()}
                outer.requests.append((f"POST {path}", form))
                if path != "/v2/check":
                    self._send(404, {"error": "not found"})
                    return
                language = form.get("language", "")
                if language not in {lang["longCode"] for lang in LANGUAGES}:
                    self._send(400, {"error": f"unsupported language {language}"})
                    return
                disabled = set(filter(None, form.get("disabledCategories", "").split(",")))
                self._send(200, {
                    "software": {"name": "LanguageTool", "version": "6.6", "buildDate": "2025-01-01",
                                 "apiVersion": 1, "premium": False, "status": ""},
                    "language": {"name": language, "code": language,
                                 "detectedLanguage": {"name": language, "code": language, "confidence": 0.9}},
                    "matches": check(form.get("text", ""), language, disabled),
                })

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def __enter__(self) -> StandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    def __exit__(self, *exc: object) -> None:
        if self._thread.is_alive():
            self.stop()

    def checks(self) -> list[dict[str, str]]:
        return [form for what, form in self.requests if what == "POST /v2/check"]


# ----------------------------------------------------------------------------- tests

@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


def grammar(url: str, **kw: object) -> GrammarChecker:
    return GrammarChecker(GrammarSettings(languagetool_url=url, **kw), check_spelling=True)


def test_findings_come_back_with_python_offsets_even_after_emoji(standin: StandIn) -> None:
    text = "🙂🙂 We recieve the the letters."
    findings = grammar(standin.url).check(text, "en", "en_US")
    assert [(text[f.start:f.end], f.kind, f.engine) for f in findings] == [
        ("recieve", "spelling", "languagetool"), ("the the", "grammar", "languagetool")]
    spelling = findings[0]
    assert spelling.replacements == ("receive",)
    assert spelling.rule == "languagetool:MORFOLOGIK_RULE_EN_US"
    assert standin.checks()[-1]["language"] == "en-US" and standin.checks()[-1]["text"] == text


def test_language_and_variant_are_sent_as_languagetool_codes(standin: StandIn) -> None:
    checker = grammar(standin.url)
    checker.check("Der der Verkher.", "de", "de_DE")
    checker.check("The the colour.", "en", "en_GB")
    checker.check("Le le chat.", "fr", "fr")
    assert [c["language"] for c in standin.checks()] == ["de-DE", "en-GB", "fr"]


def test_spelling_category_is_left_to_enchant_when_it_checks_spelling(standin: StandIn) -> None:
    checker = GrammarChecker(GrammarSettings(languagetool_url=standin.url), check_spelling=False)
    findings = checker.check("We recieve the the letters.", "en", "en_US")
    assert [f.kind for f in findings] == ["grammar"]
    assert standin.checks()[-1]["disabledCategories"] == "TYPOS"


def test_disabled_rules_setting_reaches_the_server(standin: StandIn) -> None:
    checker = grammar(standin.url, disabled_rules=["ENGLISH_WORD_REPEAT_RULE"])
    checker.check("Some text.", "en", "en_US")
    assert standin.checks()[-1]["disabledRules"] == "ENGLISH_WORD_REPEAT_RULE"


def test_state_names_the_server_and_why_harper_is_not_used(standin: StandIn) -> None:
    state = grammar(standin.url).state(["en", "de"])
    assert state.active == "languagetool"
    assert standin.url in state.detail
    assert state.unavailable["harper"] == "LanguageTool is available and preferred"


def test_language_the_server_lacks_gets_no_grammar_engine(standin: StandIn) -> None:
    checker = grammar(standin.url)
    assert checker.engine_for("pl") is None
    assert checker.check("To jest tekst po polsku.", "pl") == []
    assert "no grammar engine can check 'pl'" in checker.state(["en", "pl"]).unavailable["grammar:pl"]


def test_server_going_away_falls_back_to_harper_for_english() -> None:
    server = StandIn().__enter__()
    checker = grammar(server.url)
    assert checker.engine_for("en") == "languagetool"
    server.stop()
    text = "This is an test."
    findings = checker.check(text, "en", "en_US")
    assert [(text[f.start:f.end], f.engine) for f in findings] == [("an", "harper")]
    state = checker.state(["en"])
    assert state.active == "harper"
    assert server.url in state.unavailable["languagetool"]


def test_something_that_is_not_languagetool_is_reported(standin: StandIn) -> None:
    checker = grammar(standin.url + "nothing-here/")
    assert checker.engine_for("en") == "harper"
    assert "did not answer" in checker.state(["en"]).unavailable["languagetool"] or \
        "does not look like a LanguageTool server" in checker.state(["en"]).unavailable["languagetool"]


@pytest.mark.parametrize("url", ["https://api.languagetool.org/", "api.languagetoolplus.com",
                                 "https://languagetool.org/api/"])
def test_public_api_is_refused_unless_switched_on(url: str) -> None:
    # The socket guard in conftest would fail the test on any connection attempt.
    checker = grammar(url)
    assert checker.engine_for("en") == "harper"
    reason = checker.state(["en"]).unavailable["languagetool"]
    assert "public LanguageTool service" in reason and "allow_public_api" in reason
    assert lt.is_public_api(url)
    assert not lt.is_public_api("http://lt.intranet.example:8081")


def test_whole_document_check_uses_languagetool_per_paragraph_language(standin: StandIn) -> None:
    settings = Settings()
    settings.grammar.languagetool_url = standin.url
    doc = ("We will read the the report on Tuesday and send comments.\n\n"
           "Wir werden den den Bericht am Dienstag lesen und dann antworten.\n")
    report = DocumentChecker(settings).check(doc)
    grammar_hits = [(doc[f.start:f.end], f.engine) for f in report.findings if f.kind == "grammar"]
    assert grammar_hits == [("the the", "languagetool"), ("den den", "languagetool")]
    assert [c["language"] for c in standin.checks()] == ["en-US", "de-DE"]
    assert report.to_json()["engines"]["grammar"]["active"] == "languagetool"
