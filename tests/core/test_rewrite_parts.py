"""The parts of rewriting: output cleaning, guards, Markdown units, styles and prompt data."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from humanize_desktop import paths
from humanize_desktop.core import segmentation
from humanize_desktop.core.rewriting import prompts, styles
from humanize_desktop.core.rewriting.cleaning import clean_output
from humanize_desktop.core import messages
from humanize_desktop.core.rewriting.guards import GuardRules, changed_share, check_rewrite, rejection
from humanize_desktop.core.rewriting.units import split_document, split_long

DRAFT = "The meeting is scheduled for Tuesday at 3 PM in room 204."
GOOD = "The meeting is on Tuesday at 3 PM in room 204."


# --------------------------------------------------------------------------- cleaning

@pytest.mark.parametrize("raw", [
    GOOD,
    f"<|im_start|>assistant\n{GOOD}<|im_end|>",
    f"{GOOD}<|eot_id|>",
    f"<start_of_turn>model\n{GOOD}<end_of_turn>",
    f"[INST] {GOOD} [/INST]",
    f"Sure! Here's a more natural version:\n\n{GOOD}",
    f"Certainly.\nHere is the rewritten text:\n{GOOD}",
    f"Rewritten text: {GOOD}",
    f'"{GOOD}"',
    f"“{GOOD}”",
    f"```\n{GOOD}\n```",
    f"~~~text\n{GOOD}\n~~~",
    f"{GOOD}\n\nNote: I kept the time and the room number.",
    f"{GOOD}\n\nLet me know if you want another version!",
    f"Here is the text:\n\n{GOOD}\n\nChanges made:\n- shorter",
    f"Voici le texte réécrit :\n{GOOD}",
    f"Hier ist der überarbeitete Text:\n{GOOD}",
    f"- {GOOD}",
    f"> - [ ] {GOOD}",
])
def test_model_chatter_is_removed(raw: str) -> None:
    assert clean_output(raw, DRAFT) == GOOD


def test_what_the_draft_itself_has_is_kept() -> None:
    quoted = '"Ship it," she said. "Now."'
    assert clean_output(quoted, '"Send it," she said. "Today."') == quoted
    note = "Note: the office is closed on Friday."
    assert clean_output(note, "Note: the office will be closed on Friday.") == note
    listed = "- Bring the report."
    assert clean_output(listed, "- Please bring the report.") == listed


def test_extra_paragraphs_are_joined_so_the_paragraph_count_stays() -> None:
    assert clean_output("First half of it.\n\nSecond half of it.", DRAFT) == "First half of it. Second half of it."


def test_an_echoed_instruction_is_dropped() -> None:
    lines = ["The text is in English; write the rewrite in English.", "Rewrite this text:"]
    raw = f"The text is in English; rewrite it in English: {GOOD}"
    assert clean_output(raw, DRAFT, lines) == GOOD
    assert clean_output(f"Rewrite this text:\n{GOOD}", DRAFT, lines) == GOOD


# --------------------------------------------------------------------------- guards

def test_a_faithful_rewrite_passes() -> None:
    assert check_rewrite(DRAFT, GOOD, "stop", GuardRules(language="en")) is None


def test_changed_share_counts_words_by_the_word_diff() -> None:
    assert changed_share("one two three four", "one two three four") == 0.0
    assert changed_share("one two three four", "one two six four") == 0.25
    assert changed_share("one two three four", "nine eight seven six") == 1.0


@pytest.mark.parametrize(("output", "finish", "rules", "phrase"), [
    ("", "stop", GuardRules(), "no text"),
    (GOOD, "length", GuardRules(), "cut off"),
    ("The meeting is on Tuesday at 3 PM in room 204. " * 3, "stop", GuardRules(), "repeated"),
    ("Meeting Tuesday 3 PM 204.", "stop", GuardRules(length_ratio=(0.7, 1.3)), "shorter"),
    (GOOD + " It will be a long meeting with coffee, tea, biscuits and many slides about the year.",
     "stop", GuardRules(), "longer"),
    ("The meeting is on Tuesday at 3 PM in room 205.", "stop", GuardRules(), "number 204"),
    ("The meeting is on Tuesday at 3 PM in room 204 for 45 minutes.", "stop", GuardRules(), "added the number 45"),
    ("Die Besprechung ist am Dienstag um 3 PM in Raum 204.", "stop", GuardRules(language="en"), "another language"),
    ("The meeting is on Tuesday, 3 PM, in room 204.", "stop",
     GuardRules(protected_terms=("Tuesday at 3 PM",)), "Tuesday at 3 PM"),
])
def test_bad_rewrites_are_named(output: str, finish: str, rules: GuardRules, phrase: str) -> None:
    reason = check_rewrite(DRAFT, output, finish, rules)
    assert reason is not None and phrase in reason
    # The same reason as a message the window translates: a registered id, the same English.
    message = rejection(DRAFT, output, finish, rules)
    assert message is not None and message.id.startswith("guard.") and message.text == reason
    assert messages.TEMPLATES[message.id].format(**message.args) == reason


def test_a_light_edit_reason_keeps_its_percentages_in_the_message() -> None:
    rules = GuardRules(max_changed_share=0.2)
    output = "The session happens on Tuesday at 3 PM within room 204."
    message = rejection(DRAFT, output, "stop", rules)
    assert message is not None and message.id == "guard.changed-share"
    assert message.text == check_rewrite(DRAFT, output, "stop", rules)
    assert message.text.endswith("of the words; light edits allow 20%")


def test_links_code_and_addresses_must_survive() -> None:
    draft = "See [the guide](https://example.com/guide) and run `make test` or mail help@example.org today."
    assert check_rewrite(draft, draft.replace("See", "Read"), "stop", GuardRules()) is None
    broken = draft.replace("(https://example.com/guide)", "(https://example.com)")
    assert "was changed" in (check_rewrite(draft, broken, "stop", GuardRules()) or "")
    assert "make test" in (check_rewrite(draft, draft.replace("`make test`", "make test"), "stop",
                                         GuardRules()) or "")


def test_repetition_the_draft_already_has_is_not_looping() -> None:
    draft = "Buy now. Buy now. Buy now. Limited offer for our customers."
    assert check_rewrite(draft, "Buy now. Buy now. Buy now. A limited offer for our customers.", "stop",
                         GuardRules()) is None


# --------------------------------------------------------------------------- units

def test_blocks_tile_the_document_and_rebuild_it_unchanged() -> None:
    doc = ("\n# Title #\n\nIntro line one\nline two on purpose\n\n- item **one**\n  continued\n"
           "- [x] item two\n\n> quoted text here\n\n    indented code\n\nSetext\n------\n\n***\n")
    blocks = split_document(doc)
    assert "".join(doc[b.start:b.end] for b in blocks) == doc
    for b in blocks:
        assert b.rebuild([p.text for p in b.pieces]) == doc[b.start:b.end]
    kinds = [(b.skip_reason, [(p.prefix, p.text) for p in b.pieces]) for b in blocks]
    assert kinds[0] == ("", [("# ", "Title")])
    assert kinds[1] == ("", [("", "Intro line one"), ("", "line two on purpose")])
    assert kinds[2] == ("", [("- ", "item **one** continued"), ("- [x] ", "item two")])
    assert blocks[3].quote_prefix == "> " and kinds[3][1] == [("", "quoted text here")]
    assert kinds[4][0] == "code is never rewritten"
    assert kinds[5][1] == [("", "Setext")]
    assert kinds[6][0] == "no prose to rewrite"


def test_rewritten_pieces_keep_their_markup_and_hard_wrapping() -> None:
    wrapped = ("This paragraph was wrapped by an editor at a fixed width of about\n"
               "seventy characters, the way many people write Markdown in plain text.\n")
    block = split_document(wrapped)[0]
    assert len(block.pieces) == 1 and "\n" not in block.pieces[0].text
    out = block.rebuild(["A new and rather longer text that will need to be wrapped again at the same "
                         "width as the draft so the file keeps its shape."])
    assert all(len(line) <= 71 for line in out.splitlines()) and out.count("\n") >= 2
    quote = split_document("> a quoted line of prose\n")[0]
    assert quote.rebuild(["a rewritten quotation"]) == "> a rewritten quotation\n"
    item = split_document("1. [ ] first task to do\n")[0]
    assert item.rebuild(["the first task"]) == "1. [ ] the first task\n"


def test_what_markdown_says_is_not_prose_is_never_sent_and_comes_back_as_it_was() -> None:
    doc = ("Name | Role\n--- | ---\nAda | lead writer\n\n"  # a table without outer pipes
           "<div>\nsome words in HTML\n</div>\n\n"
           "1. First step to take:\n   ```sh\n   make all the things\n   ```\n2. Second step\n\n"
           "- an item that goes\non lazily\n\n"
           "Setext heading over\ntwo lines\n=========\n")
    blocks = split_document(doc)
    assert [b.skip_reason for b in blocks] == ["tables are kept as they are", "HTML is kept as it is", "", "", ""]
    sent = [p.text for b in blocks for p in b.pieces]
    assert sent == ["First step to take:", "Second step", "an item that goes on lazily",
                    "Setext heading over two lines"]
    rewritten = "".join(b.rebuild([p.text.upper() for p in b.pieces]) for b in blocks)
    assert rewritten == doc.replace("First step to take", "FIRST STEP TO TAKE").replace(
        "Second step", "SECOND STEP").replace("an item that goes\non lazily", "AN ITEM THAT GOES\n  ON LAZILY").replace(
        "Setext heading over\ntwo lines", "SETEXT HEADING OVER TWO LINES")


def test_a_quotation_with_a_blank_quoted_line_keeps_both_paragraphs() -> None:
    (block,) = split_document("> first quoted paragraph\n>\n> second quoted paragraph\n")
    assert block.quote_prefix == "> " and [p.text for p in block.pieces] == ["first quoted paragraph",
                                                                             "second quoted paragraph"]
    assert block.rebuild(["the first", "the second"]) == "> the first\n>\n> the second\n"


def test_long_text_is_split_at_sentence_boundaries() -> None:
    text = " ".join(f"Sentence {i} has a few words in it." for i in range(40))
    runs = split_long(text, 60)
    assert len(runs) > 3 and " ".join(runs) == text
    assert all(run.endswith(".") for run in runs)
    assert split_long("Short.", 60) == ["Short."]


_md_line = st.sampled_from(["# Heading words", "- list item text", "> quoted words here", "plain words here",
                            "```", "code = 1", "| a | b |", "", "  indented continuation", "1. numbered"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_md_line, max_size=14))
def test_any_document_rebuilds_exactly_and_keeps_its_paragraph_count(lines: list[str]) -> None:
    doc = "\n".join(lines) + "\n"
    blocks = split_document(doc)
    assert "".join(b.rebuild([p.text for p in b.pieces]) for b in blocks) == doc
    rewritten = "".join(b.rebuild([p.text.upper() for p in b.pieces]) for b in blocks)
    assert len(segmentation.paragraphs(rewritten)) == len(segmentation.paragraphs(doc))


# --------------------------------------------------------------------------- styles and prompts

def test_the_seven_styles_load_in_order() -> None:
    loaded = styles.load_styles()
    assert list(loaded) == ["natural", "casual", "professional", "academic", "simple", "concise", "warm"]
    assert styles.get_style("Concise").length_ratio == (0.25, 1.05)
    with pytest.raises(styles.StyleProblem, match="no style called 'fancy'"):
        styles.get_style("fancy")


def test_people_can_add_styles_and_broken_ones_are_reported(user_dirs: paths.UserDirs) -> None:
    folder = user_dirs.config / "styles"
    folder.mkdir(parents=True)
    (folder / "pirate.toml").write_text('id = "pirate"\nname = "Pirate"\ndescription = "Arr."\n'
                                        'instructions = "Write like a friendly pirate."\norder = 50\n', "utf-8")
    (folder / "broken.toml").write_text('id = "other"\nname = "x"\n', "utf-8")
    loaded = styles.load_styles()
    assert "pirate" in loaded and "broken" not in loaded
    assert any("broken.toml" in p for p in styles.style_problems())
    assert styles.get_style("pirate").instructions == "Write like a friendly pirate."


def test_prompt_data_is_checked(tmp_path: Path) -> None:
    table = prompts.load_prompts()
    assert set(table.strengths) == {"light", "medium", "strong"}
    assert table.strength("light").max_changed_share < 1 and table.language_name("de_AT") == "German"
    broken = tmp_path / "rewrite.toml"
    broken.write_text(prompts.prompts_file().read_text("utf-8").replace("$text", "$draft"), "utf-8")
    with pytest.raises(prompts.PromptProblem, match="'user' must use exactly"):
        prompts.load_prompts(broken)


def test_system_prompt_has_style_strength_and_protected_terms_but_no_draft() -> None:
    table = prompts.load_prompts()
    system = prompts.system_prompt(table, styles.get_style("warm"), table.strength("light"),
                                   "Use British spelling.", ("ACME Corp",))
    assert styles.get_style("warm").instructions in system
    assert table.strength("light").instructions in system
    assert "Use British spelling." in system and '"ACME Corp"' in system
    user = prompts.user_message(table, "Some {braces} and $dollars.", before="Earlier text.", language="en")
    assert user == ('[Before this text: "Earlier text."]\n[This text is in English; reply in English.]\n\n'
                    "Some {braces} and $dollars.")
    assert prompts.user_message(table, "Just the text.") == "Just the text."
