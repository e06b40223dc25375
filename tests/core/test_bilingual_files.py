"""Bilingual files: every format opens with the right units, and saving changes only what changed."""

from __future__ import annotations

import pytest
from humanize_desktop.core.bilingual import files
from humanize_desktop.core.bilingual.units import FINAL, NEEDS_REVIEW, NEW, TRANSLATED, BilingualFileError
from tests.core.bilingual_samples import SAMPLES


def _open(name: str):
    file_name, data = SAMPLES[name]
    return files.from_bytes(data, file_name)


def test_xliff1_units_languages_states_and_codes():
    f = _open("xliff1")
    assert (f.format, f.source_language, f.target_language) == ("xliff1", "en-US", "de-DE")
    assert [u.id for u in f.units] == ["hello", "empty", "same-line", "alt", "cdata"]
    hello = f.units[0]
    assert hello.source == "Click <g id=\"1\">here</g> & save {0} files."
    assert hello.target == "Klicken Sie <g id=\"1\">hier</g> & speichern Sie {0} Dateien."
    assert hello.codes == ('<g id="1">', "</g>")
    assert (hello.state, hello.max_width, hello.notes) == (TRANSLATED, 30, "Button label")
    assert f.units[1].target is None and f.units[1].state == NEW
    assert f.units[2].target == "" and f.units[2].state == NEW
    assert f.units[3].target is None  # the alt-trans proposal is not the unit's target
    assert f.units[4].source == "a < b" and f.units[4].state == NEEDS_REVIEW


def test_xliff2_po_tmx_csv_units():
    x2 = _open("xliff2")
    assert [(u.id, u.target, u.state) for u in x2.units] == [
        ("u1", 'Bonjour <pc id="1">monde</pc><ph id="2"/> !', TRANSLATED),
        ("u2#1", None, NEW), ("u2#s2", "Deuxième.", NEW)]
    po = _open("po")
    assert po.target_language == "de"
    assert [(u.source, u.state, u.editable) for u in po.units] == [
        ("Hello %s, you have %d files", TRANSLATED, True),
        ("A long line that wraps and wraps and wraps and wraps and wraps and wraps and more", TRANSLATED, True),
        ("New text", NEEDS_REVIEW, True), ("Untranslated", NEW, True), ("One file", TRANSLATED, False)]
    assert po.units[1].id.startswith("menu | ")
    tmx = _open("tmx")
    assert (tmx.source_language, tmx.target_language) == ("en-US", "de-DE")
    assert tmx.units[0].target == 'Jetzt <bpt i="1">&lt;b&gt;</bpt>öffnen<ept i="1">&lt;/b&gt;</ept>'
    assert tmx.units[1].target is None
    csv = _open("csv")
    assert (csv.source_language, csv.target_language) == ("en", "de")
    assert [(u.source, u.target) for u in csv.units] == [
        ("Hello", "Hallo"), ("Save, then close", "Speichern, dann schließen"), ('Say "hi"', None)]
    tsv = _open("tsv")
    assert [u.target for u in tsv.units] == ["Hallo", "Auf Wiedersehen"]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_nothing_changed_is_byte_identical(name):
    f = _open(name)
    same = {u.index: u.target_text for u in f.units if u.editable}
    assert files.to_bytes(f, same) == SAMPLES[name][1]


@pytest.mark.parametrize("name", sorted(SAMPLES))
@pytest.mark.parametrize("state", [NEEDS_REVIEW, TRANSLATED])
def test_one_changed_unit_changes_only_its_own_bytes(name, state):
    """Change each unit alone: the bytes differ only inside that unit, and it reads back changed."""
    f = _open(name)
    original = SAMPLES[name][1]
    for unit in (u for u in f.units if u.editable):
        new = (unit.target_text or "Neu") + ' & "mehr" <b>'
        out = files.to_bytes(f, {unit.index: new}, state)
        prefix = next(i for i, (a, b) in enumerate(zip(out, original)) if a != b)
        suffix = next(i for i, (a, b) in enumerate(zip(reversed(out), reversed(original))) if a != b)
        changed_region = original[prefix:len(original) - suffix].decode("utf-8", "replace")
        assert len(changed_region) < 400, changed_region  # inside the unit, not a re-serialised file
        again = files.from_bytes(out, SAMPLES[name][0])
        for before, after in zip(f.units, again.units):
            if before.index == unit.index:
                assert after.target == new
                if name not in ("tmx", "csv", "tsv"):  # formats without a state
                    assert after.state == state
            else:
                assert (after.id, after.target, after.state) == (before.id, before.target, before.state)
        # (from_bytes read it through translate-toolkit: the output is a valid file of its format)


