"""Translation QA on a generated 2,000-unit XLIFF: recall per seeded defect kind, false alarms, speed,
and lossless round trips for every bilingual format.

The corpus is English -> German software and billing strings built from
templates with different numbers, amounts, dates, addresses, inline tags,
placeholders and glossary terms in every unit (so no two sources repeat by
accident). With ``defects`` one unit in ``every`` gets exactly one seeded
defect, cycling through the kinds; the clean corpus has none.

    .venv/bin/python benchmarks/bench_qa.py [--units 2000] [--seed 1] [--grammar]

Prints, per kind, how many seeded defects QA found (recall), the findings
on the clean corpus (false alarms), the QA time for all units without
grammar (and with it, given ``--grammar``), and for XLIFF 1.2, XLIFF 2.0,
PO, TMX, CSV and TSV: open and save times, lines differing after changing
1% of the targets, and whether every other unit reads back unchanged.
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from humanize_desktop.core.bilingual import files  # noqa: E402
from humanize_desktop.core.bilingual.glossary import Glossary, Term  # noqa: E402
from humanize_desktop.core.bilingual.qa import run_qa  # noqa: E402
from humanize_desktop.core.bilingual.units import TRANSLATED  # noqa: E402

GLOSSARY = Glossary("benchmark", [
    Term("invoice", ("Rechnung",), ("Faktura",)),
    Term("file", ("Datei",), ("File",)),
    Term("order", ("Bestellung",), ("Order",)),
    Term("Humanize Desktop", (), (), True),
])

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]

# (source, target): {n} an integer, {amount}/{amount_de} a grouped amount, {date_en}/{date_de}, {url}, {email}.
TEMPLATES = [
    ("You have {n} new messages in your inbox.", "Sie haben {n} neue Nachrichten in Ihrem Posteingang."),
    ("The invoice of {amount} EUR is due on {date_en}.", "Die Rechnung über {amount_de} EUR ist am {date_de} fällig."),
    ("Visit {url} for the details of release {n}.", "Die Details zu Version {n} finden Sie unter {url}."),
    ("Write to {email} if you need help with order {n}.",
     "Schreiben Sie an {email}, wenn Sie Hilfe zur Bestellung {n} brauchen."),
    ('Click <g id="1">Save</g> to keep the file {n}.', 'Klicken Sie auf <g id="1">Speichern</g>, um die Datei {n} '
                                                       "zu behalten."),
    ("Hello %s, you have %d tasks in project {n}.", "Hallo %s, Sie haben %d Aufgaben im Projekt {n}."),
    ("Open {{0}} in Humanize Desktop, version {n}.", "Öffnen Sie {{0}} in Humanize Desktop, Version {n}."),
    ("The backup of {n} folders finished without errors.", "Die Sicherung von {n} Ordnern wurde ohne Fehler beendet."),
]

#: Kinds seeded, in the order they cycle; grammar needs LanguageTool for German and is measured with --grammar.
SEEDED = ("number", "date", "url", "tag", "placeholder", "term", "untranslated", "language", "inconsistent",
          "punctuation", "spacing", "length", "spelling")


@dataclass
class Row:
    id: str
    source: str
    target: str
    max_width: int | None = None
    seeded: str = ""


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format(**values)


def _values(rng: random.Random, i: int) -> dict[str, str]:
    whole, cents = rng.randint(1000, 99999), rng.randint(0, 99)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2020, 2029)
    return {
        "n": str(10000 + i),
        "amount": f"{whole:,}.{cents:02d}",
        "amount_de": f"{whole:,}".replace(",", ".") + f",{cents:02d}",
        "date_en": f"{MONTHS_EN[month - 1]} {day}, {year}",
        "date_de": f"{day}. {MONTHS_DE[month - 1]} {year}",
        "url": f"https://docs.example.com/r{i}",
        "email": f"support{i}@example.com",
    }


def _seed(kind: str, row: Row, template: int, rows: list[Row], values: dict[str, str]) -> None:
    """Give ``row`` one defect of ``kind`` (picking templates where the kind can occur)."""
    t = row.target
    if kind == "number":
        row.target = t.replace(values["n"], str(int(values["n"]) + 1))
    elif kind == "date":
        day = values["date_de"].split(".")[0]
        row.target = t.replace(values["date_de"], values["date_de"].replace(f"{day}.", f"{int(day) % 28 + 1}.", 1))
    elif kind == "url":
        row.target = t.replace("docs.example.com", "docs.example.org")
    elif kind == "tag":
        row.target = t.replace('<g id="1">', "").replace("</g>", "")
    elif kind == "placeholder":
        row.target = t.replace("%s", "%TMP").replace("%d", "%s").replace("%TMP", "%d") if "%s" in t \
            else t.replace("{0}", "{1}")
    elif kind == "term":
        row.target = t.replace("Rechnung", "Faktura").replace("Datei", "File").replace("Bestellung", "Order")
    elif kind == "untranslated":
        row.target = row.source
    elif kind == "language":
        row.target = f"Vous avez {values['n']} nouveaux messages dans votre boîte de réception."
    elif kind == "inconsistent":
        earlier = rows[-1]
        row.source = earlier.source
        row.target = earlier.target.replace("neue Nachrichten", "ungelesene Nachrichten").replace(
            "ohne Fehler", "fehlerfrei").replace("Klicken Sie", "Tippen Sie").replace("Hallo", "Guten Tag")
    elif kind == "punctuation":
        row.target = t.rstrip(".")
    elif kind == "spacing":
        row.target = t.replace(" ", "  ", 1)
    elif kind == "length":
        row.max_width = len(t) - 5
    elif kind == "spelling":
        for word, typo in (("Nachrichten", "Nachrichtne"), ("Aufgaben", "Aufgabne"), ("Sicherung", "Sicherrung")):
            row.target = row.target.replace(word, typo)
    row.seeded = kind


#: Templates where each kind can be seeded.
_WHERE = {"number": (0, 2, 3, 4, 5, 6, 7), "spelling": (0, 5, 7), "date": (1,), "url": (2,), "tag": (4,), "placeholder": (5, 6), "term": (1, 3, 4),
          "inconsistent": (0, 7)}


def make_rows(units: int = 2000, seed: int = 1, every: int = 10, defects: bool = True) -> list[Row]:
    rng = random.Random(seed)
    rows: list[Row] = []
    kinds = iter(())
    for i in range(units):
        values = _values(rng, i)
        seeded = defects and i % every == every - 1
        kind = ""
        if seeded:
            kind = next(kinds, None)
            if kind is None:
                kinds = iter(SEEDED)
                kind = next(kinds)
        template = rng.choice(_WHERE.get(kind, range(len(TEMPLATES))))
        if kind == "inconsistent":
            template = 0 if "neue Nachrichten" in rows[-1].target else 7
            rows[-1] = Row(rows[-1].id, *(_fill(x, values) for x in TEMPLATES[template]))
        source, target = (_fill(x, values) for x in TEMPLATES[template])
        row = Row(f"u{i + 1}", source, target, 200 if i % 3 == 0 else None)
        if kind:
            _seed(kind, row, template, rows, values)
        rows.append(row)
    return rows


# ----------------------------------------------------------------------------- writing the formats

def _inline(text: str) -> str:
    """XML text with the template's <g> codes kept as markup."""
    return escape(text).replace("&lt;g id=\"1\"&gt;", '<g id="1">').replace("&lt;/g&gt;", "</g>")


