"""Typed user settings, stored as TOML in the platformdirs config directory.

Every setting has a default, so a missing or partly broken settings file never
stops the app, and the app never destroys what a person (or a newer version)
wrote in it:

- keys this version does not know, and values of the wrong type, are not
  used but carried over: ``save`` writes them back unchanged (a wrong value
  only until the person sets that setting again);
- a file that is not TOML (or not UTF-8) is renamed aside with the date,
  ``settings.broken-20250131-142501.toml``, and the app starts from
  defaults; ``Settings.notice`` says so once, with the new name, and the
  window (translated: it is a ``core.messages`` message) and the command
  line show that sentence;
- a file that cannot be read (permissions, a disk error) is never saved
  over: ``save`` raises ``SettingsFileProtected`` instead.

Each problem is also listed in ``Settings.problems`` so the UI can say what it
ignored. Saving is atomic.

The sections are typed dataclasses in ``core.settings`` (re-exported here);
add a field with a default there to add a setting.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
import tomllib
from pathlib import Path
from typing import Any, get_type_hints

import tomli_w

from humanize_desktop import paths
from humanize_desktop.core import messages
from humanize_desktop.core.messages import Message
from humanize_desktop.core.settings import (  # noqa: F401  (re-exported: the settings' types live in core)
    _META,
    UNKNOWN,
    Carried,
    EngineSettings,
    FairnessSettings,
    GeneralSettings,
    GrammarSettings,
    LearningSettings,
    ModelSettings,
    RewriteSettings,
    Settings,
    SpellingSettings,
)
from humanize_desktop.core.textio import atomic_write

log = logging.getLogger(__name__)

messages.register({
    "settings.unreadable": "The settings file {path} could not be read ({reason}), so Humanize Desktop uses "
                           "default settings and will not save over that file. Check its permissions.",
    "settings.damaged-kept": "The settings file {path} is damaged ({reason}) and could not be renamed "
                             "({move_reason}), so Humanize Desktop uses default settings and will not save "
                             "over it.",
    "settings.moved-aside": "The settings file could not be read ({reason}), so Humanize Desktop started with "
                            "default settings. The old file is kept as {aside}; copy what you need from it "
                            "into the settings.",
})


class SettingsFileProtected(OSError):
    """The settings file could not be read, so it is not saved over; ``str()`` says which and why."""


class _Reader:
    """Turns the file's tables into settings, noting each value it cannot use."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.carried: dict[tuple[str, ...], Carried] = {}

    def unusable(self, where: tuple[str, ...], value: Any, default: Any, why: str) -> Any:
        self.problems.append(f"{'.'.join(where)}: {why}; using the default (the file keeps its value)")
        self.carried[where] = Carried(value, _plain(default))
        return default

    def coerce(self, value: Any, hint: Any, where: tuple[str, ...], default: Any) -> Any:
        origin = getattr(hint, "__origin__", None)
        if dataclasses.is_dataclass(hint):
            if not isinstance(value, dict):
                return self.unusable(where, value, default, "expected a table")
            return self.read(hint, value, where)
        if origin is dict:
            _, value_hint = hint.__args__
            if not isinstance(value, dict):
                return self.unusable(where, value, default, "expected a table")
            return {str(k): self.coerce(v, value_hint, (*where, str(k)), value_hint()) for k, v in value.items()}
        if origin is list:
            (item_hint,) = hint.__args__
            if not isinstance(value, list) or not all(isinstance(v, item_hint) for v in value):
                return self.unusable(where, value, default, f"expected a list of {item_hint.__name__}")
            return list(value)
        if hint is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if hint is int and isinstance(value, bool):
            return self.unusable(where, value, default, "expected a number")
        if not isinstance(value, hint):
            return self.unusable(where, value, default, f"expected {hint.__name__}, got {type(value).__name__}")
        return value

    def read(self, cls: type, data: dict[str, Any], where: tuple[str, ...] = ()) -> Any:
        hints = get_type_hints(cls)
        obj = cls()
        names = {f.name for f in dataclasses.fields(cls) if f.name not in _META}
        for key, value in data.items():
            path = (*where, key)
            if key not in names:
                self.problems.append(f"{'.'.join(path)}: a setting this version does not know; "
                                     "kept in the file unchanged")
                self.carried[path] = Carried(value, UNKNOWN)
                continue
            setattr(obj, key, self.coerce(value, hints[key], path, getattr(obj, key)))
        return obj


