"""Other wordings for a change: what a model says around a wording never reaches the document."""

from __future__ import annotations

import pytest

from humanize_desktop.core.rewriting.document import alternatives
from humanize_desktop.core.rewriting.options import RewriteOptions
from humanize_desktop.core.rewriting.alternatives import fitted, quoted_wording, without_neighbours
from tests.core.rewrite_fakes import FakeEngine

PARAGRAPH = "Moreover, revenue has grown by 8% in Q3 2023. Our team of 14 people shipped three releases.\n"


def offered(replies: list[str], part: str = "has grown", draft: str = PARAGRAPH, n: int = 3) -> list[str]:
    answers = iter(replies)
    engine = FakeEngine(lambda req: next(answers, part))  # then the part again: never offered
    start = draft.index(part)
    return alternatives(draft, start, start + len(part), RewriteOptions(), engine, n=n)


def placed(text: str, part: str = "has grown", draft: str = PARAGRAPH) -> str:
    start = draft.index(part)
    return draft[:start] + text + draft[start + len(part):]


def test_the_issues_answers_offer_only_the_wording() -> None:
    found = offered(['Alternative: "Moreover, revenue has risen."',
                     'Here is the alternative: "has climbed" This option maintains the meaning of the sentence.',
                     "Here is the alternative: \"has grown\" This option maintains the original tone."])
    assert found == ["has risen", "has climbed"]
    assert placed(found[0]) == "Moreover, revenue has risen by 8% in Q3 2023. Our team of 14 people shipped three " \
                               "releases.\n"


def test_the_issues_first_answer_says_the_part_again_and_is_not_offered() -> None:
    # "Moreover, revenue has grown." for "has grown": with the repeated words gone it is the part itself.
    assert offered(['Alternative: "Moreover, revenue has grown."'] * 6) == []


@pytest.mark.parametrize("answer, why", [
    ("has grown steadily, and revenue is up", "restates a word of the sentence around the part"),
    ("has grown by 9%", "changes a number"),
    ("Furthermore, revenue has grown", "restates the sentence's own words"),
    ("The original text says it has grown", "talks about the text"),
    ("has grown\nThis option maintains the meaning but it", "commentary after the wording"),
])
def test_answers_that_fail_a_check_are_not_offered(answer: str, why: str) -> None:
    found = offered([answer] * 6)
    assert all("revenue" not in f and "9%" not in f and "original" not in f.casefold()
               and "option" not in f for f in found), why


def test_a_cut_off_answer_is_offered_only_when_its_wording_was_complete() -> None:
    found = offered([('Here is an alternative: "has increased"\nIn this revised sentence, the phrase was', "length"),
                     ("has expanded quite a lot and then some more and", "length")])
    assert found == ["has increased"]


def test_a_whole_sentence_wording_keeps_its_full_stop_and_capital() -> None:
    part = "Our team of 14 people shipped three releases."
    found = offered(['Option 1: "our team of 14 people released three versions"',
                     "Sure! Here's one: Our 14-person team shipped three releases. Let me know if you want more."],
                    part=part)
    assert found[0] == "Our team of 14 people released three versions."
    assert all(f.endswith(".") and f[0].isupper() for f in found)


def test_labels_in_german_french_and_spanish_are_cleaned_too() -> None:
    draft = "Außerdem ist der Umsatz im dritten Quartal stark gewachsen.\n"
    found = offered(['Alternative: "deutlich gestiegen"', "Hier ist eine Alternative: kräftig gestiegen"],
                    part="stark gewachsen", draft=draft)
    assert found == ["deutlich gestiegen", "kräftig gestiegen"]


def test_the_helpers_cut_only_what_repeats_the_neighbours() -> None:
    assert quoted_wording('"has risen", which keeps the meaning', "has grown") == "has risen"
    assert quoted_wording('"Atlas" is the name', '"Atlas" is our name') == '"Atlas" is the name'
    assert without_neighbours("Moreover, revenue has risen by 8% in Q3 2023", "has grown",
                              "Moreover, revenue ", " by 8% in Q3 2023.") == "has risen"
    # The draft itself says "that that": a wording starting with "that" keeps it.
    assert without_neighbours("that this works", "that it works", "We know that ", ".") == "that this works"
    assert fitted("Has risen.", "has grown", PARAGRAPH) == "has risen"
    # A name keeps its capital: "Maria" is capitalised in the middle of a sentence of the paragraph.
    assert fitted("Maria agreed", "she agreed", "We asked Maria. Then she agreed.") == "Maria agreed"
