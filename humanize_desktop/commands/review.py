"""``humanize-desktop review FILE.humanize``: decide changes from the command line.

Applies ``--accept``/``--reject`` (by change id) or ``--accept-all``/
``--reject-all``, saves the review file, and prints the resulting document
(the draft with the decisions applied; undecided changes stay as in the
draft) or writes it to ``-o OUT``.
"""

from __future__ import annotations

import argparse
import sys

from humanize_desktop.core import reviewfile
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.textio import atomic_write


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("review", help="accept or reject changes in a .humanize review file",
                       description=__doc__.splitlines()[0])
    p.add_argument("review_file", metavar="REVIEWFILE", help="a .humanize review file")
    p.add_argument("--accept", nargs="+", default=[], metavar="ID", help="accept these changes")
    p.add_argument("--reject", nargs="+", default=[], metavar="ID", help="reject these changes")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--accept-all", action="store_true", help="accept every pending change")
    group.add_argument("--reject-all", action="store_true", help="reject every pending change")
    p.add_argument("-o", "--output", metavar="OUT", help="write the resulting document here")


def run(args: argparse.Namespace) -> int:
    doc = reviewfile.load(args.review_file)
    review = doc.review
    both = set(args.accept) & set(args.reject)
    if both:
        raise HumanizeError(f"change {sorted(both)[0]} cannot be both accepted and rejected")
    # Check every id before deciding anything, so a typo changes nothing.
    for change_id in [*args.accept, *args.reject]:
        review.change(change_id)
    for change_id in args.accept:
        review.accept(change_id)
    for change_id in args.reject:
        review.reject(change_id)
    if args.accept_all:
        review.accept_all()
    elif args.reject_all:
        review.reject_all()
    reviewfile.save(args.review_file, doc)
    if args.output:
        atomic_write(args.output, review.draft)
    else:
        sys.stdout.write(review.draft)
        if review.draft and not review.draft.endswith("\n"):
            sys.stdout.write("\n")
    pending = review.pending_count
    sys.stderr.write(f"{pending} change{'s' if pending != 1 else ''} still pending\n")
    return 0
