#!/usr/bin/env bash
# Every kind of malformed input, each given to the command that reads it: exit 2, one message naming the file
# and the line or field (or the flag), and nothing written. The cases are also the table in docs/bad-input.md:
# this script generates it and fails when the committed file differs (UPDATE_DOCS=1 rewrites it), so the
# table cannot drift from what near2 does.
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d) # inputs and outputs: nothing may change here
logs=$(mktemp -d) # what the script itself writes
trap 'chmod -R u+w "$work"; rm -rf "$work" "$logs"' EXIT
export NEAR2_CACHE_DIR=$logs/cache NEAR2_TRUST_FILE=$logs/trusted-models
fail() { echo "test_bad_input: $*" >&2; exit 1; }
py=/usr/bin/python3
if ! $py -c 'import numpy, torch' 2> /dev/null; then
  echo "test_bad_input: /usr/bin/python3 cannot import numpy and torch (python3-numpy, python3-torch): skipping"
  exit 0
fi
cd "$work"

# ---- valid inputs, each case breaks one thing --------------------------------------------------------------
"$NEAR2" demo-data --out shop --products 60 --queries 12 --embeddings 8 > /dev/null
"$NEAR2" eval --dataset shop --corpus-embeddings shop/corpus.npy --query-embeddings shop/queries.npy --dims 4,8 \
  --k 5 --project P.near2 --out evaluated > /dev/null
rm -f P.near2-wal P.near2-shm
beir() { # beir NAME: a copy of the demo shop's BEIR folder
  mkdir -p "$1/qrels"
  cp shop/corpus.jsonl shop/queries.jsonl "$1/"
  cp shop/qrels/test.tsv "$1/qrels/"
}
data_for() { echo --dataset "$1" --corpus-embeddings shop/corpus.npy --query-embeddings shop/queries.npy; }
cat > "$logs/make_inputs.py" << 'PY'
import json, os, shutil, sqlite3, struct, numpy as np, torch

def beir(name):
    os.makedirs(name + "/qrels", exist_ok=True)
    for f in ("corpus.jsonl", "queries.jsonl"):
        shutil.copy("shop/" + f, name + "/" + f)
    shutil.copy("shop/qrels/test.tsv", name + "/qrels/test.tsv")

def edit(path, line, text):  # replaces 1-based line `line` of a file
    lines = open(path).read().split("\n")
    lines[line - 1] = text
    open(path, "w").write("\n".join(lines))

# corpus.jsonl / queries.jsonl
beir("c-json"); edit("c-json/corpus.jsonl", 3, '{"_id": "p3", "title": "x",')
beir("c-array"); edit("c-array/corpus.jsonl", 2, '[1, 2, 3]')
beir("c-noid"); edit("c-noid/corpus.jsonl", 4, '{"title": "no id"}')
beir("c-dup"); first = json.loads(open("c-dup/corpus.jsonl").readline())["_id"]
edit("c-dup/corpus.jsonl", 5, json.dumps({"_id": first, "title": "again"}))
beir("c-title"); edit("c-title/corpus.jsonl", 2, '{"_id": "x2", "title": 17}')
beir("c-deep"); edit("c-deep/corpus.jsonl", 6, '{"_id": "deep", "extra": ' + "[" * 100000 + "]" * 100000 + "}")
beir("c-bignum"); edit("c-bignum/corpus.jsonl", 2, '{"_id": "x2", "price": 1e999999}')
beir("c-empty"); open("c-empty/corpus.jsonl", "w").close()
beir("c-folder"); os.remove("c-folder/corpus.jsonl"); os.mkdir("c-folder/corpus.jsonl")
beir("c-utf8"); open("c-utf8/corpus.jsonl", "ab").write(b'{"_id": "bad", "title": "caf\xe9"}\n')
beir("q-notext"); edit("q-notext/queries.jsonl", 3, '{"_id": "qx", "text": 5}')
beir("q-dup"); qid = json.loads(open("q-dup/queries.jsonl").readline())["_id"]
edit("q-dup/queries.jsonl", 2, json.dumps({"_id": qid, "text": "again"}))
# qrels TSV
beir("r-header"); edit("r-header/qrels/test.tsv", 1, "query\tdoc\tgrade")
beir("r-columns"); edit("r-columns/qrels/test.tsv", 3, "q1\tp1")
beir("r-empty"); edit("r-empty/qrels/test.tsv", 2, "q1\t\t1")
beir("r-only-header"); open("r-only-header/qrels/test.tsv", "w").write("query-id\tcorpus-id\tscore\n")
beir("r-nosplit"); os.rename("r-nosplit/qrels/test.tsv", "r-nosplit/qrels/dev.tsv")

