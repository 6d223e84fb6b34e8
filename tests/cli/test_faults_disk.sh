#!/usr/bin/env bash
# Faults on the disk: a full disk (a small tmpfs) under every command that writes an output set, a project
# or a model, and read-only projects (a read-only mount, and a read-only file read by another user). Each
# failure must exit 2 with one message and leave nothing half-written; reading must create nothing.
# Mounts need root: the script re-runs itself in a private mount namespace (`unshare -m`), so every mount
# vanishes with it; without the privilege it says so and skips.
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
if [ -z "${NEAR2_IN_MOUNT_NAMESPACE:-}" ]; then
  if [ "$(id -u)" -ne 0 ] || ! unshare -m true 2>/dev/null; then
    echo "test_faults_disk: needs root for tmpfs and read-only mounts (CI runs as root): skipping"
    exit 0
  fi
  exec unshare -m env NEAR2_IN_MOUNT_NAMESPACE=1 bash "$0" "$@"
fi
work=$(mktemp -d)
chmod 755 "$work"
trap 'mountpoint -q "$work/full" && umount "$work/full"; rm -rf "$work"' EXIT
export NEAR2_CACHE_DIR=$work/cache
fail() { echo "test_faults_disk: $*" >&2; exit 1; }

"$NEAR2" demo-data --out "$work/shop" --products 2000 --queries 200 --embeddings 32 > /dev/null
data=(--dataset "$work/shop" --corpus-embeddings "$work/shop/corpus.npy" --query-embeddings "$work/shop/queries.npy")
"$NEAR2" eval "${data[@]}" --project "$work/P.near2" --out "$work/O" > /dev/null

# full SIZE: a fresh tmpfs of SIZE at $work/full (files there count against it; folders cost nothing).
full() {
  mountpoint -q "$work/full" && umount "$work/full"
  mkdir -p "$work/full"
  mount -t tmpfs -o "size=$1" tmpfs "$work/full"
}
# expect_disk_full NAME COMMAND...: exit 2 naming a write failure, and $work/full exactly as before.
expect_disk_full() {
  local name=$1; shift
  local before; before=$(cd "$work/full" && find . -printf '%p %s\n' | sort)
  set +e; "$@" > /dev/null 2> "$work/err.txt"; local code=$?; set -e
  [ $code -eq 2 ] || fail "$name on a full disk: exit $code, expected 2: $(cat "$work/err.txt")"
  [ "$(wc -l < "$work/err.txt")" -ge 1 ] && grep -q 'error: ' "$work/err.txt" || fail "$name: no error message"
  local after; after=$(cd "$work/full" && find . -printf '%p %s\n' | sort)
  [ "$before" = "$after" ] || fail "$name left files on the full disk: $(diff <(echo "$before") <(echo "$after") | tail -5)"
}

full 64k
expect_disk_full "eval" "$NEAR2" eval "${data[@]}" --k 10,100 --write-runs --out "$work/full/O"
expect_disk_full "report --csv" "$NEAR2" report --project "$work/P.near2" --csv "$work/full/R"
expect_disk_full "convert" "$NEAR2" convert --beir "$work/shop" --out "$work/full/B"
expect_disk_full "demo-data" "$NEAR2" demo-data --out "$work/full/S" --products 2000 --queries 200 --embeddings 32
expect_disk_full "train" "$NEAR2" --threads 1 train --dataset "$work/shop" --out "$work/full/M" --arch bow-256 \
  --epochs 1 --batch-size 16 --vocab-size 3000
[ -z "$(ls -A "$work/full")" ] || fail "something was left: $(ls -A "$work/full")"

