"""A stand-in export writer that stops half-way until a test opens its gate: for cancelling an
export at a known point, without sleeps. It writes each note's reference and text, one a line."""

from __future__ import annotations

import threading

GATE = threading.Event()  # set: the writer goes on; clear: it waits half-way
HALF_WRITTEN = threading.Event()  # the writer has written half and reported it
TIMEOUT_S = 10  # a safety net only: a test that forgets the gate fails instead of hanging


def write(report, stream, job) -> None:
    notes = report.notes
    half = len(notes) // 2
    for note in notes[:half]:
        stream.write(f"{note.ref}\t{note.text}\n".encode())
    job.report(1, 2)
    HALF_WRITTEN.set()
    if not GATE.wait(TIMEOUT_S):
        raise TimeoutError("the test never opened the gate")
    job.check()
    for note in notes[half:]:
        stream.write(f"{note.ref}\t{note.text}\n".encode())
    job.report(2, 2)
