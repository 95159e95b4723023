"""The report's XMP metadata (PDF/UA and, when asked, PDF/A-2b) and the PDF/A output intent.

PDF/UA-1 wants the document's title in the XMP packet and the ``pdfuaid:part`` claim; PDF/A-2
wants every document-information entry repeated there with the same value, ``pdfaid`` part and
conformance, an extension schema for any property outside its own list (``pdfuaid``), an
uncompressed metadata stream, and an output intent with an ICC profile for the device colours
(the report is drawn in DeviceRGB: sRGB's profile from icc-profiles-free, resources/icc/).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDate, PDFDictionary, PDFInfo, PDFName, PDFStream, PDFString

from dialog_app.core.paths import resources_dir

_PDFUA_SCHEMA = """
   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
     <pdfaProperty:name>part</pdfaProperty:name>
     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
     <pdfaProperty:category>internal</pdfaProperty:category>
     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
    </rdf:li></rdf:Seq></pdfaSchema:property>
   </rdf:li></rdf:Bag></pdfaExtension:schemas>"""


def packet(info, timestamp, lang: str, pdfa: bool) -> str:
    """The XMP packet repeating ReportLab's document information ``info`` (a PDFInfo)."""
    date = _xmp_date(timestamp)
    lang = escape(lang or "x-default")
    parts = [
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        '  <rdf:Description rdf:about=""',
        '    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"',
        '    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"',
        '    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
        '    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"',
        '    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
        f'   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(info.title)}</rdf:li></rdf:Alt></dc:title>',
        f'   <dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>',
        '   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
        f'{escape(info.subject)}</rdf:li></rdf:Alt></dc:description>',
        f'   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>',
        '   <dc:format>application/pdf</dc:format>',
        f'   <pdf:Producer>{escape(info.producer)}</pdf:Producer>',
        f'   <pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>',
        f'   <xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>',
        f'   <xmp:CreateDate>{date}</xmp:CreateDate>',
        f'   <xmp:ModifyDate>{date}</xmp:ModifyDate>',
        f'   <xmp:MetadataDate>{date}</xmp:MetadataDate>',
        '   <pdfuaid:part>1</pdfuaid:part>',
    ]
    if pdfa:
        parts += ['   <pdfaid:part>2</pdfaid:part>', '   <pdfaid:conformance>B</pdfaid:conformance>',
                  _PDFUA_SCHEMA]
    parts += ['  </rdf:Description>', '</rdf:RDF>', '</x:xmpmeta>', '<?xpacket end="w"?>']
    return "\n".join(parts)


def _xmp_date(timestamp) -> str:
    """The moment ReportLab stamps /CreationDate with, as XMP writes dates."""
    y, mo, d, h, mi, s = timestamp.YMDhms
    offset = timestamp.dhh * 60 + (timestamp.dmm if timestamp.dhh >= 0 else -timestamp.dmm)
    sign = "+" if offset >= 0 else "-"
    offset = abs(offset)
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{sign}{offset // 60:02d}:{offset % 60:02d}"


def add(doc, lang: str, pdfa: bool) -> None:
    """Give ReportLab's document ``doc`` its /Metadata (and, for PDF/A, its /OutputIntents)."""
    doc.info.__class__ = _Info
    text = packet(doc.info, doc._timeStamp, lang, pdfa)
    stream = _Unfiltered(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                         text.encode("utf-8"))
    catalog = doc.Catalog
    catalog.Metadata = doc.Reference(stream, "XMPMetadata")
    if pdfa:
        profile = (resources_dir() / "icc" / "sRGB.icc").read_bytes()
        icc = PDFStream(PDFDictionary({"N": 3}), profile)
        intent = PDFDictionary({
            "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"), "Info": PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": doc.Reference(icc, "SRGBProfile"),
        })
        catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
        catalog.OutputIntents = PDFArray([intent])



class _Unfiltered(PDFStream):
    """A stream written as it is, without even an empty /Filter (PDF/A's rule for metadata)."""

    def format(self, document) -> bytes:
        content = document.encrypt.encode(self.content)
        dictionary = PDFDictionary({**self.dictionary.dict, "Length": len(content)})
        return dictionary.format(document) + b"\nstream\n" + content + b"\nendstream\n"


class _Info(PDFInfo):
    """ReportLab's document information without /Trapped: its XMP twin, pdf:Trapped, is newer than
    the XMP of PDF/A-2 (veraPDF refuses it), and "not trapped" is what a reader assumes anyway."""

    def format(self, document) -> bytes:
        date = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        return PDFDictionary({
            "Title": PDFString(self.title), "Author": PDFString(self.author), "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords), "Creator": PDFString(self.creator),
            "Producer": PDFString(self.producer), "CreationDate": date, "ModDate": date,
        }).format(document)
