"""Steering toward a voice: how far a text is from a profile, and the hint a model prompt gets.

``gaps(text, language, profile)`` measures ``text`` (``voice.stats``) and
gives its distance to the profile in the two habits a rewrite moves most:
mean sentence length (words) and contractions per 100 words. ``distance``
folds them into one number, each gap relative to the profile's own value,
so "9 words instead of 18" and "no contractions instead of 4 per 100" weigh
alike; the candidate score prefers the candidate with the smaller distance.

``hint(profile)`` is one short line for the model (from
``resources/prompts/voice.toml``): only the habits that stand out, so a
135M model gets a few words it can follow rather than a table of numbers.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template

from humanize_desktop import paths
from humanize_desktop.core.rewriting.prompts import PromptProblem, check_template
from humanize_desktop.core.voice import rules
from humanize_desktop.core.voice.profile import VoiceProfile
from humanize_desktop.core.voice.stats import measure

SHORT_SENTENCES = 12.0  # a profile mean at or under this is a short-sentence voice
LONG_SENTENCES = 22.0
_HABITS = ("short_sentences", "long_sentences", "contractions", "no_contractions", "no_semicolons", "dashes",
           "first_person", "second_person")


@dataclass(frozen=True)
class Gaps:
    sentence_length: float  # |text's mean sentence length - profile's|, in words
    contractions: float  # |text's contractions per 100 words - profile's|

    def relative(self, profile: VoiceProfile) -> float:
        return (self.sentence_length / max(profile.sentence_mean, 1.0)
                + self.contractions / max(profile.contractions, 1.0))


def gaps(text: str, language: str, profile: VoiceProfile) -> Gaps:
    counts = measure(text, language)
    if not counts.words:
        return Gaps(0.0, 0.0)
    return Gaps(abs(counts.sentence_mean - profile.sentence_mean), abs(counts.contraction_rate - profile.contractions))


def distance(text: str, language: str, profile: VoiceProfile) -> float:
    """How far ``text`` is from the voice (0: it writes just like the profile)."""
    return gaps(text, language, profile).relative(profile)


@lru_cache(maxsize=2)
def _templates(path: Path, mtime_ns: int) -> dict[str, Template]:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PromptProblem(f"The voice prompt file {path} cannot be read: {exc}.") from None
    found = {"line": check_template("line", data.get("line"), path, {"habits"})}
    for key in _HABITS:
        wanted = {"words"} if key.endswith("_sentences") else set()
        found[key] = check_template(key, data.get(key), path, wanted)
    return found


def templates() -> dict[str, Template]:
    path = paths.resource("prompts", "voice.toml")
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise PromptProblem(f"The voice prompt file {path} is missing.") from None
    return _templates(path, mtime)


def hint(profile: VoiceProfile | None) -> str:
    """One line describing the voice's outstanding habits; "" for no profile (or nothing that stands out)."""
    if profile is None:
        return ""
    t = templates()
    words = str(round(profile.sentence_mean))
    habits = []
    if 0 < profile.sentence_mean <= SHORT_SENTENCES:
        habits.append(t["short_sentences"].substitute(words=words))
    elif profile.sentence_mean >= LONG_SENTENCES:
        habits.append(t["long_sentences"].substitute(words=words))
    if profile.contractions >= rules.CONTRACTS_AT:
        habits.append(t["contractions"].substitute())
    elif profile.contractions < rules.NEVER_CONTRACTS and profile.words >= rules.EVIDENCE_WORDS:
        habits.append(t["no_contractions"].substitute())
    if profile.punctuation_rate("semicolons") == 0 and profile.words >= rules.EVIDENCE_WORDS:
        habits.append(t["no_semicolons"].substitute())
    if profile.punctuation_rate("dashes") >= 1.0:
        habits.append(t["dashes"].substitute())
    if profile.first_person >= 2.0:
        habits.append(t["first_person"].substitute())
    if profile.second_person >= 2.0:
        habits.append(t["second_person"].substitute())
    return t["line"].substitute(habits=", ".join(habits)) if habits else ""
