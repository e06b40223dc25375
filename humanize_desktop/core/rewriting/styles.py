"""Rewriting styles, as data: ``resources/styles/*.toml`` plus the user's own.

A style file holds ``id`` (its file name), ``name``, ``description``,
``instructions`` (what the model is told) and optionally ``order`` and
``length_ratio = [min, max]`` (the allowed rewrite/draft word-count ratio).
People can add styles by dropping files of the same shape into
``<config dir>/styles/``; a user style with a built-in id replaces it.
``load_styles()`` checks every file and raises ``StyleProblem`` naming the
file and the field for a built-in one; broken user files are skipped and
reported in ``style_problems()``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from humanize_desktop import paths
from humanize_desktop.core import messages
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.messages import Message

DEFAULT_STYLE = "natural"


class StyleProblem(HumanizeError):
    """A style file is malformed, or a style name is unknown."""


@dataclass(frozen=True)
class Style:
    id: str
    name: str
    description: str
    instructions: str
    order: int = 100
    length_ratio: tuple[float, float] | None = None
    path: Path | None = None
    builtin: bool = False  # shipped with the app: its name and description have translations

    def title(self) -> Message:
        """The name, for the window to show in its language (a person's own style: as written)."""
        return self._said("name", self.name)

    def summary(self) -> Message:
        """The description, likewise."""
        return self._said("description", self.description)

    def _said(self, part: str, text: str) -> Message:
        return messages.make(f"style.{self.id}.{part}") if self.builtin else Message("", {}, text)


def builtin_styles_dir() -> Path:
    return paths.resource("styles")


def user_styles_dir() -> Path:
    return paths.dirs().config / "styles"


def parse_style(path: Path) -> Style:
    """Read and check one style file; raises ``StyleProblem``."""
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StyleProblem(f"The style file {path} cannot be read: {exc}.") from None
    for key in ("id", "name", "description", "instructions"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise StyleProblem(f"The style file {path} needs a non-empty text {key!r}.")
    if data["id"] != path.stem:
        raise StyleProblem(f"The style file {path} has id {data['id']!r}; it must match the file name.")
    ratio = data.get("length_ratio")
    if ratio is not None:
        if (not isinstance(ratio, list) or len(ratio) != 2
                or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in ratio)
                or not 0 < ratio[0] < ratio[1]):
            raise StyleProblem(f"The style file {path}: length_ratio must be [min, max] with 0 < min < max.")
        ratio = (float(ratio[0]), float(ratio[1]))
    order = data.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        raise StyleProblem(f"The style file {path}: order must be a whole number.")
    unknown = set(data) - {"id", "name", "description", "instructions", "order", "length_ratio"}
    if unknown:
        raise StyleProblem(f"The style file {path} has unknown fields: {', '.join(sorted(unknown))}.")
    return Style(id=data["id"], name=data["name"].strip(), description=data["description"].strip(),
                 instructions=" ".join(data["instructions"].split()), order=order,
                 length_ratio=ratio, path=path)


_user_problems: list[str] = []


def load_styles() -> dict[str, Style]:
    """All styles by id, in display order (built-in ones first, by ``order``)."""
    styles: dict[str, Style] = {}
    for path in sorted(builtin_styles_dir().glob("*.toml")):
        style = replace(parse_style(path), builtin=True)
        messages.register({f"style.{style.id}.name": style.name, f"style.{style.id}.description": style.description})
        styles[style.id] = style
    if not styles:
        raise StyleProblem(f"No rewriting styles were found in {builtin_styles_dir()}.")
    _user_problems.clear()
    folder = user_styles_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            try:
                style = parse_style(path)
            except StyleProblem as exc:
                _user_problems.append(str(exc))
                continue
            styles[style.id] = style
    return dict(sorted(styles.items(), key=lambda kv: (kv[1].order, kv[1].name.casefold())))


def style_problems() -> list[str]:
    """User style files skipped by the last ``load_styles()``, with the reason."""
    return list(_user_problems)


def get_style(name: str) -> Style:
    """A style by id or display name, case-insensitively; raises ``StyleProblem`` if unknown."""
    styles = load_styles()
    wanted = (name or DEFAULT_STYLE).strip().casefold()
    for style in styles.values():
        if wanted in (style.id.casefold(), style.name.casefold()):
            return style
    raise StyleProblem(f"There is no style called {name!r}. Styles: "
                       f"{', '.join(s.id for s in styles.values())}.")
