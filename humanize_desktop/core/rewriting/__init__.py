"""The parts of rewriting; ``humanize_desktop.core.rewrite`` puts them together.

- ``styles``: style presets from ``resources/styles/*.toml`` (and the user's own);
- ``prompts``: prompt templates and strengths from ``resources/prompts/rewrite.toml``;
- ``units``: Markdown blocks and the prose pieces inside them, and back;
- ``chatter``: recognising lead-ins, echoed instructions and notes (patterns as data);
- ``cleaning``: the rewrite alone from a model's chatty answer;
- ``guards``: whether a rewrite may replace the draft, and why not;
- ``cache``: results keyed by model, settings, text and context.
"""
