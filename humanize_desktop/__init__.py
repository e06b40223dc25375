"""Humanize Desktop: an offline editor for turning AI drafts into human prose.

The package is split into a Qt-free ``core`` (texts, diffs, decisions, review
files, the model engine and the writing checks) and a thin ``gui`` layer.
"""

__version__ = "0.1.0"
APP_NAME = "Humanize Desktop"
APP_ID = "humanize-desktop"
