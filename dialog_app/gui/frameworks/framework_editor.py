"""The framework editor: the project's theme frameworks and their themes, edited in one dialog.

Every change is one undoable step of the project's history, run as a named operation (framework_ops);
the dialog then reads the framework again, so the tree always shows what the file holds. It follows
theme changes made elsewhere (an undo in the main window) by itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.records import ThemeRecord
from dialog_app.gui.dialogs import failures
from dialog_app.gui.frameworks import framework_ops
from dialog_app.gui.frameworks.framework_actions import FrameworkActions
from dialog_app.gui.frameworks.framework_bar import FrameworkBar, push_button
from dialog_app.gui.frameworks.framework_data import EditorData
from dialog_app.gui.frameworks.theme_actions import ThemeActions
from dialog_app.gui.frameworks.theme_form import ThemeForm
from dialog_app.gui.frameworks.theme_tree_model import ThemeTreeModel
from dialog_app.gui.operations.edits import undo_or_redo
from dialog_app.gui.ops import ProjectSession, WriteOp
from dialog_app.gui.widgets import key_help
from dialog_app.gui.widgets.kept_panes import keep_panes
from dialog_app.gui.widgets.shortcuts import shortcut

FOCUS_STYLE = "QTreeView:focus { border: 2px solid palette(highlight); border-radius: 3px; }"


class FrameworkEditor(QDialog):
    loaded = Signal()  # what is shown was just read from the project

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frameworkEditor")
        self.setWindowTitle(self.tr("Themes and frameworks"))
        self.session = session
        self.data: EditorData | None = None
        self._framework_id: uuid.UUID | None = None  # the framework asked for
        self._wanted_theme: uuid.UUID | None = None  # to select once the next reading is shown
        self._edit_wanted = False
        self._generation = 0  # only the newest reading is shown
        self._showing = False
        self.frameworks = FrameworkActions(self)
        self.themes = ThemeActions(self)
        self._build()
        self._bind_keys()
        self.resize(900, 600)
        session.subscribe({ChangeKind.THEMES}, self._on_change, owner=self)
        self.reload()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.bar = FrameworkBar(self.frameworks)
        self.bar.picked.connect(self._framework_picked)
        self.picker, self.use_box = self.bar.picker, self.bar.use_box

        self.model = ThemeTreeModel(self)
        self.model.move_requested.connect(self.themes.move)
        self.tree = QTreeView()
        self.tree.setObjectName("themeTree")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Themes"))
        self.tree.setToolTip(self.tr("Drag a theme to move it, or use Alt+arrow keys. Delete removes it."))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._theme_picked)
        self.add_button = self._button(self.tr("Add &theme"), "addThemeButton",
                                       self.tr("A new theme at the top level (Ctrl+N)"), self.themes.add)
        self.add_sub_button = self._button(self.tr("Add su&b-theme"), "addSubThemeButton",
                                           self.tr("A new theme under the selected one (Ctrl+Shift+N)"),
                                           self.themes.add_sub_theme)
        self.merge_button = self._button(self.tr("&Merge into…"), "mergeThemeButton",
                                         self.tr("Move the selected theme's notes to another theme, "
                                                 "then remove it"), self.themes.merge_selected)
        self.delete_button = self._button(self.tr("De&lete…"), "deleteThemeButton",
                                          self.tr("Delete the selected theme (Delete)"), self.themes.delete_selected)
        self.delete_button.setAccessibleName(self.tr("Delete the theme…"))  # the framework's "Delete…" too
        theme_buttons = QHBoxLayout()
        for button in (self.add_button, self.add_sub_button, self.merge_button, self.delete_button):
            theme_buttons.addWidget(button)
        theme_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(theme_buttons)

        self.form = ThemeForm()
        self.form.save_requested.connect(self.themes.save)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([500, 380])
        keep_panes(self.splitter, "frameworks")

        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = self._button(self.tr("Undo"), "undoButton", self.tr("Undo the last change (Ctrl+Z)"),
                                        lambda: self._history("undo"))
        self.redo_button = self._button(self.tr("Redo"), "redoButton",
                                        self.tr("Redo what was undone (Ctrl+Shift+Z)"), lambda: self._history("redo"))
        self.close_button = self._button(self.tr("Close"), "closeButton", "", self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for button in (self.undo_button, self.redo_button, self.close_button):
            bottom.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.setStyleSheet(FOCUS_STYLE)

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
        button = push_button(text, name, tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _bind_keys(self) -> None:
        widget_only = Qt.ShortcutContext.WidgetShortcut
        shortcut(QKeySequence.StandardKey.Delete, self.tree, self.themes.delete_selected, widget_only,
                 help=QT_TRANSLATE_NOOP("ShortcutHelp", "In the tree: delete the chosen theme"), shown_as="Delete")
        for key in ("F2", "Return", "Enter"):  # from the tree to the selected theme's name
            shortcut(key, self.tree, self.form.focus_name, widget_only, shown_as="F2 / Enter",
                     help=QT_TRANSLATE_NOOP("ShortcutHelp", "In the tree: edit the chosen theme's name"))
        for key, direction in (("Alt+Up", "up"), ("Alt+Down", "down"), ("Alt+Right", "in"), ("Alt+Left", "out")):
            shortcut(key, self.tree, lambda direction=direction: self.themes.step(direction), widget_only,
                     help=QT_TRANSLATE_NOOP("ShortcutHelp", "In the tree: move the theme up, down, in under the one "
                                                            "above, or out"), shown_as="Alt+↑ ↓ → ←")
        shortcut("Ctrl+N", self, self.themes.add, help=QT_TRANSLATE_NOOP("ShortcutHelp", "A new theme at the top level"))
        shortcut("Ctrl+Shift+N", self, self.themes.add_sub_theme,
                 help=QT_TRANSLATE_NOOP("ShortcutHelp", "A new theme under the chosen one"))
        save = QT_TRANSLATE_NOOP("ShortcutHelp", "Save the theme's name, code and keywords")
        shortcut("Ctrl+S", self, self.themes.save, help=save, shown_as="Ctrl+S / Ctrl+Enter")
        shortcut("Ctrl+Return", self, self.themes.save, help=save, shown_as="Ctrl+S / Ctrl+Enter")
        undo = QT_TRANSLATE_NOOP("ShortcutHelp", "Undo / redo")
        shortcut(QKeySequence.StandardKey.Undo, self, lambda: self._history("undo"), help=undo,
                 shown_as="Ctrl+Z / Ctrl+Shift+Z")
        shortcut("Ctrl+Shift+Z", self, lambda: self._history("redo"), help=undo, shown_as="Ctrl+Z / Ctrl+Shift+Z")
        shortcut(QKeySequence.StandardKey.Redo, self, lambda: self._history("redo"), help=undo,
                 shown_as="Ctrl+Z / Ctrl+Shift+Z")
        key_help.install(self, self.tree)

    # --- reading and showing -------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        """Themes changed elsewhere (an undo in the main window, say): read them again. The
        editor's own writes read again when they are done, with what to select then."""
        if change.initiator is not self:
            self.reload()

    def reload(self) -> None:
        """Read the shown framework again."""
        self._generation += 1
        generation = self._generation
        (framework_ops.load(self.session, self._framework_id)
         .success(lambda data: self._show(data, generation)).failure(self.show_error).run(owner=self))

    def _show(self, data: EditorData, generation: int) -> None:
        if generation != self._generation:
            return  # a newer reading is on its way
        keep = self._wanted_theme or self.current_theme_id()
        keep_row = self.tree.currentIndex().row()
        self.data, self._framework_id = data, data.framework_id
        self._showing = True
        try:
            self.bar.show_frameworks(data)
            self.model.show_themes(data.themes, data.notes)
            self.tree.setRootIsDecorated(any(t.parent_id for t in data.themes))  # no empty gutter
            self.tree.expandAll()
            index = self.model.index_of(keep)
            if not index.isValid() and data.themes:
                index = self.model.index(max(0, min(keep_row, self.model.rowCount() - 1)), 0)
            self.tree.setCurrentIndex(index)
        finally:
            self._showing = False
        self.form.show_theme(self.current_theme())
        if self._edit_wanted and self.current_theme_id() == self._wanted_theme:
            self.form.focus_name()
        self._wanted_theme, self._edit_wanted = None, False
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        data, theme = self.data, self.current_theme()
        self.add_button.setEnabled(data is not None and data.framework_id is not None)
        for widget in (self.add_sub_button, self.delete_button):
            widget.setEnabled(theme is not None)
        self.merge_button.setEnabled(theme is not None and data is not None and len(data.themes) > 1)
        history = self.session.project.history
        self.undo_button.setEnabled(history.next_undo is not None)
        self.redo_button.setEnabled(history.next_redo is not None)

    # --- selection -----------------------------------------------------------------------------

    def current_theme_id(self) -> uuid.UUID | None:
        return self.model.theme_id(self.tree.currentIndex())

    def current_theme(self) -> ThemeRecord | None:
        return self.data.theme(self.current_theme_id()) if self.data is not None else None

    def select_theme(self, theme_id: uuid.UUID) -> None:
        self.tree.setCurrentIndex(self.model.index_of(theme_id))

    def select_framework(self, framework_id: uuid.UUID) -> None:
        self.bar.select(framework_id)

    def select_after(self, theme: uuid.UUID | None = None, framework: uuid.UUID | None = None,
                     edit: bool = False) -> None:
        """What to select once the write in progress has been read back."""
        self._wanted_theme, self._edit_wanted = theme, edit
        if framework is not None:
            self._framework_id = framework

    def neighbour_of(self, theme_id: uuid.UUID) -> uuid.UUID | None:
        """The theme to select when this one goes: the one below, else above, else its parent."""
        index = self.model.index_of(theme_id)
        for candidate in (index.siblingAtRow(index.row() + 1), index.siblingAtRow(index.row() - 1), index.parent()):
            if candidate.isValid():
                return self.model.theme_id(candidate)
        return None

    def _theme_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._showing:
            return
        if self.form.theme_id != self.model.theme_id(current):
            self.apply_edits()  # moving on saves: an edit is never lost to a click
            self.form.show_theme(self.current_theme())
        self._update_buttons()

    def _framework_picked(self, framework_id: uuid.UUID) -> None:
        if framework_id == self._framework_id:
            return
        self.apply_edits()
        self._framework_id, self._wanted_theme = framework_id, None
        self.tree.setCurrentIndex(QModelIndex())
        self.reload()

    # --- writing -------------------------------------------------------------------------------

    def apply_edits(self) -> None:
        """Save the form's pending edits, if any (before another theme, framework or closing)."""
        self.themes.save()

    def write(self, op: WriteOp, on_done: Callable[[Any], None] | None = None) -> None:
        """Run a write; when it is done, say so and read the framework again."""
        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.reload()

        def failed(error: BaseException) -> None:
            self._wanted_theme = None
            self.show_error(error)
            self.reload()

        op.success(done).failure(failed).run(initiator=self)

    def read(self, op: WriteOp, on_done: Callable[[Any], None]) -> None:
        """A count or usage to ask about, read after the writes already queued."""
        op.success(on_done).failure(self.show_error).run(initiator=self)

    def say(self, text: str) -> None:
        self.status.setText(text)

    def show_error(self, error: BaseException) -> None:
        failures.show_error(self, error)

    def _history(self, which: str) -> None:
        if self.form.changes():  # the newest change is the unsaved edit: undo puts the form back
            if which == "undo":
                self.form.revert()
            return
        self.write(undo_or_redo(self.session, which))

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        self.apply_edits()
        super().done(result)
