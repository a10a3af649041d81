#!/usr/bin/env python3
"""Generate the document-format fixtures from briefing.txt.

Reads ``briefing.txt`` (next to this script) and writes the same briefing as
Markdown, HTML, DOCX, ODT, EML, RSS, Atom and PDF, plus ``briefing_scanned.pdf``
(a one-page PDF without any text, standing in for a scanned document).

Standard library only (Python 3.11). Deterministic: every run writes the same
bytes (the DOCX/ODT archives use fixed timestamps; deflate output depends only
on the zlib build).

Layout of briefing.txt: the first line is the title; after it, a line that does
not end in sentence punctuation is a headline starting a new item, every other
line is one paragraph of the current item. No blank lines.

Usage: python3 make_fixtures.py
"""

from __future__ import annotations

import base64
import quopri
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "briefing.txt"

ZIP_DATE = (2026, 3, 12, 0, 0, 0)
SITE = "The Kessling Courier"
BASE_URL = "https://courier.example.org"
FEED_UPDATED = "2026-03-12T09:00:00+01:00"
EMAIL_DATE = "Thu, 12 Mar 2026 09:00:00 +0100"
ITEM_PUBDATES = [
    ("Thu, 12 Mar 2026 07:00:00 +0100", "2026-03-12T07:00:00+01:00"),
    ("Thu, 12 Mar 2026 07:30:00 +0100", "2026-03-12T07:30:00+01:00"),
    ("Thu, 12 Mar 2026 08:00:00 +0100", "2026-03-12T08:00:00+01:00"),
    ("Thu, 12 Mar 2026 08:30:00 +0100", "2026-03-12T08:30:00+01:00"),
]


# --------------------------------------------------------------------------
# Source
# --------------------------------------------------------------------------


class Item:
    def __init__(self, headline: str) -> None:
        self.headline = headline
        self.paragraphs: list[str] = []


def is_headline(line: str) -> bool:
    return not line.rstrip().endswith((".", "!", "?", ":", "”", '"', "’", "'", ";"))


def read_briefing(path: Path) -> tuple[str, list[Item]]:
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines:
        raise SystemExit(f"{path} is empty")
    title, rest = lines[0], lines[1:]
    items: list[Item] = []
    for line in rest:
        if is_headline(line):
            items.append(Item(line))
        else:
            if not items:
                raise SystemExit(f"paragraph before the first headline: {line[:40]}")
            items[-1].paragraphs.append(line)
    for item in items:
        if not item.paragraphs:
            raise SystemExit(f"headline without paragraphs: {item.headline}")
    return title, items


def slug(text: str) -> str:
    out = []
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------


def make_markdown(title: str, items: list[Item]) -> bytes:
    parts = [f"# {title}"]
    for item in items:
        parts.append(f"## {item.headline}")
        parts.extend(item.paragraphs)
    return ("\n\n".join(parts) + "\n").encode("utf-8")


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------


def html_text(text: str, numeric_rdquo: bool = False) -> str:
    """Escape for HTML and use character references for typographic marks."""
    s = escape(text)
    s = s.replace("’", "&rsquo;").replace("‘", "&lsquo;")
    s = s.replace("“", "&ldquo;")
    s = s.replace("”", "&#8221;" if numeric_rdquo else "&rdquo;")
    s = s.replace("—", "&mdash;")
    return s


