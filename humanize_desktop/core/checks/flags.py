"""All the flags of a review's changes, as ``diff --json`` and ``humanize --json`` print them.

``change_flags(draft, suggestion, changes)`` = the fidelity flags
(``fidelity.flags_for``, with the protected terms from the settings) plus an
``introduced-error`` flag for each grammar or spelling error, and each
inclusive, register or locale finding, the rewrite brought in. Only the
paragraphs that changes touch are checked, each in its detected language. Meaning drift flags come
sentence by sentence without a model (``drift.sentence_flags``), and per
paragraph from embeddings (``drift.drift_flags``) when ``embedder`` (a
loaded model) is at hand.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from typing import Any

from humanize_desktop import config
from humanize_desktop.core import tokens
from humanize_desktop.core.checks import fidelity
from humanize_desktop.core.checks import language as lang_mod
from humanize_desktop.core.checks.findings import ERROR_KINDS, Finding, Flag
from humanize_desktop.core.checks.runner import DocumentChecker
from humanize_desktop.core.diffing import Change
from humanize_desktop.core.errors import HumanizeError

log = logging.getLogger(__name__)


def _touched(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    paras = tokens.paragraphs(text)
    starts = [s for s, _ in paras]
    wanted: set[int] = set()
    for a, b in spans:
        first = max(0, bisect.bisect_right(starts, a) - 1)
        last = max(0, bisect.bisect_right(starts, max(a, b - 1)) - 1)
        wanted.update(range(first, last + 1))
    return [paras[i] for i in sorted(wanted) if i < len(paras)]


def _findings(checker: DocumentChecker, text: str, spans: list[tuple[int, int]]) -> list[Finding]:
    doc = lang_mod.detect_document(text)
    found: list[Finding] = []
    for start, end in _touched(text, spans):
        code = next((p.code for p in doc.paragraphs if p.start <= start < p.end), doc.code)
        report = checker.check(text[start:end], code if code != lang_mod.UNDETERMINED else "auto")
        found.extend(f.shifted(start) for f in report.findings)
    return found


def error_flags(draft: str, suggestion: str, changes: Sequence[Change],
                checker: DocumentChecker) -> list[Flag]:
    """``introduced-error`` flags: findings of ``ERROR_KINDS`` in changes that the draft did not have."""
    if not changes:
        return []
    draft_found = _findings(checker, draft, [c.draft_span for c in changes])
    suggestion_found = _findings(checker, suggestion, [c.suggestion_span for c in changes])
    marked = fidelity.mark_origins(draft, draft_found, suggestion, suggestion_found, changes)
    return fidelity.introduced_flags(suggestion, marked, changes)


def change_flags(draft: str, suggestion: str, changes: Sequence[Change],
                 settings: config.Settings | None = None, *, checker: DocumentChecker | None = None,
                 embedder: Any = None, language: str | None = None,
                 protected_terms: Sequence[str] | None = None) -> list[Flag]:
    """Every flag of every change, in change order.

    ``protected_terms`` defaults to the settings' list; ``embedder`` (the
    loaded engine) adds drift flags; ``checker`` reuses a ``DocumentChecker``.
    """
    settings = settings or config.load()
    terms = settings.rewrite.protected_terms if protected_terms is None else protected_terms
    flags = fidelity.flags_for(draft, suggestion, changes, terms, language)
    own = checker is None
    checker = checker or DocumentChecker(settings, kinds=ERROR_KINDS)
    try:
        flags.extend(error_flags(draft, suggestion, changes, checker))
    finally:
        if own:
            checker.close()
    flags.extend(_drift_flags(draft, suggestion, changes, embedder, language))
    order = {c.id: i for i, c in enumerate(changes)}
    return sorted(flags, key=lambda f: order.get(f.change_id, len(order)))


def _drift_flags(draft: str, suggestion: str, changes: Sequence[Change], embedder: Any,
                 language: str | None) -> list[Flag]:
    """Sentence drift flags (no model), plus paragraph drift flags when an embedder is given."""
    from humanize_desktop.core.checks import drift

    flags = drift.sentence_flags(draft, suggestion, changes, language)
    if embedder is not None:
        try:
            flags.extend(drift.drift_flags(embedder, draft, suggestion, changes))
        except HumanizeError as exc:
            # A server without embeddings: no paragraph drift flags, the others stand.
            log.info("no paragraph drift flags: %s", exc)
    return flags


def flags_from_findings(draft: str, suggestion: str, changes: Sequence[Change],
                        draft_findings: Sequence[Finding], suggestion_findings: Sequence[Finding],
                        protected_terms: Sequence[str] = (), embedder: Any = None
                        ) -> tuple[list[Flag], list[Finding]]:
    """Flags for a review whose two texts were already checked (the GUI has both reports).

    Returns the flags in change order and the suggestion's findings with
    ``origin`` set ("introduced" by the rewrite, or already in the "draft").
    """
    flags = fidelity.flags_for(draft, suggestion, changes, protected_terms)
    marked = fidelity.mark_origins(draft, draft_findings, suggestion, suggestion_findings, changes)
    flags.extend(fidelity.introduced_flags(suggestion, marked, changes))
    flags.extend(_drift_flags(draft, suggestion, changes, embedder, None))
    order = {c.id: i for i, c in enumerate(changes)}
    return sorted(flags, key=lambda f: order.get(f.change_id, len(order))), marked


def flags_json(draft: str, suggestion: str, changes: Sequence[Change], **kw: Any) -> list[dict[str, Any]]:
    """``[{"change_id", "kind", "detail"}]`` for the CLI contract."""
    return [f.to_json() for f in change_flags(draft, suggestion, changes, **kw)]
