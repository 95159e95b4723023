"""Regenerate the README's screenshots from a fresh demo project, offscreen.

    python packaging/screenshots.py [--out packaging/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from screenshots_more import more_screens, pause, shoot  # noqa: E402  (beside this script)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dialog-shots-") as folder:
        os.environ["DIALOG_APP_HOME"] = str(Path(folder) / "home")
        sys.path.insert(0, str(ROOT))
        from PySide6.QtCore import QEventLoop, QTimer, QTranslator

        from dialog_app.demo.build import build_demo
        from dialog_app.gui.app import create_application, start_window

        demo = Path(folder) / "Regional digitaliseringsstrategi.dialog"
        build_demo(demo, notes=150).close()
        options.out.mkdir(parents=True, exist_ok=True)
        for language in ("sv", "en"):
            os.environ["DIALOG_APP_LANG"] = language
            app = create_application()
            window = start_window(demo)
            window.resize(1366, 768)
            wait(window.notes_loaded, QEventLoop, QTimer)
            window.dialogue_list.setCurrentIndex(window.dialogue_model.index(5))
            wait(window.notes_loaded, QEventLoop, QTimer)
            target = options.out / f"main-window-{language}.png"
            window.grab().save(str(target))
            print(target)
            print(*capture_and_projector(window, options.out, language), sep="\n")
            print(*writer_pages(window, options.out, language), sep="\n")
            print(export_dialog(window, options.out, language))
            print(*import_dialog(window, Path(folder), options.out, language), sep="\n")
            print(*project_file_screens(window, options.out, language), sep="\n")
            print(*merge_screens(window, Path(folder) / f"bord-{language}", options.out, language), sep="\n")
            print(possible_names_screen(window, options.out, language))
            print(*register_screens(window, options.out, language), sep="\n")
            print(*more_screens(window, options.out, language), sep="\n")
            window.close()
            for translator in app.findChildren(QTranslator):  # the next language starts clean
                app.removeTranslator(translator)
        from guide_images import copy_guide_images  # the user's guide shows the new screenshots too

        print(*copy_guide_images(options.out), sep="\n")
    return 0


def capture_and_projector(window, out: Path, language: str) -> list[Path]:
    """The capture screen during the civil-society meeting, and the projector beside it."""
    from PySide6.QtCore import QEventLoop, QTimer

    capture = window.capture
    window.tabs.setCurrentWidget(capture)
    counts = window.project.dialogues.note_counts()
    meeting = next(d for d in window.project.dialogues.list() if d.kind == "dialogue_meeting" and counts.get(d.id))
    capture.open_dialogue(meeting.id)
    wait(capture.loaded, QEventLoop, QTimer)
    capture.start_or_finish()
    wait(capture.loaded, QEventLoop, QTimer)
    capture.stamps.choose_group_number(1)
    capture.stamps.table.setEditText("Bord 3")
    capture.input.setPlainText("Biblioteken kan bli navet för digital hjälp i hela länet")
    capture.actions.toggle_theme_number(1)
    capture.help.hide()
    pause(300, QEventLoop, QTimer)
    shots = [out / f"capture-{language}.png", out / f"projector-{language}.png"]
    window.grab().save(str(shots[0]))
    capture.toggle_projector()
    projector = window.projector
    projector.showNormal()  # full screen on the offscreen display would be its 800x800
    projector.resize(1280, 720)
    wait(projector.refreshed, QEventLoop, QTimer)
    pause(300, QEventLoop, QTimer)
    projector.grab().save(str(shots[1]))
    capture.toggle_projector()
    return shots


def writer_pages(window, out: Path, language: str) -> list[Path]:
    """The review workspace mid-search, the framework editor, the synthesis and the overview."""
    from PySide6.QtCore import QEventLoop, QTimer

    review = window.review
    window.tabs.setCurrentWidget(review)
    wait(review.loaded, QEventLoop, QTimer)
    review.filters.search.setText("digital")
    wait(review.listed, QEventLoop, QTimer)
    review.select_rows([1])
    pause(400, QEventLoop, QTimer)
    shots = [out / f"review-{language}.png", out / f"frameworks-{language}.png",
             out / f"synthesis-{language}.png", out / f"overview-{language}.png"]
    window.grab().save(str(shots[0]))

    window.edit_frameworks()
    editor = window.framework_editor
    editor.resize(980, 620)
    wait(editor.loaded, QEventLoop, QTimer)
    editor.select_theme(window.review.names.active_themes()[4].theme_id)
    pause(300, QEventLoop, QTimer)
    editor.grab().save(str(shots[1]))
    editor.close()

    writing = window.writing
    window.tabs.setCurrentWidget(writing)
    wait(writing.themes_loaded, QEventLoop, QTimer)
    writing.select_theme(window.review.names.active_themes()[4].theme_id)
    pause(600, QEventLoop, QTimer)
    window.grab().save(str(shots[2]))

    window.tabs.setCurrentWidget(window.matrix)
    wait(window.matrix.loaded, QEventLoop, QTimer)
    pause(300, QEventLoop, QTimer)
    window.grab().save(str(shots[3]))
    return shots


def export_dialog(window, out: Path, language: str) -> Path:
    """File → Export…, its preview showing what will be published and masked."""
    from PySide6.QtCore import QEventLoop, QTimer

    from dialog_app.gui.export.export_dialog import ExportDialog

    window.export()
    dialog = window.findChild(ExportDialog, "exportDialog")
    wait(dialog.preview_updated, QEventLoop, QTimer)
    pause(300, QEventLoop, QTimer)
    target = out / f"export-{language}.png"
    dialog.grab().save(str(target))
    dialog.close()
    return target


SURVEY = (
    "ID;Start time;Completion time;Email;Name;Vad behöver din organisation för att bli mer digital?;Aktörsgrupp",
    "1;2026-11-02 09:10;2026-11-02 09:15;anna.berg@example.se;Anna Berg;"
    "Fler mötesplatser för digital hjälp på biblioteken;Kommun",
    "2;2026-11-02 10:31;2026-11-02 10:40;olle.ek@example.se;Olle Ek;"
    "Bättre bredband på landsbygden, även i skärgården;Civilsamhälle",
    "3;2026-11-03 08:01;2026-11-03 08:05;asa@example.se;Åsa Öberg;"
    "Kurser i AI för små företag till ett pris de har råd med;Näringsliv",
)


def import_dialog(window, folder: Path, out: Path, language: str) -> list[Path]:
    """File → Import… on a Microsoft Forms export saved by Excel: what the file is, then its columns."""
    from PySide6.QtCore import QEventLoop, QTimer

    from dialog_app.gui.imports.import_dialog import ImportDialog

    survey = folder / "Enkät om digital hjälp.csv"
    survey.write_bytes(("\r\n".join(SURVEY) + "\r\n").encode("cp1252"))
    dialog = ImportDialog(window.session, survey, window)
    dialog.resize(900, 620)
    dialog.show()
    wait(dialog.inspected, QEventLoop, QTimer)
    pause(300, QEventLoop, QTimer)
    shots = [out / f"import-file-{language}.png", out / f"import-columns-{language}.png"]
    dialog.grab().save(str(shots[0]))
    dialog.chrome.next_button.click()
    pause(800, QEventLoop, QTimer)
    dialog.grab().save(str(shots[1]))
    dialog.close()
    return shots


def project_file_screens(window, out: Path, language: str) -> list[Path]:
    """A second window on the same project (read-only, with its banner), and the restore dialog."""
    from PySide6.QtCore import QEventLoop, QTimer

    from dialog_app.gui.main_window import MainWindow
    from dialog_app.gui.project_file.restore_dialog import RestoreDialog

    second = MainWindow()
    second.resize(1366, 768)
    second.show()
    second.open_project(window.project.path)
    wait(second.notes_loaded, QEventLoop, QTimer)
    read_only = out / f"read-only-{language}.png"
    second.grab().save(str(read_only))
    second.close()
    dialog = RestoreDialog(window.project.path, window)
    dialog.show()
    pause(800, QEventLoop, QTimer)
    restore = out / f"restore-{language}.png"
    dialog.grab().save(str(restore))
    dialog.close()
    return [read_only, restore]


def merge_screens(window, folder: Path, out: Path, language: str) -> list[Path]:
    """File ▸ Merge… with two table projects: the preview with a theme to settle, then the report.
    The merge is undone afterwards, so the next language starts from the same demo."""
    from PySide6.QtCore import QEventLoop, QTimer

    from dialog_app.core.project import Project
    from dialog_app.core.services.merge_themes import MAKE_ONE
    from dialog_app.core.table_projects import plan_tables
    from dialog_app.gui.project_file.merge_dialog import MergeDialog

    project = window.project
    window.session.wait()
    tables = project.prepare_tables(plan_tables(project.path, 2, folder))
    dialogue = project.dialogues.list()[0]
    framework = project.frameworks.frameworks()[0]
    shared = project.notes.ids(None)[0]
    for n, (path, texts) in enumerate(zip(tables, TABLE_NOTES, strict=True), start=1):
        with Project.open(path) as table:
            for text in texts:
                table.notes.add(dialogue.id, text, table_label=table.table_label)
            table.notes.update(shared, text=table.notes.get(shared).text + f" (bord {n})")
            if n == 2:
                table.frameworks.add_theme(framework.id, project.frameworks.themes(framework.id)[0].name)
    dialog = MergeDialog(window.session, tables, window)
    dialog.show()
    while not dialog.reports:
        pause(100, QEventLoop, QTimer)
    shots = [out / f"merge-preview-{language}.png", out / f"merge-report-{language}.png"]
    dialog.grab().save(str(shots[0]))
    for row in range(dialog.conflict_table.rowCount()):
        choice = dialog.conflict_table.cellWidget(row, 2)
        choice.setCurrentIndex(choice.findData(MAKE_ONE))
    dialog.merge_button.click()
    wait(dialog.merged, QEventLoop, QTimer)
    pause(300, QEventLoop, QTimer)
    dialog.grab().save(str(shots[1]))
    dialog.close()
    project.history.undo()
    return shots


def possible_names_screen(window, out: Path, language: str) -> Path:
    """Edit ▸ Possible names… over two notes that name people; the notes are taken back afterwards."""
    from PySide6.QtCore import QEventLoop, QTimer

    from dialog_app.gui.dialogs.possible_names_dialog import PossibleNamesDialog

    project = window.project
    window.session.wait()
    dialogue = project.dialogues.list()[0]
    for text in NAMED_NOTES:
        project.notes.add(dialogue.id, text)
    dialog = PossibleNamesDialog(window.session, window)
    dialog.show()
    while dialog.table.rowCount() == 0:
        pause(100, QEventLoop, QTimer)
    pause(300, QEventLoop, QTimer)
    shot = out / f"possible-names-{language}.png"
    dialog.grab().save(str(shot))
    dialog.close()
    for _text in NAMED_NOTES:
        project.history.undo()
    return shot


def register_screens(window, out: Path, language: str) -> list[Path]:
    """Edit ▸ Participant register… with two persons, and the form for one; taken back afterwards."""
    from PySide6.QtCore import QEventLoop, QTimer

    from dialog_app.core.services.participant_register import ParticipantFields
    from dialog_app.gui.participants.participant_form import ParticipantForm
    from dialog_app.gui.participants.register_dialog import ParticipantRegisterDialog

    project = window.project
    window.session.wait()
    dialogue = project.dialogues.list()[0]
    people = (ParticipantFields("Eva Lindqvist", "Storumans kommun", None, "Kommunalråd", "eva.lindqvist@example.se",
                                "070-123 45 67", True, "Kontakt om remissen"),
              ParticipantFields("Jonathan Mayhew", "Malå bygdeförening", None, "Ordförande", "", "", False,
                                "Talare eller arrangör av dialogen"))
    for person in people:
        project.participant_register.add(dialogue.id, person)
    dialog = ParticipantRegisterDialog(window.session, None, window)
    dialog.show()
    while dialog.table.rowCount() < len(people):
        pause(100, QEventLoop, QTimer)
    pause(300, QEventLoop, QTimer)
    shots = [out / f"participant-register-{language}.png", out / f"participant-form-{language}.png"]
    dialog.grab().save(str(shots[0]))
    dialog.table.selectRow(0)
    form = ParticipantForm(dialog.view, dialog.shown[0].fields, dialog.shown[0].dialogue_id, dialog)
    form.show()
    pause(300, QEventLoop, QTimer)
    form.grab().save(str(shots[1]))
    form.close()
    shots.append(person_screen(window, dialog, out, language))
    dialog.close()
    for _person in people:
        project.history.undo()
    return shots


def person_screen(window, register, out: Path, language: str) -> Path:
    """Edit ▸ A person's data… for the first registered person, named in a note added for it."""
    from dialog_app.gui.participants.person_dialog import PersonDataDialog

    person = register.shown[0]
    window.project.notes.add(person.dialogue_id, f"{person.fields.name}s förslag: digitala ombud i varje by.")
    dialog = PersonDataDialog(window.session, person.fields.name, window)
    shot = shoot(dialog, lambda: dialog.record is not None, out / f"person-data-{language}.png")
    window.project.history.undo()
    return shot


NAMED_NOTES = ("Enligt Jonathan Mayhew saknas fiber i byarna runt Storuman.",
               "Kommunalrådet Eva Lindqvist vill ha digitala ombud på biblioteken; Annas förslag var samma.",
               "Per sa att BankID är svårt för hans mamma.")
TABLE_NOTES = (("Biblioteken behöver mer personal för digital hjälp", "Bredband saknas fortfarande i Malå"),
               ("Fler e-tjänster på lätt svenska", "Unga vill kunna boka tid hos vårdcentralen digitalt"))


def wait(signal, QEventLoop, QTimer) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(15_000, loop.quit)
    loop.exec()


if __name__ == "__main__":
    sys.exit(main())
