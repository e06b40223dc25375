"""Hypothesis strategies for multilingual prose with Markdown, emoji and RTL text."""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = [
    "the", "a", "of", "to", "cat", "sat", "mat", "quick", "brown", "fox", "jumps", "over",
    "lazy", "dog", "important", "note", "results", "were", "good", "don't", "well-known",
    "3.14", "1,000", "2024", "Berlin", "naïve", "Straße", "über", "café", "niño",
    "猫", "东京", "日本語", "学生", "مرحبا", "بالعالم", "שלום", "עולם", "हिन्दी", "भाषा",
    "😀", "👍🏽", "🇩🇪", "👩‍💻", "𝒳", "https://example.com/a?b=1", "me@example.org",
    "**bold**", "_it_", "`code`", "[link](http://x.y)", "—", "…", "(aside)", "\"quoted\"",
]
PUNCT = ["", "", "", "", ".", ",", "!", "?", ";", ":", "。", "،"]
BLOCK_PREFIX = ["", "", "", "# ", "## ", "- ", "* ", "1. ", "> "]


#: A larger vocabulary, for properties that need words to repeat rarely.
RICH_WORDS = WORDS + [f"{stem}{i}" for stem in ("term", "Name", "wort", "mot") for i in range(60)]


@st.composite
def paragraph(draw: st.DrawFn, words: list[str] = WORDS) -> str:
    n = draw(st.integers(1, 12))
    parts = [draw(st.sampled_from(words)) + draw(st.sampled_from(PUNCT)) for _ in range(n)]
    return draw(st.sampled_from(BLOCK_PREFIX)) + " ".join(parts)


@st.composite
def document(draw: st.DrawFn, words: list[str] = WORDS) -> str:
    paras = draw(st.lists(paragraph(words), min_size=0, max_size=6))
    seps = ["\n\n", "\n", "\n\n\n"]
    out = ""
    for i, p in enumerate(paras):
        out += p
        if i < len(paras) - 1:
            out += draw(st.sampled_from(seps))
    if draw(st.booleans()):
        out += "\n"
    return out


@st.composite
def edited(draw: st.DrawFn, text: str, words: list[str] = WORDS) -> str:
    """``text`` with word-level edits, like a model rewrite would make."""
    pieces = text.split(" ")
    for _ in range(draw(st.integers(0, 6))):
        if not pieces:
            pieces.append(draw(st.sampled_from(words)))
            continue
        i = draw(st.integers(0, len(pieces) - 1))
        op = draw(st.sampled_from(["replace", "insert", "delete", "punct", "join"]))
        if op == "replace":
            pieces[i] = draw(st.sampled_from(words))
        elif op == "insert":
            pieces.insert(i, draw(st.sampled_from(words)))
        elif op == "delete":
            del pieces[i]
        elif op == "punct":
            pieces[i] = pieces[i] + draw(st.sampled_from(PUNCT[4:]))
        else:
            pieces[i] = pieces[i].replace("\n\n", " ", 1)
    return " ".join(pieces)


@st.composite
def draft_and_suggestion(draw: st.DrawFn, words: list[str] = WORDS) -> tuple[str, str]:
    draft = draw(document(words))
    if draw(st.integers(0, 9)) == 0:
        return draft, draw(document(words))  # an unrelated rewrite
    return draft, draw(edited(draft, words))
