"""Polishing bilingual targets: the model sees the target with tags locked and the source as context,
every lost tag or new QA problem keeps the original, and the output file differs only in polished units."""

from __future__ import annotations

import json

import pytest

from humanize_desktop import cli
from humanize_desktop.commands import bilingual as bilingual_command
from humanize_desktop.core.bilingual import files
from humanize_desktop.core.bilingual.polish import polish_file
from humanize_desktop.core.bilingual.units import NEEDS_REVIEW, TRANSLATED
from humanize_desktop.core.rewriting.options import RewriteOptions
from tests.core.rewrite_fakes import FakeEngine, draft_of

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="app" source-language="en" target-language="de" datatype="plaintext">
    <body>
      <trans-unit id="save">
        <source>Click <g id="1">Save</g> to keep all of your {0} files safe.</source>
        <target state="translated">Klicken Sie auf <g id="1">Speichern</g>, um alle Ihre {0} Dateien sicher aufzubewahren.</target>
      </trans-unit>
      <trans-unit id="count">
        <source>You currently have 25 new messages waiting for you.</source>
        <target state="translated">Sie haben derzeit 25 neue Nachrichten, die auf Sie warten.</target>
      </trans-unit>
      <trans-unit id="drop">
        <source>Press <x id="2"/> and then wait a few seconds.</source>
        <target state="translated">Drücken Sie <x id="2"/> und warten Sie dann ein paar Sekunden.</target>
      </trans-unit>
      <trans-unit id="empty">
        <source>Nothing here yet at all.</source>
      </trans-unit>
      <trans-unit id="done">
        <source>This one is signed off already.</source>
        <target state="final">Dieser ist bereits abgenommen worden.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def _reply(request):
    text = draft_of(request)
    if "⟦0⟧ und" in text:  # the "drop" unit: the model loses its tag
        return text.replace("⟦0⟧ ", "")
    return (text.replace("Klicken Sie auf", "Klicken Sie einfach auf")
            .replace("Sie haben derzeit", "Derzeit haben Sie"))


@pytest.fixture
def xliff():
    return files.from_bytes(XLIFF.encode(), "app.xlf")


def test_targets_are_polished_with_locks_and_source_context(xliff):
    engine = FakeEngine(_reply)
    result = polish_file(xliff, RewriteOptions(use_cache=False, strength="strong"), engine)
    statuses = {u.id: (u.status, u.reason) for u in result.units}
    assert statuses["save"] == ("rewritten", "")
    assert statuses["count"] == ("rewritten", "")
    assert statuses["drop"][0] == "kept" and "inline tag" in statuses["drop"][1]
    assert statuses["empty"] == ("skipped", "the unit has no translation to polish")
    assert statuses["done"][0] == "skipped"
    assert result.targets[0] == ('Klicken Sie einfach auf <g id="1">Speichern</g>, um alle Ihre {0} Dateien '
                                 "sicher aufzubewahren.")
    everything_sent = json.dumps([r.messages for r in engine.requests], ensure_ascii=False)
    assert "<g id" not in everything_sent and "{0}" not in everything_sent  # locked before the model saw it
    assert "Click ⟦0⟧Save⟦1⟧ to keep all of your ⟦2⟧ files safe." in everything_sent  # the source, as context
    assert "never translate" in everything_sent


def test_a_polish_that_brings_a_qa_problem_is_dropped(xliff):
    def no_final_stop(request):
        return draft_of(request).replace("Sie haben derzeit", "Derzeit haben Sie").rstrip(".")

    result = polish_file(xliff, RewriteOptions(use_cache=False, strength="strong"), FakeEngine(no_final_stop))
    count = next(u for u in result.units if u.id == "count")
    assert count.status == "kept"
    assert count.reason == ("the polish brought a new punctuation problem: The source ends with '.' but the "
                            "target has no final punctuation")
    assert 1 not in result.targets

    def wrong_number(request):
        return draft_of(request).replace("derzeit 25", "derzeit 26")

    result = polish_file(xliff, RewriteOptions(use_cache=False, strength="strong"), FakeEngine(wrong_number))
    assert next(u for u in result.units if u.id == "count").status == "kept"  # guards or QA refuse it
    assert 1 not in result.targets


def test_humanize_cli_writes_the_same_format_changing_only_polished_units(tmp_path, monkeypatch, capsys):
    source = tmp_path / "app.xlf"
    source.write_text(XLIFF, encoding="utf-8")
    out = tmp_path / "out.xlf"
    monkeypatch.setattr(bilingual_command, "open_engine", lambda *a, **k: FakeEngine(_reply))
    assert cli.main(["humanize", str(source), "-o", str(out), "--json", "--no-cache", "--state", "translated"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(u["id"], u["status"]) for u in data["units"]] == [
        ("save", "rewritten"), ("count", "rewritten"), ("drop", "kept"), ("empty", "skipped"), ("done", "skipped")]
    assert (data["source_language"], data["target_language"]) == ("en", "de")
    assert [(c["draft_text"], c["suggestion_text"]) for c in data["units"][0]["changes"]] == [("", "einfach ")]
    assert "changes" not in data["units"][2]
    written = out.read_text(encoding="utf-8")
    expected = XLIFF.replace("Klicken Sie auf", "Klicken Sie einfach auf").replace(
        "Sie haben derzeit", "Derzeit haben Sie")
    assert written == expected  # states were already "translated": only the words differ
    again = files.open_bilingual(out)
    assert [u.state for u in again.units[:2]] == [TRANSLATED, TRANSLATED]
    assert cli.main(["humanize", str(source), "-o", str(out), "--no-cache"]) == 0
    assert files.open_bilingual(out).units[0].state == NEEDS_REVIEW


def test_humanize_cli_bilingual_errors_are_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(bilingual_command, "open_engine", lambda *a, **k: pytest.fail("no model for a bad file"))
    source = tmp_path / "app.xlf"
    source.write_text(XLIFF[:300], encoding="utf-8")
    out = tmp_path / "out.xlf"
    assert cli.main(["humanize", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "app.xlf" in err and not out.exists()
    source.write_text(XLIFF, encoding="utf-8")
    assert cli.main(["humanize", str(source)]) == 1
    assert "-o OUT" in capsys.readouterr().err
