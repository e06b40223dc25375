"""Turning a review's decisions into store entries: one owner for the window and ``review`` alike.

``decision_entries(records, explanations, language, style)`` makes a
``DecisionEntry`` of every ``review.DecisionRecord``, with the change's
source, rule and reason from the humanizer's explanations (a review file
keeps them per change). ``review_context(doc, default_style)`` says which
language and style a review's decisions were made in: the style the review
was humanized with (its settings) and the draft's detected language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from humanize_desktop.core.checks import language
from humanize_desktop.core.learning.store import DecisionEntry


def language_of(text: str) -> str:
    """The base language code of ``text`` ("" when it cannot be told)."""
    code = language.detect_document(text).code
    return "" if code == language.UNDETERMINED else language.base(code)


def review_context(doc: Any, default_style: str) -> tuple[str, str]:
    """(language, style) of a ``reviewfile.ReviewDocument``'s decisions."""
    style = doc.settings.get("style") if isinstance(doc.settings, Mapping) else None
    return language_of(doc.original_draft or doc.review.draft), str(style or default_style)


def decision_entries(records: Iterable[Any], explanations: Mapping[str, Any], language_code: str,
                     style: str) -> list[DecisionEntry]:
    return [DecisionEntry.from_record(r, explanations.get(r.change.id), language_code, style) for r in records]
