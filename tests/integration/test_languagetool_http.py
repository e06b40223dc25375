"""LanguageTool over HTTP: the app's own client against a loopback server.

What the real engine finds is tested in test_languagetool_real.py. This
stand-in stays for what a real server cannot show: exactly what the client
sends, a server that goes away or is not LanguageTool, and a team server
behind a login. It runs on 127.0.0.1 and answers LanguageTool's documented
``GET /v2/languages`` and ``POST /v2/check`` in LanguageTool's JSON format
(offsets and lengths in UTF-16 code units, as the Java server counts), with
two real rules: a repeated word (``the the``) and a short list of
misspellings. Every request is recorded so the tests can see what the
client sent. Given a login, it answers 401 to requests without it, as a
team's LanguageTool behind a password-protecting reverse proxy does.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from humanize_desktop import cli, config
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
    """Start with ``with StandIn() as lt:``; ``lt.url`` is the base URL, ``lt.requests`` what came in.

    ``StandIn(login=("user", "password"))`` wants that login (HTTP Basic);
    ``lt.url_with(user, password)`` is the address with a login in it.
    """

    def __init__(self, login: tuple[str, str] | None = None) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.login = login
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

            def _refused(self) -> bool:
                if outer.login is None:
                    return False
                wanted = "Basic " + base64.b64encode(":".join(outer.login).encode("utf-8")).decode("ascii")
                if self.headers.get("Authorization") == wanted:
                    return False
                self._send(401, {"error": "login required"})
                return True

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = urllib.parse.urlparse(self.path).path
                outer.requests.append((f"GET {path}", {}))
                if self._refused():
                    return
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
                if self._refused():
                    return
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

    def url_with(self, user: str, password: str) -> str:
        return self.url.replace("http://", f"http://{user}:{urllib.parse.quote(password, safe='')}@", 1)


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


def test_state_names_the_server_and_which_engine_checks_each_language(standin: StandIn) -> None:
    state = grammar(standin.url).state(["en", "de"])
    assert state.active == "languagetool"
    assert standin.url in state.detail
    # English is checked by both engines (benchmarks/eval_grammar_english.py), German by LanguageTool.
    assert state.languages == {"en": "languagetool+harper", "de": "languagetool"}
    assert "harper" not in state.unavailable
    assert grammar(standin.url).state(["de"]).unavailable["harper"] == "Harper checks English only"


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


# ----------------------------------------------------------------------------- logins in the address

PASSWORD = "s3cret p@ss"  # with a space and an "@", as people choose them
SHOWN_PASSWORD = urllib.parse.quote(PASSWORD, safe="")


def assert_no_password(*texts: str) -> None:
    for text in texts:
        assert PASSWORD not in text and SHOWN_PASSWORD not in text and "s3cret" not in text


def test_a_login_in_the_address_is_used_and_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    with StandIn(login=("writers", PASSWORD)) as server, caplog.at_level(logging.DEBUG):
        checker = grammar(server.url_with("writers", PASSWORD))
        findings = checker.check("We recieve the the letters.", "en", "en_US")
        state = checker.state(["en"])
    assert [f.engine for f in findings] == ["languagetool", "languagetool"]
    masked = server.url.replace("http://", "http://writers:***@")
    assert state.detail == f"LanguageTool at {masked}"
    assert checker.cache_key("en", "en_US") == f"languagetool@{masked}:en-US"
    # The client logs the server address at debug level: masked there as well.
    assert "writers:***@" in caplog.text
    assert_no_password(json.dumps(state.to_json()), caplog.text)


def test_a_wrong_password_is_said_without_showing_it() -> None:
    with StandIn(login=("writers", PASSWORD)) as server:
        checker = grammar(server.url_with("writers", "Wrong" + PASSWORD))
        assert checker.engine_for("en") == "harper"
        reason = checker.state(["en"]).unavailable["languagetool"]
    masked = server.url.replace("http://", "http://writers:***@")
    assert reason == (f"the LanguageTool server at {masked} refused the login (HTTP 401); "
                      "check the user name and password in its address")
    assert_no_password(reason)


def test_a_server_with_a_login_that_goes_away_is_named_without_the_password() -> None:
    server = StandIn(login=("writers", PASSWORD)).__enter__()
    checker = grammar(server.url_with("writers", PASSWORD))
    assert checker.engine_for("en") == "languagetool"
    server.stop()
    assert [f.engine for f in checker.check("This is an test.", "en", "en_US")] == ["harper"]
    reason = checker.state(["en"]).unavailable["languagetool"]
    assert "writers:***@127.0.0.1" in reason
    assert_no_password(reason)


def test_an_unreachable_public_looking_address_is_masked_too() -> None:
    reason = grammar(f"https://writers:{SHOWN_PASSWORD}@api.languagetool.org/").state(["en"]).unavailable
    assert "https://writers:***@api.languagetool.org/ is the public LanguageTool service" in reason["languagetool"]
    assert_no_password(json.dumps(reason))


# ----------------------------------------------------------------------------- check --languagetool URL

@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("We will read the the report on Tuesday and send our comments.\n", encoding="utf-8")
    return path


def run_check(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["check", *args, "--no-ai-likeness"])
    out, err = capsys.readouterr()
    return code, out, err


def test_check_uses_the_server_given_on_the_command_line(standin: StandIn, draft: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # The settings point elsewhere and choose Harper: the flag wins for this run.
    settings = Settings()
    settings.grammar.engine = "harper"
    settings.grammar.languagetool_url = "http://127.0.0.1:9/"
    config.save(settings)
    code, out, err = run_check([str(draft), "--languagetool", standin.url, "--json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["engines"]["grammar"]["active"] == "languagetool"
    assert data["engines"]["grammar"]["detail"] == f"local LanguageTool at {standin.url}"
    text = draft.read_text(encoding="utf-8")
    hits = [(text[f["start"]:f["end"]], f["engine"]) for f in data["findings"] if f["kind"] == "grammar"]
    assert hits == [("the the", "languagetool")]
    assert [c["text"] for c in standin.checks()] == [text]
    assert config.load().grammar.languagetool_url == "http://127.0.0.1:9/"  # the setting is left alone


def test_check_with_a_login_shows_it_masked_everywhere(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with StandIn(login=("writers", PASSWORD)) as server:
        address = server.url_with("writers", PASSWORD)
        code, out, err = run_check([str(draft), "--languagetool", address, "--json"], capsys)
        assert code == 0, err
        assert json.loads(out)["engines"]["grammar"]["active"] == "languagetool"
        code, plain, err2 = run_check([str(draft), "--languagetool", address], capsys)
        assert code == 0
    masked = server.url.replace("http://", "http://writers:***@")
    assert f"grammar: languagetool (LanguageTool at {masked})" in plain
    assert_no_password(out, err, plain, err2)

    # The server gone: the run still checks (Harper for English) and says why, masked.
    code, out, err = run_check([str(draft), "--languagetool", address, "--json"], capsys)
    assert code == 0
    engines = json.loads(out)["engines"]["grammar"]
    assert engines["active"] == "harper" and masked in engines["unavailable"]["languagetool"]
    assert_no_password(out, err)
