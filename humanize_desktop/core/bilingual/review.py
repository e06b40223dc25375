"""A bilingual review: per unit, the target, the polished suggestion and the decisions on it.

What the translator window shows and edits, without Qt. Each unit that has
a suggestion holds a ``core.review.Review`` of its target (the "draft")
against the polished suggestion, so the same word-level changes, accept and
reject per change (or per segment: all of a unit's changes) and undo as in
the editor apply. Units without a suggestion may still be edited directly.
QA findings are re-run for a unit whenever its target changes; the
file-wide ones (inconsistency) on ``refresh_file_findings``. Findings the
person ignored stay ignored.

``save_review``/``load_review`` keep all of it in a review file of its own
kind (``.humanize-bilingual``, UTF-8 JSON): the bilingual file's path and
SHA-256, each touched unit's texts, pending changes and decisions, the
ignored findings. Loading refuses a review whose bilingual file has changed
since, and ``targets()`` gives what ``files.save_bilingual`` writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field, replace
from typing import Any

from humanize_desktop.core.bilingual import qa, qachecks
from humanize_desktop.core.bilingual.files import open_bilingual
from humanize_desktop.core.bilingual.glossary import Glossary
from humanize_desktop.core.bilingual.locale import rules_for
from humanize_desktop.core.bilingual.qafinding import QAFinding
from humanize_desktop.core.bilingual.units import BilingualFile, BilingualFileError, Unit
from humanize_desktop.core.diffing import Change
from humanize_desktop.core.review import DecisionRecord, Review, ReviewUpdate
from humanize_desktop.core.textio import atomic_write, read_bytes

FORMAT = "humanize-bilingual-review"
VERSION = 1
SUFFIX = ".humanize-bilingual"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def finding_key(f: QAFinding) -> tuple[str, str, str]:
    """What identifies a finding across re-checks, for ignoring it."""
    return (f.unit, f.kind, f.message.text)


@dataclass
class BilingualReview:
    file: BilingualFile
    glossary: Glossary | None = None
    reviews: dict[int, Review] = field(default_factory=dict)  # units with a suggestion
    edited: dict[int, str] = field(default_factory=dict)  # units edited without a suggestion
    ignored: set[tuple[str, str, str]] = field(default_factory=set)
    findings: dict[int, list[QAFinding]] = field(default_factory=dict)
    file_findings: list[QAFinding] = field(default_factory=list)
    created: float = field(default_factory=time.time)

    def __post_init__(self) -> None:
        f = self.file
        self._ctx = qachecks.Context(f.source_language, f.target_language, rules_for(f.source_language),
                                     rules_for(f.target_language), self.glossary)
        self._index = {u.id: u.index for u in f.units}
        for unit in f.units:
            self.recheck(unit.index)
        self.refresh_file_findings()

    # ------------------------------------------------------------------ texts
    def target(self, index: int) -> str:
        """The unit's target as it stands now (decisions and edits applied)."""
        if index in self.reviews:
            return self.reviews[index].text("draft")
        return self.edited.get(index, self.file.units[index].target_text)

    def suggestion(self, index: int) -> str | None:
        review = self.reviews.get(index)
        return review.text("suggestion") if review is not None and review.changes else None

    def changes(self, index: int) -> list[Change]:
        review = self.reviews.get(index)
        return list(review.changes) if review is not None else []

    def current_unit(self, index: int) -> Unit:
        unit = self.file.units[index]
        return replace(unit, target=self.target(index))

    def targets(self) -> dict[int, str]:
        """Unit index -> target, for every unit whose target differs from the file's."""
        return {u.index: self.target(u.index) for u in self.file.units if self.target(u.index) != u.target_text}

    # ------------------------------------------------------------------ changing
    def set_suggestion(self, index: int, polished: str) -> None:
        """Show ``polished`` as the suggestion for the unit's current target."""
        self.reviews[index] = Review(self.target(index), polished)
        self.edited.pop(index, None)

    def accept(self, index: int, change_id: str) -> ReviewUpdate:
        return self._after(index, self.reviews[index].accept(change_id))

    def reject(self, index: int, change_id: str) -> ReviewUpdate:
        return self._after(index, self.reviews[index].reject(change_id))

    def accept_segment(self, index: int) -> ReviewUpdate | None:
        review = self.reviews.get(index)
        return self._after(index, review.accept_all()) if review is not None and review.changes else None

    def reject_segment(self, index: int) -> ReviewUpdate | None:
        review = self.reviews.get(index)
        return self._after(index, review.reject_all()) if review is not None and review.changes else None

    def edit_target(self, index: int, text: str) -> None:
        """The person typed a new target; a pending suggestion is re-diffed against it."""
        review = self.reviews.get(index)
        if review is not None:
            current = review.text("draft")
            if text != current:
                review.edit_text("draft", 0, len(current), text)
        else:
            self.edited[index] = text
        self.recheck(index)

    def _after(self, index: int, update: ReviewUpdate) -> ReviewUpdate:
        self.recheck(index)
        return update

    # ------------------------------------------------------------------ QA
    def recheck(self, index: int) -> list[QAFinding]:
        found = qachecks.check_unit(self.current_unit(index), self._ctx)
        self.findings[index] = found
        return found

    def refresh_file_findings(self) -> None:
        units = [self.current_unit(u.index) for u in self.file.units]
        self.file_findings = qa.inconsistencies(units)

    def visible_findings(self, index: int) -> list[QAFinding]:
        unit_id = self.file.units[index].id
        every = self.findings.get(index, []) + [f for f in self.file_findings if f.unit == unit_id]
        return [f for f in qa.one_per_defect(every) if finding_key(f) not in self.ignored]

    def ignore(self, finding: QAFinding) -> None:
        self.ignored.add(finding_key(finding))

    def report(self) -> qa.QAReport:
        findings = [f for u in self.file.units for f in self.visible_findings(u.index)]
        return qa.QAReport(self.file.source_language, self.file.target_language, len(self.file.units), findings)

    # ------------------------------------------------------------------ review file
    def to_json(self) -> dict[str, Any]:
        units: dict[str, Any] = {}
        for index in sorted(set(self.reviews) | set(self.edited)):
            uid = self.file.units[index].id
            review = self.reviews.get(index)
            if review is None:
                units[uid] = {"target": self.edited[index]}
            else:
                units[uid] = {"target": review.text("draft"), "suggestion": review.text("suggestion"),
                              "changes": [c.to_json() for c in review.changes],
                              "decisions": [d.to_json() for d in review.decisions]}
        return {"format": FORMAT, "version": VERSION, "created": self.created, "modified": time.time(),
                "file": {"path": os.path.abspath(self.file.path), "sha256": _sha256(self.file.data)},
                "units": units, "ignored": sorted(list(k) for k in self.ignored)}


