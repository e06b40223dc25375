"""Settings: defaults, tolerant loading, atomic saving."""

from __future__ import annotations

import tomllib

import pytest

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


# ----------------------------------------------------------------------------- never losing the file

TEAM_FILE = '''[engine]
server_url = "https://llm.team.example"
api_key = "writer-key-123"

[rewrite]
protected_terms = ["Acme Cloud"]
'''


def test_a_file_that_does_not_parse_is_kept_aside_not_saved_over() -> None:
    f = paths.dirs().settings_file
    f.parent.mkdir(parents=True)
    broken = TEAM_FILE + "[general\n"  # one slip while editing by hand
    f.write_text(broken)
    settings = config.load()
    assert settings == config.Settings()
    aside = [p for p in f.parent.iterdir() if p.name.startswith("settings.broken-")]
    assert len(aside) == 1 and aside[0].suffix == ".toml"
    assert aside[0].read_text() == broken  # every byte the person wrote is still there
    assert settings.notice is not None and settings.notice.id == "settings.moved-aside"
    assert str(aside[0]) in settings.notice.text and "default settings" in settings.notice.text
    config.save(settings)  # what pressing Humanize does
    assert aside[0].read_text() == broken
    assert config.load().notice is None  # said once: the next start finds a clean file


def test_a_second_broken_file_does_not_replace_the_first_one_kept() -> None:
    f = paths.dirs().settings_file
    f.parent.mkdir(parents=True)
    for text in ("first = [\n", "second = [\n"):
        f.write_text(text)
        config.load()
    kept = sorted(p.read_text() for p in f.parent.glob("settings.broken-*.toml"))
    assert kept == ["first = [\n", "second = [\n"]


def test_keys_this_version_does_not_know_survive_a_save() -> None:
    f = paths.dirs().settings_file
    f.parent.mkdir(parents=True)
    f.write_text(TEAM_FILE + 'future_option = "on"\n[engine.tls]\npin = "sha256:abc"\n[newer]\nx = 1\n')
    settings = config.load()
    assert settings.engine.api_key == "writer-key-123"
    assert any("future_option" in p and "kept" in p for p in settings.problems)
    settings.general.theme = "dark"
    config.save(settings)
    data = tomllib.loads(f.read_text())
    assert data["rewrite"]["future_option"] == "on"
    assert data["engine"]["tls"] == {"pin": "sha256:abc"}
    assert data["newer"] == {"x": 1}
    assert data["engine"]["server_url"] == "https://llm.team.example"
    assert data["rewrite"]["protected_terms"] == ["Acme Cloud"]
    assert data["general"]["theme"] == "dark"


def test_a_value_of_the_wrong_type_is_kept_until_the_person_sets_it() -> None:
    f = paths.dirs().settings_file
    f.parent.mkdir(parents=True)
    f.write_text('[general]\nautosave_seconds = "5"\nmax_recent_files = "many"\n')
    settings = config.load()
    assert settings.general.autosave_seconds == 3
    settings.general.max_recent_files = 20
    config.save(settings)
    data = tomllib.loads(f.read_text())
    assert data["general"]["autosave_seconds"] == "5"  # untouched: the person can still fix it
    assert data["general"]["max_recent_files"] == 20  # set since: the new value wins


def test_an_unreadable_file_is_never_saved_over() -> None:
    f = paths.dirs().settings_file
    f.mkdir(parents=True)  # reading a directory fails like a file without read permission
    settings = config.load()
    assert settings == config.Settings()
    assert settings.notice is not None and str(f) in settings.notice.text
    assert "will not save over" in settings.notice.text
    with pytest.raises(config.SettingsFileProtected):
        config.save(settings)
    assert f.is_dir()


def test_the_command_line_says_once_where_the_broken_file_went(capsys: pytest.CaptureFixture[str]) -> None:
    f = paths.dirs().settings_file
    f.parent.mkdir(parents=True)
    f.write_text("[general\n")
    from humanize_desktop import cli

    assert cli.main(["models", "--json"]) == 0
    err = capsys.readouterr().err
    aside = next(f.parent.glob("settings.broken-*.toml"))
    assert err.count(str(aside)) == 1
    assert cli.main(["models", "--json"]) == 0
    assert "settings" not in capsys.readouterr().err
