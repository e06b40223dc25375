"""A voice profile: a writer's measured habits, kept as a TOML file they can read and edit.

``learn(name, texts, language)`` measures samples (``voice.stats``) into a
``VoiceProfile``; ``save``/``load``/``names``/``delete`` keep profiles as
``voices/NAME.toml`` in the user data folder (``paths.dirs().data``), saved
atomically. ``VoiceProfile.to_json()`` is the ``voice show --json``
contract::

    {"name", "samples", "words", "sentence_length": {"mean", "stdev"},
     "paragraph_length", "contractions_per_100_words", "person": {"first", "second"},
     "vocabulary_level", "punctuation_per_100_words": {...}, "openers", "spelling"}

``paragraph_length`` is sentences per paragraph, ``person`` first- and
second-person words per 100 words, ``vocabulary_level`` the share (per 100
words) of words longer than six letters (LIX's long words), ``spelling``
british, american, mixed or unknown. The file holds the same keys; a file
someone broke by hand is reported (``VoiceProblem``) and left as it is.
"""

from __future__ import annotations

import logging
import os
import tempfile
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import regex

from humanize_desktop import paths
from humanize_desktop.core import messages
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.voice.stats import PUNCTUATION, Counts, measure

log = logging.getLogger(__name__)

SPELLINGS = ("british", "american", "mixed", "unknown")
_NAME_RE = regex.compile(r"^[\p{L}\p{N}_][\p{L}\p{N}_ .-]{0,63}$")

messages.register({
    "voice.bad-name": "“{name}” cannot name a voice: use letters, digits, spaces, '-', '_' or '.' "
                      "(at most 64, not starting with a dot or a space)",
    "voice.unknown": "there is no voice called “{name}” (see `humanize-desktop voice list`)",
    "voice.damaged": "the voice profile {path} cannot be used: {problem}; fix or delete the file",
    "voice.no-text": "no text to learn a voice from in {files}",
})


class VoiceProblem(HumanizeError):
    """A voice that cannot be learned, found or read; the message is one sentence for the person."""

    def __init__(self, message: messages.Message) -> None:
        super().__init__(message.text)
        self.message = message


