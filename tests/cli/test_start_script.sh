#!/usr/bin/env bash
# scripts/start.sh (the README's first command): the workbench on the demo where there is a display; without
# one, a message saying so and the command-line demo instead. Stub programs record what was run.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_start_script: $*" >&2; exit 1; }
start=$(cd "$(dirname "$0")/../.." && pwd)/scripts/start.sh
printf '#!/bin/sh\necho "workbench $*" > "%s/ran"\n' "$work" > "$work/workbench"
printf '#!/bin/sh\necho "demo $*" > "%s/ran"\n' "$work" > "$work/demo"
chmod +x "$work/workbench" "$work/demo"
run() { env -u DISPLAY -u WAYLAND_DISPLAY NEAR2_SKIP_BUILD=1 WORKBENCH="$work/workbench" DEMO_SCRIPT="$work/demo" "$@"; }

run DISPLAY=:7 bash "$start" 2> "$work/err"
[ "$(cat "$work/ran")" = "workbench --demo" ] || fail "with a display: ran '$(cat "$work/ran")'"

rm -f "$work/ran"
run bash "$start" 2> "$work/err"
[ "$(cat "$work/ran")" = "demo " ] || fail "without a display: ran '$(cat "$work/ran")'"
grep -q "no display" "$work/err" || fail "without a display, no message: $(cat "$work/err")"

rm -f "$work/ran"
run WAYLAND_DISPLAY=wayland-0 bash "$start" 2> "$work/err"
[ "$(cat "$work/ran")" = "workbench --demo" ] || fail "with Wayland: ran '$(cat "$work/ran")'"
echo "test_start_script: ok"
