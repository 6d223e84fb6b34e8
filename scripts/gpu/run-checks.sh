#!/usr/bin/env bash
# On a GPU machine with CUDA, a PyTorch wheel, CMake, Ninja and a C++ compiler (but none of Debian's
# packages): builds near2, the core tests and the benchmarks against the wheel's CUDA LibTorch, runs the GPU
# tests, then the GPU benchmarks beside their CPU baselines on the same machine. Needs .gpu/deps.tar.xz from
# scripts/gpu/pack-deps.sh. Build logs go to $OUT (default ./gpu-out); the rest is printed.
set -uo pipefail
cd "$(dirname "$0")/../.."
out=${OUT:-$PWD/gpu-out}
mkdir -p "$out"
step() { printf '\n== %s (%s)\n' "$*" "$(date +%T)"; }

step machine
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
grep -m1 'model name' /proc/cpuinfo; nproc; grep PRETTY_NAME /etc/os-release
c++ --version | head -1; cmake --version | head -1; echo "ninja $(ninja --version)"
python=${PYTHON:-python3}
wheel=$($python -c 'import os, torch; print(os.path.dirname(torch.__file__))') || exit 1
$python -c 'import torch; print("torch", torch.__version__, "CUDA", torch.version.cuda, torch.cuda.is_available())'

step unpack dependencies
deps=/tmp/near2-deps
mkdir -p $deps && tar -C $deps -xJf .gpu/deps.tar.xz || exit 1
export LD_LIBRARY_PATH=$deps/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}

step configure
cmake -S . -B build-cuda -G Ninja -DCMAKE_BUILD_TYPE=Release -DNEAR2_BUILD_GUI=OFF -DNEAR2_WERROR=OFF \
  -DCMAKE_PREFIX_PATH=$deps/usr -DTorch_DIR=$PWD/scripts/gpu/torch-wheel -DNEAR2_TORCH_WHEEL="$wheel" \
  >"$out/configure.log" 2>&1 || { tail -40 "$out/configure.log"; exit 1; }

step build
targets="near2 compute_tests bench_sweep bench_train make_bert_bundle"
time cmake --build build-cuda -j "$(nproc)" --target $targets -- -k 0 >"$out/build.log" 2>&1 ||
  { grep -E -A5 'error|FAILED' "$out/build.log" | head -150; exit 1; }
bin=build-cuda/bin
[[ ${BUILD_ONLY:-0} == 1 ]] && exit 0

step GPU tests
$bin/compute_tests --gtest_filter='CudaPaths.*:TradeoffGrid.TorchFlat*:Sweep.*'
step all core tests on this LibTorch
timeout 300 $bin/compute_tests --gtest_brief=1

step sweep kernel, CPU, all cores
NEAR2_BENCH_FAISS=${FAISS:-1} $bin/bench_sweep 1000 100000 768
step sweep, GPU
NEAR2_BENCH_DEVICE=cuda $bin/bench_sweep 1000 100000 768
NEAR2_BENCH_DEVICE=cuda NEAR2_BENCH_FAISS=0 $bin/bench_sweep 4000 1000000 768
step near2 eval end to end, GPU and CPU
DEVICE=cuda PYTHON=$python REPEATS=2 NEAR2=$bin/near2 scripts/bench_eval.sh
DEVICE=cpu PYTHON=$python REPEATS=1 NEAR2=$bin/near2 scripts/bench_eval.sh
step training steps, GPU and CPU
$bin/bench_train 6 cuda
$bin/bench_train 2 cpu
step encoding, GPU and CPU
VOCAB=$PWD/.gpu/vocab.txt DEVICE=cuda PYTHON=$python scripts/bench_encode.sh build-cuda "$(nproc)"
VOCAB=$PWD/.gpu/vocab.txt DEVICE=cpu PYTHON=$python scripts/bench_encode.sh build-cuda "$(nproc)"
step done
