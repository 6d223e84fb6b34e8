#!/usr/bin/env bash
# Runs every libFuzzer harness (tests/fuzz/) for SECONDS each and prints the executions per harness.
#   scripts/fuzz.sh SECONDS [HARNESS...]
# JOBS harnesses run at a time (default 2). Each harness starts from its seeds (tests/fuzz/seeds/) plus what
# earlier runs found (build-fuzz/corpus/); a crash, leak, timeout or out-of-memory leaves its input in
# build-fuzz/artifacts/HARNESS/ and makes the script exit 1. Builds the `fuzz` preset (clang) first.
# RUNS=N instead stops each harness after N executions (SECONDS is then only the upper bound).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS [HARNESS...]}
shift
jobs=${JOBS:-2}
all=(beir_jsonl qrels_tsv mapped_csv embeddings model_manifest tokenizer safetensors trec project_sql)
harnesses=("${@:-${all[@]}}")
[ $# -gt 0 ] || harnesses=("${all[@]}")

[ -f build-fuzz/build.ninja ] || cmake --preset fuzz > /dev/null
cmake --build --preset fuzz > /dev/null

logs=build-fuzz/logs
mkdir -p "$logs"
run_one() {
  local h=$1 corpus=build-fuzz/corpus/$1 artifacts=build-fuzz/artifacts/$1/
  mkdir -p "$corpus" "$artifacts"
  local limit=()
  [ -z "${RUNS:-}" ] || limit=(-runs="$RUNS")
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: a parser must bound its memory.
  build-fuzz/bin/fuzz_"$h" "$corpus" tests/fuzz/seeds/"$h" -max_total_time="$seconds" "${limit[@]}" \
    -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts" \
    > "$logs/$h.log" 2>&1
}

declare -A status
pending=("${harnesses[@]}")
running=()
while [ ${#pending[@]} -gt 0 ] || [ ${#running[@]} -gt 0 ]; do
  while [ ${#pending[@]} -gt 0 ] && [ ${#running[@]} -lt "$jobs" ]; do
    h=${pending[0]}
    pending=("${pending[@]:1}")
    run_one "$h" &
    running+=("$!:$h")
  done
  wait -n || true
  still=()
  for entry in "${running[@]}"; do
    pid=${entry%%:*} h=${entry#*:}
    if kill -0 "$pid" 2> /dev/null; then
      still+=("$entry")
    else
      wait "$pid" && status[$h]=ok || status[$h]=FAILED
    fi
  done
  running=("${still[@]}")
done

failed=0
printf '%-16s %14s %10s %s\n' harness executions exec/s result
for h in "${harnesses[@]}"; do
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$h.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$logs/$h.log" | tail -1)
  result=${status[$h]}
  if [ "$result" != ok ]; then
    failed=1
    result="$result: $(grep -m1 -E 'ERROR: |SUMMARY: ' "$logs/$h.log" || echo "see $logs/$h.log")"
  fi
  printf '%-16s %14s %10s %s\n' "$h" "${execs:-?}" "${rate:-?}" "$result"
done
exit $failed
