"""The project's own facts (title, organiser, time zone, language): one save, one undo step; times in
exports print in the project's zone, not the computer's (issue 15)."""

from __future__ import annotations

import csv
import time
from datetime import datetime, timezone

import pytest

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Action
from dialog_app.core.services.project_facts import ProjectFacts
from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.gather import gather


def test_a_new_project_has_sensible_facts(project):
    facts = project.facts.read()
    assert (facts.title, facts.organiser, facts.time_zone, facts.language) == ("core", "", "Europe/Stockholm", "sv")


def test_saving_the_facts_is_one_undo_step(project):
    # when
    project.facts.save(ProjectFacts("Regional digitaliseringsstrategi", "Region Västernorrland", "Europe/Helsinki",
                                    "en"))
    # then
    assert project.title == "Regional digitaliseringsstrategi" and project.language == "en"
    assert project.facts.read().organiser == "Region Västernorrland"
    assert project.history.next_undo.action == Action.PROJECT_FACTS
    # when
    project.history.undo()
    # then
    assert project.facts.read() == ProjectFacts("core", "", "Europe/Stockholm", "sv")
    # when
    project.history.redo()
    # then
    assert project.facts.read().time_zone == "Europe/Helsinki"


def test_the_organiser_is_printed_on_the_report(project):
    project.facts.save(ProjectFacts("Strategi", "Region Västernorrland"))
    assert gather(project, ExportOptions()).organiser == "Region Västernorrland"


@pytest.mark.parametrize("facts", [
    ProjectFacts("  "), ProjectFacts("Strategi", time_zone="Europe/Atlantis"), ProjectFacts("Strategi", language="de")])
def test_bad_facts_are_refused_and_nothing_is_recorded(project, facts):
    with pytest.raises(InvalidValueError):
        project.facts.save(facts)
    assert project.history.next_undo is None and project.facts.read().title == "core"


def test_an_unchanged_save_records_nothing(project):
    project.facts.save(project.facts.read())
    assert project.history.next_undo is None


@pytest.fixture
def computer_in_utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_export_times_are_in_the_project_zone_not_the_computers(project, tmp_path, computer_in_utc):
    # given: a meeting at 08:00 UTC, a computer in UTC
    meeting = project.dialogues.create("Möte", starts_at=datetime(2026, 3, 12, 8, 0, tzinfo=timezone.utc))
    project.notes.add(meeting.id, "Bredband överallt", status="approved",
                      created_at=datetime(2026, 3, 12, 8, 30, tzinfo=timezone.utc))

    def exported_times() -> tuple[str, str]:
        path = tmp_path / "notes.csv"
        export(project, "csv", path, ExportOptions(language="en"))
        with path.open(encoding="utf-8-sig", newline="") as handle:
            row = next(csv.DictReader(handle))
        return row["Dialogue date"], row["Noted at"]

    # then: Stockholm by default (UTC+1 in March)
    assert exported_times() == ("2026-03-12 09:00", "2026-03-12 09:30")
    assert gather(project).dialogues[0].starts_at.hour == 9
    # when
    project.facts.save(ProjectFacts("core", time_zone="Asia/Tokyo"))
    # then
    assert exported_times() == ("2026-03-12 17:00", "2026-03-12 17:30")
