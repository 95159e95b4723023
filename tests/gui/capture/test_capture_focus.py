"""Typed words are never lost through focus: every overlay, dialog and menu gives the keyboard back,
the dialogue picker switches only on a choice from its list, and a dialogue switch keeps the words.

Keys are real key events sent where the keyboard is (tests/gui/keyboard.py), as the facilitator's
keyboard would send them.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenuBar

from dialog_app.core.drafts import Drafts
from dialog_app.gui.capture.draft_keeper import DRAFT_DELAY_MS
from dialog_app.gui.dialogs import messages as boxes
from tests.gui.keyboard import NO_KEY, click, in_modal, press, type_text, wait_for_keyboard

REAL_WARN = boxes.warn  # before the `messages` fixture replaces it
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


# --- the screen ----------------------------------------------------------------------------------


@pytest.fixture
def screen(seeded_window, qtbot):
    """The capture screen of the demo project (five dialogues), the keyboard in the note box."""
    window = seeded_window
    window.activateWindow()
    window.show_capture()
    capture = window.capture
    qtbot.waitUntil(lambda: capture.loaded_data is not None, timeout=10_000)
    capture.input.setFocus()
    wait_for_keyboard(qtbot, capture.input)
    return capture


def dialogue_title(screen) -> str:
    return screen.loaded_data.dialogue.title


def start_a_note(qtbot, screen, words: str = "Vi behover fler") -> str:
    """Half a note typed from the keyboard (QTest types ASCII only)."""
    type_text(qtbot, words)
    assert screen.input.toPlainText() == words
    return words


def then_typing_goes_on_in_the_box(qtbot, screen, words: str) -> None:
    wait_for_keyboard(qtbot, screen.input)
    type_text(qtbot, " motesplatser")
    assert screen.input.toPlainText() == words + " motesplatser"


# --- every way out gives the keyboard back -------------------------------------------------------


@pytest.mark.parametrize("closing_key", [Qt.Key.Key_Escape, Qt.Key.Key_F1], ids=["Esc", "F1"])
def test_the_shortcut_help_gives_the_keyboard_back_to_the_note_box(screen, qtbot, closing_key):
    title = dialogue_title(screen)
    words = start_a_note(qtbot, screen)
    press(qtbot, Qt.Key.Key_F1)
    assert screen.help.isVisible()
    press(qtbot, closing_key)
    assert not screen.help.isVisible()
    then_typing_goes_on_in_the_box(qtbot, screen, words)
    qtbot.wait(100)
    assert dialogue_title(screen) == title


def test_the_shortcut_help_gives_the_keyboard_back_to_where_it_was(screen, qtbot):
    # given the keyboard in the list of notes
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is screen.list
    # when F1 opens and Esc closes the help, then the list has the keyboard again
    press(qtbot, Qt.Key.Key_F1)
    press(qtbot, Qt.Key.Key_Escape)
    wait_for_keyboard(qtbot, screen.list)


def test_a_cancelled_new_dialogue_gives_the_keyboard_back(screen, qtbot):
    words = start_a_note(qtbot, screen)
    in_modal(qtbot, Qt.Key.Key_Escape)
    qtbot.mouseClick(screen.new_dialogue_button, Qt.MouseButton.LeftButton)  # returns when cancelled
    then_typing_goes_on_in_the_box(qtbot, screen, words)


def test_a_closed_message_box_gives_the_keyboard_back(screen, qtbot, monkeypatch):
    from dialog_app.core.errors import ProjectAccessError

    # given a save that fails and a real message box to say so
    monkeypatch.setattr(boxes, "warn", REAL_WARN)

    def disk_full(*_args, **_kwargs):
        raise ProjectAccessError(screen.session.project.path, "database or disk is full")

    monkeypatch.setattr(screen.session.project.capture, "save", disk_full)
    words = start_a_note(qtbot, screen, "Viktig synpunkt")
    # when Enter is pressed and the box that says so is closed with Esc
    in_modal(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and screen.input.toPlainText() == words)
    # then the words are back, and typing goes on after them
    then_typing_goes_on_in_the_box(qtbot, screen, words)


@pytest.mark.parametrize("steps", [["Alt+F"], ["Alt+F", "Right"], ["click File"]], ids=" then ".join)
def test_a_menu_closed_with_esc_gives_the_keyboard_back(screen, qtbot, steps):
    window = screen.window()
    bar = window.findChild(QMenuBar)
    words = start_a_note(qtbot, screen)
    for step in steps:
        if step == "Alt+F":
            press(qtbot, Qt.Key.Key_F, ALT)
        elif step == "Right":
            press(qtbot, Qt.Key.Key_Right)
        else:
            file_menu = bar.actions()[0]
            click(qtbot, bar, bar.actionGeometry(file_menu).center())
        assert QApplication.activePopupWidget() is not None, f"no menu is open after {step}"
    press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None
    then_typing_goes_on_in_the_box(qtbot, screen, words)


def test_the_menu_bar_still_opens_its_menus_after_alt_f(screen, qtbot):
    # Alt+F, Esc gives the keyboard back; Alt+E then still opens the Edit menu
    press(qtbot, Qt.Key.Key_F, ALT)
    press(qtbot, Qt.Key.Key_Escape)
    wait_for_keyboard(qtbot, screen.input)
    press(qtbot, Qt.Key.Key_E, ALT)
    assert QApplication.activePopupWidget() is not None
    press(qtbot, Qt.Key.Key_Escape)
    wait_for_keyboard(qtbot, screen.input)


def test_the_projector_opens_and_closes_with_f7_and_typing_goes_on(seeded_window, screen, qtbot):
    words = start_a_note(qtbot, screen)
    press(qtbot, Qt.Key.Key_F7)
    assert seeded_window.projector is not None
    wait_for_keyboard(qtbot, screen.input)
    type_text(qtbot, " och")
    press(qtbot, Qt.Key.Key_F7)
    assert seeded_window.projector is None
    then_typing_goes_on_in_the_box(qtbot, screen, words + " och")


@pytest.mark.parametrize("button", ["projector_button", "start_button"])
def test_a_click_on_a_button_of_the_top_row_leaves_the_keyboard_in_the_box(screen, qtbot, button):
    words = start_a_note(qtbot, screen)
    click(qtbot, getattr(screen, button))
    then_typing_goes_on_in_the_box(qtbot, screen, words)


@pytest.mark.parametrize("leave", ["Enter", "Esc", "choice from its list"])
def test_the_table_box_gives_the_keyboard_back(screen, qtbot, leave):
    screen.stamps.set_tables(["Bord 1", "Bord 2"])
    words = start_a_note(qtbot, screen)
    press(qtbot, Qt.Key.Key_T, ALT)
    assert screen.stamps.table.isAncestorOf(QApplication.focusWidget()) or screen.stamps.table.hasFocus()
    if leave == "Enter":
        type_text(qtbot, "Bord 3")
        press(qtbot, Qt.Key.Key_Return)
    elif leave == "Esc":
        press(qtbot, Qt.Key.Key_Escape)
    else:
        press(qtbot, Qt.Key.Key_Down, ALT)
        assert QApplication.activePopupWidget() is not None, "the table's list is not open"
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)
    then_typing_goes_on_in_the_box(qtbot, screen, words)


def test_ctrl_l_then_esc_goes_back_to_where_the_keyboard_was(screen, qtbot):
    # from the note box
    words = start_a_note(qtbot, screen)
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is screen.list
    press(qtbot, Qt.Key.Key_Escape)
    then_typing_goes_on_in_the_box(qtbot, screen, words)
    # and from the table box, back to the table box
    press(qtbot, Qt.Key.Key_T, ALT)
    table_keyboard = QApplication.focusWidget()
    press(qtbot, Qt.Key.Key_L, CTRL)
    press(qtbot, Qt.Key.Key_Escape)
    wait_for_keyboard(qtbot, table_keyboard)


# --- the dialogue picker switches only on a choice -----------------------------------------------


def picker_focused(qtbot, screen):
    picker = screen.dialogue_box
    picker.setFocus(Qt.FocusReason.TabFocusReason)  # as if Tab had reached it
    wait_for_keyboard(qtbot, picker)
    return picker


def test_letters_and_arrows_on_the_picker_do_not_switch_the_dialogue(screen, qtbot):
    title, index = dialogue_title(screen), screen.dialogue_box.currentIndex()
    picker_focused(qtbot, screen)
    others = [screen.dialogue_box.itemText(i) for i in range(screen.dialogue_box.count()) if i != index]
    # every other dialogue's first letter, as a keyboard search would find it
    type_text(qtbot, "".join(text[0].lower() for text in others if text[0].isascii()))
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_Home):
        press(qtbot, key)
    qtbot.wait(200)
    assert screen.dialogue_box.currentIndex() == index
    assert dialogue_title(screen) == title


def test_text_from_an_input_method_does_not_switch_the_dialogue(screen, qtbot):
    picker = picker_focused(qtbot, screen)
    index = picker.currentIndex()
    other = picker.itemText((index + 1) % picker.count())
    event = QInputMethodEvent()
    event.setCommitString(other[:3])
    QApplication.sendEvent(picker, event)
    qtbot.wait(100)
    assert picker.currentIndex() == index


def test_the_mouse_wheel_over_the_picker_does_not_switch_the_dialogue(screen, qtbot):
    picker = screen.dialogue_box
    index = picker.currentIndex()
    centre = QPointF(picker.rect().center())
    for step in (-120, -120, 120):
        wheel = QWheelEvent(centre, QPointF(picker.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, step),
                            Qt.MouseButton.NoButton, NO_KEY, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(picker, wheel)
    qtbot.wait(100)
    assert picker.currentIndex() == index
    assert QApplication.focusWidget() is screen.input


@pytest.mark.parametrize("open_key", [(Qt.Key.Key_Space, NO_KEY), (Qt.Key.Key_F4, NO_KEY), (Qt.Key.Key_Down, ALT)],
                         ids=["Space", "F4", "Alt+Down"])
def test_a_dialogue_chosen_from_the_opened_list_is_shown_and_the_words_stay(screen, qtbot, open_key):
    words = start_a_note(qtbot, screen)
    picker = picker_focused(qtbot, screen)
    index = picker.currentIndex()
    press(qtbot, *open_key)
    assert QApplication.activePopupWidget() is not None, "the picker's list is not open"
    target = (index + 1) % picker.count()
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(target):
        press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        press(qtbot, Qt.Key.Key_Return)
    assert dialogue_title(screen) == picker.itemText(target)
    then_typing_goes_on_in_the_box(qtbot, screen, words)


def test_a_click_opens_the_list_and_esc_leaves_the_keyboard_in_the_box(screen, qtbot):
    words = start_a_note(qtbot, screen)
    click(qtbot, screen.dialogue_box)
    assert QApplication.activePopupWidget() is not None, "the picker's list is not open"
    press(qtbot, Qt.Key.Key_Escape)
    then_typing_goes_on_in_the_box(qtbot, screen, words)


# --- a dialogue switch keeps the words, on screen and on disk ------------------------------------


def draft_on_disk(path) -> str:
    """Every draft kept of the project, whichever window wrote it (each keeps its own)."""
    return "\n\n".join(text for _, text in Drafts(path, window="reader").left_behind())


def wait_for_draft(qtbot, path, expected: str) -> None:
    """Wait until the draft on disk reads ``expected`` (it is written off the GUI thread)."""
    try:
        qtbot.waitUntil(lambda: draft_on_disk(path) == expected, timeout=3_000)
    except qtbot.TimeoutError:
        raise AssertionError(f"the draft on disk is {draft_on_disk(path)!r}, not {expected!r}") from None


def test_opening_another_dialogue_keeps_the_words_in_the_box_and_the_draft(screen, qtbot):
    words = start_a_note(qtbot, screen)
    other = next(d for d in screen.session.project.dialogues.list() if d.title != dialogue_title(screen))
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open_dialogue(other.id)
    assert dialogue_title(screen) == other.title
    then_typing_goes_on_in_the_box(qtbot, screen, words)
    wait_for_draft(qtbot, screen.session.project.path, words + " motesplatser")


def test_a_new_dialogue_is_shown_and_the_words_stay(screen, qtbot):
    words = start_a_note(qtbot, screen)

    in_modal(qtbot, "Workshop om AI", Qt.Key.Key_Return)  # the New dialogue dialog: a title, then Enter
    qtbot.mouseClick(screen.new_dialogue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.loaded_data.dialogue.title == "Workshop om AI", timeout=10_000)
    assert screen.dialogue_box.currentText() == "Workshop om AI"
    then_typing_goes_on_in_the_box(qtbot, screen, words)


def test_a_note_stays_in_the_draft_until_its_commit_has_returned(screen, qtbot, monkeypatch):
    # given a slow USB stick: the commit waits until the test lets it go
    gate = threading.Event()
    save = screen.session.project.capture.save

    def slow_save(*args, **kwargs):
        assert gate.wait(10), "the test never let the commit go"
        return save(*args, **kwargs)

    monkeypatch.setattr(screen.session.project.capture, "save", slow_save)
    path = screen.session.project.path
    try:
        # when a note is entered, and the box is empty while its commit has not returned
        words = start_a_note(qtbot, screen, "Fiber till byarna")
        press(qtbot, Qt.Key.Key_Return)
        assert screen.input.toPlainText() == ""
        qtbot.wait(DRAFT_DELAY_MS + 300)  # the box's (empty) draft has been written by now
        # then its words are still on disk, and the next note's words join them
        wait_for_draft(qtbot, path, words)
        type_text(qtbot, "Och mobilnat")
        wait_for_draft(qtbot, path, words + "\nOch mobilnat")
    finally:
        gate.set()
    # and once its commit has returned, only the note being typed is in the draft
    assert screen.session.wait(10_000)  # every queued write has run; its news and callbacks follow
    wait_for_draft(qtbot, path, "Och mobilnat")


def test_a_project_switch_mid_sentence_keeps_the_words_with_their_project(seeded_window, screen, qtbot,
                                                                          make_project_file):
    first = screen.session.project.path
    other = make_project_file("other")
    words = start_a_note(qtbot, screen)  # and at once, before the draft's delay, another project
    seeded_window.open_project(other)
    qtbot.waitUntil(lambda: screen.session is not None and screen.session.project.path == other, timeout=10_000)
    wait_for_draft(qtbot, first, words)
    assert screen.input.toPlainText() == ""


def test_words_back_from_the_draft_are_typed_on_after(main_window, qtbot, seeded_copy):
    # given half a note kept on disk when the laptop died
    Drafts(seeded_copy).save("Halvskriven mening")
    # when the project is opened again and the facilitator types on
    main_window.open_project(seeded_copy)
    capture = main_window.capture
    qtbot.waitUntil(lambda: capture.loaded_data is not None, timeout=10_000)
    main_window.activateWindow()
    main_window.show_capture()
    then_typing_goes_on_in_the_box(qtbot, capture, "Halvskriven mening")