# CSV with a column mapping
open("m-ok.csv", "w").write("product_uid,product_title,search_term,relevance\n1,red shoe,shoe,3\n2,hat,hat,1\n")
open("m-nocol.csv", "w").write("product_uid,name,search_term,relevance\n1,red shoe,shoe,3\n")
open("m-fields.csv", "w").write("product_uid,product_title,search_term,relevance\n1,red shoe,shoe,3\n2,hat\n")
open("m-value.csv", "w").write("product_uid,product_title,search_term,relevance\n1,red shoe,,3\n")

# embeddings: .npy and .fvecs
good = np.load("shop/corpus.npy")
def npy(name, header, payload=None):
    h = header + " " * ((64 - (10 + len(header) + 1) % 64) % 64) + "\n"
    data = good.tobytes() if payload is None else payload
    open(name, "wb").write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(h)) + h.encode() + data)
rows, cols = good.shape
npy("e-magic.npy", ""); open("e-magic.npy", "r+b").write(b"\x93NUMPX")
npy("e-negative.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (-%d, %d), }" % (rows, cols))
npy("e-wrap.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (%d, 4611686018427387904), }" % rows)
npy("e-huge.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (18446744073709551648, %d), }" % cols)
npy("e-fortran.npy", "{'descr': '<f4', 'fortran_order': True, 'shape': (%d, %d), }" % (rows, cols))
npy("e-f8.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (%d, %d), }" % (rows, cols))
npy("e-3d.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d, 1), }" % (rows, cols))
npy("e-short.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d), }" % (rows, cols), good.tobytes()[:-4])
np.save("e-rows.npy", good[:-1])
bad = good.copy(); bad[7, 3] = np.nan; np.save("e-nan.npy", bad)
bad = np.load("shop/queries.npy"); bad[:, 0] = np.inf; np.save("e-inf.npy", bad)
def fvecs(name, vectors, dims=None):
    with open(name, "wb") as out:
        for i, v in enumerate(vectors):
            out.write(struct.pack("<i", len(v) if dims is None else dims[i]) + v.astype("<f4").tobytes())
fvecs("e-dim.fvecs", good, [cols] * 3 + [cols + 1] + [cols] * (rows - 4))
fvecs("e-zero.fvecs", good, [0] + [cols] * (rows - 1))
fvecs("e-trunc.fvecs", good); open("e-trunc.fvecs", "r+b").truncate(os.path.getsize("e-trunc.fvecs") - 6)

# TREC files
open("t-qrels.txt", "w").write("q1 0 p1 1\nq1 0 p2 0\n")
open("t-run.txt", "w").write("q1 Q0 p1 1 0.9 x\nq1 Q0 p2 2 0.5 x\n")
open("t-run5.txt", "w").write("q1 Q0 p1 1 0.9 x\nq1 Q0 p2 2 0.5\n")
open("t-runscore.txt", "w").write("q1 Q0 p1 1 0.9 x\nq1 Q0 p2 2 high x\n")
open("t-qrels3.txt", "w").write("q1 0 p1 1\nq1 p2 0\n")

