"""What rewriting a document reports while it runs (events) and when it is done (results).

See ``rewriting.document`` for when each event comes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Union

from humanize_desktop.core import diffing
from humanize_desktop.core.engine.base import EngineInfo, Generation
from humanize_desktop.core.humanizer import explain
from humanize_desktop.core.humanizer.explain import Origin


@dataclass(frozen=True)
class ParagraphStarted:
    index: int
    total: int
    draft_start: int
    draft_end: int


@dataclass(frozen=True)
class TokenDelta:
    index: int
    text: str


@dataclass(frozen=True)
class ParagraphRetry:
    index: int
    reason: str


@dataclass(frozen=True)
class ParagraphDone:
    index: int
    status: str
    reason: str
    text: str
    cached: bool
    origins: tuple[Origin, ...] = ()  # where each edit came from, in draft positions


RewriteEvent = Union[ParagraphStarted, TokenDelta, ParagraphRetry, ParagraphDone]
EventCallback = Callable[[RewriteEvent], None]


@dataclass
class ParagraphResult:
    index: int
    status: str
    reason: str
    draft_start: int
    draft_end: int
    text: str
    cached: bool = False
    origins: list[Origin] = field(default_factory=list)  # draft positions
    plan: list[dict[str, Any]] = field(default_factory=list)  # the plan's findings, draft positions

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "status": self.status, "reason": self.reason}


@dataclass
class RewriteStats:
    tokens: int = 0
    seconds: float = 0.0  # wall time of the whole run
    generation_seconds: float = 0.0
    generated: int = 0  # model calls
    cached: int = 0  # pieces answered from the cache

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.generation_seconds if self.generation_seconds > 0 else 0.0

    def add(self, gen: Generation) -> None:
        self.tokens += gen.tokens
        self.generation_seconds += gen.seconds
        self.generated += 1

    def to_json(self) -> dict[str, Any]:
        return {"tokens": self.tokens, "seconds": round(self.seconds, 3),
                "tokens_per_second": round(self.tokens_per_second, 2)}


@dataclass
class RewriteResult:
    suggestion: str
    paragraphs: list[ParagraphResult]
    stats: RewriteStats
    language: str
    engine: EngineInfo
    cancelled: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def origins(self) -> list[Origin]:
        return [o for p in self.paragraphs for o in p.origins]

    @property
    def plan(self) -> list[dict[str, Any]]:
        """``[{"paragraph", "start", "end", "rule", "message"}]``, offsets into the whole draft."""
        return [f for p in self.paragraphs for f in p.plan]

    def explanations(self, changes: list[diffing.Change]) -> dict[str, explain.Explanation]:
        """Change id -> where the change came from and why (see ``humanizer.explain``)."""
        return explain.explain(changes, self.origins)
