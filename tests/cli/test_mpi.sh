#!/usr/bin/env bash
# mpirun -np N near2 eval / encode (issue 20): the catalog split by rows across ranks gives byte for byte what
# one process writes (summary.csv, per_query.csv, TREC runs) at 1, 2 and 3 ranks, ties across ranks included
# and with slices smaller than k; encoding writes one shard per rank and a manifest that reads back as one
# catalog. Skipped (with a message) when near2 is built without MPI or mpirun is missing.
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_mpi: $*" >&2; exit 1; }
PY=/usr/bin/python3

# --version: the version, whether MPI is built in (with or without it), and which int8 kernel runs.
version=$("$NEAR2" --version)
[[ $(head -1 <<< "$version") =~ ^near2\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version line 1: $version"
[[ $(sed -n 2p <<< "$version") == "MPI: "* ]] || fail "--version does not say whether MPI is in: $version"
[[ $(sed -n 3p <<< "$version") == "--precision int8 runs on: "?* ]] || fail "--version names no int8 kernel: $version"
if ! grep -q '^MPI: Open MPI' <<< "$version"; then
  echo "test_mpi: $("$NEAR2" --version | sed -n 2p): skipping"
  exit 0
fi
command -v mpirun > /dev/null || { echo "test_mpi: no mpirun (openmpi-bin): skipping"; exit 0; }
# CI runs as root; one machine, so shared memory only and no single-copy (ptrace is often not allowed).
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_btl=self,vader OMPI_MCA_btl_vader_single_copy_mechanism=none
ranks() { # ranks N ARGS...: near2 ARGS on N ranks, one thread each
  local n=$1; shift
  mpirun --allow-run-as-root -np "$n" --oversubscribe "$NEAR2" --threads 1 "$@"
}

"$NEAR2" demo-data --out "$work/shop" --products 3300 --queries 200 --embeddings 64 > /dev/null
shop="$work/shop"
# Ties across ranks: each of the first 60 queries' best product is copied into the other tiles of 1,024 rows
# (the sweep's unit of slicing) at its own place in the tile, where a matrix product rounds it the same; ranks
# own whole tiles (4 tiles: 2 and 3 ranks put the copies on other ranks than the original), so those queries
# rank equal scores first.
"$PY" - "$shop" <<'PY'
import numpy as np, sys
shop = sys.argv[1]
corpus, queries = np.load(shop + "/corpus.npy"), np.load(shop + "/queries.npy")
unit = corpus / np.linalg.norm(corpus, axis=1, keepdims=True)
best = list(dict.fromkeys(int(np.argmax(unit @ q)) for q in queries[:60]))
taken = set(best)
for row in best:
    for tile in range(len(corpus) // 1024 + 1):
        copy = tile * 1024 + row % 1024
        if copy < len(corpus) and copy not in taken:
            corpus[copy] = corpus[row]
            taken.add(copy)
np.save(shop + "/corpus.npy", corpus)
PY
evaluate() { # evaluate RANKS NAME ARGS... (RANKS 0: a plain process)
  local n=$1 name=$2; shift 2
  local args=(eval --dataset "$shop" --corpus-embeddings "$shop/corpus.npy" --query-embeddings "$shop/queries.npy"
              --write-runs --out "$work/$name" "$@")
  if [ "$n" -eq 0 ]; then "$NEAR2" --threads 1 "${args[@]}" > /dev/null 2>&1 || fail "$name failed"
  else ranks "$n" "${args[@]}" > "$work/$name.log" 2>&1 || fail "$name failed: $(tail -5 "$work/$name.log")"; fi
}
same_outputs() { # same_outputs A B
  for file in "$work/$1"/*; do
    cmp -s "$file" "$work/$2/$(basename "$file")" || fail "$2: $(basename "$file") differs from $1's"
  done
  [ "$(ls "$work/$1" | wc -l)" -eq "$(ls "$work/$2" | wc -l)" ] || fail "$2 wrote other files than $1"
}
evaluate 0 single --k 10,100
"$PY" - "$work/single/run_64.trec" <<'PY' || fail "the catalog has no ties at the top of the rankings"
import sys
lines = [line.split() for line in open(sys.argv[1])]
ties = sum(1 for a, b in zip(lines, lines[1:]) if a[0] == b[0] and a[4] == b[4])
assert ties >= 10, ties
PY
for n in 1 2 3; do
  evaluate $n "ranks-$n" --k 10,100
  same_outputs single "ranks-$n"
done
grep -q "on 3 ranks" "$work/ranks-3.log" || fail "rank 0 does not say how many ranks ran: $(cat "$work/ranks-3.log")"
# k beyond a rank's slice (1,024 or 228 rows at 3 ranks), the products engine.
evaluate 0 single-deep --k 10,1000 --engine products --dims 8,32,64
evaluate 3 ranks-deep --k 10,1000 --engine products --dims 8,32,64
same_outputs single-deep ranks-deep

# Encoding: one shard per rank and a manifest, read back as one catalog (needs python3-torch for the bundle).
if ! "$PY" -c 'import torch' 2> /dev/null; then
  echo "test_mpi: /usr/bin/python3 cannot import torch: skipping the encode part"
  exit 0
fi
mkdir -p "$work/bundle" "$work/tiny/qrels"
printf '[PAD]\n[UNK]\n[CLS]\n[SEP]\nusb\ncable\ndrill\ncordless\nbattery\ncharger\nblue\n' > "$work/bundle/vocab.txt"
cat > "$work/tiny_model.py" <<'PY' # torch.jit.script reads the class's source: a file, not stdin
import sys, torch
class TinyEncoder(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = torch.nn.Embedding(11, 16)
    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.embedding(input_ids) * attention_mask.unsqueeze(-1).to(torch.float32)
torch.manual_seed(0)
torch.jit.script(TinyEncoder()).save(sys.argv[1])
PY
"$PY" "$work/tiny_model.py" "$work/bundle/model.pt"
echo '{"format": "near2-model/1", "name": "tiny", "dim": 16, "tokenizer": "vocab.txt"}' > "$work/bundle/near2-model.json"
"$PY" - "$work/tiny" <<'PY'
import itertools, json, sys
words = ["usb", "cable", "drill", "cordless", "battery", "charger", "blue"]
with open(sys.argv[1] + "/corpus.jsonl", "w") as out:
    for i, pair in enumerate(itertools.combinations(words, 2)):
        out.write(json.dumps({"_id": f"p{i:02d}", "title": pair[0], "text": pair[1]}) + "\n")
with open(sys.argv[1] + "/queries.jsonl", "w") as out:
    for i, text in enumerate(["usb cable", "cordless drill", "blue charger"]):
        out.write(json.dumps({"_id": f"q{i}", "text": text}) + "\n")
with open(sys.argv[1] + "/qrels/test.tsv", "w") as out:
    out.write("query-id\tcorpus-id\tscore\nq0\tp00\t1\nq1\tp13\t1\nq2\tp20\t1\n")
PY
encode() { # encode LAUNCHER OUT: the catalog's texts with the tiny bundle
  local launcher=$1; shift
  $launcher encode --trust-model-code --model "$work/bundle" --kind document --input "$work/tiny/corpus.jsonl" --out "$1"
}
"$NEAR2" encode --trust-model-code --model "$work/bundle" --kind query --input "$work/tiny/queries.jsonl" \
  --out "$work/queries.npy" > /dev/null
encode "$NEAR2" "$work/whole.npy" > /dev/null
mkdir "$work/sharded"
encode "ranks 3" "$work/sharded/catalog.json" > "$work/encode.log" 2>&1 || fail "encode on 3 ranks: $(cat "$work/encode.log")"
[ "$(ls "$work/sharded" | sort | tr '\n' ' ')" = "catalog.json catalog.shard-0-of-3.npy catalog.shard-1-of-3.npy catalog.shard-2-of-3.npy " ] \
  || fail "encode on 3 ranks wrote: $(ls "$work/sharded")"
"$PY" - "$work" <<'PY' || fail "the shards are not the single process's rows in order"
import json, numpy as np, sys
work = sys.argv[1]
manifest = json.load(open(work + "/sharded/catalog.json"))
assert manifest["format"] == "near2-embedding-shards/1" and manifest["rows"] == 21 and manifest["dim"] == 16, manifest
parts = [np.load(work + "/sharded/" + shard["file"]) for shard in manifest["shards"]]
assert [len(p) for p in parts] == [shard["rows"] for shard in manifest["shards"]] == [7, 7, 7]
whole = np.load(work + "/whole.npy")
assert np.allclose(np.concatenate(parts), whole, atol=1e-6), abs(np.concatenate(parts) - whole).max()
np.save(work + "/concatenated.npy", np.concatenate(parts))
PY
tiny() { # tiny NAME CORPUS
  "$NEAR2" eval --dataset "$work/tiny" --corpus-embeddings "$2" --query-embeddings "$work/queries.npy" --k 5 \
    --write-runs --out "$work/$1" > /dev/null 2>&1 || fail "eval of $2 failed"
}
tiny from-npy "$work/concatenated.npy" # the same values as the shards (batches may round differently)
tiny from-manifest "$work/sharded/catalog.json"
same_outputs from-npy from-manifest
# More ranks than one shard each: the manifest's catalog split across 2 ranks.
ranks 2 eval --dataset "$work/tiny" --corpus-embeddings "$work/sharded/catalog.json" --query-embeddings "$work/queries.npy" \
  --k 5 --write-runs --out "$work/manifest-2" > /dev/null 2>&1 || fail "eval of the manifest on 2 ranks failed"
same_outputs from-npy manifest-2

# Several ranks need a manifest to write to: exit 2, the flag named, nothing written.
set +e
ranks 2 encode --trust-model-code --model "$work/bundle" --input "$work/tiny/corpus.jsonl" --out "$work/one.npy" \
  > /dev/null 2> "$work/err.txt"
code=$?
set -e
[ $code -ne 0 ] || fail "encode on 2 ranks into one .npy succeeded"
grep -q -- "--out: 2 ranks write one shard each" "$work/err.txt" || fail "no --out message: $(cat "$work/err.txt")"
[ ! -e "$work/one.npy" ] || fail "one.npy was written"
echo "test_mpi: ok"
