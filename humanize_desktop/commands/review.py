"""``humanize-desktop review FILE.humanize``: decide changes from the command line.

Applies ``--accept``/``--reject`` (by change id), ``--accept-all``,
``--accept-unflagged`` or ``--reject-all``, saves the review file, and prints the resulting document
(the draft with the decisions applied; undecided changes stay as in the
draft) or writes it to ``-o OUT`` (a .docx is written into the Word file
the review was made from, when it is still there). ``--accept`` and
``--reject`` may be given several times; every id is checked before
anything is decided or written.

A flagged change (``core.checks.flags``, as ``diff --json`` lists them: a
fact, negation or Markdown structure changed, an error introduced) is one
to look at before accepting. ``--accept-all`` accepts it all the same and
names each flagged change it accepted on stderr; ``--accept-unflagged``
accepts every other pending change and leaves the flagged ones pending.

The decisions made count for what Humanize Desktop learns (``learned``),
the same as decisions in the window.
"""

from __future__ import annotations

import argparse
import sys

from humanize_desktop.cli import print_notes
from humanize_desktop.core import documents, reviewfile
from humanize_desktop.core.errors import HumanizeError


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("review", help="accept or reject changes in a .humanize review file",
                       description=__doc__.splitlines()[0])
    p.add_argument("review_file", metavar="REVIEWFILE", help="a .humanize review file")
    # extend: "--accept A --accept B" accepts both (a plain "+" kept only the last list).
    p.add_argument("--accept", nargs="+", action="extend", default=[], metavar="ID", help="accept these changes")
    p.add_argument("--reject", nargs="+", action="extend", default=[], metavar="ID", help="reject these changes")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--accept-all", action="store_true",
                       help="accept every pending change (flagged ones are named on stderr)")
    group.add_argument("--accept-unflagged", action="store_true",
                       help="accept every pending change without a flag; flagged ones stay pending")
    group.add_argument("--reject-all", action="store_true", help="reject every pending change")
    p.add_argument("-o", "--output", metavar="OUT", help="write the resulting document here")


def _flagged(review) -> dict[str, list[str]]:
    """Pending change id -> "kind: detail" of each of its flags, in change order."""
    from humanize_desktop import config
    from humanize_desktop.core.checks.flags import change_flags

    found: dict[str, list[str]] = {}
    for flag in change_flags(review.draft, review.suggestion, review.changes, config.load()):
        found.setdefault(flag.change_id, []).append(f"{flag.kind}: {flag.detail}")
    return found


def _learn(doc: reviewfile.ReviewDocument, decided_before: int) -> None:
    """The decisions made now go to what is learned, as they would in the window (not while paused)."""
    from humanize_desktop import config
    from humanize_desktop.core.learning import recording
    from humanize_desktop.core.learning.store import PreferenceStore, StoreProblem

    records = doc.review.decisions[decided_before:]
    store = PreferenceStore.load()
    if store.notice is not None:
        sys.stderr.write(f"note: {store.notice.text}\n")
    if not records or store.paused:
        return
    language, style = recording.review_context(doc, config.load().rewrite.style)
    if store.record(recording.decision_entries(records, doc.explanations, language, style)):
        try:
            store.save()
        except (StoreProblem, OSError) as exc:
            sys.stderr.write(f"note: the decisions could not be learned from: {exc}\n")


def run(args: argparse.Namespace) -> int:
    doc = reviewfile.load(args.review_file)
    review = doc.review
    both = set(args.accept) & set(args.reject)
    if both:
        raise HumanizeError(f"change {sorted(both)[0]} cannot be both accepted and rejected")
    # Check every id before deciding anything, so a typo changes nothing.
    accept, reject = list(dict.fromkeys(args.accept)), list(dict.fromkeys(args.reject))
    pending_ids = {c.id for c in review.changes}
    unknown = [i for i in [*accept, *reject] if i not in pending_ids]
    if len(unknown) == 1:
        raise HumanizeError(f"{args.review_file}: there is no pending change with id {unknown[0]!r}; "
                            "nothing was changed")
    if unknown:
        raise HumanizeError(f"{args.review_file}: there are no pending changes with ids "
                            f"{', '.join(map(repr, unknown))}; nothing was changed")
    decided_before = len(review.decisions)
    for change_id in accept:
        review.accept(change_id)
    for change_id in reject:
        review.reject(change_id)
    flagged = _flagged(review) if (args.accept_all or args.accept_unflagged) and review.changes else {}
    if args.accept_all:
        for change_id, lines in flagged.items():
            sys.stderr.write(f"accepted flagged change {change_id}: {'; '.join(lines)}\n")
        review.accept_all()
    elif args.accept_unflagged:
        review.accept_many(c.id for c in review.changes if c.id not in flagged)
        if flagged:
            sys.stderr.write(f"flagged changes left pending: {', '.join(flagged)}\n")
    elif args.reject_all:
        review.reject_all()
    output = None
    if args.output:
        # Made before anything is saved, so a bad output name leaves the review file as it was.
        source = documents.Document(args.review_file, "review", review.draft, review=doc)
        output = documents.prepare_save(args.output, review.draft, like=source)
    reviewfile.save(args.review_file, doc)
    _learn(doc, decided_before)
    if output is not None:
        print_notes(output.notes)
        output.write()
    else:
        sys.stdout.write(review.draft)
        if review.draft and not review.draft.endswith("\n"):
            sys.stdout.write("\n")
    pending = review.pending_count
    sys.stderr.write(f"{pending} change{'s' if pending != 1 else ''} still pending\n")
    return 0
