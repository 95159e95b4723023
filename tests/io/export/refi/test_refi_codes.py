"""The framework as REFI-QDA codes: nested as the themes are, coloured, the same GUIDs in the
project and in the codebook alone (.qdc), and every coding pointing at one of them."""

from __future__ import annotations

import pytest
from lxml import etree

from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.refi.codebook import NoCodes
from tests.io.refi_files import CODEBOOK_NS, CODEBOOK_SCHEMA, NS, PROJECT_SCHEMA, read_qdpx, valid


def test_sub_themes_are_nested_in_their_parent_code(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    top = [c.get("name") for c in qdpx.find("/q:Project/q:CodeBook/q:Codes/q:Code")]
    assert top == ["1 Digital kompetens", "2 Digital trygghet", "3 Digital innovation", "4 Digital ledning",
                   "5 Digital infrastruktur"]
    nested = qdpx.find("//q:Code[@name='1 Digital kompetens']/q:Code")
    assert [c.get("name") for c in nested] == ["1.1 Digital hjälp på biblioteken"]
    assert all(c.get("isCodable") == "true" for c in qdpx.find("//q:Code"))


def test_codes_carry_the_theme_colours_and_descriptions(exported, tmp_path):
    # given
    skills = exported.themes["skills"]
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    code = qdpx.find("//q:Code[@name='1 Digital kompetens']")[0]
    assert code.get("color") == skills.colour.upper()
    assert code.findtext("q:Description", namespaces=NS) == skills.description
    assert qdpx.find("//q:Code[@name='1.1 Digital hjälp på biblioteken']")[0].get("color") == "#808080"


def test_every_coding_points_at_a_code_and_notes_carry_all_their_themes(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    code_names = {c.get("guid"): c.get("name") for c in qdpx.find("//q:Code")}
    coded = {
        selection.get("name"): [code_names[g] for g in selection.xpath("q:Coding/q:CodeRef/@targetGUID",
                                                                        namespaces=NS)]
        for selection in qdpx.find("//q:PlainTextSelection")
    }
    assert coded["D1-001"] == ["1 Digital kompetens", "1.1 Digital hjälp på biblioteken"]
    assert coded["D2-002"] == ["5 Digital infrastruktur"]
    assert coded["D2-003"] == []  # not yet covered by the framework: a selection without codes


def test_the_codebook_alone_is_valid_and_shares_the_projects_code_guids(exported, tmp_path):
    # when
    export(exported.project, "qdc", tmp_path / "ramverk.qdc")
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    document = (tmp_path / "ramverk.qdc").read_bytes()
    # then
    ok, errors = valid(document, CODEBOOK_SCHEMA)
    assert ok, errors
    codebook = etree.fromstring(document)
    alone = {c.get("guid"): c.get("name") for c in codebook.xpath("//c:Code", namespaces=CODEBOOK_NS)}
    in_project = {c.get("guid"): c.get("name") for c in read_qdpx(tmp_path / "remiss.qdpx").find("//q:Code")}
    assert alone == in_project and len(alone) == 6
    assert codebook.xpath("//c:Code[@name='1 Digital kompetens']/c:Code/@name", namespaces=CODEBOOK_NS) == [
        "1.1 Digital hjälp på biblioteken"]


def test_a_codebook_without_themes_is_refused_and_leaves_no_file(exported, tmp_path):
    # given
    nothing = ExportOptions(theme_ids=frozenset())
    # when
    with pytest.raises(NoCodes):
        export(exported.project, "qdc", tmp_path / "ramverk.qdc", nothing)
    # then
    assert list(tmp_path.glob("*.qdc*")) == [] and list(tmp_path.glob(".ramverk*")) == []


def test_a_project_without_themes_or_notes_is_still_valid(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "tom.qdpx", ExportOptions(theme_ids=frozenset()))
    qdpx = read_qdpx(tmp_path / "tom.qdpx")
    # then
    ok, errors = valid(qdpx.qde, PROJECT_SCHEMA)
    assert ok, errors
    assert qdpx.names == ["project.qde"] and qdpx.find("//q:Code") == []


def test_a_sub_theme_chosen_without_its_parent_becomes_a_top_level_code(exported, tmp_path):
    # given
    library = exported.themes["library"]
    # when
    export(exported.project, "qdpx", tmp_path / "bibliotek.qdpx", ExportOptions(theme_ids=frozenset({library.id})))
    qdpx = read_qdpx(tmp_path / "bibliotek.qdpx")
    # then
    assert [c.get("name") for c in qdpx.find("/q:Project/q:CodeBook/q:Codes/q:Code")] == [
        "1.1 Digital hjälp på biblioteken"]
    assert list(qdpx.selections()) == ["D1-001"]