def xliff1(rows: list[Row]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
           '  <file original="app.properties" source-language="en-US" target-language="de-DE" datatype="plaintext">',
           "    <body>"]
    for r in rows:
        width = f' maxwidth="{r.max_width}" size-unit="char"' if r.max_width else ""
        out += [f"      <trans-unit id={quoteattr(r.id)}{width}>",
                f"        <source>{_inline(r.source)}</source>",
                f'        <target state="translated">{_inline(r.target)}</target>',
                "      </trans-unit>"]
    out += ["    </body>", "  </file>", "</xliff>", ""]
    return "\n".join(out).encode("utf-8")


def xliff2(rows: list[Row]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">',
           '  <file id="f1">']
    for r in rows:
        src = _inline(r.source).replace('<g id="1">', '<pc id="1">').replace("</g>", "</pc>")
        tgt = _inline(r.target).replace('<g id="1">', '<pc id="1">').replace("</g>", "</pc>")
        out += [f"    <unit id={quoteattr(r.id)}>", '      <segment state="translated">',
                f"        <source>{src}</source>", f"        <target>{tgt}</target>", "      </segment>", "    </unit>"]
    out += ["  </file>", "</xliff>", ""]
    return "\n".join(out).encode("utf-8")


def _po_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def po(rows: list[Row]) -> bytes:
    out = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: de\\n"', ""]
    for r in rows:
        out += [f"#: {r.id}", f"msgctxt {_po_quote(r.id)}", f"msgid {_po_quote(r.source)}",
                f"msgstr {_po_quote(r.target)}", ""]
    return "\n".join(out).encode("utf-8")


def tmx(rows: list[Row]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
           '  <header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" '
           'srclang="en" datatype="plaintext"/>', "  <body>"]
    for r in rows:
        out += [f"    <tu tuid={quoteattr(r.id)}>",
                f'      <tuv xml:lang="en"><seg>{escape(r.source)}</seg></tuv>',
                f'      <tuv xml:lang="de"><seg>{escape(r.target)}</seg></tuv>', "    </tu>"]
    out += ["  </body>", "</tmx>", ""]
    return "\n".join(out).encode("utf-8")


