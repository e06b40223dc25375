"""The humanizer's rule data: every rule of every language does what its examples say.

Each lexicon entry carries sentences it must fire on and sentences it must
stay quiet on; where it says what fixing gives, the fix must give exactly
that. Every fix of every example must keep the facts: no number, name,
negation or modal verb changed (``checks.fidelity`` raises no flag).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from humanize_desktop.core import diffing, messages
from humanize_desktop.core.checks import aitells, fidelity
from humanize_desktop.core.checks.aitells import LexiconError
from humanize_desktop.core.humanizer import JOBS, apply_fixes, plan

LANGUAGES = aitells.languages()
RULES = [(lang, rule) for lang in LANGUAGES for rule in aitells.lexicon(lang).all_rules()]
FIRES = [(lang, rule, i) for lang, rule in RULES for i in range(len(rule.fires))]


def _id(value: object) -> str:
    return value.name if isinstance(value, aitells.Rule) else str(value)


def test_every_language_has_enough_rules() -> None:
    counts = {lang: len(aitells.lexicon(lang).all_rules()) for lang in LANGUAGES}
    assert {"en", "de", "fr", "es", "it", "pt"} <= set(counts)
    assert counts["en"] >= 40
    assert all(counts[lang] >= 20 for lang in ("de", "fr", "es", "it"))
    assert counts["pt"] >= 12


@pytest.mark.parametrize("lang,rule", RULES, ids=_id)
def test_rule_fires_on_its_examples_and_stays_quiet_on_the_others(lang: str, rule: aitells.Rule) -> None:
    for sentence in rule.fires:
        assert rule.name in {i.rule for i in plan(sentence, lang)}, f"{lang} {rule.name} does not fire on {sentence!r}"
    for sentence in rule.quiet:
        assert rule.name not in {i.rule for i in plan(sentence, lang)}, f"{lang} {rule.name} fires on {sentence!r}"


@pytest.mark.parametrize("lang,rule,i", FIRES, ids=_id)
def test_fixing_an_example_keeps_its_facts_and_its_punctuation(lang: str, rule: aitells.Rule, i: int) -> None:
    text = rule.fires[i]
    fixed, edits = apply_fixes(text, plan(text, lang), lang)
    assert diffing.splice(text, [(e.start, e.end, e.text) for e in edits]) == fixed
    if rule.fixed:
        assert fixed == rule.fixed[i]
    flags = fidelity.flags_for(text, fixed, diffing.diff_texts(text, fixed), language=lang)
    assert flags == [], f"{text!r} -> {fixed!r}"
    for blemish in ("  ", " ,", ",,", ", .", " .", "\n,", "\n "):
        assert text.count(blemish) >= fixed.count(blemish), f"{blemish!r} in {fixed!r}"
    assert not fixed.startswith((",", " "))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plan_items_carry_a_message_and_either_a_fix_or_a_job(lang: str) -> None:
    lex = aitells.lexicon(lang)
    for rule in lex.all_rules():
        for sentence in rule.fires:
            for item in plan(sentence, lang):
                assert (item.fix is None) != (item.job is None)
                assert item.job is None or item.job in JOBS
                assert item.message.id == f"humanizer.{item.rule}"
                assert item.message.text and "{" not in item.message.text
                assert messages.Message.from_json(item.message.to_json()) == item.message
                s, e = item.sentence
                assert s <= item.start < max(e, item.start + 1) and sentence[s:e].strip() == sentence[s:e]


def test_the_message_names_the_phrase_and_the_reason() -> None:
    [item] = [i for i in plan("Moreover, the plan is cheap.", "en") if i.rule == "opener.moreover"]
    assert item.message.args["phrase"] == "Moreover"
    assert item.message.text == "'Moreover' is a stock sentence opener of machine-written text."


def test_the_same_rule_name_gives_the_same_reason_in_every_language() -> None:
    reasons: dict[str, set[str]] = {}
    for _, rule in RULES:
        reasons.setdefault(rule.name, set()).add(rule.reason)
    assert {name: r for name, r in reasons.items() if len(r) > 1} == {}


# ----------------------------------------------------------------------------- validation

_BASE = 'language = "en"\n'
_GOOD = ('[[phrases]]\nrule = "stock-phrase.x"\nreason = "\'{phrase}\' is odd."\ntext = ["frobnicate"]\n'
         'fix = "use"\nfires = ["We frobnicate it."]\nquiet = ["We use it."]\n')


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "en.toml"
    path.write_text(_BASE + body, encoding="utf-8")
    return path


def test_a_well_formed_entry_loads(tmp_path: Path) -> None:
    lex = aitells.load_file(_write(tmp_path, _GOOD))
    [rule] = lex.rules
    assert (rule.name, rule.fix, rule.job, rule.fires) == ("stock-phrase.x", "use", None, ("We frobnicate it.",))


@pytest.mark.parametrize("change,problem", [
    (('rule = "stock-phrase.x"\n', ''), 'phrases[0] needs a rule name'),
    (('rule = "stock-phrase.x"', 'rule = "Stock Phrase"'), 'phrases[0] needs a rule name'),
    (('fix = "use"\n', ''), 'phrases[0] (stock-phrase.x) needs a job for the forms without a fix'),
    (('fix = "use"', 'fix = "use"\njob = "polish"'), 'job must be one of rewrite-without, split'),
    (('fix = "use"', 'fix = { "frobnicates" = "uses" }'), "fix names 'frobnicates', which is not one of its forms"),
    (('is odd.', 'is {odd}.'), 'reason may only use {phrase} and {fix}'),
    (('fix = "use"', 'job = "simplify"'), None),
    (('fires = ["We frobnicate it."]\n', ''), 'needs fires examples'),
    (('quiet = ["We use it."]\n', ''), 'needs quiet examples'),
    (('quiet = ["We use it."]', 'quiet = ["We use it."]\nfixed = ["a", "b"]'), 'fixed must give one result for each'),
    (('text = ["frobnicate"]', 'text = ["frobnicate"]\nnot_before = [3]'), 'must be lists of words'),
])
def test_malformed_entries_are_refused_naming_file_and_entry(tmp_path: Path, change: tuple[str, str],
                                                             problem: str | None) -> None:
    path = _write(tmp_path, _GOOD.replace(*change))
    if problem is None:
        assert aitells.load_file(path).rules[0].job == "simplify"
        return
    with pytest.raises(LexiconError) as exc:
        aitells.load_file(path)
    assert str(path) in str(exc.value) and problem in str(exc.value)


@pytest.mark.parametrize("body,problem", [
    (_GOOD + _GOOD, "phrases[1] repeats the rule name 'stock-phrase.x'"),
    ('[[structures]]\nrule = "structure.x"\ndetector = "rhymes"\njob = "split"\nreason = "r"\nfires = ["a"]\nquiet = ["b"]\n',
     "structures[0] detector must be one of"),
    ('[[structures]]\nrule = "structure.x"\ndetector = "long-sentence"\nreason = "r"\nfires = ["a"]\nquiet = ["b"]\n',
     "structures[0] needs a job"),
    ('[[splice.word_forms]]\nplain = "a"\nalternate = "an"\nbefore = "(["\n', "splice.word_forms[0] has an invalid before regex"),
    ('[splice]\ncontractions = { "del" = "de el" }\n', "contractions must map two words to one"),
    ('[style]\npassive = "(is"\n', "[style] passive has an invalid regex"),
    ('[[patterns]]\nrule = "frame.x"\nreason = "r"\nregex = "x+"\nfix = { "x" = "y" }\nfires = ["x"]\nquiet = ["y"]\n',
     "fix must be a string for a pattern"),
])
def test_malformed_files_are_refused_naming_file_and_entry(tmp_path: Path, body: str, problem: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(LexiconError) as exc:
        aitells.load_file(path)
    assert str(path) in str(exc.value) and problem in str(exc.value)


def test_one_rule_name_cannot_give_two_reasons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan("Moreover, it works.", "en")  # registers the English reasons
    (tmp_path / "xx.toml").write_text(
        'language = "xx"\n[[phrases]]\nrule = "opener.moreover"\nreason = "Another reason."\ntext = ["zort"]\n'
        'fix = ""\nfires = ["Zort, it works."]\nquiet = ["It works."]\n', encoding="utf-8")
    monkeypatch.setattr(aitells.loading, "lexicon_dir", lambda: tmp_path)
    monkeypatch.delitem(aitells.loading._cache, "xx", raising=False)
    with pytest.raises(LexiconError) as exc:
        plan("Zort, it works.", "xx")
    assert "xx.toml" in str(exc.value) and "opener.moreover" in str(exc.value)
