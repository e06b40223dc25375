"""``humanize-desktop learned``: what Humanize Desktop learned from your decisions, and control over it.

Plain output is one line per preference: its id, ``on``/``off``, kind, how
many decisions it came from, and its statement. ``--json`` prints the
contract::

    {"paused": bool,
     "preferences": [{"id", "kind", "rule", "statement", "decisions", "enabled"}]}

``kind`` is ``suppressed-rule``, ``protected-term``, ``own-rule`` or
``example``. One action at a time changes the store first (the listing then
shows the result): ``--forget ID`` (the decisions it came from are
forgotten), ``--disable ID``/``--enable ID``, ``--confirm ID`` (a suggested
protected term joins the settings' protected terms), ``--pause``/``--resume``
(while paused nothing is learned or applied), ``--reset`` (forget
everything), ``--export FILE`` (suppressed rules, confirmed protected terms
and own rules; example pairs, which hold document text, only with
``--with-examples``) and ``--import FILE``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from humanize_desktop import config
from humanize_desktop.cli import print_json, warning
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.learning import derive as learning_derive
from humanize_desktop.core.learning import share
from humanize_desktop.core.learning.derive import Preference
from humanize_desktop.core.learning.store import PreferenceStore, StoreProblem


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("learned", help="what was learned from your decisions; switch it off or forget it",
                              description=__doc__.splitlines()[0])
    p.add_argument("--json", action="store_true", help="print JSON")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--forget", metavar="ID", help="forget one preference and the decisions it came from")
    group.add_argument("--disable", metavar="ID", help="switch one preference off (it is kept)")
    group.add_argument("--enable", metavar="ID", help="switch one preference on again")
    group.add_argument("--confirm", metavar="ID", help="make a suggested protected term a protected term")
    group.add_argument("--reset", action="store_true", help="forget everything learned")
    group.add_argument("--pause", action="store_true", help="stop learning and applying what was learned")
    group.add_argument("--resume", action="store_true", help="learn and apply again")
    group.add_argument("--export", metavar="FILE", help="write rules, protected terms and own rules to FILE")
    group.add_argument("--import", dest="import_file", metavar="FILE", help="add the preferences in FILE")
    p.add_argument("--with-examples", action="store_true",
                   help="with --export: also the accepted example rewrites (they hold document text)")


def add_protected_terms(settings: config.Settings, terms: list[str]) -> list[str]:
    """Put ``terms`` into the settings' protected terms (saved); the ones that were new."""
    held = {t.casefold() for t in settings.rewrite.protected_terms}
    new = [t for t in dict.fromkeys(terms) if t.casefold() not in held]
    if new:
        settings.rewrite.protected_terms.extend(new)
        config.save(settings)
    return new


def _one(preferences: list[Preference], preference_id: str) -> Preference:
    found = learning_derive.find(preferences, preference_id)
    if found is None:
        raise HumanizeError(f"nothing learned has the id {preference_id!r}; `learned` lists them")
    return found


def _change(args: argparse.Namespace, store: PreferenceStore, settings: config.Settings,
            preferences: list[Preference]) -> bool:
    """Carry out the action asked for; True when the store changed."""
    if args.forget:
        pref = _one(preferences, args.forget)
        store.forget(pref.id, pref.keys)
    elif args.disable or args.enable:
        store.set_enabled(_one(preferences, args.disable or args.enable).id, bool(args.enable))
    elif args.confirm:
        pref = _one(preferences, args.confirm)
        if pref.kind != "protected-term":
            raise HumanizeError(f"{pref.id} is a {pref.kind}, not a suggested protected term")
        add_protected_terms(settings, [pref.before])
        store.confirmed.add(pref.id)
    elif args.reset:
        store.reset()
    elif args.pause or args.resume:
        store.paused = bool(args.pause)
    elif args.export:
        count = share.export_file(args.export, preferences, args.with_examples)
        sys.stderr.write(f"{count} preference{'s' if count != 1 else ''} written to {args.export}\n")
        return False
    elif args.import_file:
        items = share.read_file(args.import_file)
        share.import_into(store, items)
        add_protected_terms(settings, [str(i.get("before") or "") for i in items
                                       if i["kind"] == "protected-term" and i.get("before")])
        sys.stderr.write(f"{len(items)} preference{'s' if len(items) != 1 else ''} imported\n")
    else:
        return False
    return True


def run(args: argparse.Namespace) -> int:
    if args.with_examples and not args.export:
        raise HumanizeError("--with-examples goes with --export")
    settings = config.load()
    store = PreferenceStore.load()
    if store.notice is not None:
        warning(store.notice.text)
    preferences = learning_derive.derive(store, settings.learning)
    if _change(args, store, settings, preferences):
        try:
            store.save()
        except (StoreProblem, OSError) as exc:
            raise HumanizeError(f"what was learned could not be saved: {exc}") from None
        preferences = learning_derive.derive(store, settings.learning)
    if args.json:
        print_json({"paused": store.paused, "preferences": [p.to_json() for p in preferences]})
        return 0
    if store.paused:
        sys.stdout.write("Learning is paused: nothing is learned or applied (`learned --resume`).\n")
    if not preferences:
        sys.stdout.write("Nothing learned yet.\n")
    for p in preferences:
        sys.stdout.write(f"{p.id}  {'on ' if p.enabled else 'off'}  {p.kind:<15}  {p.decisions:>4}  "
                         f"{p.statement.text}\n")
    return 0
