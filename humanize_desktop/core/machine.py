"""What this computer offers a language model: memory, GPUs, CPU cores, llama.cpp's GPU support.

Used to say, before anything is downloaded, whether a model will fit, and
how many threads llama.cpp gets when a model's ``threads`` setting is 0
(automatic): ``engine_threads``. All
facts come from the local system (``/proc/meminfo`` and cgroup limits on
Linux, ``sysconf`` or ``GlobalMemoryStatusEx`` elsewhere, ``nvidia-smi``
when installed, Apple Silicon's unified memory); nothing is sent anywhere.
Everything here degrades to "unknown" rather than failing.
"""

from __future__ import annotations

import logging
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

#: Share of unified memory a Mac lets the GPU use (Metal's recommended working set).
APPLE_GPU_SHARE = 0.7


@dataclass(frozen=True)
class Gpu:
    name: str
    memory: int  # bytes the GPU can hold
    kind: str  # "nvidia" | "apple"


@dataclass(frozen=True)
class Machine:
    ram_total: int  # bytes; a container's memory limit when lower than the RAM
    ram_available: int | None  # bytes free for a new program now, when known
    gpus: tuple[Gpu, ...] = ()
    gpu_offload: bool | None = None  # whether the installed llama.cpp can use a GPU; None: unknown

    @property
    def best_gpu(self) -> Gpu | None:
        return max(self.gpus, key=lambda g: g.memory, default=None)


def _meminfo() -> dict[str, int]:
    try:
        text = Path("/proc/meminfo").read_text()
    except OSError:
        return {}
    out = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            out[key] = int(parts[0]) * 1024
    return out


def _cgroup_limit() -> int | None:
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            raw = Path(path).read_text().strip()
        except OSError:
            continue
        if raw.isdigit() and int(raw) < 1 << 60:
            return int(raw)
    return None


def _windows_memory() -> tuple[int, int] | None:
    import ctypes

    class MemoryStatus(ctypes.Structure):
        _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong),
                    ("total_phys", ctypes.c_ulonglong), ("avail_phys", ctypes.c_ulonglong),
                    ("total_page", ctypes.c_ulonglong), ("avail_page", ctypes.c_ulonglong),
                    ("total_virtual", ctypes.c_ulonglong), ("avail_virtual", ctypes.c_ulonglong),
                    ("avail_extended", ctypes.c_ulonglong)]

    status = MemoryStatus()
    status.length = ctypes.sizeof(MemoryStatus)
    if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
        return None
    return status.total_phys, status.avail_phys


def memory() -> tuple[int, int | None]:
    """(total, available now) in bytes; total is 0 only when nothing could be learnt."""
    if sys.platform == "win32":
        found = _windows_memory()
        return found if found else (0, None)
    info = _meminfo()
    total = info.get("MemTotal", 0)
    if not total:
        try:
            total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        except (ValueError, OSError, AttributeError):
            total = 0
    available = info.get("MemAvailable")
    limit = _cgroup_limit()
    if limit and (not total or limit < total):
        total = limit
        available = min(available, limit) if available is not None else None
    return total, available


def parse_nvidia_smi(text: str) -> list[Gpu]:
    """GPUs from ``nvidia-smi --query-gpu=name,memory.total --format=csv,noheader,nounits``."""
    gpus = []
    for line in text.splitlines():
        name, _, mib = line.rpartition(",")
        if name.strip() and mib.strip().isdigit():
            gpus.append(Gpu(name.strip(), int(mib.strip()) * 1024 * 1024, "nvidia"))
    return gpus


