#!/usr/bin/env bash
# Installs the Debian packages (scripts/setup.sh), configures and builds everything into build/ (bin/ holds
# near2 and near2-workbench). PRESET=asan builds the sanitizer configuration into build-asan/ instead.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${PRESET:-dev}
# Paths relative to the checkout in ccache's keys, so a fresh clone elsewhere reuses the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
# ...and not the build folder's absolute path (debug info then names the first checkout's folder: harmless).
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
scripts/setup.sh
cmake --preset "$preset" > /dev/null
cmake --build --preset "$preset"
