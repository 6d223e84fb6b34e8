#!/usr/bin/env bash
# near2 eval end to end: outputs and their columns, runs that re-score to the same numbers, the FAISS reference,
# JSON, and bad input (exit 2, a message naming the file, nothing written).
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_eval: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/shop" --products 3000 --queries 300 --embeddings 64 > /dev/null
data=(--dataset "$work/shop" --corpus-embeddings "$work/shop/corpus.npy" --query-embeddings "$work/shop/queries.npy")

"$NEAR2" eval "${data[@]}" --k 10,100 --write-runs --out "$work/out" > "$work/table.txt"
head -1 "$work/out/summary.csv" | grep -qx 'dim,bytes_per_vector,ndcg@10,ndcg@100,p@10,p@100,recall@10,recall@100,mrr@10,mrr@100,map@10,map@100,hit@10,hit@100' \
  || fail "summary.csv header: $(head -1 "$work/out/summary.csv")"
[ "$(cut -d, -f1,2 "$work/out/summary.csv" | tail -n +2 | tr '\n' ' ')" = "8,32 16,64 32,128 64,256 " ] \
  || fail "default dims / bytes per vector: $(cut -d, -f1,2 "$work/out/summary.csv" | tr '\n' ' ')"
head -1 "$work/out/per_query.csv" | grep -q '^query_id,dim,ndcg@10,' || fail "per_query.csv header"
queries=$(tail -n +2 "$work/shop/qrels/test.tsv" | cut -f1 | sort -u | wc -l)
[ "$(($(wc -l < "$work/out/per_query.csv") - 1))" -eq $((queries * 4)) ] || fail "per_query.csv rows"
for d in 8 16 32 64; do [ -s "$work/out/run_$d.trec" ] || fail "run_$d.trec missing"; done
[ "$(awk '{print NF}' "$work/out/run_32.trec" | sort -u)" = "6" ] || fail "run files need six columns"

# The run files re-score (trec_eval conventions, near2 score) to the numbers of summary.csv.
awk 'NR>1{print $1" 0 "$2" "$3}' "$work/shop/qrels/test.tsv" > "$work/qrels.trec"
for d in 8 64; do
  from_run=$("$NEAR2" score --qrels "$work/qrels.trec" --run "$work/out/run_$d.trec" --k 10,100 | awk '$1=="ndcg@10"{print $3}')
  from_summary=$(awk -F, -v d=$d '$1==d{printf "%.4f", $3}' "$work/out/summary.csv")
  [ "$from_run" = "$from_summary" ] || fail "dim $d: run file gives ndcg@10 $from_run, summary $from_summary"
done

# The FAISS per-dim reference gives the same summary.
"$NEAR2" eval "${data[@]}" --k 10,100 --engine faiss --out "$work/faiss" > /dev/null
paste -d, "$work/out/summary.csv" "$work/faiss/summary.csv" | tail -n +2 | awk -F, '{
  for (i = 3; i <= 14; i++) if ((($i - $(i + 14)) > 1e-3) || (($(i + 14) - $i) > 1e-3)) { print "column " i ": " $i " vs " $(i + 14); exit 1 } }' \
  || fail "sweep and FAISS summaries differ"

# The per-segment products engine (the default where the CPU lacks AVX-512) gives the same summary.
"$NEAR2" eval "${data[@]}" --k 10,100 --engine products --out "$work/products" > /dev/null
paste -d, "$work/out/summary.csv" "$work/products/summary.csv" | tail -n +2 | awk -F, '{
  for (i = 3; i <= 14; i++) if ((($i - $(i + 14)) > 1e-4) || (($(i + 14) - $i) > 1e-4)) { print "column " i ": " $i " vs " $(i + 14); exit 1 } }' \
  || fail "sweep and products-engine summaries differ"
set +e
"$NEAR2" eval "${data[@]}" --engine blas --out "$work/bad-engine" 2> "$work/bad-engine.err"
status=$?
set -e
[ "$status" -eq 2 ] || fail "--engine blas: exit $status, expected 2"
grep -q "expected sweep, registers, products, torch or faiss" "$work/bad-engine.err" || fail "--engine blas: message"

# --json on stdout, --dims and --judged-only.
"$NEAR2" eval "${data[@]}" --dims 16,64 --k 10 --judged-only --json --out "$work/json" > "$work/summary.json"
/usr/bin/python3 - "$work/summary.json" <<'PY' || fail "--json output"
import json, sys
summary = json.load(open(sys.argv[1]))
assert [row["dim"] for row in summary["summary"]] == [16, 64], summary
assert summary["summary"][0]["bytes_per_vector"] == 64
assert 0.0 < summary["summary"][1]["ndcg@10"] <= 1.0
PY

expect_exit2() { # expect_exit2 NAME PATTERN ARGS...: exit code 2, PATTERN in stderr, no summary written
  local name=$1 pattern=$2; shift 2
  set +e; "$NEAR2" eval "$@" --out "$work/bad-$name" > /dev/null 2> "$work/err.txt"; local code=$?; set -e
  [ $code -eq 2 ] || fail "$name: exit code $code, expected 2 ($(cat "$work/err.txt"))"
  grep -q -- "$pattern" "$work/err.txt" || fail "$name: stderr lacks '$pattern': $(cat "$work/err.txt")"
  [ ! -e "$work/bad-$name/summary.csv" ] || fail "$name: summary.csv was written"
}
"$NEAR2" demo-data --out "$work/other" --products 500 --queries 50 --embeddings 64 > /dev/null
expect_exit2 rows "other/corpus.npy has 500 rows" --dataset "$work/shop" --corpus-embeddings "$work/other/corpus.npy" --query-embeddings "$work/shop/queries.npy"
expect_exit2 dims "^near2 eval: error: --dims: 128 is beyond the full dimension 64" "${data[@]}" --dims 8,128
expect_exit2 cutoffs "--k" "${data[@]}" --k 0
expect_exit2 gains "--gains" "${data[@]}" --gains "E=lots"
printf 'not numpy' > "$work/junk.npy"
expect_exit2 npy "junk.npy" --dataset "$work/shop" --corpus-embeddings "$work/junk.npy" --query-embeddings "$work/shop/queries.npy"
cp -r "$work/shop" "$work/broken"
printf 'q-x\tp00001\n' >> "$work/broken/qrels/test.tsv"
lines=$(wc -l < "$work/broken/qrels/test.tsv")
expect_exit2 qrels "qrels/test.tsv:$lines" --dataset "$work/broken" --corpus-embeddings "$work/shop/corpus.npy" --query-embeddings "$work/shop/queries.npy"
expect_exit2 split "no qrels split 'dev'\|dev" "${data[@]}" --split dev

# Judgements naming unknown queries/products: a warning by default, an error with --strict.
cp -r "$work/shop" "$work/dangling"
printf 'q-unknown\tp-unknown\tE\n' >> "$work/dangling/qrels/test.tsv"
dangling=(--dataset "$work/dangling" --corpus-embeddings "$work/shop/corpus.npy" --query-embeddings "$work/shop/queries.npy")
"$NEAR2" eval "${dangling[@]}" --out "$work/dangling-out" > /dev/null 2> "$work/err.txt"
grep -q "1 judged queries are missing" "$work/err.txt" || fail "no warning for a missing query: $(cat "$work/err.txt")"
grep -q "p-unknown" "$work/err.txt" || fail "the warning does not name the missing product"
expect_exit2 strict "strict" "${dangling[@]}" --strict
echo "test_eval: ok"
