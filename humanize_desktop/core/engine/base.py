"""The engine interface shared by the local child-process engine and remote servers.

Everything crossing it is a plain value:

- ``GenerationRequest``: chat messages plus sampling settings.
- ``Generation``: the text, tokens generated, seconds, time to first token
  and why it stopped (``"stop"``, ``"length"`` or ``"cancelled"``).
- ``TokenScore``: for one token of a scored text, the model's log-probability
  of the observed token, and the expectation and variance of the
  log-probability under the model's own distribution at that position
  (``sum p·log p`` and ``sum p·(log p)² − mean²``): exactly what perplexity
  and the Fast-DetectGPT analytic criterion need.
- ``EngineInfo``: what is loaded, and an identity (``model_id``) for caching.

``Engine.generate(request, on_token=None, cancel=None)`` streams: ``on_token``
receives each piece of text as it is produced, and ``cancel`` (a
``threading.Event``) is checked after every token, so setting it stops the
generation within one token; the result then has ``finish_reason ==
"cancelled"`` and the text so far. Errors are ``EngineError`` subclasses
(see ``errors``); an engine stays usable after any of them.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

FinishReason = Literal["stop", "length", "cancelled"]
TokenCallback = Callable[[str], None]


@dataclass(frozen=True)
class GenerationRequest:
    messages: tuple[dict[str, str], ...]  # {"role": "system"|"user"|"assistant", "content": ...}
    max_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 0.9
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    seed: int = 0  # -1: a new random seed each time
    stop: tuple[str, ...] = ()

    def to_wire(self) -> dict[str, Any]:
        return {
            "messages": [dict(m) for m in self.messages], "max_tokens": self.max_tokens,
            "temperature": self.temperature, "top_p": self.top_p, "top_k": self.top_k,
            "min_p": self.min_p, "repeat_penalty": self.repeat_penalty, "seed": self.seed,
            "stop": list(self.stop),
        }


@dataclass(frozen=True)
class Generation:
    text: str
    tokens: int
    seconds: float
    finish_reason: FinishReason
    prompt_tokens: int = 0
    first_token_seconds: float = 0.0

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class TokenScore:
    token: str
    logprob: float  # log p(observed token | prefix), natural log
    expected_logprob: float  # sum over the vocabulary of p·log p
    variance: float  # sum of p·(log p)² minus expected_logprob²


@dataclass(frozen=True)
class EngineInfo:
    backend: Literal["local", "remote"]
    model_name: str
    model_id: str  # sha256 of the file (local) or "url#model" (remote): the cache identity
    context_length: int  # the context window in use
    gpu_offload: bool = False
    notes: tuple[str, ...] = field(default=())  # e.g. "GPU offload unavailable: running on the CPU"

    def to_json(self) -> dict[str, Any]:
        return {"backend": self.backend, "name": self.model_name, "id": self.model_id,
                "context_length": self.context_length, "gpu_offload": self.gpu_offload,
                "notes": list(self.notes)}


class Engine(ABC):
    """One model, local or remote. Methods may block; call them off the GUI thread.

    Calls are serialised internally (one at a time), so a GUI may share one
    engine between its model lane and the checks.

    ``problem`` is ``""`` while the engine works, and otherwise the sentence
    of its last failure ("… stopped unexpectedly …", "Could not reach …"),
    so a status bar can say why it is unavailable without catching anything;
    the next successful call clears it.
    """

    problem: str = ""

    @abstractmethod
    def info(self) -> EngineInfo:
        """Start or contact the engine if needed and describe the model."""

    def describe(self) -> EngineInfo:
        """Describe the model without loading it where the backend can (``LocalEngine``);
        otherwise the same as ``info()``."""
        return self.info()

    @abstractmethod
    def generate(self, request: GenerationRequest, on_token: TokenCallback | None = None,
                 cancel: threading.Event | None = None) -> Generation:
        """Generate a chat reply, streaming pieces of text to ``on_token``."""

    @abstractmethod
    def count_tokens(self, text: str) -> int:
        """How many tokens ``text`` takes for this model (an estimate for remote servers)."""

    @abstractmethod
    def score(self, text: str) -> list[TokenScore]:
        """Per-token log-probabilities of ``text`` (raises ``FeatureUnavailable`` if impossible)."""

    @abstractmethod
    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One mean-pooled embedding per text (raises ``FeatureUnavailable`` if impossible)."""

    def start(self) -> None:
        """Get ready now (load the model, contact the server) instead of on first use."""
        self.info()

    def restart(self) -> None:
        """Start afresh after a crash or hang (a no-op for stateless backends)."""

    def close(self) -> None:
        """Release the engine's resources; it may be used again later."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def estimate_tokens(text: str) -> int:
    """A cautious token count without a tokenizer: about one token per 3 UTF-8 bytes.

    English averages ~4 bytes a token and CJK ~3, so this overestimates
    rather than overflowing a context window.
    """
    return max(1, len(text.encode("utf-8")) // 3)
