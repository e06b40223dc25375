"""Learning from the writer's decisions, on this machine only.

Every accept, reject and edit of a reviewed change is written to a local
preference store (``store``: one JSON file in the user data folder, with a
schema version, written atomically; a damaged file is set aside, never
replaced unseen). From the decisions ``derive`` works out what was learned,
each a ``Preference`` with a plain statement a person reads:

- ``suppressed-rule``: a humanizer rule this writer keeps rejecting (per
  language and style) is no longer applied;
- ``protected-term``: a word whose change is always rejected is *suggested*
  as a protected term; once the person confirms it, the front end adds it
  to the settings' protected terms;
- ``own-rule``: a phrase replacement the writer typed in edits becomes a
  rule fix of their own;
- ``example``: an accepted model rewrite becomes an example the model sees
  for similar paragraphs.

``apply`` turns the enabled preferences into ``Learned``, a plain frozen
value that the front ends put on ``RewriteOptions.learned``: the core never
reads the store behind its caller's back, and ``humanize --no-learning``
simply passes none. ``Learned.fingerprint()`` is part of the rewrite cache
key.
"""

from humanize_desktop.core.learning.apply import Learned
from humanize_desktop.core.learning.derive import Preference, Thresholds
from humanize_desktop.core.learning.store import DecisionEntry, PreferenceStore

__all__ = ["DecisionEntry", "Learned", "Preference", "PreferenceStore", "Thresholds"]
