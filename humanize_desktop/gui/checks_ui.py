"""Showing the checks: underlines, the findings panel, heat strips, tone, fixes in the context menu.

``ChecksUi`` connects a ``CheckController`` to the window's parts. Fixes go
through the review like typing does (one undo step each), so a fix can be
undone with Ctrl+Z and the diff follows it.
"""

from __future__ import annotations

import bisect
import html

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMenu

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks.findings import SPELLING, Finding
from humanize_desktop.gui.checking import CheckController
from humanize_desktop.gui.diff_pane import DiffPane
from humanize_desktop.gui.findings_panel import FindingsPanel
from humanize_desktop.gui.heat_strip import HeatStrip, average_heat, blend
from humanize_desktop.gui.humanizing import HumanizeController
from humanize_desktop.gui.i18n import finding_text
from humanize_desktop.gui.review_view import ReviewView
from humanize_desktop.gui.session import ReviewSession
from humanize_desktop.gui.status_bar import StatusWidgets

_MAX_FIXES = 6
# The tone picture shows at most this many paragraphs per side.
_MAX_TONE_PARAGRAPHS = 40
# One colour per tone label, readable on light and dark panels.
TONE_COLORS = {"warm": "#e0861a", "neutral": "#8c8c8c", "formal": "#3b7dd8", "curt": "#9b59b6",
               "negative": "#d64541"}


