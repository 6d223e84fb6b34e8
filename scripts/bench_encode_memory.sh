#!/usr/bin/env bash
# Issue 18's memory bound: `near2 encode --cache` of a large catalog stays below 2 GB plus the output file.
# Writes COUNT product-title-like texts and a 2 × 64 Hugging Face BERT (the run is about memory, not the model),
# encodes them with --cache while sampling /proc/PID/status every 0.2 s, and prints the peak RssAnon (the heap:
# tokens, batches, the texts themselves) and RssFile (mapped files: the libraries, the output as it is written)
# with the verdict. The bound is checked against RssAnon: the output file is the "plus" of the bound.
# Usage: scripts/bench_encode_memory.sh [BUILD_DIR] [COUNT]   (COUNT 1000000 by default: about 4 minutes)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
count=${2:-1000000}
near2=$build/bin/near2
python=${PYTHON:-/usr/bin/python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$python -c 'import numpy' 2>/dev/null || { echo "bench_encode_memory: $python has no numpy: skipping"; exit 0; }
export NEAR2_CACHE_DIR=$work/cache

$python "$here/tests/python/make_hf_model.py" "$work/model" --layers 2 --hidden 64 --heads 4 --intermediate 128 \
  --pooling mean --normalize >/dev/null
$python "$here/tests/python/title_texts.py" "$count" 7 --numbered >"$work/catalog.jsonl"

"$near2" --threads 2 encode --model "$work/model" --input "$work/catalog.jsonl" --field text --cache \
  --out "$work/catalog.npy" >"$work/out.txt" 2>"$work/err.txt" &
pid=$!
peak_anon=0 peak_file=0
while kill -0 "$pid" 2>/dev/null; do
  if read -r anon file < <(awk '/^RssAnon/ {a=$2} /^RssFile/ {f=$2} END {print a+0, f+0}' "/proc/$pid/status" 2>/dev/null); then
    ((anon > peak_anon)) && peak_anon=$anon
    ((file > peak_file)) && peak_file=$file
  fi
  sleep 0.2
done
wait "$pid" || { echo "bench_encode_memory: near2 encode failed: $(tail -3 "$work/err.txt")"; exit 1; }
output_mib=$(($(stat -c %s "$work/catalog.npy") / 1048576))
verdict="met"
((peak_anon < 2048 * 1024)) || verdict="not met"
echo "bench_encode_memory: $(tail -1 "$work/out.txt")"
echo "bench_encode_memory: $count texts ($(($(stat -c %s "$work/catalog.jsonl") / 1048576)) MiB of JSON lines):" \
  "peak RssAnon $((peak_anon / 1024)) MiB, RssFile $((peak_file / 1024)) MiB, output $output_mib MiB" \
  "[RssAnon < 2 GB: $verdict]"
