"""The fairness checks' data files: bundled lists merged with the user's own.

Each check keeps its language data in ``resources/fairness/<check>/<language>.toml``
(``check`` is ``inclusive``, ``register`` or ``locale``). A person extends or
changes a list with a file of the same shape in the user data folder,
``<data dir>/fairness/<check>/<language>.toml``: its tables are merged into
the bundled ones key by key, its arrays of tables (``[[terms]]``) are added
to the bundled entries, and any other value replaces the bundled one. A
user file may also name entries or groups to switch off
(``switch_off = ["guys", "disability"]``) or switch a whole list off
(``off = true``).

A broken bundled file raises ``FairnessDataError`` naming the file and the
entry (the tests load every one). A broken user file never stops the
checks: it is left out, logged, and listed by ``problems()``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from humanize_desktop import paths
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.textio import read_toml

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The checks that have data folders.
CHECKS = ("inclusive", "register", "locale")


class FairnessDataError(HumanizeError):
    """A fairness data file is malformed; the message names the file and the entry."""


def need(cond: bool, where: str, what: str) -> None:
    """Raise ``FairnessDataError`` saying ``where`` ``what`` unless ``cond`` holds."""
    if not cond:
        raise FairnessDataError(f"{where} {what}")


def strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def builtin_dir(check: str) -> Path:
    return paths.resource("fairness") / check


def user_dir(check: str) -> Path:
    return paths.dirs().data / "fairness" / check


def languages(check: str) -> list[str]:
    """Languages with a bundled data file for ``check``."""
    return sorted(p.stem for p in builtin_dir(check).glob("*.toml"))


def read(path: Path) -> dict[str, Any]:
    return read_toml(path, FairnessDataError)


def merge(bundled: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """``user`` laid over ``bundled``: tables merge, arrays of tables add up, values replace."""
    out = dict(bundled)
    for key, value in user.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge(old, value)
        elif (key == "switch_off" or (isinstance(old, list) and old and all(isinstance(v, dict) for v in old))) \
                and isinstance(value, list):
            out[key] = [*(old or []), *value]
        else:
            out[key] = value
    return out


_cache: dict[tuple[str, str], tuple[tuple, Any]] = {}
_problems: dict[Path, str] = {}
_lock = threading.Lock()


def _stamp(path: Path) -> tuple:
    try:
        st = path.stat()
    except OSError:
        return (str(path), None)
    return (str(path), st.st_mtime_ns, st.st_size)


def load(check: str, language: str, parse: Callable[[dict[str, Any], str, str], T]) -> T | None:
    """The parsed data of ``check`` for ``language`` (bundled + user), or None when there is none.

    ``parse(data, name, language)`` validates a decoded file and builds the
    check's object; results are cached until the user's file changes.
    """
    lang = base(language)
    bundled_path = builtin_dir(check) / f"{lang}.toml"
    user_path = user_dir(check) / f"{lang}.toml"
    stamp = _stamp(user_path)
    with _lock:
        hit = _cache.get((check, lang))
        if hit is not None and hit[0] == stamp:
            return hit[1]
    bundled = read(bundled_path) if bundled_path.is_file() else None
    result: Any = None
    if bundled is not None:
        result = parse(bundled, str(bundled_path), lang)
    if user_path.is_file():
        try:
            user = read(user_path)
            merged = merge(bundled, user) if bundled is not None else user
            result = parse(merged, f"{user_path} (merged with the bundled list)" if bundled else str(user_path),
                           lang)
            with _lock:
                _problems.pop(user_path, None)
        except FairnessDataError as exc:
            log.warning("ignoring %s: %s", user_path, exc)
            with _lock:
                _problems[user_path] = str(exc)
    with _lock:
        _cache[(check, lang)] = (stamp, result)
    return result


def problems() -> list[str]:
    """Why user data files were left out (empty when all of them load)."""
    with _lock:
        return list(_problems.values())


def clear_cache() -> None:
    with _lock:
        _cache.clear()
        _problems.clear()
