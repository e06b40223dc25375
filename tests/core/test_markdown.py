"""Markdown markup is found; prose and identifiers are left alone."""

from __future__ import annotations

from humanize_desktop.core import markdown
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


# --------------------------------------------------------------------------- block structure (markdown-it)

def leaves(text: str) -> list[tuple[str, list[str]]]:
    """Each leaf block's kind and the text of its lines (after markup)."""
    return [(leaf.kind, [text[line.text_start:line.text_end] for line in leaf.lines])
            for leaf in markdown.blocks(text).leaves]


def test_a_table_without_outer_pipes_is_a_table_and_pipes_alone_are_not() -> None:
    table = "Name | Role\n--- | ---\nAda | *lead*\n"
    assert leaves(table) == [("table", ["Name | Role", "--- | ---", "Ada | *lead*"])]
    assert marked(table) == [("table", "Name | Role"), ("table", "--- | ---"), ("table", "Ada | *lead*"),
                             ("emphasis", "*"), ("emphasis", "*")]  # cells are Markdown
    assert leaves("a | b and c | d\n") == [("paragraph", ["a | b and c | d"])]  # no delimiter row: prose
    assert marked("a | b and c | d\n") == []


def test_setext_headings_of_one_and_two_lines() -> None:
    text = "Title here\n==========\n\nTwo line\nheading\n---\n"
    assert leaves(text) == [("heading", ["Title here", "=========="]), ("heading", ["Two line", "heading", "---"])]
    assert marked(text) == [("heading", "=========="), ("heading", "---")]


def test_a_lazy_line_continues_the_list_item_and_the_quotation() -> None:
    found = markdown.blocks("- item one\nlazy line\n- [x] two\n\n> quoted\nlazy too\n")
    assert [(leaf.kind, leaf.opens_item) for leaf in found.leaves] == [("paragraph", True), ("paragraph", True),
                                                                      ("paragraph", False)]
    assert leaves("- item one\nlazy line\n- [x] two\n") == [("paragraph", ["item one", "lazy line"]),
                                                            ("paragraph", ["two"])]
    assert marked("- item one\nlazy line\n- [x] two\n") == [("list", "- "), ("list", "- [x] ")]
    assert marked("> quoted\nlazy too\n") == [("quote", "> ")]


def test_a_fence_inside_a_list_item_is_code_and_the_item_prose() -> None:
    text = "1. Run it:\n   ```sh\n   make **all**\n   ```\n2. Done\n"
    assert leaves(text) == [("paragraph", ["Run it:"]), ("code-block", ["```sh", "make **all**", "```"]),
                            ("paragraph", ["Done"])]
    assert marked(text) == [("list", "1. "), ("code-block", "   ```sh\n   make **all**\n   ```\n"), ("list", "2. ")]


def test_html_blocks_are_not_markdown_but_inline_html_is_prose() -> None:
    text = "<div>\nsome *words*\n</div>\n\ntext <b>bold</b> *em*\n"
    assert leaves(text) == [("html", ["<div>", "some *words*", "</div>"]), ("paragraph", ["text <b>bold</b> *em*"])]
    assert [s.start for s in structure_spans(text)] == [text.rindex("*em*"), text.rindex("*")]


def test_offsets_hold_with_crlf_tabs_emoji_and_no_final_newline() -> None:
    text = "👍🏽 intro **x**\r\n\r\n-\titem 😀 one\r\n  more\r\n\r\n> quote 👍\r\n\r\n```\r\ncode\r\n```"
    assert leaves(text) == [("paragraph", ["👍🏽 intro **x**"]), ("paragraph", ["item 😀 one", "more"]),
                            ("paragraph", ["quote 👍"]), ("code-block", ["```", "code", "```"])]
    assert marked(text) == [("emphasis", "**"), ("emphasis", "**"), ("list", "-\t"), ("quote", "> "),
                            ("code-block", "```\r\ncode\r\n```")]


def test_front_matter_and_math_are_neither_prose_nor_markup() -> None:
    text = "---\ntitle: *x*\n\ndate: 2024\n---\n\n$$\na *b* + c_1\n$$\n\nProse.\n"
    assert [k for k, _ in leaves(text)] == ["front-matter", "math", "paragraph"]
    assert marked(text) == []
    assert [k for k, _ in leaves("---\n\nNot front matter.\n")] == ["rule", "paragraph"]


def test_a_long_text_is_parsed_around_the_window_only_and_the_same(monkeypatch) -> None:
    parts = ["# Heading words", "- item text\n  more", "> quoted\n> words", "plain *words* `x`",
             "```\ncode\n\n# not a heading\n```", "a | b\n--|--\n1 | 2", "    indented\n\n    code",
             "1. numbered\n\n   second paragraph", "<!--\ncomment\n\n# still comment\n-->", "Setext\n===",
             "- a\n\n  ```\n  b\n\n  c\n  ```"]
    doc = "\n\n".join(parts * 4)
    whole = structure_spans(doc)
    monkeypatch.setattr(markdown, "_PARSE_WHOLE_BELOW", 0)
    for start in range(0, len(doc), 7):
        end = min(len(doc), start + 40)
        lo, nl = doc.rfind("\n", 0, start) + 1, doc.find("\n", end)
        hi = len(doc) if nl < 0 else nl + 1
        assert structure_spans(doc, start, end) == [s for s in whole if s.end > lo and s.start < hi], start
    middle = doc.index("# Heading words", len(doc) // 2)
    part = markdown.blocks(doc, middle, middle + 5)
    assert 0 < part.start <= middle and part.end < len(doc)


def test_model_answers_unwrapped_from_a_fence_and_their_leading_markup() -> None:
    assert markdown.fenced_code("```text\nfirst\nsecond\n```") == "first\nsecond"
    assert markdown.fenced_code("~~~\nwords\n~~~~") == "words"
    assert markdown.fenced_code("```\nnever closed") is None
    assert markdown.fenced_code("intro\n```\ncode\n```") is None
    assert [markdown.leading_markup(t) for t in ("- item", "> - [ ] task", "## Title ##", "1) first", ">quoted",
                                                  "plain", "#hashtag", "---", "- ")] == \
        ["- ", "> - [ ] ", "## ", "1) ", ">", "", "", "", ""]
