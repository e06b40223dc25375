"""Every command of the editor as a ``QAction``: text, shortcut, icon, help.

Menus, the toolbar, context menus and the keyboard all trigger the same
actions, so each command is reachable by keyboard and has one place where
its name is translated. Review shortcuts follow Meld where it has one
(Alt+Up/Down to move between changes, Alt+Left to take the right side's
text into the left one).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from humanize_desktop.gui import icons

Key = QKeySequence.StandardKey


class Actions(QObject):
    """The window's commands; attributes are ``QAction`` objects."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._all: dict[str, QAction] = {}
        tr = self.tr
        # File
        self.new = self._make("new", tr("&New"), Key.New, "document-new", tr("Start a new draft"))
        self.open = self._make("open", tr("&Open…"), Key.Open, "document-open",
                               tr("Open a text, Markdown, Word or review file"))
        self.save = self._make("save", tr("&Save"), Key.Save, "document-save", tr("Save the draft"))
        self.save_as = self._make("save_as", tr("Save &As…"), Key.SaveAs, None, tr("Save the draft under a new name"))
        self.save_review = self._make("save_review", tr("Save &Review As…"), "Ctrl+Alt+S", None,
                                      tr("Save both texts and every decision as a .humanize review file"))
        self.export_text = self._make("export_text", tr("Export Final &Text…"), None, None,
                                      tr("Save the draft with the decisions made so far"))
        self.export_report = self._make("export_report", tr("Export Change &Report (HTML)…"), None, None,
                                        tr("Save a web page listing every change and decision"))
        self.quit = self._make("quit", tr("&Quit"), Key.Quit, None, tr("Quit Humanize Desktop"))
        # Edit
        self.undo = self._make("undo", tr("&Undo"), Key.Undo, "edit-undo", tr("Undo the last edit or decision"))
        self.redo = self._make("redo", tr("&Redo"), [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                               "edit-redo", tr("Redo what was undone"))
        self.cut = self._make("cut", tr("Cu&t"), Key.Cut, None, "")
        self.copy = self._make("copy", tr("&Copy"), Key.Copy, None, "")
        self.paste = self._make("paste", tr("&Paste"), Key.Paste, None, "")
        self.select_all = self._make("select_all", tr("Select &All"), Key.SelectAll, None, "")
        self.find = self._make("find", tr("&Find…"), Key.Find, "find", tr("Find text in the focused pane"))
        self.find_next = self._make("find_next", tr("Find &Next"), Key.FindNext, None, "")
        self.find_previous = self._make("find_previous", tr("Find Pre&vious"), Key.FindPrevious, None, "")
        self.preferences = self._make("preferences", tr("Pr&eferences…"), "Ctrl+,", "preferences",
                                      tr("Grammar engine, languages, dictionaries, autosave and theme"))
        # Review
        self.humanize = self._make("humanize", tr("&Humanize"), "Ctrl+Shift+H", "humanize",
                                   tr("Rewrite the draft with the local model, paragraph by paragraph"))
        self.stop = self._make("stop", tr("&Stop"), None, "stop", tr("Stop humanizing; keep what is done"))
        self.next_change = self._make("next_change", tr("&Next Change"), "Alt+Down", "go-next",
                                      tr("Go to the next pending change"))
        self.previous_change = self._make("previous_change", tr("&Previous Change"), "Alt+Up", "go-previous",
                                          tr("Go to the previous pending change"))
        self.accept = self._make("accept", tr("&Accept Change"), "Alt+Left", "accept",
                                 tr("Take the suggestion's text into the draft"))
        self.reject = self._make("reject", tr("&Reject Change"), "Alt+Right", "reject",
                                 tr("Keep the draft's text"))
        self.accept_next = self._make("accept_next", tr("Accept and Go to &Next"), "Ctrl+Return", None,
                                      tr("Accept this change and show the next one"))
        self.reject_next = self._make("reject_next", tr("Reject and Go to Ne&xt"), "Ctrl+Shift+Return", None,
                                      tr("Reject this change and show the next one"))
        self.edit_change = self._make("edit_change", tr("&Edit Change…"), "F2", "edit",
                                      tr("Write your own version of this change"))
        self.alternatives = self._make("alternatives", tr("A&lternatives…"), "Ctrl+Alt+Space", "alternatives",
                                       tr("Ask the model for other wordings of this change"))
        self.accept_all = self._make("accept_all", tr("Accept A&ll Changes"), "Ctrl+Alt+Shift+A", "accept-all",
                                     tr("Take every pending change into the draft"))
        self.reject_all = self._make("reject_all", tr("Re&ject All Changes"), "Ctrl+Alt+Shift+R", "reject-all",
                                     tr("Keep the draft as it is and drop every pending change"))
        # Checks
        self.check = self._make("check", tr("&Check Now"), "F7", "check",
                                tr("Check grammar, spelling and style in both texts"))
        self.next_finding = self._make("next_finding", tr("Next &Finding"), "Shift+F7", None,
                                       tr("Go to the next grammar, spelling or style finding"))
        # View
        self.toggle_panel = self._make("toggle_panel", tr("Side &Panel"), "F9", "panel",
                                       tr("Show or hide the list of changes and findings"), checkable=True)
        self.toggle_heat = self._make("toggle_heat", tr("AI-Likeness &Strips"), None, None,
                                      tr("Show how machine-like each sentence reads, beside each pane"),
                                      checkable=True)
        self.switch_pane = self._make("switch_pane", tr("S&witch Pane"), "F6", None,
                                      tr("Move the keyboard focus to the other pane"))
        # Model
        self.models = self._make("models", tr("&Models…"), "Ctrl+Shift+M", "models",
                                 tr("Choose, import and configure local models"))
        self.get_models = self._make("get_models", tr("&Get Models…"), None, None,
                                     tr("Download a recommended model, or import one you copied in"))
        self.restart_engine = self._make("restart_engine", tr("&Restart Engine"), None, None,
                                         tr("Stop and start the model engine again"))
        # Help
        self.shortcuts = self._make("shortcuts", tr("&Keyboard Shortcuts"), "F1", None, "")
        self.about = self._make("about", tr("&About Humanize Desktop"), None, None, "")

    def _make(self, name: str, text: str, shortcut, icon_name: str | None, tip: str,
              checkable: bool = False) -> QAction:
        action = QAction(text, self.parent())
        action.setObjectName(f"action_{name}")
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        if tip:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        self._all[name] = action
        return action

    def all(self) -> dict[str, QAction]:
        return dict(self._all)

    def refresh_icons(self) -> None:
        names = {"new": "document-new", "open": "document-open", "save": "document-save", "undo": "edit-undo",
                 "redo": "edit-redo", "find": "find", "preferences": "preferences", "humanize": "humanize",
                 "stop": "stop", "next_change": "go-next", "previous_change": "go-previous", "accept": "accept",
                 "reject": "reject", "edit_change": "edit", "alternatives": "alternatives",
                 "accept_all": "accept-all", "reject_all": "reject-all", "check": "check",
                 "toggle_panel": "panel", "models": "models"}
        for name, icon_name in names.items():
            self._all[name].setIcon(icons.icon(icon_name))
