"""How each undoable action is named in the Edit menu ("Undo tagging of 3 notes").

Every ``core.history.Action`` has its phrase here, in English source text with its Swedish
translation; a test checks both, so a new action cannot fall back to a vague "last action".
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from dialog_app.core.history import Action, Step


class UndoText(QObject):
    """A QObject only for ``self.tr``: lupdate reads plural forms from ``tr`` calls alone."""

    def phrase(self, action: Action, n: int) -> str:
        """The phrase of ``action`` on ``n`` notes; every action has one (KeyError: a bug)."""
        return {
            Action.CAPTURE: lambda: self.tr("capture of %n note(s)", "", n),
            Action.EDIT: lambda: self.tr("edit of %n note(s)", "", n),
            Action.DELETE: lambda: self.tr("deletion of %n note(s)", "", n),
            Action.RESTORE: lambda: self.tr("restoring of %n note(s)", "", n),
            Action.TAG: lambda: self.tr("tagging of %n note(s)", "", n),
            Action.UNTAG: lambda: self.tr("untagging of %n note(s)", "", n),
            Action.STATUS: lambda: self.tr("status change of %n note(s)", "", n),
            Action.KEY_QUOTE: lambda: self.tr("key-quote mark on %n note(s)", "", n),
            Action.MERGE: lambda: self.tr("merging of two notes"),
            Action.MERGE_DUPLICATES: lambda: self.tr("merging of %n duplicate note(s)", "", n),
            Action.REJECT_SUGGESTION: lambda: self.tr("rejected suggestion on %n note(s)", "", n),
            Action.ACCEPT_SUGGESTIONS: lambda: self.tr("accepted suggestions on %n note(s)", "", n),
            Action.EDIT_THEME: lambda: self.tr("theme edit"),
            Action.MOVE_THEME: lambda: self.tr("theme move"),
            Action.DELETE_THEME: lambda: self.tr("theme deletion"),
            Action.MERGE_THEMES: lambda: self.tr("theme merge"),
            Action.ADD_THEME: lambda: self.tr("new theme"),
            Action.RENAME_FRAMEWORK: lambda: self.tr("framework rename"),
            Action.EDIT_FRAMEWORK: lambda: self.tr("framework edit"),
            Action.DELETE_FRAMEWORK: lambda: self.tr("framework deletion"),
            Action.CREATE_FRAMEWORK: lambda: self.tr("new framework"),
            Action.ADD_PRESET: lambda: self.tr("added framework"),
            Action.SET_ACTIVE: lambda: self.tr("choice of active framework"),
            Action.ADD_QUOTE: lambda: self.tr("adding a key quote"),
            Action.REMOVE_QUOTE: lambda: self.tr("removing a key quote"),
            Action.ORDER_QUOTES: lambda: self.tr("reordering the key quotes"),
            Action.CREATE_DIALOGUE: lambda: self.tr("new dialogue"),
            Action.IMPORT: lambda: self.tr("import of %n note(s)", "", n),
            Action.MERGE_PROJECTS: lambda: self.tr("merging of projects"),
            Action.DECIDE_NAMES: lambda: self.tr("choice for %n possible name(s)", "", n),
            Action.ADD_PARTICIPANT: lambda: self.tr("adding a participant"),
            Action.EDIT_PARTICIPANT: lambda: self.tr("editing a participant"),
            Action.REMOVE_PARTICIPANT: lambda: self.tr("removing %n participant(s)", "", n),
            Action.ERASE_PERSON: lambda: self.tr("erasure of %n person(s)", "", n),
            Action.SET_RETENTION: lambda: self.tr("choice of retention date"),
            Action.EDIT_DIALOGUE: lambda: self.tr("dialogue edit"),
            Action.DELETE_DIALOGUE: lambda: self.tr("dialogue deletion"),
            Action.PROJECT_FACTS: lambda: self.tr("project settings"),
            Action.ADD_GROUP: lambda: self.tr("new stakeholder group"),
            Action.RENAME_GROUP: lambda: self.tr("stakeholder group rename"),
            Action.MOVE_GROUP: lambda: self.tr("stakeholder group move"),
            Action.MERGE_GROUPS: lambda: self.tr("stakeholder group merge"),
            Action.DELETE_GROUP: lambda: self.tr("stakeholder group deletion"),
            Action.EMPTY_BIN: lambda: self.tr("emptying %n note(s) from the bin", "", n),
        }[action]()


def describe(step: Step) -> str:
    return UndoText().phrase(step.action, step.count)
