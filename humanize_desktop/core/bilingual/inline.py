"""Inline markup in a segment: XML inline codes, tags and placeholders.

The one owner of what counts as markup inside a unit's text, for reading,
writing, QA and polishing alike:

* ``render(raw)`` turns the inner XML of an XLIFF/TMX ``<source>``,
  ``<target>`` or ``<seg>`` into the text a person reads: entities decoded,
  inline codes (``<g id="1">``, ``<x id="2"/>``, ``<ph>…</ph>``) kept as
  their markup, and returns those codes. ``to_xml`` is the way back: the
  codes are written verbatim and everything else is escaped.
* ``tags(text, codes)`` and ``placeholders(text)`` find what QA compares
  between source and target and what ``lock`` hides from the model:
  ``{0}``, ``{name}``, ``{{var}}``, ``%s``, ``%1$d``, ``%(name)s``, ``%@``
  and markup such as ``<b>…</b>`` (also when the file stores it escaped).

The raw fragment was already accepted by translate-toolkit's XML parser, so
this is a tokenizer for well-formed content, not a parser.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache

import regex

# Elements whose content is native code (not text): one code, content and all.
_CODE_ELEMENTS = "bpt|ept|ph|it"
_RAW_RE = regex.compile(
    r"(?P<cdata><!\[CDATA\[(?P<cdata_text>.*?)\]\]>)"
    r"|(?P<comment><!--.*?-->)"
    rf"|(?P<whole><(?:[\w.-]+:)?(?P<name>{_CODE_ELEMENTS})\b[^>]*?(?<!/)>.*?</(?:[\w.-]+:)?(?P=name)\s*>)"
    r"|(?P<tag><[^>]+>)"
    r"|(?P<entity>&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][\w.-]*);)",
    regex.S,
)
#: Markup in text: an XML/HTML start, end or empty tag.
TAG_RE = regex.compile(r"</?[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?/?>")
#: Placeholders of the common formats (ICU/.NET, Jinja/Handlebars, printf, Python, Objective-C).
PLACEHOLDER_RE = regex.compile(
    r"\{\{[^{}\n]+\}\}"
    r"|\{\d+(?:,[^{}\n]*)?\}"
    r"|\{[A-Za-z_][\w.]*\}"
    r"|%(?:\d+\$|\([\w.]+\))?[-+#0]*\d*(?:\.\d+)?(?:ll|l|h)?[sdifuxXoeEgGc@]"
    r"|\$\{[\w.]+\}"
)
_TAG_NAME_RE = regex.compile(r"^</?((?:[\w.-]+:)?[\w.-]+)")
_ID_RE = regex.compile(r"""\b(?:id|i|x)\s*=\s*["']([^"']*)["']""")


@dataclass(frozen=True, slots=True)
class Markup:
    """One tag or placeholder: where it is and what it is, compared by ``key``."""

    start: int
    end: int
    text: str
    kind: str  # "tag" or "placeholder"
    key: str  # what must match between source and target


def render(raw: str) -> tuple[str, tuple[str, ...]]:
    """(text a person reads, inline codes in it) for the inner XML ``raw``."""
    out: list[str] = []
    codes: list[str] = []
    pos = 0
    for m in _RAW_RE.finditer(raw):
        out.append(raw[pos:m.start()])
        pos = m.end()
        if m["cdata"] is not None:
            out.append(m["cdata_text"])
        elif m["entity"] is not None:
            out.append(html.unescape(m["entity"]))
        else:
            out.append(m.group())
            codes.append(m.group())
    out.append(raw[pos:])
    return "".join(out), tuple(dict.fromkeys(codes))


def _split_codes(text: str, codes: tuple[str, ...]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_code) with the known codes found verbatim."""
    if not codes:
        return [(text, False)]
    pattern = regex.compile("|".join(regex.escape(c) for c in sorted(codes, key=len, reverse=True)))
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], False))
        pieces.append((m.group(), True))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces


def escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_xml(text: str, codes: tuple[str, ...]) -> str:
    """Inner XML for ``text``: the codes verbatim, the rest escaped."""
    return "".join(piece if is_code else escape_xml(piece) for piece, is_code in _split_codes(text, codes))


def _tag_key(markup: str) -> str:
    name = _TAG_NAME_RE.match(markup)
    ident = _ID_RE.search(markup)
    closing = "/" if markup.startswith("</") else ""
    empty = "/" if markup.endswith("/>") else ""
    return f"<{closing}{name[1] if name else markup}{' #' + ident[1] if ident else ''}{empty}>"


def tags(text: str, codes: tuple[str, ...] = ()) -> list[Markup]:
    """Inline codes and markup tags in ``text``, in order."""
    return list(_tags(text, codes))


@lru_cache(maxsize=8192)  # QA asks for a unit's markup from several checks
def _tags(text: str, codes: tuple[str, ...]) -> tuple[Markup, ...]:
    found: list[Markup] = []
    pos = 0
    for piece, is_code in _split_codes(text, codes):
        if is_code:
            found.append(Markup(pos, pos + len(piece), piece, "tag", _tag_key(piece)))
        else:
            for m in TAG_RE.finditer(piece):
                found.append(Markup(pos + m.start(), pos + m.end(), m.group(), "tag", _tag_key(m.group())))
        pos += len(piece)
    return tuple(found)


def placeholders(text: str, codes: tuple[str, ...] = ()) -> list[Markup]:
    """Placeholders in ``text`` outside inline codes, in order."""
    blocked = [(t.start, t.end) for t in _tags(text, codes)]
    return [Markup(m.start(), m.end(), m.group(), "placeholder", m.group())
            for m in PLACEHOLDER_RE.finditer(text)
            if not any(a <= m.start() < b for a, b in blocked)]


def markup(text: str, codes: tuple[str, ...] = ()) -> list[Markup]:
    """Tags and placeholders together, in order."""
    return sorted(tags(text, codes) + placeholders(text, codes), key=lambda m: m.start)


# ----------------------------------------------------------------------------- locking for the model

LOCK_OPEN, LOCK_CLOSE = "⟦", "⟧"
_LOCK_RE = regex.compile(rf"{LOCK_OPEN}(\d+){LOCK_CLOSE}")


def lock(text: str, codes: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """``text`` with every tag and placeholder replaced by ``⟦n⟧``, and the originals by n."""
    out: list[str] = []
    originals: list[str] = []
    pos = 0
    for m in markup(text, codes):
        out.append(text[pos:m.start])
        out.append(f"{LOCK_OPEN}{len(originals)}{LOCK_CLOSE}")
        originals.append(m.text)
        pos = m.end
    out.append(text[pos:])
    return "".join(out), originals


def lock_tokens(originals: list[str]) -> tuple[str, ...]:
    return tuple(f"{LOCK_OPEN}{i}{LOCK_CLOSE}" for i in range(len(originals)))


def unlock(text: str, originals: list[str]) -> str | None:
    """The locked ``text`` with the originals put back; None unless each lock is there exactly once."""
    found = [int(m[1]) for m in _LOCK_RE.finditer(text)]
    if sorted(found) != list(range(len(originals))):
        return None
    return _LOCK_RE.sub(lambda m: originals[int(m[1])], text)
