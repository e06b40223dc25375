"""The records a bilingual file becomes: units with a source, a target and a state.

A ``Unit`` is one translatable segment as a CAT tool or MT system wrote it:
its id, the source and target text as a person reads them (entities decoded,
inline codes of XML formats kept as their markup, e.g. ``<g id="1">``, and
listed in ``codes``), its state, notes, and the file's length limit.

States are normalised across formats: ``new`` (no usable target),
``needs-review``, ``translated``, ``final``; ``raw_state`` keeps the file's
own word. A ``BilingualFile`` holds the units, the languages and the exact
bytes it was read from: saving splices changed targets into those bytes
(``core.bilingual.files``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from humanize_desktop.core.textio import FileProblem

#: Normalised unit states.
NEW, NEEDS_REVIEW, TRANSLATED, FINAL = "new", "needs-review", "translated", "final"
#: What ``--state`` may set on a changed unit.
WRITE_STATES = (NEEDS_REVIEW, TRANSLATED)

#: Formats, as ``BilingualFile.format`` names them.
XLIFF1, XLIFF2, PO, TMX, CSV, TSV = "xliff1", "xliff2", "po", "tmx", "csv", "tsv"


class BilingualFileError(FileProblem):
    """A bilingual file cannot be read or written; ``str()`` is one line naming it."""


@dataclass(frozen=True)
class Unit:
    index: int  # position among the file's units
    id: str
    source: str
    target: str | None  # None: the file has no target for it
    state: str = NEW
    raw_state: str = ""
    notes: str = ""
    max_width: int | None = None  # characters the target may have (the file's limit)
    codes: tuple[str, ...] = ()  # inline markup that must come out verbatim, as it appears in the text
    editable: bool = True
    reason: str = ""  # why it is not editable (plural forms...)

    @property
    def target_text(self) -> str:
        return self.target or ""


@dataclass
class BilingualFile:
    path: str
    format: str
    source_language: str
    target_language: str
    units: list[Unit]
    data: bytes  # the file exactly as read
    # Where each unit's target sits in the decoded text; what the format's writer needs.
    slots: list[Any] = field(default_factory=list, repr=False)
    text: str = field(default="", repr=False)  # ``data`` decoded, newlines untouched
    encoding: str = "utf-8"
    bom: bytes = b""

    def unit(self, unit_id: str) -> Unit | None:
        return next((u for u in self.units if u.id == unit_id), None)
