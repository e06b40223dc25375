"""Deciding whether a model's rewrite of one piece may replace the draft.

``rejection(draft, output, finish_reason, rules)`` returns ``None`` when the
rewrite is acceptable, or the reason it is not as a ``core.messages``
message (``guard.*`` below) a person can read in the paragraph list ("the
model's answer was cut off"): English text for ``--json``, an id and
arguments for the window to translate. ``check_rewrite`` is the same
decision as plain English text. In order:

- empty output; output cut off by the token limit;
- chatter left in the text: a repeated instruction or talk about the
  rewriting (``chatter.chatter_in``), or a run of five words copied from
  the prompt's instructions or examples (``GuardRules.prompt_text``) that the
  draft does not have;
- output that loops (a phrase or sentence repeated where the draft does not
  repeat it);
- a word count far from the draft's (bounds from the strength, or the style);
- another language than the draft's (only when both are clearly detectable);
- a protected term, a number, a link target, an e-mail address or an inline
  code span of the draft missing from the rewrite, or a number, link, address
  or code span the draft does not have;
- a heading (``GuardRules.title``) turned into a sentence, made much longer,
  or left with less than half of its words;
- a sentence of the draft left out (almost none of its words, stock AI
  phrases such as "it is important to note that" aside, in the rewrite),
  except for styles that may cut a text to less than a third;
- for light edits, a larger share of changed words than allowed, measured
  with the app's own word diff (``core.diffing``);
- a fidelity flag (``checks.fidelity``) of one of ``GuardRules.fidelity``'s
  kinds: a name, date or amount altered, a negation added or removed;
- too little shared vocabulary between draft and rewrite (the model wrote
  about something else, e.g. obeyed an instruction inside the draft).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from humanize_desktop.core import diffing, messages, segmentation, urls
from humanize_desktop.core.checks import aitells, fidelity, language
from humanize_desktop.core.messages import Message
from humanize_desktop.core.rewriting import chatter

messages.register({
    "guard.empty": "the model returned no text",
    "guard.cut-off": "the model's answer was cut off",
    "guard.echo": "the answer repeated the instructions (\u201c{phrase}\u201d)",
    "guard.chatter": "the answer talked about the rewrite instead of giving it (\u201c{phrase}\u201d)",
    "guard.copied": "the answer copied the instructions or examples (\u201c{phrase}\u201d)",
    "guard.loop": "the model repeated itself (\u201c{phrase}\u201d)",
    "guard.shorter": "the rewrite was much shorter than the draft ({words} words instead of {draft_words})",
    "guard.longer": "the rewrite was much longer than the draft ({words} words instead of {draft_words})",
    "guard.language": "the rewrite came back in another language ({found} instead of {expected})",
    "guard.protected-term": "the protected term \u201c{term}\u201d was changed",
    "guard.number-changed": "the number {number} was changed or dropped",
    "guard.number-added": "the rewrite added the number {number}, which the draft does not have",
    "guard.verbatim-changed": "\u201c{text}\u201d was changed",
    "guard.verbatim-added": "the rewrite added \u201c{text}\u201d, which the draft does not have",
    "guard.heading-sentence": "the rewrite turned the heading into a sentence",
    "guard.heading-longer": "the rewrite made the heading much longer ({words} words instead of {draft_words})",
    "guard.heading-changed": "the rewrite changed what the heading says",
    "guard.left-out": "the rewrite left out a sentence (\u201c{sentence}\u201d)",
    "guard.changed-share": "it changed {share:.0%} of the words; light edits allow {allowed:.0%}",
    "guard.altered-fact": "the rewrite altered a fact ({fact})",
    "guard.drifted": "the rewrite drifted away from what the draft says",
})

_NUMBER_RE = regex.compile(r"(?<![\p{L}\p{N}])\p{N}+(?:[.,:/]\p{N}+)*")
_VERBATIM_RE = regex.compile(
    r"`[^`\n]+`"  # inline code
    r"|\]\([^)\s]+\)"  # link targets
    rf"|{urls.URL}|{urls.EMAIL}"  # bare addresses
)
_MIN_WORDS_FOR_RATIO = 6
_MIN_CONTENT_WORDS = 5
_ECHO_GRAM = 5  # this many words in a row from the instructions is an echo, not a coincidence
_SENTENCE_CONTENT_WORDS = 5  # sentences with fewer content words may merge away
_STEM = 4  # letters compared when looking for a sentence's words in the rewrite
_HEADING_KEPT = 0.5  # share of a heading's words a rewrite of it keeps
_SENTENCE_KEPT = 0.2  # a longer sentence with less of its words in the rewrite was left out
_MAY_DROP_SENTENCES = 0.3  # below this lowest length ratio, whole sentences may go
_END_RE = regex.compile(r"[.!?…:;][\"'”’)\]]*\s*$")


@dataclass(frozen=True)
class GuardRules:
    length_ratio: tuple[float, float] = (0.6, 1.5)
    max_changed_share: float = 1.0
    min_overlap: float = 0.3
    protected_terms: tuple[str, ...] = ()
    language: str = ""  # the draft piece's language code; "" = do not check
    extra_verbatim: tuple[str, ...] = field(default=())
    reject_chatter: bool = True  # repeated instructions and talk about the rewriting
    prompt_text: str = ""  # instructions and examples the model saw, apart from the draft
    fidelity: tuple[str, ...] = ()  # fidelity flag kinds that reject a rewrite
    title: bool = False  # the piece is a heading: it must stay one


def changed_share(draft: str, output: str) -> float:
    """Share of the draft's words that the rewrite changed, by the app's word diff."""
    total = segmentation.count_words(draft)
    if total == 0:
        return 0.0 if segmentation.count_words(output) == 0 else 1.0
    changed = 0
    for c in diffing.diff_texts(draft, output):
        changed += max(segmentation.count_words(c.draft_text), segmentation.count_words(c.suggestion_text))
    return min(1.0, changed / total)


def _repeats(text: str) -> str | None:
    """A phrase or sentence repeated in ``text``, if any (looping output)."""
    words = [w.casefold() for w in segmentation.words(text)]
    for n, limit in ((6, 2), (3, 4)):
        grams = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
        if grams:
            gram, count = grams.most_common(1)[0]
            if count > limit:
                return " ".join(gram)
    sentences = [text[s:e].strip().casefold() for s, e in segmentation.sentences(text)]
    counts = Counter(s for s in sentences if segmentation.count_words(s) >= 3)
    if counts:
        sentence, count = counts.most_common(1)[0]
        if count >= 2:
            return sentence
    return None


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in segmentation.words(text) if len(w) >= 4 or not w.isascii()}


def _grams(text: str) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in segmentation.words(text)]
    return {tuple(words[i:i + _ECHO_GRAM]) for i in range(len(words) - _ECHO_GRAM + 1)}


def _copied(output: str, draft: str, prompt_text: str) -> str:
    """Five words in a row of ``prompt_text`` in ``output`` but not in ``draft``, or ""."""
    if not prompt_text:
        return ""
    found = (_grams(output) & _grams(prompt_text)) - _grams(draft)
    return " ".join(min(found)) if found else ""


def _stems(words: set[str]) -> set[str]:
    """Crude stems, enough to see "teams" kept as "team" or "works" as "work"."""
    return {w[:_STEM] for w in words}


def _without_ai_tells(sentence: str, lang: str) -> str:
    """``sentence`` with its stock AI phrases blanked: dropping them is the point of a rewrite.

    ``lang`` is a language with an AI-tell lexicon, or "" (nothing is blanked).
    """
    if not lang:
        return sentence
    for f in aitells.find(sentence, lang):
        if f.rule.startswith("phrase:"):
            sentence = sentence[:f.start] + " " * (f.end - f.start) + sentence[f.end:]
    return sentence


def _left_out(draft: str, output: str, lang: str = "") -> str:
    """A sentence of the draft of which the rewrite keeps almost no content word, or ""."""
    spans = segmentation.sentences(draft)
    if len(spans) < 2:
        return ""  # one sentence: the overall overlap check covers it
    out_stems = _stems(_content_words(output))
    lang = language.base(lang) if lang else ""
    lang = lang if lang in aitells.languages() else ""
    for s, e in spans:
        words = _stems(_content_words(_without_ai_tells(draft[s:e], lang)))
        if len(words) >= _SENTENCE_CONTENT_WORDS and len(words & out_stems) < _SENTENCE_KEPT * len(words):
            return draft[s:e].strip()
    return ""


def _altered_fact(draft: str, output: str, rules: GuardRules) -> str:
    """The first fidelity flag of a rejecting kind, as its detail, or ""."""
    changes = diffing.diff_texts(draft, output)
    if not changes:
        return ""
    lang = rules.language or None
    for flag in fidelity.flags_for(draft, output, changes, rules.protected_terms, lang):
        if flag.kind in rules.fidelity:
            return flag.detail
    return ""


def check_rewrite(draft: str, output: str, finish_reason: str, rules: GuardRules) -> str | None:
    """``None`` if ``output`` may replace ``draft``; otherwise the reason it may not, in English."""
    reason = rejection(draft, output, finish_reason, rules)
    return None if reason is None else reason.text


def rejection(draft: str, output: str, finish_reason: str, rules: GuardRules) -> Message | None:
    """``None`` if ``output`` may replace ``draft``; otherwise the reason it may not."""
    make = messages.make
    if not output.strip():
        return make("guard.empty")
    if finish_reason == "length":
        return make("guard.cut-off")
    if rules.reject_chatter:
        found = chatter.chatter_in(output, draft)
        if found is not None:
            kind, phrase = found
            return make("guard.echo" if kind == "echo" else "guard.chatter", phrase=phrase)
    copied = _copied(output, draft, rules.prompt_text)
    if copied:
        return make("guard.copied", phrase=copied)
    loop = _repeats(output)
    if loop is not None and _repeats(draft) is None:
        return make("guard.loop", phrase=segmentation.excerpt(loop))
    n_draft, n_out = segmentation.count_words(draft), segmentation.count_words(output)
    if n_draft >= _MIN_WORDS_FOR_RATIO:
        low, high = rules.length_ratio
        # A few words of slack: ratios of short pieces jump with every word.
        if n_out < low * n_draft - 2:
            return make("guard.shorter", words=n_out, draft_words=n_draft)
        if n_out > high * n_draft + 3:
            return make("guard.longer", words=n_out, draft_words=n_draft)
    if rules.language:
        found = language.detect(output)
        if (found.reliable and language.base(found.code) != language.base(rules.language)
                and language.probability_of(output, rules.language) < 0.05):
            return make("guard.language", found=found.code, expected=rules.language)
    for term in rules.protected_terms:
        if term and term in draft and output.count(term) < draft.count(term):
            return make("guard.protected-term", term=term)
    out_numbers = Counter(_NUMBER_RE.findall(output))
    draft_numbers = Counter(_NUMBER_RE.findall(draft))
    for number, count in draft_numbers.items():
        if out_numbers[number] < count:
            return make("guard.number-changed", number=number)
    for number in out_numbers:
        if number not in draft_numbers:
            return make("guard.number-added", number=number)
    for span in (*_VERBATIM_RE.findall(draft), *rules.extra_verbatim):
        if span not in output:
            return make("guard.verbatim-changed", text=segmentation.excerpt(span))
    for span in _VERBATIM_RE.findall(output):
        if span not in draft:
            return make("guard.verbatim-added", text=segmentation.excerpt(span))
    if rules.title:
        if _END_RE.search(output) and not _END_RE.search(draft):
            return make("guard.heading-sentence")
        if n_out > 2 * n_draft + 2:
            return make("guard.heading-longer", words=n_out, draft_words=n_draft)
        # A heading names what follows: a rewrite keeps most of its words ("Remote work, one
        # year on" may not become "The new policy is one year on").
        words = _stems(_content_words(draft))
        if len(words) >= 2 and len(words & _stems(_content_words(output))) < _HEADING_KEPT * len(words):
            return make("guard.heading-changed")
    # Styles that may cut a text to a quarter (Concise) may drop a filler sentence whole.
    left_out = _left_out(draft, output, rules.language) if rules.length_ratio[0] >= _MAY_DROP_SENTENCES else ""
    if left_out:
        return make("guard.left-out", sentence=segmentation.excerpt(left_out))
    if rules.max_changed_share < 1.0 and n_draft >= _MIN_WORDS_FOR_RATIO:
        share = changed_share(draft, output)
        if share > rules.max_changed_share:
            return make("guard.changed-share", share=share, allowed=rules.max_changed_share)
    if rules.fidelity:
        altered = _altered_fact(draft, output, rules)
        if altered:
            return make("guard.altered-fact", fact=altered)
    draft_words = _content_words(draft)
    out_words = _content_words(output)
    if len(draft_words) >= _MIN_CONTENT_WORDS and out_words:
        shared = len(draft_words & out_words)
        # Either most of the draft's words survive, or most of the rewrite's words come from
        # the draft (cutting filler keeps few draft words, but adds no new topic).
        kept = max(shared / len(draft_words), shared / len(out_words))
        if kept < rules.min_overlap:
            return make("guard.drifted")
    return None
