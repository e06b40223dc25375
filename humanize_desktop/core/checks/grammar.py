"""Grammar checking: LanguageTool when it can run, with Harper beside it for English.

``GrammarChecker`` picks the engine from the ``[grammar]`` settings:

* ``engine = "auto"`` (default): a configured LanguageTool server URL, else a
  local LanguageTool installation the app starts, else (only when
  ``allow_public_api`` is on) the public API. English is checked by both
  LanguageTool and Harper, merged (``merge_findings``: where both report
  the same words, LanguageTool's finding is kept), and by Harper alone
  whenever LanguageTool is not there or fails. Measured on 50 English
  mistakes and 40 correct sentences (``benchmarks/eval_grammar_english.py``):
  Harper finds 60 %, LanguageTool 72 %, both merged 76 %, none of them with
  a false alarm; each finds mistakes the other misses (Harper "then"/"than"
  and "it's"/"its", LanguageTool "to"/"too", "loose"/"lose", modal verb forms).
* ``"languagetool"`` / ``"harper"``: only that engine. ``"off"``: none.

Starting a local LanguageTool takes seconds, so it happens on the first
check, never in the constructor: in the caller's thread (the command line
waits for it), or, given ``on_engine_change`` (the window), in the
background while checks go on without it; ``on_engine_change`` then says
when to check again. A local server that dies is restarted once. Whatever
goes wrong becomes an "unavailable, because …" reason in ``state()``;
``check`` never raises.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable

import regex

from humanize_desktop.core.settings import GrammarSettings
from humanize_desktop.core.checks import languagetool as lt
from humanize_desktop.core.checks import languagetool_install as install
from humanize_desktop.core.checks.findings import GRAMMAR, SPELLING, EngineState, Finding
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.urls import redact_url

log = logging.getLogger(__name__)

HARPER = "harper"
LANGUAGETOOL = lt.ENGINE
#: What ``EngineState.languages`` says of English checked by both engines.
BOTH = f"{LANGUAGETOOL}+{HARPER}"
_HARPER_DIALECTS = {"en_US": 0, "en_GB": 1, "en_AU": 2, "en_CA": 3, "en_IN": 4}


_CODE_RE = regex.compile(r"`([^`\n]+)`")  # Harper marks the words it means as Markdown code


def plain_message(message: str) -> str:
    """A grammar message as a person reads it: "Did you mean “there”?", not "Did you mean `there`?"."""
    return _CODE_RE.sub(r"“\1”", message)


#: Harper rules that are matters of house style rather than errors.
HARPER_OFF_BY_DEFAULT = ("UseTitleCase", "OkToOkay")


class HarperEngine:
    """English grammar (and, optionally, spelling) through harper-py, in process, no Java."""

    def __init__(self, include_spelling: bool = True, disabled_rules: Iterable[str] = ()) -> None:
        self.include_spelling = include_spelling
        self.disabled = set(HARPER_OFF_BY_DEFAULT)
        self.disabled.update(r.removeprefix(f"{HARPER}:") for r in disabled_rules)
        if not include_spelling:
            self.disabled.add("SpellCheck")
        self._linters: dict[int, object] = {}
        self._lock = threading.Lock()  # a Linter must not be used from two threads at once
        self.reason = ""
        try:
            import harper  # noqa: F401
        except ImportError as exc:
            self.reason = f"harper-py is not installed ({exc})"

    @property
    def available(self) -> bool:
        return not self.reason

    def _linter(self, dialect: int):
        import harper

        linter = self._linters.get(dialect)
        if linter is None:
            linter = harper.Linter(harper.Dialect(dialect))
            config = linter.get_lint_config()
            config.update({name: False for name in self.disabled if name in config})
            linter.set_lint_config(config)
            self._linters[dialect] = linter
        return linter

    def prepare(self, variant: str = "en_US") -> None:
        """Build the linter for ``variant`` now (about a second; Harper lets other threads run meanwhile)."""
        if self.available:
            with self._lock:
                self._linter(_HARPER_DIALECTS.get(variant, 0))

    def check(self, text: str, variant: str = "en_US") -> list[Finding]:
        if not self.available or not text.strip():
            return []
        import harper

        with self._lock:
            by_rule = self._linter(_HARPER_DIALECTS.get(variant, 0)).organized_lints(
                text, language=harper.Language.MARKDOWN)
        findings = []
        for rule, lints in by_rule.items():
            for lint in lints:
                kind = SPELLING if lint.lint_kind == "Spelling" else GRAMMAR
                replacements = []
                for s in lint.suggestions[:5]:
                    if s.kind == harper.SuggestionKind.REMOVE:
                        replacements.append("")
                    elif s.kind == harper.SuggestionKind.INSERT_AFTER:
                        replacements.append(lint.problem_text + s.replacement_text)
                    else:
                        replacements.append(s.replacement_text)
                findings.append(Finding(lint.span.start, lint.span.end, kind, plain_message(lint.message),
                                        tuple(dict.fromkeys(replacements)), HARPER, f"{HARPER}:{rule}"))
        return sorted(findings, key=lambda f: (f.start, f.end))


def merge_findings(primary: Iterable[Finding], secondary: Iterable[Finding]) -> list[Finding]:
    """``primary``'s findings plus each of ``secondary``'s that overlaps none of them.

    Two engines reporting overlapping words have seen the same problem; the
    person gets it once, in the primary engine's words.
    """
    kept = list(primary)
    spans = [(f.start, f.end) for f in kept]
    for f in secondary:
        if not any(f.start < b and a < f.end or f.start == a for a, b in spans):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))


class GrammarChecker:
    """The grammar engine(s) chosen by the settings, with their availability."""

    def __init__(self, settings: GrammarSettings | None = None, check_spelling: bool = False,
                 on_engine_change: Callable[[], None] | None = None) -> None:
        """``check_spelling``: also report the engines' own spelling findings
        (off when enchant checks spelling, to avoid reporting a word twice).
        ``on_engine_change``: start a local LanguageTool in the background and
        call this (from another thread) once it is ready or has failed."""
        self.settings = settings or GrammarSettings()
        self.check_spelling = check_spelling
        self.harper = (HarperEngine(check_spelling, self.settings.disabled_rules)
                       if self.settings.engine in ("auto", HARPER) else None)
        self.on_engine_change = on_engine_change
        self._client: lt.LanguageToolClient | None = None
        self._server: lt.LocalServer | None = None  # when the app runs LanguageTool itself
        self._started_in_background = False
        self._lt_reason = ""  # why LanguageTool is not used ("" until known)
        self._lt_tried = False
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ choosing
    def _languagetool_url(self) -> str | None:
        """Where to reach LanguageTool, starting the local server when that is the way.

        None while the local server starts in the background.
        """
        s = self.settings
        if s.languagetool_url:
            if lt.is_public_api(s.languagetool_url) and not s.allow_public_api:
                raise lt.LanguageToolUnavailable(
                    f"{redact_url(s.languagetool_url)} is the public LanguageTool service; text would leave "
                    "this computer, so it is used only when allow_public_api is switched on")
            return s.languagetool_url
        try:
            jar = install.find_installation(s.languagetool_path)
        except lt.LanguageToolUnavailable:
            if s.allow_public_api:
                return lt.PUBLIC_API_URL
            raise
        server = self._server = lt.local_server(jar, s.languagetool_memory_mb, s.languagetool_start_timeout_s)
        if self.on_engine_change is None or server.running():
            return server.start()
        if self._started_in_background and not server.starting and not server.died():
            # The start this checker asked for is over, and the server is not running: it failed.
            raise lt.LanguageToolUnavailable(server.error or f"the LanguageTool server at {jar} did not start")
        self._started_in_background = True
        server.start_in_background(self._engine_changed)
        return None

    def _engine_changed(self) -> None:
        """LanguageTool's start-up thread is done: tell the owner, unless this checker was closed meanwhile."""
        callback = self.on_engine_change
        if callback is not None:
            callback()

    def _languagetool(self) -> lt.LanguageToolClient | None:
        if self.settings.engine not in ("auto", LANGUAGETOOL):
            return None
        with self._lock:
            if self._client is not None and self._server is not None and self._server.died():
                # Our local server died: forget it; starting it again restarts it (once).
                self._client.close()
                self._client, self._lt_tried = None, False
            if not self._lt_tried:
                self._lt_tried = True
                try:
                    url = self._languagetool_url()
                    if url is None:
                        self._lt_tried = False  # ask again once on_engine_change has said so
                        self._lt_reason = "LanguageTool is starting"
                        return None
                    client = lt.LanguageToolClient(url, self.check_spelling, tuple(self.settings.disabled_rules))
                    client.languages()  # fail now, not in the middle of a document
                    self._client, self._lt_reason = client, ""
                    log.info("grammar: LanguageTool at %s", client.shown_url)
                except lt.LanguageToolUnavailable as exc:
                    self._lt_reason = str(exc)
                    log.info("grammar: LanguageTool is not used: %s", exc)
            return self._client

    def _drop_languagetool(self, reason: str) -> None:
        log.warning("grammar: LanguageTool dropped: %s", reason)
        with self._lock:
            self._client = None
            self._lt_reason = reason

    def engine_for(self, language: str, variant: str = "") -> str | None:
        """Which engine checks this language now ("languagetool", "harper" or None).

        May start LanguageTool; call it from a worker thread.
        """
        if self.settings.engine == "off" or not language or language == "und":
            return None
        client = self._languagetool()
        if client is not None:
            try:
                if client.tag_for(language, variant):
                    return LANGUAGETOOL
            except lt.LanguageToolUnavailable as exc:
                self._drop_languagetool(str(exc))
        if self.harper is not None and self.harper.available and base(language) == "en":
            return HARPER
        return None

    def cache_key(self, language: str, variant: str = "") -> str:
        """Identifies the engine a paragraph in ``language`` would be checked with."""
        engine = self.engine_for(language, variant)
        if engine == LANGUAGETOOL and self._client is not None:
            return f"{engine}@{self._client.shown_url}:{self._client.tag_for(language, variant)}"
        if engine == HARPER:
            return f"{engine}:{variant or 'en_US'}"
        return "none"

    def prepare(self, language: str, variant: str = "") -> None:
        """Start the engine that will check ``language`` (LanguageTool's server, Harper's linter) now.

        Both take a second or more; a caller that knows checks are coming runs
        this on a background thread while it does other work.
        """
        engine = self.engine_for(language, variant)
        if self.harper is not None and (engine == HARPER or (engine == LANGUAGETOOL and self._harper_adds(language))):
            self.harper.prepare(variant if base(variant) == "en" else "en_US")

    # ------------------------------------------------------------------ checking
    def check(self, text: str, language: str, variant: str = "") -> list[Finding]:
        """Grammar findings; an engine that fails is dropped and the next one tried.

        A local LanguageTool that died meanwhile is restarted (``engine_for``
        does it, once) and asked again.
        """
        engine = self.engine_for(language, variant)
        for _attempt in range(2):
            client = self._client
            if engine != LANGUAGETOOL or client is None:
                break
            try:
                tag = client.tag_for(language, variant)
                if tag:
                    found = client.check(text, tag)
                    if self._harper_adds(language):
                        found = merge_findings(found, self._harper_check(text, variant))
                    return found
            except lt.LanguageToolUnavailable as exc:
                if self._server is None or not self._server.died():
                    self._drop_languagetool(str(exc))
            engine = self.engine_for(language, variant)
        if engine == HARPER:
            return self._harper_check(text, variant)
        return []

    def _harper_adds(self, language: str) -> bool:
        """Harper checks English beside LanguageTool (unless the settings chose LanguageTool alone)."""
        return self.harper is not None and self.harper.available and base(language) == "en"

    def _harper_check(self, text: str, variant: str) -> list[Finding]:
        if self.harper is None:
            return []
        return self.harper.check(text, variant if base(variant) == "en" else "en_US")

    # ------------------------------------------------------------------ state
    def state(self, languages: Iterable[str] = ()) -> EngineState:
        """The engine in use for these languages, and why the others are not."""
        s = self.settings
        if s.engine == "off":
            return EngineState(None, "", {LANGUAGETOOL: "grammar checking is switched off (grammar.engine = \"off\")",
                                          HARPER: "grammar checking is switched off (grammar.engine = \"off\")"})
        langs = [c for c in dict.fromkeys(languages) if c and c != "und"]
        unavailable: dict[str, str] = {}
        used: dict[str, list[str]] = {}
        by_language: dict[str, str] = {}
        for lang in langs:
            engine = self.engine_for(lang)
            if engine:
                used.setdefault(engine, []).append(lang)
                by_language[lang] = BOTH if engine == LANGUAGETOOL and self._harper_adds(lang) else engine
        client = self._client
        if client is None:
            if s.engine == HARPER:
                unavailable[LANGUAGETOOL] = "the grammar.engine setting chooses Harper"
            else:
                self._languagetool()
                unavailable[LANGUAGETOOL] = self._lt_reason or "LanguageTool is not set up"
        if self.harper is None:
            unavailable[HARPER] = "the grammar.engine setting chooses LanguageTool"
        elif not self.harper.available:
            unavailable[HARPER] = self.harper.reason
        elif client is not None and not any(base(c) == "en" for c in langs):
            unavailable[HARPER] = "LanguageTool is available and preferred" if not langs else "Harper checks English only"
        elif langs and not any(base(c) == "en" for c in langs):
            unavailable[HARPER] = "Harper checks English only"
        starting = client is None and self._server is not None and self._server.starting
        for lang in langs:
            if not self.engine_for(lang):
                unavailable[f"grammar:{lang}"] = (f"'{lang}' waits for LanguageTool, which is starting" if starting
                                                  else f"no grammar engine can check '{lang}'")
        if client is not None and (used.get(LANGUAGETOOL) or not langs):
            where = "local LanguageTool" if client.url.startswith("http://127.0.0.1") else "LanguageTool"
            return EngineState(LANGUAGETOOL, f"{where} at {client.shown_url}", unavailable, by_language)
        if used.get(HARPER) or (not langs and self.harper is not None and self.harper.available):
            return EngineState(HARPER, "Harper (English only, offline)", unavailable, by_language)
        return EngineState(None, "", unavailable, by_language)

    def close(self) -> None:
        self.on_engine_change = None  # a start still under way has nobody left to tell
        if self._client is not None:
            self._client.close()
