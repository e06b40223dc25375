"""Sharing a house style: export learned preferences to a file, import them from one.

An export holds suppressed rules, protected terms and own rules: what a team
agrees on, without the documents. Example pairs hold document text, so they
go along only when asked (``with_examples``). The decisions themselves never
leave the store. The file is UTF-8 JSON::

    {"format": "humanize-learned-export", "version": 1,
     "preferences": [{"id", "kind", "language", "style", "rule", "before", "after", "decisions"}, ...]}

Importing adds the file's preferences to the store's ``imported`` list (one
already there, by id, is replaced); a switched-off preference is exported
too, since it is the person's choice which to use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.learning.derive import KINDS, Preference
from humanize_desktop.core.learning.store import PreferenceStore
from humanize_desktop.core.textio import FileProblem, atomic_write, read_bytes

FORMAT = "humanize-learned-export"
VERSION = 1
_FIELDS = ("id", "kind", "language", "style", "rule", "before", "after", "decisions")


class ShareFileError(HumanizeError):
    pass


def export_data(preferences: Iterable[Preference], with_examples: bool = False) -> dict[str, Any]:
    chosen = [p for p in preferences if p.kind != "example" or with_examples]
    # A suggested term the person never confirmed is not a house rule yet.
    chosen = [p for p in chosen if p.kind != "protected-term" or p.confirmed]
    return {"format": FORMAT, "version": VERSION, "preferences": [p.to_share() for p in chosen]}


def export_file(path: str | Path, preferences: Iterable[Preference], with_examples: bool = False) -> int:
    data = export_data(preferences, with_examples)
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return len(data["preferences"])


def read_file(path: str | Path) -> list[dict[str, Any]]:
    """The preferences in an export file; ``ShareFileError`` with a plain message when it is not one."""
    try:
        data = json.loads(read_bytes(path).decode("utf-8"))
    except FileProblem as exc:
        raise ShareFileError(str(exc)) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ShareFileError(f"{path}: not an export of learned preferences ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("preferences"), list):
        raise ShareFileError(f"{path}: not an export of learned preferences")
    if data.get("version") != VERSION:
        raise ShareFileError(f"{path}: export version {data.get('version')!r} is not one this version reads")
    out = []
    for item in data["preferences"]:
        if not isinstance(item, dict) or item.get("kind") not in KINDS or not isinstance(item.get("id"), str):
            raise ShareFileError(f"{path}: a preference without a known kind and id")
        out.append({k: item.get(k) for k in _FIELDS})
    return out


def import_into(store: PreferenceStore, items: list[dict[str, Any]]) -> int:
    """Add ``items`` (from ``read_file``) to the store; how many there were."""
    ids = {i["id"] for i in items}
    store.imported = [i for i in store.imported if i.get("id") not in ids] + items
    for item in items:
        if item["kind"] == "protected-term":
            store.confirmed.add(item["id"])  # exported only once confirmed
    return len(items)
