#!/usr/bin/env bash
# Latency of the workbench on a real X server, as a person meets it: Xvfb, the app in a real window, key
# presses sent through XTest, and the time until the screen stops repainting (build/bin/screen_latency,
# DAMAGE extension). Prints every press and, per kind, the median and the maximum.
#
# Usage: scripts/measure-latency.sh [demo|large] [STEPS]
#   demo   the demo project (built into $NEAR2_DEMO_CACHE, default build/demo-cache, at first use)
#   large  1,000 queries × 100,000 products × 768 dims (synthetic shop and stand-in embeddings, built once into
#          build/latency-large/)
#   STEPS  slider steps to measure (default 20, alternating runs of Ctrl+← and Ctrl+→)
# Environment: APP, NEAR2 (binaries), LATENCY_SETTLE_MS (quiet time that ends a measurement, default 400),
# LATENCY_CHARTS=1 also measures with the Charts tab shown.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
which=${1:-demo}
steps=${2:-20}
app=${APP:-$root/build/bin/near2-workbench}
near2=${NEAR2:-$root/build/bin/near2}
probe=$root/build/bin/screen_latency
settle=${LATENCY_SETTLE_MS:-400}
[ -x "$probe" ] || { echo "measure-latency: $probe is missing (needs libxtst-dev, libxdamage-dev)" >&2; exit 2; }

case "$which" in
demo)
    export NEAR2_DEMO_CACHE="${NEAR2_DEMO_CACHE:-$root/build/demo-cache}"
    target=(--demo)
    ;;
large)
    dir=$root/build/latency-large
    if [ ! -f "$dir/project.near2" ]; then
        rm -rf "$dir" && mkdir -p "$dir"
        "$near2" demo-data --out "$dir/shop" --products 100000 --queries 1000 --embeddings 768 >/dev/null
        "$near2" eval --dataset "$dir/shop" --corpus-embeddings "$dir/shop/corpus.npy" \
            --query-embeddings "$dir/shop/queries.npy" --project "$dir/project.near2" --out "$dir/eval" >/dev/null
    fi
    target=("$dir/project.near2")
    ;;
*) echo "measure-latency: unknown project '$which' (demo, large)" >&2; exit 2 ;;
esac

# steps KEY-A KEY-B N: N presses, alternating runs of five of each key, so the slider walks back and forth.
slider_steps() {
    local out=() i
    for ((i = 0; i < $3; i++)); do
        if (((i / 5) % 2 == 0)); then out+=("key:$1"); else out+=("key:$2"); fi
    done
    echo "${out[@]}"
}

measure() {
    export NEAR2_NO_DIALOGS=1
    "$app" "${target[@]}" >/tmp/near2-latency-app.log 2>&1 &
    local pid=$! window=""
    for _ in $(seq 1 600); do
        window=$(xdotool search --onlyvisible --class near2-workbench 2>/dev/null | head -1 || true)
        [ -n "$window" ] && grep -q . <(xdotool getwindowname "$window") && break
        sleep 0.5
    done
    [ -n "$window" ] || { echo "measure-latency: no workbench window" >&2; kill $pid; exit 1; }
    xdotool windowsize "$window" 1280 800 windowfocus "$window"
    sleep 8 # the project's background jobs (catalog for ad-hoc queries) settle
    # shellcheck disable=SC2046
    "$probe" --settle-ms "$settle" --label "$which" $(slider_steps ctrl+Left ctrl+Right "$steps")
    if [ "${LATENCY_CHARTS:-0}" = 1 ]; then
        # shellcheck disable=SC2046
        "$probe" --settle-ms "$settle" --label "$which+charts" key:alt+6 wait:1000 \
            $(slider_steps ctrl+Left ctrl+Right "$steps")
    fi
    # Last: the filter keeps the keyboard focus (Ctrl+arrows then move its cursor).
    "$probe" --settle-ms "$settle" --label "$which" key:ctrl+f type:drill
    kill $pid 2>/dev/null || true
}

if [ "${NEAR2_LATENCY_INNER:-0}" = 1 ]; then
    measure
    exit 0
fi
# A first start's window (layout, splitters, tabs), whatever this machine's user saved before: the figures
# depend on which views are shown. The trust list stays the user's (the demo models near2 trained are on it).
export NEAR2_TRUST_FILE="${NEAR2_TRUST_FILE:-${XDG_CONFIG_HOME:-$HOME/.config}/near2/trusted-models}"
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
export XDG_CONFIG_HOME=$config
results=$(NEAR2_LATENCY_INNER=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@")
echo "$results"
echo "$results" | awk -F'\t' '
    { kind = ($2 ~ /^type:/) ? "typing" : ($2 ~ /ctrl\+(Left|Right)/ ? "slider" : ""); if (kind == "") next
      key = $1 " " kind; n[key]++; v[key, n[key]] = $3 }
    END { for (k in n) { m = n[k]; for (i = 1; i <= m; i++) a[i] = v[k, i]
            for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
            printf "%s: %d presses, median %.1f ms, max %.1f ms\n", k, m, a[int((m + 1) / 2)], a[m] } }'
