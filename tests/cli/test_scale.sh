#!/usr/bin/env bash
# near2 eval on embeddings it streams from their files: float16 and .fvecs catalogs give exactly the summary
# of their float32 decode; a cutoff beyond the catalog is capped; non-finite rows, lenient .npy headers and
# runs beyond the memory budget exit 2 with one message and write nothing.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_scale: $*" >&2; exit 1; }
PY=/usr/bin/python3

"$NEAR2" demo-data --out "$work/shop" --products 2000 --queries 200 --embeddings 64 > /dev/null
shop="$work/shop"
# The catalog in float16, and its float32 decode.
"$PY" - "$shop" <<'PY'
import numpy as np, sys
shop = sys.argv[1]
half = np.load(shop + "/corpus.npy").astype(np.float16)
np.save(shop + "/corpus16.npy", half)
np.save(shop + "/corpus16as32.npy", half.astype(np.float32))
decoded = half.astype(np.float32)
with open(shop + "/corpus.fvecs", "wb") as out:
    for row in decoded:
        np.array([row.size], dtype=np.int32).tofile(out)
        row.tofile(out)
PY
run() { # run NAME CORPUS ARGS...
  local name=$1 corpus=$2; shift 2
  "$NEAR2" eval --dataset "$shop" --corpus-embeddings "$corpus" --query-embeddings "$shop/queries.npy" \
    --k 10,100 --out "$work/$name" "$@" > /dev/null 2>&1
}
for engine in registers products torch; do
  run "half-$engine" "$shop/corpus16.npy" --engine $engine
  run "decoded-$engine" "$shop/corpus16as32.npy" --engine $engine
  cmp -s "$work/half-$engine/per_query.csv" "$work/decoded-$engine/per_query.csv" \
    || fail "$engine: float16 catalog and its float32 decode give different per_query.csv"
  cmp -s "$work/half-$engine/summary.csv" "$work/decoded-$engine/summary.csv" || fail "$engine: summaries differ"
done
run fvecs "$shop/corpus.fvecs"
run decoded "$shop/corpus16as32.npy"
cmp -s "$work/fvecs/per_query.csv" "$work/decoded/per_query.csv" || fail ".fvecs and .npy of the same values differ"

# A cutoff far beyond the 2,000 products ranks the whole catalog, quickly (10^9 once reached 23 GB), and reserves
# no memory for ranks that cannot exist (it once reserved 16 GB of address space: failed under `ulimit -v`, and
# under ASan, whose shadow of it is touched, took 2.4 GB). ASan itself needs terabytes of address space.
address_limit=8000000
ldd "$NEAR2" | grep -q libasan && address_limit=unlimited
(
  ulimit -v "$address_limit"
  /usr/bin/time -f %M -o "$work/rss.txt" "$NEAR2" eval --dataset "$shop" --corpus-embeddings "$shop/corpus.npy" \
    --query-embeddings "$shop/queries.npy" --dims 64 --k 10,1000000000 --out "$work/huge-k" > /dev/null 2>&1
) || fail "--k 1000000000 failed under ulimit -v $address_limit KiB"
[ "$(cat "$work/rss.txt")" -lt 1500000 ] || fail "--k 1000000000: peak RSS $(cat "$work/rss.txt") KiB"
head -1 "$work/huge-k/summary.csv" | grep -q 'recall@1000000000' || fail "--k 1000000000: columns"
"$NEAR2" eval --dataset "$shop" --corpus-embeddings "$shop/corpus.npy" --query-embeddings "$shop/queries.npy" \
  --dims 64 --k 10,2000 --out "$work/whole" > /dev/null 2>&1
# Every metric but P@k (which divides by k) is that of the whole catalog's ranking.
[ "$(cut -d, -f3,4,7- "$work/huge-k/summary.csv" | tail -1)" = "$(cut -d, -f3,4,7- "$work/whole/summary.csv" | tail -1)" ] \
  || fail "--k 1000000000 differs from ranking all 2000: $(tail -1 "$work/huge-k/summary.csv") vs $(tail -1 "$work/whole/summary.csv")"

expect_exit2() { # expect_exit2 NAME PATTERN ARGS...: exit 2, PATTERN in stderr, nothing written
  local name=$1 pattern=$2; shift 2
  set +e; "$NEAR2" "$@" --out "$work/bad-$name" > /dev/null 2> "$work/err.txt"; local code=$?; set -e
  [ $code -eq 2 ] || fail "$name: exit code $code, expected 2 ($(cat "$work/err.txt"))"
  grep -q -- "$pattern" "$work/err.txt" || fail "$name: stderr lacks '$pattern': $(cat "$work/err.txt")"
  [ "$(wc -l < "$work/err.txt")" -eq 1 ] || fail "$name: more than one line: $(cat "$work/err.txt")"
  [ ! -e "$work/bad-$name/summary.csv" ] || fail "$name: summary.csv was written"
}

