"""Glossaries from TBX and CSV: allowed, forbidden and do-not-translate terms, matched as words."""

from __future__ import annotations

import pytest

from humanize_desktop.core.bilingual.glossary import load_glossary
from humanize_desktop.core.bilingual.units import BilingualFileError
from tests.core.bilingual_samples import GLOSSARY_CSV, GLOSSARY_TBX


@pytest.mark.parametrize("name,content", [("terms.tbx", GLOSSARY_TBX), ("terms.csv", GLOSSARY_CSV)])
def test_both_formats_give_terms(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    terms = {t.source: t for t in load_glossary(path, "en", "de").terms}
    invoice = terms["invoice"]
    assert invoice.targets == ("Rechnung",) and "Faktura" in invoice.forbidden
    assert terms["Humanize Desktop"].do_not_translate
    assert terms["Humanize Desktop"].expected == "Humanize Desktop"


def test_matching_is_by_word_with_short_endings():
    from humanize_desktop.core.bilingual.glossary import Term

    term = Term("invoice", ("Rechnung",), ("Faktura",))
    assert term.find_source("Two Invoices.") == [(4, 12)]
    assert term.find_source("invoiceable-ness xinvoice") == []
    assert term.find_target("Die Rechnungen") == [(4, 14)]
    assert term.find_forbidden("Eine Faktura") == [(5, 12, "Faktura")]


def test_bad_glossaries(tmp_path):
    bad = tmp_path / "bad.tbx"
    bad.write_text("<martif><text>", encoding="utf-8")
    with pytest.raises(BilingualFileError, match="well-formed"):
        load_glossary(bad)
    empty_source = tmp_path / "g.csv"
    empty_source.write_text("invoice,Rechnung\n,Datei\n", encoding="utf-8")
    with pytest.raises(BilingualFileError, match="row 2 has no source term"):
        load_glossary(empty_source)
    with pytest.raises(BilingualFileError, match="not a glossary"):
        load_glossary(tmp_path / "g.docx") if (tmp_path / "g.docx").write_bytes(b"x") else None
