"""Starting, using and stopping a local LanguageTool server process.

The real server is started in test_languagetool_real.py. A real one cannot
be made slow, fail at start or crash on cue, so these tests compile a small Java
stand-in with LanguageTool's entry point (``org.languagetool.server.HTTPServer``
in ``languagetool-server.jar``) that serves the same ``/v2`` API. Everything
the app does with a real installation then runs for real: finding the jar,
checking Java, launching ``java -Xmx… -cp … HTTPServer --port P`` on
127.0.0.1, waiting for it, checking text through language-tool-python, and
stopping it. Environment variables make the stand-in slow or failing.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from humanize_desktop import paths
from humanize_desktop.config import GrammarSettings
from humanize_desktop.core.checks import languagetool as lt
from humanize_desktop.core.checks import languagetool_install as install
from humanize_desktop.core.checks.grammar import GrammarChecker

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("javac") and shutil.which("jar") and install.java_executable()),
                       reason="needs a JDK (javac, jar) to build the LanguageTool stand-in"),
]

JAVA = r'''
package org.languagetool.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class HTTPServer {
    static void reply(HttpExchange ex, String json) throws java.io.IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    public static void main(String[] args) throws Exception {
        int port = 8081;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--port") || args[i].equals("-p")) port = Integer.parseInt(args[i + 1]);
        }
        String starts = System.getenv("LT_STANDIN_STARTS");
        if (starts != null) {
            Files.writeString(Path.of(starts), "start " + port + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (System.getenv("LT_STANDIN_FAIL") != null) {
            System.err.println("Error: could not load the language modules");
            System.exit(3);
        }
        String delay = System.getenv("LT_STANDIN_DELAY_MS");
        if (delay != null) Thread.sleep(Long.parseLong(delay));
        String gate = System.getenv("LT_STANDIN_GATE");  // starting until the test creates this file
        while (gate != null && !Files.exists(Path.of(gate))) Thread.sleep(20);
        System.out.println("maxMemory " + Runtime.getRuntime().maxMemory());
        System.out.println("args " + String.join(" ", args));
        System.out.flush();
        boolean open = Arrays.asList(args).contains("--public");
        InetSocketAddress addr = open ? new InetSocketAddress(port)
                                      : new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        HttpServer server = HttpServer.create(addr, 0);
        server.createContext("/v2/languages", ex -> reply(ex,
            "[{\"name\":\"English (US)\",\"code\":\"en\",\"longCode\":\"en-US\"}]"));
        server.createContext("/v2/check", ex -> {
            String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String text = "";
            for (String pair : form.split("&")) {
                if (pair.startsWith("text=")) text = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
            StringBuilder matches = new StringBuilder();
            Matcher m = Pattern.compile("(?i)\\b(\\w+)\\s+\\1\\b").matcher(text);
            while (m.find()) {
                if (matches.length() > 0) matches.append(",");
                matches.append("{\"message\":\"Possible typo: you repeated a word\",\"replacements\":[{\"value\":\"")
                       .append(m.group(1)).append("\"}],\"offset\":").append(m.start())
                       .append(",\"length\":").append(m.end() - m.start())
                       .append(",\"context\":{\"text\":\"").append(m.group()).append("\",\"offset\":0,\"length\":")
                       .append(m.end() - m.start()).append("},\"sentence\":\"\",")
                       .append("\"rule\":{\"id\":\"ENGLISH_WORD_REPEAT_RULE\",\"description\":\"repeat\",")
                       .append("\"issueType\":\"duplication\",\"category\":{\"id\":\"MISC\",\"name\":\"Misc\"}}}");
            }
            reply(ex, "{\"software\":{\"name\":\"LanguageTool\",\"version\":\"6.6\",\"apiVersion\":1},"
                      + "\"language\":{\"name\":\"English (US)\",\"code\":\"en-US\"},\"matches\":[" + matches + "]}");
        });
        server.start();
    }
}
'''


@pytest.fixture(scope="session")
def installation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A download folder as language-tool-python lays it out: LanguageTool-6.6/languagetool-server.jar."""
    root = tmp_path_factory.mktemp("ltp")
    src = root / "src" / "org" / "languagetool" / "server"
    src.mkdir(parents=True)
    (src / "HTTPServer.java").write_text(JAVA, encoding="utf-8")
    classes = root / "classes"
    subprocess.run(["javac", "-d", str(classes), str(src / "HTTPServer.java")], check=True)
    home = root / "LanguageTool-6.6"
    home.mkdir()
    subprocess.run(["jar", "cf", str(home / "languagetool-server.jar"), "-C", str(classes), "."], check=True)
    return root


