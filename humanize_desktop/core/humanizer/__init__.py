"""The humanizer's rule layer: find what reads as machine-written, and fix what rules can fix.

A small local model changes a few words and leaves the stock phrases in
place, so the humanizer is a pipeline in which the model only does the
narrow jobs that rules cannot:

1. **PLAN** (``plan``): per sentence, what reads as machine-written, from
   the per-language AI-tell lexicon (``resources/aitells/<lang>.toml``,
   loaded and matched by ``checks.aitells``, its one owner): stock phrases,
   openers, fillers, empty intensifiers, hedges, nominalisations, stock
   frames, and habits (uniform sentence lengths, lists of three, repeated
   openers, long sentences, piled-up passives). Each ``PlanItem`` has a
   deterministic ``fix`` or a model ``job``, and a reason as a ``Message``.
   Code, links, addresses, quotations and protected terms are never planned.
2. **FIX** (``apply_fixes``): the safe fixes, applied deterministically with
   grammar-aware splicing (``splicing``: capitals after a cut opener,
   a/an and elision, commas, spaces, emptied lines), as ``Edit`` records of
   the original text. A fix never changes a number, a name, a negation or a
   modal verb; the tests check that with ``checks.fidelity`` on every
   example of every language.
3. **JOBS** (``jobs``): the items without a fix become narrow model jobs
   ("rewrite-without" the phrase, "split" the sentence, "vary-opener",
   "simplify"), one per sentence, several candidates each.
4. **VERIFY** (``score``): every candidate passes hard gates (facts, meaning
   drift, the task done, no new AI-tell) and the best score wins.
5. **EXPLAIN** (``explain``): every edit is an ``Origin`` (rule, model or
   cleaning, the rule id, the reason); each reviewed change gets the origin
   that accounts for it.
``pipeline.humanize_piece`` runs the steps for one piece at a strength;
``core.rewriting.document`` runs it over a document. Nothing here imports Qt; only
``jobs`` talks to a model, through the engine it is given.
"""

from humanize_desktop.core.checks.aitells import JOBS
from humanize_desktop.core.humanizer.fix import Edit, apply_fixes
from humanize_desktop.core.humanizer.plan import PlanItem, plan

__all__ = ["JOBS", "Edit", "PlanItem", "apply_fixes", "plan"]
