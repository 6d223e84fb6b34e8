#!/usr/bin/env bash
# near2 tradeoffs: the exact CSV header, one row per cell and funnel, exit 2 for parameters that cannot work.
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_tradeoffs: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/shop" --products 2000 --queries 200 --embeddings 64 >/dev/null
data=(--dataset "$work/shop" --corpus-embeddings "$work/shop/corpus.npy" --query-embeddings "$work/shop/queries.npy")

"$NEAR2" --threads 2 tradeoffs "${data[@]}" --dims 16,64 --precisions fp32,fp16,int8,binary,binary+rescore \
  --index flat,hnsw,ivfpq --hnsw-m 16 --ef-construction 40 --ef-search 32,64 --nlist 16 --nprobe 4 --pq-m 8 --pq-bits 6 \
  --funnel 16:200,64:10 --latency-queries 10 --k 10 --metric recall@10 --out "$work/out" >"$work/stdout" 2>"$work/stderr" ||
  fail "tradeoffs failed: $(cat "$work/stderr")"
csv="$work/out/tradeoffs.csv"
[ -s "$csv" ] || fail "no tradeoffs.csv"
expected='dim,precision,index,params,bytes_per_vector,index_bytes,build_s,latency_p50_ms,latency_p95_ms,qps,threads,ndcg@10,p@10,recall@10,mrr@10,map@10,hit@10,warnings'
[ "$(head -1 "$csv")" = "$expected" ] || fail "header: $(head -1 "$csv")"
# 2 dims × (5 flat + 5 precisions × 2 efSearch hnsw + 1 ivfpq) + 1 funnel = 33 rows.
[ "$(tail -n +2 "$csv" | wc -l)" -eq 33 ] || fail "expected 33 rows, got $(tail -n +2 "$csv" | wc -l)"
row() { grep -E "^$1," "$csv" | head -1; }
row '64,fp32,flat' | grep -q '^64,fp32,flat,,256,512000,' || fail "fp32 flat row: $(row '64,fp32,flat')"
row '64,binary,flat' | grep -q '^64,binary,flat,,8,16000,' || fail "binary flat row: $(row '64,binary,flat')"
# binary+rescore holds its 2 bytes of sign bits and the 64 bytes of float32 vectors it re-scores with.
row '16,binary\+rescore,flat' | grep -q ',R=10,66,132000,' || fail "binary+rescore row: $(row '16,binary\+rescore,flat')"
grep -q '^64,int8,hnsw,"M=16,efC=40,efS=64",64,' "$csv" || fail "hnsw efSearch 64 row missing"
row '16,pq,ivfpq' | grep -q 'nlist=16,nprobe=4,m=8,bits=6",6,' || fail "ivfpq row: $(row '16,pq,ivfpq')"
row '64,fp32,funnel' | grep -q '^64,fp32,funnel,"16:200,64:10",256,' || fail "funnel row: $(row '64,fp32,funnel')"
# Every data row has as many fields as the header (params with commas are quoted).
python3 - "$csv" <<'PY' || fail "ragged CSV"
import csv, sys
rows = list(csv.reader(open(sys.argv[1])))
assert all(len(r) == len(rows[0]) for r in rows), [r for r in rows if len(r) != len(rows[0])][:1]
assert all(r[10] == "2" for r in rows[1:]), "threads column"
PY
grep -q 'ndcg@10 ≥ 99% of fp32 flat at dim 64' "$work/stdout" || fail "no 99% answer: $(cat "$work/stdout")"
grep -q 'ndcg@10 ≥ 95% of fp32 flat at dim 64' "$work/stdout" || fail "no 95% answer"
grep -q 'recall@10 ≥ 95% of fp32 flat at dim 64' "$work/stdout" || fail "no answer for --metric"
grep -Eq '(keeps [0-9.]+% in [0-9/.%]+ of the memory|nothing smaller keeps 99%)' "$work/stdout" || fail "statement wording"
[ "$(tail -n +2 "$work/out/compression.csv" | wc -l)" -eq 4 ] || fail "compression.csv: $(cat "$work/out/compression.csv")"
# 64 PQ centroids (6 bits) want 2,496 training points; the catalog has 2,000.
grep -q 'warning: dim 16 ivfpq .*PQ sub-quantizer: 2000 training points for 64 centroids' "$work/stderr" ||
  fail "no FAISS training warning: $(cat "$work/stderr")"
row '16,pq,ivfpq' | grep -q 'FAISS wants at least 2496' || fail "warnings column: $(row '16,pq,ivfpq')"
grep -q 'funnel 16:200,64:10' "$work/stdout" || fail "no funnel summary"

expect_exit_2() { # expect_exit_2 REASON ARGS…
  local reason=$1
  shift
  set +e
  "$NEAR2" tradeoffs "${data[@]}" --out "$work/bad" "$@" >/dev/null 2>"$work/err"
  local rc=$?
  set -e
  [ "$rc" -eq 2 ] || fail "exit $rc instead of 2 for: $*"
  grep -q -- "$reason" "$work/err" || fail "message for $* lacks '$reason': $(cat "$work/err")"
}
expect_exit_2 '--pq-m 12 does not divide dim 64' --dims 48,64 --index ivfpq --pq-m 12
expect_exit_2 '--nlist 5000 exceeds the catalog' --dims 64 --index ivfpq --nlist 5000
expect_exit_2 '--nprobe 64 exceeds --nlist 16' --dims 64 --index ivfpq --nlist 16 --nprobe 64
expect_exit_2 'divisible by 8' --dims 12 --precisions binary
expect_exit_2 "--funnel '64:100,16:10': dims must increase" --funnel 64:100,16:10
expect_exit_2 'smaller than the' --funnel 16:20,64:50
expect_exit_2 'unknown precision' --precisions fp8
expect_exit_2 'unknown index' --index lsh
set +e
"$NEAR2" tradeoffs --dataset "$work/shop" --corpus-embeddings "$work/shop/corpus.npy" --out "$work/bad" 2>"$work/err"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q 'either --model' "$work/err" || fail "one embedding file: exit $rc, $(cat "$work/err")"
[ ! -e "$work/bad/tradeoffs.csv" ] || fail "a refused run wrote tradeoffs.csv"
echo "test_tradeoffs: ok"
