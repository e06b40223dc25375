"""Rewriting a draft into the suggestion: ``document.rewrite_document`` puts the parts together.

- ``document``: the whole document, paragraph by paragraph, through the humanizer;
- ``options``: ``RewriteOptions``, what the front ends pass in (from the settings);
- ``events``: what a run reports while it goes, and its result;
- ``alternatives``: other wordings for one span;

- ``styles``: style presets from ``resources/styles/*.toml`` (and the user's own);
- ``prompts``: prompt templates and strengths from ``resources/prompts/rewrite.toml``;
- ``units``: Markdown blocks and the prose pieces inside them, and back;
- ``chatter``: recognising lead-ins, echoed instructions and notes (patterns as data);
- ``cleaning``: the rewrite alone from a model's chatty answer;
- ``guards``: whether a rewrite may replace the draft, and why not;
- ``cache``: results keyed by model, settings, text and context.
"""
