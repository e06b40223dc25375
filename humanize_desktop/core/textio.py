"""Reading text files in whatever encoding they came in, and saving atomically.

``read_text`` turns a path into a ``TextFile``: the text with newlines
normalised to ``\\n`` (what Python's ``open()`` gives), the encoding it was
decoded from and the newline style to write back. Every way a path can fail
to be a readable text document raises ``FileProblem`` with one plain sentence
that names the file.

``atomic_write`` is the only way the app writes documents, review files and
settings: a temporary file in the same directory, fsync, then rename, so a
crash mid-save leaves the old file intact.
"""

from __future__ import annotations

import codecs
import os
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humanize_desktop.core.errors import HumanizeError

#: Bigger than this is refused outright; the editor stays usable far below it.
MAX_TEXT_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class FileProblem(HumanizeError):
    """A file cannot be used as a text document; ``str()`` is the user message."""

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True)
class TextFile:
    text: str
    encoding: str  # codec name; "utf-8" also when the file had a BOM
    bom: bool = False
    newline: str = "\n"  # what the file used: "\n", "\r\n" or "\r"

    def encode(self, text: str | None = None) -> bytes:
        """The bytes to write back, in the file's own encoding and newlines."""
        text = self.text if text is None else text
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        data = text.encode(self.encoding)
        if self.bom:
            bom = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE,
                   "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
                   "utf-32-be": codecs.BOM_UTF32_BE}[self.encoding]
            data = bom + data
        return data


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM shows NULs in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _newline_style(text: str) -> str:
    crlf = text.count("\r\n")
    lone_cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    if crlf and crlf >= lf and crlf >= lone_cr:
        return "\r\n"
    if lone_cr and lone_cr > lf:
        return "\r"
    return "\n"


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str = "<text>") -> TextFile:
    """Decode document bytes, detecting the encoding; raises FileProblem."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise FileProblem(name, f"starts with a {encoding.upper()} byte-order mark "
                                        "but is not valid in that encoding") from None
            return TextFile(_normalise_newlines(text), encoding, True, _newline_style(text))
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            return TextFile(_normalise_newlines(text), utf16, False, _newline_style(text))
    if _looks_binary(data):
        raise FileProblem(name, "is a binary file, not text (open .txt, .md or .docx documents)")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(data, name)
    return TextFile(_normalise_newlines(text), encoding, False, _newline_style(text))


_PREFERRED = ["cp1252", "iso8859_15", "latin_1", "cp1251", "cp1250", "koi8_r", "iso8859_2",
              "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "shift_jis", "gb18030",
              "big5", "euc_kr"]


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if results:
        best = results[0]
        # Several code pages often fit equally well (German text reads the same
        # in cp1250 and cp1252); among equals prefer the most widespread.
        ties = [r for r in results
                if r.chaos <= best.chaos + 0.01 and r.coherence >= best.coherence - 0.01]
        ties.sort(key=lambda r: _PREFERRED.index(r.encoding) if r.encoding in _PREFERRED else len(_PREFERRED))
        for result in ties:
            if result.encoding in ("utf_8", "ascii"):
                continue
            encoding = codecs.lookup(result.encoding).name
            try:
                return data.decode(encoding), encoding
            except (UnicodeDecodeError, LookupError):
                continue
    # cp1252 is by far the most common legacy encoding of Western text; every
    # byte but five decodes, so fall back to latin-1 for those files.
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise FileProblem(name, "could not be decoded as text")  # unreachable: latin-1 decodes all


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_TEXT_BYTES) -> bytes:
    """A file's bytes; raises FileProblem for folders, missing, unreadable or huge files."""
    p = Path(path)
    try:
        if p.is_dir():
            raise FileProblem(p, "is a folder, not a file")
        size = p.stat().st_size
        if size > limit:
            raise FileProblem(p, f"is too large to open ({size / 1e6:.0f} MB; the limit is "
                                 f"{limit / 1e6:.0f} MB)")
        return p.read_bytes()
    except FileNotFoundError:
        raise FileProblem(p, "does not exist") from None
    except PermissionError:
        raise FileProblem(p, "cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise FileProblem(p, "is a folder, not a file") from None
    except OSError as exc:
        raise FileProblem(p, f"cannot be read ({exc.strerror or exc})") from None


def read_text(path: str | os.PathLike[str]) -> TextFile:
    """Read a text document; raises FileProblem with a user-facing message."""
    return decode_bytes(read_bytes(path), str(path))


def atomic_write(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half."""
    p = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if p.exists():
            # Keep the permissions people gave the original file.
            os.chmod(tmp, p.stat().st_mode & 0o7777)
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(p.parent, os.O_RDONLY)
    except OSError:
        return p
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
    return p


def read_toml(path: Path, error: type[Exception]) -> dict[str, Any]:
    """A TOML data file (lexicons, word lists) as a dict; a file that cannot be read or is not
    TOML raises ``error`` with one line that names it and says why."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path} cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path} is not valid TOML ({exc})") from None
