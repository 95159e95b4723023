"""Privacy benchmark: masking personal data in 100 000 typical notes (~120 characters each).

    python tests/benchmarks/privacy.py

Prints the CPU time with 0, 10 and 200 participant names, beside a baseline that only scans the
same texts with one precompiled regular expression, in the same run.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dialog_app.core.privacy import mask_personal_data  # noqa: E402
from dialog_app.demo.content import demo_notes  # noqa: E402


def typical_notes(count: int) -> list[str]:
    """Demo notes run together to about 120 characters, some with contact details."""
    notes, current = [], ""
    for part in (n.text for n in demo_notes(3000, seed=7)):
        current = f"{current} {part}" if current else part
        if len(current) >= 110:
            notes.append(current[:130])
            current = ""
    return (notes * (count // len(notes) + 1))[:count]


def cpu_seconds(action, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        action()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    notes = typical_notes(100_000)
    at_sign = re.compile(r"@")
    baseline = cpu_seconds(lambda: [at_sign.search(note) for note in notes])
    print("| names given | CPU time for 100 000 notes | ratio to one regex scan |")
    print("|---:|---:|---:|")
    for count in (0, 10, 200):
        names = [f"Förnamn{n} Efternamn{n}" for n in range(count)]
        seconds = cpu_seconds(lambda: [mask_personal_data(note, names) for note in notes])
        print(f"| {count} | {seconds:.2f} s | {seconds / baseline:.0f}× |")


if __name__ == "__main__":
    main()
