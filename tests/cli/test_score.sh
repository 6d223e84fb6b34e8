#!/usr/bin/env bash
# near2 score: trec_eval-style numbers on a tiny qrels/run, JSON output, and errors with file:line.
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "test_score: $*" >&2; exit 1; }

# q1: a (relevant), c (judged 0), b (relevant) never retrieved; rank column ignored, scores decide.
# q2: judged but absent from the run (scores 0); q9: not in the qrels (ignored).
cat > "$tmp/t.qrels" <<'QRELS'
q1 0 a 1
q1 0 b 1
q1 0 c 0
q2 0 x 1
QRELS
cat > "$tmp/t.run" <<'RUN'
q1 Q0 c 1 2.0 t
q1 Q0 a 2 3.0 t
q9 Q0 a 1 1.0 t
RUN

out=$("$NEAR2" score --qrels "$tmp/t.qrels" --run "$tmp/t.run" --k 1,5 --per-query 2> "$tmp/err")
value() { # value MEASURE QUERY
  awk -F'\t' -v m="$1" -v q="$2" '{ gsub(/ +$/, "", $1) } $1 == m && $2 == q { print $3 }' <<< "$out"
}
expect() { # expect MEASURE QUERY VALUE
  local got
  got=$(value "$1" "$2")
  [ "$got" = "$3" ] || fail "$1 $2: expected $3, got '${got}'"$'\n'"$out"
}
expect p@1 q1 1.0000
expect p@5 q1 0.2000
expect recall@5 q1 0.5000
expect mrr@5 q1 1.0000
expect map@5 q1 0.5000
expect hit@1 q1 1.0000
expect ndcg@1 q1 1.0000
expect ndcg@5 q1 0.6131   # 1 / (1 + 1/log2(3))
expect ndcg@5 q2 0.0000
expect ndcg@5 all 0.3066
expect p@1 all 0.5000
expect num_q all 2
[ -z "$(value p@1 q9)" ] || fail "q9 is not in the qrels and must not be scored"
grep -q "1 run queries are not in the qrels" "$tmp/err" || fail "no note about q9: $(cat "$tmp/err")"

# Without --per-query only the 'all' rows; judged-only, gains and threshold options are accepted.
out=$("$NEAR2" score --qrels "$tmp/t.qrels" --run "$tmp/t.run" 2> /dev/null)
[ -z "$(value p@10 q1)" ] || fail "per-query rows printed without --per-query"
expect p@10 all 0.0500
out=$("$NEAR2" score --qrels "$tmp/t.qrels" --run "$tmp/t.run" --k 1 --judged-only --gains 0=0,1=2 \
  --relevant-threshold 2 2> /dev/null)
expect p@1 all 0.5000

# JSON output
"$NEAR2" score --qrels "$tmp/t.qrels" --run "$tmp/t.run" --k 5 --json --per-query > "$tmp/out.json" 2> /dev/null
python3 - "$tmp/out.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
assert abs(data["all"]["recall@5"] - 0.25) < 1e-9, data
assert abs(data["per_query"]["q1"]["map@5"] - 0.5) < 1e-9, data
assert data["num_queries"] == 2 and data["cutoffs"] == [5], data
assert "q9" not in data["per_query"], data
PY

# Bad inputs: exit 2 and file:line in the message.
printf 'q1 Q0 a 1 3.0 t\nq1 Q0 b 2 high t\n' > "$tmp/bad.run"
set +e
"$NEAR2" score --qrels "$tmp/t.qrels" --run "$tmp/bad.run" > /dev/null 2> "$tmp/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "bad score: exit $rc, expected 2"
grep -q "bad.run:2:" "$tmp/err" || fail "bad score: no file:line in '$(cat "$tmp/err")'"

printf 'q1 0 a 1\nq1 0 b Exact\n' > "$tmp/bad.qrels"
set +e
"$NEAR2" score --qrels "$tmp/bad.qrels" --run "$tmp/t.run" > /dev/null 2> "$tmp/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "bad label: exit $rc, expected 2"
grep -q "bad.qrels:2:.*'Exact'" "$tmp/err" || fail "bad label: no file:line in '$(cat "$tmp/err")'"

printf 'q1 0 a\n' > "$tmp/short.qrels"
set +e
"$NEAR2" score --qrels "$tmp/short.qrels" --run "$tmp/t.run" > /dev/null 2> "$tmp/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "short qrels line: exit $rc, expected 2"
grep -q "short.qrels:1:" "$tmp/err" || fail "short qrels line: no file:line in '$(cat "$tmp/err")'"

set +e
"$NEAR2" score --qrels "$tmp/t.qrels" --run "$tmp/t.run" --k 0 > /dev/null 2> "$tmp/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "--k 0: exit $rc, expected 2"
grep -q -- "--k" "$tmp/err" || fail "--k 0: option not named in '$(cat "$tmp/err")'"
