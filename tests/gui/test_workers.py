"""The job runner: results come back on the GUI thread, and nothing starts once it is shut down."""

from __future__ import annotations

import threading

import pytest

from humanize_desktop.gui.workers import Runner

pytestmark = pytest.mark.gui


def test_results_arrive_and_nothing_starts_after_shutdown(qtbot) -> None:
    runner = Runner()
    results = []
    ran = threading.Event()

    def work(_job):
        ran.set()
        return 42

    with qtbot.waitSignal(runner.job_finished, timeout=5000):
        runner.submit(work, on_done=lambda job, value: results.append(value))
    assert results == [42]
    assert runner.shutdown()
    ran.clear()
    late = runner.submit(work, on_done=lambda job, value: results.append(value))
    qtbot.wait(200)
    assert late.cancelled and not ran.is_set() and results == [42]
    assert not runner.busy()
