"""The preference store: every decision on a reviewed change, kept in the user data folder.

One UTF-8 JSON file, ``learned.json`` in ``paths.dirs().data``::

    {"format": "humanize-learned", "version": 1, "paused": false,
     "decisions": [DecisionEntry.to_json(), ...],     # oldest first, at most MAX_DECISIONS
     "disabled": ["rule-1a2b3c4d", ...],             # preferences switched off
     "confirmed": ["term-...", ...],                  # suggested protected terms the person confirmed
     "imported": [{"kind", "language", "style", "rule", "before", "after", "decisions"}, ...]}

Saving is atomic (``textio.atomic_write``). A file that cannot be parsed or
has another format is renamed aside with the date
(``learned.broken-20260131-142501.json``) and the store starts empty;
``PreferenceStore.notice`` says so once (a ``Message``), so nothing is lost
unseen and a damaged file never stops the app. A file from a newer version
is left alone and not saved over.

The store only records and remembers; what it means is ``derive``'s job.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from humanize_desktop import paths
from humanize_desktop.core import messages
from humanize_desktop.core.messages import Message
from humanize_desktop.core.textio import atomic_write

log = logging.getLogger(__name__)

FORMAT = "humanize-learned"
VERSION = 1
FILE_NAME = "learned.json"
#: The oldest decisions are dropped beyond this; enough to learn from, small enough to rewrite at once.
MAX_DECISIONS = 5000
DECISIONS = ("accepted", "rejected", "edited")

messages.register({
    "learning.moved-aside": "What Humanize Desktop learned from your decisions could not be read ({reason}), "
                            "so it starts learning afresh. The old file is kept as {aside}.",
    "learning.unreadable": "What Humanize Desktop learned from your decisions could not be read from {path} "
                           "({reason}); learning is off until that is fixed, and the file is not saved over.",
})


class StoreProblem(OSError):
    """The store must not be saved: its file could not be read, or it is from a newer version."""


@dataclass(frozen=True)
class DecisionEntry:
    """One decision on one change: what was suggested, why, and what the writer kept."""

    key: str  # unique per decision (change id and time), so an undone decision can be taken back
    decision: str  # accepted | rejected | edited
    source: str | None  # rule | model | cleaning; None when the change has no explanation
    rule: str | None  # the humanizer rule that asked for the change
    reason: str  # the change's reason, in English
    before: str  # the draft's text
    suggested: str  # the suggestion's text
    after: str  # what the writer kept (the typed text for an edit)
    language: str  # base language code, "" when unknown
    style: str
    at: float

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DecisionEntry:
        decision = str(data["decision"])
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}")
        optional = {k: (None if data.get(k) is None else str(data[k])) for k in ("source", "rule")}
        return cls(str(data["key"]), decision, optional["source"], optional["rule"], str(data.get("reason", "")),
                   str(data["before"]), str(data["suggested"]), str(data["after"]),
                   str(data.get("language", "")), str(data.get("style", "")), float(data["at"]))

    @staticmethod
    def key_of(record: Any) -> str:
        """The key of a ``review.DecisionRecord``: the same after undo and redo, different for each decision."""
        return f"{record.change.id}@{record.at!r}"

    @classmethod
    def from_record(cls, record: Any, explanation: Any, language: str, style: str) -> DecisionEntry:
        """From a ``review.DecisionRecord`` and the change's ``explain.Explanation`` (or None)."""
        change = record.change
        return cls(cls.key_of(record), record.decision.value,
                   getattr(explanation, "source", None), getattr(explanation, "rule", None),
                   str(getattr(explanation, "reason", "") or ""), change.draft_text, change.suggestion_text,
                   record.text, language, style, float(record.at))


def default_path() -> Path:
    return paths.dirs().data / FILE_NAME


