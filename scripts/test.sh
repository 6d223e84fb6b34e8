#!/usr/bin/env bash
# The project's test command: setup, build, then every test (core, CLI, GUI offscreen) through CTest.
# PRESET=asan runs the suite under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${PRESET:-dev}
PRESET=$preset scripts/build.sh
ctest --preset "$preset" --parallel 2 "$@"
