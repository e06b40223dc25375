"""Spelling through pyenchant and the system's hunspell dictionaries.

The dictionary is picked per language and variant: an explicit setting
(``spelling.language = "en_GB"``) wins; otherwise, among the installed
dictionaries of a language, the one that rejects fewest words of the
document (so a British text is checked as British), ties going to the most
common variant. Words in the personal dictionary (a plain word list in the
config folder) and words of protected terms are never flagged, nor are URLs,
e-mail addresses, code, words with digits and all-capital acronyms.

The personal dictionary (``PersonalDictionary``) is edited line by line:
adding a word appends it, removing one drops its line, and every other line
(comments, words from other tools, even lines that are not UTF-8) stays as it
was. A file that cannot be read is never rewritten; the edit is refused with
a ``PersonalDictionaryError`` instead.

When enchant or a dictionary for a language is missing, the checker says so
through ``state()`` / ``unavailable_reason()`` and returns no findings for
that language instead of raising.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import regex

from humanize_desktop import paths
from humanize_desktop.core import markdown, messages, segmentation, urls
from humanize_desktop.core.checks.findings import SPELLING, EngineState, Finding
from humanize_desktop.core.checks.language import base
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.textio import atomic_write

messages.register({"spelling.unknown": "'{word}' is not in the {dictionary} dictionary."})

log = logging.getLogger(__name__)

ENGINE = "enchant"
PERSONAL_DICTIONARY = "personal_dictionary.txt"
MAX_SUGGESTIONS = 5
#: Variant chosen when the document does not tell (fewest rejections tie).
_PREFERRED = ("en_US", "en_GB", "de_DE", "fr_FR", "fr", "es_ES", "it_IT", "pt_PT", "pt_BR", "nl_NL")
# Words with digits, "@", "/" or "_", acronyms, and the scheme words on their own ("use https");
# whole addresses are words of their own (``core.segmentation``) and are found by ``urls.URL_RE``.
_SKIP_RE = regex.compile(r"[\p{N}@/_]|^\p{Lu}[\p{Lu}\p{N}\-]+$|^(?:https?|www)$")
_PART_SPLIT_RE = regex.compile(r"[\-‐]")


def personal_dictionary_path() -> Path:
    return paths.dirs().config / PERSONAL_DICTIONARY


def _import_enchant():
    try:
        import enchant
    except ImportError as exc:  # the C library or the binding is missing
        return None, f"pyenchant cannot load the enchant library ({exc})"
    return enchant, ""


@lru_cache(maxsize=1)
def installed_dictionaries() -> tuple[str, ...]:
    """Tags of the dictionaries enchant can load, e.g. ``("de_DE", "en_GB", "en_US")``."""
    enchant, _ = _import_enchant()
    if enchant is None:
        return ()
    try:
        return tuple(sorted(set(enchant.list_languages())))
    except (enchant.errors.Error, OSError) as exc:  # a broken provider must not take the editor down
        log.warning("enchant cannot list its dictionaries: %s", exc)
        return ()


def candidates(language: str) -> list[str]:
    """Installed dictionary tags for a language code, most common variant first."""
    lang = base(language)
    tags = [t for t in installed_dictionaries() if base(t) == lang]
    order = {t: i for i, t in enumerate(_PREFERRED)}
    return sorted(tags, key=lambda t: (order.get(t, len(order)), t))


_ENCHANT_LOCK = threading.RLock()


class SpellChecker:
    """Checks words against hunspell dictionaries; one instance serves many languages.

    Thread-safe: calls into enchant are serialised (hunspell handles are not
    documented as safe to share between threads).
    """

    def __init__(self, protected_terms: Iterable[str] = (), preferred: str = "auto",
                 personal_path: Path | None = None) -> None:
        # One lock for every checker: enchant's broker is shared by the whole process, and a
        # dictionary made on one thread while another checks a word crashed the interpreter.
        self._lock = _ENCHANT_LOCK
        self._dicts: dict[str, object] = {}
        self._suggestions: dict[tuple[str, str], tuple[str, ...]] = {}
        # Dictionary verdicts per (tag, word): documents repeat words, and choosing
        # a variant re-reads the document's words on every check.
        self._verdicts: dict[tuple[str, str], bool] = {}
        self.preferred = "" if preferred in ("", "auto") else preferred.replace("-", "_")
        self.personal_path = personal_path or personal_dictionary_path()
        self.personal_file = PersonalDictionary(self.personal_path)
        self.personal: set[str] = self._load_personal()
        self.protected: set[str] = set()
        for term in protected_terms:
            self.protected.update(w.casefold() for w in segmentation.words(term))

    # ------------------------------------------------------------------ state
    def state(self, languages: Iterable[str] = (), chosen: dict[str, str] | None = None) -> EngineState:
        """Which dictionaries serve the given languages, and which are missing.

        ``chosen`` maps languages to the dictionaries a check picked for them.
        """
        chosen = chosen or {}
        enchant, why = _import_enchant()
        if enchant is None:
            return EngineState(None, "", {ENGINE: why})
        unavailable: dict[str, str] = {}
        used: list[str] = []
        for lang in dict.fromkeys(base(c) for c in languages if c and c != "und"):
            tag = chosen.get(lang) or self.dictionary_for(lang)
            if tag:
                used.append(tag)
            else:
                unavailable[f"{ENGINE}:{lang}"] = self.unavailable_reason(lang)
        if not installed_dictionaries():
            return EngineState(None, "", {ENGINE: "enchant found no dictionaries; install hunspell "
                                                  "dictionaries such as hunspell-en-us"})
        if languages and not used:
            return EngineState(None, "", unavailable)
        detail = "hunspell " + ", ".join(used) if used else "hunspell (" + ", ".join(installed_dictionaries()) + ")"
        return EngineState(ENGINE, detail, unavailable)

    def unavailable_reason(self, language: str) -> str:
        enchant, why = _import_enchant()
        if enchant is None:
            return why
        if not installed_dictionaries():
            return "enchant found no dictionaries; install hunspell dictionaries"
        return (f"no spelling dictionary for '{language}' is installed (installed: "
                f"{', '.join(installed_dictionaries())}); install hunspell-{base(language)}")

    def dictionary_for(self, language: str, sample: Iterable[str] = (), preferred: str = "") -> str | None:
        """The dictionary tag to check ``language`` with, or None when none is installed.

        ``sample``: words of the document, used to tell variants apart;
        ``preferred``: a tag such as ``"en_GB"`` that wins when installed
        (else the ``spelling.language`` setting does).
        """
        options = candidates(language)
        if not options:
            return None
        preferred = (preferred or self.preferred).replace("-", "_")
        if preferred and base(preferred) == base(language):
            exact = [t for t in options if t.lower() == preferred.lower()]
            if exact:
                return exact[0]
        words = list(dict.fromkeys(w for w in sample if self._checkable(w)))[:2000]
        if len(options) == 1 or not words:
            return options[0]
        rejected = {t: sum(1 for w in words if not self._known(t, w)) for t in options}
        return min(options, key=lambda t: (rejected[t], options.index(t)))

    # ------------------------------------------------------------------ checking
    def check(self, text: str, dictionary: str, suggest: bool = True,
              within: Iterable[tuple[int, int]] | None = None) -> list[Finding]:
        """Spelling findings in ``text`` against dictionary tag ``dictionary``.

        ``suggest=False`` leaves the replacements out: hunspell takes tens of
        milliseconds a word to find them, so callers that show only some
        findings ask ``suggest()`` for those. ``within``: look only at the
        words in these spans of ``text`` (the rest still tells code from prose).
        """
        if dictionary not in installed_dictionaries():
            return []
        code = [(s.start, s.end) for s in markdown.structure_spans(text)
                if s.kind in (markdown.CODE, markdown.CODE_BLOCK, markdown.LINK)]
        findings = []
        words = (segmentation.tokenize(text) if within is None
                 else [t for a, b in within for t in segmentation.tokenize(text, a, b)])
        for tok in words:
            word = tok.word
            if not word or not self._checkable(word):
                continue
            start = tok.start + tok.text.index(word)
            end = start + len(word)
            if any(a < end and start < b for a, b in code):
                continue
            if self._known(dictionary, word):
                continue
            findings.append(Finding.said(start, end, SPELLING,
                                         messages.make("spelling.unknown", word=word, dictionary=dictionary),
                                         self.suggest(dictionary, word) if suggest else (), ENGINE,
                                         f"{ENGINE}:{dictionary}"))
        return findings

    def suggest(self, dictionary: str, word: str) -> tuple[str, ...]:
        key = (dictionary, word)
        with self._lock:
            if key not in self._suggestions:
                d = self._dict(dictionary)
                self._suggestions[key] = tuple(d.suggest(word)[:MAX_SUGGESTIONS]) if d else ()
            return self._suggestions[key]

    def is_correct(self, word: str, dictionary: str) -> bool:
        return not self._checkable(word) or self._known(dictionary, word)

    def _checkable(self, word: str) -> bool:
        return len(word) > 1 and not _SKIP_RE.search(word) and not urls.URL_RE.match(word)

    def _known(self, dictionary: str, word: str) -> bool:
        key = (dictionary, word)
        known = self._verdicts.get(key)
        if known is None:
            known = self._verdicts[key] = self._lookup(dictionary, word)
        return known

    def _lookup(self, dictionary: str, word: str) -> bool:
        folded = word.casefold()
        if folded in self.protected or word in self.personal or folded in self.personal:
            return True
        with self._lock:
            d = self._dict(dictionary)
            if d is None:
                return True
            plain = word.replace("’", "'")
            if d.check(plain):
                return True
            parts = [p for p in _PART_SPLIT_RE.split(plain) if p]
            return len(parts) > 1 and all(d.check(p) or p.casefold() in self.personal for p in parts)

    def _dict(self, tag: str):
        d = self._dicts.get(tag)
        if d is None and tag not in self._dicts:
            enchant, _ = _import_enchant()
            try:
                d = enchant.Dict(tag) if enchant else None
            except (enchant.errors.Error, OSError) as exc:  # listed, yet its files are broken or gone
                log.warning("enchant cannot open the %s dictionary: %s", tag, exc)
                d = None
            self._dicts[tag] = d
        return d

    # ------------------------------------------------------------------ personal dictionary
    def _load_personal(self) -> set[str]:
        try:
            return self.personal_file.words()
        except PersonalDictionaryError as exc:
            log.warning("%s", exc)
            return set()

    def add_to_personal(self, word: str) -> None:
        """Remember ``word`` as correctly spelt, in every language, from now on.

        It counts at once for this checker; a dictionary file that cannot be
        read or written raises ``PersonalDictionaryError`` (and is left as it was).
        """
        word = word.strip()
        if not word:
            return
        with self._lock:
            self._verdicts.clear()
            self.personal = self.personal | {word}
            self.personal_file.add(word)

    def remove_from_personal(self, word: str) -> None:
        with self._lock:
            self._verdicts.clear()
            self.personal = self.personal - {word.strip()}
            self.personal_file.remove(word)


class PersonalDictionaryError(HumanizeError):
    """The personal dictionary cannot be read or written; the file was left as it was."""


class PersonalDictionary:
    """The personal word list: one word a line, ``#`` starts a comment line.

    Edits keep every line they are not about, byte for byte, so comments,
    words added by another tool and lines in another encoding survive.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def _lines(self) -> list[bytes]:
        """The file's lines with their line ends; [] when there is no file yet."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise PersonalDictionaryError(f"The personal dictionary {self.path} cannot be read "
                                          f"({exc.strerror or exc}); it was left as it is.") from None
        return data.splitlines(keepends=True)

    @staticmethod
    def _word(line: bytes) -> str | None:
        """The word a line holds; None for comments, blank lines and lines that are not UTF-8."""
        try:
            text = line.decode("utf-8").lstrip("\ufeff").strip()
        except UnicodeDecodeError:
            return None
        return text if text and not text.startswith("#") else None

    def entries(self) -> list[str]:
        """The words, in the file's order (raises ``PersonalDictionaryError`` when it cannot be read)."""
        lines = self._lines()
        skipped = sum(1 for ln in lines if self._undecodable(ln))
        if skipped:
            log.warning("%s: %d line(s) are not UTF-8 and are not used (they are kept)", self.path, skipped)
        return list(dict.fromkeys(w for w in map(self._word, lines) if w))

    def words(self) -> set[str]:
        return set(self.entries())

    @staticmethod
    def _undecodable(line: bytes) -> bool:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return True
        return False

    def _write(self, lines: list[bytes]) -> None:
        try:
            atomic_write(self.path, b"".join(lines))
        except OSError as exc:
            raise PersonalDictionaryError(f"The personal dictionary {self.path} cannot be saved "
                                          f"({exc.strerror or exc}); it was left as it is.") from None

    def add(self, word: str) -> None:
        """Append ``word`` (nothing happens when the file has it)."""
        word = word.strip()
        lines = self._lines()
        if not word or any(self._word(ln) == word for ln in lines):
            return
        if lines and not lines[-1].endswith((b"\n", b"\r")):
            lines[-1] += b"\n"
        self._write([*lines, word.encode("utf-8") + b"\n"])
        log.info("a word was added to the personal dictionary")

    def remove(self, word: str) -> None:
        """Drop the lines that hold ``word``; every other line stays."""
        word = word.strip()
        lines = self._lines()
        kept = [ln for ln in lines if self._word(ln) != word]
        if len(kept) != len(lines):
            self._write(kept)

    def set_words(self, words: Iterable[str]) -> None:
        """Make the file hold exactly ``words``: missing ones appended, others' lines dropped, the rest kept."""
        wanted = list(dict.fromkeys(w.strip() for w in words if w.strip()))
        lines = self._lines()
        kept = [ln for ln in lines if self._word(ln) is None or self._word(ln) in wanted]
        present = {self._word(ln) for ln in kept}
        added = [w.encode("utf-8") + b"\n" for w in wanted if w not in present]
        if len(kept) == len(lines) and not added:
            return
        if kept and added and not kept[-1].endswith((b"\n", b"\r")):
            kept[-1] += b"\n"
        self._write([*kept, *added])
