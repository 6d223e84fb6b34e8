#!/usr/bin/env bash
# near2 convert: a tiny mapped CSV to BEIR, a holdout, and a malformed input (exit 2, file:line, nothing written).
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "test_convert: $*" >&2; exit 1; }

cat >"$work/judged.csv" <<'CSV'
product_uid,product_title,search_term,relevance
1,"Drill, cordless",drill,3
2,Hand saw,saw,2.33
1,"Drill, cordless",power drill,2
CSV

summary=$("$NEAR2" convert --csv "$work/judged.csv" \
  --map doc-id=product_uid,title=product_title,query=search_term,label=relevance --out "$work/beir")
[[ $summary == *"2 products, 3 queries"* ]] || fail "unexpected summary: $summary"
[[ -f $work/beir/corpus.jsonl && -f $work/beir/queries.jsonl && -f $work/beir/qrels/test.tsv ]] ||
  fail "missing output files"
[[ $(wc -l <"$work/beir/corpus.jsonl") -eq 2 ]] || fail "corpus.jsonl should hold 2 lines"
grep -q '"_id":"1","title":"Drill, cordless"' "$work/beir/corpus.jsonl" || fail "corpus.jsonl content"
grep -q '"text":"power drill"' "$work/beir/queries.jsonl" || fail "queries.jsonl content"
[[ $(head -1 "$work/beir/qrels/test.tsv") == $'query-id\tcorpus-id\tscore' ]] || fail "qrels header"
[[ $(wc -l <"$work/beir/qrels/test.tsv") -eq 4 ]] || fail "qrels should hold a header and 3 judgements"
grep -q $'\t2\t2.33$' "$work/beir/qrels/test.tsv" || fail "qrels keeps the label as written"

# BEIR → BEIR with a holdout: every query lands in exactly one of train/test, the same way twice.
"$NEAR2" convert --beir "$work/beir" --holdout 0.34 --out "$work/held" >/dev/null
"$NEAR2" convert --beir "$work/beir" --holdout 0.34 --out "$work/held-again" >/dev/null
[[ $(tail -n +2 "$work/held/qrels/test.tsv" | wc -l) -eq 1 ]] || fail "holdout test split should hold 1 query"
[[ $(tail -n +2 "$work/held/qrels/train.tsv" | wc -l) -eq 2 ]] || fail "holdout train split should hold 2"
cmp -s "$work/held/qrels/test.tsv" "$work/held-again/qrels/test.tsv" || fail "holdout is not deterministic"

# Malformed input: exit 2, the file and line in the message, no output written.
printf 'product_uid,product_title,search_term,relevance\n1,a,b,3\n2,"unclosed,c,1\n' >"$work/bad.csv"
set +e
"$NEAR2" convert --csv "$work/bad.csv" --map doc-id=product_uid,title=product_title,query=search_term,label=relevance \
  --out "$work/bad-out" 2>"$work/stderr"
status=$?
set -e
[[ $status -eq 2 ]] || fail "malformed input should exit 2, not $status"
grep -q "bad.csv:3:" "$work/stderr" || fail "stderr should name bad.csv:3, got: $(cat "$work/stderr")"
[[ ! -e $work/bad-out ]] || [[ -z $(ls -A "$work/bad-out") ]] || fail "nothing should be written on error"

# An unknown encoding is bad input too.
set +e
"$NEAR2" convert --csv "$work/judged.csv" --map query=search_term,doc-id=product_uid,label=relevance \
  --encoding no-such-encoding --out "$work/enc-out" 2>/dev/null
status=$?
set -e
[[ $status -eq 2 ]] || fail "an unknown encoding should exit 2, not $status"
echo "test_convert: ok"
