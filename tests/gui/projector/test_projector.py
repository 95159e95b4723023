"""The projector: the room sees the current question, its timer and its notes grouped by theme, live,
in large plain type and never with personal data."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from dialog_app.core.project import Project
from dialog_app.core.question_timer import TimerLevel, timer_state
from dialog_app.core.services.capture import Stamp
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.projector import projector_ops, projector_window
from dialog_app.gui.projector.projector_content import (
    Metrics,
    ProjectorContent,
    ProjectorNote,
    Section,
    ThemeInfo,
    fit,
    flow,
    group_by_theme,
    soft_wrap,
)
from dialog_app.gui.projector.projector_window import TIMER_COLOURS, TIMER_MARKS, ProjectorWindow

WORKSHOP = "Workshop: digital innovation med näringsliv och akademi"
FACILITATOR = "Petra Protokollsson"
RELOAD_MS = 10_000


@pytest.fixture
def session(app, seeded_copy):
    session = ProjectSession(Project.open(seeded_copy, user=FACILITATOR))
    yield session
    QThreadPool.globalInstance().waitForDone(RELOAD_MS)  # no reload still reading the file
    session.close()


@pytest.fixture
def project(session):
    return session.project


@pytest.fixture
def window(app, qtbot, session, messages):
    window = ProjectorWindow(session)
    window.resize(1280, 720)
    window.show()
    yield window
    window.close()
    QThreadPool.globalInstance().waitForDone(RELOAD_MS)
    QApplication.processEvents()  # the last reload's result arrives
    shiboken6.delete(window)  # here, on the GUI thread: never left to a garbage collection elsewhere


@pytest.fixture
def workshop(project):
    return project.dialogues.find(WORKSHOP)


@pytest.fixture
def running(window, qtbot, project, workshop):
    """The projector follows the workshop, whose first question has started."""
    project.capture.start(workshop.id)
    with qtbot.waitSignal(window.refreshed, timeout=RELOAD_MS):
        window.show_dialogue(workshop.id)
    return workshop


def after(window, qtbot, action):
    """Do something to the project and wait until the projector has shown the result."""
    with qtbot.waitSignal(window.refreshed, timeout=RELOAD_MS):
        result = action()
    return result


def note_texts(window: QWidget) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel, "projectorNote")]


def sections(window: QWidget) -> dict[str, list[str]]:
    """Section title -> the note texts under it (a section that goes on in the next column merged)."""
    found: dict[str, list[str]] = {}
    for box in window.findChildren(QWidget, "projectorSection"):
        title = box.findChild(QLabel, "projectorTheme").text()
        texts = [label.text() for label in box.findChildren(QLabel, "projectorNote")]
        found.setdefault(title, []).extend(texts)
    return found


def all_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle(), window.toolTip(), window.accessibleName()]
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
    return texts


def current_notes(project, dialogue_id, question_id) -> list:
    return project.notes.list(
        NoteFilter(
            dialogue_ids=frozenset({dialogue_id}), agenda_item_ids=frozenset({question_id}), for_projector=True
        )
    )


# --- the window ---------------------------------------------------------------------------------


def test_the_projector_is_its_own_window_that_takes_no_focus(window):
    assert window.objectName() == "projectorWindow"
    assert window.isWindow()
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert all(w.focusPolicy() == Qt.FocusPolicy.NoFocus for w in window.findChildren(QLabel))


def test_before_a_question_starts_the_room_sees_a_friendly_waiting_text(window, qtbot, workshop):
    # given a dialogue whose agenda has not started
    # when the projector follows it
    with qtbot.waitSignal(window.refreshed, timeout=RELOAD_MS):
        window.show_dialogue(workshop.id)
    # then
    assert window.pages.currentWidget() is window.waiting_label
    assert window.waiting_label.text() == "The next question will appear here"
    assert window.dialogue_label.text() == WORKSHOP
    assert note_texts(window) == []
    assert window.timer_label.isHidden()


def test_shows_the_current_question_and_its_notes(window, project, running):
    # given the workshop's first question has started (fixture)
    question = project.capture.current_question(running.id)
    # then the room sees that question and exactly its notes
    assert window.question_label.text() == question.question
    assert window.question_label.font().pointSizeF() == pytest.approx(3 * QApplication.font().pointSizeF())
    expected = {note.text for note in current_notes(project, running.id, question.id)}
    assert len(expected) == 5
    assert set(note_texts(window)) == expected
    assert window.more_label.text() == ""


def test_notes_are_grouped_by_theme_and_untagged_ones_under_other_input(window, qtbot, project, running):
    # given
    question = project.capture.current_question(running.id)
    themes = {t.name: t.id for t in project.frameworks.themes(project.frameworks.active_framework().id)}
    stamp = Stamp(running.id, question.id)
    # when one note is tagged, one is not, one has two themes
    safety = [themes["Digital trygghet"]]
    after(window, qtbot, lambda: project.capture.save(stamp, "Trygg inloggning", theme_ids=safety))
    after(window, qtbot, lambda: project.capture.save(stamp, "Något helt annat"))
    after(window, qtbot, lambda: project.capture.save(
        stamp, "Fiber och kompetens", theme_ids=[themes["Digital infrastruktur"], themes["Digital kompetens"]]))
    # then
    shown = sections(window)
    assert "Trygg inloggning" in shown["Digital trygghet"]
    assert shown["Other input"] == ["Något helt annat"]
    assert "Fiber och kompetens" in shown["Digital infrastruktur"]
    assert "Fiber och kompetens" in shown["Digital kompetens"]
    # and the sections keep the framework's order, "Other input" last
    titles = list(dict.fromkeys(shown))
    order = [name for name in themes if name in titles] + ["Other input"]
    assert titles == order
    # and a theme put on a note later moves it out of "Other input"
    note = next(n for n in current_notes(project, running.id, question.id) if n.text == "Något helt annat")
    after(window, qtbot, lambda: project.tagging.tag([note.id], themes["Digital ledning"]))
    assert "Other input" not in sections(window)
    assert sections(window)["Digital ledning"] == ["Något helt annat"]


# --- following the facilitator ------------------------------------------------------------------


def test_a_captured_note_appears(window, qtbot, project, running):
    question = project.capture.current_question(running.id)
    stamp = Stamp(running.id, question.id)
    after(window, qtbot, lambda: project.capture.save(stamp, "Ny anteckning från rummet"))
    assert "Ny anteckning från rummet" in note_texts(window)
    # and a note captured for another question does not
    other = project.dialogues.agenda(running.id)[2]
    after(window, qtbot, lambda: project.capture.save(Stamp(running.id, other.id), "Hör till en annan fråga"))
    assert "Hör till en annan fråga" not in note_texts(window)


def test_an_edited_text_is_followed(window, qtbot, project, running):
    question = project.capture.current_question(running.id)
    note = after(window, qtbot, lambda: project.capture.save(Stamp(running.id, question.id), "Stavfle"))
    after(window, qtbot, lambda: project.notes.update(note.id, text="Stavfel rättat"))
    assert "Stavfel rättat" in note_texts(window)
    assert "Stavfle" not in note_texts(window)


def test_a_deleted_note_disappears(window, qtbot, project, running):
    question = project.capture.current_question(running.id)
    victim = current_notes(project, running.id, question.id)[0]
    assert victim.text in note_texts(window)
    after(window, qtbot, lambda: project.notes.delete([victim.id]))
    assert victim.text not in note_texts(window)
    # and undo brings it back
    after(window, qtbot, project.history.undo)
    assert victim.text in note_texts(window)


def test_a_note_hidden_from_the_projector_disappears(window, qtbot, project, running):
    question = project.capture.current_question(running.id)
    stamp = Stamp(running.id, question.id)
    note = after(window, qtbot, lambda: project.capture.save(stamp, "Bara för protokollet"))
    assert "Bara för protokollet" in note_texts(window)
    after(window, qtbot, lambda: project.notes.update(note.id, hidden_from_projector=True))
    assert "Bara för protokollet" not in note_texts(window)
    after(window, qtbot, lambda: project.notes.update(note.id, hidden_from_projector=False))
    assert "Bara för protokollet" in note_texts(window)


def test_advancing_switches_question_and_notes(window, qtbot, project, running):
    first = project.capture.current_question(running.id)
    first_notes = {n.text for n in current_notes(project, running.id, first.id)}
    # when
    second = after(window, qtbot, lambda: project.capture.advance(running.id))
    # then
    assert window.question_label.text() == second.question != first.question
    shown = set(note_texts(window))
    assert shown and shown <= {n.text for n in current_notes(project, running.id, second.id)}
    assert not shown & first_notes
    # and when the agenda is done, the room waits again
    for _ in project.dialogues.agenda(running.id)[2:]:
        after(window, qtbot, lambda: project.capture.advance(running.id))
    after(window, qtbot, lambda: project.capture.advance(running.id))
    assert window.pages.currentWidget() is window.waiting_label


def test_bursts_are_debounced_and_reloads_never_overlap(window, qtbot, project, running, monkeypatch):
    # given a slow loader that counts how often it runs and how many run at once
    calls, active, most = [], [0], [0]
    lock = threading.Lock()
    real = projector_ops.load_content

    def slow(*args, **kwargs):
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        calls.append(1)
        time.sleep(0.15)
        try:
            return real(*args, **kwargs)
        finally:
            with lock:
                active[0] -= 1

    monkeypatch.setattr(projector_ops, "load_content", slow)
    question = project.capture.current_question(running.id)
    stamp = Stamp(running.id, question.id)
    # when ten notes arrive in one burst
    after(window, qtbot, lambda: [project.capture.save(stamp, f"Skur {i}") for i in range(10)])
    # then one reload showed them all
    assert len(calls) == 1
    assert {f"Skur {i}" for i in range(10)} <= set(note_texts(window))
    # when a change arrives while a reload is running
    calls.clear()
    with qtbot.waitSignal(window.refreshed, timeout=RELOAD_MS):
        window.refresh()
        qtbot.wait(60)  # the reload is now under way
        project.capture.save(stamp, "Medan den laddade")
    # then exactly one more reload ran after it, never beside it, and its result is what is shown
    assert len(calls) == 2
    assert most[0] == 1
    assert "Medan den laddade" in note_texts(window)
    qtbot.wait(300)
    assert len(calls) == 2


# --- what the room must never see ---------------------------------------------------------------


def test_personal_data_is_never_shown(window, qtbot, project, running):
    # given a named participant and a note with an e-mail address, a phone number and the name
    after(window, qtbot, lambda: project.participation.add_participant(running.id, "Karin Lindqvist"))
    question = project.capture.current_question(running.id)
    text = "Mejla anna.berg@example.se eller ring 070-174 06 55, sa Karin Lindqvist."
    after(window, qtbot, lambda: project.capture.save(Stamp(running.id, question.id), text))
    # then the masked note is shown, and no label, title or tooltip holds the personal data
    assert "Mejla [e-mail] eller ring [phone], sa [name]." in note_texts(window)
    everything = "\n".join(all_texts(window))
    for secret in ("anna.berg", "example.se", "070-174", "06 55", "Karin", "Lindqvist", FACILITATOR, "Petra"):
        assert secret not in everything


def test_a_participant_added_later_is_masked_at_once(window, qtbot, project, running):
    question = project.capture.current_question(running.id)
    stamp = Stamp(running.id, question.id)
    after(window, qtbot, lambda: project.capture.save(stamp, "Tack Gunilla Berg för fikat"))
    assert "Tack Gunilla Berg för fikat" in note_texts(window)  # not yet known as a person
    after(window, qtbot, lambda: project.participation.add_participant(running.id, "Gunilla Berg"))
    assert "Tack [name] för fikat" in note_texts(window)
    assert "Gunilla" not in "\n".join(all_texts(window))


def test_markup_is_shown_literally(window, qtbot, project, running):
    question = project.capture.current_question(running.id)
    text = '<b>Fetstil</b> & <font color="red">röd</font> &amp; <a href="x">länk</a>'
    after(window, qtbot, lambda: project.capture.save(Stamp(running.id, question.id), text))
    assert text in note_texts(window)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in window.findChildren(QLabel))


# --- the timer ----------------------------------------------------------------------------------


def test_the_timer_follows_the_shared_rule_and_changes_colour(window, qtbot, project, running, monkeypatch):
    question = project.capture.current_question(running.id)
    assert question.planned_minutes == 30

    # given the database cannot be read any more: the timer must not need it
    def no_database(*_args, **_kwargs):
        raise AssertionError("the timer touched the database")

    monkeypatch.setattr(project.capture, "current_question", no_database)
    monkeypatch.setattr(project.notes, "list", no_database)
    assert window._clock.interval() == 1000
    for elapsed, level in ((timedelta(minutes=12, seconds=5), TimerLevel.CALM),
                           (timedelta(minutes=25), TimerLevel.AMBER),
                           (timedelta(minutes=31, seconds=1), TimerLevel.RED)):
        now = question.started_at + elapsed
        monkeypatch.setattr(projector_window, "_now", lambda now=now: now)
        expected = timer_state(question.started_at, question.planned_minutes, now)
        # when the clock ticks
        qtbot.waitUntil(lambda: window.timer_label.text() == TIMER_MARKS[level] + expected.text, timeout=3000)
        # then
        assert expected.level == level
        assert window.timer_label.property("level") == level.value
        colour = window.timer_label.palette().color(QPalette.ColorRole.WindowText).name()
        assert colour == TIMER_COLOURS[level].lower()
    assert window.timer_label.text() == "⚠ 31:01 / 30:00"


# --- many notes, full screen, the screenshot ----------------------------------------------------


def test_many_notes_show_the_newest_that_fit_and_how_many_more(window, qtbot, project, running):
    question = project.capture.current_question(running.id)
    stamp = Stamp(running.id, question.id)
    after(window, qtbot, lambda: [project.capture.save(stamp, f"Anteckning nummer {i}") for i in range(40)])
    shown = set(note_texts(window))
    assert "Anteckning nummer 39" in shown
    assert "Anteckning nummer 0" not in shown
    assert len(shown) <= 30
    assert window.more_label.text() == f"+{45 - len(shown)} more"
    # and every note shown lies wholly inside the window: nothing is cut off at the bottom
    labels = window.findChildren(QLabel, "projectorNote")
    qtbot.waitUntil(lambda: all(label.isVisible() for label in labels))
    board_bottom = window.board.mapTo(window, window.board.rect().bottomLeft()).y()
    for label in labels:
        assert label.mapTo(window, label.rect().bottomRight()).y() <= board_bottom
        assert label.mapTo(window, label.rect().bottomRight()).x() <= window.width()


def test_a_closed_projector_hears_no_news_and_the_news_does_not_keep_it(app, qtbot, session, project, workshop):
    import gc
    import weakref

    # given a projector on the running workshop, closed again
    project.capture.start(workshop.id)
    window = ProjectorWindow(session)
    with qtbot.waitSignal(window.refreshed, timeout=RELOAD_MS):
        window.show_dialogue(workshop.id)
    window.show()
    window.close()
    reloads = []
    window.refreshed.connect(lambda: reloads.append(1))
    # when a note is captured
    question = project.capture.current_question(workshop.id)
    project.capture.save(Stamp(workshop.id, question.id), "Efter stängningen")
    qtbot.wait(300)
    # then it does not reload, and once let go nothing holds it
    assert reloads == []
    gone = weakref.ref(window)
    del window
    gc.collect()
    assert gone() is None


def test_full_screen_on_the_last_screen_and_escape(window, qtbot, running):
    window.show_on()
    qtbot.waitUntil(window.isFullScreen)
    assert window.screen() is QApplication.screens()[-1]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_type_scales_with_the_window_height(window, qtbot, running):
    small = window.question_label.font().pointSizeF()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.question_label.font().pointSizeF() > small)
    assert window.question_label.font().pointSizeF() == pytest.approx(small * 1.5)
    notes = window.findChildren(QLabel, "projectorNote")
    assert notes and notes[0].font().pointSizeF() == pytest.approx(1.8 * 1.5 * QApplication.font().pointSizeF())


def test_a_screenshot_at_1280x720(window, qtbot, running, tmp_path):
    qtbot.waitUntil(lambda: all(label.isVisible() for label in window.findChildren(QLabel, "projectorNote")))
    image = window.grab().toImage()
    assert (image.width(), image.height()) == (1280, 720)
    assert image.save(str(tmp_path / "projector.png"))


# --- the pure logic -----------------------------------------------------------------------------

A, B, C = (ThemeInfo(uuid.uuid4(), name, "#123456") for name in ("A", "B", "C"))


def notes(*texts: str) -> list[ProjectorNote]:
    return [ProjectorNote(uuid.uuid4(), text) for text in texts]


def test_grouping_keeps_the_framework_order_and_puts_other_input_last():
    one, two, three, four = notes("one", "two", "three", "four")
    unknown_theme = uuid.uuid4()  # of another framework
    grouped = group_by_theme(
        [one, two, three, four],
        {one.id: [C.id], two.id: [A.id, C.id], three.id: [], four.id: [unknown_theme]},
        [A, B, C],
    )
    assert [(s.theme, [n.text for n in s.notes]) for s in grouped] == [
        (A, ["two"]), (C, ["one", "two"]), (None, ["three", "four"])
    ]


def test_flow_fills_columns_like_a_newspaper_and_repeats_a_continued_title():
    metrics = Metrics(header=10, note=lambda n: 20, note_gap=0, section_gap=5)
    first, second = Section(A, tuple(notes("1", "2", "3"))), Section(B, tuple(notes("4")))
    laid = flow([first, second], columns=2, height=65, metrics=metrics)
    assert [[(s.theme, len(s.notes)) for s in column] for column in laid] == [[(A, 2)], [(A, 1), (B, 1)]]
    assert flow([first, second], columns=1, height=65, metrics=metrics) is None


def test_fit_keeps_the_newest_notes_and_counts_the_rest():
    newest_first = notes(*(str(i) for i in range(10, 0, -1)))
    content = ProjectorContent(question="?", notes=tuple(newest_first), total=40,
                               sections=(Section(A, tuple(newest_first)),))
    metrics = Metrics(header=10, note=lambda n: 20, note_gap=0, section_gap=5)
    laid, hidden = fit(content, columns=1, height=70, metrics=metrics)
    assert [n.text for n in laid[0][0].notes] == ["10", "9", "8"]
    assert hidden == 37


def test_a_very_long_word_may_break():
    link = "https://example.org/" + "x" * 60
    wrapped = soft_wrap(f"Se {link} här")
    assert wrapped.replace("\u200b", "") == f"Se {link} här"
    assert "\u200b" in wrapped
    assert soft_wrap("kort text") == "kort text"
