"""The humanize controls: style, strength, instructions, protected terms, voice, progress, Stop.

A tool bar under the main one. While a pass runs, the Humanize button gives
way to a progress bar (paragraph N of M, with the words the model is
writing) and a Stop button.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from humanize_desktop import config
from humanize_desktop.gui import icons
from humanize_desktop.gui.i18n import message_text
from humanize_desktop.gui.menu_button import MenuButton
from humanize_desktop.gui.theme import segmented_style

log = logging.getLogger(__name__)

STRENGTHS = ("light", "medium", "strong")


class InstructionsEditor(QWidget):
    """The drop-down under "Instructions": free text the model is also told."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("For example: keep British spelling; address the reader as “you”."))
        self.edit.setAccessibleName(self.tr("Custom instructions"))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedSize(360, 110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        label = QLabel(self.tr("Custom &instructions for the model:"), self)
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit)


class _VoiceBox(QComboBox):
    """The voice picker; says when its list is about to open, so the list can be read afresh."""

    opening = Signal()

    def showPopup(self) -> None:
        self.opening.emit()
        super().showPopup()


class HumanizeBar(QWidget):
    """Style, strength, instructions, protected terms and the Humanize button."""

    humanize_requested = Signal()
    stop_requested = Signal()

    def __init__(self, settings: config.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("humanizeBar")
        self.style_box = QComboBox(self)
        self.style_box.setAccessibleName(self.tr("Style"))
        self.style_box.setToolTip(self.tr("How the rewrite should sound"))
        self.style_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.strength_buttons = QButtonGroup(self)
        strength_row = QHBoxLayout()
        strength_row.setSpacing(0)
        names = {"light": self.tr("Light"), "medium": self.tr("Medium"), "strong": self.tr("Strong")}
        tips = {"light": self.tr("Rule fixes only: stock phrases and filler go; no model needed"),
                "medium": self.tr("Rule fixes, and the model reworks single sentences (each checked)"),
                "strong": self.tr("Also lets the model rewrite whole paragraphs, checked the same way")}
        for i, key in enumerate(STRENGTHS):
            b = QToolButton(self)
            b.setText(names[key])
            b.setToolTip(tips[key])
            b.setCheckable(True)
            b.setAutoRaise(False)
            b.setAccessibleName(self.tr("Strength: %1").replace("%1", names[key]))
            b.setProperty("strength", key)
            b.setProperty("segment", ("first", "middle", "last")[i])
            self.strength_buttons.addButton(b, i)
            strength_row.addWidget(b)
        self.instructions = InstructionsEditor()
        self.instructions_button = MenuButton(self)
        self.instructions_button.setText(self.tr("Instructions"))
        self.instructions_button.setToolTip(self.tr("Extra instructions for the model"))
        menu = QMenu(self.instructions_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.instructions)
        menu.addAction(action)
        menu.aboutToHide.connect(self._instructions_changed)
        self.instructions_button.setMenu(menu)
        self.terms = QLineEdit(self)
        self.terms.setPlaceholderText(self.tr("Protected terms, comma-separated"))
        self.terms.setAccessibleName(self.tr("Protected terms"))
        self.terms.setToolTip(self.tr("Words and names the model must keep exactly as written"))
        self.terms.setClearButtonEnabled(True)
        self.terms.setMinimumWidth(200)
        self.terms.setMaximumWidth(340)
        self.voice_box = _VoiceBox(self)
        self.voice_box.opening.connect(self.fill_voices)  # voices learned with the command line meanwhile
        self.voice_box.setAccessibleName(self.tr("Voice"))
        self.voice_box.setToolTip(self.tr("Steer the rewrite toward a voice learned from your own writing"))
        self.voice_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.humanize_button = QPushButton(icons.icon("humanize"), self.tr("Humanize"), self)
        self.humanize_button.setDefault(False)
        self.humanize_button.setToolTip(self.tr("Rewrite the draft with the local model (Ctrl+Shift+H)"))
        self.humanize_button.clicked.connect(self.humanize_requested)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(260)
        self.progress.setAccessibleName(self.tr("Humanizing progress"))
        self.progress.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.preview.setForegroundRole(self.preview.foregroundRole())
        self.stop_button = QPushButton(icons.icon("stop"), self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop humanizing; finished paragraphs stay (Esc)"))
        self.stop_button.clicked.connect(self.stop_requested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        style_label = QLabel(self.tr("St&yle:"), self)
        style_label.setBuddy(self.style_box)
        layout.addWidget(style_label)
        layout.addWidget(self.style_box)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Strength:"), self))
        layout.addLayout(strength_row)
        layout.addSpacing(8)
        layout.addWidget(self.instructions_button)
        layout.addWidget(self.terms, 1)  # free room goes to the terms first (long placeholders)
        layout.addSpacing(8)
        voice_label = QLabel(self.tr("V&oice:"), self)
        voice_label.setBuddy(self.voice_box)
        layout.addWidget(voice_label)
        layout.addWidget(self.voice_box)
        layout.addSpacing(8)
        layout.addWidget(self.humanize_button)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.stop_button)
        layout.addStretch(0)
        self._fill_styles()
        self.fill_voices()
        self.load_settings()
        self.set_running(False)
        self.apply_colors()

    def apply_colors(self) -> None:
        """The strength buttons' look for the current palette: the chosen one must stand out (dark too)."""
        style = segmented_style(self.palette())
        for b in self.strength_buttons.buttons():
            b.setStyleSheet(style)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.apply_colors()

    # ------------------------------------------------------------------ settings

    def _fill_styles(self) -> None:
        self.style_box.clear()
        from humanize_desktop.core.rewriting.styles import StyleProblem, load_styles

        try:
            styles = load_styles()
        except StyleProblem as exc:  # a broken style file must not take the window down
            log.warning("%s", exc)
            self.style_box.addItem(self.settings.rewrite.style, self.settings.rewrite.style)
            self.style_box.setToolTip(str(exc))
            return
        for style in styles.values():
            self.style_box.addItem(message_text(style.title()), style.id)
            self.style_box.setItemData(self.style_box.count() - 1, message_text(style.summary()),
                                       Qt.ItemDataRole.ToolTipRole)

    def fill_voices(self, select: str | None = None) -> None:
        """The saved voices (``core.voice``), "No voice" first; ``select`` one, or keep the current."""
        from humanize_desktop.core.voice import profile as profiles

        current = self.voice_box.currentData() if select is None else select
        self.voice_box.clear()
        self.voice_box.addItem(self.tr("No voice"), "")
        for name in profiles.names():
            self.voice_box.addItem(name, name)
        self.voice_box.setCurrentIndex(max(0, self.voice_box.findData(current or "")))

    def voice(self):
        """The chosen ``VoiceProfile``, or None; a damaged or deleted file raises ``VoiceProblem``."""
        from humanize_desktop.core.voice import profile as profiles

        name = self.voice_box.currentData() or ""
        return profiles.load(name) if name else None

    def load_settings(self) -> None:
        r = self.settings.rewrite
        i = self.style_box.findData(r.style)
        self.style_box.setCurrentIndex(max(0, i))
        self.voice_box.setCurrentIndex(max(0, self.voice_box.findData(r.voice)))
        key = r.strength if r.strength in STRENGTHS else "medium"
        self.strength_buttons.button(STRENGTHS.index(key)).setChecked(True)
        self.instructions.edit.setPlainText(r.custom_instructions)
        self.terms.setText(", ".join(r.protected_terms))
        self._instructions_changed()

    def _instructions_changed(self) -> None:
        text = self.instructions.edit.toPlainText().strip()
        self.instructions_button.setText(self.tr("Instructions ✓") if text else self.tr("Instructions"))

    def store_settings(self) -> None:
        """Copy the controls into ``settings.rewrite`` (saved with the other settings)."""
        r = self.settings.rewrite
        r.style = self.style_box.currentData() or r.style
        button = self.strength_buttons.checkedButton()
        r.strength = button.property("strength") if button is not None else r.strength
        r.custom_instructions = self.instructions.edit.toPlainText().strip()
        r.protected_terms = [t.strip() for t in self.terms.text().split(",") if t.strip()]
        r.voice = self.voice_box.currentData() or ""

    def options(self, model_file: str = "", with_voice: bool = True):
        """The ``RewriteOptions`` for a pass with the current controls (and that model's settings).

        With ``with_voice``, the chosen voice's profile is read now (``VoiceProblem`` if it cannot be).
        """
        from humanize_desktop.core.rewriting.options import RewriteOptions

        self.store_settings()
        model = self.settings.model_settings(model_file) if model_file else None
        return RewriteOptions.from_settings(self.settings, model, voice=self.voice() if with_voice else None)

    # ------------------------------------------------------------------ running

    def set_running(self, running: bool) -> None:
        self.humanize_button.setVisible(not running)
        self.progress.setVisible(running)
        self.preview.setVisible(running)
        self.stop_button.setVisible(running)
        for w in (self.style_box, self.instructions_button, self.terms, self.voice_box):
            w.setEnabled(not running)
        for b in self.strength_buttons.buttons():
            b.setEnabled(not running)
        if not running:
            self.preview.clear()

    def show_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done if total else 0)
        self._progress_text = text
        self.progress.setToolTip(text)
        self._fit_progress_text()

    def _fit_progress_text(self) -> None:
        """The progress line on one line inside the bar (elided; the whole of it in the tooltip)."""
        text = " ".join(getattr(self, "_progress_text", "").split())
        width = self.progress.contentsRect().width() - 16
        self.progress.setFormat(self.progress.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                                       max(40, width)).replace("%", "%%"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_progress_text()

    def show_preview(self, text: str) -> None:
        shown = " ".join(text.split())
        metrics = self.preview.fontMetrics()
        self.preview.setText(metrics.elidedText(shown, Qt.TextElideMode.ElideLeft, max(40, self.preview.width())))
