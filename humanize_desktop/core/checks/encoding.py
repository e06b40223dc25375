"""Mojibake: text that was decoded with the wrong encoding, and its repair.

Pasted AI output often carries ``â€”`` for ``—`` or ``CafÃ©`` for ``Café``:
UTF-8 bytes read as Windows-1252 somewhere along the way. ftfy's
``fix_encoding`` undoes exactly that (it leaves curly quotes, ligatures and
everything else alone); each stretch it would change becomes one finding
whose replacement is the repaired text.
"""

from __future__ import annotations

import regex

from humanize_desktop.core import messages
from humanize_desktop.core.checks.findings import ENCODING, Finding

messages.register({"encoding.mojibake": "'{bad}' looks like garbled text (mojibake: text decoded with the wrong "
                                       "encoding); it probably should read '{good}'."})

ENGINE = "ftfy"
# Pieces of nearly all UTF-8-read-as-cp1252 mojibake; text without any is
# skipped without calling ftfy.
_MARKERS = ("Ã", "Â", "â€", "Å", "Ð", "Ñ", "Ä", "\u0080", "\u0090", "\u009d", "ðŸ", "Ã¢")


def has_mojibake_markers(text: str) -> bool:
    return any(m in text for m in _MARKERS)


def repaired(text: str) -> str:
    """``text`` with mojibake undone (unchanged when there is none)."""
    if not has_mojibake_markers(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


_CHUNK_RE = regex.compile(r"[^ \t\n]+")


def find(text: str) -> list[Finding]:
    """One finding per garbled word (space-separated chunk), offering its repair.

    Chunks are repaired one by one, so each finding's span is exact; ftfy
    judges even a single word reliably because mojibake sequences are so
    unlike real text.
    """
    if not has_mojibake_markers(text):
        return []
    findings: list[Finding] = []
    for m in _CHUNK_RE.finditer(text):
        bad = m.group()
        good = repaired(bad)
        if good != bad:
            findings.append(Finding.said(m.start(), m.end(), ENCODING,
                                         messages.make("encoding.mojibake", bad=bad, good=good),
                                         (good,), ENGINE, "ftfy:fix_encoding"))
    return findings
