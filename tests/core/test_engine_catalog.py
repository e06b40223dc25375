"""The catalog of recommended models: valid, honest about hashes, and used for verification."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from humanize_desktop.core.engine import (
    CatalogProblem,
    ModelNotFound,
    find_catalog_model,
    inspect_model,
    load_catalog,
    verify_model,
)
from tests.core.engine_helpers import write_tiny_gguf

ENTRY = """
[[model]]
id = "tiny"
name = "Tiny"
file = "tiny.gguf"
url = "https://huggingface.co/someone/Tiny-GGUF/resolve/main/tiny.gguf"
size = 928
size_exact = true
sha256 = "{sha}"
license = "apache-2.0"
languages = ["en"]
parameters = "136"
min_ram_gb = 1
"""


def write_catalog(path: Path, sha: str = "", extra: str = "") -> Path:
    path.write_text("schema = 1\n" + ENTRY.format(sha=sha) + extra, "utf-8")
    return path


def test_the_shipped_catalog_is_valid_and_covers_small_to_large_multilingual_models() -> None:
    entries = load_catalog()
    ids = {e.id for e in entries}
    for wanted in ("qwen2.5-0.5b-instruct", "qwen2.5-1.5b-instruct", "qwen2.5-3b-instruct",
                   "qwen2.5-7b-instruct", "llama-3.2-1b-instruct", "llama-3.2-3b-instruct",
                   "gemma-2-2b-it", "mistral-7b-instruct-v0.3"):
        assert wanted in ids
    for e in entries:
        assert e.url.startswith("https://huggingface.co/") and e.url.endswith("/" + e.file)
        assert re.fullmatch(r"(?:[0-9a-f]{64})?", e.sha256)
        assert e.min_ram_gb >= 1 and e.size > 100_000_000
        if e.sha256:
            # A digest only means something for the exact file: the URL must pin a revision.
            assert "/resolve/main/" not in e.url
    assert sum(1 for e in entries if len(e.languages) >= 5) >= 3


def test_malformed_catalogs_are_refused_with_the_entry_named(tmp_path: Path) -> None:
    path = tmp_path / "catalog.toml"
    write_catalog(path, sha="not-a-hash")
    with pytest.raises(CatalogProblem, match="entry 1: sha256"):
        load_catalog(path)
    path.write_text("schema = 1\n" + ENTRY.format(sha="").replace("huggingface.co", "example.com"), "utf-8")
    with pytest.raises(CatalogProblem, match="huggingface.co"):
        load_catalog(path)
    path.write_text("schema = 1\n" + ENTRY.format(sha="").replace('license = "apache-2.0"\n', ""), "utf-8")
    with pytest.raises(CatalogProblem, match="no 'license'"):
        load_catalog(path)
    path.write_text("schema = 1\n[[model]\n", "utf-8")
    with pytest.raises(CatalogProblem, match="cannot be read"):
        load_catalog(path)
    with pytest.raises(CatalogProblem, match="missing"):
        load_catalog(tmp_path / "nope.toml")


def test_verification_says_ok_mismatch_unavailable_or_unknown(tmp_path: Path) -> None:
    model = inspect_model(write_tiny_gguf(tmp_path / "tiny.gguf"))
    real = hashlib.sha256(model.path.read_bytes()).hexdigest()
    assert verify_model(model, load_catalog(write_catalog(tmp_path / "a.toml", real))) == "ok"
    assert verify_model(model, load_catalog(write_catalog(tmp_path / "b.toml", "0" * 64))) == "mismatch"
    # No published digest: never claimed to match.
    assert verify_model(model, load_catalog(write_catalog(tmp_path / "c.toml", ""))) == "unavailable"
    other = inspect_model(write_tiny_gguf(tmp_path / "other.gguf"))
    assert verify_model(other, load_catalog(write_catalog(tmp_path / "d.toml", real))) == "unknown"


def test_a_catalog_model_is_found_by_id_name_or_file_and_a_miss_names_close_ones() -> None:
    entries = load_catalog()
    for asked in ("qwen2.5-3b-instruct", "Qwen2.5 3B Instruct (Q4_K_M)", "QWEN2.5-3B-INSTRUCT-Q4_K_M.GGUF",
                  "Qwen2.5-3B-Instruct-Q4_K_M", "  qwen2.5-3b  "):
        assert find_catalog_model(asked, entries).id == "qwen2.5-3b-instruct", asked
    with pytest.raises(ModelNotFound, match=r"^'llama-3\.2' could be any of llama-3\.2-1b-instruct, "
                                            r"llama-3\.2-3b-instruct; give the whole id\.$"):
        find_catalog_model("llama-3.2", entries)
    with pytest.raises(ModelNotFound, match=r"Close matches: gemma-2-2b-it\.$"):
        find_catalog_model("gema 2b", entries)
    with pytest.raises(ModelNotFound, match=r"The catalog has: qwen2\.5-0\.5b-instruct, .*mistral-7b-instruct-v0\.3\.$"):
        find_catalog_model("phi-4", entries)