def _cell(text: str, delimiter: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in (delimiter, '"', "\n")) else text


def table(rows: list[Row], delimiter: str) -> bytes:
    lines = [f"en{delimiter}de"] + [f"{_cell(r.source, delimiter)}{delimiter}{_cell(r.target, delimiter)}"
                                    for r in rows]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


FORMATS = {"xliff1": ("bench.xlf", xliff1), "xliff2": ("bench.xliff", xliff2), "po": ("bench.po", po),
           "tmx": ("bench.tmx", tmx), "csv": ("bench.csv", lambda r: table(r, ",")),
           "tsv": ("bench.tsv", lambda r: table(r, "\t"))}


# ----------------------------------------------------------------------------- measuring

def recall(rows: list[Row], report) -> dict[str, tuple[int, int]]:
    """Per seeded kind: (units where QA found that kind, units seeded)."""
    found = {(f.unit, f.kind) for f in report.findings}
    seeded = Counter(r.seeded for r in rows if r.seeded)
    hits = Counter(r.seeded for r in rows if r.seeded and (r.id, r.seeded) in found)
    return {kind: (hits[kind], seeded[kind]) for kind in seeded}


def round_trip(name: str, rows: list[Row], share: float = 0.01) -> dict[str, object]:
    """Open, change ``share`` of the targets, save; how much of the file changed, and how fast."""
    file_name, make = FORMATS[name]
    data = make(rows)
    began = time.perf_counter()
    f = files.from_bytes(data, file_name)
    opened = time.perf_counter() - began
    step = max(1, int(1 / share))
    changes = {u.index: u.target_text + " (geprüft)" for u in f.units[::step]}
    began = time.perf_counter()
    out = files.to_bytes(f, changes, TRANSLATED)
    saved = time.perf_counter() - began
    same_unchanged = files.to_bytes(f, {}) == data
    a, b = data.decode("utf-8").splitlines(), out.decode("utf-8").splitlines()
    differing = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in
                    difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if tag != "equal")
    again = files.from_bytes(out, file_name)
    others_same = all((x.id, x.target, x.state) == (y.id, y.target, y.state)
                      for x, y in zip(f.units, again.units) if x.index not in changes)
    return {"units": len(f.units), "changed": len(changes), "lines_differing": differing,
            "unchanged_save_identical": same_unchanged, "other_units_identical": others_same,
            "open_s": round(opened, 3), "save_s": round(saved, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--grammar", action="store_true", help="also time QA with the grammar engine")
    args = parser.parse_args(argv)
    from humanize_desktop.core.checks.spelling import SpellChecker

    rows = make_rows(args.units, args.seed)
    seeded = files.from_bytes(xliff1(rows), "seeded.xlf")
    clean = files.from_bytes(xliff1(make_rows(args.units, args.seed, defects=False)), "clean.xlf")
    run_qa(files.from_bytes(xliff1(rows[:20]), "warm.xlf"), GLOSSARY)  # load the language model once
    report = run_qa(seeded, GLOSSARY, spelling=SpellChecker())
    print(f"Seeded corpus: {args.units} units, {sum(1 for r in rows if r.seeded)} seeded defects")
    for kind, (hit, total) in sorted(recall(rows, report).items()):
        print(f"  recall {kind:13s} {hit}/{total} ({100 * hit / total:.0f}%)")
    clean_report = run_qa(clean, GLOSSARY, spelling=SpellChecker())
    alarms = clean_report.counts()
    print(f"Clean corpus false alarms: {dict(alarms) or 'none'}")
    # Timed on corpora QA has not seen (its caches of language guesses and markup are cold).
    fresh = [files.from_bytes(xliff1(make_rows(args.units, args.seed + k)), "fresh.xlf") for k in (100, 200)]
    began = time.perf_counter()
    run_qa(fresh[0], GLOSSARY)
    print(f"QA time, {args.units} units, no grammar, no spelling: {time.perf_counter() - began:.2f} s")
    began = time.perf_counter()
    run_qa(fresh[1], GLOSSARY, spelling=SpellChecker())
    print(f"QA time, {args.units} units, with spelling (enchant), no grammar: {time.perf_counter() - began:.2f} s")
    if args.grammar:
        from humanize_desktop import config
        from humanize_desktop.core.checks.grammar import GrammarChecker

        grammar = GrammarChecker(config.load().grammar)
        began = time.perf_counter()
        with_grammar = run_qa(seeded, GLOSSARY, grammar=grammar, spelling=SpellChecker())
        state = with_grammar.engines.get("grammar")
        print(f"QA time with grammar ({state.active if state else 'none'}): {time.perf_counter() - began:.2f} s")
        grammar.close()
    print("Round trips (1% of targets changed):")
    for name in FORMATS:
        print(f"  {name:7s} {round_trip(name, make_rows(args.units, args.seed, defects=False))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
