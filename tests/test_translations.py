"""The Swedish translation is complete, matches the code, and the shipped .qm files are current."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import i18n  # noqa: E402  (packaging/i18n.py: the maintainers' update and release commands)

TS_SV = ROOT / "resources" / "translations" / "dialog_app_sv.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_every_swedish_string_is_translated():
    unfinished = []
    for (context, source), message in messages(TS_SV).items():
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(
            form and form.strip() for form in forms
        ):
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_the_translation_sources_match_the_code(tmp_path):
    # given the .ts files updated from the code as it is now, in a scratch folder
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    i18n.update(tmp_path)
    # then no string was added or dropped: every string in the code has its translation
    assert set(messages(tmp_path / "dialog_app_sv.ts")) == set(messages(TS_SV))


def test_the_shipped_qm_files_are_built_from_the_ts_files(tmp_path):
    built = i18n.release(ts_dir=ROOT / "resources" / "translations", qm_dir=tmp_path)
    for qm in built:
        shipped = ROOT / "resources" / "translations" / qm.name
        assert qm.read_bytes() == shipped.read_bytes(), f"run: python packaging/i18n.py release ({qm.name})"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_plural_forms_are_loaded(qapp, language):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(f"dialog_app_{language}", str(ROOT / "resources" / "translations"))
    qapp.installTranslator(translator)
    try:
        one = QCoreApplication.translate("DialogueListModel", "%Ln note(s)", None, 1)
        many = QCoreApplication.translate("DialogueListModel", "%Ln note(s)", None, 5)
    finally:
        qapp.removeTranslator(translator)
    assert (one, many) == {"sv": ("1 anteckning", "5 anteckningar"), "en": ("1 note", "5 notes")}[language]
