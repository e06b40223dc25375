"""Reading a GGUF model file's header without loading its weights.

``inspect_model(path)`` returns a ``ModelInfo``: name, architecture, parameter
count, quantization, context length, chat template, licence, languages and
size. It walks the header itself (with the ``gguf`` package's type tables)
instead of using ``gguf.GGUFReader``, which builds Python objects for every
vocabulary entry and takes seconds per model; this takes milliseconds.

The walk also validates the file, so that llama.cpp never opens something
that would crash it: a file that is not GGUF (text, a saved web page, a Git
LFS pointer, an old GGML model, random bytes) raises ``NotAModelFile``; one
that ends before the tensor data its header describes raises
``TruncatedModel``; nonsense counts or tensor types raise ``CorruptModel``.

``ModelInfo.sha256()`` hashes the file once (see ``hashing``).
"""

from __future__ import annotations

import mmap
import os
import struct
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import gguf

from humanize_desktop.core.engine.errors import (
    CorruptModel,
    ModelNotFound,
    NotAModelFile,
    TruncatedModel,
    UnsupportedModel,
)
from humanize_desktop.core.engine.hashing import cached_sha256, model_sha256

_SUPPORTED_VERSIONS = (2, 3)
# Sanity limits: real models stay far below them, random data rarely does.
_MAX_KV = 100_000
_MAX_TENSORS = 1_000_000
_MAX_STRING = 64 * 1024 * 1024
_MAX_ARRAY = 50_000_000
_MAX_DIMS = 4
#: String arrays up to this length are kept (``general.languages``); vocabularies are skipped.
_KEEP_ARRAY = 256

_T = gguf.GGUFValueType
_SCALARS: dict[int, struct.Struct] = {
    _T.UINT8: struct.Struct("<B"), _T.INT8: struct.Struct("<b"),
    _T.UINT16: struct.Struct("<H"), _T.INT16: struct.Struct("<h"),
    _T.UINT32: struct.Struct("<I"), _T.INT32: struct.Struct("<i"),
    _T.FLOAT32: struct.Struct("<f"), _T.BOOL: struct.Struct("<?"),
    _T.UINT64: struct.Struct("<Q"), _T.INT64: struct.Struct("<q"),
    _T.FLOAT64: struct.Struct("<d"),
}
_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")

BASE_MODEL_WARNING = ("has no chat template: it looks like a base model, not an instruct model, "
                      "so its rewrites will be unreliable")


@dataclass(frozen=True)
class ModelInfo:
    """What the app knows about one model file, from its header alone."""

    path: Path
    name: str  # the file name without .gguf: what people type after --model
    size: int  # bytes on disk
    title: str = ""  # general.name from the header, when present
    architecture: str = ""
    parameters: int = 0  # total weights, counted from the tensor shapes
    parameters_label: str = ""  # "135M", "1.5B"
    quantization: str = ""  # "Q4_K_M", "Q8_0", "F16"...
    context_length: int = 0  # what the model was trained for
    chat_template: str | None = None
    license: str = ""
    languages: tuple[str, ...] = ()
    vocab_size: int = 0
    # Filled in by discovery:
    source: str = "path"  # chosen | user | repo | bundled | path
    is_default: bool = False
    problem: str | None = None  # set when the file cannot be used (discovery lists it anyway)

    @property
    def usable(self) -> bool:
        return self.problem is None

    @property
    def has_chat_template(self) -> bool:
        return bool(self.chat_template)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def warnings(self) -> list[str]:
        if self.usable and not self.has_chat_template:
            return [f"{self.file_name} {BASE_MODEL_WARNING}."]
        return []

    def sha256(self) -> str:
        """The file's SHA-256 (computed once, then cached by size and mtime)."""
        return model_sha256(self.path)

    def cached_sha256(self) -> str | None:
        """The SHA-256 if it was computed before; never reads the whole file."""
        return cached_sha256(self.path)

    def with_discovery(self, source: str, is_default: bool = False) -> ModelInfo:
        return replace(self, source=source, is_default=is_default)

    def to_json(self) -> dict[str, Any]:
        """The ``models --json`` contract."""
        data: dict[str, Any] = {
            "name": self.name,
            "path": str(self.path),
            "size": self.size,
            "quantization": self.quantization,
            "parameters": self.parameters,
            "parameters_label": self.parameters_label,
            "context_length": self.context_length,
            "chat_template": self.has_chat_template,
            "default": self.is_default,
            "architecture": self.architecture,
            "title": self.title,
            "license": self.license,
            "languages": list(self.languages),
            "source": self.source,
            "sha256": self.cached_sha256(),
        }
        if self.warnings:
            data["warning"] = self.warnings[0]
        if self.problem:
            data["problem"] = self.problem
        return data

    @classmethod
    def broken(cls, path: Path, problem: str, source: str = "path") -> ModelInfo:
        size = path.stat().st_size if path.exists() else 0
        return cls(path=path, name=model_name(path), size=size, source=source, problem=problem)


