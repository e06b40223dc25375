"""``humanize-desktop voice``: learn a writer's voice from their own writing, and keep it.

- ``voice learn NAME FILE...`` reads samples (.txt, .md, .docx, through
  ``core.documents``), measures them (``core.voice``) and saves the profile
  as ``voices/NAME.toml`` in the user data folder, a file the writer may
  edit; learning again under the same name replaces it.
- ``voice show NAME [--json]`` prints it; ``--json`` is the contract
  ``{"name", "samples", "words", "sentence_length": {"mean", "stdev"},
  "paragraph_length", "contractions_per_100_words", "person": {"first",
  "second"}, "vocabulary_level", "punctuation_per_100_words": {...},
  "openers", "spelling"}``.
- ``voice list [--json]`` (``{"voices": [{"name", "path", "ok", "problem"}]}``)
  and ``voice delete NAME``.

``humanize --voice NAME`` steers a rewrite toward a saved voice. A file
that cannot be read, a sample without text, an unknown name or a damaged
profile file is one line on stderr and exit status 1; nothing is changed.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from humanize_desktop.cli import print_json, print_notes
from humanize_desktop.core import documents
from humanize_desktop.core.checks import language
from humanize_desktop.core.voice import profile as profiles

#: Fewer sample words than this give a profile with a note: its numbers are shaky.
FEW_WORDS = 300


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "voice", help="learn your own writing voice from samples, so rewrites sound like you",
        description="Measure how you write (sentence length, contractions, punctuation, openers, "
                    "spelling) from samples of your own writing; `humanize --voice NAME` then "
                    "steers rewrites toward it. Profiles stay on this machine.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    learn = actions.add_parser("learn", help="learn a voice from your own writing",
                               description="Learn a voice from .txt, .md or .docx files you wrote.")
    learn.add_argument("name", metavar="NAME", help="what to call the voice")
    learn.add_argument("files", metavar="FILE", nargs="+", help="samples of your own writing")
    learn.add_argument("--language", metavar="CODE", help="the samples' language (default: detected)")
    learn.add_argument("--json", action="store_true", help="print the learned profile as JSON")
    show = actions.add_parser("show", help="print a voice profile")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--json", action="store_true", help="print JSON")
    listing = actions.add_parser("list", help="list the saved voices")
    listing.add_argument("--json", action="store_true", help="print JSON")
    delete = actions.add_parser("delete", help="delete a saved voice")
    delete.add_argument("name", metavar="NAME")


def _print(profile: profiles.VoiceProfile) -> None:
    d = profile.to_json()
    punct = ", ".join(f"{k} {v:g}" for k, v in d["punctuation_per_100_words"].items() if v)
    lines = [
        f"voice {profile.name}: {profile.samples} sample(s), {profile.words} words",
        f"  sentence length   {profile.sentence_mean:g} words (spread {profile.sentence_stdev:g})",
        f"  paragraph length  {profile.paragraph_length:g} sentences",
        f"  contractions      {profile.contractions:g} per 100 words",
        f"  person            first {profile.first_person:g}, second {profile.second_person:g} per 100 words",
        f"  vocabulary level  {profile.vocabulary_level:g} long words per 100",
        f"  punctuation       {punct or 'none'} (per 100 words)",
        f"  openers           {', '.join(profile.openers) or 'none that repeat'}",
        f"  spelling          {profile.spelling}",
        f"  file              {profiles.profile_path(profile.name)}",
    ]
    sys.stdout.write("\n".join(lines) + "\n")


def _learn(args: argparse.Namespace) -> int:
    profiles.check_name(args.name)  # a bad name fails before any file is read
    samples, texts = [], []
    for name in args.files:
        document = documents.open_document(name)
        print_notes(document.notices)
        samples.append((name, document.text))
        texts.append(document.text)
    code = args.language or language.detect_document("\n\n".join(texts)).code
    profile = profiles.learn(args.name, samples, code)
    profiles.save(profile)
    if profile.words < FEW_WORDS:
        print_notes([f"only {profile.words} words: a voice is clearer from {FEW_WORDS} or more"])
    if args.json:
        print_json(profile.to_json())
    else:
        _print(profile)
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action == "learn":
        return _learn(args)
    if args.action == "show":
        profile = profiles.load(args.name)
        if args.json:
            print_json(profile.to_json())
        else:
            _print(profile)
        return 0
    if args.action == "list":
        rows = []
        for name in profiles.names():
            path = profiles.profile_path(name)
            try:
                profiles.read(path)
                problem = ""
            except profiles.VoiceProblem as exc:
                problem = str(exc)
            rows.append({"name": name, "path": str(path), "ok": not problem, "problem": problem})
        if args.json:
            print_json({"voices": rows})
        else:
            for row in rows:
                sys.stdout.write(row["name"] + ("" if row["ok"] else f"  ! {row['problem']}") + "\n")
        return 0
    profiles.delete(args.name)
    sys.stdout.write(f"deleted the voice {args.name}\n")
    return 0


__all__ = ["add_parser", "run"]
