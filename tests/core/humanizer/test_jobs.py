"""Narrow model jobs: prompts as checked data, answers cleaned, candidates judged in code."""

import textwrap

import pytest

from humanize_desktop.core.humanizer import jobs, score
from humanize_desktop.core.humanizer.jobs import Job, JobRunner
from humanize_desktop.core.rewriting import guards
from tests.core.rewrite_fakes import FakeEngine


def test_the_shipped_job_prompts_load_with_examples_in_five_languages():
    p = jobs.load_jobs()
    assert {"en", "de", "fr", "es", "it"} <= set(p.examples)
    assert p.task("rewrite-without", "en", "a testament to") == 'Without "a testament to":'
    assert p.task("split", "de") == "In zwei Sätzen:"
    assert p.task("split", "xx") == "In two sentences:"  # no task lines of its own: English


def test_the_conversation_is_the_same_for_every_job_of_a_language():
    p = jobs.load_jobs()
    a = jobs.conversation(p, "de", "German")
    assert a == jobs.conversation(p, "de", "German")
    assert "German" in a[0]["content"] and len(a) == 1 + 2 * len(p.examples["de"])


def test_a_broken_job_prompt_file_names_the_problem(tmp_path):
    bad = tmp_path / "jobs.toml"
    bad.write_text(textwrap.dedent('''
        version = 1
        system = "Edit. $language_rule"
        language_rule = "In $language."
        language_any = "Any."
        [tasks]
        rewrite-without = "Without:"
        split = "Two:"
        vary-opener = "Vary:"
        simplify = "Plain:"
    '''), "utf-8")
    with pytest.raises(jobs.JobPromptProblem, match="rewrite-without"):
        jobs.load_jobs(bad)


def test_an_example_that_drops_a_number_is_refused(tmp_path):
    source = jobs.jobs_file().read_text("utf-8").replace(
        "answer = \"The award shows how hard our 12-person team worked.\"",
        "answer = \"The award shows how hard our team worked.\"")
    bad = tmp_path / "jobs.toml"
    bad.write_text(source, "utf-8")
    with pytest.raises(jobs.JobPromptProblem, match="drops the number 12"):
        jobs.load_jobs(bad)


@pytest.mark.parametrize("raw, expected", [
    ('Without "a testament to":\nThe award shows our work.', "The award shows our work."),
    ('"The award shows our work."', "The award shows our work."),
    ("The award shows our work.\n\nNote: I removed the phrase.", "The award shows our work."),
])
def test_answers_are_cleaned_of_echoed_tasks_quotes_and_notes(raw, expected):
    task = 'Without "a testament to":'
    assert jobs.clean_answer(raw, "The award is a testament to our work.", task) == expected


def _judge(lang="en"):
    rules = guards.GuardRules(length_ratio=(0.5, 1.8), min_overlap=0.2, language=lang,
                              fidelity=("date", "amount", "name", "negation", "modal"))
    return score.Judge(lang, rules, (0.1, 0.7))


def test_the_best_passing_candidate_wins_and_a_fact_change_never_does():
    sentence = "The award is a testament to the hard work of our 12 engineers."
    answers = iter([
        "The award shows the hard work of our 15 engineers.",  # number changed: rejected
        "The award is a testament to hard work.",  # task undone
        "The award shows how hard our 12 engineers worked.",
    ])
    engine = FakeEngine(lambda req: next(answers))
    runner = JobRunner(engine, jobs.load_jobs(), "en", "English", _judge(), candidates=3, seed=1,
                       temperature=0.7, top_p=0.9, repeat_penalty=1.1)
    out = runner.run(Job(0, len(sentence), "rewrite-without", "stock-phrase.testament", "a testament to"), sentence)
    assert out.text == "The award shows how hard our 12 engineers worked."
    assert out.tried == 3
    # Each candidate has its own seed; the task line and the sentence are the last message.
    assert [r.seed for r in engine.requests] == [1, 2, 3]
    assert engine.requests[0].messages[-1]["content"] == f'Without "a testament to":\n{sentence}'


def test_when_every_candidate_fails_the_sentence_stays_and_the_reason_is_kept():
    sentence = "Our 3 offices are not open on Sundays in July."
    engine = FakeEngine(lambda req: "Our 3 offices are open on Sundays in July.")
    runner = JobRunner(engine, jobs.load_jobs(), "en", "English", _judge(), candidates=2, seed=0,
                       temperature=0.7, top_p=0.9, repeat_penalty=1.1)
    out = runner.run(Job(0, len(sentence), "simplify", "nominalisation.x"), sentence)
    assert out.text is None and "negation" in out.reason


def test_split_jobs_must_give_two_sentences():
    j = _judge()
    long = "The tool syncs your notes across devices and it also keeps a history of every change you make."
    job = Job(0, len(long), "split", "sentence.long")
    assert not j.judge(long, "The tool syncs your notes across devices and keeps a history of every change.", job).ok
    ok = j.judge(long, "The tool syncs your notes across devices. It also keeps a history of every change you make.",
                 job)
    assert ok.ok


def test_a_candidate_that_adds_an_ai_tell_is_rejected():
    j = _judge()
    v = j.judge("We shipped the release on time.", "We seamlessly shipped the release on time.",
                Job(0, 10, "simplify", "x"))
    assert not v.ok and "AI phrase" in v.reason


def test_burstiness_grows_when_a_long_sentence_is_split():
    same = "One two three four five. One two three four five. One two three four five."
    varied = "One two. One two three four five six seven eight. One two three four five."
    assert score.burstiness(same) == 0.0 < score.burstiness(varied)


def test_a_candidate_that_adds_a_fairness_finding_is_rejected():
    j = _judge()
    v = j.judge("Hi everyone, the meeting starts at 9 in room 4.", "Hi guys, the meeting starts at 9 in room 4.",
                Job(0, 10, "simplify", "x"))
    assert not v.ok and "inclusive" in v.reason


def test_a_candidate_that_adds_a_spelling_error_is_rejected_with_the_word():
    # A real answer of the bundled model to a German job; hunspell's real German dictionary judges it.
    from humanize_desktop.core.checks.spelling import SpellChecker, installed_dictionaries
    if "de_DE" not in installed_dictionaries():
        pytest.skip("the set-up installs hunspell-de-de; this machine lacks it")
    j = score.Judge("de", guards.GuardRules(), (0.1, 0.7), spelling=SpellChecker())
    before = "Sollten Sie weitere Fragen haben, stehe ich Ihnen jederzeit gerne zur Verfügung."
    salad = j.judge(before, "Diesen geholfen Fragen haben, stellen Sie weitere Fragen zu verfügung.",
                    Job(0, 10, "simplify", "x"))
    assert not salad.ok and "verfügung" in salad.reason
    assert j.judge(before, "Bei weiteren Fragen bin ich gerne für Sie da.", Job(0, 10, "simplify", "x")).ok
