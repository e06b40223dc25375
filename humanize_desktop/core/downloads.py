"""Downloading catalog models into the user models folder, only when the person asks.

This is the one part of the app that reaches the internet, and only for a
model the person picked: one plain HTTPS GET of the catalog's pinned URL,
carrying no text, no settings and no identifiers.

``download_model(entry, progress=..., cancel=...)`` checks the free space
first, writes to ``<file>.part`` next to the target, resumes a ``.part`` left
by an earlier attempt (HTTP Range) and retries a dropped connection from
where it stopped. The SHA-256 is computed while the bytes arrive and compared
with the catalog; when the catalog publishes no digest the result says that
verification was unavailable instead of claiming a match. A file that fails
verification is deleted (resuming it could only give the same wrong bytes);
a cancelled or interrupted one keeps its ``.part`` for the next attempt.
HTTP goes through the app's one client (``core.http``), here with the
environment's proxy settings, which an office network may need.

``model_fit(entry)`` says before downloading whether a model suits this
machine's memory (and GPU when one is found).
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal
from urllib.parse import urlparse

import requests

from humanize_desktop import paths
from humanize_desktop.core import http
from humanize_desktop.core.engine.catalog import CatalogEntry
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.machine import Machine, describe_fit, machine_resources

__all__ = [
    "DownloadCancelled", "DownloadError", "DownloadProgress", "DownloadResult", "ModelFit",
    "NotEnoughSpace", "VerificationFailed", "discard_partial", "download_model", "download_state",
    "model_fit", "part_path",
]

CHUNK = 1 << 20
#: Kept free beyond the model itself, so a download never fills the disk to the last byte.
SPACE_MARGIN = 200 * 1000 * 1000
_CONTENT_RANGE_RE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")
_WHOLE_RE = re.compile(r"bytes \*/(\d+)")
#: Progress callbacks at most this often (plus the last one), so a GUI is not flooded.
PROGRESS_EVERY_S = 0.1

log = logging.getLogger(__name__)


class DownloadError(HumanizeError):
    """A model could not be downloaded; the message says why and what was kept."""


class DownloadCancelled(DownloadError):
    """The person stopped the download; the ``.part`` file is kept for resuming."""


class NotEnoughSpace(DownloadError):
    """The models folder's disk has too little free space for the model."""


class VerificationFailed(DownloadError):
    """The downloaded bytes do not match the catalog's SHA-256 (or size); they were deleted."""


@dataclass(frozen=True)
class DownloadProgress:
    phase: Literal["checking", "downloading"]  # checking: hashing a .part before resuming it
    done: int  # bytes
    total: int | None  # None when neither the server nor the catalog says
    bytes_per_s: float = 0.0

    @property
    def fraction(self) -> float | None:
        return min(1.0, self.done / self.total) if self.total else None

    @property
    def eta_s(self) -> float | None:
        if not self.total or self.bytes_per_s <= 0:
            return None
        return max(0.0, (self.total - self.done) / self.bytes_per_s)


@dataclass(frozen=True)
class DownloadResult:
    path: Path
    size: int
    sha256: str
    verification: Literal["ok", "unavailable", "already-present"]
    resumed_from: int  # bytes already on disk when this download started (0: fresh)
    message: str  # one sentence for the status line


ProgressCallback = Callable[[DownloadProgress], None]


def part_path(entry: CatalogEntry, folder: Path | None = None) -> Path:
    return (folder or paths.dirs().models) / f"{entry.file}.part"


def download_state(entry: CatalogEntry, folder: Path | None = None) -> tuple[str, int]:
    """("present" | "partial" | "absent", bytes on disk) for a catalog model."""
    folder = folder or paths.dirs().models
    target = folder / entry.file
    if target.is_file():
        return "present", target.stat().st_size
    part = part_path(entry, folder)
    if part.is_file():
        return "partial", part.stat().st_size
    return "absent", 0


def discard_partial(entry: CatalogEntry, folder: Path | None = None) -> bool:
    """Delete an unfinished download; True when there was one."""
    part = part_path(entry, folder)
    try:
        part.unlink()
    except FileNotFoundError:
        return False
    return True


def _gb(n: float) -> str:
    return f"{n / 1e9:,.1f} GB"


