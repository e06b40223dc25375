"""Web and e-mail addresses: the one pattern that finds them in prose, and
server addresses that carry a login, and how they may be shown.

``URL`` and ``EMAIL`` (pattern text, for building larger patterns) and
``URL_RE``/``EMAIL_RE`` are what every part of the app uses to find an
address in a text: words (``core.segmentation``), facts, guards, language
detection, spelling, Markdown autolinks. An address ends where GitHub's
extended autolinks end: sentence punctuation, emphasis markers and closing
quotes after it are not part of it, nor a ")" that does not close a "("
inside it, so "(see https://x.example/a)." and "[text](https://x.example/a)"
both yield ``https://x.example/a`` while ``…/wiki/Foo_(bar)`` stays whole.

A team's LanguageTool or model server may sit behind a password, given in
the address itself (``https://writers:PASSWORD@lt.team.example/``). The
address is needed to connect, but the password must never appear in what
the app shows or writes down: messages, status text, ``--json`` output,
log lines, exceptions.

``redact_url(text)`` is the one helper for that: it masks the password of
every address in ``text`` (one URL, or a whole sentence naming some) as
``https://writers:***@lt.team.example/``. Everything that shows a server
address passes it through here. ``split_login(url)`` takes the login out of
an address for clients that send it as an HTTP header instead.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote, urlsplit, urlunsplit

import regex

__all__ = ["EMAIL", "EMAIL_RE", "MASK", "URL", "URL_RE", "RedactingFilter", "redact_url", "restore_password",
           "split_login"]

MASK = "***"

# Characters of an address: anything but white space, quotes, angle brackets,
# backticks (Markdown code), square brackets (Markdown link text) and
# parentheses, which may only come as a balanced pair. Written so the pattern
# means the same with and without the regex module's VERSION1 set syntax.
_URL_CHAR = r"[^\s<>\"'`()\[\]]"
URL = (
    r"(?:https?://|www\.)"
    rf"(?:{_URL_CHAR}|\({_URL_CHAR}*\)|'(?={_URL_CHAR}))+"
    r"(?<![.,:;!?*_~”’»。，：；！？])"  # trailing punctuation belongs to the sentence
)
EMAIL = r"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+"
URL_RE = regex.compile(URL)
EMAIL_RE = regex.compile(EMAIL)

# scheme://user:password@ — the password runs to the last "@" before the
# address ends (at white space or a quote), so one holding "@" or ":" is
# masked whole; masking a little too much is harmless, too little is not.
_LOGIN_IN_TEXT = re.compile(
    r"(?P<head>\b[a-z][a-z0-9+.-]*://[^\s/@:'\"<>]*):(?P<password>[^\s'\"<>]*)@", re.IGNORECASE)
# An address typed without a scheme ("writers:pw@lt.team.example:8081"), as a whole string only.
_BARE_LOGIN = re.compile(r"^(?P<head>\s*[^\s/@:'\"<>]+):(?P<password>[^\s'\"<>]*)@(?=[^\s@]*$)")


def redact_url(text: str) -> str:
    """``text`` with the password of every ``scheme://user:password@`` address masked.

    Works on one address or on any message that contains addresses; a
    string with no login in it comes back unchanged.
    """
    if "@" not in text:
        return text
    masked = _LOGIN_IN_TEXT.sub(lambda m: f"{m['head']}:{MASK}@" if m["password"] else m[0], text)
    if masked == text and "://" not in text:
        masked = _BARE_LOGIN.sub(lambda m: f"{m['head']}:{MASK}@" if m["password"] else m[0], text)
    return masked


def restore_password(edited: str, original: str) -> str:
    """``edited`` (an address shown through ``redact_url(original)`` and maybe
    changed) with the masked password put back from ``original``.

    So a settings field can show ``https://writers:***@host/`` and the person
    can change the host without typing the password again; a password they
    type themselves is kept as typed.
    """
    marker = f":{MASK}@"
    if marker not in edited:
        return edited
    found = _LOGIN_IN_TEXT.search(original) or _BARE_LOGIN.search(original)
    if found is None or not found["password"]:
        return edited
    return edited.replace(marker, f":{found['password']}@", 1)


def split_login(url: str) -> tuple[str, str, str]:
    """(address without the login, user name, password), the last two decoded; "" when absent."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, "", ""
    host = parts.netloc.rpartition("@")[2]
    bare = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return bare, unquote(parts.username or ""), unquote(parts.password or "")


class RedactingFilter(logging.Filter):
    """Masks address passwords in the log records of a library that logs its server URL."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = redact_url(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True
