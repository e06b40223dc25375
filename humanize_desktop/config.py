"""Typed user settings, stored as TOML in the platformdirs config directory.

Every setting has a default, so a missing or partly broken settings file never
stops the app: unknown keys are ignored, values of the wrong type fall back to
their default, and each problem is reported in ``Settings.problems`` so the UI
can say what it ignored. Saving is atomic.

Sections are small dataclasses; add a field with a default to add a setting.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_type_hints

import tomli_w

from humanize_desktop import paths
from humanize_desktop.core.textio import atomic_write


@dataclass
class GeneralSettings:
    ui_language: str = "system"  # "system" or a locale code such as "de"
    theme: str = "system"  # "system", "light" or "dark"
    autosave_seconds: int = 3
    max_recent_files: int = 10


@dataclass
class RewriteSettings:
    style: str = "natural"
    strength: str = "medium"  # light | medium | strong
    custom_instructions: str = ""
    protected_terms: list[str] = field(default_factory=list)
    use_cache: bool = True  # reuse rewrites of unchanged paragraphs
    context: bool = True  # show the model the text around each paragraph


@dataclass
class ModelSettings:
    """Per-model options; stored in a table keyed by the model's file name."""

    context_size: int = 2048
    threads: int = 0  # 0: let the engine pick (physical cores)
    gpu_layers: int = 0  # -1 offloads every layer when the build supports it
    temperature: float = 0.7
    seed: int = 0  # 0: fixed default seed; -1: random each run
    max_tokens_factor: float = 2.0  # output budget relative to the input


@dataclass
class EngineSettings:
    default_model: str = ""  # a path or a model name; "" = discovery order
    server_url: str = ""  # an OpenAI-compatible server the user runs; "" = local
    api_key: str = ""
    request_timeout_s: float = 120.0
    server_model: str = ""  # a model id on that server; "" = the first it lists
    load_timeout_s: float = 300.0  # a local model that takes longer to load is stopped
    engine_timeout_s: float = 120.0  # a local engine silent this long is stopped and restarted
    models: dict[str, ModelSettings] = field(default_factory=dict)


@dataclass
class GrammarSettings:
    engine: str = "auto"  # auto | languagetool | harper | off
    languagetool_url: str = ""  # a team's own LanguageTool server; "" = local
    languagetool_path: str = ""  # a local LanguageTool directory (else LTP_PATH)
    languagetool_memory_mb: int = 512
    languagetool_start_timeout_s: float = 60.0  # a cold JVM start can take tens of seconds
    allow_public_api: bool = False  # never used unless explicitly switched on
    disabled_rules: list[str] = field(default_factory=list)  # engine rule ids the user turned off


@dataclass
class SpellingSettings:
    enabled: bool = True
    language: str = "auto"  # auto or a tag such as "en_GB"


@dataclass
class FairnessSettings:
    """Inclusive language, register and locale checks (core.checks.fairness); each can be off."""

    inclusive: bool = True
    register: bool = True
    locale: bool = True


@dataclass
class Settings:
    general: GeneralSettings = field(default_factory=GeneralSettings)
    rewrite: RewriteSettings = field(default_factory=RewriteSettings)
    engine: EngineSettings = field(default_factory=EngineSettings)
    grammar: GrammarSettings = field(default_factory=GrammarSettings)
    spelling: SpellingSettings = field(default_factory=SpellingSettings)
    fairness: FairnessSettings = field(default_factory=FairnessSettings)
    problems: list[str] = field(default_factory=list, compare=False, repr=False)

    def model_settings(self, model_key: str) -> ModelSettings:
        """Settings of one model (defaults when the user never changed them)."""
        return self.engine.models.get(model_key, ModelSettings())


def _coerce(value: Any, hint: Any, where: str, problems: list[str], default: Any) -> Any:
    origin = getattr(hint, "__origin__", None)
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            problems.append(f"{where}: expected a table; using defaults")
            return default
        return _from_dict(hint, value, where, problems)
    if origin is dict:
        _, value_hint = hint.__args__
        if not isinstance(value, dict):
            problems.append(f"{where}: expected a table; using defaults")
            return default
        return {
            str(k): _coerce(v, value_hint, f"{where}.{k}", problems, value_hint())
            for k, v in value.items()
        }
    if origin is list:
        (item_hint,) = hint.__args__
        if not isinstance(value, list) or not all(isinstance(v, item_hint) for v in value):
            problems.append(f"{where}: expected a list of {item_hint.__name__}; using default")
            return default
        return list(value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint is int and isinstance(value, bool):
        problems.append(f"{where}: expected a number; using default")
        return default
    if not isinstance(value, hint):
        problems.append(f"{where}: expected {hint.__name__}, got {type(value).__name__}; using default")
        return default
    return value


def _from_dict(cls: type, data: dict[str, Any], where: str, problems: list[str]) -> Any:
    hints = get_type_hints(cls)
    obj = cls()
    names = {f.name for f in dataclasses.fields(cls) if f.name != "problems"}
    for key, value in data.items():
        path = f"{where}.{key}" if where else key
        if key not in names:
            problems.append(f"{path}: unknown setting ignored")
            continue
        setattr(obj, key, _coerce(value, hints[key], path, problems, getattr(obj, key)))
    return obj


def _to_dict(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name == "problems":
            continue
        value = getattr(obj, f.name)
        if dataclasses.is_dataclass(value):
            out[f.name] = _to_dict(value)
        elif isinstance(value, dict):
            out[f.name] = {k: _to_dict(v) if dataclasses.is_dataclass(v) else v for k, v in value.items()}
        else:
            out[f.name] = value
    return out


def load(path: Path | None = None) -> Settings:
    """Read settings; a missing file gives defaults, a broken one defaults plus a problem."""
    path = path or paths.dirs().settings_file
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        settings = Settings()
        settings.problems.append(f"could not read {path}: {exc.strerror}; using defaults")
        return settings
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        settings = Settings()
        settings.problems.append(f"{path} is not valid TOML ({exc}); using defaults")
        return settings
    problems: list[str] = []
    settings = _from_dict(Settings, data, "", problems)
    settings.problems = problems
    return settings


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write settings atomically (temporary file, fsync, rename)."""
    path = path or paths.dirs().settings_file
    return atomic_write(path, tomli_w.dumps(_to_dict(settings)))
