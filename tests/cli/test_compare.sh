#!/usr/bin/env bash
# near2 compare: runs of one project (the same embeddings twice, then noisier query embeddings), per dim and
# metric A, B, delta and p-values; identical runs give delta 0 and p = 1; bad input exits 2.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_compare: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/D" --products 2000 --queries 200 --embeddings 64 > /dev/null
data=(--dataset "$work/D" --corpus-embeddings "$work/D/corpus.npy" --query-embeddings "$work/D/queries.npy")
"$NEAR2" eval "${data[@]}" --project "$work/P.near2" --run-label base --out "$work/O" > /dev/null
"$NEAR2" eval "${data[@]}" --project "$work/P.near2" --run-label again --out "$work/O2" > /dev/null

"$NEAR2" compare --project "$work/P.near2" --runs base,again --permutations 2000 > "$work/same.txt"
grep -q "A = base, B = again" "$work/same.txt" || fail "header: $(head -1 "$work/same.txt")"
rows=$(awk 'NR>2' "$work/same.txt" | wc -l)
[ "$rows" -eq $((4 * 12)) ] || fail "expected 4 dims × 12 metrics, got $rows rows"
awk 'NR>2 && ($5+0 != 0 || $6+0 != 1 || $7+0 != 1) {bad=1} END {exit bad}' "$work/same.txt" \
  || fail "identical runs must give delta 0 and p = 1: $(sed -n 3,5p "$work/same.txt")"

# Noisier query embeddings: a real difference, with p-values in [0, 1]; runs by id work too.
/usr/bin/python3 - "$work/D/queries.npy" "$work/noisy.npy" <<'PY'
import array, math, sys
raw = open(sys.argv[1], "rb").read()
header_end = 10 + int.from_bytes(raw[8:10], "little")
assert b"<f4" in raw[:header_end], "expected float32"
values = array.array("f", raw[header_end:])
for i in range(len(values)):
    values[i] += 0.08 * math.sin(i * 12.9898)
open(sys.argv[2], "wb").write(raw[:header_end] + values.tobytes())
PY
"$NEAR2" eval --dataset "$work/D" --corpus-embeddings "$work/D/corpus.npy" --query-embeddings "$work/noisy.npy" \
  --project "$work/P.near2" --run-label noisy --out "$work/O3" > /dev/null
"$NEAR2" compare --project "$work/P.near2" --runs 1,3 --permutations 2000 > "$work/noisy.txt" || fail "runs by id"
grep -q "A = base, B = noisy" "$work/noisy.txt" || fail "runs by id: $(head -1 "$work/noisy.txt")"
# p-values below the test's resolution read "<0.0005" (2,000 sign flips) or "<0.0001" (the t-test), never 0.
awk 'NR>2 && $5+0 != 0 {changed=1}
     NR>2 {for (c = 6; c <= 7; c++) {p = $c; if (p ~ /^</) sub(/^</, "", p)
                                     if (p + 0 <= 0 || p + 0 > 1 || p !~ /^[0-9.]+$/) bad = 1}}
     END {exit (bad || !changed)}' "$work/noisy.txt" || fail "noisy run: $(sed -n 1,8p "$work/noisy.txt")"

set +e
"$NEAR2" compare --project "$work/P.near2" --runs base > /dev/null 2> "$work/err"; rc=$?
set -e
[ $rc -eq 2 ] && grep -q "two run" "$work/err" || fail "one run: exit $rc, $(cat "$work/err")"
set +e
"$NEAR2" compare --project "$work/P.near2" --runs base,nope > /dev/null 2> "$work/err"; rc=$?
set -e
[ $rc -eq 2 ] && grep -q "no run named 'nope'" "$work/err" || fail "unknown run: exit $rc, $(cat "$work/err")"
echo "test_compare: ok"
