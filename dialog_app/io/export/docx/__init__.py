"""The consultation report as a Word document: ``report.write`` is the entry the export registry calls.

``document.py`` sets up a new document (page, language, styles, properties, footer), ``blocks.py``
lays out each block of the outline in Word's own styles, ``contents.py`` writes the table of
contents already filled in (linked to bookmarks on the headings), and ``parts.py`` holds the
pieces of WordprocessingML that python-docx has no API for.
"""
