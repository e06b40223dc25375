"""Where a text quotes someone, holds code or an address, or starts a sentence.

The fairness checks make suggestions about the writer's own words only.
Quoted words are someone else's, code and web or e-mail addresses are a
machine's: ``Protected(text)`` knows where they are, so no inclusive or
register finding is made inside them, and no number or date there is
judged either. ``quotations`` also tells the locale check which marks each
quotation uses („…“, “…”, « … », »…«, "…").

Names are left alone too: in languages that capitalise only names (not
German), a capitalised word that does not start a sentence is a name
("Manpower Group", "Chairman Mao"); ``starts_sentence`` tells them apart.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from humanize_desktop.core import markdown, segmentation, urls

#: A quotation: an opening mark, up to 400 characters on one line, the closing mark.
#: „ opens German quotations (closed by “, or wrongly by ”); “ opens English ones.
_QUOTE_RE = regex.compile(
    r"„[^„“”\n]{1,400}?[“”]"
    r"|“[^“”„\n]{1,400}?”"
    r"|«[^«»\n]{1,400}?»"
    r"|»[^»«\n]{1,400}?«"
    r"|\"[^\"\n]{1,400}?\"",
)
_CODE_HINT_RE = regex.compile(r"`|~~~|^(?: {4}|\t)", regex.M)
_LETTER_RE = regex.compile(r"[\p{L}\p{N}]")


@dataclass(frozen=True, slots=True)
class Quotation:
    start: int
    end: int  # the closing mark included
    text: str  # the whole quotation, marks included

    @property
    def marks(self) -> str:
        """The opening and closing mark, e.g. ``„“``."""
        return self.text[0] + self.text[-1]

    @property
    def inner(self) -> str:
        return self.text[1:-1]


def quotations(text: str) -> list[Quotation]:
    """The quotations in ``text``, outermost first, in order (nested ones are inside their outer one)."""
    found = [Quotation(m.start(), m.end(), m.group()) for m in _QUOTE_RE.finditer(text)]
    # A quotation nested in another (« il a dit “oui” ») is found by searching the outer one's inside.
    nested = []
    for q in found:
        for m in _QUOTE_RE.finditer(text, q.start + 1, q.end - 1):
            nested.append(Quotation(m.start(), m.end(), m.group()))
    return sorted(found + nested, key=lambda q: (q.start, -q.end))


class Protected:
    """The spans of one text that the fairness checks leave alone."""

    def __init__(self, text: str) -> None:
        machine = [m.span() for m in urls.URL_RE.finditer(text)]
        machine += [m.span() for m in urls.EMAIL_RE.finditer(text)]
        if _CODE_HINT_RE.search(text):  # parsing Markdown costs more than this test
            machine += [(s.start, s.end) for s in markdown.structure_spans(text)
                        if s.kind in (markdown.CODE, markdown.CODE_BLOCK)]
        self.machine = _Spans(machine)  # code and addresses: not even their quotation marks are prose
        self.all = _Spans(machine + [(q.start, q.end) for q in quotations(text)])

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a quotation, code or an address."""
        return self.all.overlaps(start, end)


class _Spans:
    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._starts = [a for a, _ in self.spans]
        self._longest = max((b - a for a, b in self.spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return any(a < end and start < b for a, b in self.spans[lo:hi])


class SentenceStarts:
    """Where the sentences of one text start (their first letter or digit)."""

    def __init__(self, text: str) -> None:
        starts = []
        for a, b in segmentation.sentences(text):
            m = _LETTER_RE.search(text, a, b)
            if m is not None:
                starts.append(m.start())
        self._starts = set(starts)

    def __contains__(self, pos: int) -> bool:
        return pos in self._starts


def looks_like_name(text: str, start: int, sentence_starts: SentenceStarts) -> bool:
    """A capitalised word that does not start a sentence (in languages that capitalise only names)."""
    return text[start:start + 1].isupper() and start not in sentence_starts
