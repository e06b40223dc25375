"""Opening and saving bilingual files: the one entry point for every command and the window.

``open_bilingual(path)`` reads XLIFF 1.2 and 2.0 (``.xlf``, ``.xliff``,
``.sdlxliff``, ``.mqxliff``), PO/POT, TMX and two-column CSV/TSV into a
``BilingualFile``. ``save_bilingual(file, targets, path, state)`` writes the
given new targets (unit index -> text) into a copy of the original bytes:
only those units' target text and state differ, everything else stays
byte-identical; before anything is written the result is read back and
checked. A bad or truncated file is one ``BilingualFileError`` line and
nothing is written.
"""

from __future__ import annotations

import codecs
import io
import logging
import os
from collections.abc import Mapping
from pathlib import Path

import regex

from humanize_desktop.core import textio
from humanize_desktop.core.bilingual import pofile, tabular, xmlfiles
from humanize_desktop.core.bilingual.units import (
    CSV, NEEDS_REVIEW, PO, TMX, TSV, WRITE_STATES, XLIFF1, XLIFF2, BilingualFile, BilingualFileError,
)

log = logging.getLogger(__name__)

#: File name endings -> format family ("xliff" is told apart by its version).
SUFFIXES = {".xlf": "xliff", ".xliff": "xliff", ".sdlxliff": "xliff", ".mqxliff": "xliff", ".po": PO,
            ".pot": PO, ".tmx": TMX, ".csv": CSV, ".tsv": TSV}
_XML_DECL_RE = regex.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']""")
_XLIFF_VERSION_RE = regex.compile(r"""<(?:[\w.-]+:)?xliff\b[^>]*?\bversion\s*=\s*["'](\d)""")


def is_bilingual(path: str | os.PathLike[str], tables: bool = True) -> bool:
    """Whether ``path`` names a bilingual file by its ending (``tables``: CSV/TSV count too).

    ``humanize`` passes ``tables=False``: a .csv there has always been a plain text to rewrite.
    """
    family = SUFFIXES.get(Path(str(path)).suffix.lower())
    return family is not None and (tables or family not in (CSV, TSV))


def _decode(path: str, data: bytes, encoding: str) -> tuple[str, str, bytes]:
    bom = b""
    for mark, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(mark):
            bom, encoding = mark, name
            break
    try:
        text = data[len(bom):].decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise BilingualFileError(path, f"is not readable as {encoding} ({exc.__class__.__name__})") from None
    return text, encoding, bom


def _xml_encoding(data: bytes) -> str:
    m = _XML_DECL_RE.match(data.lstrip(codecs.BOM_UTF8))
    return m[1].decode("ascii").lower() if m else "utf-8"


def _parse_xml(path: str, fmt: str, data: bytes):
    from lxml import etree
    from translate.storage import tmx, xliff, xliff2

    cls = {XLIFF1: xliff.xlifffile, XLIFF2: xliff2.Xliff2File, TMX: tmx.tmxfile}[fmt]
    try:
        return cls.parsestring(data)
    except etree.XMLSyntaxError as exc:
        raise BilingualFileError(path, f"is not well-formed XML (line {exc.lineno}: {exc.msg}); "
                                       "it may be cut off or damaged") from None
    except (ValueError, AttributeError, TypeError) as exc:
        raise BilingualFileError(path, f"is not a valid {_FORMAT_NAMES[fmt]} file ({exc})") from None


_FORMAT_NAMES = {XLIFF1: "XLIFF 1.2", XLIFF2: "XLIFF 2.0", PO: "PO", TMX: "TMX", CSV: "CSV", TSV: "TSV"}