def _check_url(url: str) -> None:
    parsed = urlparse(url)
    host = parsed.hostname or ""
    if parsed.scheme == "https":
        return
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parsed.scheme == "http" and loopback:
        return  # a mirror on this machine; nothing crosses the network
    raise DownloadError(f"Refusing to download from {url}: only https:// addresses are used for models.")


def _check_space(folder: Path, needed: int, what: str) -> None:
    free = shutil.disk_usage(folder).free
    if needed + SPACE_MARGIN > free:
        raise NotEnoughSpace(
            f"{what} needs {_gb(needed)} of free space in {folder}, but only {_gb(free)} is free "
            f"(keeping {_gb(SPACE_MARGIN)} spare). Free some space, or copy the model file in "
            f"from another computer with Import.")


class _HTTPStatus(Exception):
    """The server answered a status that is not the file (404, 403, 500...)."""

    def __init__(self, response: requests.Response) -> None:
        super().__init__(f"HTTP {response.status_code} {response.reason}")
        self.code = response.status_code
        self.reason = response.reason or ""
        self.headers = response.headers


def _open(session: requests.Session, url: str, offset: int, timeout: float) -> requests.Response:
    headers = {"Accept-Encoding": "identity"}  # the bytes as published, so the digest can match
    if offset:
        headers["Range"] = f"bytes={offset}-"
    response = session.get(url, headers=headers, timeout=timeout, stream=True)
    if response.status_code >= 400:
        response.close()
        raise _HTTPStatus(response)
    return response


def _http_failure(entry: CatalogEntry, exc: BaseException) -> DownloadError:
    host = urlparse(entry.url).hostname or entry.url
    if isinstance(exc, _HTTPStatus):
        if exc.code == 404:
            why = f"the file is no longer at {entry.url} (HTTP 404)"
        elif exc.code in (401, 403):
            why = f"{host} refused the request (HTTP {exc.code}); the model may need a sign-in"
        else:
            why = f"{host} answered HTTP {exc.code} {exc.reason}"
    elif isinstance(exc, requests.exceptions.SSLError):
        why = f"the secure connection to {host} failed ({http.failure_reason(exc)})"
    elif isinstance(exc, requests.ConnectionError) and not isinstance(exc, requests.exceptions.ChunkedEncodingError):
        why = f"{host} cannot be reached ({http.failure_reason(exc)}); check the internet connection"
    else:
        why = f"the connection to {host} broke ({http.failure_reason(exc)})"
    log.info("download of %s failed: %s", entry.file, why)
    return DownloadError(f"{entry.name} could not be downloaded: {why}. "
                         f"Without internet, copy {entry.file} in with Import.")


def _hash_existing(part: Path, hasher, progress: ProgressCallback | None,
                   cancel: Callable[[], bool] | None, total: int | None) -> int:
    done = 0
    with open(part, "rb") as fh:
        while block := fh.read(CHUNK * 8):
            hasher.update(block)
            done += len(block)
            if cancel and cancel():
                raise DownloadCancelled(f"The download of {part.name} was stopped; it can resume later.")
            if progress:
                progress(DownloadProgress("checking", done, total))
    return done


def _lock(fh: BinaryIO, part: Path) -> None:
    """One download per file at a time (the lock ends with the process)."""
    try:
        import fcntl
    except ImportError:  # Windows: the open file is already not shareable for writing
        return
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise DownloadError(f"{part.name} is already being downloaded by another window.") from None


