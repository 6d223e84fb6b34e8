#!/usr/bin/env bash
# The first command: installs the packages and builds (scripts/build.sh; skip with NEAR2_SKIP_BUILD=1), then
# opens the workbench on the demo shop (built and cached at first use). Without a display (no $DISPLAY or
# $WAYLAND_DISPLAY) it says so and prints the command-line demo table instead (scripts/demo.sh).
# WORKBENCH and DEMO_SCRIPT override the programs run (for the script's own test).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${NEAR2_SKIP_BUILD:-}" ]; then
  "$here/scripts/build.sh"
fi
workbench=${WORKBENCH:-$here/build/bin/near2-workbench}
demo=${DEMO_SCRIPT:-$here/scripts/demo.sh}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "start: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the workbench cannot open here;" >&2
  echo "start: showing the demo on the command line instead. On a desktop: $workbench --demo" >&2
  NEAR2_SKIP_BUILD=1 exec "$demo" "$@"
fi
echo "start: opening the workbench on the demo shop (the first start builds it: about 2 minutes)" >&2
exec "$workbench" --demo "$@"
