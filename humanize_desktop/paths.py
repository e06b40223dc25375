"""Where Humanize Desktop keeps its files, and where its bundled resources are.

All per-user locations come from platformdirs. ``init()`` redirects them (tests
point everything at a temporary directory); the ``HUMANIZE_*_DIR`` environment
variables do the same for child processes and for people who want a portable
set-up. Nothing is ever written next to the program itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from humanize_desktop import APP_ID

PACKAGE_DIR = Path(__file__).resolve().parent


def _data_root() -> Path:
    """The folder that holds ``resources/`` and ``models/``.

    A checkout and the frozen (PyInstaller) bundle keep them beside the
    package, at the repository's top level. An installed wheel carries them
    inside the package (``_build_hook`` maps them there at build time: a wheel
    cannot put top-level folders next to site-packages), so the package
    itself is looked at first.
    """
    if (PACKAGE_DIR / "resources").is_dir():
        return PACKAGE_DIR
    return PACKAGE_DIR.parent


#: Where ``resources/`` and ``models/`` live: the repository or bundle root, or the installed package.
ROOT_DIR = _data_root()
RESOURCES_DIR = ROOT_DIR / "resources"
REPO_MODELS_DIR = ROOT_DIR / "models"

_ENV = {
    "config": "HUMANIZE_CONFIG_DIR",
    "data": "HUMANIZE_DATA_DIR",
    "state": "HUMANIZE_STATE_DIR",
    "cache": "HUMANIZE_CACHE_DIR",
}


@dataclass(frozen=True)
class UserDirs:
    """The four per-user directories the app may write to."""

    config: Path  # settings.toml, personal dictionary
    data: Path  # user models folder
    state: Path  # autosave / crash recovery, recent files, the log
    cache: Path  # model hashes, rewrite cache

    @property
    def models(self) -> Path:
        return self.data / "models"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.toml"

    @property
    def log_file(self) -> Path:
        """The log a person can attach to a problem report (``humanize_desktop.logs``)."""
        return self.state / "logs" / "humanize-desktop.log"


_dirs: UserDirs | None = None


def _default_dirs() -> UserDirs:
    def pick(kind: str, default: str) -> Path:
        override = os.environ.get(_ENV[kind])
        return Path(override) if override else Path(default)

    return UserDirs(
        config=pick("config", platformdirs.user_config_dir(APP_ID, appauthor=False)),
        data=pick("data", platformdirs.user_data_dir(APP_ID, appauthor=False)),
        state=pick("state", platformdirs.user_state_dir(APP_ID, appauthor=False)),
        cache=pick("cache", platformdirs.user_cache_dir(APP_ID, appauthor=False)),
    )


def init(
    config_dir: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    state_dir: str | os.PathLike[str] | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
) -> UserDirs:
    """Choose the user directories; unspecified ones come from platformdirs.

    Also exports them through the environment so child processes (the model
    engine) agree with the parent.
    """
    global _dirs
    base = _default_dirs()
    _dirs = UserDirs(
        config=Path(config_dir) if config_dir else base.config,
        data=Path(data_dir) if data_dir else base.data,
        state=Path(state_dir) if state_dir else base.state,
        cache=Path(cache_dir) if cache_dir else base.cache,
    )
    for kind in _ENV:
        os.environ[_ENV[kind]] = str(getattr(_dirs, kind))
    return _dirs


def dirs() -> UserDirs:
    """The current user directories (created lazily by whoever writes there)."""
    global _dirs
    if _dirs is None:
        _dirs = _default_dirs()
    return _dirs


def resource(*parts: str) -> Path:
    """Path of a bundled resource file, e.g. ``resource("styles", "natural.toml")``."""
    return RESOURCES_DIR.joinpath(*parts)
