"""Selections as the tools leave them: without codings, coded with codes the file lacks, in no
namespace, with offsets that fit nothing, with their text missing; cases as stakeholder groups."""

from __future__ import annotations

import pytest

from dialog_app.core.import_plan import RowProblem
from dialog_app.core.jobs import Cancelled, Job
from dialog_app.io.imports.refi_reader import read_refi
from tests.io.imports.refi_build import project, qdpx, read, selection, text_source

TEXT = "Vi behöver bättre bussar på kvällarna. Biblioteket är viktigt för oss äldre.\n"
BUS, LIBRARY = TEXT.index("Vi"), TEXT.index("Biblioteket")
CODES = ('<CodeBook><Codes><Code guid="c0000000-0000-0000-0000-000000000001" name="Transport" isCodable="true"/>'
         '<Code guid="c0000000-0000-0000-0000-000000000002" name="Mötesplatser" isCodable="true"/></Codes></CodeBook>')
T1, T2 = "c0000000-0000-0000-0000-000000000001", "c0000000-0000-0000-0000-000000000002"
S1, S2 = "a0000000-0000-0000-0000-000000000001", "a0000000-0000-0000-0000-000000000002"
SOURCE = "b0000000-0000-0000-0000-000000000001"


def plan_of(tmp_path, selections: str, cases: str = "", namespace: str | None = None, **source):
    source.setdefault("path", "internal://intervju.txt")
    body = CODES + cases + f"<Sources>{text_source(SOURCE, selections, **source)}</Sources>"
    qde = project(body) if namespace is None else project(body, namespace=namespace)
    return read(qdpx(tmp_path, qde, {"sources/intervju.txt": TEXT}))


def test_coded_selections_become_tagged_notes_in_file_order(tmp_path):
    # when
    plan = plan_of(tmp_path, selection(S1, BUS, LIBRARY - 1, T1) + selection(S2, LIBRARY, len(TEXT), T2, T1))
    # then
    assert [(n.text, n.themes, n.origin) for n in plan.notes] == [
        ("Vi behöver bättre bussar på kvällarna.", (T1,), f"selection={S1}"),
        ("Biblioteket är viktigt för oss äldre.", (T2, T1), f"selection={S2}"),  # the line break taken off
    ]
    assert plan.framework == "Intervjuer" and plan.questions == () and plan.bad_rows == ()


def test_a_project_in_no_namespace_reads_the_same(tmp_path):
    # when
    plan = plan_of(tmp_path, selection(S1, BUS, LIBRARY - 1, T1), namespace="")
    # then
    assert [t.name for t in plan.themes] == ["Transport", "Mötesplatser"]
    assert [(n.text, n.themes) for n in plan.notes] == [("Vi behöver bättre bussar på kvällarna.", (T1,))]


def test_a_selection_without_codings_is_still_a_note(tmp_path):
    # when
    plan = plan_of(tmp_path, selection(S1, BUS, LIBRARY - 1))
    # then
    assert [(n.text, n.themes) for n in plan.notes] == [("Vi behöver bättre bussar på kvällarna.", ())]


def test_a_coding_to_a_code_the_file_lacks_is_left_out_and_the_note_kept(tmp_path):
    # when
    plan = plan_of(tmp_path, selection(S1, BUS, LIBRARY - 1, "deadbeef-0000-0000-0000-000000000000", T2))
    # then
    assert [n.themes for n in plan.notes] == [(T2,)] and plan.bad_rows == ()


def test_codings_find_their_code_whatever_the_guids_spelling(tmp_path):
    # when
    plan = plan_of(tmp_path, selection(S1, BUS, LIBRARY - 1, "{" + T1.upper() + "}"))
    # then
    assert [n.themes for n in plan.notes] == [(T1,)]


def test_offsets_that_fit_no_counting_are_bad_rows_and_the_rest_comes_in(tmp_path):
    # given
    selections = (selection(S1, BUS, LIBRARY - 1) + selection(S2, 40, 4000)
                  + '<PlainTextSelection guid="a0000000-0000-0000-0000-000000000003" startPosition="x" '
                    'endPosition="3"/>'
                  + selection("a0000000-0000-0000-0000-000000000004", 30, 10))
    # when
    plan = plan_of(tmp_path, selections)
    # then
    assert len(plan.notes) == 1
    assert [(b.origin, b.problem) for b in plan.bad_rows] == [
        (f"selection={S2}", RowProblem.BAD_SELECTION),
        ("selection=a0000000-0000-0000-0000-000000000003", RowProblem.BAD_SELECTION),
        ("selection=a0000000-0000-0000-0000-000000000004", RowProblem.BAD_SELECTION),
    ]
    assert plan.bad_rows[0].detail == f"start=40 end=4000 length={len(TEXT)}"