class BilingualReviewError(BilingualFileError):
    """A bilingual review file cannot be used; ``str()`` is one line naming it."""


def save_review(review: BilingualReview, path: str | os.PathLike[str]) -> None:
    atomic_write(path, json.dumps(review.to_json(), ensure_ascii=False, indent=1) + "\n")


def load_review(path: str | os.PathLike[str], glossary: Glossary | None = None) -> BilingualReview:
    """A saved bilingual review with its bilingual file (which must not have changed since)."""
    name = str(path)
    try:
        data = json.loads(read_bytes(name).decode("utf-8"))
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise BilingualReviewError(name, "is not a bilingual review file")
        file_path, sha = data["file"]["path"], data["file"]["sha256"]
        units, ignored = data["units"], data.get("ignored", [])
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise BilingualReviewError(name, f"is damaged ({exc.__class__.__name__}: {exc})") from None
    file = open_bilingual(file_path)
    if _sha256(file.data) != sha:
        raise BilingualReviewError(name, f"was made for another version of {file_path}; it has changed since")
    review = BilingualReview(file, glossary, created=float(data.get("created", time.time())))
    index = {u.id: u.index for u in file.units}
    try:
        for uid, saved in units.items():
            if uid not in index:
                raise BilingualReviewError(name, f"names unit {uid!r}, which {file_path} does not have")
            i = index[uid]
            if "suggestion" in saved:
                review.reviews[i] = Review(saved["target"], saved["suggestion"],
                                           [Change.from_json(c) for c in saved["changes"]],
                                           [DecisionRecord.from_json(d) for d in saved["decisions"]])
            else:
                review.edited[i] = saved["target"]
            review.recheck(i)
        review.ignored = {tuple(k) for k in ignored}
    except (KeyError, TypeError, ValueError) as exc:
        raise BilingualReviewError(name, f"is damaged ({exc.__class__.__name__}: {exc})") from None
    review.refresh_file_findings()
    return review
