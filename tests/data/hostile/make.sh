#!/usr/bin/env bash
# Makes the hostile inputs of the measurement script (measure.sh) in a folder; nothing of it is
# committed. The tests make small versions of the same classes themselves (tests/hostile.rs,
# tests/pdf_isolation.rs, tests/properties.rs).
#
#   bash tests/data/hostile/make.sh OUT_DIR [BIG_MB]
#
# BIG_MB (default 100) is the size of the one-line text.
set -euo pipefail
out=${1:?usage: make.sh OUT_DIR [BIG_MB]}
big=${2:-100}
here=$(cd "$(dirname "$0")" && pwd)
sample="$here/../../../assets/sample_briefing.txt"
mkdir -p "$out"
cd "$out"

# 1. deeply nested HTML: divs and tables
python3 - <<'EOF'
say = "<p>The minister said the talks would go on.</p>"
for name, n, o, c in [("html_div_20000.html", 20000, "<div>", "</div>"),
                      ("html_div_100000.html", 100000, "<div>", "</div>"),
                      ("html_tables_100000.html", 100000, "<table><tr><td>", "</td></tr></table>")]:
    open(name, "w").write("<!DOCTYPE html><html><body>" + o * n + say + c * n + "</body></html>")
EOF

# 2. many different speakers
for n in 50000 200000 400000; do python3 "$here/speakers.py" "$n" > "speakers_$n.txt"; done

# 3. special files
ln -sf /dev/zero zero.txt
ln -sf /dev/urandom urandom.txt
rm -f fifo.txt && mkfifo fifo.txt

# 4. PDFs: huge ToUnicode CMap, flate bomb (1.3 GB unpacked), encrypted, page-tree loop, cut short
python3 "$here/pdfs.py" . 1300
head -c 600 "$here/../formats/briefing.pdf" > pdf_cut.pdf

# 5. one line of BIG_MB: the sample briefing's lines joined, repeated
python3 - "$sample" "$big" <<'EOF'
import sys
one = open(sys.argv[1]).read().replace("\n", " ")
n = int(sys.argv[2]) * (1 << 20) // len(one)
with open("one_line.txt", "w") as f:
    for _ in range(n):
        f.write(one)
EOF

# 14. messages: encrypted docx, feed behind a DTD, another XML, a file name with control characters
python3 - <<'EOF'
open("encrypted.docx", "wb").write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 1000 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1000)
open("dtd_feed.xml", "w").write('<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY who "Ann Lee">\n<!ELEMENT rss ANY>\n]>\n'
    '<rss version="2.0"><channel><title>T</title><item><title>Talks go on</title>'
    '<description>The minister said the talks would go on.</description></item></channel></rss>\n')
open("catalog.xml", "w").write('<?xml version="1.0"?>\n<catalog><book>"We go on," said Ann Lee.</book></catalog>\n')
open("evil\nname\x1b[31m.txt", "w").write("")
EOF
echo "made $(ls -1 | wc -l) hostile inputs in $out"
