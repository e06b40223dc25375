"""The model engine: finding models, and running them locally or on the user's own server.

Public API (import from ``humanize_desktop.core.engine``):

Models
    ``ModelInfo``            header facts of a GGUF file (name, path, size, architecture,
                             parameters, quantization, context_length, chat_template,
                             is_default, source, problem; ``sha256()`` lazily, cached)
    ``inspect_model(path)``  validate + read metadata without loading weights; raises
                             ``NotAModelFile`` / ``TruncatedModel`` / ``CorruptModel`` /
                             ``UnsupportedModel`` / ``ModelNotFound``
    ``discover_models(settings)``, ``resolve_model(name_or_path, settings)``,
    ``bundled_model_path()``, ``user_models_dir()``
    ``load_catalog()``, ``CatalogEntry``, ``verify_model(info)``,
    ``find_catalog_model(id_or_name)`` (raises ``ModelNotFound`` naming close matches)

Engines (``Engine`` interface, see ``base``)
    ``LocalEngine(model, model_settings)``   llama.cpp in a child process
    ``RemoteEngine(url, api_key, timeout_s)`` an OpenAI-compatible server
    ``open_engine(settings, model=None, server=None, for_window=False)`` the engine the settings ask for
    ``engine.generate(GenerationRequest, on_token, cancel) -> Generation``
    ``engine.score(text) -> list[TokenScore]``  (logprob, expected_logprob, variance)
    ``engine.embed(texts) -> list[list[float]]``
    ``engine.count_tokens(text)``, ``engine.info() -> EngineInfo`` (loads/contacts first),
    ``engine.describe()`` (never loads a local model), ``start()``, ``restart()``,
    ``close()``, ``engine.problem`` ("" or why it is unavailable now)

Errors: every failure is a ``HumanizeError`` subclass from ``errors``.
"""

from __future__ import annotations

from humanize_desktop.core.settings import Settings
from humanize_desktop.core.engine.base import (
    Engine,
    EngineInfo,
    Generation,
    GenerationRequest,
    TokenCallback,
    TokenScore,
    estimate_tokens,
)
from humanize_desktop.core.engine.catalog import (
    CatalogEntry,
    catalog_entry_for,
    find_catalog_model,
    load_catalog,
    verify_model,
)
from humanize_desktop.core.engine.discovery import (
    bundled_model_path,
    discover_models,
    resolve_model,
    user_models_dir,
)
from humanize_desktop.core.engine.errors import (
    CatalogProblem,
    CorruptModel,
    EngineCrashed,
    EngineError,
    EngineHung,
    EngineUnavailable,
    FeatureUnavailable,
    ModelNotFound,
    ModelProblem,
    NotAModelFile,
    PromptTooLong,
    ServerError,
    ServerUnreachable,
    TruncatedModel,
    UnsupportedModel,
)
from humanize_desktop.core.engine.local import LocalEngine
from humanize_desktop.core.engine.modelfile import ModelInfo, inspect_model, model_sha256
from humanize_desktop.core.engine.remote import RemoteEngine


def open_engine(settings: Settings, model: str | None = None, server: str | None = None,
                api_key: str | None = None, *, for_window: bool = False) -> Engine:
    """The engine to use: ``server`` (or the configured server URL) if any, else a local model.

    ``model`` is a name or path (``--model``); without it the default model
    from discovery is used. Nothing starts until the engine is first used.
    ``for_window``: the window runs it (a local model then leaves it a core;
    see ``machine.engine_threads``).
    """
    url = server if server is not None else settings.engine.server_url
    if url:
        key = api_key if api_key is not None else settings.engine.api_key
        return RemoteEngine(url, key, timeout_s=settings.engine.request_timeout_s,
                            model=settings.engine.server_model)
    info = resolve_model(model, settings)
    return LocalEngine(info, settings.model_settings(info.file_name),
                       load_timeout_s=settings.engine.load_timeout_s,
                       response_timeout_s=settings.engine.engine_timeout_s, for_window=for_window)


__all__ = [
    "CatalogEntry", "CatalogProblem", "CorruptModel", "Engine", "EngineCrashed", "EngineError",
    "EngineHung", "EngineInfo", "EngineUnavailable", "FeatureUnavailable", "Generation",
    "GenerationRequest", "LocalEngine", "ModelInfo", "ModelNotFound", "ModelProblem",
    "NotAModelFile", "PromptTooLong", "RemoteEngine", "ServerError", "ServerUnreachable",
    "TokenCallback", "TokenScore", "TruncatedModel", "UnsupportedModel", "bundled_model_path",
    "catalog_entry_for", "discover_models", "estimate_tokens", "find_catalog_model", "inspect_model",
    "load_catalog", "model_sha256", "open_engine", "resolve_model", "user_models_dir", "verify_model",
]
