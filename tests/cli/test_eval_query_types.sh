#!/usr/bin/env bash
# near2 eval --query-types auto: per-type rows "<type>:<dim>" in summary.csv (each the mean of per_query.csv over
# that type's queries, recomputed here in Python), "by_type" in --json, the dataset's own types where present and
# derived ones where not, and a bad value (exit 2, nothing written).
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_eval_query_types: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/shop" --products 2000 --queries 200 --embeddings 32 > /dev/null
emb=(--corpus-embeddings "$work/shop/corpus.npy" --query-embeddings "$work/shop/queries.npy")

check_means() { # check_means OUT_DIR QUERIES_JSONL: type rows = means of per_query.csv over the stated types
  python3 - "$1" "$2" <<'PY'
import csv, json, sys
out, queries = sys.argv[1], sys.argv[2]
types = {}
for line in open(queries):
    q = json.loads(line)
    if "type" in q:
        types[q["_id"]] = q["type"]
rows = list(csv.DictReader(open(out + "/summary.csv")))
per = list(csv.DictReader(open(out + "/per_query.csv")))
typed = [r for r in rows if ":" in r["dim"]]
if not typed:
    sys.exit("no per-type rows")
for r in typed:
    t, d = r["dim"].split(":")
    vals = [float(p["ndcg@10"]) for p in per if p["dim"] == d and types.get(p["query_id"]) == t]
    if not vals:
        sys.exit(f"{r['dim']}: no queries of that type")
    mean = sum(vals) / len(vals)
    if abs(mean - float(r["ndcg@10"])) > 1e-4:
        sys.exit(f"{r['dim']}: summary {r['ndcg@10']}, mean of per_query {mean:.6f}")
print(",".join(sorted({r["dim"].split(":")[0] for r in typed})))
PY
}

# The demo shop's own types.
"$NEAR2" eval --dataset "$work/shop" "${emb[@]}" --dims 8,32 --query-types auto --out "$work/own" > "$work/own.txt"
[ "$(check_means "$work/own" "$work/shop/queries.jsonl")" = "alphanumeric,implicit,short,specific" ] \
  || fail "own types: $(check_means "$work/own" "$work/shop/queries.jsonl")"
grep -q '^type short (' "$work/own.txt" || fail "console table per type missing"
[ "$(grep -c '^short:' "$work/own/summary.csv")" -eq 2 ] || fail "one row per dim and type"

# Without a type field the classifier's types are used (its rules are tested in core): the rows exist, name
# known types in name order, and their query counts add up to the evaluated queries.
mkdir -p "$work/plain"
cp -r "$work/shop/corpus.jsonl" "$work/shop/qrels" "$work/plain/"
sed 's/,"type":"[a-z]*"//' "$work/shop/queries.jsonl" > "$work/plain/queries.jsonl"
! grep -q '"type"' "$work/plain/queries.jsonl" || fail "types not stripped"
"$NEAR2" eval --dataset "$work/plain" "${emb[@]}" --dims 8,32 --query-types auto --json --out "$work/derived" \
  > "$work/derived.json"
python3 - "$work/derived.json" "$work/derived/per_query.csv" <<'PY' || fail "derived types in --json"
import csv, json, sys
summary = json.load(open(sys.argv[1]))
by_type = summary["by_type"]
names = [t["type"] for t in by_type]
assert names == sorted(names) and set(names) <= {"short", "alphanumeric", "implicit", "specific", "other"}, names
assert len(names) >= 3, names
queries = len({r["query_id"] for r in csv.DictReader(open(sys.argv[2]))})
assert sum(t["queries"] for t in by_type) == queries, (sum(t["queries"] for t in by_type), queries)
assert all(len(t["summary"]) == 2 and t["summary"][0]["dim"] == 8 for t in by_type)
PY

# Without the flag, no type rows.
"$NEAR2" eval --dataset "$work/shop" "${emb[@]}" --dims 8,32 --out "$work/none" > /dev/null
! grep -q ':' <(cut -d, -f1 "$work/none/summary.csv") || fail "type rows without --query-types"

# A bad value: exit 2, a message naming the flag, nothing written.
set +e
"$NEAR2" eval --dataset "$work/shop" "${emb[@]}" --query-types sometimes --out "$work/bad" 2> "$work/bad.err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "bad --query-types: exit $rc"
grep -q -- '--query-types' "$work/bad.err" || fail "bad --query-types: $(cat "$work/bad.err")"
[ ! -e "$work/bad" ] || fail "bad --query-types wrote $work/bad"
echo "test_eval_query_types: ok"
