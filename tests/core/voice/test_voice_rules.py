"""The voice rules: what must change toward a voice, and what must stay."""

from __future__ import annotations

import pytest

from humanize_desktop.core.humanizer import explain
from humanize_desktop.core.humanizer.pipeline import PieceContext, humanize_piece
from humanize_desktop.core.voice import rules, steer
from humanize_desktop.core.voice.profile import VoiceProfile


def voice(name: str, mean: float, stdev: float, contractions: float, semicolons: float,
          spelling: str = "unknown", words: int = 400) -> VoiceProfile:
    return VoiceProfile(name, 2, words, mean, stdev, 3.0, contractions, 2.0, 1.0, 20.0,
                        (("commas", 4.0), ("semicolons", semicolons)), (), spelling)


CASUAL = voice("casual", 7.0, 3.0, 6.0, 0.0)
FORMAL = voice("formal", 30.0, 6.0, 0.0, 1.0, "british")
PLAIN = voice("plain", 16.0, 6.0, 0.5, 0.5)  # contracts a little, uses semicolons: neither rule fires
FORMAL_SHORT_SPLITTER = voice("british-short", 7.0, 3.0, 0.5, 0.5, "british")  # splits, spells British


def light(text: str, profile: VoiceProfile) -> str:
    return humanize_piece(text, "en", PieceContext("light", voice=profile)).text


@pytest.mark.parametrize("draft, expected", [
    ("We do not ship on Fridays.", "We don't ship on Fridays."),
    ("It is late and it is cold.", "It's late and it's cold."),
    ("Do not panic about it.", "Don't panic about it."),
    ("We have shipped the fix.", "We've shipped the fix."),
    ("I would like that one.", "I'd like that one."),
    ("It is not ready yet.", "It isn't ready yet."),
    ("They don’t know it is cold.", "They don’t know it’s cold."),  # the text's own apostrophe
])
def test_a_writer_who_contracts_gets_contractions(draft: str, expected: str) -> None:
    assert light(draft, CASUAL) == expected


@pytest.mark.parametrize("draft", [
    "I know who you are.",  # stranded at the end
    "I wonder where it is and why.",  # stranded before "and"
    "We have two dogs at home.",  # "have" is the verb, not the auxiliary
    "Use `do not` in the config file.",  # code is never touched
])
def test_contractions_that_would_read_wrong_are_not_made(draft: str) -> None:
    assert light(draft, CASUAL) == draft


def test_a_writer_who_never_contracts_gets_words_written_out() -> None:
    assert light("We don't know yet. I'm sure they're close.", FORMAL) == \
        "We do not know yet. I am sure they are close."
    # "it's" may be "it has": it stays.
    assert light("It's been a long week for all of them.", FORMAL) == "It's been a long week for all of them."
    # Too few sample words to say "never": nothing is expanded.
    few = voice("few", 30.0, 6.0, 0.0, 1.0, words=60)
    assert light("We don't know yet.", few) == "We don't know yet."


def test_a_writer_without_semicolons_gets_two_sentences() -> None:
    assert light("The server is down; the team is on it now.", CASUAL) == "The server is down. The team is on it now."
    assert light("The server is down; the team is on it now.", PLAIN) == "The server is down; the team is on it now."
    for kept in ("We visited Paris, France; Rome, Italy; and Bern, Switzerland.",  # a list
                 "Yes; fine by me, thanks."):  # too short on the left
        assert light(kept, CASUAL) == kept


def test_a_short_sentence_voice_splits_long_sentences_at_safe_points() -> None:
    draft = "We shipped the new release on Friday afternoon, and the team celebrated with a long lunch in town."
    assert light(draft, CASUAL) == \
        "We shipped the new release on Friday afternoon. The team celebrated with a long lunch in town."
    but = "The first test run went well on every machine, but nobody could explain the strange numbers."
    assert light(but, CASUAL) == \
        "The first test run went well on every machine. But nobody could explain the strange numbers."
    for kept in ("We packed apples, and oranges and pears and plums for the whole long trip home.",  # no new clause
                 "We met the team from Berlin last week, and Maria showed us the new office.",  # a name
                 "It works, and we know it."):  # short
        assert light(kept, CASUAL) == kept
    assert light(draft, PLAIN) == draft  # 18 words is within that writer's usual length


