"""The grammar of putting one fix into a text so that it still reads as written.

``join(left, matched, fix, right, context)`` decides how the text around a
fix changes when ``matched`` becomes ``fix``: ``left`` is the output so far
(earlier fixes applied), ``right`` the draft after the match. It returns
how many characters to take back from ``left``, the new text, and how many
characters of ``right`` it consumes, so the caller can turn it into one
edit of the draft.

* A replacement takes the case of what it replaces, and a capital where it
  now starts a sentence.
* A deletion takes the opener's comma with it; a parenthetical ", moreover,"
  goes with one of its commas; no doubled spaces, no space before a full
  stop, no ", ,"; the word that now starts the sentence gets the capital
  (unless it is a protected term or an identifier like "iPhone"); a
  sentence left with nothing but its full stop goes, and a line left empty
  goes with its line break; Markdown emphasis around the phrase goes too.
* A preposition the fix took away goes where a conjunction repeats it
  ("reach out to me or to Priya" -> "contact me or Priya").
* Word forms agree across the joint: "a"/"an" in English, "de"/"d'",
  "que"/"qu'" in French, "y"/"e" in Spanish; contractions merge ("de el"
  -> "del"). All of this is language data (``[splice]`` of the lexicon).

Edits always start and end at word boundaries, so a review shows
"Moreover, the" -> "The" rather than "Moreover, t" -> "T".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from humanize_desktop.core.checks.aitells import Splice, at_sentence_start, normalise

_HWS = "[^\\S\\r\\n]"
_EMPHASIS_END_RE = regex.compile(r"(\*{1,3}|_{1,3}|~~)$")
_LEAD_HWS_RE = regex.compile(rf"^{_HWS}*")
_TRAIL_HWS_RE = regex.compile(rf"{_HWS}*$")
_OPENER_PUNCT_RE = regex.compile(rf"^(?:[,:;]{_HWS}*)?")
_SENTENCE_END_RE = regex.compile(rf"^[.!?…]+[\"'”’»)\]*_]*{_HWS}*")
_OPENING_RE = regex.compile(rf"[¡¿\"“„«‘(\[]+{_HWS}*$")
_LOWER_WORD_RE = regex.compile(r"^\p{Ll}[\p{Ll}\p{M}'’\-]*(?![\p{L}\p{N}])")
_LINE_LEAD_RE = regex.compile(rf"(?:^|(?<=\n)){_HWS}*(?:(?:[-*+]|\d{{1,9}}[.)]|#{{1,6}}|>){_HWS}*)*$")
_WORD_BEFORE_RE = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’])([\p{{L}}\p{{M}}]+['’]?)({_HWS}*)$")
_WORD_AFTER_RE = regex.compile(rf"({_HWS}*)([*_`\"“„«‘'(\[]*)([\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}'’\-]*)")
_WORD_CHAR_RE = regex.compile(r"[\p{L}\p{M}\p{N}]")
_CLOSERS = ".,;:!?…)]}"
_QUOTES = "\"'”’»"


def _never(word: str) -> bool:
    return False


@dataclass(frozen=True)
class Context:
    at_start: bool  # the fix begins a sentence of the output
    capital: bool  # ... and that sentence began with a capital letter in the draft
    left_is_start: bool = False  # ``left`` begins where the text begins
    right_is_end: bool = False  # ``right`` ends where the text ends
    splice: Splice = field(default_factory=Splice)
    keep_case: Callable[[str], bool] = _never  # words never re-cased (protected terms)


def join(left: str, matched: str, fix: str, right: str, ctx: Context) -> tuple[int, str, int]:
    """``(taken back from left, new text, consumed from right)`` for ``matched`` -> ``fix``."""
    rep = _case(fix, matched, ctx)
    if rep and matched[-1:] in "'’" and rep[-1:] not in "'’ " and right[:1].isalpha():
        rep += " "  # "afin d'améliorer" -> "pour améliorer"
    if rep:
        new_left, new_right = left, _without_repeated_preposition(matched, rep, right, ctx.splice)
    else:
        new_left, new_right = _delete(left, matched, right, ctx)
    joined = new_left + rep + new_right
    points = [len(new_left)] + ([len(new_left) + len(rep)] if rep else [])
    for j in reversed(points):
        joined = _tidy(_agree(joined, j, ctx.splice), j)
    return _difference(left, right, joined)


def cased(fix: str, matched: str) -> str:
    """``fix`` written like the text it replaces: its capital, its capitals, its apostrophes."""
    if not fix:
        return fix
    if "’" in matched and "'" in fix:
        fix = fix.replace("'", "’")
    if len(matched) > 1 and matched.isupper() and any(c.islower() for c in fix):
        return fix.upper()
    if matched[:1].isupper() and fix[:1].islower():
        return fix[0].upper() + fix[1:]
    return fix


def _case(fix: str, matched: str, ctx: Context) -> str:
    fix = cased(fix, matched)
    if ctx.capital and fix[:1].islower():
        return fix[0].upper() + fix[1:]
    return fix


def _delete(left: str, matched: str, right: str, ctx: Context) -> tuple[str, str]:
    """The text on both sides once ``matched`` is gone: commas, spaces, capitals, empty lines."""
    emphasis = _EMPHASIS_END_RE.search(left)
    if emphasis:
        mark = emphasis.group(1)
        if right.startswith(mark):
            left, right = left[:emphasis.start()], right[len(mark):]
        elif right[:1] in ",:" and right[1:].startswith(mark):
            left, right = left[:emphasis.start()], right[:1] + right[1 + len(mark):]
    spaces = _TRAIL_HWS_RE.search(left).group()
    bare_left = left[:len(left) - len(spaces)]
    rest = right[_LEAD_HWS_RE.match(right).end():]
    if ctx.at_start:
        rest = rest[_OPENER_PUNCT_RE.match(rest).end():]
        rest = rest[_LEAD_HWS_RE.match(rest).end():]
        end = _SENTENCE_END_RE.match(rest)
        if end:  # nothing of the sentence is left but its full stop (and its "¡" or opening quote)
            return _without_empty_line(_OPENING_RE.sub("", left), rest[end.end():], ctx)
        word = _LOWER_WORD_RE.match(rest)
        if ctx.capital and word and not ctx.keep_case(word.group()):
            rest = rest[0].upper() + rest[1:]
        return left, rest
    if bare_left.endswith(",") and (rest.startswith(",") or matched.rstrip().endswith(",")):
        # A parenthetical (", moreover,") goes with one of its commas.
        return bare_left[:-1], (rest[1:] if rest.startswith(",") else right)
    if bare_left.endswith(",") and rest[:1] in ".!?;:…)":
        return bare_left[:-1], right  # "It works, in essence." -> "It works."
    if rest.startswith(","):
        return left, rest[1:].lstrip(" \t")
    if not rest or rest[0] in "\r\n" or rest[0] in _CLOSERS or (rest[0] in _QUOTES and right[:1] == rest[0]):
        return bare_left, right  # keeps the space French puts before "!" and ":"
    return left, (rest if spaces else right)


def _without_repeated_preposition(matched: str, rep: str, right: str, splice: Splice) -> str:
    """``right`` without the preposition the fix took away, where a conjunction repeats it.

    "reach out to me or to Priya" -> "contact me or Priya": the conjunction
    must be within the clause (no sentence or clause punctuation before it).
    """
    words = matched.split()
    prep = words[-1].casefold() if words else ""
    if (not splice.conjunctions or prep not in splice.prepositions
            or prep in (w.casefold() for w in rep.split())):
        return right
    conj = "|".join(regex.escape(c) for c in splice.conjunctions)
    found = regex.match(rf"([^.!?;:\n]{{0,80}}?\b(?:{conj})){_HWS}+{regex.escape(prep)}(?={_HWS}+\w)",
                        right, regex.IGNORECASE)
    return right if not found else found.group(1) + right[found.end():]


def _without_empty_line(left: str, rest: str, ctx: Context) -> tuple[str, str]:
    """A sentence was removed whole: if its line is now empty, the line goes too."""
    if rest and rest[0] not in "\r\n":
        return left, rest  # another sentence follows on the same line
    lead = _LINE_LEAD_RE.search(left)
    if lead is None:
        return left.rstrip(" \t"), rest  # the line's last sentence went: no space before the line break
    before = left[:lead.start()]
    if rest:
        line_starts_text = not before and ctx.left_is_start
        if line_starts_text or before.endswith(("\n\n", "\n\r\n")):
            return before, rest.lstrip("\r\n")  # the whole paragraph is gone
        if before.endswith("\n"):
            return before, rest[2:] if rest.startswith("\r\n") else rest[1:]
        return left, rest
    if ctx.right_is_end:
        return before.rstrip("\r\n"), rest
    return left, rest


def _agree(text: str, j: int, splice: Splice) -> str:
    """Word forms and contractions across the joint at ``j`` ("a apple" -> "an apple")."""
    before = _WORD_BEFORE_RE.search(text, 0, j)
    if before is None:
        return text
    after = _WORD_AFTER_RE.match(text, before.end())
    if after is None or after.start(3) < j:
        return text
    word, nxt = before.group(1), after.group(3)
    w_start = before.start(1)
    if not after.group(2) and (before.group(2) or after.group(1)):
        pair = normalise(f"{word} {nxt}")
        if pair in splice.contractions:
            merged = _like(splice.contractions[pair], word)
            return text[:w_start] + merged + text[after.end(3):]
    key = normalise(word)
    for form in splice.word_forms:
        if key not in (normalise(form.plain), normalise(form.alternate)):
            continue
        if not (word[:1].islower() or at_sentence_start(text, w_start)):
            return text  # "Plan A is ready": a capital mid-sentence is a label, not an article
        want = form.alternate if form.before.match(nxt) else form.plain
        if normalise(want) == key:
            return text
        if "’" in word:
            want = want.replace("'", "’")
        joiner = "" if want[-1:] in "'’" else " "
        return text[:w_start] + _like(want, word) + joiner + text[after.start(2):]
    return text


def _like(word: str, model: str) -> str:
    return word[0].upper() + word[1:] if model[:1].isupper() and word[:1].islower() else word


def _tidy(text: str, j: int) -> str:
    """No doubled space, no space before a comma or full stop, no ", ," across the joint at ``j``."""
    a = j
    while a > 0 and text[a - 1] in " \t":
        a -= 1
    b = j
    while b < len(text) and text[b] in " \t":
        b += 1
    if a < j < b:
        text, b = text[:a] + " " + text[b:], a + 1
    if a < b < len(text) and text[b] in ",." and a > 0 and text[a - 1] not in "\r\n":
        text, b = text[:a] + text[b:], a
    if b < len(text) and text[b] == "," and b > 0 and text[b - 1] == ",":
        text = text[:b] + text[b + 1:]
    return text


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_WORD_CHAR_RE.match(ch))


def _difference(left: str, right: str, joined: str) -> tuple[int, str, int]:
    """The smallest word-aligned change that turns ``left + matched + right`` into ``joined``."""
    p = 0
    limit = min(len(left), len(joined))
    while p < limit and left[p] == joined[p]:
        p += 1
    # Never start inside a word of either side ("an" -> "a" is "an" -> "a", not "n" -> "").
    while 0 < p and _is_word(left[p - 1]) and (_is_word(left[p:p + 1]) or _is_word(joined[p:p + 1])):
        p -= 1
    q = 0
    limit = min(len(right), len(joined) - p)
    while q < limit and right[len(right) - 1 - q] == joined[len(joined) - 1 - q]:
        q += 1
    while 0 < q and _is_word(right[len(right) - q]) and (
            _is_word(right[len(right) - q - 1:len(right) - q]) or _is_word(joined[len(joined) - q - 1:len(joined) - q])):
        q -= 1
    return len(left) - p, joined[p:len(joined) - q], len(right) - q
