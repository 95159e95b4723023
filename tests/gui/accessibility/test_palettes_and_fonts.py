"""The app in the system's palette and font size (issue 15): every screen and dialog in a dark palette
at 150 % of the default font shows its labels and buttons whole and the window fits a 1 366 px
screen; the chosen group and kind read without colour (a check mark, bold, a frame at 3:1 or more)
in light, dark and high-contrast palettes; the quiet texts that read 1.57:1 and 3.89:1 now read
4.5:1 or more in light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QWidget

from dialog_app.gui.widgets.chosen_button import FRAME, STATE_CONTRAST, state_colour
from dialog_app.gui.widgets.shading import contrast
from tests.gui.language_fixtures import swedish_ui  # noqa: F401  (a fixture)
from tests.gui.palettes import dark, high_contrast_black, high_contrast_white, system_look
from tests.gui.screens import SCREENS, capture_running, tab, window  # noqa: F401  (window: a fixture)
from tests.gui.shots import save_shot

SCREEN_WIDTH = 1366
PALETTES = {"light": None, "dark": dark, "high contrast black": high_contrast_black,
            "high contrast white": high_contrast_white}
MAIN_TABS = ("dialogues tab", "capture, first screen", "capture, a dialogue open", "review tab",
             "writing tab", "overview tab")


@pytest.fixture
def dark_and_large(app):
    """A dark system palette and a font half as large again, set before the window is made."""
    with system_look(dark(), 1.5):
        yield


@pytest.fixture
def system_palette(request, app):
    """The palette named by the test's parameter, set before the window is made."""
    make = PALETTES[request.param]
    with system_look(make() if make else None):
        yield request.param


@pytest.fixture
def large(app):
    with system_look(None, 1.5):
        yield


def clipped(root: QWidget) -> list[str]:
    """Visible labels on one line and buttons narrower than their text needs."""
    found = []
    for label in root.findChildren(QLabel):
        if (not label.isVisibleTo(root) or label.wordWrap() or not label.text() or "…" in label.text()
                or label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored):
            continue  # wraps, says nothing, or is cut with "…" on purpose
        if label.sizeHint().width() > label.width() + 1:
            found.append(f"label {label.objectName() or label.text()!r}: {label.sizeHint().width()} > {label.width()}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text() and button.sizeHint().width() > button.width() + 1:
            found.append(f"button {button.objectName() or button.text()!r}: "
                         f"{button.sizeHint().width()} > {button.width()}")
    return found


@pytest.mark.parametrize("screen", SCREENS)
def test_every_screen_dark_and_large_shows_its_words_whole(dark_and_large, window, qtbot, tmp_path, screen):
    shown = SCREENS[screen](window, qtbot, tmp_path)
    save_shot(shown, f"dark-150-{screen.replace(' ', '-').replace(',', '').replace(chr(39), '')}")
    assert clipped(shown) == []
    assert window.minimumSizeHint().width() <= SCREEN_WIDTH


@pytest.mark.parametrize("screen", MAIN_TABS)
def test_the_window_fits_1366_at_150_percent_on_every_tab(large, window, qtbot, tmp_path, screen):
    SCREENS[screen](window, qtbot, tmp_path)
    assert window.minimumSizeHint().width() <= SCREEN_WIDTH


def test_long_theme_names_wrap_in_the_review_pane_at_1366(window, qtbot, tmp_path):
    tab("review")(window, qtbot, tmp_path)
    themes = window.review.themes
    qtbot.waitUntil(lambda: themes.model_.rowCount() > 2)
    for row in range(themes.model_.rowCount()):
        index = themes.model_.index(row, 0)
        needed = themes.fontMetrics().horizontalAdvance(index.data())
        shown = themes.visualRect(index)
        lines = max(1, shown.height() // themes.fontMetrics().lineSpacing())
        assert lines * shown.width() >= needed, index.data()  # room for all of it, on more lines
    assert window.review.themes.width() <= 230  # the table keeps its width at 1 366 px


# --- the chosen group and kind ------------------------------------------------------------------


@pytest.mark.parametrize("system_palette", PALETTES, indirect=True)
def test_the_chosen_group_and_kind_read_without_colour(system_palette, window, qtbot, tmp_path):
    capture_running(window, qtbot, tmp_path)
    stamps = window.capture.stamps
    stamps.choose_group_number(1)
    chosen, other = stamps.group_buttons.button(1), stamps.group_buttons.button(2)
    kind = stamps.kind_buttons.checkedButton()
    save_shot(stamps, f"chosen-{system_palette.replace(' ', '-')}")
    palette = chosen.palette()
    frame = state_colour(palette)
    for around in (QPalette.ColorRole.Button, QPalette.ColorRole.Window):
        assert contrast(frame, palette.color(around)) >= STATE_CONTRAST, around
    for button in (chosen, kind):
        assert button.isChecked()
        image = button.grab().toImage()
        scale = image.width() / button.width()
        edge = image.pixelColor(int(FRAME / 2 * scale), image.height() // 2)
        assert contrast(edge, palette.color(QPalette.ColorRole.Window)) >= STATE_CONTRAST, edge.name()
        state = QAccessible.queryAccessibleInterface(button).state()
        assert state.checkable and state.checked  # a screen reader says "checked"
    # the chosen one is drawn unlike its unchosen self (the mark, the bold text); its text() stays
    text, before = chosen.text(), chosen.grab().toImage()
    stamps.choose_group_number(2)
    assert other.isChecked() and chosen.grab().toImage() != before and chosen.text() == text


# --- quiet text ---------------------------------------------------------------------------------


def text_contrast(label: QLabel) -> float:
    """The contrast of the label's text as drawn: its strongest pixel against its background."""
    image = label.grab().toImage()
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor.fromRgb(max(counts, key=counts.get))
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in counts)


def _keyword_hint(shown_window, qtbot, tmp_path) -> QLabel:
    editor = SCREENS["framework editor"](shown_window, qtbot, tmp_path)
    return editor.findChild(QLabel, "themeKeywordsHint")


def _saved(shown_window, qtbot, tmp_path) -> QLabel:
    tab("writing")(shown_window, qtbot, tmp_path)
    label = shown_window.writing.save_state
    label.setText("Sparat")
    return label


@pytest.mark.parametrize("system_palette", ["light", "dark"], indirect=True)
@pytest.mark.parametrize("find", [_keyword_hint, _saved], ids=["keyword hint", "Saved"])
def test_quiet_texts_read_at_4_5_to_1(system_palette, window, qtbot, tmp_path, find):
    label = find(window, qtbot, tmp_path)
    assert label is not None and label.isVisible() and label.isEnabled()
    ratio = text_contrast(label)
    print(f"{find.__name__} {system_palette}: {ratio:.2f}:1")
    assert ratio >= 4.5
