"""What the framework editor does to themes: add, save edits, move, merge and delete, each one
undoable step; merging and deleting first say how many notes they touch."""

from __future__ import annotations

import uuid
from PySide6.QtCore import QObject

from dialog_app.core.records import ThemeRecord
from dialog_app.core.services.frameworks import ThemeUsage
from dialog_app.gui.dialogs import messages
from dialog_app.gui.frameworks import editor_prompts, framework_data, framework_ops
from dialog_app.gui.frameworks.editor_view import EditorView
from dialog_app.gui.frameworks.theme_tree_model import theme_label


class ThemeActions(QObject):
    def __init__(self, editor: EditorView) -> None:
        super().__init__(editor)
        self.editor = editor

    def add(self, parent_id: uuid.UUID | None = None) -> None:
        """A new theme, last at the top level or under ``parent_id``, with the next code and a
        colour of its own; then its name is selected for typing over."""
        editor, data = self.editor, self.editor.data
        if data is None or data.framework_id is None:
            return
        editor.apply_edits()
        framework_id = data.framework_id
        name = self.tr("New sub-theme") if parent_id else self.tr("New theme")
        options = {"parent_id": parent_id, "code": framework_data.next_code(data.themes, parent_id),
                   "colour": framework_data.new_colour(data.themes, parent_id)}
        editor.write(framework_ops.add_theme(editor.session, framework_id, name, **options),
                     lambda theme: editor.select_after(theme=theme.id, edit=True))

    def add_sub_theme(self) -> None:
        parent_id = self.editor.current_theme_id()
        if parent_id is not None:
            self.add(parent_id)

    def save(self) -> None:
        """Write the form's changed fields (only those) as one step."""
        form = self.editor.form
        theme_id, changes = form.theme_id, form.changes()
        if theme_id is None or not changes or not changes.get("name", True):
            return
        form.mark_saved()
        self.editor.write(framework_ops.update_theme(self.editor.session, theme_id, changes),
                          lambda theme: self.editor.say(self.tr("Saved “%1”.").replace("%1", theme.name)))

    def move(self, theme_id: uuid.UUID, parent_id: uuid.UUID | None, position: int) -> None:
        self.editor.apply_edits()
        self.editor.write(framework_ops.move_theme(self.editor.session, theme_id, parent_id, position),
                          lambda _theme: self.editor.select_after(theme=theme_id))

    def step(self, direction: str) -> None:
        """Alt+arrow: "up", "down", "in" (under the theme above) or "out" (beside its parent)."""
        move = self.editor.model.step_move(self.editor.current_theme_id(), direction)
        if move is not None:
            self.move(*move)

    # --- deleting ------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        theme = self.editor.current_theme()
        if theme is None:
            return
        if self.editor.form.theme_id == theme.id:
            self.editor.form.revert()  # edits to a theme about to go need no saving
        self.editor.read(framework_ops.theme_usage(self.editor.session, theme.id),
                         lambda usage: self._delete(theme, usage))

    def _delete(self, theme: ThemeRecord, usage: ThemeUsage) -> None:
        data = self.editor.data
        subthemes = len(framework_data.subtree_ids(data.themes, theme.id)) - 1 if data else 0
        if usage.with_subthemes or usage.synthesis or subthemes:
            if not messages.confirm(self.editor, self.delete_question(theme, usage, subthemes)):
                return
        neighbour = self.editor.neighbour_of(theme.id)

        def deleted(notes: int) -> None:
            self.editor.select_after(theme=neighbour)
            said = (self.tr("Deleted “%1”; %n note(s) lost it. Ctrl+Z undoes this.", "", notes) if notes
                    else self.tr("Deleted “%1”. Ctrl+Z undoes this."))
            self.editor.say(said.replace("%1", theme.name))

        self.editor.write(framework_ops.delete_theme(self.editor.session, theme.id), deleted)

    def delete_question(self, theme: ThemeRecord, usage: ThemeUsage, subthemes: int) -> str:
        if subthemes:
            lines = [self.tr("Delete “%1” and its %n sub-theme(s)?", "", subthemes).replace("%1", theme.name)]
        else:
            lines = [self.tr("Delete “%1”?").replace("%1", theme.name)]
        if usage.with_subthemes:
            lines.append(self.tr("%n note(s) lose this theme.", "", usage.with_subthemes))
        if usage.synthesis:
            lines.append(self.tr("Its written synthesis and chosen quotes go with it."))
        lines.append(self.tr("You can undo this with Ctrl+Z."))
        return " ".join(lines)

    # --- merging -------------------------------------------------------------------------------

    def merge_selected(self) -> None:
        """Ask which theme to merge the selected one into, say what that does, then merge."""
        source, data = self.editor.current_theme(), self.editor.data
        if source is None or data is None:
            return
        inside = framework_data.subtree_ids(data.themes, source.id)
        targets = [theme for theme in data.themes if theme.id not in inside]
        if not targets:
            self.editor.say(self.tr("There is no other theme to merge “%1” into.").replace("%1", source.name))
            return
        choices = [("    " * _depth(data.themes, t) + theme_label(t), t.id) for t in targets]
        target_id = editor_prompts.ask_choice(
            self.editor, self.tr("Merge themes"),
            self.tr("Merge “%1” into:").replace("%1", source.name), choices)
        target = data.theme(target_id)
        if target is None:
            return
        self.editor.apply_edits()
        self.editor.read(framework_ops.merge_gain(self.editor.session, source.id, target.id),
                         lambda gained: self._merge(source, target, gained))

    def _merge(self, source: ThemeRecord, target: ThemeRecord, gained: int) -> None:
        question = " ".join([
            self.tr("Merge “%1” into “%2”?").replace("%1", source.name).replace("%2", target.name),
            self.tr("%n note(s) gain “%1”.", "", gained).replace("%1", target.name),
            self.tr("Its sub-themes, keywords and synthesis move there, and “%1” is removed.")
            .replace("%1", source.name),
            self.tr("You can undo this with Ctrl+Z."),
        ])
        if not messages.confirm(self.editor, question):
            return

        def merged(notes: int) -> None:
            self.editor.select_after(theme=target.id)
            self.editor.say(self.tr("Merged into “%1”; %n note(s) gained it.", "", notes)
                            .replace("%1", target.name))

        self.editor.write(framework_ops.merge_themes(self.editor.session, source.id, target.id), merged)


def _depth(themes: list[ThemeRecord], theme: ThemeRecord) -> int:
    parents = {t.id: t.parent_id for t in themes}
    depth, parent = 0, theme.parent_id
    while parent is not None:
        depth, parent = depth + 1, parents.get(parent)
    return depth
