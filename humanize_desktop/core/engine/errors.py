"""What can go wrong with models and engines, as user-facing ``HumanizeError``s.

Each class is a specific problem the GUI and CLI can name: a model file that
is missing, not a GGUF file, cut short or corrupt; an engine that crashed or
stopped responding; a server that is down or answers nonsense; a feature a
backend cannot offer. ``str(exc)`` is always one complete sentence naming the
file, model or server.
"""

from __future__ import annotations

from humanize_desktop.core.errors import HumanizeError


class ModelProblem(HumanizeError):
    """A model file cannot be used; ``path`` names it."""

    def __init__(self, path: object, message: str) -> None:
        self.path = str(path)
        super().__init__(message)


class ModelNotFound(ModelProblem):
    """No model by that name or path exists."""


class NotAModelFile(ModelProblem):
    """The file is not a GGUF model at all (text, HTML, Git LFS pointer, random bytes...)."""


class TruncatedModel(ModelProblem):
    """A GGUF file that stops before the end its header promises (an interrupted download)."""


class CorruptModel(ModelProblem):
    """A GGUF file whose header makes no sense."""


class UnsupportedModel(ModelProblem):
    """A valid file this version cannot run (newer GGUF version, vision projector, vocabulary only)."""


class CatalogProblem(HumanizeError):
    """The catalog of recommended models is malformed."""


class EngineError(HumanizeError):
    """The model engine could not do what was asked."""


class EngineCrashed(EngineError):
    """The engine's child process died; the caller's text is untouched and it can restart."""


class EngineHung(EngineCrashed):
    """The engine stopped responding and was stopped after a timeout."""


class EngineUnavailable(EngineError):
    """The engine could not be started or could not load the model."""


class PromptTooLong(EngineError):
    """The request does not fit in the model's context window."""


class ServerUnreachable(EngineError):
    """A remote model server could not be reached (down, wrong address, timeout)."""


class ServerError(EngineError):
    """A remote model server answered, but with an error or with something unusable."""


class FeatureUnavailable(EngineError):
    """The backend cannot do this (e.g. a remote server that cannot score tokens)."""
