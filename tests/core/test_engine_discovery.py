"""Which models the app finds, which one is the default, and what --model NAME means."""

from __future__ import annotations

from pathlib import Path

import pytest

from humanize_desktop import paths
from humanize_desktop.config import Settings
from humanize_desktop.core.engine import (
    ModelNotFound,
    NotAModelFile,
    bundled_model_path,
    discover_models,
    resolve_model,
    user_models_dir,
)
from tests.core.engine_helpers import write_tiny_gguf


def settings_with(default_model: str = "") -> Settings:
    settings = Settings()
    settings.engine.default_model = default_model
    return settings


def test_the_bundled_model_is_found_through_package_metadata(smollm2_path: Path) -> None:
    assert bundled_model_path() == smollm2_path


def test_with_nothing_installed_the_bundled_model_is_the_default(smollm2_path: Path) -> None:
    models = discover_models(settings_with())
    defaults = [m for m in models if m.is_default]
    assert len(defaults) == 1
    assert defaults[0].path == smollm2_path.resolve() and defaults[0].source == "bundled"
    assert resolve_model(None, settings_with()).path == smollm2_path.resolve()


def test_the_user_models_folder_comes_before_the_bundled_model(user_dirs: paths.UserDirs) -> None:
    assert user_models_dir() == user_dirs.models
    mine = write_tiny_gguf(user_dirs.models / "My-Model-Q8_0.gguf")
    default = resolve_model("", settings_with())
    assert default.path == mine.resolve() and default.source == "user" and default.is_default


def test_instruct_models_come_before_base_models_in_a_folder(user_dirs: paths.UserDirs) -> None:
    write_tiny_gguf(user_dirs.models / "a-base.gguf", chat_template=False)
    write_tiny_gguf(user_dirs.models / "b-chat.gguf")
    models = [m for m in discover_models(settings_with()) if m.source == "user"]
    assert [m.name for m in models] == ["b-chat", "a-base"]
    assert models[0].is_default


def test_broken_files_are_listed_with_their_problem_but_never_default(user_dirs: paths.UserDirs) -> None:
    user_dirs.models.mkdir(parents=True)
    (user_dirs.models / "aaa-broken.gguf").write_text("oops", "utf-8")
    models = discover_models(settings_with())
    broken = next(m for m in models if m.name == "aaa-broken")
    assert broken.problem and "text file" in broken.problem and not broken.is_default
    assert broken.to_json()["problem"] == broken.problem
    assert any(m.is_default and m.usable for m in models)


def test_only_the_first_shard_of_a_split_model_is_listed(user_dirs: paths.UserDirs) -> None:
    write_tiny_gguf(user_dirs.models / "big-00001-of-00002.gguf")
    write_tiny_gguf(user_dirs.models / "big-00002-of-00002.gguf")
    names = [m.name for m in discover_models(settings_with()) if m.source == "user"]
    assert names == ["big-00001-of-00002"]


def test_models_in_subfolders_are_found(user_dirs: paths.UserDirs) -> None:
    write_tiny_gguf(user_dirs.models / "qwen" / "Qwen-Tiny.gguf")
    assert "Qwen-Tiny" in [m.name for m in discover_models(settings_with())]


def test_the_model_chosen_in_settings_wins_by_path_or_name(user_dirs: paths.UserDirs, tmp_path: Path,
                                                           smollm2_path: Path) -> None:
    write_tiny_gguf(user_dirs.models / "first.gguf")
    elsewhere = write_tiny_gguf(tmp_path / "elsewhere" / "chosen.gguf")
    chosen = resolve_model(None, settings_with(str(elsewhere)))
    assert chosen.path == elsewhere.resolve() and chosen.source == "chosen"
    by_name = resolve_model(None, settings_with("SmolLM2-135M-Instruct.Q4_1"))
    assert by_name.path == smollm2_path.resolve()


def test_a_chosen_model_that_is_gone_is_reported_and_the_next_one_used(user_dirs: paths.UserDirs,
                                                                      tmp_path: Path) -> None:
    mine = write_tiny_gguf(user_dirs.models / "mine.gguf")
    gone = tmp_path / "deleted.gguf"
    models = discover_models(settings_with(str(gone)))
    chosen = next(m for m in models if m.source == "chosen")
    assert chosen.problem and "does not exist" in chosen.problem and not chosen.is_default
    assert resolve_model(None, settings_with(str(gone))).path == mine.resolve()


def test_model_names_resolve_exactly_or_by_unique_prefix(user_dirs: paths.UserDirs) -> None:
    write_tiny_gguf(user_dirs.models / "Qwen2.5-1.5B-Instruct-Q4_K_M.gguf")
    write_tiny_gguf(user_dirs.models / "Qwen2.5-7B-Instruct-Q4_K_M.gguf")
    settings = settings_with()
    assert resolve_model("qwen2.5-1.5b-instruct-q4_k_m", settings).name == "Qwen2.5-1.5B-Instruct-Q4_K_M"
    assert resolve_model("Qwen2.5-7B", settings).name == "Qwen2.5-7B-Instruct-Q4_K_M"
    with pytest.raises(ModelNotFound, match="matches several"):
        resolve_model("Qwen2.5", settings)
    with pytest.raises(ModelNotFound, match="Available models:.*Qwen2.5-7B"):
        resolve_model("llama-9000", settings)


def test_a_missing_or_broken_path_gives_the_specific_problem(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFound, match="does not exist"):
        resolve_model(str(tmp_path / "nope.gguf"), settings_with())
    text = tmp_path / "text.gguf"
    text.write_text("hello", "utf-8")
    with pytest.raises(NotAModelFile):
        resolve_model(str(text), settings_with())
