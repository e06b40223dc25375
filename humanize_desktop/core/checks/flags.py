"""All the flags of a review's changes, as ``diff --json`` and ``humanize --json`` print them.

``change_flags(draft, suggestion, changes, settings)`` = the fidelity flags
(``fidelity.flags_for``, with the protected terms from the settings) plus an
``introduced-error`` flag for each grammar or spelling error, and each
inclusive, register or locale finding, the rewrite brought in. Meaning drift
flags come sentence by sentence without a model (``drift.sentence_flags``),
and per paragraph from embeddings (``drift.drift_flags``) when ``embedder``
(a loaded model) is at hand. A ``tone`` flag marks a paragraph whose tone the
rewrite flipped (``tone.flips``: a warm apology that became curt).

Only what the changes touch is checked, since grammar engines take a
fraction of a millisecond a word: in the suggestion, the sentences with
changes (grammar rules need whole sentences: a capital at the start, the
stop at the end), the changed words for spelling, and the paragraphs with
changes for inclusive, register and locale findings (forms of address are
compared across a paragraph); in the draft, only where the suggestion has
an error, to tell whether the draft had it too (grammar in the change's
sentences, the rest in its whole paragraph, where a rewrite may have moved
a word from). Spelling replacements are looked up only for the errors that
become flags.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from humanize_desktop.core.settings import Settings
from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import fairness, fidelity
from humanize_desktop.core.checks import language as lang_mod
from humanize_desktop.core.checks.findings import ERROR_KINDS, FAIRNESS_KINDS, GRAMMAR, SPELLING, Finding, Flag
from humanize_desktop.core.checks.runner import DocumentChecker
from humanize_desktop.core.checks.tone.flips import flip_flags
from humanize_desktop.core.diffing import Change
from humanize_desktop.core.errors import HumanizeError

log = logging.getLogger(__name__)


def _paragraphs(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs that ``spans`` touch, in order."""
    paragraphs = segmentation.paragraphs(text)
    starts = [a for a, _ in paragraphs]
    wanted: set[int] = set()
    for a, b in spans:
        first = max(0, bisect.bisect_right(starts, a) - 1)
        wanted.update(range(first, max(first, bisect.bisect_right(starts, max(a, b - 1)) - 1) + 1))
    return [paragraphs[i] for i in sorted(wanted) if i < len(paragraphs)]


def _sentences(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences that ``spans`` touch (an empty span: the sentence it is in), adjacent ones joined."""
    paragraphs = segmentation.paragraphs(text)
    starts = [a for a, _ in paragraphs]
    split: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}  # paragraph -> its sentence starts, spans
    wanted: set[tuple[int, int]] = set()
    for a, b in spans:
        i = max(0, bisect.bisect_right(starts, a) - 1)
        if i not in split:
            sentences = segmentation.sentences(text, *paragraphs[i]) if paragraphs else []
            split[i] = ([x for x, _ in sentences], sentences)
        s_starts, sentences = split[i]
        first = max(0, bisect.bisect_right(s_starts, a) - 1)
        last = max(first, bisect.bisect_right(s_starts, max(a, b - 1)) - 1)
        wanted.update(sentences[first:last + 1])
    joined: list[tuple[int, int]] = []
    for a, b in sorted(wanted):
        if joined and a <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], b))
        else:
            joined.append((a, b))
    return joined


def error_flags(draft: str, suggestion: str, changes: Sequence[Change],
                checker: DocumentChecker) -> list[Flag]:
    """``introduced-error`` flags: findings of ``ERROR_KINDS`` in changes that the draft did not have."""
    if not changes:
        return []
    s_doc = lang_mod.detect_document(suggestion)
    spans = [c.suggestion_span for c in changes]
    # LanguageTool's own typography findings win over the locale check's, as in a full check.
    found = fairness.drop_repeats_of([
        *checker.check_spans(suggestion, _sentences(suggestion, spans), doc=s_doc, focus=spans,
                             kinds=(GRAMMAR, SPELLING)),
        *checker.check_spans(suggestion, _paragraphs(suggestion, spans), doc=s_doc, kinds=FAIRNESS_KINDS)])
    suspects = fidelity.changes_holding(found, changes)
    if not suspects:
        return []
    d_doc = lang_mod.detect_document(draft)
    d_spans = [c.draft_span for c in suspects]
    draft_found = fairness.drop_repeats_of([
        *checker.check_spans(draft, _sentences(draft, d_spans), doc=d_doc, kinds=(GRAMMAR,)),
        *checker.check_spans(draft, _paragraphs(draft, d_spans), doc=d_doc, kinds=(SPELLING, *FAIRNESS_KINDS)),
    ])
    marked = fidelity.mark_origins(draft, draft_found, suggestion, found, changes)
    shown = [checker.with_replacements(suggestion, f) if f.origin == "introduced" else f for f in marked]
    return fidelity.introduced_flags(suggestion, shown, changes)


def change_flags(draft: str, suggestion: str, changes: Sequence[Change], settings: Settings, *,
                 checker: DocumentChecker | None = None, embedder: Any = None, language: str | None = None,
                 protected_terms: Sequence[str] | None = None) -> list[Flag]:
    """Every flag of every change, in change order.

    ``settings`` come from the front end (the core reads no settings file);
    ``protected_terms`` defaults to their list; ``embedder`` (the loaded
    engine) adds drift flags; ``checker`` reuses a ``DocumentChecker``.
    """
    terms = settings.rewrite.protected_terms if protected_terms is None else protected_terms
    own = checker is None
    checker = checker or DocumentChecker(settings, kinds=ERROR_KINDS)
    try:
        # The grammar engine reads the changed sentences outside the interpreter lock: it
        # works on a second core while this thread compares facts and sentences.
        with ThreadPoolExecutor(1, thread_name_prefix="flags-errors") as pool:
            errors = pool.submit(error_flags, draft, suggestion, changes, checker)
            flags = fidelity.flags_for(draft, suggestion, changes, terms, language)
            flags.extend(_drift_flags(draft, suggestion, changes, embedder, language))
            flags.extend(flip_flags(draft, suggestion, changes, language))
            flags.extend(errors.result())
    finally:
        if own:
            checker.close()
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
    flags.extend(flip_flags(draft, suggestion, changes))
    order = {c.id: i for i, c in enumerate(changes)}
    return sorted(flags, key=lambda f: order.get(f.change_id, len(order))), marked


def flags_json(draft: str, suggestion: str, changes: Sequence[Change], settings: Settings,
               **kw: Any) -> list[dict[str, Any]]:
    """``[{"change_id", "kind", "detail"}]`` for the CLI contract."""
    return [f.to_json() for f in change_flags(draft, suggestion, changes, settings, **kw)]
