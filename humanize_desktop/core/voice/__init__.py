"""A writer's own voice: measured from samples of their writing, kept as an editable profile, steering rewrites.

- ``language``: the per-language word lists (``resources/voice/<lang>.toml``);
- ``stats``: counting a text's habits (sentence length, contractions, punctuation ...);
- ``profile``: the ``VoiceProfile`` value, learning it, and its TOML file in the user data folder;
- ``rules``: deterministic edits toward a profile (contractions, semicolons, sentence length),
  planned like the humanizer's rule fixes;
- ``steer``: how far a text is from a profile (the candidate score, the benchmark) and the
  short hint a model prompt gets.
"""
