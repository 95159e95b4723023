"""Name detection benchmark (issue 14): precision and recall over the labelled notes, and the time
to look through 100 000 notes against a raw baseline (the same word regex alone) in the same run.

    python tests/benchmarks/name_detection.py
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dialog_app.core.name_detection import _WORD, find_possible_names, shipped_lists  # noqa: E402
from tests.core.names.scoring import load, score  # noqa: E402


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print("| set | notes | names | recall | precision | missed | false alarms |\n|---|---:|---:|---:|---:|---:|---:|")
    texts = []
    for name, label in (("labelled_notes.json", "labelled (rules tuned on it)"),
                        ("heldout_notes.json", "held-out (written apart)")):
        notes = load(name)
        texts += [note["text"] for note in notes]
        result = score(notes)
        print(f"| {label} | {result.notes} | {result.found + len(result.missed)} | {result.recall:.3f} | "
              f"{result.precision:.3f} | {len(result.missed)} | {len(result.false)} |")
    shipped_lists()  # read once, outside the timing
    many = (texts * (100_000 // len(texts) + 1))[:100_000]
    raw = min(timed(lambda: [list(_WORD.finditer(text)) for text in many]) for _ in range(3))
    app = min(timed(lambda: [find_possible_names(text) for text in many]) for _ in range(3))
    print(f"\n100 000 notes: detector {app:.2f} s ({app / len(many) * 1e6:.0f} µs a note); "
          f"the word regex alone {raw:.2f} s; ratio {app / raw:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
