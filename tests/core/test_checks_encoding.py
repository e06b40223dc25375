"""Mojibake found and repaired (real ftfy)."""

from __future__ import annotations

from humanize_desktop.core.checks import encoding


def fix_all(text: str) -> str:
    for f in sorted(encoding.find(text), key=lambda f: f.start, reverse=True):
        text = text[:f.start] + f.replacements[0] + text[f.end:]
    return text


def test_garbled_dashes_quotes_and_accents_are_found_and_repaired() -> None:
    text = "The rollout â€” scheduled for 2024 â€” went well. CafÃ© prices rose. Itâ€™s â€œfineâ€\x9d."
    findings = encoding.find(text)
    assert [text[f.start:f.end] for f in findings] == ["â€”", "â€”", "CafÃ©", "Itâ€™s", "â€œfineâ€\x9d."]
    assert all(f.kind == "encoding" and f.engine == "ftfy" for f in findings)
    assert "'â€”'" in findings[0].message and "'—'" in findings[0].message
    assert fix_all(text) == "The rollout — scheduled for 2024 — went well. Café prices rose. It’s “fine”."


def test_glued_mojibake_is_repaired_inside_its_word() -> None:
    assert fix_all("rolloutâ€”scheduled") == "rollout—scheduled"


def test_correct_text_in_many_scripts_is_left_alone() -> None:
    for text in ("Ärger über die Straße — “ok” naïve São Paulo SÃO PAULO", "Ελληνικά, русский, 日本語 🙂",
                 "plain ascii text"):
        assert encoding.find(text) == []
