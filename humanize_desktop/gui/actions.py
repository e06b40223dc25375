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
        # File
        self.new = self._make("new", self.tr("&New"), Key.New, "document-new", self.tr("Start a new draft"))
        self.open = self._make("open", self.tr("&Open…"), Key.Open, "document-open",
                               self.tr("Open a text, Markdown, Word or review file"))
        self.translator = self._make("translator", self.tr("&Translator Mode…"), "Ctrl+Shift+T", None,
                                     self.tr("Check and polish a translation: XLIFF, PO, TMX or CSV"))
        self.save = self._make("save", self.tr("&Save"), Key.Save, "document-save", self.tr("Save the draft"))
        self.save_as = self._make("save_as", self.tr("Save &As…"), Key.SaveAs, None,
                                  self.tr("Save the draft under a new name"))
        self.save_review = self._make("save_review", self.tr("Save &Review As…"), "Ctrl+Alt+S", None,
                                      self.tr("Save both texts and every decision as a .humanize review file"))
        self.export_text = self._make("export_text", self.tr("Export Final &Text…"), None, None,
                                      self.tr("Save the draft with the decisions made so far"))
        self.export_report = self._make("export_report", self.tr("Export Change &Report (HTML)…"), None, None,
                                        self.tr("Save a web page listing every change and decision"))
        self.quit = self._make("quit", self.tr("&Quit"), Key.Quit, None, self.tr("Quit Humanize Desktop"))
        # Edit
        self.undo = self._make("undo", self.tr("&Undo"), Key.Undo, "edit-undo",
                               self.tr("Undo the last edit or decision"))
        self.redo = self._make("redo", self.tr("&Redo"), [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                               "edit-redo", self.tr("Redo what was undone"))
        self.cut = self._make("cut", self.tr("Cu&t"), Key.Cut, None, "")
        self.copy = self._make("copy", self.tr("&Copy"), Key.Copy, None, "")
        self.paste = self._make("paste", self.tr("&Paste"), Key.Paste, None, "")
        self.select_all = self._make("select_all", self.tr("Select &All"), Key.SelectAll, None, "")
        self.find = self._make("find", self.tr("&Find…"), Key.Find, "find", self.tr("Find text in the focused pane"))
        self.find_next = self._make("find_next", self.tr("Find &Next"), Key.FindNext, None, "")
        self.find_previous = self._make("find_previous", self.tr("Find Pre&vious"), Key.FindPrevious, None, "")
        self.preferences = self._make("preferences", self.tr("Pr&eferences…"), "Ctrl+,", "preferences",
                                      self.tr("Grammar engine, languages, dictionaries, autosave and theme"))
        self.learned = self._make("learned", self.tr("What I've &Learned…"), None, None,
                                  self.tr("What was learned from your decisions; switch it off or forget it"))
        # Review
        self.humanize = self._make("humanize", self.tr("&Humanize"), "Ctrl+Shift+H", "humanize",
                                   self.tr("Rewrite the draft with the local model, paragraph by paragraph"))
        self.stop = self._make("stop", self.tr("&Stop"), None, "stop", self.tr("Stop humanizing; keep what is done"))
        self.learn_voice = self._make("learn_voice", self.tr("Learn a &Voice…"), None, None,
                                      self.tr("Learn your own voice from files you wrote, for rewrites to follow"))
        self.next_change = self._make("next_change", self.tr("&Next Change"), "Alt+Down", "go-next",
                                      self.tr("Go to the next pending change"))
        self.previous_change = self._make("previous_change", self.tr("&Previous Change"), "Alt+Up", "go-previous",
                                          self.tr("Go to the previous pending change"))
        self.accept = self._make("accept", self.tr("&Accept Change"), "Alt+Left", "accept",
                                 self.tr("Take the suggestion's text into the draft"))
        self.reject = self._make("reject", self.tr("&Reject Change"), "Alt+Right", "reject",
                                 self.tr("Keep the draft's text"))
        self.accept_next = self._make("accept_next", self.tr("Accept and Go to &Next"), "Ctrl+Return", None,
                                      self.tr("Accept this change and show the next one"))
        self.reject_next = self._make("reject_next", self.tr("Reject and Go to Ne&xt"), "Ctrl+Shift+Return", None,
                                      self.tr("Reject this change and show the next one"))
        self.edit_change = self._make("edit_change", self.tr("&Edit Change…"), "F2", "edit",
                                      self.tr("Write your own version of this change"))
        self.alternatives = self._make("alternatives", self.tr("A&lternatives…"), "Ctrl+Alt+Space", "alternatives",
                                       self.tr("Ask the model for other wordings of this change"))
        self.accept_all = self._make("accept_all", self.tr("Accept A&ll Changes"), "Ctrl+Alt+Shift+A", "accept-all",
                                     self.tr("Take every pending change into the draft"))
        self.accept_unflagged = self._make("accept_unflagged", self.tr("Accept All but &Flagged"), None, None,
                                           self.tr("Take every pending change without a flag into the draft; "
                                                   "flagged ones stay pending"))
        self.reject_all = self._make("reject_all", self.tr("Re&ject All Changes"), "Ctrl+Alt+Shift+R", "reject-all",
                                     self.tr("Keep the draft as it is and drop every pending change"))
        # Checks
        self.check = self._make("check", self.tr("&Check Now"), "F7", "check",
                                self.tr("Check grammar, spelling and style in both texts"))
        self.next_finding = self._make("next_finding", self.tr("Next &Finding"), "Shift+F7", None,
                                       self.tr("Go to the next grammar, spelling or style finding"))
        # View
        self.toggle_panel = self._make("toggle_panel", self.tr("Side &Panel"), "F9", "panel",
                                       self.tr("Show or hide the list of changes and findings"), checkable=True)
        self.toggle_heat = self._make("toggle_heat", self.tr("AI-Likeness &Strips"), None, None,
                                      self.tr("Show how machine-like each sentence reads, beside each pane"),
                                      checkable=True)
        self.switch_pane = self._make("switch_pane", self.tr("S&witch Pane"), "F6", None,
                                      self.tr("Move the keyboard focus to the other pane"))
        # Model
        self.models = self._make("models", self.tr("&Models…"), "Ctrl+Shift+M", "models",
                                 self.tr("Choose, import and configure local models"))
        self.get_models = self._make("get_models", self.tr("&Get Models…"), None, None,
                                     self.tr("Download a recommended model, or import one you copied in"))
        self.restart_engine = self._make("restart_engine", self.tr("&Restart Engine"), None, None,
                                         self.tr("Stop and start the model engine again"))
        # Help
        self.shortcuts = self._make("shortcuts", self.tr("&Keyboard Shortcuts"), "F1", None, "")
        self.about = self._make("about", self.tr("&About Humanize Desktop"), None, None, "")

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
