"""SHA-256 of model files, computed once and remembered by size and modification time.

The digests live in ``model-sha256.json`` under ``paths.dirs().cache``; a file
whose size or mtime changed is hashed again. They identify a model in the
rewrite cache and check downloads against the catalog.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from humanize_desktop import paths
from humanize_desktop.core.engine.errors import ModelNotFound
from humanize_desktop.core.textio import atomic_write


def _hash_cache_file() -> Path:
    return paths.dirs().cache / "model-sha256.json"


def _read_hash_cache() -> dict[str, Any]:
    try:
        data = json.loads(_hash_cache_file().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _cache_key(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return str(path.resolve()), st.st_size, st.st_mtime_ns


def cached_sha256(path: str | os.PathLike[str]) -> str | None:
    """The cached digest if the file has not changed since it was hashed, else None."""
    try:
        key, size, mtime = _cache_key(Path(path))
    except OSError:
        return None
    entry = _read_hash_cache().get(key)
    if isinstance(entry, dict) and entry.get("size") == size and entry.get("mtime_ns") == mtime:
        digest = entry.get("sha256")
        return digest if isinstance(digest, str) else None
    return None


def model_sha256(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a model file, hashed once and cached by size and modification time."""
    p = Path(path)
    hit = cached_sha256(p)
    if hit:
        return hit
    try:
        key, size, mtime = _cache_key(p)
        with open(p, "rb") as fh:
            digest = hashlib.file_digest(fh, "sha256").hexdigest()
    except FileNotFoundError:
        raise ModelNotFound(p, f"The model file {p} does not exist.") from None
    except OSError as exc:
        raise ModelNotFound(p, f"The model file {p} cannot be read ({exc.strerror}).") from None
    cache = _read_hash_cache()
    cache[key] = {"size": size, "mtime_ns": mtime, "sha256": digest}
    try:
        atomic_write(_hash_cache_file(), json.dumps(cache, indent=1, sort_keys=True))
    except OSError:
        pass  # a read-only cache only costs a re-hash next time
    return digest
