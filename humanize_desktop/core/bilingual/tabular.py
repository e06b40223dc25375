"""Two-column CSV and TSV files (source, target), read and written by splicing.

The first row is a header when its cells name the columns ("source",
"target") or are language codes ("en", "de-DE"); language codes there
become the file's languages. Each other row is a unit whose id is its row
number. Writing replaces only the target field of changed rows, quoted when
it must be (or when the original was).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from humanize_desktop.core.bilingual.units import NEW, TRANSLATED, TSV, BilingualFile, BilingualFileError, Unit

_LANG_RE = regex.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
_HEADER_WORDS = {"source", "target", "source text", "target text", "original", "translation", "src", "tgt"}


@dataclass(frozen=True)
class Field:
    start: int
    end: int
    value: str
    quoted: bool


def _records(text: str, delimiter: str, path: str) -> list[list[Field]]:
    """Records with their field spans; a quote left open is an error."""
    records: list[list[Field]] = []
    fields: list[Field] = []
    i, n = 0, len(text)
    while i < n:
        start = i
        if text[i] == '"':
            j = i + 1
            parts = []
            while True:
                k = text.find('"', j)
                if k < 0:
                    raise BilingualFileError(path, f"is cut off: a quoted field opened at offset {start} never closes")
                parts.append(text[j:k])
                if text.startswith('""', k):
                    parts.append('"')
                    j = k + 2
                    continue
                i = k + 1
                break
            fields.append(Field(start, i, "".join(parts), True))
            if i < n and text[i] not in (delimiter, "\r", "\n"):
                raise BilingualFileError(path, f"has text after a closing quote at offset {i}")
        else:
            m = regex.compile(rf"[{regex.escape(delimiter)}\r\n]").search(text, i)
            i = m.start() if m else n
            fields.append(Field(start, i, text[start:i], False))
        if i < n and text[i] == delimiter:
            i += 1
            if i == n or text[i] in "\r\n":
                fields.append(Field(i, i, "", False))
            else:
                continue
        if i < n and text[i] in "\r\n":
            i += 2 if text.startswith("\r\n", i) else 1
        records.append(fields)
        fields = []
    return records


def _delimiter(fmt: str, text: str) -> str:
    if fmt == TSV:
        return "\t"
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read(path: str, fmt: str, text: str) -> tuple[list[Unit], list[tuple[Field, str]], str, str, str]:
    delimiter = _delimiter(fmt, text)
    records = [r for r in _records(text, delimiter, path) if not (len(r) == 1 and not r[0].value.strip())]
    source_language = target_language = ""
    if records and len(records[0]) == 2:
        a, b = (f.value.strip() for f in records[0])
        if _LANG_RE.match(a) and _LANG_RE.match(b):
            source_language, target_language = a, b
            records = records[1:]
        elif a.lower() in _HEADER_WORDS or b.lower() in _HEADER_WORDS:
            records = records[1:]
    units: list[Unit] = []
    slots: list[tuple[Field, str]] = []
    for row, record in enumerate(records, 1):
        if len(record) != 2:
            raise BilingualFileError(path, f"row {row} has {len(record)} columns; a bilingual table has two "
                                           "(source, target)")
        source, target = record
        units.append(Unit(len(units), str(row), source.value, target.value or None,
                          TRANSLATED if target.value.strip() else NEW))
        slots.append((target, delimiter))
    return units, slots, source_language, target_language, delimiter


def _quote(value: str, delimiter: str, was_quoted: bool) -> str:
    if was_quoted or any(c in value for c in (delimiter, '"', "\n", "\r")) or value != value.strip():
        return '"' + value.replace('"', '""') + '"'
    return value


def splice(file: BilingualFile, targets: dict[int, str], state: str) -> str:
    text = file.text
    for index in sorted(targets, key=lambda i: file.slots[i][0].start, reverse=True):
        target, delimiter = file.slots[index]
        text = text[:target.start] + _quote(targets[index], delimiter, target.quoted) + text[target.end:]
    return text
