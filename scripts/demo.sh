#!/usr/bin/env bash
# The demo from the command line: install the packages and build (scripts/build.sh; skip with NEAR2_SKIP_BUILD=1
# or by pointing NEAR2 at a binary), generate the demo shop, get the demo model (trained with the Matryoshka loss
# at first use and cached: about 1–2 minutes on 2 cores, instant afterwards), and evaluate it on the shop's
# test split at every nested dim. Usage: scripts/demo.sh [WORK_DIR] (default ./near2-demo).
# NEAR2 may point at the near2 binary (default: build/bin/near2, else near2 on PATH).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-near2-demo}
if [ -z "${NEAR2:-}" ] && [ -z "${NEAR2_SKIP_BUILD:-}" ]; then
  "$here/scripts/build.sh"
fi
if [ -z "${NEAR2:-}" ]; then
  for candidate in "$here/build/bin/near2"; do
    [ -x "$candidate" ] && NEAR2=$candidate && break
  done
  NEAR2=${NEAR2:-near2}
fi
mkdir -p "$work"
echo "== demo shop (synthetic: 20,000 products, 2,000 queries) → $work/demo-shop" >&2
"$NEAR2" demo-data --out "$work/demo-shop"
echo "== demo model (grams-256, Matryoshka MNRL; trained once, then cached)" >&2
model=$("$NEAR2" demo-model)
echo "   $model" >&2
echo "== near2 eval on the test split (NDCG, P, recall, MRR, MAP, hit at 10 and 100, per nested dim)" >&2
"$NEAR2" eval --dataset "$work/demo-shop" --split test --model "$model" --query-types auto --out "$work/eval"