def model_name(path: Path) -> str:
    name = path.name
    return name[:-5] if name.lower().endswith(".gguf") else name


# --------------------------------------------------------------------------- header walk

class _Truncated(Exception):
    pass


class _Corrupt(Exception):
    pass


class _Walker:
    """Sequential reads from the mapped file that fail cleanly at its end."""

    def __init__(self, buf: mmap.mmap | bytes, size: int) -> None:
        self.buf = buf
        self.size = size
        self.pos = 0

    def take(self, n: int) -> int:
        start = self.pos
        if n < 0 or start + n > self.size:
            raise _Truncated
        self.pos = start + n
        return start

    def unpack(self, st: struct.Struct) -> Any:
        return st.unpack_from(self.buf, self.take(st.size))[0]

    def u32(self) -> int:
        return self.unpack(_U32)

    def u64(self) -> int:
        return self.unpack(_U64)

    def string(self, keep: bool = True) -> str:
        n = self.u64()
        if n > _MAX_STRING:
            raise _Corrupt(f"a text field claims to be {n:,} bytes long")
        start = self.take(n)
        if not keep:
            return ""
        return bytes(self.buf[start:start + n]).decode("utf-8", errors="replace")

    def value(self, vtype: int, keep: bool = True) -> Any:
        if vtype == _T.STRING:
            return self.string(keep)
        if vtype == _T.ARRAY:
            item_type = self.u32()
            count = self.u64()
            if count > _MAX_ARRAY:
                raise _Corrupt(f"a list claims to hold {count:,} items")
            st = _SCALARS.get(item_type)
            if st is not None:  # fixed-size items: skip in one step
                start = self.take(st.size * count)
                if keep and count <= _KEEP_ARRAY:
                    return [st.unpack_from(self.buf, start + i * st.size)[0] for i in range(count)]
                return None
            keep_items = keep and count <= _KEEP_ARRAY
            items = [self.value(item_type, keep_items) for _ in range(count)]
            return items if keep_items else None
        st = _SCALARS.get(vtype)
        if st is None:
            raise _Corrupt(f"a metadata value has the unknown type {vtype}")
        return self.unpack(st)


def _sniff(path: Path, head: bytes) -> str:
    """Why a file without the GGUF magic is not a model, in words."""
    where = f"{path}"
    if head.startswith(b"version https://git-lfs"):
        return (f"{where} is a Git LFS pointer, not the model itself: download the real file "
                "(or run `git lfs pull`) and try again.")
    if head[:4] in (b"ggml", b"ggmf", b"ggjt", b"lmgg", b"fmgg", b"tjgg"):
        return (f"{where} is an old GGML model; llama.cpp now needs GGUF files. "
                "Download a .gguf version of this model.")
    if head.startswith(b"PK\x03\x04"):
        return f"{where} is a ZIP archive (perhaps a PyTorch checkpoint), not a GGUF model."
    if len(head) >= 10 and head[8:10] == b'{"':
        return (f"{where} is a safetensors file, not GGUF; convert it with llama.cpp's "
                "convert_hf_to_gguf.py or download a .gguf version.")
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head")):
        return (f"{where} is a web page (HTML), not a model: the download probably saved "
                "an error or sign-in page. Download the .gguf file again.")
    if head and b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = exc.start > len(head) - 4  # only a cut multi-byte character at the end
        else:
            text = True
        if text:
            return f"{where} is a text file, not a GGUF model."
    return f"{where} is not a GGUF model file (GGUF files start with the bytes \"GGUF\")."


def _format_count(n: int) -> str:
    if n >= 1_000_000_000:
        return f"{n / 1e9:.1f}B".replace(".0B", "B")
    if n >= 1_000_000:
        return f"{n / 1e6:.0f}M"
    if n >= 1000:
        return f"{n / 1e3:.0f}K"
    return str(n)


def _quant_name(file_type: Any, tensor_types: Counter[int]) -> str:
    if isinstance(file_type, int):
        try:
            name = gguf.LlamaFileType(file_type).name
        except ValueError:
            name = ""
        for prefix in ("MOSTLY_", "ALL_"):
            if name.startswith(prefix):
                return name[len(prefix):]
        if name:
            return name
    if tensor_types:
        qtype = tensor_types.most_common(1)[0][0]
        try:
            return gguf.GGMLQuantizationType(qtype).name
        except ValueError:
            pass
    return "unknown"


