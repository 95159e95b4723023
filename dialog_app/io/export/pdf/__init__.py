"""The PDF report: the outline's blocks laid out with ReportLab on A4, in one layout pass.

``document.write`` is the entry the export registry calls. The bulk of a big report (the notes
and the register) is set by this package's own fast flowables (notes.py, grid.py) on top of
typeset.py; the few prose blocks are ReportLab Paragraphs. Page totals, the table of contents
and the bookmarks are drawn when the canvas saves (pages.py), so no second pass is needed.
"""
