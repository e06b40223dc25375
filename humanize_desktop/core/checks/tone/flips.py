"""Where a rewrite flipped a paragraph's tone: draft paragraph beside what it became.

A rewrite should keep how a text sounds. ``flips`` measures each changed
draft paragraph and the suggestion stretch it became (paired by
``drift.paragraph_pairs``) and reports the flips a reader would mind, one
per paragraph, the first that applies:

* ``lost-warmth``: a warm paragraph (thanks, an apology, kind words) became curt;
* ``turned-negative``: a paragraph that was not negative became negative,
  or its sentiment swung from positive to negative;
* ``less-formal``: a formal paragraph became informal (a large step down).

Each flip carries a ``Message`` the window translates; ``flip_flags`` makes
them ``tone`` flags on the paragraph's first change, for the changes list
and ``humanize --json``/``diff --json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from humanize_desktop.core import messages
from humanize_desktop.core.checks import language as lang_mod
from humanize_desktop.core.checks.findings import Flag
from humanize_desktop.core.checks.tone.lexicon import lexicon_for
from humanize_desktop.core.checks.tone.cues import CURT, FORMAL_ABOVE, NEGATIVE, WARM, Tone, measure
from humanize_desktop.core.diffing import Change

FLAG_KIND = "tone"
LOST_WARMTH, TURNED_NEGATIVE, LESS_FORMAL = "lost-warmth", "turned-negative", "less-formal"
#: A sentiment swing from at least this positive to at least this negative is a flip.
SENTIMENT_SWING = 0.25
#: A formal paragraph whose formality falls by at least this much, to below ``INFORMAL_BELOW``
#: (informal wording outweighs formal), has changed register. Plainer but unmarked is what a
#: humanizer is for ("Furthermore" -> "Also"), so that is no flip.
FORMALITY_DROP = 0.3
INFORMAL_BELOW = 0.45

messages.register({
    "tone.lost-warmth": "the draft was warm here and the rewrite reads curt: its thanks, apology or kind "
                        "words may be gone",
    "tone.turned-negative": "the rewrite made this paragraph sound negative (sentiment {before} → {after})",
    "tone.less-formal": "the rewrite made this formal paragraph much less formal (formality {before} → {after})",
})


@dataclass(frozen=True)
class ToneFlip:
    """One paragraph whose tone the rewrite flipped; spans in the draft and in the suggestion."""

    draft_start: int
    draft_end: int
    suggestion_start: int
    suggestion_end: int
    before: Tone
    after: Tone
    kind: str
    message: messages.Message
    change_ids: tuple[str, ...]


def flip(before: Tone, after: Tone) -> tuple[str, messages.Message] | None:
    """The kind of flip from ``before`` to ``after`` and its message, or None when the tone held."""
    if before.label == WARM and after.label == CURT:
        return LOST_WARMTH, messages.make("tone.lost-warmth")
    swung = before.sentiment >= SENTIMENT_SWING and after.sentiment <= -SENTIMENT_SWING
    if (after.label == NEGATIVE and before.label != NEGATIVE) or swung:
        return TURNED_NEGATIVE, messages.make("tone.turned-negative", before=f"{before.sentiment:+.2f}",
                                              after=f"{after.sentiment:+.2f}")
    if (before.formality >= FORMAL_ABOVE and before.formality - after.formality >= FORMALITY_DROP
            and after.formality < INFORMAL_BELOW):
        return LESS_FORMAL, messages.make("tone.less-formal", before=f"{before.formality:.2f}",
                                          after=f"{after.formality:.2f}")
    return None


def flips(draft: str, suggestion: str, changes: Sequence[Change], language: str | None = None) -> list[ToneFlip]:
    """The tone flips of the changed paragraphs, in draft order (``language`` None: detected per paragraph)."""
    from humanize_desktop.core.checks.drift import paragraph_pairs  # drift owns the pairing

    if not changes:
        return []
    forced = lang_mod.base(language) if language and language != "auto" else None
    doc = lang_mod.detect_document(draft, forced)
    codes = {p.start: p.code for p in doc.paragraphs}
    found = []
    for (a, b), (sa, sb), ids in paragraph_pairs(draft, suggestion, changes):
        code = codes.get(a, lang_mod.UNDETERMINED)
        lex = lexicon_for(code) if code != lang_mod.UNDETERMINED else None
        if lex is None or not draft[a:b].strip() or not suggestion[sa:sb].strip():
            continue
        before, after = Tone.of(measure(draft[a:b], lex)), Tone.of(measure(suggestion[sa:sb], lex))
        flipped = flip(before, after)
        if flipped is not None:
            found.append(ToneFlip(a, b, sa, sb, before, after, flipped[0], flipped[1], ids))
    return found


def flip_flags(draft: str, suggestion: str, changes: Sequence[Change], language: str | None = None) -> list[Flag]:
    """A ``tone`` flag on the first change of each paragraph whose tone flipped."""
    return [Flag.of(f.change_ids[0], FLAG_KIND, f.message) for f in flips(draft, suggestion, changes, language)]
