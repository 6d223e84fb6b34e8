#!/usr/bin/env bash
# Packs what the core and the CLI need besides LibTorch (FAISS, OpenBLAS, ICU, fmt, SQLite, nlohmann-json,
# CLI11, GoogleTest) from this Debian 12 machine into .gpu/deps.tar.xz, for a GPU machine that has CUDA and a
# PyTorch wheel but none of Debian's packages (see scripts/gpu/README.md). Also copies the BERT vocabulary
# from ../shared for the encode benchmark when it is there. .gpu/ is ignored by git.
set -euo pipefail
cd "$(dirname "$0")/../.."
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
lib=/usr/lib/x86_64-linux-gnu
mkdir -p "$stage/usr/include" "$stage/usr/share/cmake" "$stage$lib/cmake"
for header in faiss unicode nlohmann CLI fmt gtest gmock sqlite3.h sqlite3ext.h; do
  cp -a "/usr/include/$header" "$stage/usr/include/"
done
cp -a $lib/libfaiss.a $lib/libgtest.a $lib/libgtest_main.a $lib/libgmock.a $lib/libgmock_main.a "$stage$lib/"
cp -a $lib/libicuuc.so* $lib/libicui18n.so* $lib/libicudata.so* $lib/libfmt.so* $lib/libsqlite3.so* "$stage$lib/"
# BLAS and LAPACK are Debian alternatives (symbolic links through /etc): copy the files they resolve to.
for name in libblas.so libblas.so.3 liblapack.so liblapack.so.3 libopenblas.so.0 libgfortran.so.5 libquadmath.so.0; do
  cp -L "$lib/$name" "$stage$lib/$name"
done
cp -a $lib/cmake/faiss $lib/cmake/fmt $lib/cmake/GTest "$stage$lib/cmake/"
cp -a /usr/share/cmake/CLI11 /usr/share/cmake/nlohmann_json "$stage/usr/share/cmake/"
# FAISS's exported target names BLAS by absolute path; make it relative to the unpacked prefix.
sed -i "s|$lib/|\${_IMPORT_PREFIX}/lib/x86_64-linux-gnu/|g" "$stage$lib/cmake/faiss/faiss-targets.cmake"
mkdir -p .gpu
XZ_OPT=-T2 tar -C "$stage" -cJf .gpu/deps.tar.xz usr
vocab=../shared/data/vocab/vocab.ms-marco-MiniLM-L-12-v2.from-tokenizer-json.txt
[[ -f $vocab ]] && cp "$vocab" .gpu/vocab.txt
grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >>.git/info/exclude
ls -l .gpu
