"""Showing the core's messages in the interface language.

The core returns ``core.messages.Message`` values (an id, arguments and the
English text). The window translates the English *template* of the id under
one translation context, ``CoreMessages``, then fills in the arguments, so
the same argument values work in every language. A message whose id this
version does not know (read from an older review file) shows its saved
English text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from humanize_desktop.core import messages
from humanize_desktop.core.messages import Message

CONTEXT = "CoreMessages"


def message_text(message: Message) -> str:
    """``message`` in the interface language (English when no translation is loaded)."""
    template = messages.TEMPLATES.get(message.id)
    if template is None:
        return message.text
    translated = QCoreApplication.translate(CONTEXT, template)
    try:
        return translated.format(**message.args)
    except (KeyError, IndexError, ValueError):
        # A translation that names an argument wrongly must not hide the message.
        return message.text
