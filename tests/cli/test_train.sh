#!/usr/bin/env bash
# near2 train: a tiny bow-256 model on a tiny demo shop (a bundle with mrl_dims, a training log, usable by
# near2 eval), and bad input (exit 2, a message, nothing written).
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NEAR2_CACHE_DIR=$work/cache
fail() { echo "test_train: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/shop" --seed 5 --products 300 --queries 60 >/dev/null
"$NEAR2" --threads 1 train --dataset "$work/shop" --out "$work/model" --arch bow-256 --loss mnrl+ocl \
  --mrl-dims 32,64,128,256 --epochs 1 --batch-size 16 --vocab-size 3000 2>"$work/train.err" ||
  fail "training failed: $(cat "$work/train.err")"
for f in model.pt vocab.txt near2-model.json train-log.jsonl; do
  [ -s "$work/model/$f" ] || fail "the bundle lacks $f"
done
[ ! -e "$work/model.partial" ] || fail "model.partial left behind"
grep -q '"mrl_dims"' "$work/model/near2-model.json" || fail "no mrl_dims in the manifest"
tr -d ' \n' <"$work/model/near2-model.json" | grep -q '"mrl_dims":\[32,64,128,256\]' || fail "mrl_dims wrong"
grep -q '"event":"epoch"' "$work/model/train-log.jsonl" || fail "no epoch line in the log"
grep -q 'epoch 1/1' "$work/train.err" || fail "no epoch summary on stderr"
"$NEAR2" eval --dataset "$work/shop" --model "$work/model" --out "$work/eval" >"$work/eval.txt" ||
  fail "near2 eval on the trained bundle failed"
grep -q '^ *256 ' "$work/eval.txt" || fail "no dim-256 row in the eval table"

expect_exit_2() {
  local what=$1 out=$2; shift 2
  set +e
  "$NEAR2" --threads 1 train "$@" --out "$out" 2>"$work/err.txt"
  local code=$?
  set -e
  [ "$code" -eq 2 ] || fail "$what: exit $code, expected 2 ($(cat "$work/err.txt"))"
  grep -q 'error' "$work/err.txt" || fail "$what: no error message"
  [ ! -e "$out" ] && [ ! -e "$out.partial" ] || fail "$what: wrote $out"
}
mkdir -p "$work/notrain/qrels"
cp "$work/shop/corpus.jsonl" "$work/shop/queries.jsonl" "$work/notrain/"
cp "$work/shop/qrels/test.tsv" "$work/notrain/qrels/"
expect_exit_2 "no train split" "$work/x1" --dataset "$work/notrain" --arch bow-256
expect_exit_2 "dims beyond the model" "$work/x2" --dataset "$work/shop" --arch bow-256 --mrl-dims 64,512
expect_exit_2 "threshold above every gain" "$work/x3" --dataset "$work/shop" --arch bow-256 --relevant-threshold 2
expect_exit_2 "unknown loss" "$work/x4" --dataset "$work/shop" --arch bow-256 --loss triplet
expect_exit_2 "neither init nor arch" "$work/x5" --dataset "$work/shop"
expect_exit_2 "init is not a bundle" "$work/x6" --dataset "$work/shop" --init "$work/shop"
echo "test_train: ok"
