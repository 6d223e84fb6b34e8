#!/usr/bin/env bash
# Hugging Face folders: `near2 encode` against Python PyTorch running the same model on the same ids and threads
# (tests/python/hf_torch_reference.py: Hugging Face's forward pass in plain PyTorch, batched as
# SentenceTransformer.encode batches: longest texts first, each batch padded to its longest), side by side in one
# run, on a BERT-base-shaped (12 × 768) and a MiniLM-shaped (6 × 384) random checkpoint, product-title-like texts
# of 3 to 40 tokens, batch 64, in fp32, bf16 and int8 on both sides (Python: the model cast to bfloat16;
# quantize_dynamic with per-channel weights). Then what the faster precisions cost on the demo: a small BERT
# fine-tuned on the demo shop (near2 train --init), its catalog and queries encoded at each precision, NDCG@10
# at every nested dim (near2 eval).
# Usage: scripts/bench_hf_encode.sh [BUILD_DIR] [THREADS]   (SKIP_DEMO=1 skips the quality part)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
threads=${2:-2}
near2=$build/bin/near2
python=${PYTHON:-/usr/bin/python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$python -c 'import torch, numpy' 2>/dev/null || { echo "bench_hf_encode: $python has no torch or numpy: skipping"; exit 0; }
export NEAR2_CACHE_DIR=$work/cache

make_texts() { # count seed → texts.jsonl (title-like: words, sizes, model numbers)
  $python "$here/tests/python/title_texts.py" "$1" "$2" >"$work/texts.jsonl"
}

encode_rate() { # folder precision → texts/s of near2 encode
  "$near2" --threads "$threads" encode --model "$1" --input "$work/texts.jsonl" --field text --precision "$2" \
    --batch-size 64 --out "$work/out-$2.npy" 2>/dev/null | grep -o '([0-9.]* texts/s' | tr -dc '0-9.'
}

run_case() { # name layers hidden heads intermediate texts
  local name=$1 dir=$work/$1 count=$6
  $python "$here/tests/python/make_hf_model.py" "$dir" --layers "$2" --hidden "$3" --heads "$4" \
    --intermediate "$5" --max-positions 512 --max-seq-length 128 --pooling mean --normalize
  make_texts "$count" 7
  "$near2" tokenize --vocab "$dir/tokenizer.json" --max-length 128 <"$work/texts.jsonl" >"$work/ids.jsonl"
  local lengths
  lengths=$($python -c "import json, sys; n = [len(json.loads(l)['ids']) for l in open(sys.argv[1])]
print(f'{min(n)}-{max(n)} ids, mean {sum(n) / len(n):.1f}')" "$work/ids.jsonl")
  echo "$name: $count texts, $lengths"
  local fp32_rate=""
  for precision in fp32 bf16 int8; do
    local ours theirs
    ours=$(encode_rate "$dir" "$precision")
    theirs=$($python "$here/tests/python/hf_torch_reference.py" bench "$dir" "$work/ids.jsonl" 64 "$threads" \
      "$precision" 2>/dev/null)
    fp32_rate=${fp32_rate:-$ours}
    printf '  %-5s near2 encode %8.1f texts/s   python torch %8.1f texts/s   near2/python %5.2fx   near2 vs its fp32 %5.2fx\n' \
      "$precision" "$ours" "$theirs" "$(awk "BEGIN { print $ours / $theirs }")" "$(awk "BEGIN { print $ours / $fp32_rate }")"
    if [[ $precision == fp32 ]]; then roofline "$2" "$3" "$5" "$ours" "$theirs"; fi
  done
}

# The fp32 ceiling: the linear layers' FLOPs per text (2 x tokens x (4 h^2 + 2 h i) per layer; near2 groups
# texts of equal length and pads nothing, Python pads each batch of 64, longest first, to its longest), the rate
# each side reaches, and what one fp32 GEMM of the model's shapes reaches on this CPU and these threads
# (torch.matmul, the kernels both sides call).
roofline() { # layers hidden intermediate near2_rate python_rate
  $python - "$work/ids.jsonl" "$threads" "$@" <<'PY'
import json, sys, time, torch
path, threads, layers, hidden, inter, ours, theirs = sys.argv[1], int(sys.argv[2]), *map(int, sys.argv[3:6]), *map(float, sys.argv[6:8])
n = sorted((len(json.loads(l)["ids"]) for l in open(path)), reverse=True)
padded = sum(max(n[i:i + 64]) * len(n[i:i + 64]) for i in range(0, len(n), 64)) / len(n)
mean = sum(n) / len(n)
per_token = 2 * layers * (4 * hidden * hidden + 2 * hidden * inter)
torch.set_num_threads(threads)
rows = 64 * round(padded)
best = 0.0
for k, m in ((hidden, hidden), (hidden, inter), (inter, hidden)):
    a, b = torch.randn(rows, k), torch.randn(k, m)
    for _ in range(3):
        a @ b
    start, reps = time.perf_counter(), 20
    for _ in range(reps):
        a @ b
    best = max(best, 2 * rows * k * m * reps / (time.perf_counter() - start))
near2, python = ours * mean * per_token, theirs * padded * per_token
print(f"  roofline: {per_token * mean / 1e9:.2f} GFLOP per text ({mean:.1f} tokens; Python pads to {padded:.1f}); "
      f"fp32 GEMM at these shapes {best / 1e9:.0f} GFLOP/s; near2 {near2 / 1e9:.0f} ({near2 / best:.0%}), python "
      f"{python / 1e9:.0f} ({python / best:.0%}); 1.5x python's texts/s would need {1.5 * theirs * mean * per_token / best:.0%}")
PY
}
echo "threads: $threads, batch 64, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), CPU flags:" \
  "$(grep -o -w 'avx512_bf16\|avx512_vnni\|amx_bf16\|amx_int8' /proc/cpuinfo | sort -u | tr '\n' ' ')"
run_case minilm-6x384 6 384 12 1536 "${MINILM_TEXTS:-2048}"
run_case bert-base-12x768 12 768 12 3072 "${BASE_TEXTS:-512}"

[[ ${SKIP_DEMO:-0} == 1 ]] && exit 0
# Quality: a 4 × 256 BERT fine-tuned on the demo shop with the Matryoshka loss, then encoded at each precision.
"$near2" demo-data --out "$work/shop" >/dev/null
$python "$here/tests/python/make_hf_model.py" "$work/init" --layers 4 --hidden 256 --heads 4 --intermediate 1024 \
  --max-positions 128 --max-seq-length 64 --pooling mean --normalize
"$near2" --threads "$threads" train --dataset "$work/shop" --init "$work/init" --out "$work/trained" \
  --epochs "${DEMO_EPOCHS:-2}" --lr 5e-4 --mrl-dims 16,32,64,128,256 --log-every 1000 >/dev/null 2>"$work/train.log" ||
  { cat "$work/train.log" >&2; exit 1; }
echo "demo shop, 4 x 256 BERT fine-tuned ${DEMO_EPOCHS:-2} epochs; NDCG@10 (test split) at each nested dim:"
for precision in fp32 bf16 int8; do
  "$near2" --threads "$threads" encode --model "$work/trained" --input "$work/shop/corpus.jsonl" \
    --precision "$precision" --out "$work/corpus-$precision.npy" >/dev/null 2>&1
  "$near2" --threads "$threads" encode --model "$work/trained" --input "$work/shop/queries.jsonl" --kind query \
    --field text --precision "$precision" --out "$work/queries-$precision.npy" >/dev/null 2>&1
  "$near2" eval --dataset "$work/shop" --corpus-embeddings "$work/corpus-$precision.npy" \
    --query-embeddings "$work/queries-$precision.npy" --out "$work/eval-$precision" >/dev/null 2>&1
done
$python - "$work" <<'PY'
import csv, sys
def ndcg(precision):
    rows = list(csv.DictReader(open(f"{sys.argv[1]}/eval-{precision}/summary.csv")))
    return {int(r["dim"]): float(r["ndcg@10"]) for r in rows}
full = ndcg("fp32")
print("  dim   fp32     bf16 (change)      int8 (change)")
for precision_rows in [sorted(full)]:
    for dim in precision_rows:
        b, i = ndcg("bf16")[dim], ndcg("int8")[dim]
        print(f"  {dim:>4} {full[dim]:.4f}  {b:.4f} ({b - full[dim]:+.4f})  {i:.4f} ({i - full[dim]:+.4f})")
PY
