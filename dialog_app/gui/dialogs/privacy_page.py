"""Help ▸ About personal data: what the app stores about people, where, how names are found and
masked, how a person's data is extracted and erased, the retention date, and what the app cannot
reach (copies elsewhere): said plainly, so the page promises nothing the app does not do."""

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
        self.text.setAccessibleName(self.tr("About personal data"))
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
                        "(Edit \u25b8 Participant register\u2026: name, and only when you fill them in "
                        "organisation, group, role, e-mail, phone, consent and the purpose they are kept for), "
                        "the choices made on possible names, and each note's history."),
                where,
                self.tr("Text typed in the capture box and not yet saved is kept as a draft in the app's own "
                        "folder, so a crash cannot take it. The log file holds no notes and no names. Nothing is "
                        "sent anywhere: the app works offline."),
            ]),
            (self.tr("How names are found"), [
                self.tr("Names in the participant register are found in the notes, also in the genitive "
                        "(\u201cAnnas\u201d, \u201cAnna Svenssons\u201d)."),
                self.tr("Names nobody registered are looked for with lists of first names and surnames common in "
                        "Sweden and the words around them (\u201cenligt\u201d, \u201csa\u201d, titles). Edit "
                        "\u25b8 Possible names\u2026 lists what was found, and the review marks them in the "
                        "notes: N masks a name in every export, Shift+N keeps it as written. The app can miss a "
                        "name it does not know, and can take a product or a place for one: that is why you "
                        "decide."),
                self.tr("E-mail addresses, phone numbers, personal identity numbers and coordination numbers "
                        "are found by their form."),
            ]),
            (self.tr("What goes out"), [
                self.tr("An export masks all of the above unless you explicitly include personal data, and "
                        "stops at possible names nobody decided on. The document lists what was searched for "
                        "and says that nothing else was."),
            ]),
            (self.tr("A person's rights: extract and erasure"), [
                self.tr("Edit \u25b8 A person's data\u2026 (or Extract or erase\u2026 in the register) finds "
                        "everything the project holds about one person: their register entries, and every "
                        "note (also in the bin), earlier version of a note, synthesis, dialogue, setting and "
                        "unsent draft that names them by full name (with its endings), e-mail or phone. A first "
                        "name alone is not searched for: ask for it on its own."),
                self.tr("Save extract\u2026 writes it as a PDF for the person and as JSON beside it."),
                self.tr("Erase\u2026 removes their register entries and replaces every mention with "
                        "\u201c[borttagen person]\u201d, also in the history and the search index, then "
                        "rewrites the file so that no trace is left in it. Edit \u25b8 Undo brings it back "
                        "until the project is closed; after that it is final. Backups made before that still "
                        "hold the person are listed, and can be erased too."),
            ]),
            (self.tr("Retention (gallring)"), [
                self.tr("File \u25b8 Retention date\u2026 sets the last day the project's personal data may be "
                        "kept. When it has passed, opening the project says so and offers to anonymise it "
                        "(erase every registered person and every confirmed name) or to export it for the "
                        "archive first."),
            ]),
            (self.tr("What the app cannot reach"), [
                self.tr("Copies of the project elsewhere (table projects, a mailed copy, a USB stick), documents "
                        "exported earlier, and other systems hold what they held: erase or delete them there. "
                        "A merge brings back notes from a copy that was not erased."),
            ]),
        ]
        body = "".join(f"<h3>{html.escape(title)}</h3>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
                       for title, paragraphs in sections)
        return f"<h2>{html.escape(self.tr('About personal data'))}</h2>{body}"
