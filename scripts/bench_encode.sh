#!/usr/bin/env bash
# near2 encode (end to end: JSON lines → tokenise → TorchScript → .npy) against Python torch running the same
# model.pt on pre-tokenised ids, for a 2-layer 128-wide and a 12-layer 768-wide BERT-shaped model at 32 tokens.
# Usage: scripts/bench_encode.sh [BUILD_DIR] [THREADS]   (needs bin/near2 and bin/make_bert_bundle built)
# DEVICE=cuda runs both sides on the GPU (more texts for the large model); PYTHON names the interpreter.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-enc}
threads=${2:-2}
vocab=${VOCAB:-$here/../shared/data/vocab/vocab.ms-marco-MiniLM-L-12-v2.from-tokenizer-json.txt}
python=${PYTHON:-/usr/bin/python3}
device=${DEVICE:-cpu}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -f $vocab ]] || { echo "bench_encode: no vocabulary at $vocab: skipping"; exit 0; }
$python -c 'import torch' 2>/dev/null || { echo "bench_encode: $python has no torch: skipping"; exit 0; }

# Texts of exactly 30 whole-word pieces: 32 ids with [CLS] and [SEP].
make_texts() {
  $python - "$vocab" "$1" >"$work/texts.jsonl" <<'PY'
import json, random, sys
words = [w for w in open(sys.argv[1]).read().split("\n")[1996:] if w.isalpha() and w.isascii() and len(w) > 2]
random.seed(7)
for _ in range(int(sys.argv[2])):
    print(json.dumps({"text": " ".join(random.choice(words) for _ in range(30))}))
PY
  "$build/bin/near2" tokenize --vocab "$vocab" <"$work/texts.jsonl" >"$work/ids.jsonl"
}

run_case() { # name layers hidden heads intermediate texts
  local name=$1 count=$6
  "$build/bin/make_bert_bundle" "$work/$name" "$2" "$3" "$4" "$5" "$vocab" >/dev/null
  make_texts "$count"
  local lengths
  lengths=$($python -c "import json,sys; print(sorted({len(json.loads(l)['ids']) for l in open(sys.argv[1])}))" "$work/ids.jsonl")
  local start end ours python_rate
  start=$(date +%s.%N)
  "$build/bin/near2" --threads "$threads" encode --model "$work/$name" --input "$work/texts.jsonl" \
    --out "$work/$name.npy" --device "$device" --batch-size 64 2>/dev/null >"$work/encode.log"
  end=$(date +%s.%N)
  ours=$(grep -o '([0-9]* texts/s)' "$work/encode.log" | tr -dc '0-9')
  python_rate=$($python "$here/scripts/bench_encode.py" "$work/$name/model.pt" "$work/ids.jsonl" 64 "$threads" "$device")
  printf '%-22s %6d texts, ids/text %s: near2 encode %8.1f texts/s (process incl. load: %.2f s), python torch on ids %8.1f texts/s, time ratio near2/python %.2f\n' \
    "$name" "$count" "$lengths" "$ours" "$(awk "BEGIN { print $end - $start }")" "$python_rate" \
    "$(awk "BEGIN { print $python_rate / $ours }")"
}

echo "threads: $threads, batch 64, $(nproc) cores, device $device"
run_case bert-2x128 2 128 2 512 20000
run_case bert-12x768 12 768 12 3072 "$([[ $device == cpu ]] && echo 512 || echo 8192)"