# encode and eval --model with the embedding cache on a full disk: the cache reserves its file up front
# (posix_fallocate), so the disk filling is an error at once, never a SIGBUS from a sparse mapping (issue 21,
# item 3). Needs a TorchScript bundle from Debian's python3-torch.
if /usr/bin/python3 -c 'import torch' 2> /dev/null; then
  mkdir "$work/bundle"
  printf '[PAD]\n[UNK]\n[CLS]\n[SEP]\nusb\ncable\n' > "$work/bundle/vocab.txt"
  cat > "$work/make_bundle.py" << 'PY'
import json, sys, torch
class Encoder(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = torch.nn.Embedding(6, 256)
    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.embedding(input_ids)
torch.manual_seed(0)
torch.jit.script(Encoder()).save(sys.argv[1] + "/model.pt")
json.dump({"format": "near2-model/1", "name": "full-disk", "dim": 256, "tokenizer": "vocab.txt"},
          open(sys.argv[1] + "/near2-model.json", "w"))
PY
  /usr/bin/python3 "$work/make_bundle.py" "$work/bundle" # from a file: torch.jit.script reads the source
  full 256k
  # The cache's (empty) index may be created; no vector file and no entry may be left.
  set +e
  NEAR2_CACHE_DIR=$work/full/cache "$NEAR2" encode --trust-model-code --model "$work/bundle" \
    --input "$work/shop/corpus.jsonl" --cache --out "$work/E.npy" > /dev/null 2> "$work/err.txt"
  code=$?
  set -e
  [ $code -eq 2 ] && grep -q 'the disk is full' "$work/err.txt" || fail "encode --cache on a full disk: exit $code: $(cat "$work/err.txt")"
  [ ! -e "$work/E.npy" ] || fail "encode --cache on a full disk wrote its output"
  [ -z "$(find "$work/full" -name '*.f32')" ] || fail "encode --cache left a vector file: $(find "$work/full" -name '*.f32')"
  [[ $(NEAR2_CACHE_DIR=$work/full/cache "$NEAR2" cache list) != *full-disk* ]] || fail "encode --cache left a cache entry"
  rm -rf "$work/full/cache"
  expect_disk_full "encode --out" "$NEAR2" encode --trust-model-code --model "$work/bundle" \
    --input "$work/shop/corpus.jsonl" --out "$work/full/E.npy"
  set +e
  NEAR2_CACHE_DIR=$work/full/cache "$NEAR2" eval --trust-model-code --dataset "$work/shop" --model "$work/bundle" \
    --out "$work/O4" > /dev/null 2> "$work/err.txt"
  code=$?
  set -e
  [ $code -eq 2 ] && grep -q 'the disk is full' "$work/err.txt" || fail "eval --model with a full cache disk: exit $code: $(cat "$work/err.txt")"
  [ ! -e "$work/O4" ] && [ -z "$(find "$work/full" -name '*.f32')" ] || fail "eval --model on a full cache disk left files"
else
  echo "test_faults_disk: /usr/bin/python3 cannot import torch: encode on a full disk skipped"
fi

# train on a disk that holds its first checkpoint but not the second (the atomic write needs room for both):
# exit 2, no OUT, and OUT.partial keeps the complete first checkpoint, a whole model.pt.
train=("$NEAR2" --threads 1 train --dataset "$work/shop" --arch bow-256 --epochs 2 --batch-size 16 --vocab-size 3000)
"${train[@]}" --out "$work/M-size" > /dev/null 2>&1
bundle_bytes=$(du -sb "$work/M-size" | cut -f1)
model_bytes=$(stat -c %s "$work/M-size/model.pt")
full "$(((bundle_bytes + model_bytes / 2) / 1024))k"
set +e; "${train[@]}" --out "$work/full/M" > /dev/null 2> "$work/err.txt"; code=$?; set -e
[ $code -eq 2 ] && grep -q 'error: ' "$work/err.txt" || fail "train's second checkpoint on a full disk: exit $code: $(cat "$work/err.txt")"
[ ! -e "$work/full/M" ] || fail "train published a bundle on a full disk"
/usr/bin/python3 -c 'import sys, zipfile; assert zipfile.ZipFile(sys.argv[1]).testzip() is None' \
  "$work/full/M.partial/model.pt" || fail "the first checkpoint in M.partial is not whole"
[ -z "$(find "$work/full" -name '*.tmp')" ] || fail "train left a temporary file: $(find "$work/full" -name '*.tmp')"

# An existing output folder on a full disk keeps its old files exactly.
full 1m
"$NEAR2" report --project "$work/P.near2" --csv "$work/full/R" 2> /dev/null
head -c $((1024 * 1024)) /dev/zero > "$work/full/filler" 2> /dev/null || true # fills the rest
expect_disk_full "report --csv over an older export" "$NEAR2" report --project "$work/P.near2" --csv "$work/full/R"

# eval --project on a full disk: exit 2, no outputs, the project file intact and still readable.
full 2m
cp "$work/P.near2" "$work/full/P.near2"
head -c $((2 * 1024 * 1024)) /dev/zero > "$work/full/filler" 2> /dev/null || true
expect_disk_full "eval --project" "$NEAR2" eval "${data[@]}" --project "$work/full/P.near2" --out "$work/full/O"
rm "$work/full/filler" # sqlite3 needs room for its -shm file
[ "$(sqlite3 "$work/full/P.near2" 'PRAGMA integrity_check')" = ok ] || fail "the project is damaged"
"$NEAR2" report --project "$work/full/P.near2" --csv "$work/R1" 2> /dev/null || fail "the project no longer reads"

# A read-only mount: report and compare read the project and create nothing; eval --project is refused
# before any work (no output folder appears).
full 4m
cp "$work/P.near2" "$work/full/P.near2"
"$NEAR2" eval "${data[@]}" --dims 8,32 --project "$work/full/P.near2" --run-label second --out "$work/O2" > /dev/null
mount -o remount,ro "$work/full"
"$NEAR2" report --project "$work/full/P.near2" --csv "$work/R2" 2> /dev/null || fail "report on a read-only mount failed"
"$NEAR2" compare --project "$work/full/P.near2" --runs 1,second > /dev/null || fail "compare on a read-only mount failed"
[ "$(ls -A "$work/full")" = "P.near2" ] || fail "reading a read-only project created $(ls -A "$work/full")"
set +e; "$NEAR2" eval "${data[@]}" --project "$work/full/P.near2" --out "$work/O3" > /dev/null 2> "$work/err.txt"; code=$?; set -e
[ $code -eq 2 ] && grep -q "read-only" "$work/err.txt" || fail "eval --project into a read-only project: exit $code $(cat "$work/err.txt")"
[ ! -e "$work/O3" ] || fail "eval wrote outputs before refusing the project"

# A read-only file in a writable folder, read by another user: nothing created beside it.
mkdir "$work/shared-folder"
cp "$work/P.near2" "$work/shared-folder/P.near2"
chmod 777 "$work/shared-folder"
chmod 444 "$work/shared-folder/P.near2"
setpriv --reuid=65534 --regid=65534 --clear-groups "$NEAR2" report --project "$work/shared-folder/P.near2" \
  --csv "$work/shared-folder/R" 2> "$work/err.txt" || fail "another user cannot read the project: $(cat "$work/err.txt")"
[ "$(ls -A "$work/shared-folder" | tr '\n' ' ')" = "P.near2 R " ] || fail "left: $(ls -A "$work/shared-folder")"
# The project's WAL mode holds in a read-only file too: a 0-byte file is not turned into a project.
: > "$work/zero.near2"
set +e; "$NEAR2" report --project "$work/zero.near2" --csv "$work/R3" 2> "$work/err.txt"; code=$?; set -e
[ $code -eq 2 ] && [ ! -s "$work/zero.near2" ] && [ ! -e "$work/R3" ] || fail "report on a 0-byte file: exit $code"
echo "test_faults_disk: ok"
