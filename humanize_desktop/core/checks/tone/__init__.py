"""Tone: formality, sentiment and a one-word label per paragraph and for the whole text.

Computed locally from per-language lexicons (``resources/tone/``, see
``lexicon``) by ``cues.measure``. ``DocumentChecker`` puts ``tone_scores`` of a
text in ``scores.tone``; ``flips`` sets a draft's paragraphs beside what
the rewrite made of them and says where the tone flipped (a warm apology
that became curt).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from humanize_desktop.core.checks import language as lang_mod
from humanize_desktop.core.checks.tone.lexicon import Lexicon, ToneDataError, languages, lexicon_for
from humanize_desktop.core.checks.tone.cues import (
    CURT, FORMAL, LABELS, NEGATIVE, NEUTRAL, WARM, Tone, ToneCounts, measure,
)


def paragraph_counts(text: str, language: str) -> ToneCounts | None:
    """The tone cues of one paragraph, or None where the language has no lexicon."""
    lex = lexicon_for(language) if language and language != lang_mod.UNDETERMINED else None
    return measure(text, lex) if lex is not None else None


def tone_scores(paragraphs: Sequence[ToneCounts | None]) -> dict[str, Any]:
    """``scores.tone``: the whole text's tone and each measured paragraph's (``index`` into ``paragraphs``).

    Paragraphs without words or without a lexicon are left out of the list;
    with none measured, the numbers and label are None.
    """
    total = ToneCounts()
    listed = []
    for i, counts in enumerate(paragraphs):
        if counts is None or not counts.words:
            continue
        total += counts
        listed.append({"index": i, **Tone.of(counts).to_json()})
    if not listed:
        return {"formality": None, "sentiment": None, "label": None, "paragraphs": []}
    return {**Tone.of(total).to_json(), "paragraphs": listed}


def text_tone(text: str, language: str = "auto") -> dict[str, Any]:
    """``tone_scores`` of a whole text, its paragraphs' languages detected (``language="auto"``) or given."""
    forced = None if language in ("", "auto") else lang_mod.base(language)
    doc = lang_mod.detect_document(text, forced)
    return tone_scores([paragraph_counts(text[p.start:p.end], p.code) for p in doc.paragraphs])


__all__ = ["CURT", "FORMAL", "LABELS", "NEGATIVE", "NEUTRAL", "WARM", "Lexicon", "Tone", "ToneCounts",
           "ToneDataError", "languages", "lexicon_for", "measure", "paragraph_counts", "text_tone", "tone_scores"]
