"""The REFI-QDA exports as export jobs: the same GUIDs every time, progress to the end, and a
cancel that leaves no file (and an older one as it was)."""

from __future__ import annotations

import pytest

from dialog_app.core.jobs import Cancelled, Job
from dialog_app.io.export import export
from tests.io.refi_files import read_qdpx


def test_exporting_twice_gives_the_same_guids(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "first.qdpx")
    export(exported.project, "qdpx", tmp_path / "second.qdpx")
    # then
    first, second = read_qdpx(tmp_path / "first.qdpx"), read_qdpx(tmp_path / "second.qdpx")
    assert first.guids() == second.guids() and len(set(first.guids())) > 20
    assert sorted(first.names) == sorted(second.names)
    assert first.texts == second.texts


def test_a_renamed_stakeholder_group_is_still_the_same_case(exported, tmp_path):
    # given
    export(exported.project, "qdpx", tmp_path / "before.qdpx")
    exported.project.participation.rename_group(exported.groups["business"].id, "Företag")
    # when
    export(exported.project, "qdpx", tmp_path / "after.qdpx")
    # then
    def cases(name):
        return {c.get("name"): c.get("guid") for c in read_qdpx(tmp_path / name).find("//q:Case")}

    before, after = cases("before.qdpx"), cases("after.qdpx")
    assert after["Företag"] == before["Näringsliv"]
    assert after["Kommun"] == before["Kommun"]


def test_guids_are_unique_within_a_project(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    # then
    defined = read_qdpx(tmp_path / "remiss.qdpx").root.xpath("//@guid")
    assert len(defined) == len(set(defined))


def test_progress_runs_to_the_end(exported, tmp_path):
    # given
    seen: list[tuple[int, int]] = []
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx", job=Job(on_progress=lambda *step: seen.append(step)))
    # then
    assert seen and seen[-1][0] == seen[-1][1]
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)


@pytest.mark.parametrize("format_key", ["qdpx", "qdc"])
def test_a_cancel_before_the_export_writes_nothing(exported, tmp_path, format_key):
    # given
    job = Job()
    job.cancel()
    target = tmp_path / f"remiss.{format_key}"
    # when
    with pytest.raises(Cancelled):
        export(exported.project, format_key, target, job=job)
    # then
    assert not target.exists() and not list(tmp_path.glob(".remiss*"))


def test_a_cancel_while_writing_leaves_the_older_file_as_it_was(exported, tmp_path):
    # given
    target = tmp_path / "remiss.qdpx"
    target.write_bytes(b"the older export")
    job = Job(on_progress=lambda _done, _total: job.cancel())
    # when: cancelled as soon as the first dialogue is laid out
    with pytest.raises(Cancelled):
        export(exported.project, "qdpx", target, job=job)
    # then
    assert target.read_bytes() == b"the older export"
    assert not list(tmp_path.glob(".remiss*"))
