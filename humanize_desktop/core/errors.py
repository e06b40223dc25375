"""The one exception family the app shows to people.

Anything raised as ``HumanizeError`` (or a subclass) is a problem the user
can act on: ``str(exc)`` is a complete, plain sentence naming the file,
model or server involved. The CLI prints it as one line and exits non-zero;
the GUI shows it in a message. Any other exception is a bug.
"""


class HumanizeError(Exception):
    """A user-facing problem; the message says what went wrong and with what."""
