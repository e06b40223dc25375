"""Language detection per document and per paragraph (real py3langid model)."""

from __future__ import annotations

import pytest

from humanize_desktop import paths
from humanize_desktop.core.checks import language

MIXED = """The committee met on Tuesday to discuss the budget for next year and agreed on most items.

Die Kommission hat am Dienstag über den Haushalt für das nächste Jahr beraten.

Le comité s'est réuni mardi pour discuter du budget de l'année prochaine.

El comité se reunió el martes para discutir el presupuesto del próximo año.

Thanks!

See https://example.com/some/long/path and write to someone@example.org.
"""


def test_each_paragraph_gets_its_own_language_and_the_document_the_main_one() -> None:
    doc = language.detect_document(MIXED)
    assert doc.code == "en"
    assert [p.code for p in doc.paragraphs] == ["en", "de", "fr", "es", "en", "en"]
    assert doc.codes()[0] == "en"
    assert set(doc.codes()) == {"en", "de", "fr", "es"}


def test_short_or_unclear_paragraphs_take_the_document_language() -> None:
    doc = language.detect_document(MIXED)
    thanks = doc.paragraphs[4]
    assert not thanks.guess.reliable  # "Thanks!" alone is too short to tell
    assert thanks.code == "en"


def test_paragraph_spans_tile_the_text() -> None:
    doc = language.detect_document(MIXED)
    assert doc.paragraphs[0].start == 0 and doc.paragraphs[-1].end == len(MIXED)
    for a, b in zip(doc.paragraphs, doc.paragraphs[1:]):
        assert a.end == b.start


def test_confidence_is_a_probability_and_reliable_for_clear_text() -> None:
    guess = language.detect("Dies ist ein ganz gewöhnlicher deutscher Satz über das Wetter.")
    assert guess.code == "de" and guess.reliable
    assert 0.9 < guess.confidence <= 1.0


def test_links_numbers_and_markup_do_not_decide_the_language() -> None:
    text = "## Résumé\n\nVoir https://example.com/en/english/words/here 2024-03-01 pour les détails du projet."
    assert language.detect(text).code == "fr"
    assert language.clean("`code` [link](http://x.y) 42 **bold**").split() == ["link", "bold"]


def test_text_without_letters_is_undetermined() -> None:
    assert language.detect("").code == language.UNDETERMINED
    assert language.detect("12 345 67.8").code == language.UNDETERMINED
    doc = language.detect_document("1234\n\n5678\n")
    assert doc.code == language.UNDETERMINED


def test_forced_language_skips_detection() -> None:
    doc = language.detect_document(MIXED, forced="de")
    assert {p.code for p in doc.paragraphs} == {"de"}


def test_base_strips_region() -> None:
    assert language.base("en_GB") == language.base("en-GB") == language.base("EN") == "en"


def test_the_model_is_unpacked_once_into_the_cache_and_a_damaged_copy_is_ignored(
        monkeypatch: pytest.MonkeyPatch, user_dirs: paths.UserDirs, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(language, "_identifier", None)
    first = language._load_identifier()
    copies = list((user_dirs.cache / "language").glob("py3langid-*.npz"))
    assert len(copies) == 1 and copies[0].stat().st_size > 10_000_000
    again = language._load_identifier()
    assert again.classify("Das ist ein ganz gewöhnlicher deutscher Satz.")[0] == "de"
    assert again.classify("Un texte français tout à fait ordinaire.") == first.classify(
        "Un texte français tout à fait ordinaire.")
    copies[0].write_bytes(b"not a model")
    with caplog.at_level("WARNING"):
        third = language._load_identifier()
    assert third.classify("This is an ordinary English sentence about work.")[0] == "en"
    assert "does not load" in caplog.text
    assert copies[0].stat().st_size > 10_000_000  # written again, whole
