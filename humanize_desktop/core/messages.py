"""Messages the core gives a person: a stable id, its arguments, and the English text.

The core imports no Qt and cannot translate. Every sentence it produces for a
person to read (why a paragraph was kept, what a flag means, why a change was
made) is a ``Message``: an ``id`` from ``TEMPLATES``, the ``args`` that fill
the template, and ``text``, the English template filled in. ``--json`` output
prints ``text`` (stable, English); the window looks the template up by ``id``,
translates it, and fills it with the same ``args``.

``TEMPLATES`` is the one catalogue of such sentences: modules add their ids
here rather than formatting English inline, so the translation tools see
every one of them. Arguments are written ``{name}`` (``str.format`` syntax);
values are plain strings or numbers, never document text longer than a
quoted phrase.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: id -> English template. Keep ids dotted by area: ``humanizer.*``, ``guard.*``, ``flag.*``.
TEMPLATES: dict[str, str] = {
}


class UnknownMessage(KeyError):
    """A message id that is not in ``TEMPLATES`` (a programming error, caught by the tests)."""


@dataclass(frozen=True)
class Message:
    id: str
    args: Mapping[str, Any] = field(default_factory=dict)
    text: str = ""

    def __str__(self) -> str:
        return self.text

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "args": dict(self.args), "text": self.text}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        """Read a message back (review files); an unknown id keeps its saved English text."""
        mid, args = str(data.get("id", "")), dict(data.get("args") or {})
        text = str(data.get("text", ""))
        if mid in TEMPLATES:
            try:
                text = TEMPLATES[mid].format(**args)
            except (KeyError, IndexError, ValueError):
                pass
        return cls(mid, args, text)


def register(templates: Mapping[str, str]) -> None:
    """Add a module's templates to the catalogue (at import time); an id may not change meaning."""
    for mid, template in templates.items():
        if TEMPLATES.get(mid, template) != template:
            raise ValueError(f"message id {mid!r} is registered twice with different texts")
        TEMPLATES[mid] = template


def make(message_id: str, **args: Any) -> Message:
    """The message ``message_id`` filled with ``args``; its ``text`` is the English sentence."""
    try:
        template = TEMPLATES[message_id]
    except KeyError:
        raise UnknownMessage(message_id) from None
    return Message(message_id, args, template.format(**args))
