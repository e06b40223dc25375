"""The user's settings as typed values: one small dataclass per section, every field with a default.

The core receives these values from its callers; it never reads or writes the
settings file. Reading and writing it (TOML under the platformdirs config
folder, damaged files kept aside, unknown keys carried over) is
``humanize_desktop.config``'s job, which re-exports these names.

Sections are small dataclasses; add a field with a default to add a setting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from humanize_desktop.core.messages import Message

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
    voice: str = ""  # the voice rewrites steer toward (a name from `voice list`); "" = none


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
    languagetool_memory_mb: int = 1024  # -Xmx; four languages need about 400 MB live (benchmarks/bench_languagetool.py)
    languagetool_start_timeout_s: float = 60.0  # a cold JVM start can take tens of seconds
    allow_public_api: bool = False  # never used unless explicitly switched on
    disabled_rules: list[str] = field(default_factory=list)  # engine rule ids the user turned off


@dataclass
class SpellingSettings:
    enabled: bool = True
    language: str = "auto"  # auto or a tag such as "en_GB"


@dataclass(frozen=True)
class Carried:
    """A value of the settings file this version did not use, kept to be written back.

    ``instead`` is the default used in its place (``UNKNOWN`` for a key this
    version does not know): the value is written back while the setting
    still holds that default, so a setting the person changes wins.
    """

    value: Any
    instead: Any


UNKNOWN = object()
#: Fields of ``Settings`` about loading the file, not settings.
_META = ("problems", "notice", "carried", "save_blocked")


@dataclass
class FairnessSettings:
    """Inclusive language, register and locale checks (core.checks.fairness); each can be off."""

    inclusive: bool = True
    register: bool = True
    locale: bool = True


@dataclass
class LearningSettings:
    """When decisions become learned preferences (core.learning.derive)."""

    min_rejections: int = 3
    max_acceptance_share: float = 0.2  # "few acceptances": at most this share of the rule's decisions
    protected_term_rejections: int = 3
    own_rule_edits: int = 2
    max_examples: int = 40


@dataclass
class Settings:
    general: GeneralSettings = field(default_factory=GeneralSettings)
    rewrite: RewriteSettings = field(default_factory=RewriteSettings)
    engine: EngineSettings = field(default_factory=EngineSettings)
    grammar: GrammarSettings = field(default_factory=GrammarSettings)
    spelling: SpellingSettings = field(default_factory=SpellingSettings)
    fairness: FairnessSettings = field(default_factory=FairnessSettings)
    learning: LearningSettings = field(default_factory=LearningSettings)
    # What loading the file found, not settings (never saved as such):
    problems: list[str] = field(default_factory=list, compare=False, repr=False)
    #: What the person must read once (the file was moved aside, or cannot be read); None: nothing.
    notice: Message | None = field(default=None, compare=False, repr=False)
    #: Values from the file this version cannot use, by key path, written back by ``save``.
    carried: dict[tuple[str, ...], Carried] = field(default_factory=dict, compare=False, repr=False)
    #: Why the file must not be saved over ("" when it may be).
    save_blocked: str = field(default="", compare=False, repr=False)

    def model_settings(self, model_key: str) -> ModelSettings:
        """Settings of one model (defaults when the user never changed them)."""
        return self.engine.models.get(model_key, ModelSettings())
