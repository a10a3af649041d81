#!/usr/bin/env python3
"""Make ``briefing-headings.pdf``: the briefing as a word processor exports it.

Writes ``briefing.txt`` as a .docx whose title and headlines use the heading
styles Word gives a new document (Heading 1 / Heading 2: larger, bold, some
space before and none after; Normal: 11 pt, 8 pt after each paragraph), then
has LibreOffice export it:

    soffice --headless --convert-to pdf --outdir OUT briefing-headings.docx

Only the PDF is kept. LibreOffice (Debian: libreoffice-writer-nogui) is needed
to run this script, not to run the tests; the output depends on the LibreOffice
version and the fonts installed (the PDF in the repository was made with
LibreOffice 7.4 and DejaVu Sans standing in for Calibri).

Usage: python3 make_headings_pdf.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from make_fixtures import HERE, SOURCE, W_NS, XML_DECL, make_docx, read_briefing

OUT = HERE / "briefing-headings.pdf"

# Word's defaults for a new document, with bold headings: a heading has no space after it,
# so in the PDF the gap under a headline is no larger than the gap between body lines.
WORD_STYLES = (
    XML_DECL
    + f'<w:styles xmlns:w="{W_NS}">'
    + '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
    + '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
    + '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
    + "</w:pPrDefault></w:docDefaults>"
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    + "<w:qFormat/></w:style>"
    + '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    + '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    + '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/>'
    + '<w:outlineLvl w:val="0"/></w:pPr>'
    + '<w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="32"/></w:rPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    + '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    + '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/>'
    + '<w:outlineLvl w:val="1"/></w:pPr>'
    + '<w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="26"/></w:rPr></w:style>'
    + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
    + '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
    + "</w:styles>"
)


def main() -> int:
    soffice = shutil.which("soffice")
    if not soffice:
        raise SystemExit("soffice not found: install LibreOffice (libreoffice-writer-nogui)")
    title, items = read_briefing(SOURCE)
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "briefing-headings.docx"
        make_docx(docx, title, items, styles=WORD_STYLES)
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(docx)],
            check=True,
        )
        shutil.copyfile(Path(tmp) / "briefing-headings.pdf", OUT)
    print(f"{OUT.name}: {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
