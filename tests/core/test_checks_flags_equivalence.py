"""The flags of ``diff --json`` (checking only what the changes touch) equal those of a full check.

``change_flags`` reads only the sentences and paragraphs around each change
and looks spelling replacements up only for the errors it shows. The
straightforward way, which the window takes, checks both whole texts
(``DocumentChecker.check``) and hands both reports to ``flags_from_findings``.
For the same texts both must print the same flags: changes at the start and
end of paragraphs, inside a word, across a paragraph break, in Markdown, and
misspellings and grammar errors the draft already had elsewhere.
Real engines: Harper for grammar, enchant for spelling.
"""

from __future__ import annotations

import pytest

from humanize_desktop import config
from humanize_desktop.core.checks.findings import ERROR_KINDS
from humanize_desktop.core.checks.flags import change_flags, flags_from_findings
from humanize_desktop.core.checks.runner import DocumentChecker
from humanize_desktop.core.diffing import diff_texts

PAIRS = {
    "paragraph starts and ends": (
        "The report is ready for everyone. We send it on Friday.\n\n"
        "Our team checked every number twice before the meeting.\n\n"
        "It rained all afternoon, so the match was moved to Sunday.\n",
        "Teh report is ready for everyone. We send it on Friday.\n\n"
        "Our team checked every number twice before the the meeting.\n\n"
        "It rained all afternoon, so the match was moved to an Sunday.\n"),
    "inside words": (
        "The committee reviewed the budget and approved the proposal.\n\n"
        "Nobody expected the bridge to close, but the engineers insisted.\n",
        "The commitee reviewed the budgets and approved the proposall.\n\n"
        "Nobody expected the bridge to closed, but the engineers insisted.\n"),
    "across a paragraph break": (
        "We recieve many requests every week.\n\n"
        "Most of them are answered within a day. This is a test of the checker.\n\n"
        "The results were better than expected.\n",
        "We recieve many requests every week, and most of them are answerd within an day.\n\n"
        "This is an test of the checker.\n\nThe results\n\nwere better then expected.\n"),
    "markdown": (
        "# Release notes\n\n"
        "- The `recieve` function now checks its input.\n"
        "- Sales grew by 12% in 2024, driven by online orders.\n\n"
        "See [the guide](https://example.org/guide) for the details.\n\n"
        "> The new system works with the tools people already use.\n",
        "# Realease notes\n\n"
        "- The `recieve` function now check its input.\n"
        "- Sales grew by 12% in 2024, driven by onlne orders.\n\n"
        "See [the gide](https://example.org/guide) for an details.\n\n"
        "> The new system works seamlesly with the tools people already use.\n"),
    "errors the draft already had": (
        "We recieve mail daily. The post is an mess. The chairman opened the meeting.\n\n"
        "Teh wether was bad on Munday, and the mail piled up.\n",
        "The post is an mess, and we recieve mail daily. The chairman opened the meetting.\n\n"
        "Teh wether was bad on Munday, so the mail piled up.\n"),
}


@pytest.fixture(scope="module")
def settings() -> config.Settings:
    settings = config.Settings()
    settings.grammar.engine = "harper"  # the same engine whatever LanguageTool this machine has
    return settings


@pytest.fixture(scope="module")
def checkers(settings: config.Settings):
    """One checker for each way, shared by the cases (Harper takes a second to start)."""
    fast, full = DocumentChecker(settings, kinds=ERROR_KINDS), DocumentChecker(settings, kinds=ERROR_KINDS)
    yield fast, full
    fast.close()
    full.close()


def _full_check_flags(draft: str, suggestion: str, settings: config.Settings,
                      checker: DocumentChecker) -> list[tuple[str, str, str]]:
    d_report, s_report = checker.check(draft, ai_likeness=False), checker.check(suggestion, ai_likeness=False)
    changes = diff_texts(draft, suggestion)
    flags, _ = flags_from_findings(draft, suggestion, changes, d_report.findings, s_report.findings,
                                   settings.rewrite.protected_terms)
    return [(f.change_id, f.kind, f.detail) for f in flags]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_diff_flags_equal_a_full_check(name: str, settings: config.Settings, checkers) -> None:
    draft, suggestion = PAIRS[name]
    fast_checker, full_checker = checkers
    changes = diff_texts(draft, suggestion)
    fast = [(f.change_id, f.kind, f.detail)
            for f in change_flags(draft, suggestion, changes, settings, checker=fast_checker)]
    assert any(kind == "introduced-error" for _, kind, _ in fast), "each pair must exercise the error flags"
    assert sorted(fast) == sorted(_full_check_flags(draft, suggestion, settings, full_checker))