def from_bytes(data: bytes, path: str) -> BilingualFile:
    """A bilingual file from its bytes; ``path`` gives the format (by ending) and names it in errors."""
    family = SUFFIXES.get(Path(path).suffix.lower())
    if family is None:
        raise BilingualFileError(path, "is not a bilingual file (use .xlf, .xliff, .po, .pot, .tmx, .csv or .tsv)")
    if not data.strip():
        raise BilingualFileError(path, "is empty")
    if family in ("xliff", TMX):
        text, encoding, bom = _decode(path, data, _xml_encoding(data))
        fmt = family
        if family == "xliff":
            m = _XLIFF_VERSION_RE.search(text)
            if m is None:
                raise BilingualFileError(path, "has no <xliff version=...> element; it is not an XLIFF file")
            fmt = XLIFF2 if m[1] == "2" else XLIFF1
        store = _parse_xml(path, fmt, data)
        units, slots, src, tgt = xmlfiles.read(path, fmt, store, text)
    elif family == PO:
        from translate.storage import pypo

        try:
            store = pypo.pofile.parsefile(io.BytesIO(data))
        except (ValueError, UnicodeDecodeError, LookupError) as exc:
            raise BilingualFileError(path, f"is not a valid PO file ({exc})") from None
        text, encoding, bom = _decode(path, data, store.encoding or "utf-8")
        fmt = PO
        units, slots, src, tgt = pofile.read(path, store, text)
    else:
        tf = textio.decode_bytes(data, path)
        bom_len = len(data) - len(data.lstrip(codecs.BOM_UTF8)) if tf.bom and tf.encoding == "utf-8" else 0
        text, encoding, bom = _decode(path, data[bom_len:], tf.encoding)
        bom = data[:bom_len] or bom
        fmt = family
        units, slots, src, tgt, _ = tabular.read(path, fmt, text)
    if not units:
        raise BilingualFileError(path, "has no units to translate")
    return BilingualFile(str(path), fmt, src, tgt, units, data, slots, text, encoding, bom)


def open_bilingual(path: str | os.PathLike[str]) -> BilingualFile:
    """Read a bilingual file; every problem is one ``BilingualFileError`` naming it."""
    name = str(path)
    data = textio.read_bytes(name)
    return from_bytes(data, name)


def _writer(fmt: str):
    return {XLIFF1: xmlfiles, XLIFF2: xmlfiles, TMX: xmlfiles, PO: pofile, CSV: tabular, TSV: tabular}[fmt]


def to_bytes(file: BilingualFile, targets: Mapping[int, str], state: str = NEEDS_REVIEW) -> bytes:
    """The file's bytes with ``targets`` (unit index -> new target text) spliced in.

    Units whose text is unchanged are left alone (state included); a unit
    that is not editable (plural forms) may not be given.
    """
    if state not in WRITE_STATES:
        raise ValueError(f"state must be one of {WRITE_STATES}")
    changed: dict[int, str] = {}
    for index, new in targets.items():
        unit = file.units[index]
        if new == unit.target_text:
            continue
        if not unit.editable:
            raise BilingualFileError(file.path, f"unit {unit.id!r} cannot be changed: {unit.reason}")
        changed[index] = new
    if not changed:
        return file.data
    text = _writer(file.format).splice(file, changed, state)
    try:
        data = file.bom + text.encode(file.encoding)
    except UnicodeEncodeError as exc:
        raise BilingualFileError(file.path, f"a new target has characters that {file.encoding} cannot store "
                                            f"({exc.object[exc.start:exc.end]!r})") from None
    _verify(file, data, changed)
    return data


def _verify(file: BilingualFile, data: bytes, changed: Mapping[int, str]) -> None:
    """Read the result back: same units, the new targets where they were put."""
    again = from_bytes(data, file.path)
    problems = [u.id for u in file.units if u.index in changed and
                again.units[u.index].target_text != changed[u.index]]
    if len(again.units) != len(file.units) or problems:
        log.error("spliced %s file does not read back: %d/%d units, differing %s", file.format,
                  len(again.units), len(file.units), problems[:5])
        raise BilingualFileError(file.path, "the edited file would not read back as written; nothing was saved")


def save_bilingual(file: BilingualFile, targets: Mapping[int, str], path: str | os.PathLike[str],
                   state: str = NEEDS_REVIEW) -> Path:
    """Write the edited file to ``path`` atomically (nothing is written when it cannot be made)."""
    data = to_bytes(file, targets, state)
    return textio.atomic_write(path, data)
