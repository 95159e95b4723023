"""Text as XML 1.0 can hold it, and as every importing tool will count it.

XML 1.0 has no place for most control characters (a pasted form feed, a NUL), nor for lone
surrogates or U+FFFE/U+FFFF; lxml refuses them. Line breaks are made plain "\\n", since tools
that read the source file with universal newlines would count "\\r\\n" as one character. The same
cleaning is applied to the source files and to the XML, and the offsets are counted on the
cleaned text, so they stay right.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile(r"\r\n?")
_PAGE_BREAKS = re.compile(r"[\x0b\x0c]")  # vertical tab and form feed: a break in the text
_NOT_XML = re.compile(r"[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` with plain line breaks and without the characters XML 1.0 cannot hold."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _PAGE_BREAKS.sub("\n", text)
    return _NOT_XML.sub("", text)
