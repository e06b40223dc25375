"""The real LanguageTool server as the app runs it: start-up, first checks, memory, throughput.

Finds the installation the way the app does (the set-up's copy in the
virtual environment, ``LTP_PATH``, ...), starts it with the app's own
``LocalServer`` (``-Xmx`` from ``--memory``), and measures:

1. **Start-up**: from launching Java until the server answers.
2. **First check per language**: one sentence each in German, English,
   French and Spanish; the first check of a language loads its rules and
   dictionaries, so this is what a person waits for once per session.
3. **Throughput**: a deterministic ``--words``-word German text (varied
   sentences built from templates, so no paragraph repeats) checked the way
   the window checks it (``DocumentChecker``, grammar only, one request per
   paragraph), in words per second.
4. **Re-check after a one-paragraph edit**: the same text with one paragraph
   changed; only that paragraph goes to LanguageTool again.
5. **Memory**: the Java process's resident memory after all that, its peak,
   and (with a JDK's ``jcmd``) the heap still in use after a full
   collection: the live data that ``-Xmx`` must hold.

    .venv/bin/python benchmarks/bench_languagetool.py [--memory 1024] [--words 5000]

On a shared machine, compare several runs; other processes slow Java too.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from humanize_desktop import config, paths  # noqa: E402
from humanize_desktop.core import segmentation  # noqa: E402
from humanize_desktop.core.checks import languagetool as lt  # noqa: E402
from humanize_desktop.core.checks import languagetool_install as install  # noqa: E402
from humanize_desktop.core.checks.grammar import GrammarChecker  # noqa: E402
from humanize_desktop.core.checks.runner import DocumentChecker  # noqa: E402

FIRST = {
    "de": ("de_DE", "Wir haben den Bericht am Dienstag gelesen und schicken morgen unsere Antwort."),
    "en": ("en_US", "We read the report on Tuesday and will send our answer tomorrow."),
    "fr": ("fr", "Nous avons lu le rapport mardi et enverrons notre réponse demain."),
    "es": ("es", "Leímos el informe el martes y mañana enviaremos nuestra respuesta."),
}

# Sentence templates whose slots keep the grammar right in every combination.
NAMES = ["Anna", "Jonas", "Frau Keller", "Herr Yilmaz", "Lea", "Paul", "Frau Novak", "Herr Brandt"]
CITIES = ["Hamburg", "Leipzig", "Köln", "Freiburg", "Bremen", "Dresden", "Kassel", "Ulm"]
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
THINGS = ["den Bericht", "den Vertrag", "das Angebot", "das Protokoll", "die Übersetzung", "die Rechnung",
          "die Präsentation", "den Entwurf"]
PLACES = ["im Büro", "in der Bibliothek", "zu Hause", "im Zug", "in der Kantine", "im Besprechungsraum"]
TEMPLATES = [
    "{name} hat am {day} {thing} {place} gelesen.",
    "Am {day} fährt {name} mit dem Zug nach {city}, um dort Kunden zu treffen.",
    "In {city} regnet es seit {n} Tagen, deshalb bleiben viele Menschen lieber {place}.",
    "{name} schickt {thing} spätestens am {day} an die Abteilung in {city}.",
    "Die Preise für Strom und Gas sind in {city} um {n} Prozent gestiegen.",
    "Nach der Besprechung hat {name} {thing} noch einmal gründlich überarbeitet.",
    "Wer {thing} prüfen möchte, findet die aktuelle Fassung {place}.",
    "Seit {n} Jahren arbeitet {name} in einem kleinen Übersetzungsbüro in {city}.",
    "Der Zug nach {city} hatte am {day} fast {n} Minuten Verspätung.",
    "{name} fragt, ob {thing} bis {day} fertig sein kann.",
    "Die Kolleginnen in {city} haben vorgeschlagen, das Treffen auf {day} zu verschieben.",
    "Obwohl das Wetter schlecht war, kamen am {day} mehr als {n} Gäste nach {city}.",
    "Bitte lesen Sie {thing} bis {day} und schreiben Sie Ihre Anmerkungen an {name}.",
    "Die neue Software spart jedem Team in {city} pro Woche etwa {n} Stunden.",
    "{name} hat {place} bemerkt, dass in {thing} eine Zahl fehlt.",
    "Im Frühling eröffnet in {city} eine Bibliothek mit mehr als {n} Arbeitsplätzen.",
    "Weil der Drucker kaputt war, hat {name} {thing} am {day} per E-Mail verschickt.",
    "Die Stadt {city} plant, bis zum Jahresende {n} neue Fahrradständer aufzustellen.",
    "Niemand hatte erwartet, dass {name} {thing} so schnell fertigstellen würde.",
    "Am Abend sitzen {name} und die anderen noch lange {place} und reden über {city}.",
    # A few with the kind of errors translators leave, so LanguageTool has work.
    "Er gehen am {day} mit {name} nach {city}.",
    "Wir haben gestern {thing} {place} gelesen, aber das Ergebniss war unklar.",
    "Das ist der Grund, warum {name} nicht nach {city} fahren wollte ist.",
]


def german_text(words: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            sentences.append(rng.choice(TEMPLATES).format(
                name=rng.choice(NAMES), city=rng.choice(CITIES), day=rng.choice(DAYS),
                thing=rng.choice(THINGS), place=rng.choice(PLACES), n=rng.randint(2, 90)))
        para = " ".join(sentences)
        para = para[0].upper() + para[1:]
        paragraphs.append(para)
        count += segmentation.count_words(para)
    return "\n\n".join(paragraphs) + "\n"


def memory_kib(pid: int) -> tuple[int, int]:
    """(resident, peak resident) of a process in KiB, from /proc (Linux)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def live_heap_mib(pid: int) -> float | None:
    """Heap still in use after a full garbage collection, via the JDK's jcmd (None without a JDK)."""
    jcmd = shutil.which("jcmd")
    if jcmd is None:
        return None
    try:
        subprocess.run([jcmd, str(pid), "GC.run"], capture_output=True, timeout=60, check=True)
        info = subprocess.run([jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60,
                              check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r"used (\d+)K", info)
    return int(m.group(1)) / 1024 if m else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memory", type=int, default=config.GrammarSettings().languagetool_memory_mb,
                        help="the server's -Xmx in MB (default: the setting's default)")
    parser.add_argument("--words", type=int, default=5000)
    args = parser.parse_args()
    paths.init(config_dir="/tmp/humanize-bench/config", data_dir="/tmp/humanize-bench/data",
               state_dir="/tmp/humanize-bench/state", cache_dir="/tmp/humanize-bench/cache")
    jar = install.find_installation()
    server = lt.LocalServer(jar, args.memory, start_timeout_s=180)
    try:
        started = time.perf_counter()
        url = server.start()
        t_start = time.perf_counter() - started
        print(f"installation: {jar.parent}  (-Xmx{server.memory_mb}m)")
        print(f"start-up until it answers:      {t_start:8.1f} s")

        settings = config.Settings()
        settings.grammar.languagetool_url = url
        # As in the window: enchant checks spelling, LanguageTool grammar only.
        grammar = GrammarChecker(settings.grammar, check_spelling=False)
        checker = DocumentChecker(settings, kinds=["grammar"], grammar=grammar)
        for code, (variant, sentence) in FIRST.items():
            started = time.perf_counter()
            grammar.check(sentence, code, variant)
            first = time.perf_counter() - started
            started = time.perf_counter()
            grammar.check(sentence.replace(".", " heute."), code, variant)
            second = time.perf_counter() - started
            print(f"first check, {code}:               {first:8.2f} s   (next sentence: {second * 1000:.0f} ms)")

        text = german_text(args.words)
        words = segmentation.count_words(text)
        started = time.perf_counter()
        full = checker.check(text, "de_DE", ai_likeness=False)
        t_full = time.perf_counter() - started
        print(f"German text: {words:,} words, {full.paragraphs} paragraphs, {len(full.findings)} findings "
              f"({full.engines['grammar'].active})")
        print(f"full check:                     {t_full:8.2f} s   = {words / t_full:,.0f} words/s")

        paras = segmentation.paragraphs(text)
        a, b = paras[len(paras) // 2]
        edited = text[:a] + text[a:b].replace(" hat ", " hatte ", 1).replace(" ist ", " war ", 1) + text[b:]
        assert edited != text
        started = time.perf_counter()
        again = checker.check(edited, "de_DE", ai_likeness=False)
        t_edit = time.perf_counter() - started
        print(f"re-check after 1-paragraph edit:{t_edit * 1000:8.0f} ms  ({again.paragraphs_checked} paragraph "
              f"checked)")
        assert server.process is not None
        rss, peak = memory_kib(server.process.pid)
        print(f"Java memory: resident {rss / 1024:,.0f} MiB, peak {peak / 1024:,.0f} MiB")
        live = live_heap_mib(server.process.pid)
        if live is not None:
            print(f"Java heap in use after a full collection (what -Xmx must hold): {live:,.0f} MiB")
        checker.close()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
