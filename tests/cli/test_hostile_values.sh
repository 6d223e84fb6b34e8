#!/usr/bin/env bash
# Values that are legal in a dataset but hostile to the files near2 writes: ids with whitespace and '%' (TREC
# files must stay six/four columns and re-score with near2 score), queries and ids that a spreadsheet would run
# as formulas (written as text in every CSV), and numbers that must stay numbers.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_hostile_values: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/shop" --products 300 --queries 30 --embeddings 16 > /dev/null
# The same shop with hostile ids: "p 0001", "q 0001" (whitespace), "50% q0002", a formula as a query id, and a
# formula as the text of a test query.
/usr/bin/python3 - "$work/shop" "$work/H" <<'PY'
import json, os, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst + "/qrels")
def qid(q):
    return {"q0001": '=HYPERLINK("http://evil.example","x")', "q0002": "50% q0002"}.get(q, "q " + q[1:])
def pid(p):
    return "p " + p[1:]
tested = [l.split("\t")[0] for l in open(src + "/qrels/test.tsv").read().splitlines()[1:]]
formulaText = next(q for q in tested if q not in ("q0001", "q0002"))
with open(dst + "/corpus.jsonl", "w") as out:
    for line in open(src + "/corpus.jsonl"):
        r = json.loads(line); r["_id"] = pid(r["_id"]); out.write(json.dumps(r) + "\n")
with open(dst + "/queries.jsonl", "w") as out:
    for line in open(src + "/queries.jsonl"):
        r = json.loads(line)
        if r["_id"] == formulaText: r["text"] = "=1+1 @SUM(A1)"
        r["_id"] = qid(r["_id"]); out.write(json.dumps(r) + "\n")
for split in ("test", "train"):
    lines = open(src + "/qrels/" + split + ".tsv").read().splitlines()
    with open(dst + "/qrels/" + split + ".tsv", "w") as out:
        out.write(lines[0] + "\n")
        for line in lines[1:]:
            q, p, s = line.split("\t"); out.write("\t".join([qid(q), pid(p), s]) + "\n")
PY
data=(--dataset "$work/H" --corpus-embeddings "$work/shop/corpus.npy" --query-embeddings "$work/shop/queries.npy")
"$NEAR2" eval "${data[@]}" --k 10 --write-runs --project "$work/P.near2" --out "$work/O" > /dev/null
"$NEAR2" report --project "$work/P.near2" --csv "$work/R" 2> /dev/null

# TREC files: six (run) and four (qrels) columns on every line, ids percent-encoded, and they re-score to the
# summary with near2 score.
for f in "$work"/O/run_*.trec "$work"/R/run_*.trec; do
  [ "$(awk '{print NF}' "$f" | sort -u)" = "6" ] || fail "$(basename "$f"): not six columns everywhere"
done
[ "$(awk '{print NF}' "$work/R/qrels.txt" | sort -u)" = "4" ] || fail "qrels.txt: not four columns everywhere"
grep -q '^q%20[0-9]* Q0 p%20' "$work/R/run_16.trec" || fail "ids not percent-encoded: $(head -1 "$work/R/run_16.trec")"
grep -q '^50%25%20q0002 ' "$work/R/run_16.trec" || fail "'%' not encoded"
from_run=$("$NEAR2" score --qrels "$work/R/qrels.txt" --run "$work/R/run_16.trec" --k 10 --relevant-threshold 100 \
  | awk '$1=="ndcg@10"{print $3}')
from_summary=$(awk -F, '$1==16{printf "%.4f", $3}' "$work/O/summary.csv")
[ "$from_run" = "$from_summary" ] || fail "encoded run gives ndcg@10 $from_run, summary $from_summary"
"$NEAR2" score --qrels "$work/R/qrels.txt" --run "$work/O/run_16.trec" --k 10 --relevant-threshold 100 > /dev/null \
  || fail "eval's run file and report's qrels do not agree on the encoding"

# CSV: formula-like cells start with an apostrophe (and are quoted); metric numbers stay numbers.
for f in "$work/O/per_query.csv" "$work/R/per_query.csv"; do
  if grep -q '^=\|,=\|^+\|^@\|,@' "$f"; then fail "$(basename "$f") holds a bare formula cell"; fi
done
grep -q "^\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",16," "$work/O/per_query.csv" \
  || fail "per_query.csv: the formula id is not written as text"
grep -q "\"'=1+1 @SUM(A1)\"" "$work/R/per_query.csv" || fail "report per_query.csv: the formula query is not text"
/usr/bin/python3 - "$work/O/per_query.csv" <<'PY' || fail "per_query.csv does not read back"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert any(r["query_id"] == "'=HYPERLINK(\"http://evil.example\",\"x\")" for r in rows)
assert all(0.0 <= float(r["ndcg@10"]) <= 1.0 for r in rows)
PY
echo "test_hostile_values: ok"
