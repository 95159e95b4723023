"""What one export holds, said plainly: the lines of the workbook's "About" sheet.

A table that leaves the building must say what it is: which notes are in it (approved only,
or all but the excluded ones), what was left out, and how much personal data was masked and
where, or, when personal data was asked for, that it is in there unmasked.
"""

from __future__ import annotations

from collections import Counter

from dialog_app.io.export import vocabulary as vocab
from dialog_app.io.export.report import Report
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP

Fact = tuple[str, str | int]  # label, value


def facts(report: Report) -> list[Fact]:
    """Label and value lines, in the document's language."""
    w = report.wording
    options = report.options
    lines: list[Fact] = [(w(QT_TRANSLATE_NOOP("Export", "Title")), report.title),
                         (w(QT_TRANSLATE_NOOP("Export", "Version")), report.version_label)]
    if report.organiser:
        lines.append((w(QT_TRANSLATE_NOOP("Export", "Organiser")), report.organiser))
    lines.append((w(QT_TRANSLATE_NOOP("Export", "Exported on")), w.date(report.made_on)))
    if report.framework:
        lines.append((w(QT_TRANSLATE_NOOP("Export", "Theme framework")), report.framework))
    included = (QT_TRANSLATE_NOOP("Export", "All notes except the excluded ones") if options.all_statuses
                else QT_TRANSLATE_NOOP("Export", "Approved notes only"))
    lines.append((w(QT_TRANSLATE_NOOP("Export", "Notes included")), w(included)))
    lines.append((w(QT_TRANSLATE_NOOP("Export", "Notes in this export")), len(report.notes)))
    if report.left_out:
        left_out = "; ".join(f"{vocab.word(w, vocab.NOTE_STATUSES, status)}: {w.number(count)}"
                             for status, count in sorted(report.left_out.items()))
        lines.append((w(QT_TRANSLATE_NOOP("Export", "Notes left out")), left_out))
    lines.append(_selection(report, w(QT_TRANSLATE_NOOP("Export", "Dialogues")), len(report.dialogues),
                            options.dialogue_ids is not None))
    lines.append(_selection(report, w(QT_TRANSLATE_NOOP("Export", "Themes")), len(report.themes),
                            report.theme_selection))
    lines += _personal_data(report)
    return lines


def _selection(report: Report, label: str, count: int, chosen: bool) -> Fact:
    if chosen:
        return label, report.wording(QT_TRANSLATE_NOOP("Export", "%1 (a selection)"), report.wording.number(count))
    return label, count


def _personal_data(report: Report) -> list[Fact]:
    w = report.wording
    label = w(QT_TRANSLATE_NOOP("Export", "Personal data"))
    if report.options.include_personal_data:
        return [(label, w(QT_TRANSLATE_NOOP(
            "Export", "Included unmasked, as asked for: handle this file as containing personal data")))]
    searched = (w(QT_TRANSLATE_NOOP("Export", "Searched for")), w(QT_TRANSLATE_NOOP(
        "Export", "names in the participant register (%1), possible names the writer confirmed (%2), e-mail "
                  "addresses, phone numbers, personal identity and coordination numbers; nothing else")).replace(
        "%1", w.number(report.names.registered)).replace("%2", w.number(report.names.confirmed)))
    if not report.masked:
        return [(label, w(QT_TRANSLATE_NOOP("Export", "None found to mask"))), searched]
    lines: list[Fact] = [(label, w(QT_TRANSLATE_NOOP("Export", "Masked: %1"), w.number(len(report.masked)))),
                         searched]
    per_kind = Counter(m.kind for m in report.masked)
    for kind in [*(k for k in vocab.MASK_KINDS if k in per_kind), *(k for k in per_kind if k not in vocab.MASK_KINDS)]:
        lines.append((f"– {vocab.word(w, vocab.MASK_KINDS, kind)}", per_kind[kind]))
    places = dict.fromkeys(
        w(QT_TRANSLATE_NOOP("Export", "%1 (synthesis)"), m.where) if m.in_synthesis else m.where
        for m in report.masked
    )
    lines.append((w(QT_TRANSLATE_NOOP("Export", "Masked in")), "; ".join(places)))
    return lines
