"""Deciding whether a model's rewrite of one piece may replace the draft.

``check_rewrite(draft, output, finish_reason, rules)`` returns ``None`` when
the rewrite is acceptable, or the reason it is not, in words a person can
read in the paragraph list ("the model's answer was cut off"). In order:

- empty output; output cut off by the token limit; output that loops
  (a phrase or sentence repeated where the draft does not repeat it);
- a word count far from the draft's (bounds from the strength, or the style);
- another language than the draft's (only when both are clearly detectable);
- a protected term, a number, a link target, an e-mail address or an inline
  code span of the draft missing from the rewrite, or a number the draft
  does not have;
- for light edits, a larger share of changed words than allowed, measured
  with the app's own word diff (``core.diffing``);
- too little shared vocabulary between draft and rewrite (the model wrote
  about something else, e.g. obeyed an instruction inside the draft).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from humanize_desktop.core import diffing, tokens
from humanize_desktop.core.checks import language

_NUMBER_RE = regex.compile(r"(?<![\p{L}\p{N}])\p{N}+(?:[.,:/]\p{N}+)*")
_VERBATIM_RE = regex.compile(
    r"`[^`\n]+`"  # inline code
    r"|\]\([^)\s]+\)"  # link targets
    r"|(?:https?://|www\.)[^\s<>\"')\]]+"  # bare URLs
    r"|[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+"  # e-mail
)
_MIN_WORDS_FOR_RATIO = 6
_MIN_CONTENT_WORDS = 5


@dataclass(frozen=True)
class GuardRules:
    length_ratio: tuple[float, float] = (0.6, 1.5)
    max_changed_share: float = 1.0
    min_overlap: float = 0.3
    protected_terms: tuple[str, ...] = ()
    language: str = ""  # the draft piece's language code; "" = do not check
    extra_verbatim: tuple[str, ...] = field(default=())


def changed_share(draft: str, output: str) -> float:
    """Share of the draft's words that the rewrite changed, by the app's word diff."""
    total = tokens.count_words(draft)
    if total == 0:
        return 0.0 if tokens.count_words(output) == 0 else 1.0
    changed = 0
    for c in diffing.diff_texts(draft, output):
        changed += max(tokens.count_words(c.draft_text), tokens.count_words(c.suggestion_text))
    return min(1.0, changed / total)


def _repeats(text: str) -> str | None:
    """A phrase or sentence repeated in ``text``, if any (looping output)."""
    words = [w.casefold() for w in tokens.words(text)]
    for n, limit in ((6, 2), (3, 4)):
        grams = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
        if grams:
            gram, count = grams.most_common(1)[0]
            if count > limit:
                return " ".join(gram)
    sentences = [text[s:e].strip().casefold() for s, e in tokens.sentences(text)]
    counts = Counter(s for s in sentences if tokens.count_words(s) >= 3)
    if counts:
        sentence, count = counts.most_common(1)[0]
        if count >= 2:
            return sentence
    return None


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in tokens.words(text) if len(w) >= 4 or not w.isascii()}


def check_rewrite(draft: str, output: str, finish_reason: str, rules: GuardRules) -> str | None:
    """``None`` if ``output`` may replace ``draft``; otherwise the reason it may not."""
    if not output.strip():
        return "the model returned no text"
    if finish_reason == "length":
        return "the model's answer was cut off"
    loop = _repeats(output)
    if loop is not None and _repeats(draft) is None:
        return f"the model repeated itself (\u201c{loop[:60]}\u201d)"
    n_draft, n_out = tokens.count_words(draft), tokens.count_words(output)
    if n_draft >= _MIN_WORDS_FOR_RATIO:
        low, high = rules.length_ratio
        # A few words of slack: ratios of short pieces jump with every word.
        if n_out < low * n_draft - 2:
            return f"the rewrite was much shorter than the draft ({n_out} words instead of {n_draft})"
        if n_out > high * n_draft + 3:
            return f"the rewrite was much longer than the draft ({n_out} words instead of {n_draft})"
    if rules.language:
        found = language.detect(output)
        if (found.reliable and language.base(found.code) != language.base(rules.language)
                and language.probability_of(output, rules.language) < 0.05):
            return f"the rewrite came back in another language ({found.code} instead of {rules.language})"
    for term in rules.protected_terms:
        if term and term in draft and output.count(term) < draft.count(term):
            return f"the protected term \u201c{term}\u201d was changed"
    out_numbers = Counter(_NUMBER_RE.findall(output))
    draft_numbers = Counter(_NUMBER_RE.findall(draft))
    for number, count in draft_numbers.items():
        if out_numbers[number] < count:
            return f"the number {number} was changed or dropped"
    for number in out_numbers:
        if number not in draft_numbers:
            return f"the rewrite added the number {number}, which the draft does not have"
    for span in (*_VERBATIM_RE.findall(draft), *rules.extra_verbatim):
        if span not in output:
            return f"\u201c{span[:60]}\u201d was changed"
    if rules.max_changed_share < 1.0 and n_draft >= _MIN_WORDS_FOR_RATIO:
        share = changed_share(draft, output)
        if share > rules.max_changed_share:
            return (f"it changed {share:.0%} of the words; light edits allow "
                    f"{rules.max_changed_share:.0%}")
    draft_words = _content_words(draft)
    out_words = _content_words(output)
    if len(draft_words) >= _MIN_CONTENT_WORDS and out_words:
        shared = len(draft_words & out_words)
        # Either most of the draft's words survive, or most of the rewrite's words come from
        # the draft (cutting filler keeps few draft words, but adds no new topic).
        kept = max(shared / len(draft_words), shared / len(out_words))
        if kept < rules.min_overlap:
            return "the rewrite drifted away from what the draft says"
    return None
