"""The interface language: Qt translators for the app's strings and Qt's own dialogs.

English is built in; German, French and Spanish come from
``resources/translations/humanize_<lang>.qm`` (compiled from the ``.ts``
sources by ``packaging/build.py translations``). The language is the
``general.ui_language`` setting, or with ``"system"`` the first of the
system's UI languages the app has (``LANGUAGE``/``LANG`` on Linux), else
English. Qt's ``qtbase_<lang>.qm`` translates standard buttons and dialogs.

Sentences the Qt-free core produces (``core.messages``: why a paragraph was
kept, what a flag means) are translated by ``message_text``: the English
template is looked up under the ``CoreMessages`` context, then filled with
the message's arguments. ``packaging/build.py lupdate`` puts every
registered template into the ``.ts`` files under that context.

Every install carries the compiled translations (the wheel and the frozen
build compile them; a checkout after ``packaging/bootstrap.sh``). When the
chosen one cannot be loaded all the same, the interface stays English and
``problem()`` says why, for the window to show.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from humanize_desktop import paths
from humanize_desktop.core.checks.findings import Finding
from humanize_desktop.core.messages import TEMPLATES, Message

log = logging.getLogger(__name__)

#: Languages the interface is translated into, with their names in that language.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
SOURCE_LANGUAGE = "en"
CATALOG = "humanize"  # humanize_de.qm, ...

#: Contexts pyside6-lupdate gives strings it cannot tie to a class: ``tr("…")`` through an
#: alias (""), or ``parent.tr("…")`` / ``window.tr("…")`` (the variable's name). The code
#: calls ``self.tr("…")`` in classes and ``QCoreApplication.translate("Class", "…")``
#: elsewhere, so every string is filed under the name Qt asks with; should one slip in
#: through an alias again, it is still found here (lupdate shows it under such a context).
FALLBACK_CONTEXTS = ("", "parent", "window", "box", "dialog", "self", "widget", "owner", "app")
#: The context the core's message templates are translated under.
MESSAGE_CONTEXT = "CoreMessages"

_installed: list[QTranslator] = []  # kept alive while installed
_problem = ""  # why the chosen language is not shown ("" when it is)


class _Catalog(QTranslator):
    """The app's translations, found by class name first, then in the fallback contexts."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        for fallback in FALLBACK_CONTEXTS:
            if fallback != context:
                found = super().translate(fallback, source, disambiguation, n)
                if found:
                    return found
        return None  # a null string: "not here", so Qt asks the next translator (Qt's own)


def translations_dir():
    return paths.resource("translations")


def available_languages() -> list[tuple[str, str]]:
    """(code, name) of English and of each language whose translation is shipped."""
    folder = translations_dir()
    return [(code, name) for code, name in LANGUAGES.items()
            if code == SOURCE_LANGUAGE or (folder / f"{CATALOG}_{code}.qm").is_file()
            or (folder / f"{CATALOG}_{code}.ts").is_file()]


def _base(code: str) -> str:
    return code.replace("-", "_").split("_")[0].lower()


def resolve_language(setting: str = "system", system_languages: list[str] | None = None) -> str:
    """The language to show: the setting's, or the system's first one we have, else English."""
    if setting and setting != "system":
        wanted = [setting]
    else:
        wanted = list(system_languages if system_languages is not None else QLocale.system().uiLanguages())
    for code in wanted:
        if _base(code) in LANGUAGES:
            return _base(code)
    return SOURCE_LANGUAGE


def install_translators(app: QCoreApplication | None = None, language: str = "system") -> str:
    """Install the translators for ``language`` (a code or "system"); returns the language used.

    Calling it again replaces the previous translators. A ``.qm`` that is
    missing or unreadable leaves the interface in English, with the reason in
    ``problem()`` and on stderr, never an error.
    """
    global _problem
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _problem = ""
    code = resolve_language(language)
    if code == SOURCE_LANGUAGE:
        return code
    ours = _Catalog(app)
    if not ours.load(f"{CATALOG}_{code}", str(translations_dir())):
        qm = translations_dir() / f"{CATALOG}_{code}.qm"
        why = "is missing" if not qm.is_file() else "cannot be read"
        # Not translated: it is shown exactly when the translation cannot be loaded.
        _problem = (f"The {LANGUAGES[code]} interface translation {why} ({qm}), so the interface is in "
                    "English. Reinstall Humanize Desktop, or in a source checkout run "
                    "packaging/build.py translations.")
        log.warning("no usable %s translation at %s", code, qm)
        sys.stderr.write(f"humanize-desktop: {_problem}\n")
        return SOURCE_LANGUAGE
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    return code


def message_text(message: Message | str) -> str:
    """A core message in the interface language; a plain string (or an untranslated message) as it is.

    The translation is the English template's, filled with the message's
    arguments; a translation whose placeholders do not fit them falls back
    to the English text rather than showing a broken sentence.
    """
    if not isinstance(message, Message):
        return message
    template = TEMPLATES.get(message.id)
    if template is None:
        return message.text
    translated = QCoreApplication.translate(MESSAGE_CONTEXT, template)
    if translated == template:
        return message.text
    try:
        return translated.format(**message.args)
    except (KeyError, IndexError, ValueError) as exc:
        log.warning("the translation of message %s does not fit its arguments (%s)", message.id, exc)
        return message.text


def finding_text(finding: Finding) -> str:
    """A finding's message in the interface language (an engine's own words as they are)."""
    return message_text(finding.note) if finding.note is not None else finding.message


def problem() -> str:
    """Why the language asked for at the last ``install_translators`` is not shown ("" when it is)."""
    return _problem
