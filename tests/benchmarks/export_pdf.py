"""PDF report benchmark: our report against ReportLab laying out the same notes as plain paragraphs.

    python tests/benchmarks/export_pdf.py [--notes 10000] [--rounds 3]

Builds a demo project, gathers its report (all statuses but excluded, as a review draft would be)
and, in the same run, times (median of the rounds, interleaved):
- raw: every note text once as a plain Paragraph in DejaVu Sans in a SimpleDocTemplate, built
  into memory (with the same stream settings our writer uses);
- ours: ``pdf.document.write`` of the whole report (cover, contents, chapters, register).
It prints notes, pages, both times, their ratio (the target is ≤ 1.5×), the whole export()
including gather, and the peak of the memory Python allocates while our writer runs (tracemalloc,
a separate run). Figures, not assertions: the ratio moves with the machine's load.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from dialog_app.core.jobs import Job  # noqa: E402
from dialog_app.core.paths import HOME_ENV  # noqa: E402
from dialog_app.demo.build import build_demo  # noqa: E402
from dialog_app.io.export import export  # noqa: E402
from dialog_app.io.export.gather import gather  # noqa: E402
from dialog_app.io.export.options import ExportOptions  # noqa: E402
from dialog_app.io.export.pdf import document, fonts  # noqa: E402


def raw(texts: list[str]) -> tuple[float, int]:
    """Seconds and pages for the plain-paragraph baseline."""
    faces = fonts.faces()
    style = ParagraphStyle("raw", fontName=fonts.REGULAR, fontSize=10, leading=14)
    regular = faces[fonts.REGULAR]
    start = time.perf_counter()
    story = [Paragraph(escape(regular.clean(text)).replace("\n", "<br/>"), style) for text in texts]
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    with document._binary_streams():
        doc.build(story)
    return time.perf_counter() - start, doc.page


def ours(report) -> tuple[float, int, int]:
    """Seconds, pages and bytes for our writer."""
    out = io.BytesIO()
    start = time.perf_counter()
    document.write(report, out, Job())
    seconds = time.perf_counter() - start
    data = out.getvalue()
    return seconds, len(PdfReader(io.BytesIO(data)).pages), len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dialog-bench-pdf-") as folder:
        os.environ[HOME_ENV] = str(Path(folder) / "home")
        path = Path(folder) / "bench.dialog"
        project = build_demo(path, notes=options.notes)
        try:
            report = gather(project, ExportOptions(all_statuses=True))
            texts = [note.text for note in report.notes]
            raw(texts[:50])  # warm both: fonts registered, modules imported
            ours_pages = 0
            raw_times, our_times = [], []
            for _ in range(options.rounds):
                seconds, raw_pages = raw(texts)
                raw_times.append(seconds)
                seconds, ours_pages, size = ours(report)
                our_times.append(seconds)
            start = time.perf_counter()
            export(project, "pdf", Path(folder) / "report.pdf", ExportOptions(all_statuses=True))
            whole = time.perf_counter() - start
            tracemalloc.start()
            document.write(report, io.BytesIO(), Job())
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        finally:
            project.close()
    raw_median, our_median = statistics.median(raw_times), statistics.median(our_times)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, {options.rounds} rounds (medians)")
    print("| notes | raw pages | raw s | our pages | our s | ratio | export() s | PDF size | writer's peak memory |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {len(texts):,} | {raw_pages:,} | {raw_median:.2f} | {ours_pages:,} | {our_median:.2f} "
          f"| {our_median / raw_median:.2f}× | {whole:.2f} | {size / 1e6:.1f} MB | {peak / 1e6:.0f} MB |")


if __name__ == "__main__":
    main()
