"""The preference store and what is learned from it (core.learning), without Qt or a model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humanize_desktop.core.humanizer import explain
from humanize_desktop.core.humanizer.pipeline import PieceContext, humanize_piece
from humanize_desktop.core.humanizer.plan import plan
from humanize_desktop.core.learning import share
from humanize_desktop.core.learning.apply import ExamplePair, Learned, active, learned_from
from humanize_desktop.core.learning.derive import Thresholds, derive
from humanize_desktop.core.learning.store import DecisionEntry, PreferenceStore, StoreProblem
from humanize_desktop.core.rewriting.document import rewrite_document
from humanize_desktop.core.rewriting.options import RewriteOptions
from humanize_desktop.core.rewriting.cache import RewriteCache
from tests.core.rewrite_fakes import FakeEngine

TEXT = "Moreover, the team shipped the release. Moreover, the tests passed."


def entry(n: int, decision: str = "rejected", rule: str | None = "opener.moreover", source: str | None = "rule",
          before: str = "Moreover, the", suggested: str = "The", after: str | None = None, language: str = "en",
          style: str = "natural") -> DecisionEntry:
    kept = after if after is not None else (suggested if decision == "accepted" else before)
    return DecisionEntry(f"c{n}@{n}", decision, source, rule, "why", before, suggested, kept, language, style,
                         float(n))


def store_with(tmp_path: Path, *entries: DecisionEntry) -> PreferenceStore:
    store = PreferenceStore(tmp_path / "learned.json")
    store.record(entries)
    return store


def kinds(store: PreferenceStore, thresholds: Thresholds | None = None) -> dict[str, list]:
    out: dict[str, list] = {}
    for p in derive(store, thresholds):
        out.setdefault(p.kind, []).append(p)
    return out


def test_store_round_trip_keeps_every_field(tmp_path: Path) -> None:
    store = store_with(tmp_path, entry(1), entry(2, "accepted"), entry(3, "edited", after="Also, the"))
    store.disabled.add("rule-x")
    store.paused = True
    store.save()
    back = PreferenceStore.load(store.path)
    assert back.decisions == store.decisions and back.paused and back.disabled == {"rule-x"}
    assert json.loads(store.path.read_text("utf-8"))["version"] == 1
    assert back.notice is None


def test_a_damaged_store_is_set_aside_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "learned.json"
    path.write_text("{not json", "utf-8")
    store = PreferenceStore.load(path)
    assert store.decisions == [] and store.notice is not None
    aside = list(tmp_path.glob("learned.broken-*.json"))
    assert len(aside) == 1 and aside[0].read_text("utf-8") == "{not json"  # kept, not replaced
    assert str(aside[0]) in store.notice.text and not path.exists()
    store.record([entry(1)])
    store.save()  # learning goes on in a fresh file
    assert PreferenceStore.load(path).decisions == [entry(1)]


def test_a_store_from_a_newer_version_is_never_saved_over(tmp_path: Path) -> None:
    path = tmp_path / "learned.json"
    path.write_text(json.dumps({"format": "humanize-learned", "version": 99}), "utf-8")
    store = PreferenceStore.load(path)
    assert store.paused
    with pytest.raises(StoreProblem):
        store.save()
    assert json.loads(path.read_text("utf-8"))["version"] == 99


def test_a_rule_is_suppressed_after_n_rejections_and_few_acceptances(tmp_path: Path) -> None:
    assert "suppressed-rule" not in kinds(store_with(tmp_path, entry(1), entry(2)))
    rule = kinds(store_with(tmp_path, entry(1), entry(2), entry(3)))["suppressed-rule"][0]
    assert (rule.rule, rule.decisions, rule.enabled, rule.language, rule.style) == \
        ("opener.moreover", 3, True, "en", "natural")
    assert "You rejected 3 of 3 changes by the rule opener.moreover" in rule.statement.text
    assert "English" in rule.statement.text
    # One acceptance in four is more than "few" (20 %) ...
    mixed = store_with(tmp_path, entry(1), entry(2), entry(3), entry(4, "accepted"))
    assert "suppressed-rule" not in kinds(mixed)
    # ... unless the settings allow more; and fewer rejections may be enough.
    assert kinds(mixed, Thresholds(max_acceptance_share=0.3))["suppressed-rule"]
    assert kinds(store_with(tmp_path, entry(1), entry(2)), Thresholds(min_rejections=2))["suppressed-rule"]


def test_suppression_is_per_language_and_style(tmp_path: Path) -> None:
    learned = learned_from(derive(store_with(tmp_path, entry(1), entry(2), entry(3))))
    assert learned.suppressed_rules("en", "natural") == {"opener.moreover"}
    assert learned.suppressed_rules("de", "natural") == frozenset()
    assert learned.suppressed_rules("en", "academic") == frozenset()


def test_a_suppressed_rule_is_not_planned_nor_applied() -> None:
    assert any(i.rule == "opener.moreover" for i in plan(TEXT, "en"))
    assert not any(i.rule == "opener.moreover" for i in plan(TEXT, "en", suppressed={"opener.moreover"}))
    out = humanize_piece(TEXT, "en", PieceContext("light", suppressed=frozenset({"opener.moreover"})))
    assert out.text == TEXT and out.status == "unchanged"
    assert humanize_piece(TEXT, "en", PieceContext("light")).text == "The team shipped the release. The tests passed."


def test_always_kept_words_become_suggested_protected_terms(tmp_path: Path) -> None:
    rejected = [entry(i, rule=None, source="model", before="leverage", suggested="use") for i in range(3)]
    term = kinds(store_with(tmp_path, *rejected))["protected-term"][0]
    assert term.before == "leverage" and not term.confirmed and "suggested" in term.statement.text
    taken_once = store_with(tmp_path, *rejected, entry(9, "accepted", rule=None, source="model",
                                                         before="leverage", suggested="use"))
    assert "protected-term" not in kinds(taken_once)
    # A suppressed rule already explains its rejections: no term for "Moreover".
    assert "protected-term" not in kinds(store_with(tmp_path, entry(1), entry(2), entry(3)))
    # Confirmed, it says so; a learned term never goes to the humanizer by itself (the settings hold it).
    store = store_with(tmp_path, *rejected)
    store.confirmed.add(term.id)
    confirmed = kinds(store)["protected-term"][0]
    assert confirmed.confirmed and "is a protected term" in confirmed.statement.text
    assert not learned_from([confirmed])


def test_typed_replacements_become_the_writers_own_rules(tmp_path: Path) -> None:
    edits = [entry(i, "edited", rule="stock.utilize", before="utilize", suggested="employ", after="use")
             for i in range(2)]
    own = kinds(store_with(tmp_path, *edits))["own-rule"][0]
    assert (own.before, own.after, own.decisions) == ("utilize", "use", 2)
    assert "own-rule" not in kinds(store_with(tmp_path, edits[0]))  # one edit is not yet a habit
    learned = learned_from([own])
    out = humanize_piece("We Utilize the new tool daily.", "en",
                         PieceContext("light", own_rules=learned.own_rules_for("en")))
    assert out.text == "We Use the new tool daily."
    [origin] = out.origins
    assert origin.source == explain.RULE and origin.rule == "own-rule"
    assert "Your own rule" in origin.reason.text


def test_accepted_model_rewrites_become_examples_chosen_by_similarity(tmp_path: Path) -> None:
    pairs = [entry(1, "accepted", rule=None, source="model", before="The quarterly budget review went very well.",
                   suggested="The budget review went well."),
             entry(2, "accepted", rule=None, source="model", before="Our cats sleep on the warm windowsill.",
                   suggested="Our cats nap on the sunny sill."),
             entry(3, "accepted", rule=None, source="model", before="Das Budget wurde sehr gut geprüft heute.",
                   suggested="Das Budget wurde gut geprüft.", language="de")]
    learned = learned_from(derive(store_with(tmp_path, *pairs)))
    assert len(learned.examples) == 3
    chosen = learned.examples_for("The budget review for the quarter is done.", "en", 500, len)
    assert [p.before for p in chosen] == ["The quarterly budget review went very well."]
    assert learned.examples_for("The budget review is done.", "en", 10, len) == []  # over the budget


def test_learned_examples_go_into_the_strong_prompt_and_the_cache_key(tmp_path: Path) -> None:
    draft = "The quarterly budget review is finished and everyone agreed on the plan for spring.\n"
    engine = FakeEngine()
    learned = Learned(examples=(ExamplePair("en", "The quarterly budget review went very well.",
                                            "The budget review went well."),))
    cache = RewriteCache(tmp_path / "cache.sqlite3")
    rewrite_document(draft, RewriteOptions(strength="strong", learned=learned), engine, cache=cache)
    contents = [m["content"] for r in engine.requests for m in r.messages]
    assert "The budget review went well." in contents
    asked = len(engine.requests)
    # Nothing learned: another cache key, so the model is asked again, and without the example.
    rewrite_document(draft, RewriteOptions(strength="strong"), engine, cache=cache)
    assert len(engine.requests) > asked
    assert all("The budget review went well." not in m["content"] for r in engine.requests[asked:]
               for m in r.messages)


def test_pause_forget_and_reset(tmp_path: Path) -> None:
    store = store_with(tmp_path, entry(1), entry(2), entry(3))
    assert active(store) and active(store).suppressed_rules("en", "natural")
    store.paused = True
    assert active(store) is None and store.record([entry(4)]) == 0  # nothing applied, nothing learned
    store.paused = False
    [rule] = derive(store)
    store.set_enabled(rule.id, False)
    assert not derive(store)[0].enabled and not active(store)
    store.set_enabled(rule.id, True)
    store.forget(rule.id, rule.keys)
    assert derive(store) == [] and store.decisions == []
    store.record([entry(5), entry(6), entry(7)])
    store.reset()
    assert derive(store) == [] and not store.paused


def test_undone_decisions_are_taken_back(tmp_path: Path) -> None:
    store = store_with(tmp_path, entry(1), entry(2), entry(3))
    assert store.unrecord(["c3@3"]) == 1
    assert derive(store) == []


def test_export_holds_rules_terms_and_own_rules_and_examples_only_when_asked(tmp_path: Path) -> None:
    store = store_with(
        tmp_path, entry(1), entry(2), entry(3),
        *[entry(10 + i, rule=None, source="model", before="leverage", suggested="use") for i in range(3)],
        *[entry(20 + i, "edited", rule=None, before="utilize", suggested="employ", after="use") for i in range(2)],
        entry(30, "accepted", rule=None, source="model", before="The quarterly budget review went very well.",
              suggested="The budget review went well."))
    prefs = derive(store)
    term = next(p for p in prefs if p.kind == "protected-term")
    store.confirmed.add(term.id)
    prefs = derive(store)
    out = tmp_path / "house.json"
    share.export_file(out, prefs)
    exported = json.loads(out.read_text("utf-8"))["preferences"]
    assert sorted(p["kind"] for p in exported) == ["own-rule", "protected-term", "suppressed-rule"]
    assert "quarterly" not in out.read_text("utf-8")  # no document text without --with-examples
    share.export_file(out, prefs, with_examples=True)
    assert "example" in {p["kind"] for p in json.loads(out.read_text("utf-8"))["preferences"]}

    other = PreferenceStore(tmp_path / "other.json")
    share.import_into(other, share.read_file(out))
    other.save()
    imported = derive(PreferenceStore.load(other.path))
    assert {(p.kind, p.id, p.decisions) for p in imported} == {(p.kind, p.id, p.decisions) for p in prefs}
    assert learned_from(imported) == learned_from(prefs)


def test_an_export_file_of_another_kind_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"format": "humanize-review"}', "utf-8")
    with pytest.raises(share.ShareFileError, match="not an export"):
        share.read_file(bad)
