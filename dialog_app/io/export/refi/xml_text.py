"""Text as XML 1.0 can hold it, with every character a tool will count kept as it was stored.

XML 1.0 has no place for most control characters (a pasted form feed, a NUL), nor for lone
surrogates or U+FFFE/U+FFFF; lxml refuses them. Vertical tab and form feed become "\\n" (a break
in the text), the others go. Line ends stay as stored, "\\r\\n" included: in the XML lxml writes a
carriage return as "&#13;", which every parser reads back as one; in a source file it is a
character of the text, counted like any other (sources.py says how the line ends of a source
are chosen so that QualCoder counts them alike). The same cleaning is applied to the source files
and to the XML, and the offsets are counted on the cleaned text, so they stay right.
"""

from __future__ import annotations

import re

_PAGE_BREAKS = re.compile(r"[\x0b\x0c]")  # vertical tab and form feed: a break in the text
_NOT_XML = re.compile(r"[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold; line ends as they are."""
    text = _PAGE_BREAKS.sub("\n", text)
    return _NOT_XML.sub("", text)