def _aside_name(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.broken-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.broken-{stamp}-{n}{path.suffix}")
    return candidate


@dataclass
class PreferenceStore:
    path: Path
    paused: bool = False
    decisions: list[DecisionEntry] = field(default_factory=list)
    disabled: set[str] = field(default_factory=set)
    confirmed: set[str] = field(default_factory=set)
    imported: list[dict[str, Any]] = field(default_factory=list)
    #: What the person must read once (the file was set aside or cannot be read); None: nothing.
    notice: Message | None = None
    #: Why the file must not be saved over ("" when it may be).
    save_blocked: str = ""

    # ------------------------------------------------------------------ file

    @classmethod
    def load(cls, path: Path | None = None) -> PreferenceStore:
        """The store at ``path`` (default: the user data folder); never raises for a bad file."""
        path = path or default_path()
        store = cls(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return store
        except OSError as exc:
            why = exc.strerror or type(exc).__name__
            store.notice = messages.make("learning.unreadable", path=str(path), reason=why)
            store.save_blocked = store.notice.text
            store.paused = True
            log.warning("%s", store.notice.text)
            return store
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a store of learned preferences")
            version = data.get("version")
            if isinstance(version, int) and version > VERSION:
                store.save_blocked = f"{path} is from a newer version of Humanize Desktop"
                store.paused = True
                log.warning("%s; learning is off and the file is kept", store.save_blocked)
                return store
            store._read(data)
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            store._set_aside(str(exc))
        return store

    def _read(self, data: Mapping[str, Any]) -> None:
        if data.get("version") != VERSION:
            raise ValueError(f"unknown version {data.get('version')!r}")
        decisions = data.get("decisions", [])
        imported = data.get("imported", [])
        if not isinstance(decisions, list) or not isinstance(imported, list):
            raise ValueError("decisions and imported must be lists")
        self.paused = bool(data.get("paused", False))
        self.decisions = [DecisionEntry.from_json(d) for d in decisions]
        self.disabled = {str(i) for i in data.get("disabled", [])}
        self.confirmed = {str(i) for i in data.get("confirmed", [])}
        if not all(isinstance(i, dict) for i in imported):
            raise ValueError("imported preferences must be objects")
        self.imported = [dict(i) for i in imported]

    def _set_aside(self, reason: str) -> None:
        aside = _aside_name(self.path)
        try:
            os.replace(self.path, aside)
        except OSError as exc:
            self.notice = messages.make("learning.unreadable", path=str(self.path),
                                        reason=f"{reason}; {exc.strerror or exc}")
            self.save_blocked = self.notice.text
            self.paused = True
        else:
            self.notice = messages.make("learning.moved-aside", reason=reason, aside=str(aside))
        log.warning("%s", self.notice.text)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "paused": self.paused,
                "decisions": [d.to_json() for d in self.decisions[-MAX_DECISIONS:]],
                "disabled": sorted(self.disabled), "confirmed": sorted(self.confirmed),
                "imported": self.imported}

    def save(self) -> Path:
        """Write the store atomically; raises ``StoreProblem`` when its file must be kept as it is."""
        if self.save_blocked:
            raise StoreProblem(self.save_blocked)
        return atomic_write(self.path, json.dumps(self.to_json(), ensure_ascii=False, indent=1))

    # ------------------------------------------------------------------ changes

    def record(self, entries: Iterable[DecisionEntry]) -> int:
        """Add decisions (not while paused; a key already held is not added twice); how many were added."""
        if self.paused:
            return 0
        held = {d.key for d in self.decisions}
        added = [e for e in entries if e.key not in held]
        self.decisions.extend(added)
        del self.decisions[:-MAX_DECISIONS]
        return len(added)

    def unrecord(self, keys: Iterable[str]) -> int:
        """Take decisions back (they were undone); how many were removed."""
        gone = set(keys)
        before = len(self.decisions)
        self.decisions = [d for d in self.decisions if d.key not in gone]
        return before - len(self.decisions)

    def forget(self, preference_id: str, keys: Iterable[str]) -> None:
        """Forget one preference: the decisions it came from (``keys``) and its imported entry."""
        self.unrecord(keys)
        self.imported = [i for i in self.imported if i.get("id") != preference_id]
        self.disabled.discard(preference_id)
        self.confirmed.discard(preference_id)

    def set_enabled(self, preference_id: str, enabled: bool) -> None:
        (self.disabled.discard if enabled else self.disabled.add)(preference_id)

    def reset(self) -> None:
        """Forget everything learned (pausing stays as it is)."""
        self.decisions.clear()
        self.disabled.clear()
        self.confirmed.clear()
        self.imported.clear()
