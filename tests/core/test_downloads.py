"""Model downloads against a real HTTP server on 127.0.0.1, and whether models fit this machine.

The server (``tests/download_server.py``, started by the tests) serves a
3 MB GGUF file and can drop the connection part-way, ignore Range requests,
announce a huge length or answer 404, so each promise of ``core.downloads``
is checked with real sockets: progress, resume after a dropped connection,
SHA-256 verification, free-space checks, cancelling.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

import pytest

from humanize_desktop import paths
from humanize_desktop.core import downloads
from humanize_desktop.core.downloads import (
    DownloadCancelled,
    DownloadError,
    NotEnoughSpace,
    VerificationFailed,
    discard_partial,
    download_model,
    download_state,
    model_fit,
    part_path,
)
from humanize_desktop.core.engine import load_catalog
from humanize_desktop.core.machine import Gpu, Machine, describe_fit, machine_resources, memory, parse_nvidia_smi
from tests.download_server import MB, ModelServer, entry_for, payload, server  # noqa: F401 (fixtures)


def test_download_reports_progress_and_lands_verified_in_the_models_folder(server: ModelServer) -> None:
    seen = []
    result = download_model(entry_for(server), progress=seen.append)
    target = paths.dirs().models / "download-test.gguf"
    assert result.path == target and target.read_bytes() == server.payload
    assert result.verification == "ok" and "matches the catalog" in result.message
    assert result.sha256 == hashlib.sha256(server.payload).hexdigest()
    assert not part_path(entry_for(server)).exists()
    assert seen and seen[-1].done == len(server.payload) and seen[-1].fraction == 1.0
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert all(p.total == len(server.payload) for p in seen)
    assert server.ranges == [None]
    assert download_state(entry_for(server)) == ("present", len(server.payload))


def test_without_a_published_hash_it_says_verification_was_unavailable(server: ModelServer) -> None:
    result = download_model(entry_for(server, sha=""))
    assert result.verification == "unavailable"
    assert "could not be verified" in result.message
    assert result.path.read_bytes() == server.payload


def test_a_dropped_connection_is_resumed_with_a_range_request(server: ModelServer) -> None:
    server.drops = [MB + 123]
    result = download_model(entry_for(server))
    assert result.path.read_bytes() == server.payload
    assert result.verification == "ok"
    assert server.ranges == [None, f"bytes={MB + 123}-"]


def test_an_interrupted_download_keeps_its_part_and_resumes_next_time(server: ModelServer) -> None:
    entry = entry_for(server)
    server.drops = [2 * MB + 5]
    with pytest.raises(DownloadError, match="interrupted.*resumes from there") as caught:
        download_model(entry, retries=0)
    assert "download-test.gguf.part" in str(caught.value)
    part = part_path(entry)
    assert part.read_bytes() == server.payload[:2 * MB + 5]
    assert download_state(entry) == ("partial", 2 * MB + 5)

    checked = []
    result = download_model(entry, progress=checked.append)
    assert server.ranges[-1] == f"bytes={2 * MB + 5}-"
    assert result.resumed_from == 2 * MB + 5
    assert result.verification == "ok"  # the hash covers the bytes from both attempts
    assert result.path.read_bytes() == server.payload
    assert checked[0].phase == "checking" and checked[-1].phase == "downloading"


def test_cancel_stops_between_chunks_and_keeps_the_part(server: ModelServer) -> None:
    entry = entry_for(server)
    with pytest.raises(DownloadCancelled, match="kept so it can resume"):
        download_model(entry, cancel=lambda: True)
    state, size = download_state(entry)
    assert state == "partial" and 0 < size < len(server.payload)
    assert part_path(entry).read_bytes() == server.payload[:size]
    assert discard_partial(entry) and download_state(entry) == ("absent", 0)


def test_a_wrong_hash_is_refused_and_the_bytes_are_deleted(server: ModelServer) -> None:
    entry = entry_for(server, sha=hashlib.sha256(b"another file").hexdigest())
    with pytest.raises(VerificationFailed, match="does not match the SHA-256.*deleted"):
        download_model(entry)
    assert download_state(entry) == ("absent", 0)
    assert not list(paths.dirs().models.iterdir())


def test_a_file_that_is_not_a_model_is_refused_when_there_is_no_hash(server: ModelServer) -> None:
    server.payload = b"<!doctype html><html><body>Sign in to continue</body></html>" * 100
    entry = entry_for(server, sha="")
    with pytest.raises(VerificationFailed, match="not a usable model.*web page"):
        download_model(entry)
    assert download_state(entry) == ("absent", 0)


def test_too_little_space_is_said_before_any_request(server: ModelServer) -> None:
    entry = entry_for(server, size=10**18, exact=False)
    with pytest.raises(NotEnoughSpace, match=re.escape(str(paths.dirs().models))):
        download_model(entry)
    assert server.ranges == []


def test_a_server_announcing_more_than_the_free_space_is_stopped_before_writing(server: ModelServer) -> None:
    server.announce_length = 10**18
    entry = entry_for(server, exact=False, sha="")
    with pytest.raises(NotEnoughSpace, match="free space"):
        download_model(entry)
    assert download_state(entry)[1] == 0


def test_a_file_of_another_size_than_the_catalog_says_is_refused_before_downloading(server: ModelServer) -> None:
    entry = entry_for(server, size=len(server.payload) + 1)
    with pytest.raises(DownloadError, match="not the file the catalog names"):
        download_model(entry)
    assert download_state(entry) == ("absent", 0)


def test_a_server_that_ignores_range_gives_a_clean_restart(server: ModelServer) -> None:
    entry = entry_for(server)
    paths.dirs().models.mkdir(parents=True)
    part_path(entry).write_bytes(server.payload[:MB])
    server.ignore_range = True
    result = download_model(entry)
    assert server.ranges == [f"bytes={MB}-"]
    assert result.path.read_bytes() == server.payload and result.verification == "ok"


def test_a_complete_part_is_finished_from_the_servers_416_answer(server: ModelServer) -> None:
    entry = entry_for(server, exact=False)
    paths.dirs().models.mkdir(parents=True)
    part_path(entry).write_bytes(server.payload)
    result = download_model(entry)
    assert server.ranges == [f"bytes={len(server.payload)}-"]
    assert result.verification == "ok" and result.path.read_bytes() == server.payload


def test_missing_file_on_the_server_is_named(server: ModelServer) -> None:
    server.status = 404
    with pytest.raises(DownloadError, match=r"no longer at http://127\.0\.0\.1:\d+/model\.gguf \(HTTP 404\)"):
        download_model(entry_for(server))


def test_an_unreachable_server_names_the_host_and_the_offline_way(server: ModelServer) -> None:
    entry = entry_for(server)
    port = server.server_address[1]
    server.shutdown()
    server.server_close()
    with pytest.raises(DownloadError, match="cannot be reached.*Import") as caught:
        download_model(replace(entry, url=f"http://127.0.0.1:{port}/model.gguf"), retries=1)
    assert "127.0.0.1" in str(caught.value)


def test_plain_http_is_refused_except_on_this_machine(server: ModelServer) -> None:
    entry = replace(entry_for(server), url="http://models.example.org/model.gguf")
    with pytest.raises(DownloadError, match="only https://"):
        download_model(entry)


def test_a_model_already_there_is_not_downloaded_again(server: ModelServer) -> None:
    entry = entry_for(server)
    download_model(entry)
    again = download_model(entry)
    assert again.verification == "already-present" and server.ranges == [None]


# --------------------------------------------------------------------------- fit


GB = 1_000_000_000


def test_fit_follows_the_catalogs_memory_needs() -> None:
    big = describe_fit("Qwen 7B", int(4.7 * GB), 8, Machine(16 * GB, 12 * GB))
    assert big[0] == "fits" and "8.0 GB" in big[2] and "16.0 GB" in big[2]
    assert describe_fit("Qwen 7B", int(4.7 * GB), 8, Machine(6 * GB, 5 * GB))[0] == "tight"
    small_machine = describe_fit("Qwen 7B", int(4.7 * GB), 8, Machine(4 * GB, 3 * GB))
    assert small_machine[0] == "too-big" and small_machine[2].startswith("Too big")
    busy = describe_fit("Qwen 7B", int(4.7 * GB), 8, Machine(16 * GB, 2 * GB))
    assert busy[0] == "fits" and "close other programs" in busy[2]


def test_fit_mentions_the_gpu_only_when_llama_cpp_can_use_it() -> None:
    gpu = Gpu("NVIDIA RTX 4060", 8 * 1024**3, "nvidia")
    full = describe_fit("Qwen 3B", 2 * GB, 6, Machine(16 * GB, 12 * GB, (gpu,), True))
    assert full[1] == "full" and "RTX 4060" in full[2]
    partial = describe_fit("Qwen 7B", int(9.5 * GB), 12, Machine(32 * GB, 20 * GB, (gpu,), True))
    assert partial[1] == "partial"
    cpu_only = describe_fit("Qwen 3B", 2 * GB, 6, Machine(16 * GB, 12 * GB, (gpu,), False))
    assert cpu_only[1] == "no" and "CPU only" in cpu_only[2]


def test_nvidia_smi_output_is_read() -> None:
    text = "NVIDIA GeForce RTX 3090, 24576\nNVIDIA H100 80GB HBM3, 81559\n"
    gpus = parse_nvidia_smi(text)
    assert [g.name for g in gpus] == ["NVIDIA GeForce RTX 3090", "NVIDIA H100 80GB HBM3"]
    assert gpus[0].memory == 24576 * 1024 * 1024


def test_this_machine_and_every_catalog_model_get_a_verdict() -> None:
    total, available = memory()
    meminfo = Path("/proc/meminfo").read_text()
    listed = int(re.search(r"MemTotal:\s+(\d+) kB", meminfo).group(1)) * 1024
    assert 0 < total <= listed
    assert available is None or 0 < available <= total
    machine = machine_resources()
    for entry in load_catalog():
        fit = model_fit(entry, machine)
        assert fit.verdict in ("fits", "tight", "too-big")
        assert fit.message.endswith(".") and "GB" in fit.message
    assert downloads.SPACE_MARGIN > 0
