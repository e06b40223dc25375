"""The plain records every check returns: findings, flags and engine states.

A ``Finding`` is something one check noticed in one text: a span (half-open
Python string indices), what kind of problem it is, a sentence for the
person, replacements to offer and the engine that found it. The GUI shows
findings as wavy underlines; ``check --json`` prints ``Finding.to_json()``.

A ``Flag`` is attached to one ``Change`` of a review: what the change does to
the facts (``'2024' became '2023'``) or which error it introduces. ``diff
--json`` and ``humanize --json`` print ``Flag.to_json()`` (the English
``detail``); the window shows ``message`` (a ``core.messages.Message``) in
the interface language.

An ``EngineState`` says which engine serves a check and, for each engine
that does not, why not: engines never raise into the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from humanize_desktop.core.messages import Message

#: Kinds of finding. ``check --json`` promises at least the first five.
GRAMMAR = "grammar"
SPELLING = "spelling"
AI_TELL = "ai-tell"
ENCODING = "encoding"
READABILITY = "readability"
INCLUSIVE = "inclusive"  # gendered, ableist or othering wording (checks.fairness)
REGISTER = "register"  # mixed forms of address, or informal wording in a formal text
LOCALE = "locale"  # quotation marks, numbers and dates of another language or region
FAIRNESS_KINDS = (INCLUSIVE, REGISTER, LOCALE)
FINDING_KINDS = (GRAMMAR, SPELLING, AI_TELL, ENCODING, READABILITY, *FAIRNESS_KINDS)
#: Kinds a rewrite must not add: an introduced one is flagged on its change.
ERROR_KINDS = (GRAMMAR, SPELLING, INCLUSIVE, REGISTER, LOCALE)

#: Where a finding in a suggestion comes from (``None``: not compared with a draft).
Origin = Literal["introduced", "draft"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one text: ``text[start:end]`` is what it is about."""

    start: int
    end: int
    kind: str
    message: str
    replacements: tuple[str, ...] = ()
    engine: str = ""
    rule: str = ""  # the engine's rule id, so a rule can be ignored; "" when none
    origin: Origin | None = None
    # The message as the window translates it (id and arguments), for our own checks;
    # None for an engine's own words (LanguageTool, Harper). ``message`` is its English text.
    note: Message | None = field(default=None, compare=False)

    def shifted(self, delta: int) -> Finding:
        """The same finding ``delta`` characters further on (paragraph -> document)."""
        return Finding(self.start + delta, self.end + delta, self.kind, self.message, self.replacements,
                       self.engine, self.rule, self.origin, self.note)

    @classmethod
    def said(cls, start: int, end: int, kind: str, note: Message, replacements: tuple[str, ...] = (),
             engine: str = "", rule: str = "") -> Finding:
        """A finding whose message is ``note`` (translatable), with its English text as ``message``."""
        return cls(start, end, kind, note.text, replacements, engine, rule, None, note)

    def to_json(self) -> dict[str, Any]:
        """The CLI contract: ``start, end, kind, message, replacements, engine``."""
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "message": self.message,
            "replacements": list(self.replacements),
            "engine": self.engine,
        }
        if self.origin is not None:
            data["origin"] = self.origin
        return data


#: Kinds of flag on a change.
FLAG_KINDS = (
    "number", "date", "amount", "percentage", "unit", "name", "url", "email",
    "citation", "quotation", "negation", "modal", "protected-term", "structure",
    "drift", "introduced-error", "tone",
)


@dataclass(frozen=True, slots=True)
class Flag:
    """Something a change does that the person should look at before accepting it."""

    change_id: str
    kind: str
    detail: str  # names what changed, in English, e.g. "'2024' became '2023'"
    #: The same sentence as a message the window translates; None for flags made from plain text.
    message: Message | None = field(default=None, compare=False)

    @classmethod
    def of(cls, change_id: str, kind: str, message: Message) -> Flag:
        """A flag whose detail is ``message`` (its English text goes to ``detail``)."""
        return cls(change_id, kind, message.text, message)

    def to_json(self) -> dict[str, Any]:
        """The CLI contract: ``change_id, kind, detail``."""
        return {"change_id": self.change_id, "kind": self.kind, "detail": self.detail}


@dataclass(frozen=True)
class EngineState:
    """Which engine serves a check, and why each other candidate does not.

    ``active`` is ``None`` when no engine can run; ``unavailable`` maps each
    engine that is not used to a sentence saying why ("no LanguageTool
    installation was found ..."). ``languages`` says which engine checks
    each language (``{"de": "languagetool", "en": "harper"}``) for the
    status bar; the JSON contract leaves it out.
    """

    active: str | None
    detail: str = ""  # e.g. "hunspell en_US, en_GB" or "LanguageTool at http://127.0.0.1:8081"
    unavailable: dict[str, str] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)

    @property
    def available(self) -> bool:
        return self.active is not None

    def to_json(self) -> dict[str, Any]:
        return {"active": self.active, "detail": self.detail, "unavailable": dict(self.unavailable)}