@dataclass(frozen=True)
class VoiceProfile:
    """A writer's habits: plain values, so a rewrite can take (and hash) it."""

    name: str
    samples: int
    words: int
    sentence_mean: float
    sentence_stdev: float
    paragraph_length: float
    contractions: float  # per 100 words
    first_person: float  # per 100 words
    second_person: float
    vocabulary_level: float
    punctuation: tuple[tuple[str, float], ...]  # (kind, per 100 words), in PUNCTUATION's order
    openers: tuple[str, ...]
    spelling: str

    def punctuation_rate(self, kind: str) -> float:
        return dict(self.punctuation).get(kind, 0.0)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "samples": self.samples, "words": self.words,
            "sentence_length": {"mean": self.sentence_mean, "stdev": self.sentence_stdev},
            "paragraph_length": self.paragraph_length,
            "contractions_per_100_words": self.contractions,
            "person": {"first": self.first_person, "second": self.second_person},
            "vocabulary_level": self.vocabulary_level,
            "punctuation_per_100_words": dict(self.punctuation),
            "openers": list(self.openers), "spelling": self.spelling,
        }

    @classmethod
    def from_json(cls, data: Any) -> VoiceProfile:
        """A profile from ``to_json``'s shape; ``ValueError`` says what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("it is not a table of values")

        def number(value: Any, key: str) -> float:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"'{key}' must be a number of at least 0")
            return float(value)

        def table(key: str) -> dict[str, Any]:
            value = data.get(key)
            if not isinstance(value, dict):
                raise ValueError(f"[{key}] is missing")
            return value

        missing = [k for k in ("name", "samples", "words", "paragraph_length", "contractions_per_100_words",
                               "vocabulary_level", "openers", "spelling") if k not in data]
        if missing:
            raise ValueError(f"'{missing[0]}' is missing")
        if not isinstance(data["name"], str) or not _NAME_RE.match(data["name"]):
            raise ValueError("'name' is not a voice name")
        openers = data["openers"]
        if not isinstance(openers, list) or not all(isinstance(o, str) for o in openers):
            raise ValueError("'openers' must be a list of words")
        if data["spelling"] not in SPELLINGS:
            raise ValueError(f"'spelling' must be one of {', '.join(SPELLINGS)}")
        sentence, person, punct = table("sentence_length"), table("person"), table("punctuation_per_100_words")
        unknown = set(punct) - set(PUNCTUATION)
        if unknown:
            raise ValueError(f"unknown punctuation {sorted(unknown)[0]!r}")
        return cls(
            name=data["name"], samples=int(number(data["samples"], "samples")),
            words=int(number(data["words"], "words")),
            sentence_mean=number(sentence.get("mean"), "sentence_length.mean"),
            sentence_stdev=number(sentence.get("stdev"), "sentence_length.stdev"),
            paragraph_length=number(data["paragraph_length"], "paragraph_length"),
            contractions=number(data["contractions_per_100_words"], "contractions_per_100_words"),
            first_person=number(person.get("first"), "person.first"),
            second_person=number(person.get("second"), "person.second"),
            vocabulary_level=number(data["vocabulary_level"], "vocabulary_level"),
            punctuation=tuple((k, number(punct.get(k, 0.0), f"punctuation_per_100_words.{k}"))
                              for k in PUNCTUATION),
            openers=tuple(openers), spelling=data["spelling"])


def _r(x: float) -> float:
    return round(x, 2)


def from_counts(name: str, samples: int, counts: Counts) -> VoiceProfile:
    return VoiceProfile(
        name=name, samples=samples, words=counts.words, sentence_mean=_r(counts.sentence_mean),
        sentence_stdev=_r(counts.sentence_stdev), paragraph_length=_r(counts.paragraph_mean),
        contractions=_r(counts.contraction_rate), first_person=_r(counts.per_100(counts.first_person)),
        second_person=_r(counts.per_100(counts.second_person)),
        vocabulary_level=_r(counts.per_100(counts.long_words)),
        punctuation=tuple((k, _r(counts.per_100(counts.punctuation.get(k, 0)))) for k in PUNCTUATION),
        openers=tuple(counts.favourite_openers()), spelling=counts.spelling)


def check_name(name: str) -> str:
    if not _NAME_RE.match(name) or name != name.strip():
        raise VoiceProblem(messages.make("voice.bad-name", name=name))
    return name


def learn(name: str, samples: Iterable[tuple[str, str]], language: str) -> VoiceProfile:
    """The profile of ``samples`` (``(file name, text)`` pairs) in ``language``."""
    check_name(name)
    total, files = Counts(), []
    for file_name, text in samples:
        total = total + measure(text, language)
        files.append(file_name)
    if not total.words:
        raise VoiceProblem(messages.make("voice.no-text", files=", ".join(files) or "no files"))
    return from_counts(name, len(files), total)


# ---------------------------------------------------------------------- the files


def voices_dir() -> Path:
    return paths.dirs().data / "voices"


def profile_path(name: str) -> Path:
    return voices_dir() / f"{check_name(name)}.toml"


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return repr(value)


def to_toml(profile: VoiceProfile) -> str:
    data = profile.to_json()
    lines = [f"# Voice profile {profile.name!r}, learned by `humanize-desktop voice learn` from "
             f"{profile.samples} sample(s), {profile.words} words.",
             "# Edit the numbers to steer rewrites (rates are per 100 words; paragraph_length is",
             "# sentences per paragraph; vocabulary_level is words longer than six letters per 100).", ""]
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    lines += [f"{k} = {_toml_value(v)}" for k, v in data.items() if k not in tables]
    for key, table in tables.items():
        lines += ["", f"[{key}]"] + [f"{k} = {_toml_value(v)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


def save(profile: VoiceProfile) -> Path:
    """Write the profile atomically (a crash leaves the old file or the new one, never half)."""
    path = profile_path(profile.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".voice-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(to_toml(profile))
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("saved a voice profile from %d samples (%d words)", profile.samples, profile.words)
    return path


def read(path: Path) -> VoiceProfile:
    """The profile in ``path``; a broken file is a ``VoiceProblem`` and stays untouched.

    The voice is called by its file's name (what ``names`` lists), whatever its ``name`` line says.
    """
    try:
        data = tomllib.loads(path.read_text("utf-8"))
        profile = VoiceProfile.from_json(data)
        return profile if profile.name == path.stem else replace(profile, name=path.stem)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as exc:
        log.warning("voice profile %s cannot be used: %s", path.name, exc)
        raise VoiceProblem(messages.make("voice.damaged", path=str(path), problem=str(exc))) from None


def load(name: str) -> VoiceProfile:
    path = profile_path(name)
    if not path.is_file():
        raise VoiceProblem(messages.make("voice.unknown", name=name))
    return read(path)


def names() -> list[str]:
    """The voices saved on this machine, sorted (damaged files included: they are the writer's)."""
    folder = voices_dir()
    if not folder.is_dir():
        return []
    return sorted((p.stem for p in folder.glob("*.toml") if _NAME_RE.match(p.stem)), key=str.casefold)


def delete(name: str) -> None:
    path = profile_path(name)
    if not path.is_file():
        raise VoiceProblem(messages.make("voice.unknown", name=name))
    path.unlink()
