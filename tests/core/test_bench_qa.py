"""The QA benchmark's corpus, small: every seeded defect is found, a clean file raises no alarm, and
every format round-trips with only the changed targets differing (benchmarks/bench_qa.py)."""

from __future__ import annotations

import pytest

from benchmarks import bench_qa
from humanize_desktop.core.bilingual import files
from humanize_desktop.core.bilingual.qa import run_qa
from humanize_desktop.core.checks.spelling import SpellChecker, installed_dictionaries

#: Kinds that come from statistical or outside engines: their false alarms are reported, not forbidden.
_REPORTED_ONLY = {"language", "grammar", "spelling"}


@pytest.fixture(scope="module")
def rows():
    return bench_qa.make_rows(260, seed=3)


def test_every_seeded_kind_is_found(rows):
    spelling = SpellChecker() if "de_DE" in installed_dictionaries() else None
    report = run_qa(files.from_bytes(bench_qa.xliff1(rows), "seeded.xlf"), bench_qa.GLOSSARY, spelling=spelling)
    recall = bench_qa.recall(rows, report)
    expected = set(bench_qa.SEEDED) - (set() if spelling else {"spelling"})
    assert expected <= set(recall)
    assert {k: v for k, v in recall.items() if k in expected and v[0] != v[1]} == {}


def test_a_clean_file_raises_no_alarm():
    clean = bench_qa.make_rows(260, seed=3, defects=False)
    report = run_qa(files.from_bytes(bench_qa.xliff1(clean), "clean.xlf"), bench_qa.GLOSSARY)
    assert [f for f in report.findings if f.kind not in _REPORTED_ONLY] == []


@pytest.mark.parametrize("name", sorted(bench_qa.FORMATS))
def test_round_trip_changes_only_the_changed_targets(name):
    result = bench_qa.round_trip(name, bench_qa.make_rows(300, seed=2, defects=False), share=0.05)
    assert result["unchanged_save_identical"] and result["other_units_identical"]
    assert result["changed"] == 15
    # one line per changed target (PO wraps a long msgstr over up to three lines, as gettext does)
    assert result["changed"] <= result["lines_differing"] <= 3 * result["changed"]
