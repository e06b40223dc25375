"""Addresses: found in prose the same way everywhere; a login's password masked wherever one is shown."""

from __future__ import annotations

import logging

import pytest

from humanize_desktop.core import markdown, segmentation
from humanize_desktop.core.checks import facts
from humanize_desktop.core.rewriting.guards import GuardRules, check_rewrite
from humanize_desktop.core.urls import EMAIL_RE, URL_RE, RedactingFilter, redact_url, restore_password, split_login


@pytest.mark.parametrize(("address", "shown"), [
    ("https://writers:s3cret@lt.team.example/", "https://writers:***@lt.team.example/"),
    ("http://writers:s3cret@127.0.0.1:8081/v2/", "http://writers:***@127.0.0.1:8081/v2/"),
    ("https://writers:p@ss:w0rd@lt.team.example/", "https://writers:***@lt.team.example/"),
    ("https://writers:p%40ss%2Fx@lt.team.example", "https://writers:***@lt.team.example"),
    ("https://:only-a-token@llm.team.example", "https://:***@llm.team.example"),
    ("HTTPS://Writers:S3cret@LT.team.example", "HTTPS://Writers:***@LT.team.example"),
    ("writers:s3cret@lt.team.example:8081", "writers:***@lt.team.example:8081"),
])
def test_the_password_is_masked_and_the_rest_kept(address: str, shown: str) -> None:
    assert redact_url(address) == shown


@pytest.mark.parametrize("text", [
    "https://lt.team.example/", "https://writers@lt.team.example/", "http://127.0.0.1:8081/v2/check",
    "Write to ana@example.org about it.", "ratio 3:4 at noon", "",
])
def test_text_without_a_password_is_unchanged(text: str) -> None:
    assert redact_url(text) == text


def test_every_address_in_a_sentence_is_masked() -> None:
    message = ("LanguageTool at https://writers:s3cret@lt.team.example/ failed: "
               "https://writers:s3cret@lt.team.example/v2/: Max retries exceeded ('http://a:b@c/')")
    shown = redact_url(message)
    assert "s3cret" not in shown and ":b@" not in shown
    assert shown == ("LanguageTool at https://writers:***@lt.team.example/ failed: "
                     "https://writers:***@lt.team.example/v2/: Max retries exceeded ('http://a:***@c/')")


def test_a_password_with_a_slash_is_masked_rather_than_shown() -> None:
    # Not a valid address (the slash should be %2F), but people type it anyway.
    assert "ab/cd" not in redact_url("https://writers:ab/cd@lt.team.example/")


def test_split_login_gives_the_bare_address_and_the_decoded_login() -> None:
    assert split_login("https://writers:p%40ss@lt.team.example:8443/proxy") == (
        "https://lt.team.example:8443/proxy", "writers", "p@ss")
    assert split_login("http://127.0.0.1:8080") == ("http://127.0.0.1:8080", "", "")
    assert split_login("https://token@llm.team.example") == ("https://llm.team.example", "token", "")


def test_log_records_are_masked(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("tests.urls.redacting")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.DEBUG, logger="tests.urls.redacting"):
        logger.debug("_query_server url: %s", "https://writers:s3cret@lt.team.example/v2/check")
        logger.debug("nothing secret at %s", "http://127.0.0.1:1/")
    assert caplog.messages == ["_query_server url: https://writers:***@lt.team.example/v2/check",
                               "nothing secret at http://127.0.0.1:1/"]


@pytest.mark.parametrize(("original", "edited", "saved"), [
    # Unchanged, or only the host changed: the password comes back.
    ("https://writers:s3cr@t@lt.team.example/", "https://writers:***@lt.team.example/",
     "https://writers:s3cr@t@lt.team.example/"),
    ("https://writers:pw@old.example/", "https://writers:***@new.example:8443/", "https://writers:pw@new.example:8443/"),
    ("writers:pw@lt.team.example:8081", "writers:***@lt.team.example:8082", "writers:pw@lt.team.example:8082"),
    # A password typed anew, or a login removed, is kept as typed.
    ("https://writers:pw@host/", "https://writers:new@host/", "https://writers:new@host/"),
    ("https://writers:pw@host/", "https://host/", "https://host/"),
    ("http://127.0.0.1:8081", "http://127.0.0.1:8082", "http://127.0.0.1:8082"),
])
def test_a_masked_password_is_put_back_after_editing(original: str, edited: str, saved: str) -> None:
    assert restore_password(edited, original) == saved
    assert redact_url(saved) == redact_url(edited)  # what is saved shows as what the field showed


# --------------------------------------------------------------------------- finding addresses in prose

@pytest.mark.parametrize(("text", "found"), [
    ("Details at https://example.com/guide.", "https://example.com/guide"),
    ("Is it https://example.com/a?b=1&c=2? Yes!", "https://example.com/a?b=1&c=2"),
    ("See https://example.com/a, https://x.example/b; and so on", "https://example.com/a"),
    ("(see https://example.com/a).", "https://example.com/a"),
    ("https://en.wikipedia.org/wiki/Mercury_(planet) is a page", "https://en.wikipedia.org/wiki/Mercury_(planet)"),
    ("Wrapped: <https://example.com/a>", "https://example.com/a"),
    ("A [guide](https://example.com/guide \"Title\") here", "https://example.com/guide"),
    ("[https://example.com](https://example.org/x)", "https://example.com"),
    ("Quoted “https://example.com/q” and 'https://example.com/s'", "https://example.com/q"),
    ("**https://example.com/bold**", "https://example.com/bold"),
    ("Go to www.example.com/path: now", "www.example.com/path"),
    ("`https://example.com/code`", "https://example.com/code"),
])
def test_a_web_address_ends_where_the_sentence_takes_over(text: str, found: str) -> None:
    assert URL_RE.search(text).group() == found  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "found"), [
    ("Mail ana.lopez+news@example.co.uk.", "ana.lopez+news@example.co.uk"),
    ("(write to bob@example.org)", "bob@example.org"),
    ("<mailto:zoë@beispiel.de>", "zoë@beispiel.de"),
])
def test_an_email_address_ends_at_its_domain(text: str, found: str) -> None:
    assert EMAIL_RE.search(text).group() == found  # type: ignore[union-attr]


def test_every_part_of_the_app_finds_the_same_address() -> None:
    draft = "The full guide to the setup is at https://example.com/guide_(v2)."
    assert "https://example.com/guide_(v2)" in segmentation.words(draft)
    assert [(f.kind, f.text) for f in facts.extract(draft, "en") if f.kind == "url"] == \
        [("url", "https://example.com/guide_(v2)")]
    # A rewrite may move the address into the sentence: it is the same address without the full stop.
    moved = "The guide at https://example.com/guide_(v2) covers the full setup."
    assert check_rewrite(draft, moved, "stop", GuardRules()) is None
    autolink = "Read <https://example.com/guide>."
    assert [s.kind for s in markdown.structure_spans(autolink)] == ["link"]