def download_model(
    entry: CatalogEntry,
    *,
    folder: Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: Callable[[], bool] | None = None,
    retries: int = 3,
    timeout: float = 30.0,
) -> DownloadResult:
    """Download ``entry`` into the user models folder (or ``folder``); see the module docstring.

    ``cancel`` is polled between chunks (pass ``event.is_set``); ``progress``
    is called from this thread, at most every ``PROGRESS_EVERY_S``. Raises
    ``DownloadError`` subclasses whose sentences say what was kept.
    """
    _check_url(entry.url)
    folder = folder or paths.dirs().models
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(f"The models folder {folder} cannot be created ({exc.strerror}).") from None
    target = folder / entry.file
    if target.exists():
        return DownloadResult(target, target.stat().st_size, "", "already-present", 0,
                              f"{entry.file} is already in {folder}.")
    part = part_path(entry, folder)
    resumed_from = part.stat().st_size if part.exists() else 0
    _check_space(folder, max(0, entry.size - resumed_from), entry.name)

    transfer = _Transfer(entry, folder, part, progress, cancel, retries, timeout)
    try:
        with open(part, "ab") as out:
            _lock(out, part)
            transfer.run(out, resumed_from)
    except DownloadError:
        if part.is_file() and part.stat().st_size == 0:
            part.unlink(missing_ok=True)  # nothing arrived: leave no empty .part behind
        raise

    done, digest = transfer.done, transfer.hasher.hexdigest()
    if done != transfer.total or (entry.size_exact and done != entry.size):
        part.unlink(missing_ok=True)
        raise VerificationFailed(f"{entry.file} arrived with {done:,} bytes instead of "
                                 f"{(entry.size if entry.size_exact else transfer.total):,}; "
                                 f"the incomplete file was deleted. Try again.")
    if entry.sha256 and digest != entry.sha256:
        part.unlink(missing_ok=True)
        raise VerificationFailed(
            f"{entry.file} does not match the SHA-256 the catalog publishes for it, so it was deleted "
            f"(the download was damaged, or the file on the server is not the one the catalog names). "
            f"Try again; if it fails again, do not use this file.")
    _check_is_model(part, entry)
    os.replace(part, target)
    if entry.sha256:
        message = f"Downloaded {entry.name} ({_gb(done)}); its SHA-256 matches the catalog."
    else:
        message = (f"Downloaded {entry.name} ({_gb(done)}); the catalog publishes no SHA-256 for it, "
                   f"so the download could not be verified.")
    return DownloadResult(target, done, digest, "ok" if entry.sha256 else "unavailable",
                          transfer.resumed_from, message)


