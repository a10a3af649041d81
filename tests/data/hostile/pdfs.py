"""Hostile PDFs for the measurement script (make.sh): a huge ToUnicode CMap, a flate bomb, an
encrypted file, a page-tree loop. Usage: python3 pdfs.py OUT_DIR [BOMB_MB]"""
import sys
import zlib
from pathlib import Path


def pdf(objects, trailer_extra=""):
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + (body if isinstance(body, bytes) else body.encode()) + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += ("trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)).encode()
    return bytes(out)


def stream(data, extra=""):
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra.encode()) + data + b"\nendstream"


def page_objects(content, font_extra=""):
    return [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        content,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica %s >>" % font_extra,
    ]


TEXT = b"BT /F1 12 Tf 72 720 Td (The minister said the talks would go on.) Tj ET"


def cmap_bomb():
    cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange 1 beginbfrange <00000000> <7FFFFFFF> <00000041> endbfrange endcmap end end"
    objs = page_objects(stream(TEXT), "/ToUnicode 6 0 R")
    objs.append(stream(cmap))
    return pdf(objs)


def flate_bomb(mb):
    packed = zlib.compress(b"\0" * (mb << 20), 9)
    return pdf(page_objects(stream(packed, "/Filter /FlateDecode")))


def encrypted():
    objs = page_objects(stream(TEXT))
    objs.append("<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % ("11" * 32, "22" * 32))
    return pdf(objs, "/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]")


def page_loop():
    return pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>",
    ])


if __name__ == "__main__":
    out = Path(sys.argv[1])
    mb = int(sys.argv[2]) if len(sys.argv) > 2 else 1300
    (out / "cmap_bomb.pdf").write_bytes(cmap_bomb())
    (out / "flate_bomb.pdf").write_bytes(flate_bomb(mb))
    (out / "encrypted.pdf").write_bytes(encrypted())
    (out / "page_loop.pdf").write_bytes(page_loop())
