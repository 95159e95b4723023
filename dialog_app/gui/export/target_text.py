"""Why an export will not be written where the user pointed, in words a facilitator can act on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialog_app.io.export import ExportTargetError


def refusal_text(refusal: ExportTargetError) -> str:
    """What is there, that nothing was replaced, and what to choose instead."""
    translate = QCoreApplication.translate
    name = refusal.path.name
    if refusal.reason == ExportTargetError.WRONG_SUFFIX:
        return translate(
            "ExportTarget",
            "This format is saved with a name ending in %2, and “%1” does not. Choose a name ending in %2, "
            "such as “%3”.",
        ).replace("%1", name).replace("%2", refusal.suffix).replace("%3", refusal.path.stem + refusal.suffix)
    texts = {
        ExportTargetError.THIS_PROJECT: translate(
            "ExportTarget", "“%1” is the project you are exporting, or one of its working files. An export never "
            "replaces a project; choose another name."),
        ExportTargetError.PROJECT: translate(
            "ExportTarget", "“%1” is a dialog_app project. An export never replaces a project; choose another name."),
        ExportTargetError.DATABASE: translate(
            "ExportTarget", "“%1” is a database, or one of its working files. An export never replaces a database; "
            "choose another name."),
        ExportTargetError.FOLDER: translate(
            "ExportTarget", "“%1” is a folder. Open it and type a name for the export."),
        ExportTargetError.NOT_A_FILE: translate(
            "ExportTarget", "“%1” is not an ordinary file (it may be a device). Choose another name."),
    }
    # a name without a suffix never gets here: the dialog adds the suffix (TargetRules.final_path)
    return texts.get(refusal.reason, str(refusal)).replace("%1", name)
