"""What the humanizer must never touch: code, links, addresses, quotations, protected terms.

``protected_spans`` gathers them for one text: Markdown code spans and
blocks and the markup around links, emphasis, headings and lists (from
``core.markdown``), web and e-mail addresses (``core.urls``), quotations in
quotation marks (the pattern of ``checks.facts``, which owns it), every
case-insensitive whole-word occurrence of a protected term, and any spans
the caller adds. A quotation is someone's words: rewording it misquotes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from humanize_desktop.core import markdown, urls
from humanize_desktop.core.checks import facts

_MARKUP = (markdown.CODE, markdown.CODE_BLOCK, markdown.LINK, markdown.EMPHASIS, markdown.HEADING,
           markdown.LIST, markdown.QUOTE, markdown.RULE)


def protected_spans(text: str, language: str, terms: Iterable[str] = (),
                    extra: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sorted, merged spans of ``text`` that no plan item may overlap."""
    spans = [(s.start, s.end) for s in markdown.structure_spans(text) if s.kind in _MARKUP]
    for pattern in (urls.URL_RE, urls.EMAIL_RE, facts.lexicon(language).patterns["quotation"]):
        spans.extend(m.span() for m in pattern.finditer(text))
    for term in terms:
        term = term.strip()
        if term:
            pattern = rf"(?<![\p{{L}}\p{{N}}]){regex.escape(term)}(?![\p{{L}}\p{{N}}])"
            spans.extend(m.span() for m in regex.finditer(pattern, text, regex.IGNORECASE | regex.V1))
    spans.extend((int(s), int(e)) for s, e in extra)
    merged: list[tuple[int, int]] = []
    for s, e in sorted(sp for sp in spans if sp[1] > sp[0]):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


class Guard:
    """Answers "does this span touch protected text?" for one text."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return i > 0 and self.spans[i - 1][1] > start if end > start else self.contains(start)

    def contains(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]