@pytest.fixture(autouse=True)
def stop_servers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    # Never pick up a real installation from the user's cache by accident.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("LTP_PATH", raising=False)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    yield
    lt.stop_all()


def local(installation: Path, **kw: object) -> GrammarChecker:
    return GrammarChecker(GrammarSettings(languagetool_path=str(installation), **kw), check_spelling=True)


def test_local_server_is_started_used_and_stopped(installation: Path, user_dirs: paths.UserDirs) -> None:
    checker = local(installation, languagetool_memory_mb=256)
    text = "We read the the report."
    findings = checker.check(text, "en", "en_US")
    assert [(text[f.start:f.end], f.engine) for f in findings] == [("the the", "languagetool")]
    state = checker.state(["en"])
    assert state.active == "languagetool" and state.detail.startswith("local LanguageTool at http://127.0.0.1:")
    server = lt.local_server(installation / "LanguageTool-6.6" / "languagetool-server.jar", 256, 60)
    assert server.running() and server.url.startswith("http://127.0.0.1:")
    log = (user_dirs.state / "languagetool-server.log").read_text()
    max_memory = int(log.split("maxMemory ")[1].split()[0])
    assert max_memory <= 256 * 1024 * 1024  # the -Xmx cap reached the JVM
    assert "--public" not in log and f"--port {server.url.rsplit(':', 1)[1].rstrip('/')}" in log
    process = server.process
    lt.stop_all()
    assert process is not None and process.poll() is not None
    with pytest.raises(requests.ConnectionError):
        requests.get(server.url + "v2/languages", timeout=2)


