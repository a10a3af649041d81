#!/usr/bin/env bash
# Runs the hostile inputs of make.sh through the built binary and prints, per input, the exit
# code, wall time, peak memory (GNU time's maximum resident set size: of the program and of its
# PDF reader, whichever is larger), whether it hung (killed after 120 s) or panicked, and the
# first message; then tries the writes that must be refused and counts files changed.
#
#   cargo build --release && bash tests/data/hostile/measure.sh [BIN] [DIR]
set -uo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
bin=$(realpath "${1:-$root/target/release/stancedesk}")
dir=${2:-$(mktemp -d)/hostile}
[ -e "$dir/one_line.txt" ] || bash "$root/tests/data/hostile/make.sh" "$dir" >/dev/null
work=$(mktemp -d)
tried=0 panics=0 hangs=0

printf '%-26s %4s %8s %9s  %s\n' input exit seconds "peak MB" "message (first line of standard error)"
for f in "$dir"/*; do
    name=$(basename "$f")
    name=${name//[[:cntrl:]]/?}
    tried=$((tried + 1))
    /usr/bin/time -o "$work/time" -f '%e %M' timeout 120 "$bin" extract "$f" -o "$work/out.csv" 2>"$work/err" >/dev/null
    code=$?
    # GNU time writes "Command exited with non-zero status N" first: the figures are the last line
    read -r secs kb < <(tail -1 "$work/time")
    [ "$code" = 124 ] && hangs=$((hangs + 1))
    grep -q panicked "$work/err" && panics=$((panics + 1))
    msg=$(grep -v '^extracting' "$work/err" | head -1 | cut -c1-110)
    printf '%-26s %4s %8s %9s  %s\n' "$name" "$code" "$secs" "$((kb / 1024))" "${msg:-ok}"
done

# writes that must be refused, and saves that must keep what they replace
cd "$work" || exit 1
cp "$root/assets/sample_briefing.txt" g.txt
"$bin" project new p.stance.json g.txt 2>/dev/null
rm -f p.stance.json.bak
mkdir -p folder && echo keep >victim.txt
sum() { find . -maxdepth 1 -type f ! -name 'out*.csv' ! -name time ! -name err ! -name refusals.log ! -name '*.lock' -exec sha256sum {} + | sort; }
before=$(sum)
refused=0 attempts=0
try() { attempts=$((attempts + 1)); if "$bin" "$@" 2>>refusals.log; then echo "NOT refused: $*"; else refused=$((refused + 1)); fi; }
try export p.stance.json -o p.stance.json
try extract g.txt -o g.txt
try project new g.txt g.txt
try export p.stance.json -o /dev/full
try export p.stance.json -o folder
ln -sf p.stance.json alias.csv && try export p.stance.json -o alias.csv
ln -sf victim.txt q.stance.json.lock && try project new q.stance.json g.txt
flock p.stance.json.lock sleep 3 &
sleep 0.5 && try project new p.stance.json g.txt
wait
after=$(sum)
changed=$(diff <(echo "$before") <(echo "$after") | grep '^>' | tee changed.log | wc -l)
sed 's/^/  changed: /' changed.log
[ -e /dev/full ] && [ -c /dev/full ] || { echo "/dev/full is no longer a device"; changed=$((changed + 1)); }
chmod 600 p.stance.json && "$bin" project upgrade p.stance.json 2>/dev/null
mode=$(stat -c %a p.stance.json)
mkdir -p real && cp p.stance.json real/r.stance.json && ln -sf real/r.stance.json link.stance.json
"$bin" project upgrade link.stance.json 2>/dev/null
linkok=$([ -L link.stance.json ] && [ -f real/r.stance.json.bak ] && echo yes || echo no)

echo
echo "inputs tried: $tried; panics: $panics; hangs: $hangs"
echo "writes that must be refused: $refused of $attempts refused; files modified that should not be: $changed"
echo "mode after saving a 600 project: $mode; symlinked project saved through to its target: $linkok"
rm -rf "$work"
