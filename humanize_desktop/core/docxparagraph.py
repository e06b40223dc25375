"""One Word paragraph as text, and edits to that text made inside its runs.

Word keeps a paragraph's words in runs (``w:r``), some of them inside links
(``w:hyperlink``), simple fields (``w:fldSimple``), tracked insertions
(``w:ins``), content controls and smart tags; a complex field's value sits in
the runs between its ``separate`` and ``end`` marks; tracked deletions
(``w:del``) hold words that are no longer in the text. ``paragraph_text``
reads what a person sees with tracked changes accepted.

``edit_paragraph`` turns the old text into the new one by changing only the
runs whose words changed, so links, fields, comments, bookmarks and pictures
around unchanged words stay exactly where they were, and a link whose words
were reworded keeps pointing where it pointed. It returns, as messages, what
the edit could not keep (a link or field whose words were all removed, a
field's value typed over, edits in a paragraph with tracked changes), so the
person reads it before anything is written.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from difflib import SequenceMatcher

from humanize_desktop.core import messages, segmentation

log = logging.getLogger(__name__)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML element, e.g. ``w("p")``."""
    return f"{{{W_NS}}}{tag}"


_R = w("r")
_RPR = w("rPr")
_PPR = w("pPr")
_HYPERLINK = w("hyperlink")
_FLD_SIMPLE = w("fldSimple")
_FLD_CHAR = w("fldChar")
_INSTR = w("instrText")
#: Elements whose runs are part of the text: walked into.
_WALKED = frozenset(w(t) for t in ("hyperlink", "ins", "moveTo", "fldSimple", "smartTag", "customXml",
                                    "sdt", "sdtContent", "dir", "bdo"))
#: Run children that are text (or nothing at all); a run holding only these can be rewritten.
_TEXTUAL = frozenset(w(t) for t in ("t", "tab", "cr", "noBreakHyphen", "softHyphen", "ptab",
                                     "lastRenderedPageBreak"))
