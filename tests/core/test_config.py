"""Settings: defaults, tolerant loading, atomic saving."""

from __future__ import annotations

from humanize_desktop import config, paths


def test_defaults_when_no_file_exists() -> None:
    settings = config.load()
    assert settings.rewrite.style == "natural"
    assert settings.grammar.allow_public_api is False
    assert settings.problems == []


def test_round_trip_in_the_user_config_dir() -> None:
    settings = config.load()
    settings.rewrite.protected_terms = ["Humanize Desktop", "GGUF"]
    settings.engine.models["model.gguf"] = config.ModelSettings(context_size=4096, temperature=0.2)
    path = config.save(settings)
    assert path == paths.dirs().settings_file and path.is_file()
    again = config.load()
    assert again.rewrite.protected_terms == ["Humanize Desktop", "GGUF"]
    assert again.model_settings("model.gguf").context_size == 4096
    assert again.model_settings("other.gguf") == config.ModelSettings()


def test_broken_values_fall_back_to_defaults_with_a_reason() -> None:
    f = paths.dirs().settings_file
    f.parent.mkdir(parents=True)
    f.write_text('[general]\nautosave_seconds = "soon"\nnonsense = 1\n[rewrite]\nstyle = "casual"\n')
    settings = config.load()
    assert settings.general.autosave_seconds == 3
    assert settings.rewrite.style == "casual"
    assert any("autosave_seconds" in p for p in settings.problems)
    assert any("nonsense" in p for p in settings.problems)


def test_invalid_toml_gives_defaults_and_says_so() -> None:
    f = paths.dirs().settings_file
    f.parent.mkdir(parents=True)
    f.write_text("[general\n")
    settings = config.load()
    assert settings == config.Settings()
    assert "not valid TOML" in settings.problems[0]