def test_xliff1_exact_splice_with_state():
    f = _open("xliff1")
    out = files.to_bytes(f, {0: 'Klicken Sie <g id="1">hier</g> & sichern Sie {0} Dateien.'}, TRANSLATED)
    expected = SAMPLES["xliff1"][1].replace(
        "speichern Sie".encode(), "sichern Sie".encode())
    assert out == expected  # state was already "translated": only the word differs
    out = files.to_bytes(f, {1: "Datei<x id=\"2\"/> speichern"}, NEEDS_REVIEW)
    assert b'<source>Save<x id="2"/> file</source><target state="needs-review-translation">' \
           b'Datei<x id="2"/> speichern</target></trans-unit>' in out
    out = files.to_bytes(f, {2: "\u00d6ffnen"}, NEEDS_REVIEW)
    assert '<target state="needs-review-translation">Öffnen</target>'.encode() in out


def test_po_splice_flags_and_wrapping():
    f = _open("po")
    out = files.to_bytes(f, {0: "Hallo %s, du hast %d Dateien"}, NEEDS_REVIEW).decode()
    assert '#, fuzzy, c-format\nmsgid "Hello %s, you have %d files"\nmsgstr "Hallo %s, du hast %d Dateien"\n' in out
    out = files.to_bytes(f, {2: "Neuer, besserer Text"}, TRANSLATED).decode()
    assert '#| msgid "Old text"\nmsgid "New text"\nmsgstr "Neuer, besserer Text"\n' in out
    assert "#, fuzzy\n#| msgid" not in out
    out = files.to_bytes(f, {3: "Nicht übersetzt"}, NEEDS_REVIEW).decode()
    assert '#, fuzzy\nmsgid "Untranslated"\nmsgstr "Nicht übersetzt"\n' in out
    with pytest.raises(BilingualFileError, match="plural"):
        files.to_bytes(f, {4: "Eine einzige Datei"})


def test_xliff2_state_is_written_on_the_segment():
    f = _open("xliff2")
    out = files.to_bytes(f, {2: "La seconde."}, NEEDS_REVIEW).decode()
    assert '<segment id="s2" state="translated" subState="humanize:needs-review">' in out
    again = files.from_bytes(out.encode(), "ui.xliff")
    assert again.units[2].state == NEEDS_REVIEW
    out = files.to_bytes(again, {2: "La deuxième."}, TRANSLATED).decode()
    assert '<segment id="s2" state="translated">' in out
    assert files.from_bytes(out.encode(), "ui.xliff").units[2].state == TRANSLATED
    out = files.to_bytes(f, {1: "Deux segments, le premier."}).decode()
    assert ("<source>Two segments, first.</source>\n        <target>Deux segments, le premier.</target>"
            in out)
    assert files.from_bytes(out.encode(), "ui.xliff").units[0].state == TRANSLATED  # untouched


def test_crlf_and_bom_survive_in_csv():
    f = _open("csv")
    out = files.to_bytes(f, {2: 'Sag "hallo"'})
    assert out.startswith(b"\xef\xbb\xbf")
    assert out.endswith(b'"Say ""hi""","Sag ""hallo"""\r\n')


@pytest.mark.parametrize("name", ["xliff1", "xliff2", "po", "tmx"])
def test_truncated_files_are_one_clear_line(name):
    file_name, data = SAMPLES[name]
    for cut in (len(data) // 3, len(data) // 2, len(data) - 12):
        with pytest.raises(BilingualFileError) as info:
            files.from_bytes(data[:cut], file_name)
        message = str(info.value)
        assert message.startswith(file_name + ":") and "\n" not in message


def test_not_bilingual_and_empty_files():
    with pytest.raises(BilingualFileError, match="not a bilingual file"):
        files.from_bytes(b"hello", "notes.txt")
    with pytest.raises(BilingualFileError, match="is empty"):
        files.from_bytes(b"", "a.xlf")
    with pytest.raises(BilingualFileError, match="never closes"):
        files.from_bytes(b'a,"b\n', "a.csv")
    with pytest.raises(BilingualFileError, match="two"):
        files.from_bytes(b"a,b,c\n", "a.csv")


def test_save_writes_atomically_and_nothing_when_it_cannot(tmp_path):
    f = _open("xliff1")
    out = tmp_path / "out.xlf"
    files.save_bilingual(f, {0: "Neu"}, out)
    assert files.open_bilingual(out).units[0].target == "Neu"
    latin = files.from_bytes(SAMPLES["po"][1].replace(b"charset=UTF-8", b"charset=ISO-8859-1")
                             .replace("ü".encode(), b"u"), "de.po")
    target = tmp_path / "latin.po"
    with pytest.raises(BilingualFileError, match="cannot store"):
        files.save_bilingual(latin, {0: "Grüße 😀"}, target)
    assert not target.exists()
