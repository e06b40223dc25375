"""FIX: deterministic fixes joined into the text as a writer would, as edits of the original."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from humanize_desktop.core import diffing
from humanize_desktop.core.checks import aitells, fidelity
from humanize_desktop.core.humanizer import Edit, PlanItem, apply_fixes, plan
from humanize_desktop.core.messages import Message


def fixed(text: str, language: str = "en", **kwargs: object) -> str:
    out, edits = apply_fixes(text, plan(text, language, **kwargs), language,
                             protected_terms=kwargs.get("protected_terms", ()))
    assert diffing.splice(text, [(e.start, e.end, e.text) for e in edits]) == out
    return out


def edits_of(text: str, language: str = "en") -> list[tuple[str, str]]:
    _, edits = apply_fixes(text, plan(text, language), language)
    return [(text[e.start:e.end], e.text) for e in edits]


def item(start: int, end: int, fix: str | None, rule: str = "test.rule") -> PlanItem:
    return PlanItem(start, end, rule, Message(rule, {}, "a test"), fix, None if fix is not None else "simplify",
                    (0, end))


# ----------------------------------------------------------------------------- capitals

def test_the_word_after_a_cut_opener_takes_the_capital_within_the_same_edit() -> None:
    assert edits_of("It works. Moreover, the plan is cheap.") == [("Moreover, the", "The")]
    assert fixed("Furthermore, our data shows it.") == "Our data shows it."


def test_a_lower_case_list_item_stays_lower_case() -> None:
    assert fixed("- furthermore, it works\n- it is cheap") == "- it works\n- it is cheap"


def test_protected_terms_and_identifiers_keep_their_case() -> None:
    assert fixed("Moreover, kubectl runs the job.", protected_terms=("kubectl",)) == "kubectl runs the job."
    assert fixed("Moreover, iPhone sales rose.") == "iPhone sales rose."


def test_two_cuts_in_a_row_leave_one_capital_and_separate_edits() -> None:
    text = "Moreover, it is important to note that we delve into it."
    assert fixed(text) == "We explore it."
    assert edits_of(text) == [("Moreover, ", ""), ("it is important to note that we", "We"),
                              ("delve into", "explore")]


def test_an_emoji_before_the_opener_does_not_hide_the_sentence_start() -> None:
    assert fixed("🚀 Moreover, the launch went well.") == "🚀 The launch went well."
    assert fixed("The team 🎉 furthermore shipped it.") == "The team 🎉 shipped it."


def test_a_fix_at_the_start_of_a_sentence_is_capitalised_and_keeps_the_texts_apostrophes() -> None:
    assert fixed("In order to install it, run the script.") == "To install it, run the script."
    assert fixed("In today’s fast-paced market, speed wins.") == "In today’s market, speed wins."


# ----------------------------------------------------------------------------- a / an, elision, contractions

@pytest.mark.parametrize("text,expected", [
    ("It is an intricate design.", "It is a complex design."),
    ("It is a truly awesome idea.", "It is an awesome idea."),
    ("An extremely useful tool.", "A useful tool."),
    ("We built a cutting-edge platform.", "We built an advanced platform."),
    ("It is a highly honest report.", "It is an honest report."),
    ("It was a highly unusual year.", "It was an unusual year."),
    ("It is an incredibly European idea.", "It is a European idea."),
    ("She has a keen interest in FAQ design.", "She has an interest in FAQ design."),
    ("Plan A is a truly good plan.", "Plan A is a good plan."),
])
def test_a_and_an_agree_with_the_word_that_now_follows(text: str, expected: str) -> None:
    assert fixed(text) == expected


def test_french_elision_follows_the_fix() -> None:
    assert fixed("Je pense qu'il est important de noter que les prix montent.", "fr") == \
        "Je pense que les prix montent."
    assert fixed("Je pense qu’il est important de noter que les prix montent.", "fr") == \
        "Je pense que les prix montent."
    assert fixed("Il faut tester afin d’éviter les bugs.", "fr") == "Il faut tester pour éviter les bugs."
    assert fixed("L'application offre une multitude d'options.", "fr") == "L'application offre beaucoup d'options."


def test_french_keeps_its_space_before_an_exclamation_mark() -> None:
    assert fixed("Ça marche, en somme !", "fr") == "Ça marche !"


def test_spanish_conjunction_and_contraction_follow_the_fix() -> None:
    assert fixed("Es rápido y sumamente intuitivo.", "es") == "Es rápido e intuitivo."
    text = "Es parte de todo el sistema."
    start = text.index("todo")
    out, edits = apply_fixes(text, [item(start, start + 4, "")], "es")
    assert out == "Es parte del sistema."
    assert [(text[e.start:e.end], e.text) for e in edits] == [("de todo el", "del")]


def test_german_openers_keep_the_verb_second() -> None:
    assert fixed("Darüber hinaus bietet das Tool Vorlagen.", "de") == "Außerdem bietet das Tool Vorlagen."
    assert fixed("In der heutigen schnelllebigen Welt ist es wichtig zu beachten, dass Kommunikation zählt.",
                 "de") == "Heute ist wichtig, dass Kommunikation zählt."
    # No safe fix for a bare "Zudem": the model varies it.
    [zudem] = [i for i in plan("Zudem sinken die Kosten.", "de") if i.rule == "opener.zudem"]
    assert zudem.fix is None and zudem.job == "vary-opener"


# ----------------------------------------------------------------------------- commas, spaces, lines

@pytest.mark.parametrize("text,expected", [
    ("The plan, moreover, is cheap.", "The plan is cheap."),
    ("It is, in essence, a loan.", "It is a loan."),
    ("It works, in essence.", "It works."),
    ("We paused and moreover, the tests failed.", "We paused and the tests failed."),
    ("Follow the steps to get started seamlessly.", "Follow the steps to get started."),
    ("The tool integrates seamlessly with Slack.", "The tool integrates with Slack."),
    ("Moreover , the plan works.", "The plan works."),
    ("Great question! The answer is 42.", "The answer is 42."),
    ("The steps are above. I hope this helps!", "The steps are above."),
])
def test_no_stray_comma_or_space_is_left(text: str, expected: str) -> None:
    assert fixed(text) == expected


def test_a_sentence_left_empty_takes_its_line_with_it() -> None:
    assert fixed("Hi team,\n\nI hope this email finds you well.\n\nBest,\nDan") == "Hi team,\n\nBest,\nDan"
    assert fixed("Hi,\nI hope this helps.\nDan") == "Hi,\nDan"
    assert fixed("Thanks.\n\nI hope this helps.") == "Thanks."
    assert fixed("- Great question!\n- It works.") == "- It works."


def test_windows_line_breaks_survive() -> None:
    text = "It works.\r\nMoreover, the plan is cheap.\r\nI hope this helps.\r\nBest"
    assert fixed(text) == "It works.\r\nThe plan is cheap.\r\nBest"


def test_emphasis_around_a_removed_phrase_goes_with_it() -> None:
    for text in ("**Furthermore**, the team grew.", "_Moreover_, the team grew.", "**Moreover,** the team grew."):
        out = fixed(text)
        assert out == "The team grew.", text
        flags = fidelity.flags_for(text, out, diffing.diff_texts(text, out), language="en")
        assert {f.kind for f in flags} == {"structure"}  # the emphasis went, and the review says so


def test_fixes_never_touch_numbers_names_negations_or_modals() -> None:
    text = ("In today's fast-paced world, Maria Lopez may potentially save 1,200 customers 49 euros. "
            "It is important to note that we will not change the price. Moreover, Dr. Ada Lovelace must sign.")
    out = fixed(text)
    assert out == ("Today, Maria Lopez may save 1,200 customers 49 euros. We will not change the price. "
                   "Dr. Ada Lovelace must sign.")
    assert fidelity.flags_for(text, out, diffing.diff_texts(text, out), language="en") == []


# ----------------------------------------------------------------------------- protected text

@pytest.mark.parametrize("text", [
    "Run `moreover --delve` to start.",
    "```\nMoreover, it is important to note that x = 1\n```",
    "See https://example.com/delve-into-data for more.",
    "Write to delve@example.org today.",
    'She wrote "it is important to note that" twice.',
    "Il a dit « de plus, il pleut » hier.",
    "See [the ultimate guide](https://example.com/ultimate-guide).",
])
def test_protected_text_is_never_planned(text: str) -> None:
    lang = "fr" if "«" in text else "en"
    items = plan(text, lang)
    assert [i for i in items if i.fix is not None and "guide" not in text[i.start:i.end]] == []
    assert fixed(text, lang).replace("the guide", "the ultimate guide") == text


def test_protected_terms_and_spans_from_the_caller() -> None:
    text = "Leverage the Leverage API. Moreover, it is fast."
    rules = {text[i.start:i.end] for i in plan(text, "en", protected_terms=("leverage",))}
    assert "Leverage" not in rules and "Moreover" in rules
    start = text.index("Moreover")
    assert not [i for i in plan(text, "en", protected_spans=[(start, start + 8)]) if i.rule == "opener.moreover"]


def test_a_long_sentence_with_code_in_it_is_still_planned_but_not_inside_a_quotation() -> None:
    words = " ".join(["word"] * 40)
    assert any(i.rule == "structure.long-sentence" for i in plan(f"Run `x` and {words}.", "en"))
    assert not any(i.rule == "structure.long-sentence" for i in plan(f'"Run {words}."', "en"))


# ----------------------------------------------------------------------------- choosing among items

def test_overlapping_fixes_keep_the_longer_whatever_the_order() -> None:
    text = "We delve into it."
    a, b = item(3, 13, "explore"), item(3, 8, "dig")
    for order in ([a, b], [b, a]):
        out, edits = apply_fixes(text, order, "en")
        assert out == "We explore it." and [e.rule for e in edits] == ["test.rule"]


def test_job_items_are_left_to_the_model_and_items_outside_the_text_are_refused() -> None:
    assert apply_fixes("It works.", [item(0, 2, None)], "en") == ("It works.", [])
    with pytest.raises(ValueError):
        apply_fixes("It works.", [item(5, 40, "x")], "en")


# ----------------------------------------------------------------------------- the splice identity

_POOL = [(lang, s) for lang in ("en", "fr", "de", "es") for r in aitells.lexicon(lang).all_rules() for s in r.fires]
_SEPARATORS = [" ", "\n", "\n\n", "\r\n", " 🚀 ", "\n- ", "\n\n## "]


@st.composite
def _draft(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(("en", "fr", "de", "es")))
    pool = [s for lang_, s in _POOL if lang_ == lang]
    parts = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=5))
    text = ""
    for part in parts:
        text += part + draw(st.sampled_from(_SEPARATORS))
    return lang, text


def _items(data: st.DataObject, lang: str, text: str) -> list[PlanItem]:
    # Planned in the test, not in a strategy: the plan is slow enough that the strategy's
    # check for changes of the global random state caught other threads' use of it.
    chosen = [i for i in plan(text, lang) if data.draw(st.booleans())]
    # Made-up fixes over arbitrary spans, overlapping the real ones or not.
    for _ in range(data.draw(st.integers(0, 3))):
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, min(len(text), start + 30)))
        chosen.append(item(start, end, data.draw(st.sampled_from(["", "x", "an", "use", "de", "Also"]))))
    return data.draw(st.permutations(chosen))


@settings(max_examples=150, deadline=None)
@given(_draft(), st.data())
def test_edits_rebuild_the_fixed_text_from_the_original(draft: tuple[str, str], data: st.DataObject) -> None:
    lang, text = draft
    items = _items(data, lang, text)
    out, edits = apply_fixes(text, items, lang)
    assert diffing.splice(text, [(e.start, e.end, e.text) for e in edits]) == out
    assert all(isinstance(e, Edit) and 0 <= e.start <= e.end <= len(text) for e in edits)
    assert all(a.end <= b.start for a, b in zip(edits, edits[1:]))
    assert all(text[e.start:e.end] != e.text for e in edits)
    assert apply_fixes(text, list(reversed(items)), lang) == (out, edits)


@st.composite
def _examples_together(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(aitells.languages()))
    pool = [s for r in aitells.lexicon(lang).all_rules() for s in r.fires]
    parts = draw(st.lists(st.sampled_from(pool), min_size=2, max_size=5, unique=True))
    return lang, "".join(p + draw(st.sampled_from(_SEPARATORS)) for p in parts)


@settings(max_examples=40, deadline=None)
@given(_examples_together())
def test_examples_fixed_together_keep_their_facts_and_stay_clean(case: tuple[str, str]) -> None:
    lang, text = case
    out = fixed(text, lang)
    flags = fidelity.flags_for(text, out, diffing.diff_texts(text, out), language=lang)
    assert [f for f in flags if f.kind != "structure"] == []
    for blemish in ("  ", " ,", ",,", ", .", " ."):
        assert out.count(blemish) <= text.count(blemish)