def make_html(title: str, items: list[Item]) -> bytes:
    article = [f"<h1>{html_text(title)}</h1>"]
    for i, item in enumerate(items):
        article.append(f'<h2 id="{slug(item.headline)}">{html_text(item.headline)}</h2>')
        for para in item.paragraphs:
            # Alternate named and numeric references for the closing quote.
            article.append(f"<p>{html_text(para, numeric_rdquo=(i % 2 == 1))}</p>")
    article_html = "\n      ".join(article)
    related = "\n        ".join(
        f'<li><a href="/news/{slug(t)}">{html_text(t)}</a></li>'
        for t in (
            "Ferry timetable changes for the Easter holidays",
            "Kessling fish market & harbour walk reopen",
            "Letters: readers on the Lenne valley bypass",
        )
    )
    page = f"""<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{escape(title)} | {SITE}</title>
    <link rel="stylesheet" href="/static/css/site.css">
    <link rel="canonical" href="{BASE_URL}/briefings/2026-03-12">
  </head>
  <body class="briefing">
    <a class="skip-link" href="#main">Skip to content</a>
    <nav class="main-menu" aria-label="Main menu">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/sport">Sport &amp; Leisure</a></li>
        <li><a href="/weather">Weather &amp; Tides</a></li>
        <li><a href="/subscribe">Subscribe</a></li>
      </ul>
    </nav>
    <header class="site-header">
      <a class="logo" href="/">{SITE}</a>
      <p class="tagline">News from the harbour, the valley &amp; the hills</p>
    </header>
    <main id="main">
    <article class="briefing-article">
      {article_html}
    </article>
    <aside class="related">
      <h3>Related stories</h3>
      <ul>
        {related}
      </ul>
    </aside>
    </main>
    <footer class="site-footer">
      <p>&copy; 2026 {SITE}. All rights reserved.</p>
      <p class="cookie-notice">We use cookies to remember your settings and to measure how our site is used. <a href="/privacy#cookies">Manage cookie settings</a></p>
    </footer>
    <script>
      window.dataLayer = window.dataLayer || [];
      var teaser = "Minister said the channel would reopen soon, officials told reporters.";
      function track(name) {{
        window.dataLayer.push({{ event: name, section: "briefing" }});
      }}
      document.addEventListener("DOMContentLoaded", function () {{ track("view"); }});
    </script>
  </body>
</html>
"""
    return page.encode("utf-8")


def make_mail_html(title: str, items: list[Item]) -> str:
    out = [
        "<!doctype html>",
        '<html><head><meta charset="utf-8"><title>' + escape(title) + "</title></head>",
        '<body style="font-family: Helvetica, Arial, sans-serif">',
        f"<h1>{html_text(title)}</h1>",
    ]
    for item in items:
        out.append(f"<h2>{html_text(item.headline)}</h2>")
        out.extend(f"<p>{html_text(p)}</p>" for p in item.paragraphs)
    out.append('<p style="color:#777">You receive this briefing because you subscribed at '
               f'<a href="{BASE_URL}/subscribe">{SITE}</a>.</p>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# ZIP helpers (DOCX, ODT)
# --------------------------------------------------------------------------


def zip_entry(zf: zipfile.ZipFile, name: str, data: bytes, stored: bool = False) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    zf.writestr(info, data)


def write_zip(path: Path, entries: list[tuple[str, bytes, bool]]) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data, stored in entries:
            zip_entry(zf, name, data, stored)


XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK_TEXT = "port authority"
HYPERLINK_URL = "https://port.example.org/press"
SPLIT_RUN_CUE = " Almquist said, "  # split quote paragraph -> three runs
MIDWORD_SPLIT = "Director Nadia Oye"  # paragraph split inside a word (rsid-style)


def w_run(text: str, rpr: str = "") -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:r>{rpr}<w:t{space}>{escape(text)}</w:t></w:r>"


def docx_paragraph_runs(text: str) -> str:
    if SPLIT_RUN_CUE in text:
        a, b = text.split(SPLIT_RUN_CUE, 1)
        runs = [
            w_run(a, "<w:rPr><w:i/></w:rPr>"),
            w_run(SPLIT_RUN_CUE),
            w_run(b, "<w:rPr><w:i/></w:rPr>"),
        ]
        return "".join(runs)
    if HYPERLINK_TEXT in text:
        a, b = text.split(HYPERLINK_TEXT, 1)
        return (
            w_run(a)
            + '<w:hyperlink r:id="rIdLink1" w:history="1">'
            + w_run(HYPERLINK_TEXT, '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>')
            + "</w:hyperlink>"
            + w_run(b)
        )
    if text.startswith(MIDWORD_SPLIT):
        return w_run(MIDWORD_SPLIT) + w_run(text[len(MIDWORD_SPLIT):])
    return w_run(text)


def make_docx(path: Path, title: str, items: list[Item], styles: str | None = None) -> None:
    """Write the briefing as a .docx; `styles` replaces the minimal word/styles.xml."""
    body = [
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + w_run(title) + "</w:p>"
    ]
    for item in items:
        body.append(
            '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>' + w_run(item.headline) + "</w:p>"
        )
        for para in item.paragraphs:
            body.append("<w:p>" + docx_paragraph_runs(para) + "</w:p>")
    document = (
        XML_DECL
        + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
        + "".join(body)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        + '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"'
        + ' w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
        + "</w:body></w:document>"
    )
    content_types = (
        XML_DECL
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        + "</Types>"
    )
    rels = (
        XML_DECL
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        + "</Relationships>"
    )
    doc_rels = (
        XML_DECL
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + f'<Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target={quoteattr(HYPERLINK_URL)} TargetMode="External"/>'
        + "</Relationships>"
    )
    styles = styles or (
        XML_DECL
        + f'<w:styles xmlns:w="{W_NS}">'
        + '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
        + '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
        + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        + '<w:pPr><w:spacing w:after="160"/></w:pPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        + '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        + '<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>'
        + '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        + '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        + '<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>'
        + '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
        + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        + '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
        + "</w:styles>"
    )
    write_zip(
        path,
        [
            ("[Content_Types].xml", content_types.encode("utf-8"), False),
            ("_rels/.rels", rels.encode("utf-8"), False),
            ("word/document.xml", document.encode("utf-8"), False),
            ("word/_rels/document.xml.rels", doc_rels.encode("utf-8"), False),
            ("word/styles.xml", styles.encode("utf-8"), False),
        ],
    )


# --------------------------------------------------------------------------
# ODT
# --------------------------------------------------------------------------

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)
ODT_SPAN_CUE = "Tomas Brenn, spokesman for the port authority,"


