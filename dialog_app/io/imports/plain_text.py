"""Minutes typed as plain text (.txt) or Markdown (.md), read as blocks.

The encoding is found as for tables (byte-order mark, strict UTF-8, UTF-16 without a mark, then
the Windows and Latin encodings Swedish files are saved in); binary data is refused. A paragraph
is a run of non-blank lines, joined with a space; a line starting with "-", "*", "+", "•", "–",
"1." or "1)" is a list item (its indent, two spaces a step, gives its depth), and the lines after
it until a blank line belong to it. A short line ending with a colon ("Civilsamhälle:") stands as
a paragraph of its own, never glued to the lines under it, so that it can name their group.

Markdown adds headings ("# …" and text underlined with === or ---), drops thematic breaks
("---", "***"), and reads a bold start ("**Näringsliv:** …" or "**Näringsliv**: …") as a lead-in,
its asterisks taken off. Other inline markup stays as typed. Plain text has no headings: a line
"# Skola" in a .txt is text.
"""

from __future__ import annotations

import re

from dialog_app.io.imports.document_blocks import Block, BlockKind, group_label, lead_in, plain

_BULLET = re.compile(r"^(\s*)(?:[-*+•–]|\d{1,3}[.)])\s+(\S.*)$")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_BREAK = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_BOLD_START = re.compile(r"^(\*\*|__)(.+?)\1")
_BOLD_WHOLE = re.compile(r"^(\*\*|__)(.+)\1$")
TAB_WIDTH = 4


def text_blocks(text: str, markdown: bool) -> list[Block]:
    return _Reader(markdown).read(text)


class _Reader:
    """One pass over the lines, holding the paragraph or list item being gathered."""

    def __init__(self, markdown: bool) -> None:
        self.markdown = markdown
        self.blocks: list[Block] = []
        self.lines: list[str] = []
        self.kind = BlockKind.PARAGRAPH
        self.level = 0

    def read(self, text: str) -> list[Block]:
        for line in text.splitlines():
            self.line(line.expandtabs(TAB_WIDTH))
        self.flush()
        return self.blocks

    def line(self, line: str) -> None:
        if not line.strip():
            self.flush()
            return
        if self.markdown and self.markdown_line(line):
            return
        bullet = _BULLET.match(line)
        if bullet:
            self.flush()
            self.start(BlockKind.BULLET, len(bullet.group(1)) // 2 + 1, bullet.group(2))
            return
        if group_label(self.block(line).text):
            self.flush()
            self.start(BlockKind.PARAGRAPH, 0, line)
            self.flush()
            return
        if not self.lines:
            self.start(BlockKind.PARAGRAPH, 0, line)
        else:
            self.lines.append(line)

    def markdown_line(self, line: str) -> bool:
        """Handle a heading, an underline or a thematic break; False for any other line."""
        atx = _ATX.match(line)
        if atx:
            self.flush()
            self.blocks.append(self.heading(atx.group(2) or "", len(atx.group(1))))
            return True
        setext = _SETEXT.match(line)
        if setext and self.lines and self.kind is BlockKind.PARAGRAPH:
            self.blocks.append(self.heading(" ".join(self.lines), 1 if setext.group(1)[0] == "=" else 2))
            self.lines = []
            return True
        if _BREAK.match(line):
            self.flush()
            return True
        return False

    def start(self, kind: BlockKind, level: int, line: str) -> None:
        self.kind, self.level, self.lines = kind, level, [line]

    def flush(self) -> None:
        if self.lines:
            self.blocks.append(self.block(" ".join(self.lines)))
            self.lines = []

    def block(self, raw: str) -> Block:
        if self.markdown:
            bold = _BOLD_START.match(raw.strip())
            if bold:
                text = plain(bold.group(2) + raw.strip()[bold.end():])
                found = lead_in(bold.group(2), text)
                if found:
                    return Block(self.kind, text, self.level, found)
        return Block(self.kind, plain(raw), self.level)

    def heading(self, raw: str, level: int) -> Block:
        text = plain(raw)
        whole = _BOLD_WHOLE.match(text)
        return Block(BlockKind.HEADING, plain(whole.group(2)) if whole else text, level)
