"""Translator mode end to end with the real bundled SmolLM2 model: a German->English XLIFF and an
English->French PO are polished; the outputs open in translate-toolkit, differ only in polished units,
and QA finds nothing in a polished unit that the machine translation did not already have."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from translate.storage import pypo, xliff

from humanize_desktop import cli
from humanize_desktop.core.bilingual import files
from humanize_desktop.core.bilingual.qa import run_qa

pytestmark = pytest.mark.model

DE_EN = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="news" source-language="de" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="1">
        <source>Die Sitzung findet am Dienstag um 15 Uhr in Raum 204 statt.</source>
        <target state="translated">The meeting takes place on Tuesday at 15 o'clock in room 204.</target>
      </trans-unit>
      <trans-unit id="2">
        <source>Bitte bringen Sie den <g id="1">Quartalsbericht</g> mit, damit wir ihn besprechen können.</source>
        <target state="translated">Please bring the <g id="1">quarterly report</g> with you, so that we can discuss it.</target>
      </trans-unit>
      <trans-unit id="3">
        <source>Wir haben im letzten Quartal 1.250 neue Kunden gewonnen.</source>
        <target state="translated">We have in the last quarter won 1,250 new customers.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

EN_FR = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: fr\\n"

#: app.py:10
msgid "Your order %s has been shipped and will arrive within three days."
msgstr "Votre commande %s a été expédiée et elle va arriver dans trois jours."

#: app.py:12
msgid "If you have any questions, please do not hesitate to contact our support team."
msgstr "Si vous avez des questions, s'il vous plaît n'hésitez pas à contacter notre équipe de support."
"""


def _polish(tmp_path: Path, name: str, content: str, capsys) -> tuple[Path, Path, dict]:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    out = tmp_path / f"polished-{name}"
    assert cli.main(["humanize", str(source), "-o", str(out), "--json", "--seed", "1"]) == 0
    return source, out, json.loads(capsys.readouterr().out)


def _qa_by_unit(path: Path) -> dict[str, set[tuple[str, str]]]:
    report = run_qa(files.open_bilingual(path))
    found: dict[str, set[tuple[str, str]]] = {}
    for f in report.findings:
        found.setdefault(f.unit, set()).add((f.kind, f.message.text))
    return found


@pytest.mark.parametrize("name,content,reader", [("news.xlf", DE_EN, xliff.xlifffile), ("app.po", EN_FR, pypo.pofile)])
def test_polish_with_the_real_model(tmp_path, capsys, name, content, reader):
    source, out, data = _polish(tmp_path, name, content, capsys)
    units = data["units"]
    assert len(units) == len(files.open_bilingual(source).units)
    assert all(u["status"] in ("rewritten", "unchanged", "kept", "skipped") for u in units)
    assert all(u["reason"] for u in units if u["status"] == "kept")
    store = reader.parsefile(str(out))  # translate-toolkit opens the result
    assert len([u for u in store.units if not u.isheader()]) == len(units)
    before, after = _qa_by_unit(source), _qa_by_unit(out)
    original, polished = files.open_bilingual(source), files.open_bilingual(out)
    for unit in units:
        if unit["status"] == "rewritten":
            assert after.get(unit["id"], set()) <= before.get(unit["id"], set()), unit
        else:
            a = next(u for u in original.units if u.id == unit["id"])
            b = next(u for u in polished.units if u.id == unit["id"])
            assert (a.target, a.state) == (b.target, b.state)
