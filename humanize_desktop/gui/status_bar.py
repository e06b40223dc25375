"""The status bar: language, words and characters, the model and its speed, the engines' state.

Counting the words of a long document is not free, so counts follow edits
after a short pause, and on the worker pool for very long texts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks.findings import EngineState
from humanize_desktop.gui.engine_manager import BUSY, ERROR, IDLE, LOADING, READY, EngineManager
from humanize_desktop.gui.session import ReviewSession
from humanize_desktop.gui.workers import Runner

#: Texts longer than this are counted on the worker pool (20,000 characters take about 5 ms).
INLINE_COUNT_CHARS = 20_000


class StatusWidgets(QObject):
    """Permanent widgets on the right of the window's status bar."""

    def __init__(self, bar: QStatusBar, session: ReviewSession, engines: EngineManager, runner: Runner) -> None:
        super().__init__(bar)
        self.bar = bar
        self.session = session
        self.engines = engines
        self.runner = runner
        self.language = QLabel(bar)
        self.counts = QLabel(bar)
        self.grammar = QLabel(bar)
        self.spelling = QLabel(bar)
        self.model = QLabel(bar)
        for w, name in ((self.language, self.tr("Language")), (self.counts, self.tr("Words and characters")),
                        (self.grammar, self.tr("Grammar engine")), (self.spelling, self.tr("Spelling engine")),
                        (self.model, self.tr("Model"))):
            w.setAccessibleName(name)
            w.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(w)
        self._permanent = (self.language, self.counts, self.grammar, self.spelling, self.model)
        # A message too long for the room the permanent labels leave is given the whole bar
        # until it goes (German and French messages were cut off).
        bar.messageChanged.connect(self._message_changed)
        self._timer = QTimer(self, singleShot=True, interval=600)
        self._timer.timeout.connect(self._count)
        session.edited.connect(lambda side, *_: self._timer.start() if side == "draft" else None)
        session.reset.connect(lambda: self._timer.start(0))
        engines.changed.connect(self.show_model)
        self.show_language("", "")
        self.show_engines({})
        self.show_model()
        self._count()

    def _message_changed(self, message: str) -> None:
        if not message:
            for w in self._permanent:
                w.show()
            return
        room = self.bar.width() - sum(w.sizeHint().width() for w in self._permanent if w.isVisible()) - 40
        if self.bar.fontMetrics().horizontalAdvance(message) > room:
            for w in self._permanent:
                w.hide()

    # ------------------------------------------------------------------ counts

    def _count(self) -> None:
        text = self.session.review.draft
        if len(text) <= INLINE_COUNT_CHARS:
            self._show_counts(segmentation.count_words(text), len(text))
            return
        self.runner.submit(lambda _job: (segmentation.count_words(text), len(text)), name="count-words",
                           on_done=lambda _job, value: self._show_counts(*value),
                           is_current=lambda _job: self.session.review.draft is text)

    def _show_counts(self, words: int, chars: int) -> None:
        self.counts.setText(self.tr("%1 words, %2 characters").replace("%1", f"{words:,}").replace(
            "%2", f"{chars:,}"))

    # ------------------------------------------------------------------ language and engines

    def show_language(self, code: str, variant: str) -> None:
        if not code or code == "und":
            self.language.setText(self.tr("Language: —"))
            self.language.setToolTip(self.tr("Not detected yet"))
            return
        self.language.setText(self.tr("Language: %1").replace("%1", variant or code))
        self.language.setToolTip(self.tr("Detected from the draft; change it in Preferences"))

    def show_engines(self, states: dict[str, EngineState]) -> None:
        for label, key, name in ((self.grammar, "grammar", self.tr("Grammar")),
                                 (self.spelling, "spelling", self.tr("Spelling"))):
            state = states.get(key) or states.get("checks")
            if state is None:
                label.setText(self._pair(name, "…"))
                label.setToolTip(self.tr("Checks start when there is text"))
                continue
            if key == "grammar" and state.languages:
                label.setText(self._pair(name, self._engines_by_language(state)))
                tip = state.detail
            elif state.available:
                label.setText(self._pair(name, state.active))
                tip = state.detail
            else:
                label.setText(self.tr("%1: off").replace("%1", name))
                tip = ""
            if state.unavailable:
                tip += ("\n" if tip else "") + "\n".join(f"{k}: {v}" for k, v in state.unavailable.items())
            label.setToolTip(tip)

    def _pair(self, name: str, value: str) -> str:
        """"Name: value" with the language's own spacing ("Grammaire : harper" in French)."""
        return self.tr("%1: %2").replace("%1", name).replace("%2", value)

    def _engines_by_language(self, state: EngineState) -> str:
        """"LanguageTool (de, fr) · LanguageTool + Harper (en)", and whether LanguageTool is still starting."""
        names = {"languagetool": "LanguageTool", "harper": "Harper", "languagetool+harper": "LanguageTool + Harper"}
        groups: dict[str, list[str]] = {}
        for language, engine in state.languages.items():
            groups.setdefault(engine, []).append(language)
        parts = [f"{names.get(engine, engine)} ({', '.join(langs)})" for engine, langs in groups.items()]
        if state.unavailable.get("languagetool") == "LanguageTool is starting":
            parts.append(self.tr("LanguageTool starting…"))
        return " · ".join(parts)

    def show_model(self) -> None:
        e = self.engines
        states = {IDLE: self.tr("not loaded"), LOADING: self.tr("loading…"), READY: self.tr("ready"),
                  BUSY: self.tr("working"), ERROR: self.tr("unavailable")}
        label = e.model_label or self.tr("no model")
        speed = f" · {e.tokens_per_second:.0f} tok/s" if e.tokens_per_second and e.state in (READY, BUSY) else ""
        self.model.setText(self._pair(label, states.get(e.state, e.state)) + speed)
        self.model.setToolTip(e.message or "")
