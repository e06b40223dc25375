"""Harper and LanguageTool on the same English errors: who finds what, who cries wolf.

Checks every sentence of ``benchmarks/data/english_grammar.toml`` (50
sentences with one known grammar mistake each, 40 correct ones) with
Harper, with LanguageTool, and with both merged (``grammar.merge_findings``:
a Harper finding that overlaps a LanguageTool one is the same finding), all
with spelling left out as in the app (enchant checks spelling). Prints, per
engine:

* **recall**: the share of mistakes that a finding overlaps;
* **false alarms**: findings on correct sentences, plus findings on the
  mistaken sentences that do not touch the mistake;

and which mistakes only one engine finds. LanguageTool is the installation
the app would use (started here), or ``--url`` of a running server.

    .venv/bin/python benchmarks/eval_grammar_english.py [--url http://127.0.0.1:8081/] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from humanize_desktop import paths  # noqa: E402
from humanize_desktop.core.checks import languagetool as lt  # noqa: E402
from humanize_desktop.core.checks import languagetool_install as install  # noqa: E402
from humanize_desktop.core.checks.findings import Finding  # noqa: E402
from humanize_desktop.core.checks.grammar import HarperEngine, merge_findings  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "english_grammar.toml"


@dataclass
class Case:
    text: str
    wrong: str = ""  # "" for a correct sentence
    kind: str = "clean"

    @property
    def span(self) -> tuple[int, int]:
        start = self.text.index(self.wrong)
        return start, start + len(self.wrong)


@dataclass
class Score:
    found: int = 0
    errors: int = 0
    stray: int = 0  # findings on mistaken sentences away from the mistake
    on_clean: int = 0  # findings on correct sentences
    clean_hit: int = 0  # correct sentences with at least one finding

    @property
    def false_alarms(self) -> int:
        return self.stray + self.on_clean


def load_cases() -> list[Case]:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    cases = [Case(e["text"], e["wrong"], e["kind"]) for e in data["error"]]
    for c in cases:
        assert c.wrong in c.text, c.text
    return cases + [Case(c["text"]) for c in data["clean"]]


def overlaps(f: Finding, span: tuple[int, int]) -> bool:
    return f.start < span[1] and span[0] < f.end


def score(cases: list[Case], results: list[list[Finding]]) -> tuple[Score, set[int]]:
    s = Score()
    found_ids: set[int] = set()
    for i, (case, findings) in enumerate(zip(cases, results, strict=True)):
        if case.wrong:
            s.errors += 1
            hit = [f for f in findings if overlaps(f, case.span)]
            if hit:
                s.found += 1
                found_ids.add(i)
            s.stray += len(findings) - len(hit)
        else:
            s.on_clean += len(findings)
            s.clean_hit += bool(findings)
    return s, found_ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running LanguageTool server (default: start the app's installation)")
    parser.add_argument("--verbose", action="store_true", help="print every finding")
    args = parser.parse_args()
    paths.init(config_dir="/tmp/humanize-bench/config", data_dir="/tmp/humanize-bench/data",
               state_dir="/tmp/humanize-bench/state", cache_dir="/tmp/humanize-bench/cache")
    cases = load_cases()
    server = None
    url = args.url
    if not url:
        server = lt.LocalServer(install.find_installation(), start_timeout_s=180)
        url = server.start()
    try:
        client = lt.LanguageToolClient(url, check_spelling=False)
        harper = HarperEngine(include_spelling=False)
        by_engine = {
            "Harper": [harper.check(c.text, "en_US") for c in cases],
            "LanguageTool": [client.check(c.text, "en-US") for c in cases],
        }
        by_engine["both, merged"] = [merge_findings(a, b) for a, b in
                                     zip(by_engine["LanguageTool"], by_engine["Harper"], strict=True)]
        client.close()
    finally:
        if server is not None:
            server.stop()

    errors = sum(1 for c in cases if c.wrong)
    clean = len(cases) - errors
    print(f"{errors} sentences with one mistake each, {clean} correct sentences (spelling left out)\n")
    print(f"{'engine':<14} {'recall':>14} {'false alarms':>13} {'on correct':>11} {'stray':>6}")
    found: dict[str, set[int]] = {}
    for name, results in by_engine.items():
        s, found[name] = score(cases, results)
        print(f"{name:<14} {s.found:>3}/{s.errors} = {s.found / s.errors:4.0%} {s.false_alarms:>13} "
              f"{s.on_clean:>5} ({s.clean_hit}/{clean}) {s.stray:>4}")
    print("\nrecall by kind of mistake:")
    kinds = sorted({c.kind for c in cases if c.wrong})
    for kind in kinds:
        ids = {i for i, c in enumerate(cases) if c.kind == kind}
        cells = "  ".join(f"{name} {len(found[name] & ids)}/{len(ids)}" for name in by_engine)
        print(f"  {kind:<11} {cells}")
    for only, other in (("Harper", "LanguageTool"), ("LanguageTool", "Harper")):
        ids = sorted(found[only] - found[other])
        print(f"\nonly {only} finds ({len(ids)}): " + "; ".join(repr(cases[i].text) for i in ids))
    if args.verbose:
        for name, results in by_engine.items():
            print(f"\n{name}:")
            for case, findings in zip(cases, results, strict=True):
                for f in findings:
                    print(f"  {case.text!r}: {case.text[f.start:f.end]!r} {f.rule} {f.message[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
