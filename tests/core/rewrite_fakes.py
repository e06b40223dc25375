"""A scripted stand-in for a model engine, for fast tests of the rewriting pipeline.

It implements the real ``Engine`` interface; what it "generates" is decided
by a function of the request, and every request is recorded so tests can
check what the model was asked. The real model runs in tests/integration.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from types import SimpleNamespace

from humanize_desktop.core.engine.base import (
    Engine,
    EngineInfo,
    Generation,
    GenerationRequest,
    TokenCallback,
    TokenScore,
)

Reply = Callable[[GenerationRequest], "str | tuple[str, str]"]


def draft_of(request: GenerationRequest) -> str:
    """The text the pipeline asked to rewrite: the last message, after its bracketed context lines."""
    user = request.messages[-1]["content"]
    return user.split("]\n\n", 1)[-1] if user.startswith("[") else user


def polish(text: str) -> str:
    """A plausible light rewrite: swap stock phrases for plain ones."""
    for old, new in (("It is important to note that ", ""), ("utilize", "use"), ("commence", "start"),
                     ("in order to", "to"), ("a plethora of", "many"), ("Furthermore", "Also")):
        text = text.replace(old, new)
    return text[:1].upper() + text[1:]


class FakeEngine(Engine):
    def __init__(self, reply: Reply | None = None, context_length: int = 4096,
                 model_id: str = "f" * 64, parameters: int = 0) -> None:
        self.reply = reply or (lambda req: polish(draft_of(req)))
        # Like LocalEngine.model: the pipeline reads the model's size from it (0: unknown, like a server).
        self.model = SimpleNamespace(parameters=parameters) if parameters else None
        self.requests: list[GenerationRequest] = []
        self.context_length = context_length
        self.model_id = model_id
        self.lock = threading.Lock()

    def info(self) -> EngineInfo:
        return EngineInfo(backend="local", model_name="fake", model_id=self.model_id,
                          context_length=self.context_length)

    def generate(self, request: GenerationRequest, on_token: TokenCallback | None = None,
                 cancel: threading.Event | None = None) -> Generation:
        with self.lock:
            self.requests.append(request)
        answer = self.reply(request)
        text, finish = (answer, "stop") if isinstance(answer, str) else answer
        out: list[str] = []
        for i, word in enumerate(text.split(" ")):
            if cancel is not None and cancel.is_set():
                return Generation(" ".join(out), len(out), 0.01, "cancelled")
            piece = word if i == 0 else " " + word
            out.append(word)
            if on_token is not None:
                on_token(piece)
        return Generation(text, max(1, len(out)), 0.01, finish, prompt_tokens=50, first_token_seconds=0.001)

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)

    def score(self, text: str) -> list[TokenScore]:
        return [TokenScore(w, -1.0, -1.5, 1.0) for w in text.split()]

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [[float(len(t)), 1.0] for t in texts]
