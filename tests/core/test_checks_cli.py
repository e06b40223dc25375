"""``humanize-desktop check``: the headless contract."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from humanize_desktop import cli, config


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "draft.md"
    text = "Moreover, we recieve the data.\r\n\r\nCafÃ© prices rose.\r\n"
    doc.write_bytes(text.encode("utf-8"))
    code, out, err = run(["check", str(doc), "--json", "--no-ai-likeness"], capsys)
    assert code == 0, err
    data = json.loads(out)
    normalised = text.replace("\r\n", "\n")
    assert data["language"] == "en"
    assert set(data["engines"]) == {"grammar", "spelling"}
    spans = {(normalised[f["start"]:f["end"]], f["kind"]) for f in data["findings"]}
    assert {("recieve", "spelling"), ("CafÃ©", "encoding"), ("Moreover, we", "ai-tell")} <= spans
    assert "readability" in data["scores"] and "ai_likeness" in data["scores"]
    assert data["scores"]["ai_likeness"] == {"available": False,
                                             "reason": "AI-likeness scoring was skipped (--no-ai-likeness)"}


def test_check_text_output_names_line_column_and_engines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "draft.txt"
    doc.write_text("Fine line.\nWe recieve it.\n", encoding="utf-8")
    code, out, _ = run(["check", str(doc), "--no-ai-likeness", "--only", "spelling"], capsys)
    assert code == 0
    assert "2:4 spelling: 'recieve' is not in the en_US dictionary.  -> 'receive'" in out
    assert "spelling: enchant (hunspell en_US)" in out


def test_check_forced_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "de.txt"
    doc.write_text("Hallo Welt, wie geht es dir heute?", encoding="utf-8")
    code, out, _ = run(["check", str(doc), "--language", "de", "--json", "--no-ai-likeness"], capsys)
    assert code == 0 and json.loads(out)["language"] == "de"


def test_bad_language_code_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "x.txt"
    doc.write_text("text", encoding="utf-8")
    code, out, err = run(["check", str(doc), "--language", "english please"], capsys)
    assert code == 1 and out == ""
    assert err.strip() == ("humanize-desktop: error: 'english please' is not a language code; use auto or a "
                           "code such as en, en_GB or de")


def test_missing_file_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", str(tmp_path / "nope.txt")], capsys)
    assert code == 1 and "nope.txt: does not exist" in err and "Traceback" not in err


def test_check_reads_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    path = tmp_path / "draft.docx"
    document = docx.Document()
    document.add_paragraph("We recieve the letters every morning.")
    document.save(str(path))
    code, out, err = run(["check", str(path), "--json", "--no-ai-likeness", "--only", "spelling"], capsys)
    assert code == 0 and err == ""
    [finding] = json.loads(out)["findings"]
    assert finding["replacements"][0] == "receive"
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Tabel text is not checked"
    document.save(str(path))
    code, out, err = run(["check", str(path), "--json", "--no-ai-likeness", "--only", "spelling"], capsys)
    assert code == 0 and len(json.loads(out)["findings"]) == 1
    assert err.strip() == "note: draft.docx: only the body text is used; 1 table left as it is"


@pytest.mark.parametrize("address", ["https://api.languagetool.org/", "api.languagetoolplus.com",
                                     "https://writers:s3cret@api.languagetool.org/v2/"])
def test_languagetool_flag_never_reaches_the_public_service(address: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    # Refused even with allow_public_api on: the flag is for the team's own server.
    # (The socket guard in conftest would also fail the test on any connection.)
    settings = config.Settings()
    settings.grammar.allow_public_api = True
    config.save(settings)
    doc = tmp_path / "x.txt"
    doc.write_text("Some text to check.", encoding="utf-8")
    code, out, err = run(["check", str(doc), "--languagetool", address, "--no-ai-likeness"], capsys)
    assert code == 1 and out == ""
    line = err.strip()
    assert line.startswith("humanize-desktop: error: ") and "\n" not in line
    assert "is the public LanguageTool service: --languagetool only uses your own server" in line
    assert "s3cret" not in line


@pytest.mark.parametrize("address", ["ftp://lt.team.example/", "https://", "http://lt.team.example:port/",
                                     "ftp://writers:s3cret@lt.team.example/"])
def test_languagetool_flag_wants_a_server_address(address: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "x.txt"
    doc.write_text("Some text to check.", encoding="utf-8")
    code, out, err = run(["check", str(doc), "--languagetool", address, "--no-ai-likeness"], capsys)
    assert code == 1 and out == ""
    assert "is not a LanguageTool server address; use http://HOST:PORT/ or https://HOST/" in err
    assert "s3cret" not in err and len(err.strip().splitlines()) == 1


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_check_shows_which_paragraph_it_is_at_and_then_clears_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "draft.md"
    doc.write_text("One short paragraph here.\n\nAnother paragraph follows.\n\nAnd a third one.\n", encoding="utf-8")
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert cli.main(["check", str(doc), "--no-ai-likeness", "--only", "spelling"]) == 0
    shown = terminal.getvalue()
    assert "\rChecking: paragraph 1 of 3…" in shown and "\rChecking: paragraph 3 of 3…" in shown
    assert shown.endswith("\r")  # the line is taken away before the results
    out = capsys.readouterr().out
    assert "Checking" not in out and "paragraph" not in out


def test_a_check_whose_output_is_not_a_terminal_prints_no_progress(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "draft.md"
    doc.write_text("One short paragraph here.\n\nAnother one.\n", encoding="utf-8")
    assert cli.main(["check", str(doc), "--json", "--no-ai-likeness"]) == 0
    assert "Checking" not in capsys.readouterr().err
