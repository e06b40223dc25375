"""A fast stand-in for the model engine in GUI tests (the real model runs in a few tests only).

``FakeEngine`` implements ``core.engine.Engine``: it finds the text to
rewrite in the prompt, swaps a few stock phrases for plainer ones and
streams the answer word by word, checking the cancel flag after each word
like the real engines. A draft number ``2024`` comes back as ``2023``, which
the guards reject, so tests can see a paragraph kept with a reason.
"""

from __future__ import annotations

import threading
import time

import regex

from humanize_desktop.core.engine.base import Engine, EngineInfo, Generation, GenerationRequest
from humanize_desktop.core.engine.errors import EngineCrashed

SWAPS = {
    "In today's fast-paced world, ": "",
    "it is important to note that ": "",
    "Furthermore, ": "Also, ",
    "delve into": "look at",
    "a plethora of": "many",
    "utilize": "use",
    "is paramount": "matters most",
    "very important": "key",
    "In conclusion, ": "",
}


def rewrite(text: str) -> str:
    out = text
    for old, new in SWAPS.items():
        out = out.replace(old, new)
    if out and out[0].islower() and text[0].isupper():
        out = out[0].upper() + out[1:]
    return out.replace("2024", "2023")


def prompt_text(request) -> tuple[str, bool]:
    """The text a request asks to rewrite, and whether it asks for an alternative wording.

    The last user message is the draft piece, after optional "[...]" context
    lines; an alternatives request quotes the part to reword last.
    """
    user = request.messages[-1]["content"]
    if "alternative" in request.messages[0]["content"]:
        part = user.rsplit('"', 2)[-2] if user.count('"') >= 2 else user
        return part, True
    lines = user.split("\n")
    while lines and lines[0].startswith("[") and lines[0].rstrip().endswith("]"):
        lines.pop(0)
    return "\n".join(lines).strip(), False


class FakeEngine(Engine):
    label = "Fake model"

    def __init__(self, delay: float = 0.0, fail_after: int | None = None) -> None:
        self.delay = delay
        self.fail_after = fail_after  # raise EngineCrashed on this many-th call
        self.calls = 0
        self.closed = False
        self.started = threading.Event()  # set when the first token is produced

    def info(self) -> EngineInfo:
        return EngineInfo("local", "Fake model", "fake-model-1", 4096)

    def generate(self, request: GenerationRequest, on_token=None, cancel=None) -> Generation:
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise EngineCrashed("The model engine stopped unexpectedly (the fake was told to).")
        source, alternative = prompt_text(request)
        if alternative:
            answer = rewrite(source).replace("the", "this", 1) + (" indeed" * (self.calls % 3))
        else:
            answer = rewrite(source)
        started = time.perf_counter()
        pieces = regex.findall(r"\S+\s*|\s+", answer)
        out = []
        for piece in pieces:
            if cancel is not None and cancel.is_set():
                return Generation("".join(out), len(out), time.perf_counter() - started, "cancelled")
            out.append(piece)
            if on_token is not None:
                on_token(piece)
            self.started.set()
            if self.delay:
                time.sleep(self.delay)
        return Generation(answer, len(pieces), max(1e-6, time.perf_counter() - started), "stop")

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)

    def score(self, text: str):
        return []

    def embed(self, texts):
        return [[float(len(t))] for t in texts]

    def close(self) -> None:
        self.closed = True
