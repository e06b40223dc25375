"""Opening text in whatever encoding it came in; refusing what is not text."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from humanize_desktop.core.textio import FileProblem, atomic_write, read_text

TEXT = "Café naïve — “quoted” 😀\nsecond line\n"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
])
def test_unicode_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    f = tmp_path / "doc.txt"
    f.write_bytes(data)
    got = read_text(f)
    assert got.text == TEXT and got.encoding == encoding
    assert got.encode() == data  # saving writes back what was read


@pytest.mark.parametrize("text, encoding", [
    ("Der Bär aß Äpfel für 5 € — naïve café. " * 20, "cp1252"),
    ("Příliš žluťoučký kůň úpěl ďábelské ódy. " * 20, "cp1250"),
    ("Съешь же ещё этих мягких французских булок. " * 20, "cp1251"),
])
def test_legacy_eight_bit_text(tmp_path: Path, text: str, encoding: str) -> None:
    f = tmp_path / "legacy.txt"
    f.write_bytes(text.encode(encoding))
    got = read_text(f)
    assert got.text == text


def test_windows_newlines_are_normalised_and_restored(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes(b"one\r\ntwo\r\n")
    got = read_text(f)
    assert got.text == "one\ntwo\n" and got.newline == "\r\n"
    assert got.encode("one\nthree\n") == b"one\r\nthree\r\n"


def test_binary_missing_folder_and_unreadable(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(FileProblem, match="image.png: is a binary file"):
        read_text(binary)
    with pytest.raises(FileProblem, match="does not exist"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(FileProblem, match="is a folder"):
        read_text(tmp_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    if os.geteuid() != 0:  # root reads anything
        with pytest.raises(FileProblem, match="permission denied"):
            read_text(locked)


def test_atomic_write_keeps_permissions_and_leaves_no_temp(tmp_path: Path) -> None:
    f = tmp_path / "doc.md"
    f.write_text("old")
    f.chmod(0o640)
    atomic_write(f, "new ünïcode")
    assert f.read_text("utf-8") == "new ünïcode"
    assert f.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["doc.md"]
