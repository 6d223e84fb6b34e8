#!/usr/bin/env bash
# Opening a large project in the workbench (issue 20): for each catalog size, the synthetic shop of
# bench_data.py (1,000 judged queries, random float32 embeddings × 768), a project made by `near2 eval
# --project`, then bench_open_project twice: the first opening builds the nested blocks into FILE.near2.nested
# (what the first ad-hoc query waits for), the second maps them. Prints the times and peak memory of each.
# Usage: scripts/bench_open_project.sh [ROWS...]   (default 100000 1000000 3000000; WORK: where the data goes,
# about 9.5 GB per million rows; NEAR2_BUILD: the build folder)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${NEAR2_BUILD:-$here/build}
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100000 1000000 3000000)
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
for rows in "${sizes[@]}"; do
    data="$work/shop-$rows"
    /usr/bin/python3 "$here/scripts/bench_data.py" "$data" 1000 "$rows" 768 float32
    "$build/bin/near2" eval --dataset "$data" --corpus-embeddings "$data/corpus.npy" \
        --query-embeddings "$data/queries.npy" --out "$data/out" --project "$data/shop.near2" > /dev/null
    for opening in "first (builds the nested blocks)" "second (maps them)"; do
        echo "== $rows × 768, $opening"
        QT_QPA_PLATFORM=offscreen "$build/bin/bench_open_project" "$data/shop.near2" "$rows" 768 2>/dev/null
    done
    rm -rf "$data"
done
