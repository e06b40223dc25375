"""Markdown markup is found; prose and identifiers are left alone."""

from __future__ import annotations

from humanize_desktop.core.markdown import StructureIndex, structure_spans

DOC = """# Title

Some **bold** and _it_ text with [a link](http://x.y "t") and `code`.

- item one
1. first

> quote here

---

```python
x = 1
```
snake_case stays.
"""


def marked(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in structure_spans(text)]


def test_markup_of_every_kind_is_found() -> None:
    assert marked(DOC) == [
        ("heading", "# "), ("emphasis", "**"), ("emphasis", "**"), ("emphasis", "_"), ("emphasis", "_"),
        ("link", "["), ("link", '](http://x.y "t")'), ("code", "`code`"), ("list", "- "),
        ("list", "1. "), ("quote", "> "), ("rule", "---"), ("code-block", "```python\nx = 1\n```\n"),
    ]


def test_plain_prose_has_no_structure() -> None:
    assert marked("A sentence with snake_case, 2 * 3 = 6 and a_b_c.") == []


def test_markup_inside_code_is_code_only() -> None:
    assert marked("Use `**not bold**` here.") == [("code", "`**not bold**`")]


def test_index_answers_overlaps_and_insertions() -> None:
    index = StructureIndex(DOC)
    start = DOC.index("x = 1")
    assert index.kinds_touching(start, start + 1) == {"code-block"}
    assert index.kinds_touching(start, start) == {"code-block"}  # inserting into code
    word = DOC.index("Title")
    assert index.kinds_touching(word, word + 5) == frozenset()


def test_a_window_finds_the_same_markup_as_the_whole_text() -> None:
    doc = DOC * 3
    whole = structure_spans(doc)
    start = doc.index("- item one", len(DOC))
    end = doc.index("snake_case", len(DOC))
    window = structure_spans(doc, start, end)
    inside = [s for s in whole if s.end > doc.rfind("\n", 0, start) + 1 and s.start < doc.find("\n", end) + 1]
    assert window == inside
    # Code far below an opening fence is still known to be code.
    code_line = doc.index("x = 1", len(DOC))
    assert StructureIndex(doc, code_line, code_line + 5).kinds_touching(code_line, code_line + 1) == {"code-block"}


def test_fences_close_with_the_same_character_and_unclosed_ones_run_to_the_end() -> None:
    text = "a\n~~~~ py\nx\n~~~\ny\n~~~~\nz"
    assert marked(text) == [("code-block", "~~~~ py\nx\n~~~\ny\n~~~~\n")]
    assert marked("intro\n```\nnever closed\nmore") == [("code-block", "```\nnever closed\nmore")]
    assert marked("``` not a fence ``` here") == [("code", "``` not a fence ```")]
