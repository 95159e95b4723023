"""The PDF report is a tagged PDF (PDF/UA-1) and, on request, PDF/A-2b — read back by the checkers
that install here: pdfua (PyPI), poppler's pdfinfo, pikepdf's PDF/A validator."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from pdfua import validate

from dialog_app.io.export import ExportOptions, export
from tests.io.pdf_tags import depths, elements, roles, text_sequences, xmp
from tests.io.reference_project import TODAY, build_reference


@pytest.fixture(scope="module")
def tagged_files(tmp_path_factory) -> Iterator[dict[str, Path]]:
    """The reference project as a PDF in Swedish, in English, and in Swedish as PDF/A."""
    folder = tmp_path_factory.mktemp("tagged")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Europe/Stockholm")
        patch.setenv("DIALOG_APP_HOME", str(folder / "home"))
        time.tzset()
        project = build_reference(folder / "referens.dialog")
        try:
            files = {}
            for name, options in (("sv", ExportOptions(language="sv")), ("en", ExportOptions(language="en")),
                                  ("pdfa", ExportOptions(language="sv", pdfa=True))):
                files[name] = folder / f"{name}.pdf"
                export(project, "pdf", files[name], options, today=TODAY)
            yield files
        finally:
            project.close()
    time.tzset()


@pytest.mark.parametrize("name", ["sv", "en", "pdfa"])
def test_the_pdfua_checker_finds_nothing(tagged_files, name):
    # when
    report = validate(str(tagged_files[name]))
    # then
    assert [(f.rule_id, f.message) for f in report.findings] == []
    assert report.exit_code == 0


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed")
def test_pdfinfo_says_tagged(tagged_files):
    # when
    info = subprocess.run(["pdfinfo", str(tagged_files["sv"])], capture_output=True, text=True, check=True).stdout
    # then
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert re.search(r"^Metadata Stream:\s+yes$", info, re.M)


def test_the_structure_has_headings_paragraphs_lists_tables_and_figures(tagged_files):
    with pikepdf.open(tagged_files["sv"]) as pdf:
        # when
        found = roles(pdf)
        tree = list(elements(pdf))
        # then
        assert found[0] == "Document"
        for role in ("H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure",
                     "TOC", "TOCI", "Link", "BlockQuote"):
            assert role in found, role
        assert found.index("H1") < found.index("TOC") < found.index("H2")  # cover, contents, then chapters
        headers = [e for e in tree if e.S == "/TH"]
        assert all(e.A.Scope in ("/Column", "/Row") for e in headers)
        figures = [e for e in tree if e.S == "/Figure"]
        assert figures and all(re.search(r": \d+", str(e.Alt)) for e in figures)  # the counts, said
        assert pdf.Root.MarkInfo.Marked is True
        assert pdf.Root.Lang == "sv-SE"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True


def test_the_english_report_says_its_language(tagged_files):
    with pikepdf.open(tagged_files["en"]) as pdf:
        assert pdf.Root.Lang == "en-GB"
    assert "<rdf:li>en-GB</rdf:li>" in xmp(tagged_files["en"])


def test_running_heads_and_page_numbers_are_artifacts_and_all_else_is_tagged(tagged_files):
    with pikepdf.open(tagged_files["sv"]) as pdf:
        for number, page in enumerate(pdf.pages[1:], 2):
            # when
            sequences = text_sequences(page)
            # then
            assert ("", {}) not in sequences, f"untagged text on page {number}"
            kinds = [props.get("/Subtype") for tag, props in sequences if tag == "Artifact"]
            assert "/Header" in kinds and "/Footer" in kinds, number
            assert any(tag != "Artifact" for tag, _props in sequences), number


def test_marked_content_is_balanced_and_never_nested(tagged_files):
    # (an artifact inside tagged content, or a sequence left open, is what PDF/UA checkers trip on)
    with pikepdf.open(tagged_files["sv"]) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            # when
            deepest, left_open = depths(page)
            # then
            assert (deepest, left_open) == (1, 0), number


def test_contents_links_are_described_and_in_the_tree(tagged_files):
    with pikepdf.open(tagged_files["sv"]) as pdf:
        # when
        annots = [a for page in pdf.pages for a in page.get("/Annots", [])]
        links = [e for e in elements(pdf) if e.S == "/Link"]
        # then
        assert annots and len(links) == len(annots)
        assert all(str(a.Contents).strip() and "/StructParent" in a for a in annots)
        objrs = [k for e in links for k in e.K if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"]
        assert {a.objgen for a in annots} == {k.Obj.objgen for k in objrs}
        assert all(page.Tabs == "/S" for page in pdf.pages)


def test_xmp_declares_pdfua_and_the_title(tagged_files):
    # when
    packet = xmp(tagged_files["sv"])
    # then
    assert "<pdfuaid:part>1</pdfuaid:part>" in packet
    assert '<rdf:li xml:lang="x-default">Digital vardag i Norrbotten 2030</rdf:li>' in packet
    assert "pdfaid:" not in packet.replace("xmlns:pdfaid", "")
    with pikepdf.open(tagged_files["sv"]) as pdf:
        assert "/OutputIntents" not in pdf.Root


def test_pdfa_has_its_output_intent_and_pdfaid(tagged_files):
    # when
    packet = xmp(tagged_files["pdfa"])
    # then
    assert "<pdfaid:part>2</pdfaid:part>" in packet and "<pdfaid:conformance>B</pdfaid:conformance>" in packet
    assert "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" in packet  # PDF/A asks for the schema of pdfuaid
    with pikepdf.open(tagged_files["pdfa"]) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1" and intent.DestOutputProfile.N == 3
        assert "/Filter" not in pdf.Root.Metadata
        assert "/Trapped" not in pdf.trailer.Info


def test_pikepdf_finds_no_pdfa_violation_but_the_extension_schema_it_cannot_read(tagged_files):
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    # when
    report = pdfa.validate_written(tagged_files["pdfa"], "2b")
    # then: pikepdf's validator reads no XMP extension schema (it says so: structured properties are
    # "denied as unsupported"), so it refuses the pdfuaid property PDF/UA needs and the schema declaring it
    violations = [f for f in report.findings if f.kind == "violation"]
    assert violations
    unread = re.compile(r"XMP (namespace pdfa(Extension|Schema|Property)=\S+|property (pdfuaid:part|pdfaExtension:"
                        r"schemas)) is not permitted")
    assert [str(f) for f in violations if not unread.search(str(f))] == []
