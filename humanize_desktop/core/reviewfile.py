"""``.humanize`` review files: a review saved so that nothing is lost.

A review file is UTF-8 JSON::

    {
      "format": "humanize-review",
      "version": 1,
      "created": 1767225600.0, "modified": 1767229200.0,   # Unix times
      "source_path": "/home/me/essay.md" | null,
      "settings": {...},            # rewrite settings used (style, strength, ...)
      "model": {...},               # model identity (name, file, sha256, ...)
      "original": {"draft": "...", "suggestion": "..."},
      "draft": "...", "suggestion": "...",           # the texts now
      "changes": [Change.to_json(), ...],             # still pending; a humanized change also
                                                      # has "source", "rule", "reason" and
                                                      # "reason_message" (optional, still version 1)
      "decisions": [DecisionRecord.to_json(), ...],   # in the order made
      "ignored": [["rule id or kind", "words"], ...]  # findings the person ignored (optional)
    }

Loading checks everything (format name, version, types, and that every
pending change matches both texts) and raises ``ReviewFileError`` with a
plain message. Saving is atomic and refuses to replace a file that is not a
review file, so a mistyped path can never destroy someone's document.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humanize_desktop.core.diffing import Change
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.humanizer.explain import Explanation
from humanize_desktop.core.review import DecisionRecord, Review
from humanize_desktop.core.textio import FileProblem, atomic_write, read_bytes

FORMAT = "humanize-review"
VERSION = 1
SUFFIX = ".humanize"
#: Refuse to parse anything bigger; far above any real review.
MAX_BYTES = 512 * 1024 * 1024


class ReviewFileError(HumanizeError):
    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass
class ReviewDocument:
    """A review plus what it came from; the unit that is saved and loaded."""

    review: Review
    original_draft: str
    original_suggestion: str
    source_path: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    model: dict[str, Any] = field(default_factory=dict)
    created: float = field(default_factory=time.time)
    modified: float = field(default_factory=time.time)
    #: Findings the person chose to ignore: (rule id, or kind when none; the words it was about).
    ignored: set[tuple[str, str]] = field(default_factory=set)
    #: Change id -> where the change came from and why (humanized suggestions only).
    explanations: dict[str, Explanation] = field(default_factory=dict)

    def change_json(self, change: Change) -> dict[str, Any]:
        """A pending change as saved: its JSON plus its explanation, when it has one."""
        data = change.to_json()
        explanation = self.explanations.get(change.id)
        if explanation is not None:
            data.update(explanation.to_file())
        return data

    def to_json(self) -> dict[str, Any]:
        r = self.review
        return {
            "format": FORMAT,
            "version": VERSION,
            "created": self.created,
            "modified": self.modified,
            "source_path": self.source_path,
            "settings": self.settings,
            "model": self.model,
            "original": {"draft": self.original_draft, "suggestion": self.original_suggestion},
            "draft": r.draft,
            "suggestion": r.suggestion,
            "changes": [self.change_json(c) for c in r.changes],
            "decisions": [d.to_json() for d in r.decisions],
            "ignored": sorted([rule, text] for rule, text in self.ignored),
        }


def new_document(draft: str, suggestion: str, *, source_path: str | None = None,
                 settings: dict[str, Any] | None = None,
                 model: dict[str, Any] | None = None) -> ReviewDocument:
    """A fresh review of ``draft`` against ``suggestion`` with every change pending."""
    return ReviewDocument(Review(draft, suggestion), draft, suggestion, source_path,
                          dict(settings or {}), dict(model or {}))


def _is_review_json(data: bytes) -> bool:
    try:
        obj = json.loads(data)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return False
    return isinstance(obj, dict) and obj.get("format") == FORMAT


def save(path: str | os.PathLike[str], doc: ReviewDocument) -> Path:
    """Write ``doc`` atomically to ``path``.

    An existing file is replaced only if it is itself a review file.
    """
    p = Path(path)
    if p.is_dir():
        raise ReviewFileError(p, "is a folder, not a file")
    if p.exists():
        try:
            with p.open("rb") as fh:
                head = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise ReviewFileError(p, f"cannot be checked before saving ({exc.strerror})") from None
        if head.strip() and not _is_review_json(head):
            raise ReviewFileError(p, "exists and is not a Humanize review file; refusing to overwrite it")
    doc.modified = time.time()
    payload = json.dumps(doc.to_json(), ensure_ascii=False, indent=1)
    try:
        return atomic_write(p, payload)
    except OSError as exc:
        raise ReviewFileError(p, f"could not be saved ({exc.strerror or exc})") from None


def _require(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str = "") -> Any:
    if key not in obj:
        raise ValueError(f"missing {where}{key!r}")
    value = obj[key]
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool) and kind in (int, float)):
        raise ValueError(f"{where}{key!r} has the wrong type")
    return value


def loads(data: bytes, name: str = "<review>") -> ReviewDocument:
    """Parse review-file bytes; raises ReviewFileError."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ReviewFileError(name, "is not a Humanize review file (it is not UTF-8 text)") from None
    except (ValueError, RecursionError):
        raise ReviewFileError(name, "is not a Humanize review file, or it is damaged (invalid JSON)") from None
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise ReviewFileError(name, "is not a Humanize review file")
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ReviewFileError(name, "is damaged: its format version is missing")
    if version > VERSION:
        raise ReviewFileError(name, f"was written by a newer Humanize Desktop (format version {version}; "
                                    f"this one reads up to {VERSION}); update the app to open it")
    if version < 1:
        raise ReviewFileError(name, f"has an unknown format version {version}")
    try:
        draft = _require(obj, "draft", str)
        suggestion = _require(obj, "suggestion", str)
        original = _require(obj, "original", dict)
        original_draft = _require(original, "draft", str, "original ")
        original_suggestion = _require(original, "suggestion", str, "original ")
        raw_changes = _require(obj, "changes", list)
        changes = [Change.from_json(c) for c in raw_changes]
        explanations = {c.id: e for c, e in ((c, Explanation.from_file(raw)) for c, raw in zip(changes, raw_changes))
                        if e is not None}
        decisions = [DecisionRecord.from_json(d) for d in _require(obj, "decisions", list)]
        settings = obj.get("settings") or {}
        model = obj.get("model") or {}
        source = obj.get("source_path")
        if not isinstance(settings, dict) or not isinstance(model, dict):
            raise ValueError("settings and model must be objects")
        if source is not None and not isinstance(source, str):
            raise ValueError("source_path must be a string")
        ignored = obj.get("ignored") or []
        if not isinstance(ignored, list) or not all(
                isinstance(i, list) and len(i) == 2 and all(isinstance(x, str) for x in i) for i in ignored):
            raise ValueError("ignored must list [rule, words] pairs")
        created = float(_require(obj, "created", (int, float)))
        modified = float(_require(obj, "modified", (int, float)))
    except (KeyError, TypeError, ValueError) as exc:
        raise ReviewFileError(name, f"is damaged ({exc})") from None
    review = Review(draft, suggestion, changes, decisions)
    try:
        review.check_consistency()
    except ValueError:
        raise ReviewFileError(name, "is damaged: its changes do not match its texts") from None
    if len({c.id for c in changes}) != len(changes):
        raise ReviewFileError(name, "is damaged: two pending changes share an id")
    return ReviewDocument(review, original_draft, original_suggestion, source, settings, model,
                          created, modified, {(rule, text) for rule, text in ignored}, explanations)


def load(path: str | os.PathLike[str]) -> ReviewDocument:
    """Read a review file; raises ReviewFileError with a message naming the file."""
    try:
        data = read_bytes(path, MAX_BYTES)
    except FileProblem as exc:
        raise ReviewFileError(path, exc.problem) from None
    return loads(data, str(path))
