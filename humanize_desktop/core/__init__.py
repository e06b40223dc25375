"""The Qt-free heart of Humanize Desktop.

Nothing under ``core`` may import PySide6: everything here is usable (and
tested) from the command line and from plain Python.
"""