def test_a_long_sentence_voice_joins_short_sentences() -> None:
    assert light("It rained all day. The bus was late again.", FORMAL) == \
        "It rained all day, and the bus was late again."
    assert light("It rained all day. I know it did.", FORMAL) == "It rained all day, and I know it did."
    for kept in ("It rained all day. Maria was late again.",  # a name keeps its capital: no join
                 "Did it rain all day? The bus was late again."):  # a question
        assert light(kept, FORMAL) == kept
    assert light("It rained all day. The bus was late again.", CASUAL) == "It rained all day. The bus was late again."


def test_spelling_follows_the_writer() -> None:
    assert light("The color of the center is nice.", FORMAL) == "The colour of the centre is nice."
    assert light("The Color Company is nice.", FORMAL) == "The Color Company is nice."  # a name


def test_every_voice_edit_is_a_rule_fix_with_its_reason() -> None:
    out = humanize_piece("We do not ship on Fridays; the team is not around then.", "en",
                         PieceContext("light", voice=CASUAL))
    assert out.text == "We don't ship on Fridays. The team isn't around then."
    assert {o.rule for o in out.origins} == {"voice.contractions", "voice.semicolons"}
    for o in out.origins:
        assert o.source == explain.RULE and "casual" in o.reason.text and o.reason.id.startswith("humanizer.voice.")


def test_without_a_voice_nothing_of_this_happens() -> None:
    text = "We do not ship on Fridays; the team is not around then."
    assert humanize_piece(text, "en", PieceContext("light")).text == text
    assert rules.plan(text, "xx", CASUAL) != []  # the language-free semicolon rule still applies


def test_distance_prefers_the_text_closer_to_the_voice() -> None:
    long_formal = "We do not believe that the proposal, which was submitted late, can be approved this year."
    short_casual = "We don't think so. It came in late. It can't pass this year."
    assert steer.distance(short_casual, "en", CASUAL) < steer.distance(long_formal, "en", CASUAL)
    assert steer.distance(long_formal, "en", FORMAL) < steer.distance(short_casual, "en", FORMAL)


def test_the_hint_names_only_habits_that_stand_out() -> None:
    assert steer.hint(CASUAL) == ("Match the writer's own voice: short sentences (about 7 words), "
                                  "contractions like don't and it's, no semicolons, speaks as I or we.")
    assert steer.hint(FORMAL) == ("Match the writer's own voice: long, flowing sentences (about 30 words), "
                                  "no contractions (do not, it is), speaks as I or we.")
    assert steer.hint(None) == ""


def test_a_which_clause_before_a_verb_becomes_its_own_sentence() -> None:
    assert light("The package was delivered on 7 October, which aligns with the photos you shared.", CASUAL) == \
        "The package was delivered on 7 October. This aligns with the photos you shared."
    kept = "I added a discount code to your account, which you can use on your next purchase."
    assert light(kept, CASUAL) == kept  # "which you can use" is no clause of its own


def test_a_writer_who_uses_semicolons_gets_however_joined_by_one() -> None:
    assert light("The plan worked well. However, the costs rose sharply in May.", FORMAL) == \
        "The plan worked well; however, the costs rose sharply in May."
    no_semicolons = voice("formal-plain", 30.0, 6.0, 0.0, 0.0)
    assert light("The plan worked well. However, the costs rose sharply in May.", no_semicolons) == \
        "The plan worked well. However, the costs rose sharply in May."


def test_a_long_sentence_without_a_safe_point_becomes_a_model_job() -> None:
    text = ("I completely understand how frustrating it must be to receive a damaged item, especially when "
            "you were looking forward to using it.")
    items = rules.plan(text, "en", CASUAL)
    assert [(i.rule, i.fix, i.job) for i in items] == [("voice.sentence-length", None, "split")]
    assert rules.plan(text, "en", FORMAL) == []  # within a long-sentence writer's usual length


def test_what_the_model_writes_gets_the_writers_word_habits() -> None:
    assert rules.polish("We do not know if the color is right; it is late.", "en", CASUAL) == \
        "We don't know if the color is right; it's late."  # words only: no split, no semicolon rule
    assert rules.polish("The color is right.", "en", FORMAL) == "The colour is right."


