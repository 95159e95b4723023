"""Quiet and warning text, and the chosen button's frame, mixed from the palette in use: text at
4.5:1 or more and the frame at 3:1 or more in light, dark and both high-contrast palettes; a quiet
label follows a palette that changes while it is shown."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from dialog_app.gui.widgets.chosen_button import state_colour
from dialog_app.gui.widgets.readable import quiet, quiet_colour, quiet_text, readable_placeholder, warning, warning_colour
from dialog_app.gui.widgets.shading import contrast, mix
from tests.gui.palettes import dark, high_contrast_black, high_contrast_white, system_look

Role = QPalette.ColorRole
PALETTES = {"light": QPalette, "dark": dark, "high contrast black": high_contrast_black,
            "high contrast white": high_contrast_white}


@pytest.mark.parametrize("name", PALETTES)
def test_quiet_and_warning_text_read_and_the_frame_stands_out(app, name):
    palette = PALETTES[name]()
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    for colour in (quiet_colour(palette), warning_colour(palette)):
        assert contrast(colour, window) >= 4.5 and contrast(colour, base) >= 4.5
    assert contrast(quiet_text(palette), base) >= 4.5
    assert quiet_colour(palette) != palette.color(Role.WindowText)  # still quieter than the text
    frame = state_colour(palette)
    assert contrast(frame, window) >= 3 and contrast(frame, palette.color(Role.Button)) >= 3


def test_a_quiet_label_follows_the_palette_and_can_be_loud_again(app, qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label, alarm = QLabel("Sparat"), QLabel("Fel")
    layout = QVBoxLayout(holder)
    layout.addWidget(label)
    layout.addWidget(alarm)
    quiet(label)
    warning(alarm)
    holder.show()
    with system_look(dark()):
        qtbot.waitUntil(lambda: label.palette().color(Role.WindowText) == quiet_colour(holder.palette()))
        assert contrast(alarm.palette().color(Role.WindowText), holder.palette().color(Role.Window)) >= 4.5
    qtbot.waitUntil(lambda: label.palette().color(Role.WindowText) == quiet_colour(holder.palette()))
    quiet(label, False)
    assert label.palette().color(Role.WindowText) == holder.palette().color(Role.WindowText)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_placeholder_that_says_how_to_begin_reads(app, qtbot, name):
    with system_look(None if name == "light" else dark()):
        box = QPlainTextEdit()
        qtbot.addWidget(box)
        box.setPlaceholderText("Skriv det som sägs och tryck Enter")
        readable_placeholder(box)
        box.show()
        palette = box.viewport().palette()
        hint, base = palette.color(Role.PlaceholderText), palette.color(Role.Base)
        drawn = mix(base, hint, hint.alphaF())  # as painted over the box's background
        assert contrast(drawn, base) >= 4.5
