#!/usr/bin/env bash
# near2 eval --project and near2 report: CSV tables that read back to the eval's numbers, TREC runs + qrels
# that re-score to them, a PDF with the expected pages and text and no raster image, and bad input (exit 2,
# a clear message, no partial file); --analyst-qrels writes only the analyst's judgements of unjudged pairs.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_report: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/D" --products 2000 --queries 200 --embeddings 64 > /dev/null
data=(--dataset "$work/D" --corpus-embeddings "$work/D/corpus.npy" --query-embeddings "$work/D/queries.npy")
"$NEAR2" eval "${data[@]}" --project "$work/P.near2" --out "$work/O" > /dev/null
[ -s "$work/P.near2" ] || fail "eval --project wrote no project"

"$NEAR2" report --project "$work/P.near2" --pdf "$work/report.pdf" --csv "$work/csv" --worst 5 2> "$work/log" \
  || fail "report failed: $(cat "$work/log")"
for f in summary.csv aggregate.csv per_query.csv qrels.txt run_8.trec run_64.trec; do [ -s "$work/csv/$f" ] || fail "$f missing"; done
head -1 "$work/csv/aggregate.csv" | grep -q '^run,dim,bytes_per_vector,ndcg@10,ndcg@100,p@10' || fail "aggregate header"
head -1 "$work/csv/per_query.csv" | grep -q '^run,query_id,query,type,slices,tag,note,dim,ndcg@10' || fail "per_query header"

# CSV round trip: the aggregate table holds the numbers of near2 eval's summary.csv.
/usr/bin/python3 - "$work/csv/aggregate.csv" "$work/O/summary.csv" "$work/csv/per_query.csv" <<'PY' || fail "CSV round trip"
import csv, sys
agg = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
summary = list(csv.DictReader(open(sys.argv[2], encoding="utf-8", newline="")))
assert [r["dim"] for r in agg] == [r["dim"] for r in summary], "dims"
for a, s in zip(agg, summary):
    for column in s:
        assert abs(float(a[column]) - float(s[column])) < 1e-9, (column, a[column], s[column])
rows = list(csv.DictReader(open(sys.argv[3], encoding="utf-8", newline="")))
assert len(rows) == 200 * len(summary) or len(rows) % len(summary) == 0, len(rows)
assert all(r["query"] for r in rows), "query text"
PY

# The exported TREC run and qrels (grades = gain × 100) re-score to the summary (near2 score, trec_eval rules).
for d in 8 64; do
  from_run=$("$NEAR2" score --qrels "$work/csv/qrels.txt" --run "$work/csv/run_$d.trec" --k 10 --relevant-threshold 100 \
    | awk '$1=="ndcg@10"{print $3}')
  from_summary=$(awk -F, -v d=$d '$1==d{printf "%.4f", $3}' "$work/O/summary.csv")
  [ "$from_run" = "$from_summary" ] || fail "dim $d: exported run gives ndcg@10 $from_run, summary $from_summary"
done

# The run's own model: the embedding files it was evaluated with, hashed.
grep -q "near2 report: run .*: embeddings .*corpus.npy.*(2 file(s), first hash [0-9a-f]\{12\})" "$work/log" ||
  fail "no provenance on stderr: $(cat "$work/log")"
# The PDF: pages, text, no raster image, fonts embedded.
pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/{print $2}')
[ "$pages" -ge 4 ] || fail "PDF has $pages pages"
pdftotext -layout "$work/report.pdf" "$work/report.txt"
for text in "NEAR² evaluation report" "Executive summary" "Quality at the full dimension" "content hash" "Summary per dim" "against memory" "per query slice" "lose most from dim 64" \
            "Top 10 at dim" "Gains and metric definitions"; do
  grep -q "$text" "$work/report.txt" || fail "PDF text lacks '$text'"
done
# One regressing query: the heading's plural form is English's singular (the command line loads it too).
"$NEAR2" report --project "$work/P.near2" --pdf "$work/one.pdf" --worst 1 2> "$work/log" || fail "report --worst 1: $(cat "$work/log")"
pdftotext "$work/one.pdf" "$work/one.txt"
grep -q "The 1 query that loses most" "$work/one.txt" || fail "PDF with --worst 1 lacks the singular heading"
[ "$(pdfimages -list "$work/report.pdf" | wc -l)" -eq 2 ] || fail "PDF holds raster images: $(pdfimages -list "$work/report.pdf")"
! pdffonts "$work/report.pdf" | tail -n +3 | awk '{print $(NF-4)}' | grep -qv yes || fail "a font is not embedded"

# Hostile slice rules (they travel in project files): a regex with catastrophic backtracking and a query over
# the regex length cap are reported, the report is still written, and neither crashes nor hangs.
cp "$work/P.near2" "$work/hostile.near2"
/usr/bin/python3 - "$work/hostile.near2" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE queries SET text = ? WHERE idx = 0", ("a" * 30 + "b",))
db.execute("UPDATE queries SET text = ? WHERE idx = 1", ("ab" * 10000,))
db.execute("INSERT INTO slice_rules VALUES (0, 'nested', 'regex', '^(a+)+$'), (1, 'alternation', 'regex', '(a|b)*c'),"
           " (2, 'broken', 'regex', '(a|b')")
