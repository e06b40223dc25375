"""The window's side of learning: decisions go to the preference store, rewrites get what was learned.

``LearningController`` watches the review session: every decision the
person makes (accept, reject, edit, in any of the window's ways) is
recorded in the store (``core.learning``) with its change's explanation, the
draft's language and the style; an undone decision is taken back, a redone
one recorded again. Decisions in a review file that is opened were recorded
when they were made and are not counted twice. ``learned()`` is what a
Humanize pass uses (None while learning is paused); ``open_dialog()`` shows
"What I've Learned".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from humanize_desktop import config
from humanize_desktop.core.learning import recording
from humanize_desktop.core.learning.apply import Learned, active
from humanize_desktop.core.learning.derive import Preference, derive
from humanize_desktop.core.learning.store import DecisionEntry, PreferenceStore, StoreProblem
from humanize_desktop.gui.session import ReviewSession

log = logging.getLogger(__name__)


class LearningController(QObject):
    def __init__(self, session: ReviewSession, settings: config.Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.store = PreferenceStore.load()
        self._known: set[str] = set()
        self._context: tuple[str, str] | None = None
        session.reset.connect(self._reset)
        session.updated.connect(self._updated)
        self._reset()

    # ------------------------------------------------------------------ recording

    def _keys(self) -> list[str]:
        return [DecisionEntry.key_of(r) for r in self.session.review.decisions]

    def _reset(self) -> None:
        self._known = set(self._keys())  # an opened review's decisions were learned when made
        self._context = None

    def _updated(self, _update: object) -> None:
        records = self.session.review.decisions
        keys = self._keys()
        new = [r for r, k in zip(records, keys) if k not in self._known]
        gone = self._known - set(keys)
        self._known = set(keys)
        if not new and not gone:
            return
        if new and not self.store.paused:
            if self._context is None:
                self._context = recording.review_context(self.session.document, self.settings.rewrite.style)
            self.store.record(recording.decision_entries(new, self.session.document.explanations, *self._context))
        self.store.unrecord(gone)
        self.save()

    def save(self) -> bool:
        try:
            self.store.save()
        except (StoreProblem, OSError) as exc:
            log.warning("what was learned could not be saved: %s", exc)
            return False
        return True

    # ------------------------------------------------------------------ using

    def preferences(self) -> list[Preference]:
        return derive(self.store, self.settings.learning)

    def learned(self) -> Learned | None:
        return active(self.store, self.settings.learning)

    def confirm_term(self, preference: Preference) -> None:
        """A suggested protected term joins the settings' protected terms."""
        terms = self.settings.rewrite.protected_terms
        if preference.before.casefold() not in {t.casefold() for t in terms}:
            terms.append(preference.before)
            try:
                config.save(self.settings)
            except OSError as exc:
                log.warning("the protected term could not be saved in the settings: %s", exc)
        self.store.confirmed.add(preference.id)
        self.save()

    def open_dialog(self, parent: QWidget) -> None:
        from humanize_desktop.gui.dialogs.learned import LearnedDialog

        LearnedDialog(self, parent).exec()
