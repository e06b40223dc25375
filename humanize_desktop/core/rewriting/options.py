"""How a document is to be rewritten: ``RewriteOptions``, made by the front ends from the settings.

``rewriting.document.rewrite_document`` takes them; everything the core needs
from the user's settings, learning and voice arrives here as plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from humanize_desktop.core.learning.apply import Learned
from humanize_desktop.core.rewriting import styles
from humanize_desktop.core.settings import GrammarSettings, ModelSettings, Settings
from humanize_desktop.core.voice.profile import VoiceProfile


def default_candidates(parameters: int) -> int:
    """Best-of-n by model size: small models need more tries; a server's size is unknown (0)."""
    if parameters <= 0:
        return 1
    return 3 if parameters < 1_000_000_000 else 2


@dataclass(frozen=True)
class RewriteOptions:
    style: str = styles.DEFAULT_STYLE
    strength: str = "medium"  # light | medium | strong
    custom_instructions: str = ""
    protected_terms: tuple[str, ...] = ()
    seed: int = 0  # -1: different every run
    temperature: float = 0.7
    top_p: float = 0.9
    repeat_penalty: float = 1.1
    max_tokens_factor: float = 2.0  # answer budget relative to the piece's length
    use_cache: bool = True
    context: bool = True
    candidates: int = 0  # best-of-n for model work; 0: chosen by model size (``default_candidates``)
    #: What was learned from the writer's decisions (``core.learning``); None: nothing (``--no-learning``).
    learned: Learned | None = None
    voice: VoiceProfile | None = None  # the writer's voice to steer toward (``core.voice``)
    #: The grammar engines that judge model candidates, as the checks use them (LanguageTool where
    #: installed, Harper for English); None: Harper for English only.
    grammar: GrammarSettings | None = None

    @classmethod
    def from_settings(cls, settings: Settings, model: ModelSettings | None = None, **overrides: Any) -> RewriteOptions:
        m = model or ModelSettings()
        r = settings.rewrite
        values: dict[str, Any] = dict(
            style=r.style, strength=r.strength, custom_instructions=r.custom_instructions,
            protected_terms=tuple(r.protected_terms), seed=m.seed, temperature=m.temperature,
            max_tokens_factor=m.max_tokens_factor, use_cache=r.use_cache, context=r.context,
            grammar=settings.grammar)
        values.update({k: v for k, v in overrides.items() if v is not None})
        values["protected_terms"] = tuple(values["protected_terms"])
        return cls(**values)
