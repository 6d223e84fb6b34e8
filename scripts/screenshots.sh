#!/usr/bin/env bash
# Starts the workbench under Xvfb on the demo shop and saves a PNG of each main view into docs/screenshots/:
# N-view.png in the workbench's light palette, dark-N-view.png in its dark palette, scale2-N-view.png at
# QT_SCALE_FACTOR=2 (a 2560×1600 window).
# Usage: scripts/screenshots.sh [path/to/near2-workbench] [light|dark|scale2 ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="${1:-$root/build/bin/near2-workbench}"
shift || true
if [ $# -gt 0 ]; then variants=("$@"); else variants=(light dark scale2); fi
out="$root/docs/screenshots"
mkdir -p "$out"
export NEAR2_DEMO_CACHE="${NEAR2_DEMO_CACHE:-$root/build/demo-cache}"
export NEAR2_NO_DIALOGS=1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A first start's settings (window, splitters, recent tags), whatever this machine's user saved before; the
# trust list stays the user's (the demo models that near2 trained are on it).
export NEAR2_TRUST_FILE="${NEAR2_TRUST_FILE:-${XDG_CONFIG_HOME:-$HOME/.config}/near2/trusted-models}"
export XDG_CONFIG_HOME="$tmp/config"

# shoot PREFIX SCREEN SCALE PALETTE: one tour, its PNGs renamed with PREFIX.
shoot() {
    rm -f "$tmp"/*.png
    QT_SCALE_FACTOR="$3" xvfb-run -a -s "-screen 0 $2x24" \
        "$app" --demo --palette "$4" --screenshot "$tmp" --quit-after-ms 600000
    for png in "$tmp"/*.png; do mv "$png" "$out/$1$(basename "$png")"; done
}

for variant in "${variants[@]}"; do
    case "$variant" in
    light) shoot "" 1400x900 1 light ;;
    dark) shoot dark- 1400x900 1 dark ;;
    scale2) shoot scale2- 2800x1800 2 light ;;
    *) echo "screenshots.sh: unknown variant '$variant' (light, dark, scale2)" >&2; exit 2 ;;
    esac
done
ls -1 "$out"/*.png
