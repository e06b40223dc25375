"""Which language a text is in, offline, for the whole document and per paragraph.

Detection uses py3langid's naive Bayes model with probabilities normalised
per text. Markup, URLs, e-mail addresses, code and numbers are removed first:
they say nothing about the language and make short text look foreign.

Short or ambiguous text is not guessed wildly: a paragraph whose guess is
unreliable (few letters, or a low probability) takes the document's
language, and so does one where the document's language is nearly as likely
as the top guess (Galician versus Spanish, Luxembourgish versus German). A
mixed-language document therefore gets each clear paragraph checked in its
own language and every unclear one in the language of the document.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

import regex

from humanize_desktop.core import segmentation, urls

UNDETERMINED = "und"
#: Below this many letters a guess is never called reliable.
MIN_LETTERS = 20
#: A guess needs at least this probability to be reliable.
MIN_CONFIDENCE = 0.6
#: A paragraph keeps the document's language when that language's probability
#: is at least this fraction of the top guess.
KEEP_DOCUMENT_RATIO = 0.25

_NOISE_RE = regex.compile(
    r"```.*?```|`[^`\n]*`"  # code
    rf"|{urls.URL}|{urls.EMAIL}"  # links, e-mail
    r"|\]\([^)\s]*\)"  # Markdown link targets
    r"|[\p{N}][\p{N}.,:/\-]*"  # numbers, dates, times
    r"|[#>*_~|\[\]]+",  # Markdown markers
    regex.S,
)
_LETTER_RE = regex.compile(r"\p{L}")

_identifier = None
_identifier_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A detected language: ISO 639-1/3 code (``"und"`` if unknown), probability 0..1."""

    code: str
    confidence: float
    reliable: bool
    letters: int = 0  # letters the guess was based on; weights votes for the document


@dataclass(frozen=True)
class ParagraphLanguage:
    """The language a paragraph is checked in, with the guess it came from."""

    start: int
    end: int
    code: str  # what the paragraph is checked in (never "und" when the document has a language)
    guess: LanguageGuess


@dataclass(frozen=True)
class DocumentLanguage:
    language: LanguageGuess
    paragraphs: list[ParagraphLanguage]

    @property
    def code(self) -> str:
        return self.language.code

    def codes(self) -> list[str]:
        """Languages the document uses, most used first."""
        weight: dict[str, int] = {}
        for p in self.paragraphs:
            if p.code != UNDETERMINED:
                weight[p.code] = weight.get(p.code, 0) + (p.end - p.start)
        return sorted(weight, key=lambda c: -weight[c])


def _model():
    global _identifier
    with _identifier_lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


def load_model() -> None:
    """Load the detection model now (most of a second, decompressing), e.g. on a background thread."""
    _model()


def clean(text: str) -> str:
    """The text without what says nothing about its language."""
    return " ".join(_NOISE_RE.sub(" ", text).split())


def _rank(cleaned: str) -> list[tuple[str, float]]:
    model = _model()
    # The identifier is not documented as thread-safe; it is fast, so serialise.
    with _identifier_lock:
        return model.rank(cleaned)


@lru_cache(maxsize=8192)  # paragraphs are re-detected on every check of a document
def detect(text: str) -> LanguageGuess:
    """The most likely language of ``text``; unreliable when the text is short or unclear."""
    cleaned = clean(text)
    letters = len(_LETTER_RE.findall(cleaned))
    if letters == 0:
        return LanguageGuess(UNDETERMINED, 0.0, False, 0)
    code, confidence = _rank(cleaned)[0]
    return LanguageGuess(code, float(confidence), letters >= MIN_LETTERS and confidence >= MIN_CONFIDENCE,
                         letters)


@lru_cache(maxsize=4096)
def probability_of(text: str, code: str) -> float:
    """How likely ``text`` is to be in language ``code`` (0 when it has no letters)."""
    cleaned = clean(text)
    if not _LETTER_RE.search(cleaned):
        return 0.0
    return float(dict(_rank(cleaned)).get(code, 0.0))


def choose(guess: LanguageGuess, document_code: str, text: str = "") -> str:
    """The language to check a paragraph in, given its own guess and the document's."""
    if document_code == UNDETERMINED:
        return guess.code if guess.reliable else UNDETERMINED
    if not guess.reliable or guess.code == document_code:
        return document_code
    if text and probability_of(text, document_code) >= KEEP_DOCUMENT_RATIO * guess.confidence:
        return document_code
    return guess.code


def document_language(guesses: list[LanguageGuess], whole_text: str = "") -> LanguageGuess:
    """The document's language: the reliable paragraph guesses vote, weighted by letters.

    When no paragraph is reliable on its own, the whole text is classified.
    """
    votes: dict[str, float] = {}
    total = 0
    for g in guesses:
        if g.reliable:
            votes[g.code] = votes.get(g.code, 0.0) + g.letters
            total += g.letters
    if votes:
        code = max(votes, key=lambda c: votes[c])
        return LanguageGuess(code, votes[code] / total, True, total)
    return detect(whole_text) if whole_text else LanguageGuess(UNDETERMINED, 0.0, False, 0)


def detect_document(text: str, forced: str | None = None) -> DocumentLanguage:
    """Languages of a document and of each of its paragraphs (``segmentation.paragraphs`` spans).

    ``forced`` (a code such as ``"de"``) skips detection: every paragraph is
    checked in that language.
    """
    spans = segmentation.paragraphs(text)
    guesses = [detect(text[s:e]) for s, e in spans]
    if forced:
        doc = LanguageGuess(forced, 1.0, True, sum(g.letters for g in guesses))
        return DocumentLanguage(doc, [ParagraphLanguage(s, e, forced, g) for (s, e), g in zip(spans, guesses)])
    doc = document_language(guesses, text)
    paragraphs = [ParagraphLanguage(s, e, choose(g, doc.code, text[s:e]), g)
                  for (s, e), g in zip(spans, guesses)]
    return DocumentLanguage(doc, paragraphs)


def base(code: str) -> str:
    """``"en"`` for ``"en_GB"``, ``"en-GB"`` or ``"en"``."""
    return code.replace("-", "_").split("_")[0].lower()