def odt_paragraph(text: str) -> str:
    if text.startswith(ODT_SPAN_CUE):
        rest = text[len(ODT_SPAN_CUE):]
        return (
            '<text:p text:style-name="Text_20_body">'
            f'<text:span text:style-name="T1">{escape(ODT_SPAN_CUE)}</text:span>'
            f"{escape(rest)}</text:p>"
        )
    return f'<text:p text:style-name="Text_20_body">{escape(text)}</text:p>'


def make_odt(path: Path, title: str, items: list[Item]) -> None:
    body = [
        f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(title)}</text:h>'
    ]
    for item in items:
        body.append(
            f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{escape(item.headline)}</text:h>'
        )
        body.extend(odt_paragraph(p) for p in item.paragraphs)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + f'<office:document-content {ODF_NS} office:version="1.2">'
        + "<office:automatic-styles>"
        + '<style:style style:name="T1" style:family="text">'
        + '<style:text-properties fo:font-weight="bold"/></style:style>'
        + "</office:automatic-styles>"
        + "<office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + f'<office:document-styles {ODF_NS} office:version="1.2"><office:styles>'
        + '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        + '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
        + '<style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>'
        + '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">'
        + '<style:text-properties fo:font-weight="bold"/></style:style>'
        + '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">'
        + '<style:text-properties fo:font-size="160%"/></style:style>'
        + '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">'
        + '<style:text-properties fo:font-size="130%"/></style:style>'
        + "</office:styles></office:document-styles>"
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + f'<office:document-meta {ODF_NS} office:version="1.2"><office:meta>'
        + f"<dc:title>{escape(title)}</dc:title>"
        + "<dc:language>en-GB</dc:language>"
        + "<meta:creation-date>2026-03-12T09:00:00</meta:creation-date>"
        + "<meta:generator>make_fixtures.py</meta:generator>"
        + "</office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        + '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        + '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        + '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        + '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        + "</manifest:manifest>"
    )
    write_zip(
        path,
        [
            ("mimetype", b"application/vnd.oasis.opendocument.text", True),
            ("META-INF/manifest.xml", manifest.encode("utf-8"), False),
            ("content.xml", content.encode("utf-8"), False),
            ("styles.xml", styles.encode("utf-8"), False),
            ("meta.xml", meta.encode("utf-8"), False),
        ],
    )


# --------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------


