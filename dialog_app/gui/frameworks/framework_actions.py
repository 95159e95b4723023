"""What the framework editor does to whole frameworks: create, copy in a shipped preset, rename,
choose the one in use and delete, each one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QObject

from dialog_app.gui.dialogs import messages
from dialog_app.gui.frameworks import editor_prompts, framework_ops
from dialog_app.gui.frameworks.editor_view import EditorView


class FrameworkActions(QObject):
    def __init__(self, editor: EditorView) -> None:
        super().__init__(editor)
        self.editor = editor

    def create(self) -> None:
        name = editor_prompts.ask_text(self.editor, self.tr("New framework"),
                                       self.tr("Name of the new framework:"))
        if name is None:
            return
        self.editor.apply_edits()
        said = self.tr("Created “%1”. Add its themes with “Add theme”.").replace("%1", name)
        self.editor.write(framework_ops.create_framework(self.editor.session, name),
                          lambda framework: self._created(framework.id, said))

    def _created(self, framework_id, said: str) -> None:
        self.editor.select_after(framework=framework_id)
        self.editor.say(said)

    def add_preset(self, preset_id: str) -> None:
        """Copy a shipped preset into the project, in the project's own language."""
        data = self.editor.data
        language = data.language if data is not None else "sv"
        self.editor.apply_edits()
        self.editor.write(framework_ops.add_preset(self.editor.session, preset_id, language),
                          lambda framework: self._created(
                              framework.id, self.tr("Added “%1” with its themes.").replace("%1", framework.name)))

    def rename(self) -> None:
        framework = self.editor.data.framework if self.editor.data else None
        if framework is None:
            return
        name = editor_prompts.ask_text(self.editor, self.tr("Rename framework"),
                                       self.tr("New name of the framework:"), framework.name)
        if name is None or name == framework.name:
            return
        self.editor.write(framework_ops.rename_framework(self.editor.session, framework.id, name))

    def use(self) -> None:
        """Make the shown framework the one capture, review and the projector use."""
        data = self.editor.data
        if data is None or data.framework_id is None or data.framework_id == data.active_id:
            return
        self.editor.write(
            framework_ops.set_active(self.editor.session, data.framework_id),
            lambda _none: self.editor.say(self.tr("Capture and review now use “%1”.").replace("%1", data.framework.name)),
        )

    def delete(self) -> None:
        """Delete the shown framework, after saying how many notes lose their themes from it."""
        data = self.editor.data
        framework = data.framework if data else None
        if framework is None or len(data.frameworks) < 2:
            return
        theme_ids = [t.id for t in data.themes]
        self.editor.read(framework_ops.framework_notes(self.editor.session, theme_ids),
                         lambda notes: self._delete(framework, len(theme_ids), notes))

    def _delete(self, framework, themes: int, notes: int) -> None:
        lines = [self.tr("Delete the framework “%1” with its %n theme(s)?", "", themes).replace("%1", framework.name)]
        if notes:
            lines.append(self.tr("%n note(s) lose their themes from it.", "", notes))
        lines.append(self.tr("You can undo this with Ctrl+Z."))
        if not messages.confirm(self.editor, " ".join(lines)):
            return
        self.editor.form.revert()
        self.editor.write(
            framework_ops.delete_framework(self.editor.session, framework.id),
            lambda _notes: self.editor.say(self.tr("Deleted “%1”. Ctrl+Z undoes this.").replace("%1", framework.name)),
        )