def test_ltp_path_download_folder_is_found(installation: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LTP_PATH", str(installation))
    assert install.find_installation() == installation / "LanguageTool-6.6" / "languagetool-server.jar"
    checker = GrammarChecker(GrammarSettings(), check_spelling=True)
    assert checker.engine_for("en") == "languagetool"


def test_slow_start_is_waited_for_and_never_duplicated(installation: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    starts = tmp_path / "starts.txt"
    monkeypatch.setenv("LT_STANDIN_STARTS", str(starts))
    monkeypatch.setenv("LT_STANDIN_DELAY_MS", "6000")
    checker = local(installation)
    assert [f.engine for f in checker.check("The the end.", "en", "en_US")] == ["languagetool"]
    checker.check("Again again.", "en", "en_US")
    assert starts.read_text().count("start") == 1


def test_server_that_dies_while_starting_is_explained(installation: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LT_STANDIN_FAIL", "1")
    checker = local(installation)
    assert checker.engine_for("en") == "harper"
    reason = checker.state(["en"]).unavailable["languagetool"]
    assert "stopped while starting" in reason and "could not load the language modules" in reason


def test_server_too_slow_to_answer_is_stopped_and_explained(installation: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LT_STANDIN_DELAY_MS", "20000")
    checker = local(installation, languagetool_start_timeout_s=1.0)
    assert checker.engine_for("en") == "harper"
    assert "did not answer within 1 seconds" in checker.state(["en"]).unavailable["languagetool"]
    server = lt.local_server(installation / "LanguageTool-6.6" / "languagetool-server.jar", 512, 1.0)
    assert not server.running()


def test_missing_java_is_explained(installation: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")
    checker = local(installation)
    assert "no 'java' was found" in checker.state(["en"]).unavailable["languagetool"]


def test_no_installation_names_where_it_looked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("LTP_PATH", str(empty))
    reason = GrammarChecker(GrammarSettings()).state(["en"]).unavailable["languagetool"]
    assert "no LanguageTool installation was found" in reason and f"LTP_PATH ({empty})" in reason
    assert not any(empty.iterdir())  # looking never creates folders


def test_window_mode_starts_the_server_in_the_background_and_says_when_it_is_ready(
        installation: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A slow start (a real one takes seconds): checks go on meanwhile and never wait for it.
    # The stand-in keeps starting until the test opens the gate, however slow the machine is.
    gate = tmp_path / "gate"
    monkeypatch.setenv("LT_STANDIN_GATE", str(gate))
    ready = threading.Event()
    checker = GrammarChecker(GrammarSettings(languagetool_path=str(installation)), check_spelling=True,
                             on_engine_change=ready.set)
    text = "This is an test."
    assert [(text[f.start:f.end], f.engine) for f in checker.check(text, "en", "en_US")] == [("an", "harper")]
    assert checker.check("Das ist ein Satz.", "de", "de_DE") == []
    # Both checks came back while the server was still starting: they never wait for it.
    assert not ready.is_set()
    state = checker.state(["en", "de"])
    assert state.unavailable["languagetool"] == "LanguageTool is starting"
    assert state.unavailable["grammar:de"] == "'de' waits for LanguageTool, which is starting"
    assert state.languages == {"en": "harper"}
    gate.touch()
    assert ready.wait(60)
    assert [f.engine for f in checker.check("We read the the report.", "en", "en_US")] == ["languagetool"]
    assert checker.state(["en"]).languages == {"en": "languagetool+harper"}


def test_window_mode_reports_a_failed_start_once(installation: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LT_STANDIN_FAIL", "1")
    told = threading.Event()
    checker = GrammarChecker(GrammarSettings(languagetool_path=str(installation)), on_engine_change=told.set)
    assert checker.engine_for("en") == "harper"
    assert told.wait(60)
    told.clear()
    assert checker.engine_for("en") == "harper"
    assert "stopped while starting" in checker.state(["en"]).unavailable["languagetool"]
    assert not told.wait(1.0)  # no second start, no endless re-checking


def test_a_server_that_dies_twice_is_given_up_after_one_restart(installation: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # The real server's restart is tested in test_languagetool_real.py; a second death needs a crashing one.
    starts = tmp_path / "starts.txt"
    monkeypatch.setenv("LT_STANDIN_STARTS", str(starts))
    checker = local(installation)
    server = lt.local_server(installation / "LanguageTool-6.6" / "languagetool-server.jar", 1024, 60)
    engines = [f.engine for f in checker.check("The the end.", "en", "en_US")]
    for expected in (["languagetool"], ["harper"]):  # restarted once, then given up
        assert server.process is not None
        server.process.kill()
        server.process.wait(10)
        engines = [f.engine for f in checker.check("We read the the report.", "en", "en_US")]
        assert engines == expected
    assert starts.read_text().count("start") == 2
    reason = checker.state(["en"]).unavailable["languagetool"]
    assert "stopped again" in reason and "after one restart" in reason


def test_a_checker_closed_while_the_server_starts_is_not_called_back(installation: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # The window closed (or its settings changed) before LanguageTool answered.
    monkeypatch.setenv("LT_STANDIN_DELAY_MS", "1500")
    told = threading.Event()
    checker = GrammarChecker(GrammarSettings(languagetool_path=str(installation)), on_engine_change=told.set)
    assert checker.engine_for("en") == "harper"
    checker.close()
    server = lt.local_server(installation / "LanguageTool-6.6" / "languagetool-server.jar", 1024, 60)
    deadline = time.monotonic() + 60
    while server.starting and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.running() and not told.is_set()
