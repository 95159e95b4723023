"""The person operations (issue 14) run the core off the GUI thread: a find reads, an erasure is one
undo step named for the Edit menu, anonymising too, and the backups that hold someone are listed and
erased."""

from __future__ import annotations

import pytest

from dialog_app.core.history import Action
from dialog_app.core.project import Project
from dialog_app.gui.operations.persons import (
    anonymise_project,
    backups_holding,
    erase_backups,
    erase_person,
    find_person,
)
from dialog_app.gui.ops import ProjectSession
from tests.core.services.person_fixtures import EMAIL, NAME, PHONE, add_anna, held

LOAD = 10_000


@pytest.fixture
def session(qtbot, tmp_path):
    project = Project.create(tmp_path / "Länsdialog.dialog", user="anna")
    add_anna(project)
    session = ProjectSession(project)
    yield session
    session.close()


def run(qtbot, op) -> object:
    done = []
    op.success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=LOAD)
    return done[0]


def test_find_then_erase_is_one_undo_step(qtbot, session):
    record = run(qtbot, find_person(session, NAME))
    assert len(record.register) == 1 and record.mentions
    backup = session.project.back_up(unless_unchanged=False)
    result = run(qtbot, erase_person(session, NAME))
    assert result.counts["register"] == 1 and [b.path for b in result.backups] == [backup.path]
    step = session.project.history.next_undo
    assert (step.action, step.count) == (Action.ERASE_PERSON, 1)
    assert held(session.project.path) == []
    holding = run(qtbot, backups_holding(session, NAME, also=(EMAIL, PHONE)))
    assert [b.path for b in holding] == [backup.path]
    assert run(qtbot, erase_backups(session, [backup.path])) == [backup.path]
    assert run(qtbot, find_person(session, NAME)).empty


def test_anonymising_is_one_undo_step(qtbot, session):
    result = run(qtbot, anonymise_project(session))
    assert result.counts["register"] == 2
    step = session.project.history.next_undo
    assert (step.action, step.count) == (Action.ERASE_PERSON, 3)
