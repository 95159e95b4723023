"""How a suggested theme's chip tells where it came from, without colour alone: a keyword suggestion
has a dashed outline; one only the learned model found (no keyword matched) a dotted outline and a
"≈" before its name, and says "like notes you tagged" to a screen reader and in its tooltip. Both
outlines stand out 3:1 from the row behind them in light, dark and high-contrast palettes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from dialog_app.core.suggestion_score import LEARNED, Explanation
from dialog_app.gui.review.review_rows import ThemeChip
from dialog_app.gui.review.suggestion_why import why_text
from dialog_app.gui.widgets.readable import edge_on

LIKE_MARK = "≈ "  # before a learned suggestion's name: "like" the notes the writer tagged
OUTLINE = 1.5
SUGGESTED_LEGEND = QT_TRANSLATE_NOOP(
    "SuggestionChip", "Suggested themes, not yet applied: a dashed label matched the note's words; "
                      "a dotted label with ≈ is like notes you tagged. A accepts, R rejects.")


def learned_only(why: Explanation | None) -> bool:
    """Only the learned model suggests it: no keyword of the theme is in the note."""
    return why is not None and why.kind == LEARNED


def chip_text(chip: ThemeChip) -> str:
    """The chip's name as drawn: with the "≈" mark when it was learned."""
    return LIKE_MARK + chip.label if learned_only(chip.why) else chip.label


def outline_pen(chip: ThemeChip, colour: QColor, option: QStyleOptionViewItem) -> QPen:
    """Dashed for matched words, dotted for learned; the theme's colour, moved toward the text
    until it stands out 3:1 from the cell behind it."""
    palette = option.palette
    if option.state & QStyle.StateFlag.State_Selected:
        ink, behind = palette.color(QPalette.ColorRole.HighlightedText), (palette.color(QPalette.ColorRole.Highlight),)
    else:
        ink = palette.color(QPalette.ColorRole.Text)
        behind = (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase))
    pen = QPen(edge_on(colour, ink, behind), OUTLINE)
    pen.setStyle(Qt.PenStyle.DotLine if learned_only(chip.why) else Qt.PenStyle.DashLine)
    return pen


def tip_line(chip: ThemeChip) -> str:
    """One suggestion in the cell's tooltip: "≈ 2.1 Bredband — like 12 notes you tagged, e.g. …"."""
    mark = LIKE_MARK if learned_only(chip.why) else ""
    return f"{mark}{chip.name} — {why_text(chip.why, chip.keywords)}"


def spoken(chips: tuple[ThemeChip, ...]) -> str:
    """The cell as a screen reader says it: each name and where the suggestion came from."""
    translate = QCoreApplication.translate
    parts = []
    for chip in chips:
        if learned_only(chip.why):
            source = translate("SuggestionChip", "suggested: like notes you tagged")
        else:
            source = translate("SuggestionChip", "suggested: %1").replace("%1", why_text(chip.why, chip.keywords))
        parts.append(f"{chip.name} — {source}")
    return "; ".join(parts)