def test_a_selection_of_blanks_only_is_a_bad_row(tmp_path):
    # when
    plan = plan_of(tmp_path, selection(S1, len(TEXT) - 1, len(TEXT)))
    # then
    assert plan.notes == () and [(b.problem, b.detail) for b in plan.bad_rows] == [(RowProblem.BAD_SELECTION, "empty")]


def test_selections_whose_source_text_is_missing_are_bad_rows(tmp_path):
    # when
    plan = plan_of(tmp_path, selection(S1, 0, 5) + selection(S2, 5, 9), path="internal://borta.txt")
    # then
    assert plan.notes == ()
    assert [(b.origin, b.problem, b.detail) for b in plan.bad_rows] == [
        (f"selection={S1}", RowProblem.NO_SOURCE, "Intervju"), (f"selection={S2}", RowProblem.NO_SOURCE, "Intervju")]


@pytest.mark.parametrize("where", [
    {"path": "intervju.txt"},  # QualCoder: the bare file name
    {"path": "internal://INTERVJU.TXT"},  # another case
    {"path": None, "content": TEXT},  # inline
], ids=["bare name", "other case", "inline"])
def test_the_source_text_is_found_where_tools_put_it(tmp_path, where):
    # when
    plan = plan_of(tmp_path, selection(S1, BUS, LIBRARY - 1), **where)
    # then
    assert [n.text for n in plan.notes] == ["Vi behöver bättre bussar på kvällarna."]


def test_a_source_without_a_path_is_its_guid_and_a_bom_is_no_character(tmp_path):
    # given
    qde = project(CODES + f"<Sources>{text_source(SOURCE, selection(S1, BUS, LIBRARY - 1))}</Sources>")
    # when
    plan = read(qdpx(tmp_path, qde, {f"sources/{SOURCE}.txt": "\ufeff" + TEXT}))
    # then
    assert [n.text for n in plan.notes] == ["Vi behöver bättre bussar på kvällarna."]


def test_cases_become_stakeholder_groups(tmp_path):
    # given: a case for the whole source, and one for a single selection, which wins for it
    cases = (f'<Cases><Case guid="d0000000-0000-0000-0000-000000000001" name="Pensionärer">'
             f'<SourceRef targetGUID="{SOURCE}"/></Case>'
             f'<Case guid="d0000000-0000-0000-0000-000000000002" name="Kommun"><SelectionRef targetGUID="{S2}"/></Case>'
             f'<Case guid="d0000000-0000-0000-0000-000000000003"><SelectionRef targetGUID="{S1}"/></Case></Cases>')
    # when
    plan = plan_of(tmp_path, selection(S1, BUS, LIBRARY - 1) + selection(S2, LIBRARY, len(TEXT)), cases)
    # then
    assert [n.group for n in plan.notes] == ["Pensionärer", "Kommun"]  # the unnamed case names nothing
    assert plan.groups == ("Pensionärer", "Kommun")


def test_sources_other_than_text_are_skipped_and_counted(tmp_path):
    # given
    others = ('<PDFSource guid="e0000000-0000-0000-0000-000000000001" path="internal://a.pdf"/>'
              '<PictureSource guid="e0000000-0000-0000-0000-000000000002" path="internal://b.png"/>'
              '<AudioSource guid="e0000000-0000-0000-0000-000000000003" path="internal://c.mp3"/>')
    body = CODES + f"<Sources>{others}{text_source(SOURCE, selection(S1, BUS, LIBRARY - 1), 'intervju.txt')}</Sources>"
    # when
    plan = read(qdpx(tmp_path, project(body), {"sources/intervju.txt": TEXT}))
    # then
    assert len(plan.notes) == 1 and plan.facts["skipped_sources"] == "3" and plan.facts["text_sources"] == "1"


def test_progress_reaches_the_end_and_a_cancel_stops_the_reading(tmp_path):
    # given
    source = qdpx(tmp_path, project(CODES + f"<Sources>{text_source(SOURCE, selection(S1, 0, 5), 'x.txt')}</Sources>"),
                  {"sources/x.txt": TEXT})
    seen: list[tuple[int, int]] = []
    cancelled = Job()
    cancelled.cancel()
    # when
    read_refi(source, Job(on_progress=lambda *step: seen.append(step)))
    # then
    assert seen[-1] == (1, 1)
    with pytest.raises(Cancelled):
        read_refi(source, cancelled)
