#!/usr/bin/env bash
# A note typed into the real workbench (Xvfb, XTest key presses) survives the app being killed (SIGKILL) one
# second after the last key: annotations save themselves as they are typed. Skips (77) without Xvfb/xdotool.
set -euo pipefail
for tool in xvfb-run xdotool python3; do
  command -v "$tool" > /dev/null || { echo "skip: $tool is not installed"; exit 77; }
done
if [ "${NEAR2_XVFB_INNER:-0}" != 1 ]; then
  NEAR2_XVFB_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$@"
fi
work=$(mktemp -d)
app_pid=
trap '[ -n "$app_pid" ] && kill -9 $app_pid 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "test_annotation_survives_kill: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/shop" --products 400 --queries 40 --embeddings 32 > /dev/null
"$NEAR2" eval --dataset "$work/shop" --corpus-embeddings "$work/shop/corpus.npy" \
  --query-embeddings "$work/shop/queries.npy" --project "$work/p.near2" --out "$work/eval" > /dev/null

# A real window on the Xvfb display, whatever platform the test environment chose (the presets say offscreen).
export XDG_CONFIG_HOME=$work/config NEAR2_NO_DIALOGS=1 QT_QPA_PLATFORM=xcb
"$WORKBENCH" "$work/p.near2" > "$work/app.log" 2>&1 &
app_pid=$!
window=
for _ in $(seq 1 240); do
  window=$(xdotool search --onlyvisible --class near2-workbench 2>/dev/null | head -1 || true)
  [ -n "$window" ] && xdotool getwindowname "$window" | grep -q 'p.near2\|p —' && break
  sleep 0.25
done
[ -n "$window" ] || fail "no workbench window ($(cat "$work/app.log"))"
xdotool windowfocus --sync "$window"
sleep 1
xdotool key --clearmodifiers alt+4 # the Annotation view, the note editor focused
sleep 0.5
xdotool type --delay 20 "kept after kill"
sleep 1
kill -9 $app_pid
wait $app_pid 2>/dev/null || true
app_pid=

note=$(python3 - "$work/p.near2" <<'PY'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT note FROM annotations").fetchall()
print("|".join(r[0] for r in rows))
PY
)
[ "$note" = "kept after kill" ] || fail "stored notes after SIGKILL: '$note' (expected 'kept after kill')"
echo "test_annotation_survives_kill: note kept"
