"""The import dialog as tests drive it: real files written in tmp_path by the real libraries, an
open project with its session, and the dialog waited on step by step."""

from __future__ import annotations

from pathlib import Path

from dialog_app.core.project import Project
from dialog_app.gui.imports.column_roles import Role
from dialog_app.gui.imports.import_dialog import ImportDialog
from dialog_app.gui.ops import ProjectSession

WAIT = 10_000
HEADER = ("Namn", "Aktörsgrupp", "Inskickat", "Vad behöver din organisation?")
ROWS = (
    ("Anna Berg", "Kommun", "2026-11-02 09:15", "Fler mötesplatser för digital hjälp på biblioteken"),
    ("Olle Ek", "Civilsamhälle", "2026-11-02 10:40", "Bättre bredband på landsbygden – även i skärgården"),
    ("Åsa Öberg", "Näringsliv", "2026-11-03 08:05", "Kompetens i AI för små företag, 50 € per kurs är för dyrt"),
)


def write_csv(path: Path, rows=ROWS, header=HEADER, encoding: str = "cp1252", delimiter: str = ";") -> Path:
    """A CSV file as Excel in Swedish saves it: Windows-1252, semicolons."""
    lines = [delimiter.join(header), *(delimiter.join(row) for row in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, rows=ROWS, header=HEADER) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Svar"
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.create_sheet("Om enkäten").append(["Skickad till 40 organisationer"])
    book.save(path)
    return path


def write_docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("Hur når vi fler med digital hjälp?", level=1)
    document.add_paragraph("Civilsamhälle:")
    document.add_paragraph("Studieförbunden kan hålla kurser på biblioteken", style="List Bullet")
    document.add_paragraph("Kommun:")
    document.add_paragraph("Medborgarkontoren behöver fler öppettimmar", style="List Bullet")
    document.save(path)
    return path


class Importer:
    """One import dialog over ``project``, opened on ``path``."""

    def __init__(self, qtbot, session: ProjectSession, path: Path) -> None:
        self.qtbot = qtbot
        self.session = session
        self.dialog = ImportDialog(session, path)
        qtbot.addWidget(self.dialog)
        self.dialog.resize(1280, 720)
        self.dialog.show()
        qtbot.waitUntil(lambda: self.dialog.facts is not None or self.dialog.source.problem.isVisible(),
                        timeout=WAIT)

    @property
    def project(self) -> Project:
        return self.session.project

    def map_columns(self, **roles: Role) -> None:
        """Every column ignored but those named (by header text) in ``roles``."""
        page = self.dialog.mapping
        for column in range(len(page.facts.header)):
            page.set_role(column, Role.IGNORE)
        for name, role in roles.items():
            page.set_role(page.facts.header.index(name), role)

    def next(self) -> None:
        assert self.dialog.chrome.next_button.isEnabled()
        self.dialog.chrome.next_button.click()

    def to_target(self) -> None:
        """On from the columns (or the source of a document) to the target step, the plan read."""
        with self.qtbot.waitSignal(self.dialog.planned, timeout=WAIT):
            self.next()

    def run(self) -> None:
        """Import, and wait for the summary."""
        with self.qtbot.waitSignal(self.dialog.imported, timeout=WAIT):
            self.next()
        self.session.wait()
