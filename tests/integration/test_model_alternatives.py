"""Other wordings from the real bundled SmolLM2 model: only clean wordings are offered."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from humanize_desktop.config import ModelSettings
from humanize_desktop.core.engine import LocalEngine
from humanize_desktop.core.rewriting.document import alternatives
from humanize_desktop.core.rewriting.options import RewriteOptions

pytestmark = pytest.mark.model

PARAGRAPH = "Moreover, revenue has grown by 8% in Q3 2023. Our team of 14 people shipped three releases.\n"
CHATTER_RE = regex.compile(r"alternative|option|rewording|rewrit|here is|here's|original|[\"“”«»]", regex.I)


class Recording:
    """The real engine, keeping what it answered (to see that there was chatter to clean)."""

    def __init__(self, engine: LocalEngine) -> None:
        self.engine = engine
        self.answers: list[str] = []

    def generate(self, request, on_token=None, cancel=None):
        generation = self.engine.generate(request, on_token=on_token, cancel=cancel)
        self.answers.append(generation.text)
        return generation

    def __getattr__(self, name: str):
        return getattr(self.engine, name)


def test_the_model_s_chatter_never_reaches_the_document(smollm2_path: Path) -> None:
    engine = Recording(LocalEngine(smollm2_path, ModelSettings(context_size=1024)))
    try:
        offered: list[tuple[str, str]] = []
        for part, seed in (("has grown", 0), ("Our team of 14 people shipped three releases.", 0)):
            start = PARAGRAPH.index(part)
            for text in alternatives(PARAGRAPH, start, start + len(part), RewriteOptions(seed=seed), engine, n=3):
                offered.append((part, text))
    finally:
        engine.engine.close()
    # The model did wrap its answers in labels, quotes and commentary ...
    assert sum(bool(CHATTER_RE.search(a)) for a in engine.answers) >= len(engine.answers) // 2
    # ... and none of it is offered: each wording, put in place, leaves one clean paragraph.
    for part, text in offered:
        assert not CHATTER_RE.search(text), text
        assert text.strip() and text.strip() != part
        start = PARAGRAPH.index(part)
        result = PARAGRAPH[:start] + text + PARAGRAPH[start + len(part):]
        assert result.count("8%") == 1 and result.count("Q3 2023") == 1 and result.count("14") == 1, result
        assert "revenue revenue" not in result.casefold() and result.count("Moreover") == 1, result
        assert len(text.split()) <= 2.5 * len(part.split()) + 3, result
