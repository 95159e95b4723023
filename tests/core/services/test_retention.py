"""The retention date (gallring, issue 14): stored in the project, due from the day after it, one
undo step to set or clear, and carried by the file itself."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Action
from dialog_app.core.project import Project
from dialog_app.core.retention_date import SETTING, is_due, parse_until


def test_a_new_project_has_no_date_and_is_never_due(project):
    assert project.retention.until() is None
    assert not project.retention.due(date(2099, 1, 1))


def test_the_date_is_kept_in_the_file_as_an_iso_string(project):
    project.retention.set_until(date(2027, 6, 30))
    assert project.setting(SETTING) == "2027-06-30"
    path = project.path
    project.close()
    with Project.open(path, read_only=True) as again:
        assert again.retention.until() == date(2027, 6, 30)


def test_due_only_after_the_last_day(project):
    project.retention.set_until(date(2027, 6, 30))
    assert not project.retention.due(date(2027, 6, 29))
    assert not project.retention.due(date(2027, 6, 30))  # the last day the data may be kept
    assert project.retention.due(date(2027, 7, 1))


def test_setting_and_clearing_are_each_one_undo_step(project):
    project.retention.set_until(date(2027, 6, 30))
    assert project.history.next_undo.action == Action.SET_RETENTION
    project.retention.set_until(date(2028, 1, 1))
    project.retention.set_until(None)
    assert project.retention.until() is None and project.setting(SETTING) is None
    project.history.undo()
    assert project.retention.until() == date(2028, 1, 1)
    project.history.undo()
    assert project.retention.until() == date(2027, 6, 30)
    project.history.undo()
    assert project.retention.until() is None
    project.history.redo()
    assert project.retention.until() == date(2027, 6, 30)


def test_the_same_date_again_records_no_step(project):
    project.retention.set_until(date(2027, 6, 30))
    step = project.history.next_undo
    project.retention.set_until(date(2027, 6, 30))
    assert project.history.next_undo is step


def test_a_time_is_no_date(project):
    with pytest.raises(InvalidValueError):
        project.retention.set_until(datetime(2027, 6, 30, tzinfo=timezone.utc))
    with pytest.raises(InvalidValueError):
        project.retention.set_until("2027-06-30")


def test_a_received_file_with_something_else_stored_has_no_date(project):
    project.set_setting(SETTING, {"not": "a date"})
    assert project.retention.until() is None
    assert parse_until("31/12/2027") is None and parse_until(None) is None
    assert is_due(date(2020, 1, 1), date(2020, 1, 2)) and not is_due(None)