def find_gpus(ram_total: int) -> tuple[Gpu, ...]:
    if sys.platform == "darwin" and platform.machine() == "arm64":
        return (Gpu("Apple GPU (shared memory)", int(ram_total * APPLE_GPU_SHARE), "apple"),)
    tool = shutil.which("nvidia-smi")
    if tool is None:
        return ()
    try:
        done = subprocess.run([tool, "--query-gpu=name,memory.total", "--format=csv,noheader,nounits"],
                              capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return ()
    return tuple(parse_nvidia_smi(done.stdout)) if done.returncode == 0 else ()


def llama_gpu_offload() -> bool | None:
    """Whether the installed llama-cpp-python was built with GPU support (None: cannot tell)."""
    try:
        import llama_cpp

        return bool(llama_cpp.llama_supports_gpu_offload())
    except (ImportError, OSError, AttributeError) as exc:  # absent or broken: the engine says so itself
        log.info("cannot ask llama.cpp about GPU offload: %s", exc)
        return None


def usable_cores() -> int:
    """CPU cores this process may run on (a container's or ``taskset``'s share, not the whole machine)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def busy_cores() -> int:
    """Cores other programs keep busy now: the whole part of the 1-minute load average (0 if unknown)."""
    try:
        return int(os.getloadavg()[0])
    except (AttributeError, OSError):  # Windows has no load average
        return 0


#: Cores the window keeps for itself while the model writes. Measured with
#: ``benchmarks/bench_gui_stall.py --model --threads N`` on a two-core machine:
#: with both cores, generation was no faster while the window and its checks
#: ran (31.1 against 30.5 tokens/s), and one run in four, with another busy
#: program on the machine, slowed to a crawl.
WINDOW_RESERVED_CORES = 1


def engine_threads(for_window: bool, cores: int | None = None, busy: int | None = None) -> int:
    """llama.cpp's thread count when the model's setting says automatic.

    A command has nothing else to do while the model writes, so it gets
    every core that other programs are not using (``busy``: by default
    ``busy_cores()``). llama.cpp's threads wait for each other after every
    step, so one thread too many, descheduled for another program, stalls
    every token: on a two-core machine with a load of four, two threads
    wrote ten times slower than one. The window also keeps
    ``WINDOW_RESERVED_CORES`` for painting, typing and the writing checks.
    """
    cores = usable_cores() if cores is None else cores
    busy = busy_cores() if busy is None else busy
    free = max(1, cores - busy)
    return max(1, min(free, cores - WINDOW_RESERVED_CORES)) if for_window else free


@lru_cache(maxsize=1)
def machine_resources() -> Machine:
    """This computer's memory and GPUs (looked up once; ``machine_resources.cache_clear()`` to renew)."""
    total, available = memory()
    gpus = find_gpus(total)
    return Machine(total, available, gpus, llama_gpu_offload() if gpus else None)


def _gb(n: float) -> str:
    return f"{n / 1e9:,.1f} GB"


def describe_fit(name: str, size: int, min_ram_gb: float, machine: Machine) -> tuple[str, str, str]:
    """(verdict, on_gpu, message) for a model of ``size`` bytes that needs ``min_ram_gb`` of RAM.

    verdict: "fits" | "tight" | "too-big"; on_gpu: "full" | "partial" | "no".
    """
    need = min_ram_gb * 1e9
    total = machine.ram_total
    if not total:
        verdict, text = "tight", (f"{name} needs about {_gb(need)} of memory; "
                                  f"this computer's memory could not be determined.")
    elif total >= need:
        verdict, text = "fits", f"Fits this computer: needs about {_gb(need)} of memory, and it has {_gb(total)}."
        if machine.ram_available is not None and machine.ram_available < size + 500e6:
            text += f" Only {_gb(machine.ram_available)} is free now: close other programs before loading it."
    elif total >= size + 1e9:
        verdict, text = "tight", (f"Tight: needs about {_gb(need)} of memory and this computer has {_gb(total)}; "
                                  f"it may run slowly and leave little for other programs.")
    else:
        verdict, text = "too-big", (f"Too big for this computer: needs about {_gb(need)} of memory, "
                                    f"and it has {_gb(total)}.")
    gpu = machine.best_gpu
    on_gpu = "no"
    if gpu is not None and machine.gpu_offload is False:
        text += f" This computer has {gpu.name}, but the installed llama.cpp runs on the CPU only."
    elif gpu is not None and gpu.memory >= size * 1.2 + 300e6:
        on_gpu = "full"
        text += f" It fits entirely on {gpu.name} ({_gb(gpu.memory)}): set GPU layers to all for speed."
    elif gpu is not None and gpu.memory >= 1e9:
        on_gpu = "partial"
        text += f" Part of it fits on {gpu.name} ({_gb(gpu.memory)}), which speeds it up."
    return verdict, on_gpu, text
