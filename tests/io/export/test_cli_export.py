"""``dialog-app export``: the consultation files from a script, masked and approved-only by default."""

from __future__ import annotations

import pytest

from tests.io import export_project as fx
from tests.test_cli import assert_one_line_failure, run


@pytest.fixture
def project_file(exported):
    exported.project.close()  # as a script meets it: a closed file on disk
    return exported.path


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv", "qdpx", "qdc"])
def test_every_format_is_written_and_says_what_it_masked(project_file, tmp_path, app_home, fmt):
    # when
    target = tmp_path / f"remiss.{fmt}"
    result = run(app_home, "export", project_file, "--format", fmt, "-o", target)
    # then
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 0
    assert f"Wrote {target}: 9 notes from 3 dialogues" in result.stdout
    assert "Masked 5 pieces of personal data" in result.stdout and "D1-003" in result.stdout


def test_csv_in_english_with_every_status_and_personal_data(project_file, tmp_path, app_home):
    # when
    target = tmp_path / "all.csv"
    result = run(app_home, "export", project_file, "--format", "csv", "-o", target, "--lang", "en",
                 "--all-statuses", "--include-personal-data")
    # then
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8-sig")
    assert fx.CAPTURED_ONLY in text and fx.EXCLUDED not in text
    assert "anna.berg@example.se" in text
    assert "Personal data included" in result.stdout


def test_csv_is_masked_and_approved_only_by_default(project_file, tmp_path, app_home):
    # when
    target = tmp_path / "remiss.csv"
    result = run(app_home, "export", project_file, "--format", "csv", "-o", target)
    # then
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8-sig")
    assert fx.SAMI in text and fx.CAPTURED_ONLY not in text
    assert "anna.berg@example.se" not in text and "[e-post]" in text


@pytest.mark.parametrize("args", [["--format", "odt"], ["--format", "pdf"], ["-o", "x.pdf"],
                                  ["--format", "pdf", "-o", "x.pdf", "--lang", "de"]])
def test_usage_errors_exit_with_2(project_file, tmp_path, app_home, args):
    result = run(app_home, "export", project_file, *args)
    assert result.returncode == 2 and "usage:" in result.stderr


def test_a_folder_as_the_output_is_a_usage_error(project_file, tmp_path, app_home):
    result = run(app_home, "export", project_file, "--format", "pdf", "-o", tmp_path)
    assert result.returncode == 2 and "names a folder" in result.stderr


def test_a_missing_output_folder_is_one_line_and_no_file(project_file, tmp_path, app_home):
    # when
    result = run(app_home, "export", project_file, "--format", "csv", "-o", tmp_path / "nowhere" / "x.csv")
    # then
    assert_one_line_failure(result, "folder does not exist")
    assert not (tmp_path / "nowhere").exists()


def test_pdfa_is_asked_for_with_a_switch_and_only_for_pdf(project_file, tmp_path, app_home):
    # when
    target = tmp_path / "arkiv.pdf"
    result = run(app_home, "export", project_file, "--format", "pdf", "-o", target, "--pdfa")
    refused = run(app_home, "export", project_file, "--format", "csv", "-o", tmp_path / "x.csv", "--pdfa")
    # then
    assert result.returncode == 0, result.stderr
    assert b"<pdfaid:part>2</pdfaid:part>" in target.read_bytes() and b"/GTS_PDFA1" in target.read_bytes()
    assert refused.returncode == 2 and "--pdfa is for --format pdf" in refused.stderr
    assert not (tmp_path / "x.csv").exists()
