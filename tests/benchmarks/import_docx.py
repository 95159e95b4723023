"""Word import benchmark: a 1 000-paragraph minutes file read into an import plan (issue 12: under 2 s).

    python tests/benchmarks/import_docx.py [--paragraphs 1000]

Writes minutes with python-docx (a heading every 25 paragraphs, bullets, bold lead-ins, group
labels, a table) and times, median of five: the whole reading (the file's bytes and hash, the zip
and XML checks, the blocks, the plan with group lines), and beside it python-docx alone opening the
file and reading each paragraph's text. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402

from dialog_app.core.jobs import Job  # noqa: E402
from dialog_app.io.imports.documents import read_document  # noqa: E402
from dialog_app.io.imports.source_facts import ReadOptions, Source  # noqa: E402

ROUNDS = 5


def minutes(path: Path, paragraphs: int) -> None:
    document = docx.Document()
    for n in range(paragraphs):
        if n % 25 == 0:
            document.add_heading(f"Fråga {n // 25 + 1}: vad behöver er kommun?", 1)
            document.add_paragraph("Kommuner:")
        if n % 4 == 0:
            paragraph = document.add_paragraph()
            paragraph.add_run("Näringsliv:").bold = True
            paragraph.add_run(f" synpunkt {n} om kompetensförsörjning och lärlingsplatser i Norrbotten")
        else:
            document.add_paragraph(f"Synpunkt {n}: bättre bredband, fler turer och en skola nära hemmet",
                                   style="List Bullet" if n % 2 else None)
    table = document.add_table(rows=20, cols=2)
    for row in table.rows:
        row.cells[0].text, row.cells[1].text = "Civilsamhälle", "Fler mötesplatser på biblioteket"
    document.save(path)


def median_seconds(work: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def import_plan(path: Path):
    data = path.read_bytes()
    source = Source(path, data, "docx", hashlib.sha256(data).hexdigest())
    return read_document(source, ReadOptions(group_lines=True), Job())


def python_docx_alone(path: Path) -> list[str]:
    return [paragraph.text for paragraph in docx.Document(io.BytesIO(path.read_bytes())).paragraphs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=1000)
    paragraphs = parser.parse_args().paragraphs
    with tempfile.TemporaryDirectory(prefix="dialog-bench-docx-") as folder:
        path = Path(folder) / "protokoll.docx"
        minutes(path, paragraphs)
        notes = len(import_plan(path).notes)
        rows = [("python-docx alone: open, each paragraph's text", median_seconds(lambda: python_docx_alone(path))),
                ("import: checks, blocks, plan", median_seconds(lambda: import_plan(path)))]
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, {paragraphs:,} paragraphs "
          f"({notes:,} notes), median of {ROUNDS}")
    print("| what | seconds |")
    print("|---|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} |")


if __name__ == "__main__":
    main()