db.commit()
PY
first=$(/usr/bin/python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT id FROM queries WHERE idx = 0').fetchone()[0])" "$work/hostile.near2")
timeout 60 "$NEAR2" report --project "$work/hostile.near2" --csv "$work/hostile" --pdf "$work/hostile.pdf" 2> "$work/log" \
  || fail "report with hostile slice rules failed: $(cat "$work/log")"
grep -q "warning: slice 'nested': the regular expression ran past its time limit at query '$first'" "$work/log" \
  || fail "the time limit is not reported: $(cat "$work/log")"
grep -q "warning: slice 'alternation': 1 query longer than 1000 characters was not searched" "$work/log" \
  || fail "the long query is not reported: $(cat "$work/log")"
grep -q "warning: slice 'broken': invalid regular expression: U_REGEX_MISMATCHED_PAREN at offset 4" "$work/log" \
  || fail "the invalid pattern is not reported: $(cat "$work/log")"
[ -s "$work/hostile/per_query.csv" ] && [ -s "$work/hostile.pdf" ] || fail "no report with hostile slice rules"
pdftotext "$work/hostile.pdf" "$work/hostile.txt"
grep -q "ran past its time limit" "$work/hostile.txt" || fail "the PDF does not report the time limit"

# Bad input: exit 2, a message, no file left behind.
expect_exit2() { # NAME PATTERN ARGS...
  local name=$1 pattern=$2; shift 2
  set +e; "$NEAR2" report "$@" > /dev/null 2> "$work/err"; local rc=$?; set -e
  [ $rc -eq 2 ] || fail "$name: exit $rc, expected 2 ($(cat "$work/err"))"
  grep -q "$pattern" "$work/err" || fail "$name: message lacks '$pattern': $(cat "$work/err")"
}
expect_exit2 missing "no such project" --project "$work/none.near2" --csv "$work/x"
[ ! -e "$work/none.near2" ] || fail "a missing project was created"
"$NEAR2" eval "${data[@]}" --project "$work/empty.near2" --out "$work/O2" > /dev/null
/usr/bin/python3 - "$work/empty.near2" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA foreign_keys = ON")
db.execute("DELETE FROM runs")
db.commit()
PY
expect_exit2 no-run "no evaluation run" --project "$work/empty.near2" --pdf "$work/none.pdf"
[ ! -e "$work/none.pdf" ] || fail "a PDF was written for a project without runs"
cp "$work/P.near2" "$work/cancelled.near2"
/usr/bin/python3 - "$work/cancelled.near2" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("DELETE FROM run_dims")  # the run's row was written, its dims never were
db.commit()
PY
expect_exit2 cancelled "incomplete" --project "$work/cancelled.near2" --csv "$work/cancelled-csv"
[ ! -e "$work/cancelled-csv/aggregate.csv" ] || fail "CSV written for a cancelled run"
cp "$work/P.near2" "$work/damaged.near2"
/usr/bin/python3 - "$work/damaged.near2" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE run_dims SET top_docs = substr(top_docs, 1, 100) WHERE dim_index = 2")  # stopped mid-write
db.commit()
PY
expect_exit2 damaged "damaged" --project "$work/damaged.near2" --pdf "$work/damaged.pdf"
[ ! -e "$work/damaged.pdf" ] || fail "PDF written for a damaged run"
expect_exit2 unwritable "report.pdf" --project "$work/P.near2" --csv "$work/csv2" --pdf "$work/no/such/dir/report.pdf"
[ -z "$(ls -A "$work/csv2" 2>/dev/null)" ] || fail "partial CSV files left: $(ls -A "$work/csv2")"
expect_exit2 unknown-run "no run named" --project "$work/P.near2" --run nope --csv "$work/x"

# --analyst-qrels: the workbench's analyst judgements as TREC qrels. Three stored as the workbench stores them:
# an unjudged pair (written), a pair the dataset judges (left out) and an unknown product (left out).
cp "$work/P.near2" "$work/judged.near2"
/usr/bin/python3 - "$work/judged.near2" "$work/D" > "$work/expected-qrels" <<'PY'
import csv, json, sqlite3, sys
rows = list(csv.reader(open(sys.argv[2] + "/qrels/test.tsv", encoding="utf-8"), delimiter="\t"))[1:]
query = rows[0][0]
judged = {doc for q, doc, _ in rows if q == query}
products = [json.loads(line)["_id"] for line in open(sys.argv[2] + "/corpus.jsonl", encoding="utf-8")]
unjudged = next(p for p in products if p not in judged)
db = sqlite3.connect(sys.argv[1])
for product, label in ((unjudged, "E"), (sorted(judged)[0], "S"), ("no-such-product", "C")):
    db.execute("INSERT INTO analyst_judgements (query_id, product_id, label, analyst, created) "
               "VALUES (?, ?, ?, 'test', '2026-12-06T00:00:00Z')", (query, product, label))
db.commit()
print(f"{query} 0 {unjudged}")
PY
"$NEAR2" report --project "$work/judged.near2" --analyst-qrels "$work/analyst.qrels" 2> "$work/err" ||
  fail "--analyst-qrels failed: $(cat "$work/err")"
[ "$(wc -l < "$work/analyst.qrels")" -eq 1 ] || fail "analyst qrels: $(cat "$work/analyst.qrels")"
grep -q "^$(cat "$work/expected-qrels") " "$work/analyst.qrels" || fail "analyst qrels line: $(cat "$work/analyst.qrels")"
grep -q "1 analyst judgement(s)" "$work/err" && grep -q "1 left out (the dataset judges the pair)" "$work/err" &&
  grep -q "1 left out (query or product not in the dataset)" "$work/err" || fail "analyst qrels counts: $(cat "$work/err")"
expect_exit2 analyst-unwritable "analyst.qrels" --project "$work/judged.near2" --analyst-qrels "$work/no/such/analyst.qrels"
[ ! -e "$work/no/such/analyst.qrels" ] || fail "analyst qrels written into a missing folder"
echo "test_report: ok"