class ChecksUi(QObject):
    def __init__(self, checks: CheckController, session: ReviewSession, view: ReviewView,
                 panel: FindingsPanel, humanizer: HumanizeController, status: StatusWidgets,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checks = checks
        self.session = session
        self.view = view
        self.panel = panel
        self.humanizer = humanizer
        self.status = status
        self.strips = {"draft": HeatStrip(view.draft, view), "suggestion": HeatStrip(view.suggestion, view)}
        view.set_gutters(self.strips["draft"], self.strips["suggestion"])
        for side, strip in self.strips.items():
            strip.sentence_clicked.connect(lambda pos, side=side: self.go_to(side, pos, pos))
        checks.findings_changed.connect(self.refresh_side)
        checks.scores_changed.connect(self.refresh_heat)
        checks.flags_changed.connect(self.refresh_panel)  # tone flips come with the flags
        checks.engines_changed.connect(lambda: status.show_engines(checks.engine_states))
        humanizer.kept_changed.connect(self.refresh_panel)
        panel.place_activated.connect(self.go_to)
        self._panel_timer = QTimer(self, singleShot=True, interval=250)
        self._panel_timer.timeout.connect(self._rebuild_panel)
        self._panel_dirty = True
        panel.shown.connect(lambda: self._panel_timer.start(0) if self._panel_dirty else None)
        session.updated.connect(self._suggestion_visibility)
        session.reset.connect(self._suggestion_visibility)
        session.reset.connect(self._reset)
        self._suggestion_visibility()

    # ------------------------------------------------------------------ showing

    def refresh_side(self, side: str) -> None:
        self.view.pane(side).set_layer("checks", self.checks.marks(side))
        if side == "draft":
            result = self.checks.sides["draft"]
            self.status.show_language(result.language, result.variant)
        self.refresh_heat(side)
        self.refresh_panel()

    def refresh_heat(self, side: str) -> None:
        result = self.checks.sides[side]
        if result.revision != self.session.sides[side].revision:
            return
        marks = blend(result.tell_heat, result.sentence_scores)
        self.strips[side].set_heat(marks, bool(result.sentence_scores))
        header = self.view.draft_header if side == "draft" else self.view.suggestion_header
        value = average_heat(marks)
        if value is None:
            header.score.setText("")
            return
        header.score.setText(self.tr("AI-likeness %1").replace("%1", f"{value:.2f}"))
        header.score.setToolTip(self.tr("Average of the sentence strip beside this pane: 0 reads like a "
                                        "person, 1 machine-made. A signal, not a verdict."))
        self.refresh_panel()

    def _reset(self) -> None:
        """Another document: nothing measured on the last one stays on screen."""
        for side, strip in self.strips.items():
            strip.set_heat([], False)
        self.view.draft_header.score.setText("")
        self.view.suggestion_header.score.setText("")
        self.refresh_panel()

    def _suggestion_visibility(self, *_args) -> None:
        shown = self.session.has_suggestion
        self.strips["suggestion"].setVisible(shown and self.strips["draft"].isVisible())
        if not shown:
            self.view.suggestion_header.score.setText("")

    def set_strips_visible(self, visible: bool) -> None:
        self.strips["draft"].setVisible(visible)
        self.strips["suggestion"].setVisible(visible and self.session.has_suggestion)

    def summary(self) -> str:
        d = self.checks.sides["draft"]
        parts = []
        if d.language and d.language != "und":
            parts.append(self.tr("Language: <b>%1</b>").replace("%1", html.escape(d.variant or d.language)))
        grade = (d.scores.get("readability") or {}).get("grade")
        if isinstance(grade, (int, float)):
            parts.append(self.tr("Reading grade: <b>%1</b>").replace("%1", f"{grade:.1f}"))
        before = average_heat(self.strips["draft"].marks)
        after = average_heat(self.strips["suggestion"].marks) if self.session.has_suggestion else None
        if before is not None and after is not None:
            parts.append(self.tr("AI-likeness: draft <b>%1</b> → suggestion <b>%2</b>")
                         .replace("%1", f"{before:.2f}").replace("%2", f"{after:.2f}"))
        elif before is not None:
            parts.append(self.tr("AI-likeness of the draft: <b>%1</b>").replace("%1", f"{before:.2f}"))
        s = self.checks.sides["suggestion"]
        if d.ai_summary is not None and s.ai_summary is not None:
            from humanize_desktop.core.checks import ailikeness

            words = ailikeness.compare(d.ai_summary, s.ai_summary).get("summary", "")
            if words:
                parts.append(html.escape(words))
        parts.extend(self.tone_summary())
        return "<br>".join(parts) or self.tr("Checks run as you type. Press F7 to check now.")

    # ------------------------------------------------------------------ tone

    def tone_names(self) -> dict[str, str]:
        return {"warm": self.tr("warm"), "neutral": self.tr("neutral"), "formal": self.tr("formal"),
                "curt": self.tr("curt"), "negative": self.tr("negative")}

    def _tone_picture(self, tone: dict) -> str:
        """A row of squares, one per paragraph, coloured by its tone label."""
        squares = [f'<span style="color:{TONE_COLORS.get(p["label"], "#8c8c8c")}">■</span>'
                   for p in tone.get("paragraphs", [])[:_MAX_TONE_PARAGRAPHS]]
        return "".join(squares)

    def tone_flips(self) -> list:
        """The tone flags of the pending changes (``core.checks.tone.flips``), in change order."""
        return [f for flags in self.checks.flags.values() for f in flags if f.kind == "tone"]

    def tone_summary(self) -> list[str]:
        """Lines for the panel: the draft's tone beside the suggestion's, and a warning per flip."""
        from humanize_desktop.gui.i18n import message_text

        names = self.tone_names()
        before = self.checks.sides["draft"].scores.get("tone") or {}
        after = (self.checks.sides["suggestion"].scores.get("tone") or {}) if self.session.has_suggestion else {}
        if not before.get("label"):
            return []
        lines = []
        if after.get("label"):
            lines.append(self.tr("Tone: draft <b>%1</b> → suggestion <b>%2</b>")
                         .replace("%1", names[before["label"]]).replace("%2", names[after["label"]]))
            lines.append(self.tr("Formality %1 → %2, sentiment %3 → %4")
                         .replace("%1", f"{before['formality']:.2f}").replace("%2", f"{after['formality']:.2f}")
                         .replace("%3", f"{before['sentiment']:+.2f}").replace("%4", f"{after['sentiment']:+.2f}"))
            lines.append(self.tr("Draft %1<br>Suggestion %2").replace("%1", self._tone_picture(before))
                         .replace("%2", self._tone_picture(after)))
            shown = {p["label"] for t in (before, after) for p in t.get("paragraphs", [])[:_MAX_TONE_PARAGRAPHS]}
            lines.append("&nbsp; ".join(f'<span style="color:{TONE_COLORS[k]}">■</span>&nbsp;{names[k]}'
                                        for k in names if k in shown))
        else:
            lines.append(self.tr("Tone of the draft: <b>%1</b> (formality %2, sentiment %3)")
                         .replace("%1", names[before["label"]]).replace("%2", f"{before['formality']:.2f}")
                         .replace("%3", f"{before['sentiment']:+.2f}"))
        warn = TONE_COLORS["negative"]
        for flag in self.tone_flips() if after.get("label") else []:
            text = message_text(flag.message or flag.detail)
            lines.append(f'<span style="color:{warn}">⚠ {html.escape(text[:1].upper() + text[1:])}</span>')
        return lines

    def refresh_panel(self) -> None:
        """Rebuild the findings list soon (coalesced), and only while it is on screen."""
        self._panel_dirty = True
        if self.panel.isVisible() and not self._panel_timer.isActive():
            self._panel_timer.start()

    def _rebuild_panel(self) -> None:
        self._panel_dirty = False
        kept = [(m.start, m.end, m.message) for m in self.humanizer.kept_marks]
        self.panel.show_findings(self.session.text("draft"), self.checks.sides["draft"].findings,
                                 self.session.text("suggestion"), self.checks.sides["suggestion"].findings,
                                 kept, self.summary(), tone=self._tone_rows())

    def _tone_rows(self) -> list[tuple[int, int, str]]:
        """(start, end, warning) in the suggestion for each tone flip, at its change."""
        from humanize_desktop.core.review import UnknownChange
        from humanize_desktop.gui.i18n import message_text

        if not self.session.has_suggestion:
            return []
        rows = []
        for flag in self.tone_flips():
            try:
                change = self.session.review.change(flag.change_id)
            except UnknownChange:  # decided since the flags were computed
                continue
            rows.append((change.suggestion_start, change.suggestion_end, message_text(flag.message or flag.detail)))
        return rows

    def report_notes(self, flags: dict[str, list[str]]):
        """What the change report says beyond the review file; ``flags``: change id -> its flag lines."""
        from humanize_desktop.core.report import ReportNotes
        from humanize_desktop.gui.humanizing import why_kept
        from humanize_desktop.gui.i18n import message_text

        names = self.panel.group_names()
        findings = []
        for side in ("draft", "suggestion"):
            text = self.session.text(side)
            for f in self.checks.sides[side].findings:
                if side == "draft" or f.origin == "introduced":
                    group = f.kind if side == "draft" else "introduced"
                    findings.append((names.get(group, group), finding_text(f), segmentation.excerpt(text[f.start:f.end], 40)))
        suggestion = self.session.review.suggestion
        kept = [(segmentation.excerpt(suggestion[m.start:m.end], 60), why_kept(k.reason))
                for k, m in zip(self.humanizer.kept, self.humanizer.kept_marks)]
        ai = (average_heat(self.strips["draft"].marks),
              average_heat(self.strips["suggestion"].marks) if self.session.has_suggestion else None)
        reasons = {cid: message_text(e.reason) for cid, e in self.session.document.explanations.items()}
        return ReportNotes(flags=flags, kept=kept, findings=findings, ai_likeness=ai, reasons=reasons)

    # ------------------------------------------------------------------ navigation

    def go_to(self, side: str, start: int, end: int) -> None:
        pane = self.view.pane(side)
        st = self.session.sides[side]
        text = self.session.text(side)
        start, end = min(start, len(text)), min(end, len(text))
        cursor = pane.textCursor()
        cursor.setPosition(st.to16(start))
        cursor.setPosition(st.to16(end), cursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        pane.scroll_to(start)
        pane.setFocus()

    def next_finding(self, pane: DiffPane) -> bool:
        """Select the next finding after the caret in ``pane`` (wrapping); False if there is none."""
        findings = [m for m in pane.marks if m.kind not in ("kept", "working")]
        if not findings:
            return False
        pos = self.session.sides[pane.side].from16(pane.textCursor().selectionEnd())
        i = bisect.bisect_left(findings, pos, key=lambda m: m.start)
        m = findings[i] if i < len(findings) else findings[0]
        self.go_to(pane.side, m.start, m.end)
        return True

    # ------------------------------------------------------------------ fixes

    def fill_menu(self, pane: DiffPane, pos: int, menu: QMenu) -> None:
        mark = pane.mark_at(pos)
        if mark is None or not isinstance(mark.payload, Finding):
            return
        finding: Finding = mark.payload
        text = self.session.text(pane.side)[mark.start:mark.end]
        said = finding_text(finding)
        menu.addSection(said if len(said) < 70 else said[:69] + "…")
        for replacement in finding.replacements[:_MAX_FIXES]:
            shown = replacement if replacement else self.tr("(remove)")
            action = menu.addAction(self.tr("Replace with “%1”").replace("%1", shown))
            action.triggered.connect(lambda _c=False, m=mark, r=replacement, p=pane: self.apply_fix(p, m, r))
        if not finding.replacements:
            menu.addAction(self.tr("No suggestions")).setEnabled(False)
        ignore = menu.addAction(self.tr("Ignore"))
        ignore.triggered.connect(lambda _c=False: self.checks.ignore(pane.side, finding, text))
        if finding.kind == SPELLING and text.strip():
            add = menu.addAction(self.tr("Add “%1” to Dictionary").replace("%1", text))
            add.triggered.connect(lambda _c=False: self.checks.add_to_dictionary(text))

    def apply_fix(self, pane: DiffPane, mark, replacement: str) -> None:
        text = self.session.text(pane.side)
        if not (0 <= mark.start <= mark.end <= len(text)):
            return
        self.session.replace_text(pane.side, mark.start, mark.end, replacement, label="fix")
