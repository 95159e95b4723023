"""Help ▸ User's guide: a short guide to the three moments (prepare and capture, review and write,
export), in the app's language, read from local HTML in resources/guide/ — offline, like the app.

A window beside the main one (not modal): the reader can try what a page says while it is open.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.paths import resources_dir
from dialog_app.gui.widgets import key_help
from dialog_app.gui.widgets.key_list import KeyNote
from dialog_app.gui.widgets.kept_panes import keep_panes

CHAPTERS = ("index.html", "prepare.html", "review.html", "export.html")  # the contents, in reading order
LANGUAGES = ("sv", "en")


def guide_folder(language: str) -> Path:
    return resources_dir() / "guide" / (language if language in LANGUAGES else "en")


def app_language() -> str:
    """The interface's language (what i18n.install_translators chose), so the guide speaks it too."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def page_title(path: Path) -> str:
    found = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), re.S)
    return found.group(1).strip() if found else path.stem


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User's guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.language = language or app_language()
        self.folder = guide_folder(self.language)
        self.contents = QListWidget()
        self.contents.setObjectName("userGuideContents")
        self.contents.setAccessibleName(self.tr("Chapters"))
        for chapter in CHAPTERS:
            item = QListWidgetItem(page_title(self.folder / chapter))
            item.setData(Qt.ItemDataRole.UserRole, chapter)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._chapter_chosen)
        self.text = QTextBrowser()
        self.text.setObjectName("userGuideText")
        self.text.setAccessibleName(self.tr("User's guide"))
        self.text.setOpenExternalLinks(False)  # the guide is offline; it has no links out
        self.text.setSearchPaths([str(self.folder)])
        self.text.sourceChanged.connect(self._page_shown)
        KeyNote(self.text, "Alt+← / Alt+→", QT_TRANSLATE_NOOP("ShortcutHelp", "Back / forward in the guide"))
        KeyNote(self.text, "Tab / Enter",
                QT_TRANSLATE_NOOP("ShortcutHelp", "In the page: to the next link / follow it"))
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("userGuideBack")
        self.back.clicked.connect(self.text.backward)
        self.text.backwardAvailable.connect(self.back.setEnabled)
        self.back.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        close.setAutoDefault(False)
        self.back.setAutoDefault(False)

        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 760])
        keep_panes(splitter, "user's guide")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1000, 680)
        key_help.install(self, self.text)
        self.open_page(CHAPTERS[0])

    def chapter_files(self) -> list[str]:
        return list(CHAPTERS)

    def open_page(self, name: str) -> None:
        self.text.setSource(QUrl.fromLocalFile(str(self.folder / name)))

    def _chapter_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None and self.text.source().fileName() != item.data(Qt.ItemDataRole.UserRole):
            self.open_page(item.data(Qt.ItemDataRole.UserRole))

    def _page_shown(self, url: QUrl) -> None:
        """A link followed (or Back): the contents show which chapter this is."""
        name = url.fileName()
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
