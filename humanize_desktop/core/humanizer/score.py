"""Judging a model's candidate for a sentence or paragraph: hard gates first, then a score.

``Judge.judge(before, candidate, job, finish_reason) -> Verdict``:

Hard gates (any one rejects the candidate, with the reason):
- the rewrite guards (``rewriting.guards.check_rewrite``): facts (numbers,
  names, dates, links, negations, modals, protected terms), language,
  chatter, loops, length;
- meaning drift, sentence by sentence (``checks.drift.sentence_drift``):
  invented or dropped content, swapped roles, changed subjects, quantifiers;
- the task left undone: the phrase still there (``rewrite-without``), not
  two sentences (``split``), the same first word (``vary-opener``);
- more AI-tell phrases than before, or an inclusive-language, register or
  locale finding the text did not have (``checks.fairness``);
- a grammar or spelling finding the text did not have (the grammar engines
  the checks use: LanguageTool where installed, Harper for English;
  hunspell for every language with a dictionary): a tiny model's word salad
  ("zu verfügung") must not replace a correct sentence.

Score (higher is better): AI-tells removed (+2 each), sentence-length variety gained where the job is about rhythm,
the amount of change measured against the band the strength asks for (a
candidate inside the band scores 1, outside loses in proportion), and, with
a writer's voice, the distance to it closed (``voice.steer.distance``).
"""

from __future__ import annotations

import logging
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks import aitells, drift, fairness, language as languages
from humanize_desktop.core.rewriting import guards
from humanize_desktop.core.voice import steer
from humanize_desktop.core.voice.profile import VoiceProfile

if TYPE_CHECKING:
    from humanize_desktop.core.checks.grammar import GrammarChecker
    from humanize_desktop.core.checks.spelling import SpellChecker
    from humanize_desktop.core.humanizer.jobs import Job

log = logging.getLogger(__name__)

TELL_REMOVED = 2.0
VARIETY = 1.0
IN_BAND = 1.0
VOICE = 2.0  # per unit of distance to the writer's voice closed (``voice.steer.distance``)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""
    score: float = 0.0


def burstiness(text: str) -> float:
    """Sentence-length variation: standard deviation over mean of the sentences' word counts."""
    lengths = [segmentation.count_words(text[s:e]) for s, e in segmentation.sentences(text)]
    lengths = [n for n in lengths if n]
    if len(lengths) < 2:
        return 0.0
    mean = statistics.fmean(lengths)
    return statistics.pstdev(lengths) / mean if mean else 0.0


def tell_count(text: str, language: str) -> int:
    lang = languages.base(language) if language else ""
    if lang not in aitells.languages():
        return 0
    return sum(1 for f in aitells.find(text, lang) if not f.rule.startswith(("style:", "structure:")))


class Judge:
    """Decides about candidates for one document: its language, guard rules and checkers."""

    def __init__(self, language: str, rules: guards.GuardRules, band: tuple[float, float],
                 spelling: SpellChecker | None = None, grammar: GrammarChecker | None = None,
                 register: str | None = None, voice: VoiceProfile | None = None) -> None:
        self.language = languages.base(language) if language else ""
        self.voice = voice  # the writer's voice: among passing candidates, closer to it scores higher
        self.register = register  # formal | informal | None (the text's own majority decides)
        self.rules = rules
        self.band = band
        self.spelling = spelling
        self.dictionary = spelling.dictionary_for(self.language) if spelling and self.language else None
        self.grammar = grammar if grammar is not None and self.language else None

    def errors(self, text: str) -> list[str]:
        """What the grammar and spelling checkers flag in ``text`` (the flagged words; none where
        no checker serves the language). Suggestions are not asked for: only the findings count."""
        found: list[str] = []
        if self.spelling is not None and self.dictionary:
            found += [text[f.start:f.end] for f in self.spelling.check(text, self.dictionary, suggest=False)]
        if self.grammar is not None:
            found += [text[f.start:f.end] or f.rule for f in self.grammar.check(text, self.language)
                      if f.kind != "spelling" or self.dictionary is None]
        return found

    def added_error(self, before: str, candidate: str) -> str:
        """A word the checkers flag in ``candidate`` more often than in ``before``; "" when none."""
        found = self.errors(candidate)
        extra = Counter(w.casefold() for w in found)
        extra.subtract(w.casefold() for w in self.errors(before))
        return next((word for word in found if extra[word.casefold()] > 0), "")

    def task_undone(self, before: str, candidate: str, job: Job | None) -> str:
        if job is None:
            return ""
        if job.kind == "rewrite-without" and job.phrase and job.phrase.casefold() in candidate.casefold():
            return f"the rewrite still says \u201c{job.phrase}\u201d"
        if job.kind == "split":
            parts = [candidate[s:e] for s, e in segmentation.sentences(candidate)]
            if len(parts) < 2 or min(segmentation.count_words(p) for p in parts) < 3:
                return "the sentence was not split in two"
        if job.kind == "vary-opener":
            first = [w.casefold() for w in segmentation.words(before)[:1]]
            if first and [w.casefold() for w in segmentation.words(candidate)[:1]] == first:
                return "the sentence still opens the same way"
        return ""

    def judge(self, before: str, candidate: str, job: Job | None = None, finish_reason: str = "stop") -> Verdict:
        reason = guards.check_rewrite(before, candidate, finish_reason, self.rules)
        if reason:
            return Verdict(False, str(reason))
        drift = _sentence_drift(before, candidate, self.language)
        if drift:
            return Verdict(False, drift)
        undone = self.task_undone(before, candidate, job)
        if undone:
            return Verdict(False, undone)
        added = fairness.added_findings(before, candidate, self.language or "auto", register=self.register)
        if added:
            return Verdict(False, f"the rewrite added a {added[0].kind} finding: {added[0].message}")
        tells_before, tells_after = tell_count(before, self.language), tell_count(candidate, self.language)
        if tells_after > tells_before:
            return Verdict(False, "the rewrite added a stock AI phrase")
        error = self.added_error(before, candidate)
        if error:
            return Verdict(False, f"the rewrite added a grammar or spelling error (\u201c{error}\u201d)")
        score = TELL_REMOVED * (tells_before - tells_after)
        if job is not None and job.kind in ("split", "vary-opener"):
            score += VARIETY * (burstiness(candidate) - burstiness(before))
        share = guards.changed_share(before, candidate)
        low, high = self.band
        score += IN_BAND if low <= share <= high else IN_BAND - 4 * (low - share if share < low else share - high)
        if self.voice is not None:
            lang = self.language or "en"
            score += VOICE * (steer.distance(before, lang, self.voice) - steer.distance(candidate, lang, self.voice))
        return Verdict(True, "", score)


def _sentence_drift(before: str, candidate: str, language: str) -> str:
    """The first meaning drift between the two texts, in words, or "" (see ``checks.drift``)."""
    found = drift.sentence_drift(before, candidate, language or "auto")
    return found[0].message.text if found else ""