def test_a_model_split_job_is_asked_for_and_its_answer_gets_the_word_habits() -> None:
    from humanize_desktop.core.humanizer.jobs import JobOutcome

    asked = []

    class Jobs:
        def run(self, job, sentence):
            asked.append((job.kind, job.rule, sentence))
            return JobOutcome("I understand how frustrating it is. "
                              "You were looking forward to using it, and it did not work.")

    text = ("I completely understand how frustrating it must be to receive a damaged item, especially when "
            "you were looking forward to using it.")
    out = humanize_piece(text, "en", PieceContext("medium", jobs=Jobs(), voice=CASUAL))
    assert [(k, r) for k, r, _ in asked] == [("split", "voice.sentence-length")]
    assert out.text == ("I understand how frustrating it is. You were looking forward to using it, and it didn't work.")
    assert [(o.source, o.rule) for o in out.origins] == [(explain.MODEL, "voice.sentence-length")]


def test_a_split_and_a_contraction_on_the_same_word_both_happen() -> None:
    # ", and it" -> ". It" and "it has" -> "it's" share the word "it": one edit does both.
    assert light("We post a short update for the whole team every Friday, and it has become our most read page.",
                 CASUAL) == "We post a short update for the whole team every Friday. It's become our most read page."
    out = humanize_piece("We post a short update for the whole team every Friday, and it has become our most read "
                         "page.", "en", PieceContext("light", voice=CASUAL))
    assert [o.rule for o in out.origins] == ["voice.split"]


def test_a_fix_that_adds_a_finding_does_not_take_the_sentences_other_fixes_along() -> None:
    def american_checker(before: str, after: str) -> str:  # flags British spelling, as an en-US checker does
        return "colour" if after.count("colour") > before.count("colour") else ""

    draft = "Tom showed us three mood boards for the site, and the group chose the one with the warmer color."
    out = humanize_piece(draft, "en", PieceContext("light", voice=FORMAL_SHORT_SPLITTER, check_fix=american_checker))
    assert out.text == "Tom showed us three mood boards for the site. The group chose the one with the warmer color."
    assert [o.rule for o in out.origins] == ["voice.split"]


def test_joins_stop_at_forty_words_whatever_the_voice() -> None:
    very_long = voice("very-long", 60.0, 10.0, 0.0, 1.0)
    short = "It rained all day. The bus was late again."
    assert light(short, very_long) == "It rained all day, and the bus was late again."
    long_pair = ("We spent most of the long spring rewriting the old importer so that it reads every feed format we "
                 "know of. The team then spent the summer on the exporter, which had grown slow and very hard to "
                 "change over the years.")
    assert light(long_pair, very_long) == long_pair  # 21 + 22 words: one sentence would be 43


@pytest.mark.parametrize("draft, expected", [
    ("I had finished the report before noon.", "I'd finished the report before noon."),
    ("There has been a delay at the port.", "There's been a delay at the port."),
    ("Margaret, who has volunteered since 2009, is here.", "Margaret, who's volunteered since 2009, is here."),
    ("He will call you about it tomorrow.", "He'll call you about it tomorrow."),
    ("You must not forget the keys.", "You mustn't forget the keys."),
    ("That will take a while.", "That'll take a while."),
])
def test_more_written_out_forms_are_contracted(draft: str, expected: str) -> None:
    assert light(draft, CASUAL) == expected


@pytest.mark.parametrize("draft", [
    "I had no idea what to expect.",  # "had" is the verb
    "We have red shoes for the party.",  # "red" ends in "ed" but is no participle
    "She has a need for speed.",
    "Nobody knows who will.",  # stranded at the end
])
def test_had_and_has_stay_written_out_where_they_are_the_verb(draft: str) -> None:
    assert light(draft, CASUAL) == draft


def test_a_writer_who_never_contracts_gets_is_written_out_where_it_cannot_be_has() -> None:
    assert light("It's about time. That's the plan. Let's go home.", FORMAL) == \
        "It is about time. That is the plan. Let us go home."
    assert light("It's done now.", FORMAL) == "It's done now."  # "it is done" or "it has done": stays
    assert light("That'll take a while.", FORMAL) == "That will take a while."