# tokenizers
vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "usb", "cable", "drill", "cordless"]
open("texts.jsonl", "w").write('{"text": "usb cable"}\n{"text": "cordless drill"}\n')
open("v-nounk.txt", "w").write("\n".join(v for v in vocab if v != "[UNK]") + "\n")
json.dump({"model": {"type": "BPE", "vocab": {}}}, open("v-bpe.json", "w"))
open("v-json.json", "w").write('{"model": {"type": "WordPiece", "vocab": {"a": 1,}}}')

# model bundles: TorchScript (code, needs --trust-model-code) and their manifests
class Table(torch.nn.Module):
    def __init__(self, rows: int):
        super().__init__()
        self.embedding = torch.nn.Embedding(rows, 8)
    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.embedding(input_ids)
class OneRow(torch.nn.Module):
    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return torch.ones(1, input_ids.size(1), 8)
class Raises(torch.nn.Module):
    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        raise RuntimeError("this model refuses to run")
class Nan(torch.nn.Module):
    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return torch.full((input_ids.size(0), input_ids.size(1), 8), float("nan"))
torch.manual_seed(0)
manifest = {"format": "near2-model/1", "name": "tiny", "dim": 8, "tokenizer": "vocab.txt"}
def bundle(name, module, **changes):
    os.makedirs(name)
    open(name + "/vocab.txt", "w").write("\n".join(vocab) + "\n")
    if module is not None:
        torch.jit.script(module).save(name + "/model.pt")
    json.dump(dict(manifest, **changes), open(name + "/near2-model.json", "w"))
bundle("b-ok", Table(8))
bundle("b-onerow", OneRow(), pooling="cls")
bundle("b-raises", Raises())
bundle("b-table", Table(5))
bundle("b-nan", Nan())
bundle("b-format", Table(8), format="near2-model/9")
bundle("b-dim", Table(8), dim="eight")
bundle("b-pooling", Table(8), pooling="median")
bundle("b-escape", Table(8), tokenizer="../../../../../../../../etc/passwd")
bundle("b-absolute", Table(8), tokenizer="/etc/passwd")
bundle("b-devzero", Table(8)); os.remove("b-devzero/near2-model.json"); os.symlink("/dev/zero", "b-devzero/near2-model.json")
bundle("b-garbage", None); open("b-garbage/model.pt", "w").write("garbage")
bundle("b-nounk", Table(8)); shutil.copy("v-nounk.txt", "b-nounk/vocab.txt")

# Hugging Face folders (data: no trust asked)
def hf(name):
    os.makedirs(name)
    json.dump({"model_type": "bert", "hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2,
               "intermediate_size": 16, "vocab_size": 8, "max_position_embeddings": 16, "type_vocab_size": 2},
              open(name + "/config.json", "w"))
    open(name + "/vocab.txt", "w").write("\n".join(vocab) + "\n")
hf("h-config"); open("h-config/config.json", "w").write('{"model_type": "bert", "hidden_size": ')
hf("h-noweights")
hf("h-header"); open("h-header/model.safetensors", "wb").write(struct.pack("<Q", 1 << 40) + b"{}")
hf("h-json"); open("h-json/model.safetensors", "wb").write(struct.pack("<Q", 8) + b'{"a": 1,')
hf("h-offsets")
h = json.dumps({"embeddings.word_embeddings.weight": {"dtype": "F32", "shape": [8, 8], "data_offsets": [0, 4096]}}).encode()
h += b" " * ((8 - len(h) % 8) % 8)
open("h-offsets/model.safetensors", "wb").write(struct.pack("<Q", len(h)) + h + bytes(256))

# project files
def damaged(name, sql):
    shutil.copy("P.near2", name)
    db = sqlite3.connect(name); db.executescript(sql); db.commit(); db.close()