# Non-finite rows: refused, naming the file and the row.
"$PY" - "$shop" <<'PY'
import numpy as np, sys
shop = sys.argv[1]
corpus = np.load(shop + "/corpus.npy")
corpus[1234, 5] = np.nan
np.save(shop + "/nan.npy", corpus)
corpus = np.load(shop + "/corpus.npy").astype(np.float16)
corpus[17, 60] = np.inf
np.save(shop + "/inf16.npy", corpus)
import json
judged = {line.split("\t")[0] for line in open(shop + "/qrels/test.tsv").read().splitlines()[1:]}
ids = [json.loads(line)["_id"] for line in open(shop + "/queries.jsonl")]
row = max(i for i, q in enumerate(ids) if q in judged) # a searched query's row in the file
queries = np.load(shop + "/queries.npy")
queries[row, 0] = -np.inf
np.save(shop + "/inf-queries.npy", queries)
open(shop + "/inf-row.txt", "w").write(str(row))
PY
for engine in registers products torch faiss; do
  expect_exit2 "nan-$engine" "nan.npy: row 1234 (0-based) has a NaN or infinite value" eval --dataset "$shop" \
    --corpus-embeddings "$shop/nan.npy" --query-embeddings "$shop/queries.npy" --engine $engine
done
expect_exit2 nan-judged "nan.npy: row 1234" eval --dataset "$shop" --corpus-embeddings "$shop/nan.npy" \
  --query-embeddings "$shop/queries.npy" --judged-only --engine products
expect_exit2 inf16 "inf16.npy: row 17 (0-based)" eval --dataset "$shop" --corpus-embeddings "$shop/inf16.npy" \
  --query-embeddings "$shop/queries.npy"
expect_exit2 inf-queries "inf-queries.npy: row $(cat "$shop/inf-row.txt") (0-based)" eval --dataset "$shop" \
  --corpus-embeddings "$shop/corpus.npy" --query-embeddings "$shop/inf-queries.npy"

# Lenient .npy shapes are refused.
"$PY" - "$shop" <<'PY'
import sys
shop = sys.argv[1]
payload = open(shop + "/corpus.npy", "rb").read()[128:]
for name, shape in [("neg", "(-2000, 64)"), ("wrap", "(2000, 4611686018427387904)"),
                    ("big", "(18446744073709551648, 64)")]:
    text = "{'descr': '<f4', 'fortran_order': False, 'shape': %s, }" % shape
    text += " " * (117 - len(text)) + "\n"
    open("%s/%s.npy" % (shop, name), "wb").write(b"\x93NUMPY\x01\x00" + bytes([len(text), 0]) + text.encode() + payload)
PY
expect_exit2 npy-neg "neg.npy: field 'shape': invalid shape (-2000, 64)" eval --dataset "$shop" \
  --corpus-embeddings "$shop/neg.npy" --query-embeddings "$shop/queries.npy"
expect_exit2 npy-wrap "wrap.npy: truncated" eval --dataset "$shop" --corpus-embeddings "$shop/wrap.npy" \
  --query-embeddings "$shop/queries.npy"
expect_exit2 npy-big "big.npy: field 'shape': invalid shape.*beyond 2^63" eval --dataset "$shop" \
  --corpus-embeddings "$shop/big.npy" --query-embeddings "$shop/queries.npy"

# The memory budget: the sweep streams the catalog and fits in 16 MiB of working memory; the FAISS reference,
# which holds it, is refused before any work, saying how much it needs and how much there is.
"$NEAR2" --memory-budget 16M eval --dataset "$shop" --corpus-embeddings "$shop/corpus16.npy" \
  --query-embeddings "$shop/queries.npy" --k 10,100 --out "$work/budget-sweep" > /dev/null 2>&1
cmp -s "$work/budget-sweep/per_query.csv" "$work/half-registers/per_query.csv" || fail "budget: sweep differs"
expect_exit2 budget-faiss "not enough memory: the per-dim FAISS reference (2000 products × 64 dims in float32, twice) needs 1000.0 KiB, the memory budget is 500.0 KiB" \
  --memory-budget 500K eval --dataset "$shop" --corpus-embeddings "$shop/corpus16.npy" \
  --query-embeddings "$shop/queries.npy" --engine faiss
NEAR2_MEMORY_BUDGET=100K expect_exit2 budget-env "the memory budget is 100.0 KiB" eval --dataset "$shop" \
  --corpus-embeddings "$shop/corpus.npy" --query-embeddings "$shop/queries.npy"
expect_exit2 budget-tradeoffs "not enough memory: the trade-off cell at dim 64" --memory-budget 200K tradeoffs \
  --dataset "$shop" --corpus-embeddings "$shop/corpus.npy" --query-embeddings "$shop/queries.npy" --dims 64 \
  --precisions fp32 --index flat
expect_exit2 budget-syntax "--memory-budget: expected a size such as 4G" --memory-budget lots eval \
  --dataset "$shop" --corpus-embeddings "$shop/corpus.npy" --query-embeddings "$shop/queries.npy"
echo "test_scale: ok"
