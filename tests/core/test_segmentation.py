"""Tokenising prose: words keep their punctuation, nothing is lost, scripts behave."""

from __future__ import annotations

import pytest

from humanize_desktop.core import segmentation


def texts(s: str) -> list[str]:
    return [t.text for t in segmentation.tokenize(s)]


def test_tokens_tile_the_text_and_carry_trailing_punctuation_and_space() -> None:
    s = "Hello, world! (This is) a test—really."
    assert texts(s) == ["Hello, ", "world! ", "(This ", "is) ", "a ", "test—", "really."]
    assert "".join(texts(s)) == s
    assert [t.word for t in segmentation.tokenize(s)][:2] == ["Hello", "world"]


@pytest.mark.parametrize("word", ["don't", "well-known", "3.14", "1,000", "snake_case",
                                  "naïve", "Straße", "हिन्दी", "https://example.com/a?b=1",
                                  "me@example.org"])
def test_compound_words_urls_and_scripts_stay_whole(word: str) -> None:
    assert segmentation.words(f"say {word} now") == ["say", word, "now"]


def test_ideographs_are_words_of_their_own() -> None:
    assert texts("我爱你。") == ["我", "爱", "你。"]


def test_emoji_never_split_and_markdown_markers_attach_to_words() -> None:
    assert texts("great 👍🏽 **bold** _it_") == ["great ", "👍🏽 ", "**bold** ", "_it_"]


def test_paragraphs_lines_and_sentences_tile_their_range() -> None:
    s = "One. Two!\nThree?\n\n\nFour\n\nFive"
    for split in (segmentation.paragraphs, segmentation.lines, segmentation.sentences):
        spans = split(s)
        assert "".join(s[a:b] for a, b in spans) == s
        assert all(a < b for a, b in spans)
    assert [s[a:b] for a, b in segmentation.paragraphs(s)] == ["One. Two!\nThree?\n\n\n", "Four\n\n", "Five"]
    assert [s[a:b].strip() for a, b in segmentation.sentences(s)][:3] == ["One.", "Two!", "Three?"]


def test_word_boundaries() -> None:
    s = "cat naïve"
    assert segmentation.is_word_boundary(s, 3) and segmentation.is_word_boundary(s, 4)
    assert not segmentation.is_word_boundary(s, 6)


def test_utf16_map_with_emoji_and_surrogate_halves() -> None:
    m = segmentation.Utf16Map("a😀b")
    assert [m.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert [m.from_utf16(u) for u in range(5)] == [0, 1, 1, 2, 3]  # 2 is mid-pair: snaps back
    plain = segmentation.Utf16Map("plain text")
    assert plain.to_utf16(5) == 5 and plain.from_utf16(5) == 5


def test_an_excerpt_is_cut_between_words_and_says_so() -> None:
    from humanize_desktop.core.segmentation import excerpt

    text = "In today's fast-paced world, it is important to note that remote work has changed"
    short = excerpt(text, 60)
    assert short == "In today's fast-paced world, it is important to note that…"
    assert len(short) <= 60 and text.startswith(short[:-1])
    assert excerpt("  two\n lines ", 60) == "two lines"
    assert excerpt("Donaudampfschifffahrtsgesellschaft", 10) == "Donaudamp…"  # one long word is cut


def test_lower_keeps_every_offset() -> None:
    text = "İSTANBUL and ẞ, Ünïcode ÉTÉ"
    lowered = segmentation.lower(text)
    assert len(lowered) == len(text)
    assert lowered.endswith("ünïcode été") and lowered[0] == "İ" and lowered[1:9] == "stanbul "
