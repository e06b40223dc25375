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

import io
import logging
import threading
from array import array
from dataclasses import dataclass
from functools import lru_cache

import regex

from humanize_desktop import paths
from humanize_desktop.core import segmentation, textio, urls

log = logging.getLogger(__name__)

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
            _identifier = _load_identifier()
        return _identifier


_MODEL_SANITY = ("This is plainly a sentence written in English for the check.", "en")


def _load_identifier():  # type: ignore[no-untyped-def]
    """py3langid's identifier, from an uncompressed copy of its model in the cache folder.

    The bundled model is LZMA-compressed: unpacking it takes half a second
    in every process that detects a language. The first process keeps the
    unpacked arrays (about 70 MB) under the cache folder, named after the
    package version and the model file, and later ones read them in a few
    hundredths of a second. A copy that does not load, or detects English
    wrongly, is ignored and the bundled model used.
    """
    import importlib.metadata

    import numpy as np
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    source = MODEL_DIR / MODEL_FILE
    try:
        st = source.stat()
        cached = paths.dirs().cache / "language" / (
            f"py3langid-{importlib.metadata.version('py3langid')}-{st.st_size}-{st.st_mtime_ns}.npz")
    except (OSError, importlib.metadata.PackageNotFoundError) as exc:
        log.info("language model not cached: %s", exc)
        cached = None
    if cached is not None and cached.is_file():
        try:
            with np.load(cached, allow_pickle=False) as data:
                nextmove = array(data["nextmove_code"].item(), data["nextmove"].tobytes())
                row = array(data["row_code"].item(), data["row"].tobytes())
                identifier = LanguageIdentifier(data["ptc"], data["pc"], data["classes"].tolist(), nextmove,
                                                data["output"].tolist(), norm_probs=True, tk_row=row)
            if identifier.classify(_MODEL_SANITY[0])[0] == _MODEL_SANITY[1]:
                return identifier
            log.warning("the cached language model at %s detects wrongly; using the bundled one", cached)
        except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
            log.warning("the cached language model at %s does not load (%s); using the bundled one", cached, exc)
    ptc, pc, classes, nextmove, row, output = modelio.load_model(source)
    identifier = LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output,
                                    norm_probs=True, tk_row=row)
    if cached is not None:
        try:
            buffer = io.BytesIO()
            np.savez(buffer, ptc=ptc, pc=pc, classes=np.array(classes), output=np.array(output, dtype=np.int64),
                     nextmove=np.frombuffer(nextmove, dtype=np.uint8), nextmove_code=np.array(nextmove.typecode),
                     row=np.frombuffer(row, dtype=np.uint8), row_code=np.array(row.typecode))
            cached.parent.mkdir(parents=True, exist_ok=True)
            for old in cached.parent.glob("py3langid-*.npz"):  # another version's copy
                old.unlink()
            textio.atomic_write(cached, buffer.getvalue())
        except (OSError, ValueError, TypeError) as exc:
            log.info("language model not cached at %s: %s", cached, exc)
    return identifier


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
