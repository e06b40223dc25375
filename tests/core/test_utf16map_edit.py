"""``Utf16Map.replace`` keeps a map current through edits, as the editor needs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from humanize_desktop.core.segmentation import Utf16Map

_CHARS = st.sampled_from(list("ab \nשלום中文") + ["😀", "𝄞", "👍🏽"])
_TEXT = st.lists(_CHARS, max_size=30).map("".join)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(_TEXT, _TEXT, st.data())
def test_replace_matches_a_fresh_map(text: str, new: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    m = Utf16Map(text)
    m.replace(start, end, new)
    edited = text[:start] + new + text[end:]
    fresh = Utf16Map(edited)
    assert (m.length, m.length16) == (fresh.length, fresh.length16) == (len(edited), _utf16_len(edited))
    for i in range(len(edited) + 1):
        assert m.to_utf16(i) == fresh.to_utf16(i) == _utf16_len(edited[:i])
    for p in range(fresh.length16 + 1):
        assert m.from_utf16(p) == fresh.from_utf16(p)


def test_replace_on_ascii_text_with_emoji() -> None:
    m = Utf16Map("hello world")
    m.replace(5, 6, " 😀 ")
    assert m.to_utf16(len("hello 😀 world")) == 14
    m.replace(0, 5, "")
    assert m.from_utf16(3) == 2  # the emoji is two units at positions 1..3
