"""Remembering rewrites, so re-humanizing an edited document regenerates only what changed.

A result is stored under a key made from everything that decides it: the
model's identity (its file's SHA-256, or server URL and model name), the
prompt file's version and text, the style's instructions, the strength,
custom instructions, protected terms, sampling settings and seed, the piece
of draft text, and the context it was given. Change any of them and the key
changes. Outcomes are stored with their status (``rewritten``, ``unchanged``
or ``kept`` with the reason), so a piece the model failed on is not retried
on every run; cancelled or crashed work is never stored.

The store is one SQLite file, ``rewrites.sqlite3`` in ``paths.dirs().cache``,
safe to share between the editor and the command line. It keeps the
``MAX_ENTRIES`` most recently used results. If the cache cannot be opened
(read-only disk, corrupt file), rewriting simply runs without it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humanize_desktop import paths
from humanize_desktop.core.humanizer.explain import Origin

MAX_ENTRIES = 50_000
CACHE_FORMAT = 2


@dataclass(frozen=True)
class CachedRewrite:
    status: str  # rewritten | unchanged | kept
    text: str
    reason: str
    origins: tuple[Origin, ...] = ()  # where each edit came from, in the piece's positions

    def origins_json(self) -> str:
        return json.dumps([o.to_json() for o in self.origins], ensure_ascii=False)

    @classmethod
    def from_row(cls, status: str, text: str, reason: str, origins: str | None) -> CachedRewrite:
        try:
            found = tuple(Origin.from_json(o) for o in json.loads(origins or "[]"))
        except (ValueError, KeyError, TypeError):
            found = ()
        return cls(status, text, reason, found)


def cache_key(**parts: Any) -> str:
    """A stable digest of the keyword arguments (JSON, sorted keys)."""
    blob = json.dumps({"format": CACHE_FORMAT, **parts}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class RewriteCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.dirs().cache / "rewrites.sqlite3"
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._broken = False
        self.problem = ""

    def _db(self) -> sqlite3.Connection | None:
        if self._conn is not None or self._broken:
            return self._conn
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False)
            conn.execute("CREATE TABLE IF NOT EXISTS rewrites (key TEXT PRIMARY KEY, status TEXT, "
                         "text TEXT, reason TEXT, used REAL)")
            # Format 2 keeps where each edit came from; a format 1 file gains the column.
            columns = {row[1] for row in conn.execute("PRAGMA table_info(rewrites)")}
            if "origins" not in columns:
                conn.execute("ALTER TABLE rewrites ADD COLUMN origins TEXT")
            conn.commit()
        except (sqlite3.Error, OSError) as exc:
            self._broken = True
            self.problem = f"the rewrite cache {self.path} cannot be used ({exc}); rewriting without it"
            return None
        self._conn = conn
        return conn

    def get(self, key: str) -> CachedRewrite | None:
        with self._lock:
            db = self._db()
            if db is None:
                return None
            try:
                row = db.execute("SELECT status, text, reason, origins FROM rewrites WHERE key = ?",
                                 (key,)).fetchone()
                if row is not None:
                    db.execute("UPDATE rewrites SET used = ? WHERE key = ?", (time.time(), key))
                    db.commit()
            except sqlite3.Error:
                return None
        return CachedRewrite.from_row(*row) if row is not None else None

    def put(self, key: str, value: CachedRewrite) -> None:
        with self._lock:
            db = self._db()
            if db is None:
                return
            try:
                db.execute("INSERT OR REPLACE INTO rewrites (key, status, text, reason, used, origins) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           (key, value.status, value.text, value.reason, time.time(), value.origins_json()))
                db.commit()
            except sqlite3.Error:
                pass

    def prune(self, keep: int = MAX_ENTRIES) -> None:
        with self._lock:
            db = self._db()
            if db is None:
                return
            try:
                db.execute("DELETE FROM rewrites WHERE key NOT IN "
                           "(SELECT key FROM rewrites ORDER BY used DESC LIMIT ?)", (keep,))
                db.commit()
            except sqlite3.Error:
                pass

    def __len__(self) -> int:
        with self._lock:
            db = self._db()
            if db is None:
                return 0
            return int(db.execute("SELECT COUNT(*) FROM rewrites").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