def q_encoded_word(text: str) -> str:
    """RFC 2047 'Q' encoded word for an unstructured header (UTF-8)."""
    out = []
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif byte < 0x80 and (ch.isalnum() or ch in "!*+-/.:"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "=?UTF-8?Q?" + "".join(out) + "?="


def encoded_subject(title: str) -> str:
    """Subject header value, folded into encoded words of at most ~60 chars."""
    words, chunk = [], ""
    for token in title.split(" "):
        candidate = (chunk + " " + token) if chunk else token
        if chunk and len(q_encoded_word(candidate + " ")) > 60:
            words.append(q_encoded_word(chunk + " "))  # keep the space inside
            chunk = token
        else:
            chunk = candidate
    words.append(q_encoded_word(chunk))
    return "\r\n ".join(words)


def make_eml(title: str, items: list[Item]) -> bytes:
    plain_parts = [title]
    for item in items:
        plain_parts.append(item.headline)
        plain_parts.extend(item.paragraphs)
    plain_parts.append(f"You receive this briefing because you subscribed at {BASE_URL}/subscribe")
    plain = "\n\n".join(plain_parts) + "\n"
    qp = quopri.encodestring(plain.encode("utf-8"), quotetabs=False)
    qp = qp.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    html_b64 = base64.encodebytes(make_mail_html(title, items).encode("utf-8"))
    html_b64 = html_b64.replace(b"\n", b"\r\n")
    boundary = "----=_StanceDesk_Part_20260312_0001"
    head = [
        'From: "Kessling Courier Briefing" <briefing@courier.example.org>',
        "To: Newsroom Subscribers <subscribers@example.org>",
        f"Date: {EMAIL_DATE}",
        "Subject: " + encoded_subject(title),
        "Message-ID: <20260312090000.briefing@courier.example.org>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/alternative;",
        f' boundary="{boundary}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "",
    ]
    mid = [
        "",
        f"--{boundary}",
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: base64",
        "",
        "",
    ]
    tail = ["", f"--{boundary}--", ""]
    data = "\r\n".join(head).encode("ascii")
    data += qp.rstrip(b"\r\n")
    data += "\r\n".join(mid).encode("ascii")
    data += html_b64.rstrip(b"\r\n")
    data += "\r\n".join(tail).encode("ascii")
    return data


# --------------------------------------------------------------------------
# Feeds
# --------------------------------------------------------------------------


def item_html(item: Item) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in item.paragraphs)


def make_rss(title: str, items: list[Item]) -> bytes:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "  <channel>",
        f"    <title>{escape(title)}</title>",
        f"    <link>{BASE_URL}/briefings/2026-03-12</link>",
        f"    <description>Morning news briefing from {escape(SITE)}</description>",
        "    <language>en-gb</language>",
        f"    <pubDate>{EMAIL_DATE}</pubDate>",
        f"    <lastBuildDate>{EMAIL_DATE}</lastBuildDate>",
        "    <generator>make_fixtures.py</generator>",
    ]
    for n, item in enumerate(items):
        url = f"{BASE_URL}/news/{slug(item.headline)}"
        out += [
            "    <item>",
            f"      <title>{escape(item.headline)}</title>",
            f"      <link>{url}</link>",
            f'      <guid isPermaLink="false">courier-2026-03-12-{n + 1}</guid>',
            f"      <pubDate>{ITEM_PUBDATES[n % len(ITEM_PUBDATES)][0]}</pubDate>",
            f"      <description>{escape(item_html(item))}</description>",
            "    </item>",
        ]
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out).encode("utf-8")


def make_atom(title: str, items: list[Item]) -> bytes:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
        f"  <title>{escape(title)}</title>",
        f'  <link href="{BASE_URL}/briefings/2026-03-12"/>',
        f'  <link rel="self" href="{BASE_URL}/briefings/2026-03-12.atom"/>',
        "  <id>tag:courier.example.org,2026-03-12:briefing</id>",
        f"  <updated>{FEED_UPDATED}</updated>",
        f"  <author><name>{escape(SITE)}</name></author>",
    ]
    for n, item in enumerate(items):
        stamp = ITEM_PUBDATES[n % len(ITEM_PUBDATES)][1]
        out += [
            "  <entry>",
            f"    <title>{escape(item.headline)}</title>",
            f'    <link href="{BASE_URL}/news/{slug(item.headline)}"/>',
            f"    <id>tag:courier.example.org,2026-03-12:item-{n + 1}</id>",
            f"    <published>{stamp}</published>",
            f"    <updated>{stamp}</updated>",
            f'    <content type="html">{escape(item_html(item))}</content>',
            "  </entry>",
        ]
    out += ["</feed>", ""]
    return "\n".join(out).encode("utf-8")


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------

