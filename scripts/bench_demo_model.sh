#!/usr/bin/env bash
# First-use time of the workbench demo's two models on this machine, from nothing cached: the Matryoshka demo
# model (`near2 demo-model`: the demo shop generated, then grams-256 trained 10 epochs) and its plain twin
# (the same training with --no-mrl), each with 2 threads, one after the other, as the workbench builds them.
# Usage: scripts/bench_demo_model.sh   (NEAR2 names the binary, THREADS the threads per training; default 2)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
near2=${NEAR2:-$here/build/bin/near2}
threads=${THREADS:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { local start=$SECONDS; "$@" >/dev/null 2>"$work/log" || { cat "$work/log" >&2; exit 1; }; echo $((SECONDS - start)); }

matryoshka=$(seconds "$near2" --threads "$threads" demo-model --cache "$work/cache")
shop=$(seconds "$near2" demo-data --out "$work/shop")
# The demo model's own training command, made plain: --mrl-dims gives way to --no-mrl.
training=$("$near2" demo-model --print-command | sed -e 's/.*&& near2 --threads [0-9]* //' \
    -e "s|--dataset demo-shop|--dataset $work/shop|" -e "s|--out demo-model|--out $work/plain|" \
    -e 's/--mrl-dims [0-9,]*/--no-mrl/')
# shellcheck disable=SC2086 # the printed command's options, split as the shell would
plain=$(seconds "$near2" --threads "$threads" $training)
grep -h "epoch 10/10" "$work/log" | sed 's/^/plain twin: /'
echo "threads per training: $threads (nproc $(nproc), load $(cut -d' ' -f1 /proc/loadavg))"
echo "Matryoshka demo model, first use (shop generated + trained): ${matryoshka} s"
echo "plain twin: ${plain} s training (+ ${shop} s for its own copy of the shop)"
echo "both, as the workbench's first demo opening builds them: $((matryoshka + plain)) s"
