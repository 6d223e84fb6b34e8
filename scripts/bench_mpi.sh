#!/usr/bin/env bash
# The 2-rank efficiency of `mpirun -np 2 near2 eval` on this machine: the same catalog evaluated by one rank
# (1 thread), by two ranks (1 thread each) and by one process with 2 threads, interleaved, best of REPEATS;
# prints each time and the efficiency T(1 rank) / (2 × T(2 ranks)). The outputs are checked identical.
# Usage: scripts/bench_mpi.sh [QUERIES] [PRODUCTS] [DIM]   (default 1000 200000 768; NEAR2, REPEATS, PYTHON)
# The catalog is float16 (the precision of docs/scale.md's plan); times are near2's own evaluation time (the
# sweep, the reduction to rank 0 and the metrics) and the wall time of the whole command (MPI start, loading).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
queries=${1:-1000} products=${2:-200000} dim=${3:-768}
near2=${NEAR2:-$here/build/bin/near2}
repeats=${REPEATS:-3}
python=${PYTHON:-/usr/bin/python3}
"$near2" --version | grep -q '^MPI: Open MPI' || { echo "bench_mpi: $near2 is built without MPI" >&2; exit 2; }
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_btl=self,vader OMPI_MCA_btl_vader_single_copy_mechanism=none
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$python" "$here/scripts/bench_data.py" "$work" "$queries" "$products" "$dim" float16

"$python" - "$work" "$near2" "$repeats" "$queries" "$products" "$dim" <<'PY'
import filecmp, re, subprocess, sys, time
work, near2, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
nq, nd, dim = sys.argv[4:7]
args = ["eval", "--dataset", work, "--corpus-embeddings", f"{work}/corpus.npy",
        "--query-embeddings", f"{work}/queries.npy", "--k", "10,100"]
setups = {
    "1 rank, 1 thread": ["mpirun", "--allow-run-as-root", "-np", "1", near2, "--threads", "1"],
    "2 ranks, 1 thread each": ["mpirun", "--allow-run-as-root", "-np", "2", near2, "--threads", "1"],
    "1 process, 2 threads": [near2, "--threads", "2"],
}
best = {name: (float("inf"), float("inf")) for name in setups}
for repeat in range(repeats):
    for i, (name, command) in enumerate(setups.items()):
        out = f"{work}/out-{i}"
        start = time.monotonic()
        run = subprocess.run(command + args + ["--out", out], capture_output=True, text=True)
        wall = time.monotonic() - start
        if run.returncode != 0:
            sys.exit(f"{name} failed: {run.stderr}")
        evaluation = float(re.search(r"dims in ([0-9.]+) s", run.stderr).group(1))
        best[name] = min(best[name], (evaluation, wall))
for i in (1, 2):
    for name in ("summary.csv", "per_query.csv"):
        if not filecmp.cmp(f"{work}/out-0/{name}", f"{work}/out-{i}/{name}", shallow=False):
            sys.exit(f"{name} differs between runs")
print(f"{nd} products x {dim} float16, {nq} queries, all nested dims, k=100; best of {repeats}")
for name, (evaluation, wall) in best.items():
    print(f"{name:24s} evaluation {evaluation:8.2f} s   wall {wall:8.2f} s")
one, two = best["1 rank, 1 thread"], best["2 ranks, 1 thread each"]
print(f"2-rank efficiency T1/(2*T2): evaluation {one[0] / (2 * two[0]):.2f}, wall {one[1] / (2 * two[1]):.2f}")
print("outputs identical across the three setups: yes")
PY