#: Marks of tracked changes anywhere in a paragraph.
_TRACKED = frozenset(w(t) for t in ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange"))
#: Run children that mean a paragraph holds more than text, by what a person calls them.
_CONTENT_NAMES = {w("drawing"): "picture", w("pict"): "picture", w("object"): "picture",
                  w("footnoteReference"): "footnote", w("endnoteReference"): "footnote",
                  w("commentReference"): "comment"}

messages.register({
    "docx.link_removed": "paragraph {paragraph}: the link on “{words}” is removed, because all its words are",
    "docx.field_changed": "paragraph {paragraph}: “{words}” is a field Word fills in ({field}); "
                          "your change to it lasts only until Word updates its fields",
    "docx.field_removed": "paragraph {paragraph}: the field “{words}” ({field}) is removed, "
                          "because all its words are",
    "docx.tracked_edits": "paragraph {paragraph} has tracked changes: they are kept, but your edits there "
                          "are saved as plain text, not as tracked changes",
})


def _is_text_child(child) -> bool:
    if child.tag == w("br"):
        return child.get(w("type"), "textWrapping") == "textWrapping"
    return child.tag in _TEXTUAL


@dataclass(eq=False)
class ComplexField:
    """A ``fldChar begin … separate … end`` field; its value is the runs after ``separate``."""

    instruction: str = ""
    begin: object = None
    end: object = None
    in_value: bool = False


@dataclass(eq=False)
class Piece:
    """A run that holds some of the paragraph's text, and where that text starts."""

    run: object
    start: int
    original: str
    containers: tuple = ()  # enclosing walked elements, outermost first
    value_of: ComplexField | None = None  # the complex field whose value this is
    text: str = ""  # the run's text while edits are applied

    def __post_init__(self) -> None:
        self.text = self.original

    @property
    def end(self) -> int:
        return self.start + len(self.original)

    @property
    def in_link_or_field(self) -> bool:
        return self.value_of is not None or any(c.tag in (_HYPERLINK, _FLD_SIMPLE) for c in self.containers)


def pieces(p) -> list[Piece]:
    """The text-bearing runs of paragraph element ``p`` in reading order."""
    out: list[Piece] = []
    fields: list[ComplexField] = []
    pos = 0

    def walk(parent, containers: tuple) -> None:
        nonlocal pos
        for child in parent:
            if child.tag == _R:
                for mark in child.iter(_FLD_CHAR, _INSTR):
                    if mark.tag == _INSTR:
                        if fields and not fields[-1].in_value:
                            fields[-1].instruction += mark.text or ""
                        continue
                    kind = mark.get(w("fldCharType"))
                    if kind == "begin":
                        fields.append(ComplexField(begin=child))
                    elif kind == "separate" and fields:
                        fields[-1].in_value = True
                    elif kind == "end" and fields:
                        fields.pop().end = child
                text = child.text  # python-docx's reading: text, tabs and line breaks
                if text:
                    value_of = next((f for f in reversed(fields) if f.in_value), None) if fields else None
                    out.append(Piece(child, pos, text, containers, value_of))
                    pos += len(text)
            elif child.tag in _WALKED:
                walk(child, containers + (child,))

    walk(p, ())
    return out


def paragraph_text(p) -> str:
    """What a person reads in paragraph element ``p``, tracked insertions in and deletions out."""
    return "".join(piece.original for piece in pieces(p))


def has_tracked_changes(p) -> bool:
    return any(el.tag in _TRACKED for el in p.iter())


def extra_content(p) -> list[str]:
    """What besides plain text paragraph ``p`` holds, by name: link, field, picture, comment…"""
    found = []
    for el in p.iter():
        if el.tag == _HYPERLINK:
            found.append("link")
        elif el.tag == _FLD_SIMPLE or (el.tag == _FLD_CHAR and el.get(w("fldCharType")) == "begin"):
            found.append("field")
        elif el.tag in _CONTENT_NAMES:
            found.append(_CONTENT_NAMES[el.tag])
        elif el.tag in (w("ins"), w("del"), w("moveFrom"), w("moveTo")):
            found.append("tracked change")
    return list(dict.fromkeys(found))


def _split_mixed_runs(p) -> None:
    """Split runs that hold text and something else (a picture, a field mark) into runs of one or the other.

    Afterwards rewriting a run's text never touches anything but text.
    """
    for run in list(p.iter(_R)):
        content = [c for c in run if c.tag != _RPR]
        kinds = [_is_text_child(c) for c in content]
        if len(set(kinds)) < 2:
            continue
        rpr = run.find(_RPR)
        groups: list[list] = []
        for child, textual in zip(content, kinds):
            if groups and _is_text_child(groups[-1][0]) == textual:
                groups[-1].append(child)
            else:
                groups.append([child])
        for group in reversed(groups[1:]):
            new = run.makeelement(_R, run.attrib)
            if rpr is not None:
                new.append(copy.deepcopy(rpr))
            for child in group:
                new.append(child)  # lxml moves the element
            run.addnext(new)


def _host(overlapping: list[Piece], all_pieces: list[Piece], start: int, end: int) -> Piece | None:
    """The run that receives the new words of an edit of ``[start, end)``."""
    if start < end:
        return overlapping[0] if overlapping else None
    inside = next((pc for pc in all_pieces if pc.start < start < pc.end), None)
    if inside is not None:
        return inside
    left = next((pc for pc in reversed(all_pieces) if pc.end == start), None)
    right = next((pc for pc in all_pieces if pc.start == start), None)
    # Words typed next to a link or a field belong beside it, not in it.
    for candidate in (left, right):
        if candidate is not None and not candidate.in_link_or_field:
            return candidate
    neighbour = left or right
    if neighbour is None:
        return None
    beside = _run_beside(neighbour, after=neighbour is left)
    if beside is None:
        return neighbour
    all_pieces.append(beside)
    return beside


def _run_beside(piece: Piece, after: bool) -> Piece | None:
    """A new, empty run just outside the link or field ``piece`` is in, formatted like it."""
    if piece.value_of is not None:
        anchor = piece.value_of.end if after else piece.value_of.begin
        containers = piece.containers
    else:
        outer = next(i for i, c in enumerate(piece.containers) if c.tag in (_HYPERLINK, _FLD_SIMPLE))
        anchor, containers = piece.containers[outer], piece.containers[:outer]
    if anchor is None:
        return None
    run = piece.run.makeelement(_R, {})
    rpr = clean_copy_of_properties(piece.run.find(_RPR))
    if rpr is not None:
        for style in rpr.findall(w("rStyle")):
            rpr.remove(style)  # the "Hyperlink" look belongs to the link
        run.append(rpr)
    if after:
        anchor.addnext(run)
    else:
        anchor.addprevious(run)
    at = piece.end if after else piece.start
    return Piece(run, at, "", containers)


def _words(text: str, limit: int = 8) -> str:
    found = text.split()
    return " ".join(found[:limit]) + ("…" if len(found) > limit else "")


def _field_name(instruction: str) -> str:
    return (instruction.split() or ["field"])[0]


def edit_paragraph(p, new_text: str, number: int) -> list[messages.Message]:
    """Make paragraph element ``p`` read ``new_text``, changing only runs whose words changed.

    ``number`` (1-based) names the paragraph in the returned messages, which
    say what could not be kept as it was.
    """
    _split_mixed_runs(p)
    found = pieces(p)
    old = "".join(pc.original for pc in found)
    if old == new_text:
        return []
    if not found:
        run = p.makeelement(_R, {})
        p.append(run)
        run.text = new_text
        return []
    a, b = segmentation.atoms(old), segmentation.atoms(new_text)
    a_at, b_at = _offsets(a), _offsets(b)
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # Back to front: an edit never moves the text before it, so earlier spans stay valid.
    for tag, i1, i2, j1, j2 in reversed(ops):
        if tag == "equal":
            continue
        start, end, new = a_at[i1], a_at[i2], new_text[b_at[j1]:b_at[j2]]
        overlapping = [pc for pc in found if pc.start < end and pc.end > start]
        host = _host(overlapping, found, start, end)
        for pc in overlapping:
            lo, hi = max(start, pc.start) - pc.start, min(end, pc.end) - pc.start
            pc.text = pc.text[:lo] + (new if pc is host else "") + pc.text[hi:]
        if host is not None and host not in overlapping:
            at = start - host.start
            host.text = host.text[:at] + new + host.text[at:]
    return _write_back(p, found, number)


def _offsets(parts: list[str]) -> list[int]:
    at = [0]
    for part in parts:
        at.append(at[-1] + len(part))
    return at


def _write_back(p, found: list[Piece], number: int) -> list[messages.Message]:
    notes: list[messages.Message] = []
    changed = [pc for pc in found if pc.text != pc.original]
    if changed and has_tracked_changes(p):
        notes.append(messages.make("docx.tracked_edits", paragraph=number))
    for pc in changed:
        if pc.text:
            pc.run.text = pc.text  # python-docx's setter: w:t, w:tab and w:br from the string
        else:
            pc.run.getparent().remove(pc.run)
    notes += _drop_emptied_links_and_fields(p, found, changed, number)
    return notes


def _drop_emptied_links_and_fields(p, found: list[Piece], changed: list[Piece], number: int) -> list[messages.Message]:
    notes = []
    containers = {c: None for pc in changed for c in pc.containers if c.tag in (_HYPERLINK, _FLD_SIMPLE)}
    for container in containers:
        owned = [pc for pc in found if container in pc.containers]
        before = "".join(pc.original for pc in owned)
        after = "".join(pc.text for pc in owned)
        if after:
            if container.tag == _FLD_SIMPLE:
                notes.append(messages.make("docx.field_changed", paragraph=number, words=_words(before),
                                           field=_field_name(container.get(w("instr"), ""))))
            continue
        parent = container.getparent()
        if parent is None or any(True for _ in container.iter(_R)):
            continue  # still holds a picture or the like: it stays, on that
        parent.remove(container)
        if container.tag == _HYPERLINK:
            notes.append(messages.make("docx.link_removed", paragraph=number, words=_words(before)))
        else:
            notes.append(messages.make("docx.field_removed", paragraph=number, words=_words(before),
                                       field=_field_name(container.get(w("instr"), ""))))
    complex_fields = {pc.value_of: None for pc in changed if pc.value_of is not None}
    for fld in complex_fields:
        owned = [pc for pc in found if pc.value_of is fld]
        before = "".join(pc.original for pc in owned)
        if "".join(pc.text for pc in owned):
            notes.append(messages.make("docx.field_changed", paragraph=number, words=_words(before),
                                       field=_field_name(fld.instruction)))
            continue
        _remove_complex_field(fld)
        notes.append(messages.make("docx.field_removed", paragraph=number, words=_words(before),
                                   field=_field_name(fld.instruction)))
    return notes


def _remove_complex_field(fld: ComplexField) -> None:
    """Remove a field whose value was deleted, marks and instruction too (when they share a parent)."""
    begin, end = fld.begin, fld.end
    if begin is None or end is None or begin.getparent() is None or begin.getparent() is not end.getparent():
        log.info("a field spanning several paragraphs keeps its marks")
        return
    doomed = [begin]
    for sibling in begin.itersiblings():
        doomed.append(sibling)
        if sibling is end:
            break
    else:
        return
    parent = begin.getparent()
    for el in doomed:
        if el.tag == _R:
            parent.remove(el)


def clean_copy_of_properties(props):
    """A copy of paragraph or run properties fit for new text: no section break, no tracked marks."""
    if props is None:
        return None
    new = copy.deepcopy(props)
    for tag in ("sectPr", "pPrChange", "rPrChange", "ins", "del", "moveFrom", "moveTo"):
        for el in list(new.iter(w(tag))):
            el.getparent().remove(el)
    return new


def first_run_properties(p):
    """The formatting of the first run with text in ``p`` (a new paragraph after it starts so)."""
    found = pieces(p)
    return found[0].run.find(_RPR) if found else None


__all__ = ["W_NS", "clean_copy_of_properties", "edit_paragraph", "extra_content", "first_run_properties",
           "has_tracked_changes", "paragraph_text", "pieces", "w"]
