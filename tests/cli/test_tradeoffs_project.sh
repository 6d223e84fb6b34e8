#!/usr/bin/env bash
# near2 tradeoffs --project: the grid lands in the project (schema 3 or later), a second run reuses every
# cell, the report's PDF gains the trade-off section (text, vectors only), and a project from a newer NEAR² is
# refused before any work.
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_tradeoffs_project: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/shop" --products 1000 --queries 100 --embeddings 64 >/dev/null
data=(--dataset "$work/shop" --corpus-embeddings "$work/shop/corpus.npy" --query-embeddings "$work/shop/queries.npy")
"$NEAR2" eval "${data[@]}" --dims 16,32,64 --project "$work/P.near2" --out "$work/eval" >/dev/null 2>&1 ||
  fail "eval --project failed"
grid=(--precisions fp32,int8,binary --index flat,hnsw --hnsw-m 8 --ef-construction 20
  --latency-queries 5 --k 10 --project "$work/P.near2")

"$NEAR2" --threads 2 tradeoffs "${data[@]}" "${grid[@]}" --dims 16,64 --out "$work/out1" >/dev/null 2>"$work/err1" ||
  fail "tradeoffs --project failed: $(cat "$work/err1")"
grep -q '12 cells (0 reused)' "$work/err1" || fail "first run: $(cat "$work/err1")"
query() { sqlite3 "$work/P.near2" "$1"; }
[ "$(query 'PRAGMA user_version')" -ge 3 ] || fail "schema version $(query 'PRAGMA user_version') (the grid needs 3 or later)"
[ "$(query 'SELECT count(*) FROM tradeoff_cells WHERE position IS NOT NULL')" = 12 ] || fail "cells not stored"
[ "$(query "SELECT count(*) FROM tradeoff_cells WHERE precision = 'binary' AND index_kind = 'hnsw'")" = 2 ] ||
  fail "binary hnsw cells missing"

# Same grid again: every cell comes from the project, with the same numbers in tradeoffs.csv.
"$NEAR2" --threads 2 tradeoffs "${data[@]}" "${grid[@]}" --dims 16,64 --out "$work/out2" >/dev/null 2>"$work/err2" ||
  fail "second run failed: $(cat "$work/err2")"
grep -q '12 cells (12 reused)' "$work/err2" || fail "second run did not reuse: $(cat "$work/err2")"
cmp -s "$work/out1/tradeoffs.csv" "$work/out2/tradeoffs.csv" || fail "reused cells changed tradeoffs.csv"
# Other gains score other metrics: nothing reused.
"$NEAR2" --threads 2 tradeoffs "${data[@]}" "${grid[@]}" --dims 64 --gains E=1,S=0,C=0,I=0 --out "$work/outg" \
  >/dev/null 2>"$work/errg"
grep -q '6 cells (0 reused)' "$work/errg" || fail "other gains: $(cat "$work/errg")"
# A different thread count is a different measurement: nothing reused, the new grid replaces the latest.
"$NEAR2" --threads 1 tradeoffs "${data[@]}" "${grid[@]}" --dims 64 --out "$work/out3" >/dev/null 2>"$work/err3"
grep -q '6 cells (0 reused)' "$work/err3" || fail "threads 1: $(cat "$work/err3")"
[ "$(query 'SELECT count(*) FROM tradeoff_cells WHERE position IS NOT NULL')" = 6 ] || fail "latest grid"
[ "$(query 'SELECT count(*) FROM tradeoff_cells')" = 24 ] || fail "earlier cells were dropped"

"$NEAR2" report --project "$work/P.near2" --pdf "$work/report.pdf" 2>"$work/log" || fail "report: $(cat "$work/log")"
pdftotext -layout "$work/report.pdf" "$work/report.txt"
grep -q 'Memory, quality and latency trade-offs' "$work/report.txt" || fail "no trade-off section in the PDF"
grep -q 'ndcg@10 ≥ 99% of fp32 flat at dim 64' "$work/report.txt" || fail "no 99% statement in the PDF"
grep -q 'ndcg@10 ≥ 95% of fp32 flat at dim 64' "$work/report.txt" || fail "no 95% statement in the PDF"
grep -q 'Bytes/vector' "$work/report.txt" || fail "no cell table in the PDF"
[ "$(pdfimages -list "$work/report.pdf" | wc -l)" -eq 2 ] || fail "PDF holds raster images"

# A project saved by a newer NEAR²: refused with exit 2 before any work, nothing written.
cp "$work/P.near2" "$work/new.near2"
sqlite3 "$work/new.near2" 'PRAGMA user_version = 99'
set +e
"$NEAR2" tradeoffs "${data[@]}" --precisions fp32 --project "$work/new.near2" --out "$work/out4" >/dev/null 2>"$work/err4"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "newer project: exit $rc"
grep -q 'newer' "$work/err4" || fail "newer project message: $(cat "$work/err4")"
[ ! -e "$work/out4/tradeoffs.csv" ] || fail "a refused run wrote tradeoffs.csv"
echo "test_tradeoffs_project: ok"
