#!/usr/bin/env bash
# near2 demo-data: writes the BEIR layout, the same bytes for the same seed, exit 2 on bad arguments.
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_demo_data: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/a" --seed 5 --products 600 --queries 60 --embeddings 32 >/dev/null
for f in corpus.jsonl queries.jsonl qrels/train.tsv qrels/test.tsv corpus.npy queries.npy; do
  [ -s "$work/a/$f" ] || fail "missing $f"
done
[ "$(wc -l <"$work/a/corpus.jsonl")" -eq 600 ] || fail "corpus.jsonl should have 600 lines"
[ "$(wc -l <"$work/a/queries.jsonl")" -eq 60 ] || fail "queries.jsonl should have 60 lines"
grep -q '"type":"alphanumeric"' "$work/a/queries.jsonl" || grep -q '"type": "alphanumeric"' "$work/a/queries.jsonl" ||
  fail "queries.jsonl lacks alphanumeric queries"
for label in E S C I; do
  cut -f3 "$work/a/qrels/train.tsv" "$work/a/qrels/test.tsv" | grep -qx "$label" || fail "no label $label"
done
# Query ids of train and test do not overlap.
overlap=$(comm -12 <(tail -n +2 "$work/a/qrels/train.tsv" | cut -f1 | sort -u) \
                   <(tail -n +2 "$work/a/qrels/test.tsv" | cut -f1 | sort -u) | wc -l)
[ "$overlap" -eq 0 ] || fail "train and test share $overlap queries"

"$NEAR2" demo-data --out "$work/b" --seed 5 --products 600 --queries 60 --embeddings 32 >/dev/null
diff -r "$work/a" "$work/b" >/dev/null || fail "same seed, different files"
"$NEAR2" demo-data --out "$work/c" --seed 6 --products 600 --queries 60 >/dev/null
! cmp -s "$work/a/corpus.jsonl" "$work/c/corpus.jsonl" || fail "another seed wrote the same corpus"

expect_exit_2() {
  set +e
  "$NEAR2" demo-data "$@" >/dev/null 2>"$work/err"
  local rc=$?
  set -e
  [ "$rc" -eq 2 ] || fail "exit $rc instead of 2 for: $*"
  [ -s "$work/err" ] || fail "no message for: $*"
}
expect_exit_2 --out "$work/bad" --products 10
expect_exit_2 --out "$work/bad" --queries 3
expect_exit_2 --out "$work/bad" --products -5
expect_exit_2 --out "$work/bad" --products many
expect_exit_2 --out "$work/bad" --embeddings 2
expect_exit_2 --products 100
[ ! -e "$work/bad" ] || fail "bad arguments still wrote files"
echo "test_demo_data: ok"
