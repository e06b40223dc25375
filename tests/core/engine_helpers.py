"""Small real GGUF files for engine tests, written with the ``gguf`` package.

They have valid headers and tensor data, so ``inspect_model`` accepts them,
but too few tensors for llama.cpp to run: good for discovery and validation
tests that must not load the real model.
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

CHAT_TEMPLATE = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}{% endfor %}<|assistant|>"


def write_tiny_gguf(path: Path, *, name: str = "Tiny Test", chat_template: bool = True,
                    context_length: int = 2048) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(path), arch="llama")
    writer.add_name(name)
    writer.add_context_length(context_length)
    if chat_template:
        writer.add_chat_template(CHAT_TEMPLATE)
    writer.add_tensor("token_embd.weight", np.zeros((16, 8), dtype=np.float32))
    writer.add_tensor("output_norm.weight", np.ones((8,), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def copy_prefix(source: Path, target: Path, length: int) -> Path:
    """The first ``length`` bytes of ``source``: an interrupted download."""
    with open(source, "rb") as src, open(target, "wb") as dst:
        remaining = length
        while remaining > 0:
            chunk = src.read(min(1 << 20, remaining))
            if not chunk:
                break
            dst.write(chunk)
            remaining -= len(chunk)
    return target
