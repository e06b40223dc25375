"""Finding the phrases and habits that make text read as machine-written.

The lexicon is data: ``resources/aitells/<language>.toml`` lists phrases
("delve into", "it is important to note") and patterns ("not only … but
also") with plainer alternatives, the deterministic fixes and model jobs the
humanizer may use, and the thresholds of the structural checks: em-dash
overuse, paragraphs whose sentences are all the same length, paragraphs
built from "A, B and C" lists, repeated openers, long sentences, piled-up
passives. Files are validated when they load; a broken one raises
``LexiconError`` naming the file and the entry.

A finding is a hint, not a verdict: one "moreover" proves nothing.

* ``loading``   the lexicon: loading and validation (``lexicon()``, ``LexiconError``)
* ``matching``  ``hits()`` for the humanizer, ``find()`` for the check
* ``structure`` the counting detectors
"""

from humanize_desktop.core.checks.aitells.loading import (
    DETECTORS,
    JOBS,
    Lexicon,
    LexiconError,
    Rule,
    Splice,
    Style,
    WordForm,
    languages,
    lexicon,
    lexicon_dir,
    load_file,
    normalise,
    parse,
    reason_id,
    register_all_reasons,
)
from humanize_desktop.core.checks.aitells.matching import (
    ENGINE,
    Hit,
    at_sentence_start,
    find,
    find_in_document,
    hits,
)
from humanize_desktop.core.checks.findings import Finding

__all__ = [
    "DETECTORS", "ENGINE", "JOBS", "Finding", "Hit", "Lexicon", "LexiconError", "Rule", "Splice", "Style",
    "WordForm", "at_sentence_start", "find", "find_in_document", "hits", "languages", "lexicon", "lexicon_dir",
    "load_file", "normalise", "parse", "reason_id", "register_all_reasons",
]