def test_a_long_sentence_voice_runs_conjunctions_and_this_means_on() -> None:
    assert light("It rained all day long. But we went out anyway.", FORMAL) == \
        "It rained all day long, but we went out anyway."
    assert light("Revenue fell sharply in May. This means the budget is short.", FORMAL) == \
        "Revenue fell sharply in May, which means the budget is short."
    # "This is" may point anywhere, not back at the last sentence: no ", which is".
    assert ", which is" not in light("We met on Monday morning. This is the second paragraph.", FORMAL)
    assert light("It rained all day long. But not in town.", FORMAL) == \
        "It rained all day long. But not in town."  # no subject after "But": no clause to run on


def test_a_long_sentence_voice_runs_on_across_an_opening_phrase_before_a_subject() -> None:
    assert light("It rained all day long. In the evening, the bus was late.", FORMAL) == \
        "It rained all day long, and in the evening, the bus was late."
    for kept in ("It rained all day long. In Berlin, Maria was late.",  # a name after the phrase
                 "It rained all day long. In the evening the bus was late.",  # no comma: where is the subject?
                 "It rained all day long. Sadly, the bus was late."):  # not an opening phrase we know
        assert light(kept, FORMAL) == kept


def test_chained_joins_take_a_semicolon_never_a_second_and() -> None:
    draft = "We ate early that day. The bus was late again. The shop was shut too."
    assert light(draft, FORMAL) == "We ate early that day, and the bus was late again; the shop was shut too."
    no_semicolons = voice("formal-plain", 30.0, 6.0, 0.0, 0.0)
    assert light(draft, no_semicolons) == "We ate early that day, and the bus was late again. The shop was shut too."


def test_german_gets_the_same_kinds_of_joins_and_splits() -> None:
    def german(text: str, profile: VoiceProfile) -> str:
        return humanize_piece(text, "de", PieceContext("light", voice=profile)).text

    assert german("Es regnete den ganzen Tag lang. Aber wir gingen trotzdem hinaus.", FORMAL) == \
        "Es regnete den ganzen Tag lang, aber wir gingen trotzdem hinaus."
    assert german("Wir blieben den ganzen Nachmittag zu Hause im Warmen, denn es regnete ohne Pause.", CASUAL) == \
        "Wir blieben den ganzen Nachmittag zu Hause im Warmen. Denn es regnete ohne Pause."
    kept = "Es regnete den ganzen Tag lang. Aber nicht in der Stadt."  # no subject after "Aber"
    assert german(kept, FORMAL) == kept


def test_a_short_sentence_voice_also_splits_at_or_and_although_but_leaves_no_fragment() -> None:
    assert light("You can pay for the whole order now, or you can wait until it ships next week.", CASUAL) == \
        "You can pay for the whole order now. Or you can wait until it ships next week."
    assert light("Engineering students seem to be more affected, although this may reflect their workload.",
                 CASUAL) == "Engineering students seem to be more affected. But this may reflect their workload."
    for kept in ("We moved the meeting to the big room upstairs, so that everyone can attend it.",
                 "The release fixes the slow import on large files, but also the crash at startup.",
                 "You can pay for the whole order now, or next week when it finally ships.",  # no new clause
                 "Engineering students seem more affected, although less so in the final year."):
        assert light(kept, CASUAL) == kept


def test_a_sentence_with_its_own_and_is_not_joined_by_another() -> None:
    draft = "Tickets are ten euros each, and all proceeds go to the food bank. You can book a seat online."
    assert light(draft, voice("formal-plain", 30.0, 6.0, 0.0, 0.0)) == draft
    assert light(draft, FORMAL) == \
        "Tickets are ten euros each, and all proceeds go to the food bank; you can book a seat online."
    opening_and = "Tickets are ten euros each, and all proceeds go to the food bank. And we thank you for it."
    assert light(opening_and, FORMAL) == opening_and


def test_a_request_is_not_run_on_into_a_statement() -> None:
    draft = "If you have any questions, please reply to this e-mail. We value your business a lot."
    assert light(draft, voice("formal-plain", 30.0, 6.0, 0.0, 0.0)) == draft