PDF_WRAP = 90  # characters per line
PDF_LINES_PER_PAGE = 45
PDF_LEADING = 15
PDF_LEFT = 56
PDF_TOP = 780
A4 = (595, 842)

# Allowed soft-hyphenation points ("-" marks where a word may be split).
HYPHENATION = {
    w.replace("-", ""): w
    for w in """
    govern-ment con-struc-tion con-sul-ta-tion en-gi-neers break-wa-ter main-te-nance
    emer-gen-cy pro-ce-dure ob-ser-va-to-ry tem-per-a-tures vol-un-teers through-out
    broad-cast-er hy-drol-o-gy post-poned clear-ance di-vert-ing down-stream re-tain-ing
    re-build-ing in-de-pen-dent pub-lished re-gion-al con-tain-er com-pa-nies spokes-man
    spokes-wom-an fish-er-men sur-veyed in-sur-er con-tracts af-fect-ed ap-proach
    ex-pect-ed mir-a-cle pop-u-lar De-cem-ber Feb-ru-ary Op-po-si-tion agree-ment
    riv-er-bed mu-ni-tions chan-nel min-is-try shut-tle vis-i-tors re-pairs sched-ules
    dredg-ing dredg-er in-quiry find-ings ig-nor-ing warn-ings ves-sels ter-mi-nal
    Os-ter-hal-len De-vel-op-er Oye-la-ran Alm-quist re-open-ed as-tron-o-my
    """.split()
}


def hyphenate(word: str, room: int) -> tuple[str, str] | None:
    """Split `word` so that `head-` fits into `room` characters, if allowed."""
    lead = len(word) - len(word.lstrip("“‘(\"'"))
    core_end = len(word.rstrip(".,;:!?”’)\"'"))
    core = word[lead:core_end]
    pattern = HYPHENATION.get(core)
    if not pattern:
        return None
    best = None
    pos = 0
    for piece in pattern.split("-")[:-1]:
        pos += len(piece)
        if lead + pos + 1 <= room and pos >= 2 and len(core) - pos >= 2:
            best = pos
    if best is None:
        return None
    cut = lead + best
    return word[:cut] + "-", word[cut:]


def wrap(text: str, width: int = PDF_WRAP) -> tuple[list[str], list[str]]:
    """Greedy word wrap with soft hyphenation. Returns (lines, hyphen breaks)."""
    lines: list[str] = []
    breaks: list[str] = []
    line = ""
    for word in text.split(" "):
        while True:
            sep = 1 if line else 0
            if len(line) + sep + len(word) <= width:
                line = line + (" " if line else "") + word
                break
            split = hyphenate(word, width - len(line) - sep) if line else None
            if split:
                head, word = split
                lines.append(line + " " + head)
                breaks.append(head + word)
                line = ""
                continue
            if not line:  # a single overlong word
                lines.append(word)
                word = ""
                break
            lines.append(line)
            line = ""
    if line:
        lines.append(line)
    return lines, breaks


