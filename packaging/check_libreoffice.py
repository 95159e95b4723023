"""Open the Word report in LibreOffice, as a reader without Word would, and check its contents page.

LibreOffice never computes a table of contents on opening: it shows what the file holds. This
exports the demo project's report (Swedish and English), converts each to PDF with LibreOffice
headless, and checks that the contents page lists every chapter and section the report has.
CI has no LibreOffice; a maintainer runs this where it is installed, after a change to the
Word export (tests/io/export/docx/test_docx_libreoffice.py runs the same check when it can):

    python packaging/check_libreoffice.py [--png FOLDER]

--png also renders each contents page as a PNG (needs pdftoppm), to look at.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180  # seconds for one conversion; a first start of LibreOffice builds its profile


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx: Path, folder: Path) -> Path:
    """``docx`` converted by LibreOffice headless, with a profile of its own (no clash with a running one)."""
    profile = folder / "lo-profile"
    command = [soffice(), f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(folder), str(docx)]
    subprocess.run(command, check=True, timeout=TIMEOUT, capture_output=True)
    pdf = folder / (docx.stem + ".pdf")
    if not pdf.is_file():
        raise RuntimeError(f"LibreOffice wrote no PDF for {docx}")
    return pdf


def page_text(pdf: Path, number: int) -> str:
    """One page's text as poppler's pdftotext reads it, or pypdf where poppler is missing."""
    if shutil.which("pdftotext"):
        command = ["pdftotext", "-f", str(number), "-l", str(number), "-layout", str(pdf), "-"]
        return subprocess.run(command, check=True, timeout=TIMEOUT, capture_output=True, text=True).stdout
    from pypdf import PdfReader

    return PdfReader(pdf).pages[number - 1].extract_text() or ""


def contents_pages(pdf: Path, first_chapter: str) -> str:
    """The text of the pages after the cover up to the first chapter, which starts a page."""
    from pypdf import PdfReader

    pages = []
    for number in range(2, len(PdfReader(pdf).pages) + 1):
        text = page_text(pdf, number)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines and lines[0] == first_chapter.strip():
            break
        pages.append(text)
    return "\n".join(pages)


def listed_headings(docx: Path) -> list[str]:
    """The text of every Heading 1–2 paragraph, in order: what the contents must list."""
    import docx as python_docx

    document = python_docx.Document(str(docx))
    return [p.text for p in document.paragraphs if p.style.name in ("Heading 1", "Heading 2")]


def missing(docx: Path, pdf: Path) -> list[str]:
    """The headings the converted contents pages do not show, in order; none when all is well."""
    headings = listed_headings(docx)
    if not headings:
        return []
    shown = " ".join(contents_pages(pdf, headings[0]).split())
    return [heading for heading in headings if " ".join(heading.split()) not in shown]


def render(pdf: Path, png: Path) -> None:
    subprocess.run(["pdftoppm", "-f", "2", "-l", "2", "-r", "80", "-png", "-singlefile", str(pdf),
                    str(png.with_suffix(""))], check=True, timeout=TIMEOUT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", type=Path, help="a folder for a PNG of each contents page")
    args = parser.parse_args()
    if soffice() is None:
        print("LibreOffice (soffice) is not installed: nothing checked.")
        return 2
    sys.path.insert(0, str(ROOT))
    from dialog_app.demo.build import build_demo
    from dialog_app.io.export import ExportOptions, export

    failures = 0
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        project = build_demo(folder / "demo.dialog", notes=150)
        try:
            for language in ("sv", "en"):
                docx = folder / f"rapport-{language}.docx"
                export(project, "docx", docx, ExportOptions(language=language))
                pdf = to_pdf(docx, folder)
                gone = missing(docx, pdf)
                count = len(listed_headings(docx))
                print(f"{language}: {count - len(gone)} of {count} headings on the contents page"
                      + (f"; missing: {gone}" if gone else ""))
                failures += bool(gone) or count == 0
                if args.png:
                    args.png.mkdir(parents=True, exist_ok=True)
                    render(pdf, args.png / f"docx-contents-{language}.png")
                    print(f"   rendered {args.png / f'docx-contents-{language}.png'}")
        finally:
            project.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
