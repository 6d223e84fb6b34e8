#!/usr/bin/env bash
# kill -9 at random points (seeded, bounded loops) of the commands that write state to keep: eval --project,
# encode --cache and train. Afterwards the project passes SQLite's integrity_check and shows no incomplete run,
# the embedding cache resumes to exactly the bytes of an uninterrupted encode, and a trained bundle is either
# absent or complete (and a new run with the same --out succeeds).
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NEAR2_TRUST_FILE=$work/trusted-models
fail() { echo "test_faults_kill: $*" >&2; exit 1; }
RANDOM=21 # the kill points are the same on every run
TRIALS=${TRIALS:-6}
now_ms() { date +%s%3N; }
# kill_after MS COMMAND...: runs COMMAND, kills it with SIGKILL after MS milliseconds (if still running).
kill_after() {
  local ms=$1
  shift
  "$@" > /dev/null 2>&1 &
  local pid=$!
  sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
}
# timed COMMAND...: runs it to completion and prints its duration in ms.
timed() {
  local start; start=$(now_ms)
  "$@" > /dev/null 2>&1 || fail "uninterrupted run failed: $*"
  echo $(($(now_ms) - start))
}

"$NEAR2" demo-data --out "$work/shop" --products 6000 --queries 300 --embeddings 64 > /dev/null
data=(--dataset "$work/shop" --corpus-embeddings "$work/shop/corpus.npy" --query-embeddings "$work/shop/queries.npy")

# ---- eval --project ----------------------------------------------------------------------------------------
"$NEAR2" eval "${data[@]}" --k 10,100 --project "$work/base.near2" --out "$work/O0" > /dev/null
cp "$work/base.near2" "$work/timing.near2"
span=$(timed "$NEAR2" eval "${data[@]}" --k 10,100 --write-runs --project "$work/timing.near2" --out "$work/O1")
for trial in $(seq 1 "$TRIALS"); do
  cp "$work/base.near2" "$work/P.near2"
  rm -rf "$work/O"
  at=$((RANDOM % (span + 50)))
  kill_after "$at" "$NEAR2" eval "${data[@]}" --k 10,100 --write-runs --project "$work/P.near2" --out "$work/O"
  [ "$(sqlite3 "$work/P.near2" 'PRAGMA integrity_check')" = ok ] || fail "eval killed at $at ms: project damaged"
  runs=$(sqlite3 "$work/P.near2" 'SELECT count(*) FROM runs')
  [ "$runs" = 1 ] || [ "$runs" = 2 ] || fail "eval killed at $at ms: $runs runs"
  # Every stored run is complete: report reads them all, and the newest has every dim.
  "$NEAR2" report --project "$work/P.near2" --csv "$work/R$trial" > /dev/null 2>&1 \
    || fail "eval killed at $at ms: the project no longer reports"
  [ "$(sqlite3 "$work/P.near2" 'SELECT count(DISTINCT dim) FROM run_dims WHERE run_id = (SELECT max(id) FROM runs)')" \
    = "$(sqlite3 "$work/base.near2" 'SELECT count(DISTINCT dim) FROM run_dims')" ] \
    || fail "eval killed at $at ms: the newest run lacks dims"
  # The outputs are all there or not at all.
  if [ -e "$work/O" ]; then
    [ "$(ls "$work/O" | wc -l)" = "$(ls "$work/O1" | wc -l)" ] || fail "eval killed at $at ms: partial outputs"
  fi
done

# ---- encode --cache ------------------------------------------------------------------------------------------
if /usr/bin/python3 -c 'import torch' 2> /dev/null; then
  mkdir "$work/bundle"
  printf '[PAD]\n[UNK]\n[CLS]\n[SEP]\n' > "$work/bundle/vocab.txt"
  cat > "$work/make_bundle.py" << 'PY'
import json, sys, torch
work = sys.argv[1]
words = [w for line in open(work + "/shop/corpus.jsonl") for w in json.loads(line)["title"].lower().split()]
vocab = sorted(set(w for w in words if w.isalnum()))[:2000]
open(work + "/bundle/vocab.txt", "a").write("\n".join(vocab) + "\n")
class Encoder(torch.nn.Module):
    def __init__(self, rows: int):
        super().__init__()
        self.embedding = torch.nn.Embedding(rows, 64)
        self.mix = torch.nn.Linear(64, 64)
    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        x = self.embedding(input_ids)
        for _ in range(8):
            x = torch.tanh(self.mix(x))
        return x
torch.manual_seed(0)
torch.jit.script(Encoder(len(vocab) + 4)).save(work + "/bundle/model.pt")
json.dump({"format": "near2-model/1", "name": "kill-test", "dim": 64, "tokenizer": "vocab.txt"},
          open(work + "/bundle/near2-model.json", "w"))
PY
  /usr/bin/python3 "$work/make_bundle.py" "$work" # from a file: torch.jit.script reads the classes' source
  encode=("$NEAR2" --threads 1 encode --trust-model-code --model "$work/bundle" --input "$work/shop/corpus.jsonl"
    --batch-size 64 --cache)
  span=$(NEAR2_CACHE_DIR=$work/reference-cache timed "${encode[@]}" --out "$work/reference.npy")
  for trial in $(seq 1 "$TRIALS"); do
    at=$((RANDOM % (span + 50)))
    NEAR2_CACHE_DIR=$work/cache kill_after "$at" "${encode[@]}" --out "$work/killed.npy"
  done
  NEAR2_CACHE_DIR=$work/cache "${encode[@]}" --out "$work/resumed.npy" > /dev/null 2>&1 \
    || fail "encode does not resume from a cache killed $TRIALS times"
  cmp -s "$work/reference.npy" "$work/resumed.npy" || fail "the resumed cache gives other bytes than an uninterrupted encode"
  [ ! -e "$work/killed.npy" ] || cmp -s "$work/reference.npy" "$work/killed.npy" \
    || fail "a killed encode left a partial output file"
else
  echo "test_faults_kill: /usr/bin/python3 cannot import torch (python3-torch): encode part skipped"
fi

# ---- train ---------------------------------------------------------------------------------------------------
train=("$NEAR2" --threads 1 train --dataset "$work/shop" --arch bow-256 --epochs 2 --batch-size 32 --vocab-size 3000
  --seed 7)
span=$(timed "${train[@]}" --out "$work/M0")
for trial in $(seq 1 "$TRIALS"); do
  rm -rf "$work/M" "$work/M.partial"
  at=$((RANDOM % (span + 50)))
  kill_after "$at" "${train[@]}" --out "$work/M"
  if [ -e "$work/M" ]; then # complete: it encodes like the uninterrupted bundle
    cmp -s "$work/M/model.pt" "$work/M0/model.pt" || fail "train killed at $at ms: a finished bundle differs"
  fi
  # A checkpoint left in M.partial is whole (written under a temporary name, renamed): a valid zip archive.
  if [ -e "$work/M.partial/model.pt" ]; then
    /usr/bin/python3 -c 'import sys, zipfile; assert zipfile.ZipFile(sys.argv[1]).testzip() is None' \
      "$work/M.partial/model.pt" 2> /dev/null || fail "train killed at $at ms: the checkpoint is damaged"
  fi
  "${train[@]}" --out "$work/M" > /dev/null 2>&1 || fail "train after a kill at $at ms does not run again"
  cmp -s "$work/M/model.pt" "$work/M0/model.pt" || fail "train after a kill at $at ms gives another model"
  [ ! -e "$work/M.partial" ] || fail "train after a kill left M.partial"
done
echo "test_faults_kill: ok ($TRIALS kills each of eval --project, encode --cache and train)"
