"""One very long note must not hide the rest of the question: it is shortened on its card, with an
ellipsis, and the wall fills with as many notes as fit."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel

from dialog_app.core.project import Project
from dialog_app.core.services.capture import Stamp
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.projector.card_text import ELLIPSIS, shorten
from dialog_app.gui.projector.projector_window import ProjectorWindow
from tests.gui.shots import save_shot

RELOAD_MS = 10_000
WORKSHOP = "Workshop: digital innovation med näringsliv och akademi"
LONG = " ".join(f"ord{i}" for i in range(1200))[:5000]


def test_shorten_cuts_after_a_word_and_keeps_short_text():
    assert shorten("kort", lambda text: True) == "kort"
    cut = shorten("alfa beta gamma delta epsilon", lambda text: len(text) <= 16)
    assert cut.endswith(ELLIPSIS) and len(cut) <= 16
    assert cut == "alfa beta gamma" + ELLIPSIS


def test_a_5000_character_note_leaves_room_for_the_others(app, qtbot, seeded_copy, messages, tmp_path):
    session = ProjectSession(Project.open(seeded_copy, user="Petra"))
    project = session.project
    workshop = project.dialogues.find(WORKSHOP)
    project.capture.start(workshop.id)
    question = project.capture.current_question(workshop.id)
    stamp = Stamp(workshop.id, question.id)
    project.capture.save(stamp, LONG)
    shorts = [f"Kort anteckning {i}" for i in range(6)]
    for text in shorts:
        project.capture.save(stamp, text)
    window = ProjectorWindow(session)
    window.resize(1920, 1080)
    window.show()
    try:
        with qtbot.waitSignal(window.refreshed, timeout=RELOAD_MS):
            window.show_dialogue(workshop.id)
        texts = [label.text() for label in window.findChildren(QLabel, "projectorNote")]
        assert set(shorts) <= set(texts)
        long_cards = [text for text in texts if text.startswith("ord0 ord1")]
        assert len(long_cards) == 1 and long_cards[0].endswith(ELLIPSIS) and len(long_cards[0]) < 1000
        board_bottom = window.board.mapTo(window, window.board.rect().bottomLeft()).y()
        for label in window.findChildren(QLabel, "projectorNote"):
            assert label.mapTo(window, label.rect().bottomRight()).y() <= board_bottom
        save_shot(window, "projector-long-note-1920x1080")
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(RELOAD_MS)
        QApplication.processEvents()
        shiboken6.delete(window)
        session.close()
