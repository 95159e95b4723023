"""Table projects (issue 13): one copy of a master per table, sharing every id, labelled with its
table, and never replacing a file."""

from __future__ import annotations

import os

import pytest

from dialog_app.core.errors import InvalidValueError, ProjectExistsError
from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.project import Project
from dialog_app.core.table_projects import plan_tables


@pytest.fixture
def master(project):
    project.dialogues.create_with_questions("Dialogmöte om digital välfärd", [("Vad fungerar?", 20),
                                                                             ("Vad saknas?", None)])
    return project


def ids(project: Project) -> dict[str, set]:
    """The ids of what a table project must share with its master."""
    dialogues = project.dialogues.list()
    frameworks = project.frameworks.frameworks()
    return {
        "dialogues": {d.id for d in dialogues},
        "questions": {item.id for d in dialogues for item in project.dialogues.agenda(d.id)},
        "groups": {g.id for g in project.participation.groups()},
        "frameworks": {f.id for f in frameworks},
        "themes": {t.id for f in frameworks for t in project.frameworks.themes(f.id)},
    }


def test_each_table_gets_a_copy_sharing_every_id_and_knowing_its_table(master, tmp_path):
    planned = plan_tables(master.path, 3, tmp_path / "bord")
    written = master.prepare_tables(planned)
    assert [path.name for path in written] == [f"{master.path.stem} – Bord {n}.dialog" for n in (1, 2, 3)]
    for number, path in enumerate(written, start=1):
        with Project.open(path) as copy:
            assert copy.table_label == f"Bord {number}"
            assert copy.title == f"{master.title} – Bord {number}"
            assert ids(copy) == ids(master)
            assert copy.check() == []
    assert master.table_label is None


def test_an_existing_file_stops_the_preparation_before_anything_is_written(master, tmp_path):
    planned = plan_tables(master.path, 3, tmp_path)
    planned[2].path.write_bytes(b"somebody's file")
    with pytest.raises(ProjectExistsError):
        master.prepare_tables(planned)
    assert not planned[0].path.exists() and not planned[1].path.exists()
    assert planned[2].path.read_bytes() == b"somebody's file"


def test_a_cancelled_preparation_leaves_no_half_set(master, tmp_path):
    planned = plan_tables(master.path, 4, tmp_path)
    job = Job(on_progress=lambda done, _total: job.cancel() if done == 2 else None)
    with pytest.raises(Cancelled):
        master.prepare_tables(planned, job)
    assert not any(os.path.lexists(table.path) for table in planned)
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".partial")]


def test_labels_are_the_users_and_safe_as_file_names(master, tmp_path):
    planned = plan_tables(master.path, 2, tmp_path, label="Table %1: window/side")
    assert [table.label for table in planned] == ["Table 1: window/side", "Table 2: window/side"]
    assert [table.path.name for table in planned] == [f"{master.path.stem} – Table {n}- window-side.dialog"
                                                      for n in (1, 2)]
    with pytest.raises(InvalidValueError):
        plan_tables(master.path, 2, tmp_path, label="Bord")
    with pytest.raises(InvalidValueError):
        plan_tables(master.path, 0, tmp_path)
