#!/usr/bin/env bash
# Starts the workbench under Xvfb on the demo shop and saves a PNG of each main view into docs/screenshots/.
# Usage: scripts/screenshots.sh [path/to/near2-workbench]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="${1:-$root/build-gui/bin/near2-workbench}"
out="$root/docs/screenshots"
mkdir -p "$out"
export NEAR2_DEMO_CACHE="${NEAR2_DEMO_CACHE:-$root/build-gui/demo-cache}"
export NEAR2_NO_DIALOGS=1
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --demo --screenshot "$out" --quit-after-ms 600000
ls -1 "$out"/*.png