PDF_CHAR_MAP = {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2011": "-", "\u2010": "-"}


def pdf_string(text: str) -> str:
    text = "".join(PDF_CHAR_MAP.get(ch, ch) for ch in text)
    try:
        raw = text.encode("cp1252")  # WinAnsiEncoding for every character we use
    except UnicodeEncodeError as err:
        raise SystemExit(f"character not in WinAnsiEncoding: {err.object[err.start]!r}")
    out = []
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def pdf_text_utf16(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def build_pdf(objects: list[bytes], root: int, info: int | None) -> bytes:
    """objects[i] is the body of object i+1 (without 'obj'/'endobj')."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode("ascii")
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode("ascii")
    trailer = f"<< /Size {len(objects) + 1} /Root {root} 0 R"
    if info:
        trailer += f" /Info {info} 0 R"
    trailer += " >>"
    out += f"trailer\n{trailer}\nstartxref\n{xref_at}\n%%EOF\n".encode("ascii")
    return bytes(out)


def stream(data: bytes) -> bytes:
    return f"<< /Length {len(data)} >>\nstream\n".encode("ascii") + data + b"\nendstream"


def make_pdf(title: str, items: list[Item]) -> tuple[bytes, list[str]]:
    # Each entry: (font, size, text) or None for an empty line.
    lines: list[tuple[str, int, str] | None] = [("F2", 14, title), None]
    breaks: list[str] = []
    for i, item in enumerate(items):
        if i:
            lines.append(None)
        lines.append(("F2", 11, item.headline))
        lines.append(None)
        for j, para in enumerate(item.paragraphs):
            if j:
                lines.append(None)
            wrapped, br = wrap(para)
            breaks += br
            lines += [("F1", 10, ln) for ln in wrapped]
    pages: list[list] = []
    for entry in lines:
        if not pages or len(pages[-1]) >= PDF_LINES_PER_PAGE:
            if entry is None:
                continue  # no empty line at the top of a page
            pages.append([])
        pages[-1].append(entry)

    # Object numbers: 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs.
    n_fixed = 5
    page_ids = [n_fixed + 1 + 2 * k for k in range(len(pages))]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        (
            "<< /Type /Pages /Kids ["
            + " ".join(f"{p} 0 R" for p in page_ids)
            + f"] /Count {len(pages)} >>"
        ).encode("ascii"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        (
            f"<< /Title {pdf_text_utf16(title)} /Author (The Kessling Courier)"
            " /Producer (make_fixtures.py) /CreationDate (D:20260312090000+01'00') >>"
        ).encode("ascii"),
    ]
    for k, page in enumerate(pages):
        ops = [f"BT\n{PDF_LEADING} TL\n{PDF_LEFT} {PDF_TOP} Td"]
        font = None
        first = True
        for entry in page:
            if not first:
                ops.append("T*")
            first = False
            if entry is None:
                continue
            f, size, text = entry
            if (f, size) != font:
                ops.append(f"/{f} {size} Tf")
                font = (f, size)
            ops.append(f"{pdf_string(text)} Tj")
        ops.append("ET")
        # page number in the footer
        ops.append(f"BT\n/F1 8 Tf\n{A4[0] // 2 - 10} 40 Td\n({k + 1} / {len(pages)}) Tj\nET")
        content = ("\n".join(ops) + "\n").encode("latin-1")
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4[0]} {A4[1]}]"
                f" /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >>"
                f" /Contents {page_ids[k] + 1} 0 R >>"
            ).encode("ascii")
        )
        objects.append(stream(content))
    return build_pdf(objects, root=1, info=5), breaks


def make_scanned_pdf() -> bytes:
    content = (
        b"q\n0.93 0.92 0.88 rg\n40 40 515 762 re\nf\n"
        b"0.55 G\n1.5 w\n56 56 483 730 re\nS\n"
        b"0.75 g\n"
        + b"".join(
            f"72 {740 - 18 * i} {380 + (i * 37) % 70} 7 re\nf\n".encode("ascii")
            for i in range(30)
        )
        + b"Q\n"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4[0]} {A4[1]}] /Resources << >> /Contents 4 0 R >>".encode("ascii"),
        stream(content),
        b"<< /Producer (make_fixtures.py) /CreationDate (D:20260312090000+01'00') >>",
    ]
    return build_pdf(objects, root=1, info=5)


# --------------------------------------------------------------------------


def main() -> int:
    title, items = read_briefing(SOURCE)
    (HERE / "briefing.md").write_bytes(make_markdown(title, items))
    (HERE / "briefing.html").write_bytes(make_html(title, items))
    make_docx(HERE / "briefing.docx", title, items)
    make_odt(HERE / "briefing.odt", title, items)
    (HERE / "briefing.eml").write_bytes(make_eml(title, items))
    (HERE / "briefing.rss").write_bytes(make_rss(title, items))
    (HERE / "briefing.atom").write_bytes(make_atom(title, items))
    pdf, breaks = make_pdf(title, items)
    if not breaks:
        raise SystemExit("no hyphenated line break in the PDF; extend HYPHENATION")
    (HERE / "briefing.pdf").write_bytes(pdf)
    (HERE / "briefing_scanned.pdf").write_bytes(make_scanned_pdf())
    print(f"{len(items)} items; PDF hyphen breaks: {', '.join(breaks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
