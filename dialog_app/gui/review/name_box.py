"""The possible person names in the current note, above the note's pane: each with the writer's
choice, and the two buttons that make it (the same as N and Shift+N on the table), so that no
name goes out in an export without the writer having seen it."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from dialog_app.core.name_detection import PossibleName
from dialog_app.core.services.possible_names import MASK
from dialog_app.gui.widgets.readable import quiet_colour


class NameBox(QFrame):
    mask_requested = Signal()
    keep_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewNames")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Possible names in the note"))
        self.names = QLabel()
        self.names.setObjectName("reviewNamesList")
        self.names.setWordWrap(True)
        self.confirm = QPushButton(self.tr("Mask (N)"))
        self.confirm.setObjectName("reviewConfirmName")
        self.confirm.setToolTip(self.tr("A person’s name: masked in every export"))
        self.dismiss = QPushButton(self.tr("Not a name (Shift+N)"))
        self.dismiss.setObjectName("reviewDismissName")
        self.dismiss.setToolTip(self.tr("No person’s name, or fit to print: kept as written"))
        for button, signal in ((self.confirm, self.mask_requested), (self.dismiss, self.keep_requested)):
            button.setAutoDefault(False)
            button.clicked.connect(signal.emit)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.dismiss)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.names)
        layout.addLayout(buttons)
        self.hide()

    def show_names(self, states: list[tuple[PossibleName, str | None]]) -> None:
        """The note's possible names and their state; hidden when it has none."""
        seen: dict[str, tuple[str, str | None]] = {}
        for name, decision in states:
            seen.setdefault(name.key, (name.text, decision))
        if not seen:
            self.hide()
            return
        title = html.escape(self.tr("Possible names in this note"))
        lines = [f"<b>{title}</b>"]
        quiet = quiet_colour(self.names.palette()).name()
        for text, decision in seen.values():
            state = html.escape(self._state(decision))
            lines.append(f"{html.escape(text)} <span style='color: {quiet}'>— {state}</span>")
        self.names.setText("<br>".join(lines))
        self.show()

    def _state(self, decision: str | None) -> str:
        if decision is None:
            return self.tr("not decided")
        if decision == MASK:
            return self.tr("masked in exports")
        return self.tr("not a name, printed as written")