open("p-text.near2", "w").write("this is not a project\n")
open("p-zero.near2", "w").close()
data = open("P.near2", "rb").read(); open("p-truncated.near2", "wb").write(data[: len(data) // 3])
damaged("p-newer.near2", "PRAGMA user_version = 99;")
db = sqlite3.connect("p-foreign.near2"); db.execute("CREATE TABLE contacts (name TEXT)"); db.commit(); db.close()
os.mkdir("p-folder.near2")
damaged("p-nodims.near2", "DELETE FROM run_dims;")
damaged("p-json.near2", "UPDATE runs SET columns = '{';")
damaged("p-k.near2", "UPDATE runs SET k = 4611686018427387904;")
for f in os.listdir("."):
    if f.endswith("-wal") or f.endswith("-shm") or f.endswith("-journal"):
        os.remove(f)
PY
$py "$logs/make_inputs.py" # from a file: torch.jit.script reads the classes' source
# Rows of a project that only near2's own schema knows how to damage are in tests/core (ProjectHardening).

# ---- the cases -----------------------------------------------------------------------------------------------
snapshot() { find "$work" \( -type f -printf '%P %s %T@ %m\n' \) -o -printf '%P %y\n' | sort; }
table=$logs/bad-input.md
cases=0
# bad KIND "INPUT" 'EXPECTED (grep -E, on the message)' near2 ARGS...
problems=0
problem() { echo "test_bad_input: $*" >&2; problems=$((problems + 1)); }
bad() {
  local kind=$1 input=$2 expected=$3
  shift 3
  local before after code message
  before=$(snapshot)
  set +e
  "$NEAR2" "$@" < "$work/texts.jsonl" > "$logs/stdout" 2> "$logs/stderr" # tokenize reads stdin
  code=$?
  set -e
  after=$(snapshot)
  # Paths relative to the test's folder, hashes (of files that embed a temporary path) as <sha256>.
  message=$(grep -m1 -E 'error: ' "$logs/stderr" | sed -E -e "s|$work/||g" -e 's/[0-9a-f]{64}/<sha256>/g' \
    -e 's/\|/\\|/g' || true)
  if [ $code -ne 2 ]; then
    problem "$input: exit $code, expected 2: $(head -3 "$logs/stderr")"
  elif [ -z "$message" ] || [ "$(grep -c 'error: ' "$logs/stderr")" -ne 1 ]; then
    problem "$input: not one error message: $(head -3 "$logs/stderr")"
  elif ! echo "$message" | grep -qE -- "$expected"; then
    problem "$input: '$message' does not match '$expected'"
  elif [ "$before" != "$after" ]; then
    problem "$input: something was written: $(diff <(echo "$before") <(echo "$after") | head -5)"
  else
    printf '| %s | %s | `%s` | %s | yes |\n' "$kind" "$input" "$message" "$code" >> "$table"
    cases=$((cases + 1))
  fi
  rm -rf "$work/out" "$work/out.npy" # so that one failure does not fail the next cases
}
cat > "$table" << 'MD'
# Bad input: what near2 says

Generated by `tests/cli/test_bad_input.sh` (run by CTest as `cli_test_bad_input`, which fails when this file
differs from what the script generates; `UPDATE_DOCS=1 NEAR2=build/bin/near2 bash tests/cli/test_bad_input.sh`
rewrites it). Every case below exited with code 2, printed exactly one message (the one shown, paths relative
to the test's folder), and left every file and folder exactly as it was: no output, no partial file, no
`-wal`/`-shm` beside a project. The workbench shows the same messages in its error dialogs, with the flags
worded as the labels of its boxes. Damaged rows inside a project are covered by `ProjectHardening` in
`tests/core/base/test_project_hardening.cpp`, and the parsers by the fuzz harnesses ([robustness.md](robustness.md)).

| kind | input | message | exit | nothing written |
|---|---|---|---|---|
MD

ev() { echo eval "$@" --out out; } # eval with an output folder that must not appear
bad corpus.jsonl "a line that is not valid JSON" 'c-json/corpus.jsonl:3: invalid JSON' $(ev $(data_for c-json))
bad corpus.jsonl "a line that is an array" 'c-array/corpus.jsonl:2: expected a JSON object' $(ev $(data_for c-array))
bad corpus.jsonl "a record without _id" "c-noid/corpus.jsonl:4: .*'_id'" $(ev $(data_for c-noid))
bad corpus.jsonl "a duplicate _id" 'c-dup/corpus.jsonl:5: duplicate _id' $(ev $(data_for c-dup))
bad corpus.jsonl "a title that is a number" "c-title/corpus.jsonl:2: 'title' must be a string" $(ev $(data_for c-title))
bad corpus.jsonl "an extra field nested 100,000 deep" 'c-deep/corpus.jsonl:6: ' $(ev $(data_for c-deep))
bad corpus.jsonl "a number beyond a double" 'c-bignum/corpus.jsonl:2: invalid JSON' $(ev $(data_for c-bignum))
bad corpus.jsonl "an empty file" 'c-empty/corpus.jsonl: ' $(ev $(data_for c-empty))
bad corpus.jsonl "a folder" 'c-folder/corpus.jsonl: ' $(ev $(data_for c-folder))
bad corpus.jsonl "invalid UTF-8" 'c-utf8/corpus.jsonl:[0-9]+: ' $(ev $(data_for c-utf8))
bad queries.jsonl "a text that is a number" "q-notext/queries.jsonl:3: .*'text'" $(ev $(data_for q-notext))
bad queries.jsonl "a duplicate _id" 'q-dup/queries.jsonl:2: duplicate _id' $(ev $(data_for q-dup))
bad "qrels TSV" "a wrong header" 'r-header/qrels/test.tsv:1: ' $(ev $(data_for r-header))
bad "qrels TSV" "a line with two columns" 'r-columns/qrels/test.tsv:3: ' $(ev $(data_for r-columns))
bad "qrels TSV" "an empty document id" 'r-empty/qrels/test.tsv:2: ' $(ev $(data_for r-empty))
bad "qrels TSV" "only the header" 'r-only-header/qrels/test.tsv: ' $(ev $(data_for r-only-header))
bad "qrels TSV" "the split asked for is absent" 'r-nosplit.*test' $(ev $(data_for r-nosplit))
bad "CSV + mapping" "a mapped column that is absent" "m-nocol.csv: .*product_title" convert --csv m-nocol.csv \
  --map doc-id=product_uid,title=product_title,query=search_term,label=relevance --out out
bad "CSV + mapping" "a row with too few fields" 'm-fields.csv:3: ' convert --csv m-fields.csv \
  --map doc-id=product_uid,title=product_title,query=search_term,label=relevance --out out
bad "CSV + mapping" "an empty query" 'm-value.csv:2: .*search_term' convert --csv m-value.csv \
  --map doc-id=product_uid,title=product_title,query=search_term,label=relevance --out out
bad "CSV + mapping" "a mapping with an unknown role" "unknown role 'colour' in the column mapping" convert --csv m-ok.csv --map doc-id=product_uid,colour=x --out out
bad ".npy" "not a .npy file" 'e-magic.npy: ' $(ev --dataset shop --corpus-embeddings e-magic.npy --query-embeddings shop/queries.npy)
bad ".npy" "a negative row count" "e-negative.npy: field 'shape'" $(ev --dataset shop --corpus-embeddings e-negative.npy --query-embeddings shop/queries.npy)
bad ".npy" "a shape whose size wraps past 2^64" 'e-wrap.npy: ' $(ev --dataset shop --corpus-embeddings e-wrap.npy --query-embeddings shop/queries.npy)
bad ".npy" "a shape extent beyond 2^64" "e-huge.npy: field 'shape'" $(ev --dataset shop --corpus-embeddings e-huge.npy --query-embeddings shop/queries.npy)
bad ".npy" "Fortran order" "e-fortran.npy: field 'fortran_order'" $(ev --dataset shop --corpus-embeddings e-fortran.npy --query-embeddings shop/queries.npy)
bad ".npy" "float64" "e-f8.npy: field 'descr'" $(ev --dataset shop --corpus-embeddings e-f8.npy --query-embeddings shop/queries.npy)
bad ".npy" "three dimensions" "e-3d.npy: field 'shape'" $(ev --dataset shop --corpus-embeddings e-3d.npy --query-embeddings shop/queries.npy)
bad ".npy" "truncated data" 'e-short.npy: truncated' $(ev --dataset shop --corpus-embeddings e-short.npy --query-embeddings shop/queries.npy)
bad ".npy" "one row fewer than the corpus" 'e-rows.npy' $(ev --dataset shop --corpus-embeddings e-rows.npy --query-embeddings shop/queries.npy)
bad ".npy" "a NaN in a catalog row" 'e-nan.npy: row 7' $(ev --dataset shop --corpus-embeddings e-nan.npy --query-embeddings shop/queries.npy)
bad ".npy" "an infinite value in every query row" 'e-inf.npy: row [0-9]+' $(ev --dataset shop --corpus-embeddings shop/corpus.npy --query-embeddings e-inf.npy)
bad ".fvecs" "a row of another dimension" 'e-dim.fvecs: ' $(ev --dataset shop --corpus-embeddings e-dim.fvecs --query-embeddings shop/queries.npy)
bad ".fvecs" "a dimension of 0" 'e-zero.fvecs: ' $(ev --dataset shop --corpus-embeddings e-zero.fvecs --query-embeddings shop/queries.npy)
bad ".fvecs" "a truncated last row" 'e-trunc.fvecs: ' $(ev --dataset shop --corpus-embeddings e-trunc.fvecs --query-embeddings shop/queries.npy)
bad "TREC run" "a line with five columns" 't-run5.txt:2: ' score --qrels t-qrels.txt --run t-run5.txt
bad "TREC run" "a score that is no number" 't-runscore.txt:2: ' score --qrels t-qrels.txt --run t-runscore.txt
bad "TREC qrels" "a line with three columns" 't-qrels3.txt:2: ' score --qrels t-qrels3.txt --run t-run.txt
bad "vocab.txt" "no [UNK] token" 'v-nounk.txt: .*\[UNK\]' tokenize --vocab v-nounk.txt
bad "tokenizer.json" "a BPE model" 'v-bpe.json: ' tokenize --vocab v-bpe.json
bad "tokenizer.json" "invalid JSON" 'v-json.json: ' tokenize --vocab v-json.json
enc() { echo encode --model "$1" --input texts.jsonl --out out.npy "${@:2}"; }
bad "model bundle" "a TorchScript model.pt without --trust-model-code" 'b-ok/model.pt: .*--trust-model-code' $(enc b-ok)
bad "model bundle" "a forward returning one row for a batch of two" 'b-onerow/model.pt: ' $(enc b-onerow --trust-model-code)
bad "model bundle" "a forward that raises" 'b-raises/model.pt: ' $(enc b-raises --trust-model-code)
bad "model bundle" "token ids beyond the embedding table" 'b-table/model.pt: ' $(enc b-table --trust-model-code)
bad "model bundle" "a model returning NaN" 'b-nan/model.pt: ' $(enc b-nan --trust-model-code)
bad "model bundle" "a model.pt that is not TorchScript" 'b-garbage/model.pt: ' $(enc b-garbage --trust-model-code)
bad "near2-model.json" "an unknown format" "b-format/near2-model.json: field 'format'" $(enc b-format --trust-model-code)
bad "near2-model.json" "a dim that is text" "b-dim/near2-model.json: field 'dim'" $(enc b-dim --trust-model-code)
bad "near2-model.json" "an unknown pooling" "b-pooling/near2-model.json: field 'pooling'" $(enc b-pooling --trust-model-code)
bad "near2-model.json" "a tokenizer path leaving the bundle" "b-escape/near2-model.json: field 'tokenizer'" $(enc b-escape --trust-model-code)
bad "near2-model.json" "an absolute tokenizer path" "b-absolute/near2-model.json: field 'tokenizer'" $(enc b-absolute --trust-model-code)
bad "near2-model.json" "a symlink to /dev/zero" 'b-devzero/near2-model.json: ' $(enc b-devzero --trust-model-code)
bad "model bundle" "a vocabulary without [UNK]" 'b-nounk/vocab.txt: ' $(enc b-nounk --trust-model-code)
bad "Hugging Face folder" "config.json cut short" 'h-config/config.json: ' $(enc h-config)
bad "Hugging Face folder" "no weights file" 'h-noweights' $(enc h-noweights)
bad "safetensors" "a header length beyond the file" 'h-header/model.safetensors: ' $(enc h-header)
bad "safetensors" "a header that is not JSON" 'h-json/model.safetensors: ' $(enc h-json)
bad "safetensors" "tensor offsets beyond the data" 'h-offsets/model.safetensors: .*embeddings.word_embeddings.weight' $(enc h-offsets)
bad "project file" "a text file" 'p-text.near2: ' report --project p-text.near2 --csv out
bad "project file" "an empty (0-byte) file" 'p-zero.near2: ' report --project p-zero.near2 --csv out
bad "project file" "a truncated project" 'p-truncated.near2: ' report --project p-truncated.near2 --csv out
bad "project file" "a newer schema" 'p-newer.near2: .*newer' report --project p-newer.near2 --csv out
bad "project file" "another application's database" 'p-foreign.near2: ' report --project p-foreign.near2 --csv out
bad "project file" "a folder" 'p-folder.near2: ' report --project p-folder.near2 --csv out
bad "project file" "the newest run without run_dims rows" 'p-nodims.near2: ' report --project p-nodims.near2 --csv out
bad "project file" "a damaged JSON column" "p-json.near2: field 'runs.columns'" report --project p-json.near2 --csv out
bad "project file" "an absurd k" "p-k.near2: field 'runs.k'" report --project p-k.near2 --csv out
bad "project file" "eval --project into a newer schema (before any work)" 'p-newer.near2: ' $(ev $(data_for shop) --project p-newer.near2)
bad "project file" "eval --project into a text file (before any work)" 'p-text.near2: ' $(ev $(data_for shop) --project p-text.near2)
bad "project file" "eval --project into a truncated project (before any work)" 'p-truncated.near2: ' $(ev $(data_for shop) --project p-truncated.near2)
bad flag "--k 0" '--k' $(ev $(data_for shop) --k 0)
bad flag "--k ten" '--k' $(ev $(data_for shop) --k ten)
bad flag "--dims beyond the embeddings" '--dims: 900' $(ev $(data_for shop) --dims 900)
bad flag "--dims 0" '--dims' $(ev $(data_for shop) --dims 0)
bad flag "--relevant-threshold nan" '--relevant-threshold' $(ev $(data_for shop) --relevant-threshold nan)
bad flag "--gains with a bad entry" '--gains' $(ev $(data_for shop) --gains E=one)
bad flag "--split that the dataset lacks" 'dev' $(ev $(data_for shop) --split dev)
bad flag "--memory-budget 12X" '--memory-budget' --memory-budget 12X $(ev $(data_for shop))
bad flag "--encoding unknown" "corpus.jsonl: unknown text encoding 'NOT-A-CHARSET'" $(ev $(data_for shop) --encoding NOT-A-CHARSET)
bad flag "--run that the project lacks" 'P.near2: .*nosuchrun' report --project P.near2 --run nosuchrun --csv out
bad flag "compare --runs with one run" '--runs' compare --project P.near2 --runs 1

[ $problems -eq 0 ] || fail "$problems of $((cases + problems)) cases failed"
if [ "${UPDATE_DOCS:-}" = 1 ]; then
  cp "$table" "$source_dir/docs/bad-input.md"
  echo "test_bad_input: $cases cases; docs/bad-input.md rewritten"
  exit 0
fi
diff -u "$source_dir/docs/bad-input.md" "$table" > "$logs/drift.diff" \
  || fail "docs/bad-input.md differs from what this test generates (UPDATE_DOCS=1 rewrites it): $(head -30 "$logs/drift.diff")"
echo "test_bad_input: ok ($cases cases, docs/bad-input.md current)"
