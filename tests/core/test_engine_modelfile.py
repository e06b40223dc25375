"""Reading GGUF headers, and refusing files that are not usable models, with a reason."""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

import pytest

from humanize_desktop.core.engine import (
    CorruptModel,
    LocalEngine,
    ModelNotFound,
    NotAModelFile,
    TruncatedModel,
    UnsupportedModel,
    inspect_model,
    model_sha256,
)
from humanize_desktop.core.engine import hashing
from humanize_desktop.core.errors import HumanizeError
from tests.core.engine_helpers import copy_prefix, write_tiny_gguf


def test_bundled_model_metadata_is_read_without_loading_weights(smollm2_path: Path) -> None:
    info = inspect_model(smollm2_path)
    assert info.name == "SmolLM2-135M-Instruct.Q4_1"
    assert info.architecture == "llama"
    assert info.parameters_label == "135M"
    assert 130_000_000 < info.parameters < 140_000_000
    assert info.quantization == "Q4_1"
    assert info.context_length == 8192
    assert info.has_chat_template and "<|im_start|>" in (info.chat_template or "")
    assert info.size == smollm2_path.stat().st_size
    assert info.license == "apache-2.0" and info.languages == ("en",)
    assert info.warnings == []


def test_models_json_has_the_contract_keys(smollm2_path: Path) -> None:
    data = inspect_model(smollm2_path).to_json()
    for key in ("name", "path", "size", "quantization", "parameters", "context_length",
                "chat_template", "default"):
        assert key in data
    assert data["chat_template"] is True and data["default"] is False


def test_a_truncated_download_is_refused_with_the_byte_counts(smollm2_path: Path, tmp_path: Path) -> None:
    size = smollm2_path.stat().st_size
    cut = copy_prefix(smollm2_path, tmp_path / "cut.gguf", size - 4096)
    with pytest.raises(TruncatedModel) as err:
        inspect_model(cut)
    message = str(err.value)
    assert str(cut) in message and "incomplete" in message
    assert f"{size - 4096:,}" in message and f"{size:,}" in message


def test_a_file_cut_inside_its_header_is_refused(smollm2_path: Path, tmp_path: Path) -> None:
    cut = copy_prefix(smollm2_path, tmp_path / "head.gguf", 100_000)
    with pytest.raises(TruncatedModel, match="ends inside its header"):
        inspect_model(cut)


def test_random_bytes_named_gguf_are_not_a_model(tmp_path: Path) -> None:
    path = tmp_path / "random.gguf"
    path.write_bytes(b"\x13\x88" + os.urandom(4096))
    with pytest.raises(NotAModelFile, match="not a GGUF model file"):
        inspect_model(path)


def test_a_text_file_named_gguf_is_called_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("These are my notes about models, not a model. Ünïcode too.\n", "utf-8")
    with pytest.raises(NotAModelFile, match="is a text file"):
        inspect_model(path)


@pytest.mark.parametrize(("content", "phrase"), [
    (b"<!DOCTYPE html><html><head><title>Sign in</title>", "web page"),
    (b"version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123\n", "Git LFS pointer"),
    (b"ggjt\x03\x00\x00\x00" + bytes(64), "old GGML model"),
    (b"PK\x03\x04" + bytes(64), "ZIP archive"),
    (struct.pack("<Q", 40) + b'{"__metadata__": {}}' + bytes(32), "safetensors"),
])
def test_common_wrong_downloads_are_named(tmp_path: Path, content: bytes, phrase: str) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(content)
    with pytest.raises(NotAModelFile, match=phrase):
        inspect_model(path)


def test_an_empty_file_and_a_missing_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.gguf"
    empty.write_bytes(b"")
    with pytest.raises(TruncatedModel, match="empty"):
        inspect_model(empty)
    with pytest.raises(ModelNotFound, match="does not exist"):
        inspect_model(tmp_path / "missing.gguf")
    with pytest.raises(NotAModelFile, match="folder"):
        inspect_model(tmp_path)


def test_nonsense_headers_are_corrupt_or_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "bad.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<I", 3) + struct.pack("<QQ", 10**12, 10**12))
    with pytest.raises(CorruptModel, match="corrupt"):
        inspect_model(path)
    path.write_bytes(b"GGUF" + struct.pack("<I", 7) + bytes(32))
    with pytest.raises(UnsupportedModel, match="GGUF version 7"):
        inspect_model(path)
    path.write_bytes(b"GGUF" + struct.pack("<I", 0xDEADBEEF) + bytes(32))
    with pytest.raises(CorruptModel):
        inspect_model(path)


def test_a_valid_header_with_a_garbled_tensor_table_is_corrupt(tmp_path: Path) -> None:
    good = write_tiny_gguf(tmp_path / "tiny.gguf")
    data = bytearray(good.read_bytes())
    # Find the first tensor's dimension count and make it absurd.
    at = data.find(b"token_embd.weight") + len(b"token_embd.weight")
    data[at:at + 4] = struct.pack("<I", 77)
    bad = tmp_path / "garbled.gguf"
    bad.write_bytes(bytes(data))
    with pytest.raises(CorruptModel, match="dimensions"):
        inspect_model(bad)


def test_every_model_problem_is_a_humanize_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.gguf"
    path.write_text("hello", "utf-8")
    with pytest.raises(HumanizeError) as err:
        inspect_model(path)
    assert str(path) in str(err.value)


def test_a_base_model_is_labelled_and_warned_about(tmp_path: Path) -> None:
    info = inspect_model(write_tiny_gguf(tmp_path / "base.gguf", chat_template=False))
    assert not info.has_chat_template
    assert info.warnings and "base model" in info.warnings[0]
    assert "warning" in info.to_json()


def test_sha256_is_computed_once_and_cached_by_size_and_mtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_tiny_gguf(tmp_path / "tiny.gguf")
    expected = hashlib.sha256(path.read_bytes()).hexdigest()
    assert inspect_model(path).cached_sha256() is None
    assert model_sha256(path) == expected
    calls = []
    real = hashing.hashlib.file_digest

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(hashing.hashlib, "file_digest", counting)
    assert model_sha256(path) == expected and calls == []
    # A changed file (new mtime) is hashed again.
    with open(path, "ab") as fh:
        fh.write(b"\0" * 32)
    os.utime(path, ns=(1, 1))
    assert model_sha256(path) != expected and calls == [1]


def test_the_engine_refuses_a_bad_file_before_starting_llama_cpp(tmp_path: Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("not a model", "utf-8")
    with pytest.raises(NotAModelFile):
        LocalEngine(path)
