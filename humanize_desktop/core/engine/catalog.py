"""The catalog of recommended models (``models/catalog.toml``), loaded and checked.

``load_catalog()`` returns ``CatalogEntry`` records; a malformed catalog
raises ``CatalogProblem`` naming the entry and field. ``find_catalog_model``
finds the entry a person named (id, name or file name), or says which
entries come closest. ``verify_model(info)``
compares a file's SHA-256 with the catalog: ``"ok"``, ``"mismatch"``,
``"unavailable"`` (the catalog has no published digest for it) or
``"unknown"`` (the file is not in the catalog). An empty ``sha256`` in the
catalog always means "cannot verify", never a match.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from humanize_desktop import paths
from humanize_desktop.core.engine.errors import CatalogProblem, ModelNotFound
from humanize_desktop.core.engine.modelfile import ModelInfo

CATALOG_FILE = paths.REPO_MODELS_DIR / "catalog.toml"
_SHA_RE = re.compile(r"^(?:[0-9a-f]{64})?$")
Verdict = Literal["ok", "mismatch", "unavailable", "unknown"]


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    file: str
    url: str
    size: int  # bytes; rounded when size_exact is False
    size_exact: bool
    sha256: str  # "" when no published digest exists
    license: str
    languages: tuple[str, ...]
    parameters: str
    min_ram_gb: float
    notes: str = ""

    @property
    def verifiable(self) -> bool:
        return bool(self.sha256)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "file": self.file, "url": self.url,
            "size": self.size, "size_exact": self.size_exact, "sha256": self.sha256 or None,
            "license": self.license, "languages": list(self.languages),
            "parameters": self.parameters, "min_ram_gb": self.min_ram_gb, "notes": self.notes,
        }


_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "name": str, "file": str, "url": str, "size": int, "size_exact": bool,
    "sha256": str, "license": str, "languages": list, "parameters": str,
    "min_ram_gb": (int, float),
}


def _entry(raw: Any, where: str) -> CatalogEntry:
    if not isinstance(raw, dict):
        raise CatalogProblem(f"{where} is not a table.")
    for key, kind in _FIELDS.items():
        if key not in raw:
            raise CatalogProblem(f"{where} has no {key!r}.")
        value = raw[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise CatalogProblem(f"{where}: {key!r} has the wrong type.")
    sha = raw["sha256"].lower()
    if not _SHA_RE.match(sha):
        raise CatalogProblem(f"{where}: sha256 must be 64 hexadecimal digits or empty.")
    url = urlparse(raw["url"])
    if url.scheme != "https" or url.hostname != "huggingface.co":
        raise CatalogProblem(f"{where}: the download URL must be an https://huggingface.co address.")
    if not raw["file"].endswith(".gguf") or "/" in raw["file"] or not url.path.endswith("/" + raw["file"]):
        raise CatalogProblem(f"{where}: 'file' must be the .gguf file name the URL downloads.")
    if raw["size"] <= 0 or raw["min_ram_gb"] <= 0:
        raise CatalogProblem(f"{where}: size and min_ram_gb must be positive.")
    if not all(isinstance(x, str) for x in raw["languages"]):
        raise CatalogProblem(f"{where}: languages must be a list of language codes.")
    return CatalogEntry(
        id=raw["id"], name=raw["name"], file=raw["file"], url=raw["url"], size=raw["size"],
        size_exact=raw["size_exact"], sha256=sha, license=raw["license"],
        languages=tuple(raw["languages"]), parameters=raw["parameters"],
        min_ram_gb=float(raw["min_ram_gb"]), notes=str(raw.get("notes", "")),
    )


def load_catalog(path: Path | None = None) -> list[CatalogEntry]:
    """All recommended models; raises ``CatalogProblem`` if the file is malformed."""
    path = path or CATALOG_FILE
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise CatalogProblem(f"The model catalog {path} is missing.") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogProblem(f"The model catalog {path} cannot be read: {exc}.") from None
    if data.get("schema") != 1:
        raise CatalogProblem(f"The model catalog {path} has an unknown schema version.")
    models = data.get("model")
    if not isinstance(models, list):
        raise CatalogProblem(f"The model catalog {path} lists no [[model]] entries.")
    entries = [_entry(raw, f"{path.name} entry {i + 1}") for i, raw in enumerate(models)]
    seen: set[str] = set()
    for e in entries:
        if e.id in seen or e.file in seen:
            raise CatalogProblem(f"The model catalog {path} lists {e.id} twice.")
        seen.update((e.id, e.file))
    return entries


def catalog_entry_for(file_name: str, entries: list[CatalogEntry] | None = None) -> CatalogEntry | None:
    """The catalog entry for a model file name (case-insensitive), if any."""
    entries = load_catalog() if entries is None else entries
    lowered = file_name.lower()
    return next((e for e in entries if e.file.lower() == lowered), None)


def _close_matches(text: str, entries: list[CatalogEntry]) -> list[str]:
    """Ids of the entries nearest to ``text``: every word of it found in the id or name, or a near spelling."""
    words = [w for w in re.split(r"[\s_()/-]+", text) if w]
    containing = [e.id for e in entries if words and all(w in f"{e.id} {e.name}".casefold() for w in words)]
    similar = difflib.get_close_matches(text, [e.id for e in entries], n=3, cutoff=0.6)
    return list(dict.fromkeys(containing + similar))[:5]


def find_catalog_model(text: str, entries: list[CatalogEntry] | None = None) -> CatalogEntry:
    """The catalog model a person named: id, name or file name, in any case (a unique start of the id will do).

    Raises ``ModelNotFound`` whose sentence names the closest catalog ids.
    """
    entries = load_catalog() if entries is None else entries
    wanted = text.strip().casefold()
    for e in entries:
        names = (e.id, e.name, e.file, e.file.removesuffix(".gguf"))
        if wanted in (n.casefold() for n in names):
            return e
    starting = [e for e in entries if wanted and e.id.casefold().startswith(wanted)]
    if len(starting) == 1:
        return starting[0]
    if len(starting) > 1:
        raise ModelNotFound(text, f"{text.strip()!r} could be any of {', '.join(e.id for e in starting)}; "
                                  "give the whole id.")
    close = _close_matches(wanted, entries)
    if close:
        hint = f"Close matches: {', '.join(close)}."
    else:
        hint = f"The catalog has: {', '.join(e.id for e in entries)}."
    raise ModelNotFound(text, f"No model in the catalog is called {text.strip()!r}. {hint}")


def verify_model(info: ModelInfo, entries: list[CatalogEntry] | None = None) -> Verdict:
    """Check a model file against the catalog's published SHA-256 (hashes it if needed)."""
    entry = catalog_entry_for(info.file_name, entries)
    if entry is None:
        return "unknown"
    if not entry.verifiable:
        return "unavailable"
    return "ok" if info.sha256() == entry.sha256 else "mismatch"
