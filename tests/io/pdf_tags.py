"""Reading a tagged PDF back as a screen reader's software would: its structure tree, the marked
content of its pages, its XMP packet (with pikepdf, which the pdfua checker brings along)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf


def elements(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Every structure element, in reading order."""
    stack = [pdf.Root.StructTreeRoot.K]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(reversed(list(node)))
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            yield node
            if "/K" in node:
                stack.append(node.K)


def roles(pdf: pikepdf.Pdf) -> list[str]:
    return [str(element.S)[1:] for element in elements(pdf)]


def text_sequences(page: pikepdf.Page) -> list[tuple[str, dict]]:
    """Each marked-content sequence of ``page`` that shows text: its tag and its properties
    (the outermost sequence counts); ("", {}) for text shown outside any."""
    out = []
    stack: list[tuple[str, dict]] = []
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            properties = operands[1] if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) else {}
            stack.append((str(operands[0])[1:], dict(properties)))
        elif op == "EMC":
            stack.pop()
        elif op in ("Tj", "TJ", "'", '"'):
            seen = stack[0] if stack else ("", {})
            if not out or out[-1] is not seen:
                out.append(seen)
    return out


def depths(page: pikepdf.Page) -> tuple[int, int]:
    """How deep marked-content sequences nest on ``page``, and how many are left open at its end."""
    depth = deepest = 0
    for _operands, operator in pikepdf.parse_content_stream(page, "BDC BMC EMC"):
        depth += -1 if str(operator) == "EMC" else 1
        deepest = max(deepest, depth)
    return deepest, depth


def xmp(path: Path) -> str:
    with pikepdf.open(path) as pdf:
        return pdf.Root.Metadata.read_bytes().decode("utf-8")
