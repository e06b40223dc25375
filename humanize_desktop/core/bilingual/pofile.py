"""PO and POT files: read through translate-toolkit, written by splicing.

translate-toolkit reads the entries (header, contexts, plurals, obsolete
``#~`` entries, flags). To write a changed translation without the library
re-wrapping every entry, the original text is cut into entries (the same
order as the library's units) and only the changed entries' ``msgstr``
lines and ``#, fuzzy`` flag are replaced; the new ``msgstr`` is quoted and
wrapped by translate-toolkit as gettext would.

Plural entries are read (their first form is checked) but never rewritten;
obsolete entries are not units at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from translate.storage import pypo

from humanize_desktop.core.bilingual.units import NEEDS_REVIEW, NEW, TRANSLATED, BilingualFile, BilingualFileError, Unit

_MSGSTR_RE = regex.compile(r"^msgstr(?:\[\d+\])?\s")
_CONTINUATION_RE = regex.compile(r'^\s*"')
_OBSOLETE_RE = regex.compile(r'^#~\|?\s*(?:(?:msgctxt|msgid(?:_plural)?|msgstr(?:\[\d+\])?)\s|")')
_ENTRY_START_RE = regex.compile(r"^(?:#~\s*)?(?:msgctxt|msgid(?:_plural)?)\s")


@dataclass(frozen=True)
class Slot:
    """One entry's lines: where it starts, its msgstr lines and its flags line (absolute offsets)."""

    start: int
    msgstr_start: int
    msgstr_end: int  # after the last msgstr line's newline
    flags: tuple[int, int] | None  # the "#," line, newline included
    newline: str


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line))
        pos += len(line)
    return out


def entries(text: str) -> list[Slot]:
    """The entries of a PO text in order, obsolete ones included."""
    slots: list[Slot] = []
    start = None
    msgstr_start = msgstr_end = None
    flags = None
    in_msgstr = False
    newline = "\n"

    def close() -> None:
        nonlocal start, msgstr_start, msgstr_end, flags, in_msgstr
        if start is not None and msgstr_start is not None:
            slots.append(Slot(start, msgstr_start, msgstr_end, flags, newline))
        start = msgstr_start = msgstr_end = flags = None
        in_msgstr = False

    for pos, line in _lines(text):
        body = line.rstrip("\r\n")
        if not body.strip():
            close()
            continue
        if in_msgstr and (_CONTINUATION_RE.match(body) or _MSGSTR_RE.match(body)
                          or (body.startswith("#~") and regex.match(r'#~\s*(?:"|msgstr)', body))):
            msgstr_end = pos + len(line)
            continue
        if in_msgstr:  # an entry that follows without a blank line
            close()
        if start is None:
            start = pos
        if body.startswith("#,"):
            flags = (pos, pos + len(line))
        stripped = body[2:].lstrip() if body.startswith("#~") else body
        if _MSGSTR_RE.match(stripped):
            in_msgstr = True
            msgstr_start, msgstr_end = pos, pos + len(line)
            newline = line[len(body):] or newline
        elif body.startswith("#~") and not _OBSOLETE_RE.match(body):
            raise ValueError(f"unexpected line {body[:40]!r}")  # an obsolete entry cut off
        elif _ENTRY_START_RE.match(body) is None and not body.startswith("#") and not _CONTINUATION_RE.match(body):
            raise ValueError(f"unexpected line {body[:40]!r}")
    close()
    return slots


def read(path: str, store, text: str) -> tuple[list[Unit], list[Slot | None], str, str]:
    try:
        slots = entries(text)
    except ValueError as exc:
        raise BilingualFileError(path, f"is not a valid PO file ({exc})") from None
    if len(slots) != len(store.units):
        raise BilingualFileError(path, f"has {len(store.units)} entries for translate-toolkit but "
                                       f"{len(slots)} were found in its text, so it could not be written back safely")
    header = store.parseheader() if hasattr(store, "parseheader") else {}
    target_language = store.gettargetlanguage() or header.get("Language", "") or ""
    source_language = store.getsourcelanguage() or "en"
    units: list[Unit] = []
    kept: list[Slot | None] = []
    for tt, slot in zip(store.units, slots):
        if tt.isheader() or tt.isobsolete():
            continue
        plural = tt.hasplural()
        source = str(tt.source.strings[0] if plural else tt.source)
        target = str(tt.target.strings[0] if plural else tt.target) if tt.target else ""
        if tt.isfuzzy():
            state, raw = NEEDS_REVIEW, "fuzzy"
        else:
            state, raw = (TRANSLATED, "") if target else (NEW, "")
        context = tt.getcontext()
        unit_id = f"{context} | {source}" if context else source
        units.append(Unit(len(units), unit_id, source, target or None, state, raw, tt.getnotes() or "",
                          editable=not plural, reason="plural forms are left as they are" if plural else ""))
        kept.append(slot)
    return units, kept, source_language, target_language


def _msgstr_lines(text: str, newline: str, obsolete: bool) -> str:
    quoted = pypo.quoteforpo(text)
    prefix = "#~ " if obsolete else ""
    first, rest = quoted[0], quoted[1:]
    lines = [f"{prefix}msgstr {first}"] + [f"{prefix}{q}" for q in rest]
    return newline.join(lines) + newline


def _fuzzy_flags(line: str | None, fuzzy: bool, newline: str) -> str:
    """The "#," line with "fuzzy" added or removed ("" when no flag is left)."""
    flags = [f.strip() for f in (line or "").rstrip("\r\n")[2:].split(",") if f.strip()]
    flags = [f for f in flags if f != "fuzzy"]
    if fuzzy:
        flags.insert(0, "fuzzy")
    return f"#, {', '.join(flags)}{newline}" if flags else ""


def splice(file: BilingualFile, targets: dict[int, str], state: str) -> str:
    text = file.text
    edits: list[tuple[int, int, str]] = []
    fuzzy = state == NEEDS_REVIEW
    for index, new in targets.items():
        slot = file.slots[index]
        edits.append((slot.msgstr_start, slot.msgstr_end, _msgstr_lines(new, slot.newline, False)))
        if slot.flags is not None:
            line = text[slot.flags[0]:slot.flags[1]]
            edits.append((slot.flags[0], slot.flags[1], _fuzzy_flags(line, fuzzy, slot.newline)))
        elif fuzzy:
            at = _flag_position(text, slot)
            edits.append((at, at, f"#, fuzzy{slot.newline}"))
    edits.sort(key=lambda e: (e[0], e[1]), reverse=True)
    for start, end, replacement in edits:
        text = text[:start] + replacement + text[end:]
    return text


def _flag_position(text: str, slot: Slot) -> int:
    """Where gettext puts a new "#," line: before "#|" previous strings, msgctxt and msgid."""
    for pos, line in _lines(text[slot.start:slot.msgstr_start]):
        if line.startswith(("#|", "msgctxt", "msgid", "#~")):
            return slot.start + pos
    return slot.msgstr_start