def inspect_model(path: str | os.PathLike[str]) -> ModelInfo:
    """Validate a GGUF file and read its metadata; raises a ``ModelProblem`` subclass."""
    p = Path(path).expanduser()
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ModelNotFound(p, f"The model file {p} does not exist.") from None
    except OSError as exc:
        raise ModelNotFound(p, f"The model file {p} cannot be read ({exc.strerror}).") from None
    if p.is_dir():
        raise NotAModelFile(p, f"{p} is a folder, not a GGUF model file.")
    size = st.st_size
    if size == 0:
        raise TruncatedModel(p, f"The model file {p} is empty (0 bytes): the download or copy failed.")
    try:
        with open(p, "rb") as fh:
            head = fh.read(512)
            if head[:4] != b"GGUF":
                raise NotAModelFile(p, _sniff(p, head))
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return _walk(p, buf, size)
    except PermissionError:
        raise ModelNotFound(p, f"The model file {p} cannot be read (permission denied).") from None


def _walk(p: Path, buf: mmap.mmap, size: int) -> ModelInfo:
    w = _Walker(buf, size)
    meta: dict[str, Any] = {}
    tensor_types: Counter[int] = Counter()
    try:
        w.take(4)
        version = w.u32()
        if version not in _SUPPORTED_VERSIONS:
            if 0 < version < 100:
                raise UnsupportedModel(p, f"{p} is GGUF version {version}, which this version of "
                                          "Humanize Desktop cannot read.")
            raise _Corrupt(f"its version number ({version}) is nonsense")
        n_tensors, n_kv = w.u64(), w.u64()
        if n_tensors > _MAX_TENSORS or n_kv > _MAX_KV:
            raise _Corrupt(f"it claims {n_tensors:,} tensors and {n_kv:,} metadata entries")
        for _ in range(n_kv):
            key = w.string()
            vtype = w.u32()
            keep = not key.startswith("tokenizer.ggml.") or key in (
                "tokenizer.ggml.model", "tokenizer.ggml.pre")
            value = w.value(vtype, keep)
            if value is not None:
                meta[key] = value
        alignment = meta.get("general.alignment", gguf.GGUF_DEFAULT_ALIGNMENT)
        if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
            raise _Corrupt(f"its data alignment ({alignment}) is not a power of two")
        data_end = 0
        parameters = 0
        vocab_size = 0
        for _ in range(n_tensors):
            name = w.string()
            n_dims = w.u32()
            if not 1 <= n_dims <= _MAX_DIMS:
                raise _Corrupt(f"tensor {name!r} claims {n_dims} dimensions")
            dims = [w.u64() for _ in range(n_dims)]
            qtype = w.u32()
            offset = w.u64()
            try:
                block, type_size = gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType(qtype)]
            except (ValueError, KeyError):
                raise UnsupportedModel(p, f"{p} uses a tensor type ({qtype}) that this version of "
                                          "Humanize Desktop does not know; it may need a newer llama.cpp.") from None
            n = 1
            for d in dims:
                n *= d
            if n % block:
                raise _Corrupt(f"tensor {name!r} has a shape that does not fit its type")
            parameters += n
            if n_dims >= 2:
                tensor_types[qtype] += 1
            if name == "token_embd.weight" and n_dims >= 2:
                vocab_size = dims[1]
            data_end = max(data_end, offset + n // block * type_size)
        data_start = -(-w.pos // alignment) * alignment
    except _Truncated:
        raise TruncatedModel(p, f"The model file {p} is incomplete: it ends inside its header "
                                f"({size:,} bytes). The download or copy probably stopped early.") from None
    except _Corrupt as exc:
        raise CorruptModel(p, f"The model file {p} is corrupt: {exc}.") from None
    if n_tensors == 0:
        raise UnsupportedModel(p, f"{p} holds only a tokenizer vocabulary, no model weights.")
    needed = data_start + data_end
    if size < needed:
        raise TruncatedModel(p, f"The model file {p} is incomplete: it has {size:,} of the "
                                f"{needed:,} bytes its header describes. The download or copy "
                                "probably stopped early; get the file again.")
    architecture = str(meta.get("general.architecture", ""))
    if architecture in ("clip", "mmproj"):
        raise UnsupportedModel(p, f"{p} is a vision projector for multimodal models, not a language model.")
    context = meta.get(f"{architecture}.context_length", 0)
    template = meta.get("tokenizer.chat_template")
    languages = meta.get("general.languages") or ()
    label = meta.get("general.size_label")
    return ModelInfo(
        path=p.resolve(),
        name=model_name(p),
        size=size,
        title=str(meta.get("general.name", "")),
        architecture=architecture,
        parameters=parameters,
        parameters_label=str(label) if isinstance(label, str) and label else _format_count(parameters),
        quantization=_quant_name(meta.get("general.file_type"), tensor_types),
        context_length=int(context) if isinstance(context, int) else 0,
        chat_template=template if isinstance(template, str) and template.strip() else None,
        license=str(meta.get("general.license", "")),
        languages=tuple(str(x) for x in languages if isinstance(x, str)),
        vocab_size=int(meta.get(f"{architecture}.vocab_size", vocab_size) or vocab_size),
    )


__all__ = [
    "BASE_MODEL_WARNING", "ModelInfo", "cached_sha256", "inspect_model", "model_name", "model_sha256",
]
