"""Help ▸ About personal data: what the app stores about people, where, how names are found and
masked, and what it cannot do yet (erasure, extract and retention are still to come: said so)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class PrivacyPage(QDialog):
    def __init__(self, project_path: Path | None, backups: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyPage")
        self.setWindowTitle(self.tr("About personal data"))
        self.text = QTextBrowser()
        self.text.setObjectName("privacyText")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.page(project_path, backups))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def page(self, project_path: Path | None, backups: Path | None) -> str:
        where = (self.tr("This project is the file %1; its automatic backups are in %2.")
                 .replace("%1", str(project_path)).replace("%2", str(backups)) if project_path and backups
                 else self.tr("A project is one file ending in .dialog, with its automatic backups in a folder "
                              "beside it."))
        sections = [
            (self.tr("What is stored, and where"), [
                self.tr("Everything about a dialogue is in the project file: the notes as typed (which may "
                        "name people), who typed each note (the computer's user name), the participant register "
                        "(names, organisation, e-mail when a survey export was imported and you chose to keep "
                        "it), and each note's history."),
                where,
                self.tr("The log file holds no notes and no names. Nothing is sent anywhere: the app works "
                        "offline."),
            ]),
            (self.tr("How names are found"), [
                self.tr("Names in the participant register are found in the notes, also in the genitive "
                        "(\u201cAnnas\u201d, \u201cAnna Svenssons\u201d)."),
                self.tr("Names nobody registered are looked for with lists of first names and surnames common in "
                        "Sweden and the words around them (\u201cenligt\u201d, \u201csa\u201d, titles). Edit \u25b8 "
                        "Possible names\u2026 lists what was found: M masks a name in every export, K keeps it "
                        "as written. The app can miss a name it does not know, and can take a product or a "
                        "place for one: that is why you decide."),
                self.tr("E-mail addresses, phone numbers, personal identity numbers and coordination numbers "
                        "are found by their form."),
            ]),
            (self.tr("What goes out"), [
                self.tr("An export masks all of the above unless you explicitly include personal data, and "
                        "stops at possible names nobody decided on. The document lists what was searched for "
                        "and says that nothing else was."),
            ]),
            (self.tr("Not yet in the app"), [
                self.tr("Erasing a person, an extract of everything about one person (registerutdrag), and a "
                        "date after which the project is to be deleted or anonymised (gallring) are still to "
                        "come. Until then: find a person with the search (Ctrl+F), edit or delete those "
                        "notes, and delete the backups that still hold them."),
            ]),
        ]
        body = "".join(f"<h3>{html.escape(title)}</h3>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
                       for title, paragraphs in sections)
        return f"<h2>{html.escape(self.tr('About personal data'))}</h2>{body}"
