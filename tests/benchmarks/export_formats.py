"""Every export format on one demo project: how long each takes, beside the reading they share.

    python tests/benchmarks/export_formats.py [--notes 10000]

Times (median of three) the gather alone (read, mask, number: what every format starts with) and
each whole ``export()`` to a file, with all statuses but the excluded, as a review draft would be.
Figures, not assertions; the PDF's comparison with plain ReportLab is in export_pdf.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dialog_app.core.paths import HOME_ENV  # noqa: E402
from dialog_app.demo.build import build_demo  # noqa: E402
from dialog_app.io.export import FORMATS, export  # noqa: E402
from dialog_app.io.export.gather import gather  # noqa: E402
from dialog_app.io.export.options import ExportOptions  # noqa: E402

ROUNDS = 3


def median_seconds(work) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    notes = parser.parse_args().notes
    options = ExportOptions(all_statuses=True)
    with tempfile.TemporaryDirectory(prefix="dialog-bench-export-") as folder:
        os.environ[HOME_ENV] = str(Path(folder) / "home")
        project = build_demo(Path(folder) / "bench.dialog", notes=notes)
        try:
            included = len(gather(project, options).notes)
            rows = [("read, mask and number (gather)", median_seconds(lambda: gather(project, options)), "")]
            for key, chosen in FORMATS.items():
                target = Path(folder) / f"export{chosen.suffix}"
                seconds = median_seconds(lambda: export(project, key, target, options))
                rows.append((f"{key} (whole export)", seconds, f"{target.stat().st_size / 1e6:.1f} MB"))
        finally:
            project.close()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, {included:,} notes exported, "
          f"median of {ROUNDS}")
    print("| what | seconds | file |")
    print("|---|---:|---:|")
    for name, seconds, size in rows:
        print(f"| {name} | {seconds:.2f} | {size} |")


if __name__ == "__main__":
    main()
