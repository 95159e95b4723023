"""XML from strangers: declarations refused before they can expand, fetch or run."""

from __future__ import annotations

import time

import pytest

from dialog_app.core.import_plan import FileProblem, ImportFileError
from dialog_app.io.imports.safe_xml import parse_xml

LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b"]><lolz>&lol9;</lolz>")
EXTERNAL = b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'
REMOTE_DTD = b'<?xml version="1.0"?><!DOCTYPE a SYSTEM "http://example.org/a.dtd"><a/>'


@pytest.mark.parametrize("data", [LAUGHS, EXTERNAL, REMOTE_DTD, EXTERNAL.decode().replace(
    '"1.0"?>', '"1.0" encoding="UTF-16"?>').encode("utf-16")], ids=["bomb", "external", "dtd", "utf16"])
def test_a_declaration_is_refused_at_once(data):
    started = time.perf_counter()
    with pytest.raises(ImportFileError) as refused:
        parse_xml(data)
    assert refused.value.problem is FileProblem.UNSAFE_XML
    assert time.perf_counter() - started < 5  # a generous bound: an expanded bomb takes minutes or memory


def test_plain_xml_in_a_namespace_and_in_utf_16_is_read():
    assert parse_xml('<p xmlns="urn:x"><c>Åsa &amp; 👍</c></p>'.encode()).findtext("{urn:x}c") == "Åsa & 👍"
    assert parse_xml('<?xml version="1.0" encoding="UTF-16"?><a>ö</a>'.encode("utf-16")).text == "ö"


def test_xml_that_is_not_well_formed_is_broken_not_a_traceback():
    with pytest.raises(ImportFileError) as refused:
        parse_xml(b"<a><b></a>")
    assert refused.value.problem is FileProblem.BROKEN and refused.value.detail
