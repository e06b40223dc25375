"""Where each change of a suggestion came from, and why: the humanizer's explanations.

While a draft is humanized, every edit that is made is written down as an
``Origin``: the stretch of the draft it replaced, who made it (``source``:
``rule`` for a deterministic fix, ``model`` for a model job), the rule that
asked for it, and the reason a person reads (a ``core.messages.Message``).

The person reviews *changes*, which the word diff computes afterwards
(``core.diffing``); one change may cover several edits and an edit may show
as several changes. ``explain(changes, origins)`` gives each change the
origin that accounts for it best (shared draft characters over the union
of the two spans, so a rule edit explains the change it made and a
paragraph rewrite the rest); a change no origin
touches was made by the output cleaning (spacing, quotes), ``source``
``cleaning``. Explanations are keyed by change id, which survives re-diffing
as long as the text around a change stays the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from humanize_desktop.core import messages
from humanize_desktop.core.diffing import Change
from humanize_desktop.core.messages import Message

RULE, MODEL, CLEANING = "rule", "model", "cleaning"
SOURCES = (RULE, MODEL, CLEANING)

messages.register({
    "explain.cleaning": "Spacing or punctuation tidied when the rewrite was cleaned up.",
    "explain.paragraph": "The model rewrote the paragraph in the chosen style; its facts were checked.",
})


@dataclass(frozen=True)
class Origin:
    """One edit made while humanizing: ``draft[start:end]`` was replaced, by ``source``, because ``reason``."""

    start: int
    end: int
    source: str
    rule: str | None
    reason: Message

    def shifted(self, delta: int) -> Origin:
        return Origin(self.start + delta, self.end + delta, self.source, self.rule, self.reason)

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "source": self.source, "rule": self.rule,
                "reason": self.reason.to_json()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Origin:
        source = str(data["source"])
        if source not in SOURCES:
            raise ValueError(f"unknown source {source!r}")
        rule = data.get("rule")
        return cls(int(data["start"]), int(data["end"]), source, None if rule is None else str(rule),
                   Message.from_json(data["reason"]))


@dataclass(frozen=True)
class Explanation:
    """What a change says about itself: its ``source``, ``rule`` (or None) and ``reason``."""

    source: str
    rule: str | None
    reason: Message

    def to_json(self) -> dict[str, Any]:
        """The keys every change object gains in ``--json`` output (English reason)."""
        return {"source": self.source, "rule": self.rule, "reason": self.reason.text}

    def to_file(self) -> dict[str, Any]:
        """For review files: the JSON keys plus the message id and arguments, to translate it later."""
        return {**self.to_json(), "reason_message": self.reason.to_json()}

    @classmethod
    def from_file(cls, data: Mapping[str, Any]) -> Explanation | None:
        """Read back ``to_file``'s keys from a saved change; None when the change has none."""
        source = data.get("source")
        if source not in SOURCES:
            return None
        rule = data.get("rule")
        saved = data.get("reason_message")
        if isinstance(saved, Mapping):
            reason = Message.from_json(saved)
        else:
            reason = Message("", {}, str(data.get("reason") or ""))
        return cls(str(source), None if rule is None else str(rule), reason)


CLEANING_EXPLANATION = Explanation(CLEANING, None, messages.make("explain.cleaning"))


def _fit(c: Change, o: Origin) -> float:
    """How well an origin accounts for a change: shared draft characters over the union of both spans.

    Rule edits are cut by characters ("Moreover, t" -> "T") and changes by
    words ("Moreover, the" -> "The"), so containment is too strict; a
    paragraph rewrite covers everything, so plain overlap is too loose.
    An insertion counts as touching an origin that contains its position.
    """
    if c.draft_start == c.draft_end:
        return 1.0 / (1 + o.end - o.start) if o.start <= c.draft_start <= o.end else 0.0
    shared = min(c.draft_end, o.end) - max(c.draft_start, o.start)
    if shared <= 0:
        return 0.0
    return shared / (max(c.draft_end, o.end) - min(c.draft_start, o.start))


def explain_change(change: Change, origins: Sequence[Origin]) -> Explanation:
    """The explanation of one change: the origin that fits it best (rule edits win ties)."""
    scored = [(_fit(change, o), o.source == RULE, o) for o in origins]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return CLEANING_EXPLANATION
    best = max(scored, key=lambda s: (s[0], s[1]))[2]
    return Explanation(best.source, best.rule, best.reason)


def explain(changes: Iterable[Change], origins: Sequence[Origin]) -> dict[str, Explanation]:
    """Change id -> explanation, for every change (origins in draft positions, any order)."""
    ordered = sorted(origins, key=lambda o: (o.start, o.end))
    result: dict[str, Explanation] = {}
    # Origins are few per paragraph: a window of those that can reach the change keeps this linear.
    lo = 0
    for c in sorted(changes, key=lambda c: (c.draft_start, c.draft_end)):
        while lo < len(ordered) and ordered[lo].end < c.draft_start:
            lo += 1
        near = []
        for o in ordered[lo:]:
            if o.start > c.draft_end:
                break
            near.append(o)
        result[c.id] = explain_change(c, near)
    return result


def empty_json() -> dict[str, Any]:
    """The three keys for a change nothing is known about (``diff --json``)."""
    return {"source": None, "rule": None, "reason": None}


class PiecePositions:
    """Where the characters of a piece of prose lie in the draft it was cut from.

    ``core.rewriting.units`` hands the humanizer prose without its Markdown
    markup (list markers, ``> ``, heading marks) and with soft line breaks
    joined by spaces. Its non-space characters are the draft's, in order,
    from ``start`` on; markup characters and line breaks between them are
    skipped. ``end`` is where the piece's last character lies, plus one.
    """

    def __init__(self, draft: str, start: int, limit: int, piece: str) -> None:
        self.index: list[int] = []
        pos = start
        for ch in piece:
            if ch.isspace():
                self.index.append(pos)
                continue
            found = draft.find(ch, pos, limit)
            if found < 0:  # not cut from this stretch (should not happen): keep positions monotonic
                found = pos
            self.index.append(found)
            pos = found + 1
        self.start = self.index[0] if self.index else start
        self.end = pos
        self.index.append(pos)

    def at(self, offset: int) -> int:
        return self.index[max(0, min(offset, len(self.index) - 1))]

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.at(start), self.at(start)
        return self.at(start), self.index[min(end - 1, len(self.index) - 1)] + 1

    def origin(self, origin: Origin) -> Origin:
        start, end = self.span(origin.start, origin.end)
        return Origin(start, end, origin.source, origin.rule, origin.reason)


def changes_json(changes: Iterable[Change], explanations: Mapping[str, Explanation] | None = None
                 ) -> list[dict[str, Any]]:
    """The ``changes`` list of ``diff --json`` and ``humanize --json``: each change with its three keys."""
    explanations = explanations or {}
    out = []
    for c in changes:
        e = explanations.get(c.id)
        out.append({**c.to_json(), **(e.to_json() if e is not None else empty_json())})
    return out
