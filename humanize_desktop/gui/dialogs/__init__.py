"""Dialogs of the editor. Each has an ``ask()`` classmethod that tests can replace."""
