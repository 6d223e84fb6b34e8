#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing NEAR² Workbench needs.
# Idempotent: packages already present are skipped; safe to run on every build.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config clang-format
  # core libraries
  libtorch-dev libfaiss-dev libopenblas0-openmp libdnnl-dev libsqlite3-dev libicu-dev
  nlohmann-json3-dev libcli11-dev libfmt-dev libssl-dev
  # Qt 6 (GUI, charts, translations)
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6svg6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools linguist-qt6 libqt6sql6-sqlite qt6-translations-l10n libqt6svg6
  libxkbcommon-dev libgl1-mesa-dev
  # tests, benchmarks, screenshots, reports
  libgtest-dev libbenchmark-dev xvfb xauth imagemagick poppler-utils fonts-dejavu-core
  xdotool libxtst-dev libxdamage-dev
  python3 python3-numpy python3-torch
  # fuzzing (preset fuzz, scripts/fuzz.sh): clang with libFuzzer and the sanitizer runtimes
  clang-14 libclang-rt-14-dev
  # distributed runs: mpirun -np N near2 eval|encode (optional at build time: NEAR2_WITH_MPI)
  libopenmpi-dev openmpi-bin
  # packaging checks
  desktop-file-utils appstream dpkg-dev lintian librsvg2-bin shared-mime-info libglib2.0-bin libxml2-utils man-db file
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
