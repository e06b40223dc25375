"""``humanize-desktop models``: the models this machine can use, and the recommended ones.

Plain output is one line per model, the default marked with ``*`` and
unusable files with ``!`` and the reason. ``--json`` prints the contract::

    {"models": [{"name", "path", "size", "quantization", "parameters",
                 "context_length", "chat_template": bool, "default": bool, ...}]}

``--verify`` hashes each model and compares it with the catalog
(``"verified": "ok" | "mismatch" | "unavailable" | "unknown"``);
``--catalog`` lists the recommended models from ``models/catalog.toml``
(``{"catalog": [...]}``) with whether each is installed.

``models download ID`` fetches one of those into the user models folder
(see ``model_download``); the bare command keeps listing.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from humanize_desktop import config
from humanize_desktop.cli import print_json
from humanize_desktop.commands import model_download
from humanize_desktop.core.engine import discover_models, load_catalog, user_models_dir, verify_model


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "models", help="list the models on this machine, or download a recommended one",
        usage="%(prog)s [-h] [--json] [--verify] [--catalog]\n"
              "       %(prog)s download [-h] [--json] [--force] ID",
        description="List the GGUF models the app can use (user models folder, the "
                    "repository's models/ folder and the bundled model), the default first.")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--verify", action="store_true",
                        help="check each model's SHA-256 against the catalog (reads every file)")
    parser.add_argument("--catalog", action="store_true",
                        help="list the recommended models from the catalog instead")
    actions = parser.add_subparsers(dest="action", metavar="ACTION",
                                    description="without an action, the models are listed")
    model_download.add_parser(actions)


def _size(n: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def _run_catalog(args: argparse.Namespace) -> int:
    entries = load_catalog()
    installed = {m.file_name.lower() for m in discover_models(config.load()) if m.usable}
    if args.json:
        print_json({"catalog": [dict(e.to_json(), installed=e.file.lower() in installed)
                                for e in entries]})
        return 0
    for e in entries:
        mark = "installed" if e.file.lower() in installed else ""
        approx = "" if e.size_exact else "~"
        print(f"{e.id:26} {e.parameters:>5}  {approx}{_size(e.size):>9}  RAM {e.min_ram_gb:g}+ GB  "
              f"{e.license:14} {','.join(e.languages[:6])}{'…' if len(e.languages) > 6 else ''}  {mark}")
    print(f"\nDownload one with `humanize-desktop models download ID`, or copy a .gguf file into "
          f"{user_models_dir()} (see models/README.md).")
    return 0


def run(args: argparse.Namespace) -> int:
    if getattr(args, "action", None) == "download":
        return model_download.run(args)
    if args.catalog:
        return _run_catalog(args)
    models = discover_models(config.load())
    entries = load_catalog() if args.verify else None
    rows = []
    for m in models:
        row = m.to_json()
        if args.verify and m.usable:
            row["verified"] = verify_model(m, entries)
            row["sha256"] = m.cached_sha256()
        rows.append(row)
    if args.json:
        print_json({"models": rows})
        return 0
    if not rows:
        print(f"No models found. Copy a .gguf file into {user_models_dir()}.")
        return 0
    for m, row in zip(models, rows):
        if m.problem:
            print(f"! {m.name}  {m.problem}")
            continue
        mark = "*" if m.is_default else " "
        template = "" if m.has_chat_template else "  (base model: no chat template)"
        verified = f"  sha256 {row['verified']}" if "verified" in row else ""
        print(f"{mark} {m.name}  {m.parameters_label} {m.quantization}  ctx {m.context_length}  "
              f"{_size(m.size)}  [{m.source}]{template}{verified}\n    {m.path}")
    if not any(m.is_default for m in models):
        sys.stderr.write("No usable model: every model file found has a problem.\n")
        return 1
    return 0
