"""The framework alone as a REFI-QDA codebook (.qdc), for a tool to code other material with it.

The codes carry the same GUIDs as in the project export, so the two can be brought together.
"""

from __future__ import annotations

from typing import BinaryIO

from dialog_app.core.errors import DialogAppError
from dialog_app.core.jobs import Job
from dialog_app.io.export.refi.xml_parts import CODEBOOK_NS, ORIGIN, Maker, add_codes, to_bytes
from dialog_app.io.export.report import Report


class NoCodes(DialogAppError):
    """A codebook needs at least one code (the schema says so); the framework had no themes."""

    def __init__(self) -> None:
        super().__init__("the framework has no themes to export; a codebook needs at least one")


def write(report: Report, stream: BinaryIO, job: Job) -> None:
    job.check()
    if not report.themes:
        raise NoCodes()
    stream.write(codebook_xml(report))
    job.report(len(report.themes), len(report.themes))


def codebook_xml(report: Report) -> bytes:
    x = Maker(CODEBOOK_NS)
    root = x.root("CodeBook", origin=ORIGIN)
    add_codes(x, root, report.themes)
    return to_bytes(root)
