"""What translation QA reports: one ``QAFinding`` per defect in one unit.

``kind`` is one of ``QA_KINDS``; ``source_span``/``target_span`` are
half-open indices into the unit's source and target text (None where the
defect has no place there, e.g. a missing term); ``message`` is a
``core.messages.Message`` (the window translates it, ``--json`` prints its
English text); ``replacements`` are what the target span could become.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from humanize_desktop.core.messages import Message

QA_KINDS = ("number", "date", "url", "tag", "placeholder", "term", "untranslated", "language", "inconsistent",
            "punctuation", "spacing", "length", "grammar", "spelling")
#: Most specific first: where two findings describe one defect, the earlier kind is kept.
SPECIFICITY = ("untranslated", "tag", "placeholder", "url", "date", "number", "term", "spacing", "punctuation",
               "length", "inconsistent", "language", "spelling", "grammar")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class QAFinding:
    unit: str  # the unit's id
    kind: str
    message: Message
    source_span: Span | None = None
    target_span: Span | None = None
    replacements: tuple[str, ...] = ()
    rule: str = ""  # the engine rule for grammar/spelling, so it can be ignored

    def to_json(self) -> dict[str, Any]:
        """The ``qa --json`` contract."""
        return {
            "unit": self.unit,
            "kind": self.kind,
            "message": self.message.text,
            "source_span": list(self.source_span) if self.source_span else None,
            "target_span": list(self.target_span) if self.target_span else None,
            "replacements": list(self.replacements),
        }