class _Transfer:
    """The bytes of one download: requests, resumes and retries, hashing as they arrive."""

    def __init__(self, entry: CatalogEntry, folder: Path, part: Path, progress: ProgressCallback | None,
                 cancel: Callable[[], bool] | None, retries: int, timeout: float) -> None:
        self.entry, self.folder, self.part = entry, folder, part
        self.progress, self.cancel = progress, cancel
        self.retries, self.timeout = retries, timeout
        self.hasher = hashlib.sha256()
        self.done = 0
        self.total: int | None = entry.size if entry.size_exact else None
        self.resumed_from = 0
        self.failures = 0
        self.started = time.monotonic()
        self.started_at = 0
        self.reported = 0.0
        self.session = http.session(direct=False)

    def run(self, out: BinaryIO, resumed_from: int) -> None:
        if resumed_from:
            self.done = _hash_existing(self.part, self.hasher, self.progress, self.cancel, self.entry.size)
            self.resumed_from = self.started_at = self.done
        try:
            self._run(out)
        finally:
            self.session.close()

    def _run(self, out: BinaryIO) -> None:
        while self.total is None or self.done < self.total:
            try:
                response = _open(self.session, self.entry.url, self.done, self.timeout)
            except _HTTPStatus as exc:
                if self._finished_by_416(exc):
                    break
                raise _http_failure(self.entry, exc) from None
            except requests.RequestException as exc:
                self._retry(exc)
                continue
            with response:
                self._start_body(response, out)
                try:
                    self._receive(response, out)
                except http.READ_ERRORS as exc:
                    out.flush()
                    self._retry(exc)
                    continue
            if self.total is None:
                self.total = self.done  # no length announced: the server closing the stream is the end
            elif self.done < self.total:
                self._retry(ConnectionError("the connection closed early"))
        out.flush()
        os.fsync(out.fileno())

    def _retry(self, exc: BaseException) -> None:
        """Count a broken connection; give up (keeping the .part) after ``retries``."""
        self.failures += 1
        log.info("download of %s: connection lost at %d bytes (%s)", self.entry.file, self.done,
                 http.failure_reason(exc))
        if self.failures > self.retries:
            raise (_interrupted(self.entry, self.part, self.done, exc) if self.done
                   else _http_failure(self.entry, exc)) from None
        time.sleep(min(8.0, 0.25 * 2 ** self.failures))

    def _finished_by_416(self, exc: _HTTPStatus) -> bool:
        """A 416 to a resume means nothing lies after our bytes: complete, or longer than the file."""
        if exc.code != 416 or not self.done:
            return False
        whole = _WHOLE_RE.fullmatch(exc.headers.get("Content-Range", ""))
        if whole and int(whole.group(1)) == self.done:
            self.total = self.done
            return True
        self.part.unlink(missing_ok=True)
        raise DownloadError(f"The unfinished download {self.part.name} does not fit the file on the server, "
                            f"so it was deleted. Download {self.entry.name} again.") from None

    def _start_body(self, response: requests.Response, out: BinaryIO) -> None:
        """Learn the length from the headers; restart if the server ignored the Range."""
        if self.done and response.status_code != 206:
            out.truncate(0)
            out.seek(0)
            self.hasher, self.done, self.started_at, self.resumed_from = hashlib.sha256(), 0, 0, 0
        if response.status_code == 206:
            found = _CONTENT_RANGE_RE.fullmatch(response.headers.get("Content-Range", ""))
            if not found or int(found.group(1)) != self.done:
                raise DownloadError(f"{urlparse(self.entry.url).hostname} resumed {self.entry.file} at the "
                                    f"wrong place; delete {self.part} and download again.")
            if found.group(3) != "*":
                self.total = int(found.group(3))
        else:
            length = response.headers.get("Content-Length", "")
            if length.isdigit():
                self.total = int(length)
        if self.total is not None:
            if self.entry.size_exact and self.total != self.entry.size:
                raise DownloadError(f"The server's {self.entry.file} has {self.total:,} bytes, but the catalog "
                                    f"says {self.entry.size:,}: it is not the file the catalog names.")
            _check_space(self.folder, self.total - self.done, self.entry.name)

    def _receive(self, response: requests.Response, out: BinaryIO) -> None:
        # read_some returns what has arrived (up to CHUNK) instead of waiting for a whole
        # megabyte, so Cancel (and closing the app) is noticed at once on a slow line.
        while block := http.read_some(response, CHUNK):
            out.write(block)
            self.hasher.update(block)
            self.done += len(block)
            if self.cancel and self.cancel():
                out.flush()
                raise DownloadCancelled(f"The download of {self.entry.name} was stopped at {_gb(self.done)}; "
                                        f"{self.part.name} is kept so it can resume later.")
            now = time.monotonic()
            if self.progress and (now - self.reported >= PROGRESS_EVERY_S or self.done == self.total):
                self.reported = now
                elapsed = now - self.started
                rate = (self.done - self.started_at) / elapsed if elapsed > 0 else 0.0
                self.progress(DownloadProgress("downloading", self.done, self.total, rate))


def _interrupted(entry: CatalogEntry, part: Path, done: int, exc: BaseException) -> DownloadError:
    reason = http.failure_reason(exc)
    return DownloadError(f"The download of {entry.name} was interrupted at {_gb(done)} ({reason}); "
                         f"{part.name} is kept, and downloading again resumes from there.")


def _check_is_model(part: Path, entry: CatalogEntry) -> None:
    """A file that passed no digest check must at least be a whole GGUF model."""
    from humanize_desktop.core.engine.errors import ModelProblem
    from humanize_desktop.core.engine.modelfile import inspect_model

    try:
        inspect_model(part)
    except ModelProblem as exc:
        part.unlink(missing_ok=True)
        raise VerificationFailed(f"The download of {entry.file} is not a usable model, so it was deleted: "
                                 f"{exc}") from None


# --------------------------------------------------------------------------- fit


@dataclass(frozen=True)
class ModelFit:
    verdict: Literal["fits", "tight", "too-big"]
    on_gpu: Literal["full", "partial", "no"]
    message: str  # one or two sentences for the model list


def model_fit(entry: CatalogEntry, machine: Machine | None = None) -> ModelFit:
    """Whether ``entry`` suits this computer's memory (and GPU), said before downloading."""
    machine = machine or machine_resources()
    verdict, on_gpu, message = describe_fit(entry.name, entry.size, entry.min_ram_gb, machine)
    return ModelFit(verdict, on_gpu, message)  # type: ignore[arg-type]

