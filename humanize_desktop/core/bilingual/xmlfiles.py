"""XLIFF 1.2, XLIFF 2.0 and TMX: read through translate-toolkit, written by splicing.

translate-toolkit parses the file (and rejects what is not well-formed);
its units give ids, notes, languages, states and each unit element's line.
To write a target back without the library re-serialising the whole file,
the unit's element is found again in the original text from that line, and
only the inner text of its ``<target>`` (XLIFF) or target ``<seg>`` (TMX)
and its state attribute are replaced; a missing target is inserted after
the source, indented like it.

The search for tags inside one unit is a scan of text the XML parser has
already accepted; comments and ``<alt-trans>`` proposals are blanked out
first so their ``<target>`` is never taken for the unit's own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import regex

from humanize_desktop.core.bilingual import inline
from humanize_desktop.core.bilingual.units import (
    FINAL, NEEDS_REVIEW, NEW, TMX, TRANSLATED, XLIFF1, XLIFF2, BilingualFile, BilingualFileError, Unit,
)

log = logging.getLogger(__name__)

_UNIT_ELEMENT = {XLIFF1: "trans-unit", XLIFF2: "segment", TMX: "tu"}
_P = r"(?:[\w.-]+:)?"  # a namespace prefix
_BLANK_RE = regex.compile(rf"<!--.*?-->|<{_P}alt-trans\b.*?</{_P}alt-trans\s*>|<{_P}alt-trans\b[^>]*/>", regex.S)
_ATTR_RE = r"""\s{name}\s*=\s*(["'])(.*?)\1"""
_XLIFF1_STATES = {"new": NEW, "needs-translation": NEW, "needs-adaptation": NEW, "needs-l10n": NEW,
                  "needs-review-translation": NEEDS_REVIEW, "needs-review-adaptation": NEEDS_REVIEW,
                  "needs-review-l10n": NEEDS_REVIEW, "translated": TRANSLATED, "signed-off": FINAL,
                  "final": FINAL}
_XLIFF2_STATES = {"initial": NEW, "translated": TRANSLATED, "reviewed": FINAL, "final": FINAL}
#: How ``--state`` is written: XLIFF 1.2 state, XLIFF 2.0 (state, subState).
_WRITE_XLIFF1 = {NEEDS_REVIEW: "needs-review-translation", TRANSLATED: "translated"}
_WRITE_XLIFF2 = {NEEDS_REVIEW: ("translated", "humanize:needs-review"), TRANSLATED: ("translated", None)}
_SUBSTATE_REVIEW = "humanize:needs-review"


@dataclass(frozen=True)
class Element:
    """An element's place in the text: start tag, inner content, end (all absolute offsets)."""

    start: int
    tag_end: int  # end of the start tag
    inner_end: int  # start of the end tag (== tag_end for an empty element)
    end: int

    @property
    def empty(self) -> bool:
        return self.tag_end == self.end


@dataclass(frozen=True)
class Slot:
    """Where one unit lives in the text, for writing its target back."""

    unit: Element
    source: Element
    target: Element | None  # the <target> or target <seg>
    target_tuv: Element | None = None  # TMX: the target language's <tuv>
    source_tuv: Element | None = None


def _find_element(text: str, masked: str, name: str, start: int, end: int) -> Element | None:
    """The first ``<name>`` element in ``masked[start:end]``."""
    m = regex.compile(rf"<{_P}{name}\b[^>]*?(/?)>").search(masked, start, end)
    if m is None:
        return None
    if m[1]:
        return Element(m.start(), m.end(), m.end(), m.end())
    close = regex.compile(rf"</{_P}{name}\s*>").search(masked, m.end(), end)
    if close is None:
        raise ValueError(f"no </{name}>")
    return Element(m.start(), m.end(), close.start(), close.end())


def _attr(tag: str, name: str) -> str | None:
    m = regex.search(_ATTR_RE.format(name=regex.escape(name)), tag)
    return m[2] if m else None


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in regex.finditer(r"\r\n|\r|\n", text))
    return starts


def locate_units(text: str, fmt: str, lines: list[int]) -> list[Element]:
    """Each unit element, from the line its start tag is on (``sourceline``, 1-based)."""
    name = _UNIT_ELEMENT[fmt]
    masked = _BLANK_RE.sub(lambda m: " " * len(m.group()), text)
    starts = _line_starts(text)
    start_re = regex.compile(rf"<{_P}{name}\b")
    end_re = regex.compile(rf"</{_P}{name}\s*>")
    found: list[Element] = []
    seen_on_line: dict[int, int] = {}
    for line in lines:
        k = seen_on_line.get(line, 0)
        seen_on_line[line] = k + 1
        pos = starts[line - 1]
        m = None
        for _ in range(k + 1):
            m = start_re.search(masked, pos)
            if m is None:
                raise ValueError(f"unit on line {line} not found")
            pos = m.end()
        tag_end = masked.index(">", m.end()) + 1
        close = end_re.search(masked, tag_end)
        if close is None:
            raise ValueError(f"unit on line {line} has no end")
        found.append(Element(m.start(), tag_end, close.start(), close.end()))
    return found


# ----------------------------------------------------------------------------- reading

def _ns_local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _tmx_lang(element) -> str:
    for key, value in element.attrib.items():
        if _ns_local(key) == "lang":
            return value
    return ""


def _same_language(a: str, b: str) -> bool:
    return a.replace("_", "-").lower() == b.replace("_", "-").lower() or \
        a.replace("_", "-").split("-")[0].lower() == b.replace("_", "-").split("-")[0].lower()


def read(path: str, fmt: str, store, text: str) -> tuple[list[Unit], list[Slot], str, str]:
    """Units, slots and (source, target) languages of a parsed XML store."""
    source_language = store.getsourcelanguage() or ""
    target_language = store.gettargetlanguage() or ""
    tt_units = [u for u in store.units if not (hasattr(u, "isheader") and u.isheader())]
    if fmt == TMX and not target_language:
        target_language = _tmx_target_language(tt_units, source_language)
    masked = _BLANK_RE.sub(lambda m: " " * len(m.group()), text)
    try:
        elements = locate_units(text, fmt, [u.xmlelement.sourceline for u in tt_units])
    except ValueError as exc:
        log.warning("%s units not found in the text: %s", fmt, exc)
        raise BilingualFileError(path, f"the units cannot be found in the file's text ({exc}), "
                                       "so it could not be written back safely") from None
    units: list[Unit] = []
    slots: list[Slot] = []
    for index, (tt, el) in enumerate(zip(tt_units, elements)):
        try:
            slot = _slot(text, masked, fmt, el, source_language, target_language)
        except ValueError as exc:
            raise BilingualFileError(path, f"unit {tt.getid()!r}: {exc}") from None
        source, source_codes = inline.render(text[slot.source.tag_end:slot.source.inner_end])
        target = codes = None
        if slot.target is not None:
            target, codes = inline.render(text[slot.target.tag_end:slot.target.inner_end])
        state, raw_state = _state(fmt, text, el, slot, target)
        unit_id = _unit_id(fmt, tt, text, el, index)
        units.append(Unit(index, unit_id, source, target, state, raw_state, tt.getnotes() or "",
                          _max_width(fmt, text, el), tuple(dict.fromkeys(source_codes + (codes or ())))))
        slots.append(slot)
    return units, slots, source_language, target_language


def _tmx_target_language(tt_units, source_language: str) -> str:
    for u in tt_units:
        for tuv in u.xmlelement:
            lang = _tmx_lang(tuv)
            if lang and not _same_language(lang, source_language):
                return lang
    return ""


def _slot(text: str, masked: str, fmt: str, el: Element, source_language: str, target_language: str) -> Slot:
    if fmt == TMX:
        tuvs: list[Element] = []
        pos = el.tag_end
        while (tuv := _find_element(text, masked, "tuv", pos, el.inner_end)) is not None:
            tuvs.append(tuv)
            pos = tuv.end
        langs = [_attr(text[t.start:t.tag_end], "xml:lang") or _attr(text[t.start:t.tag_end], "lang") or ""
                 for t in tuvs]
        src = next((t for t, lang in zip(tuvs, langs) if _same_language(lang, source_language)), None)
        tgt = next((t for t, lang in zip(tuvs, langs) if target_language and _same_language(lang, target_language)),
                   None)
        if src is None:
            raise ValueError(f"no <tuv> in the source language {source_language!r}")
        seg = _find_element(text, masked, "seg", src.tag_end, src.inner_end)
        tseg = _find_element(text, masked, "seg", tgt.tag_end, tgt.inner_end) if tgt else None
        if seg is None:
            raise ValueError("a <tuv> without <seg>")
        return Slot(el, seg, tseg, tgt, src)
    source = _find_element(text, masked, "source", el.tag_end, el.inner_end)
    if source is None:
        raise ValueError("no <source>")
    target = _find_element(text, masked, "target", source.end, el.inner_end)
    return Slot(el, source, target)


def _state(fmt: str, text: str, el: Element, slot: Slot, target: str | None) -> tuple[str, str]:
    has_target = bool(target and target.strip())
    if fmt == XLIFF1:
        raw = _attr(text[slot.target.start:slot.target.tag_end], "state") if slot.target else None
        if raw:
            return _XLIFF1_STATES.get(raw, TRANSLATED if has_target else NEW), raw
    elif fmt == XLIFF2:
        tag = text[el.start:el.tag_end]
        raw = _attr(tag, "state")
        if _attr(tag, "subState") == _SUBSTATE_REVIEW:
            return NEEDS_REVIEW, raw or ""
        if raw:
            return _XLIFF2_STATES.get(raw, NEW), raw
    return (TRANSLATED if has_target else NEW), ""


def _unit_id(fmt: str, tt, text: str, el: Element, index: int) -> str:
    tag = text[el.start:el.tag_end]
    if fmt == XLIFF1:
        return _attr(tag, "id") or str(index + 1)
    if fmt == XLIFF2:
        # One id per <unit>; a unit of several segments numbers them (by their own id where given).
        parent = tt.xmlelement.getparent()
        unit_id = (parent.get("id") if parent is not None else None) or str(index + 1)
        segments = [c for c in parent if _ns_local(c.tag) == "segment"] if parent is not None else []
        if len(segments) < 2:
            return unit_id
        return f"{unit_id}#{_attr(tag, 'id') or segments.index(tt.xmlelement) + 1}"
    return _attr(tag, "tuid") or str(index + 1)


def _max_width(fmt: str, text: str, el: Element) -> int | None:
    if fmt != XLIFF1:
        return None
    tag = text[el.start:el.tag_end]
    width = _attr(tag, "maxwidth")
    # The default size-unit is pixel, but tools writing a bare maxwidth mean characters.
    if width and width.isdigit() and (_attr(tag, "size-unit") or "char") == "char":
        return int(width)
    return None


# ----------------------------------------------------------------------------- writing

def _set_attr(tag: str, name: str, value: str | None) -> str:
    """``tag`` (a start tag) with attribute ``name`` set to ``value`` (None: removed)."""
    pattern = regex.compile(_ATTR_RE.format(name=regex.escape(name)))
    m = pattern.search(tag)
    if value is None:
        return tag[:m.start()] + tag[m.end():] if m else tag
    if m:
        return tag[:m.start(2)] + inline.escape_xml(value).replace('"', "&quot;") + tag[m.end(2):]
    close = len(tag) - (2 if tag.endswith("/>") else 1)
    return f'{tag[:close].rstrip()} {name}="{value}"{tag[close:]}'


def _indent_before(text: str, pos: int) -> str:
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    lead = text[line_start:pos]
    newline = "\r\n" if "\r\n" in text[:pos] else "\n"
    return newline + lead if not lead.strip() else ""


def splice(file: BilingualFile, targets: dict[int, str], state: str) -> str:
    """The file's text with the given units' targets (by index) and states replaced."""
    text = file.text
    edits: list[tuple[int, int, str]] = []
    for index, new in targets.items():
        unit, slot = file.units[index], file.slots[index]
        inner = inline.to_xml(new, unit.codes)
        target = slot.target
        if file.format == TMX:
            if target is None:
                lang = file.target_language
                at = slot.source_tuv.end
                edits.append((at, at, f'{_indent_before(text, slot.source_tuv.start)}<tuv xml:lang="{lang}">'
                                      f"<seg>{inner}</seg></tuv>"))
            else:
                edits.append(_inner_edit(text, target, inner, "seg"))
            continue
        if target is None:
            at = slot.source.end
            tag = "<target>" if file.format == XLIFF2 else f'<target state="{_WRITE_XLIFF1[state]}">'
            edits.append((at, at, f"{_indent_before(text, slot.source.start)}{tag}{inner}</target>"))
        else:
            tag = text[target.start:target.tag_end]
            if file.format == XLIFF1:
                tag = _set_attr(tag, "state", _WRITE_XLIFF1[state])
            edits.append(_inner_edit(text, target, inner, "target", tag))
        if file.format == XLIFF2:
            value, sub = _WRITE_XLIFF2[state]
            tag = _set_attr(_set_attr(text[slot.unit.start:slot.unit.tag_end], "state", value), "subState", sub)
            edits.append((slot.unit.start, slot.unit.tag_end, tag))
    return _apply(text, edits)


def _inner_edit(text: str, element: Element, inner: str, name: str, tag: str | None = None) -> tuple[int, int, str]:
    """Replace an element's content; an empty ``<name/>`` becomes ``<name>…</name>``."""
    if element.empty:
        head = (tag or text[element.start:element.tag_end])
        head = head[:-2].rstrip() + ">"
        return element.start, element.end, f"{head}{inner}</{name}>"
    return element.start, element.inner_end, (tag or text[element.start:element.tag_end]) + inner


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping edits back to front so earlier offsets stay valid."""
    out = text
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + replacement + out[end:]
    return out