def _plain(value: Any) -> Any:
    """A setting's value as it is written to the file (tables as dicts)."""
    if dataclasses.is_dataclass(value):
        return _to_dict(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _carry_over(out: dict[str, Any], carried: dict[tuple[str, ...], Carried]) -> None:
    """Put the file's unused values back into ``out`` (the settings about to be written)."""
    for path, kept in carried.items():
        table = out
        for key in path[:-1]:
            table = table.get(key) if isinstance(table, dict) else None
            if table is None:
                break
        if not isinstance(table, dict):
            continue  # the table it was in is gone (a model's settings were removed)
        key = path[-1]
        if kept.instead is UNKNOWN:
            table.setdefault(key, kept.value)
        elif table.get(key) == kept.instead:  # the person has not set it since
            table[key] = kept.value


def _to_dict(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name in _META:
            continue
        value = getattr(obj, f.name)
        if dataclasses.is_dataclass(value):
            out[f.name] = _to_dict(value)
        elif isinstance(value, dict):
            out[f.name] = {k: _to_dict(v) if dataclasses.is_dataclass(v) else v for k, v in value.items()}
        else:
            out[f.name] = value
    return out


def _aside_name(path: Path) -> Path:
    """A free name next to ``path`` for a file kept aside: ``settings.broken-20250131-142501.toml``."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.broken-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.broken-{stamp}-{n}{path.suffix}")
    return candidate


def _defaults_because(problem: str, notice: Message, blocked: str = "") -> Settings:
    settings = Settings()
    settings.problems.append(problem)
    settings.notice = notice
    settings.save_blocked = blocked
    log.warning("%s", notice.text)
    return settings


def load(path: Path | None = None) -> Settings:
    """Read settings; a missing file gives defaults, a broken one defaults and a notice (see the module)."""
    path = path or paths.dirs().settings_file
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        return _defaults_because(
            f"could not read {path}: {why}; using defaults",
            messages.make("settings.unreadable", path=str(path), reason=why),
            blocked=f"the settings file {path} could not be read ({why}), so it is not overwritten")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problem = f"{path} is not valid TOML ({exc}); using defaults"
        aside = _aside_name(path)
        try:
            os.replace(path, aside)
        except FileNotFoundError:  # another window moved it a moment ago
            return Settings()
        except OSError as move:
            return _defaults_because(
                problem, messages.make("settings.damaged-kept", path=str(path), reason=str(exc),
                                       move_reason=move.strerror or str(move)),
                blocked=f"the damaged settings file {path} is kept as it is")
        return _defaults_because(problem, messages.make("settings.moved-aside", reason=str(exc), aside=str(aside)))
    reader = _Reader()
    settings = reader.read(Settings, data)
    settings.problems = reader.problems
    settings.carried = reader.carried
    for problem in reader.problems:
        log.info("settings: %s", problem)
    return settings


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write settings atomically (temporary file, fsync, rename), with the file's unused values kept.

    Raises ``SettingsFileProtected`` (an ``OSError``) when the file the
    settings came from could not be read: writing would replace it unseen.
    """
    path = path or paths.dirs().settings_file
    if settings.save_blocked:
        raise SettingsFileProtected(settings.save_blocked)
    out = _to_dict(settings)
    _carry_over(out, settings.carried)
    return atomic_write(path, tomli_w.dumps(out))
