#!/usr/bin/env bash
# Hugging Face model folders: small random BERT and DistilBERT checkpoints in exactly Hugging Face's layout
# (tests/python/make_hf_model.py; F32, F16, BF16; mean, CLS and max pooling; prompts; shards; a "bert." prefix and
# old gamma/beta names) encoded by `near2 encode` and compared with two independent implementations of Hugging
# Face's forward pass, one in plain PyTorch (tests/python/hf_torch_reference.py) and one in NumPy
# (tests/python/hf_reference.py): ≤ 1e-5 max abs difference. Then bad and hostile folders: exit 2, the file and
# the tensor or key named, nothing written. Debian's python3-numpy and python3-torch.
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NEAR2_CACHE_DIR=$work/cache
export NEAR2_TRUST_FILE=$work/trusted-models
here=$(cd "$(dirname "$0")/../python" && pwd)
fail() { echo "test_hf_model: $*" >&2; exit 1; }
if ! /usr/bin/python3 -c 'import numpy, torch' 2>/dev/null; then
  echo "test_hf_model: /usr/bin/python3 lacks numpy or torch (python3-numpy, python3-torch): skipping"
  exit 0
fi

texts=("usb cable" "cordless drill with battery charger" "red steel hammer" "usb" "LED desk lamp, blue"
  "power tool kit pro set" "usb cable" "nail saw screw wood chair mini max")
printf '{"text": "%s"}\n' "${texts[@]}" >"$work/texts.jsonl"

# name model-args... : makes the folder, then compares it with the references.
parity() {
  local name=$1
  shift
  /usr/bin/python3 "$here/make_hf_model.py" "$work/$name" "$@"
  compare_with_references "$name"
}

# name: encodes the texts with the folder $work/name as documents and queries, compares both with the references.
compare_with_references() {
  local name=$1
  local dir=$work/$name
  local kind prompt
  for kind in document query; do
    prompt=$(/usr/bin/python3 -c 'import json, sys
try:
    print(json.load(open(sys.argv[1]))["prompts"].get(sys.argv[2], ""), end="")
except FileNotFoundError:
    pass' "$dir/config_sentence_transformers.json" "$kind")
    "$NEAR2" encode --model "$dir" --input "$work/texts.jsonl" --field text --kind "$kind" \
      --out "$work/$name-$kind.npy" >/dev/null 2>"$work/err.txt" || fail "$name $kind: $(cat "$work/err.txt")"
    local vocab=$dir/tokenizer.json
    [[ -e $vocab ]] || vocab=$dir/vocab.txt
    local max_length
    max_length=$(/usr/bin/python3 -c 'import json, sys
try:
    print(json.load(open(sys.argv[1]))["max_seq_length"])
except FileNotFoundError:
    print(json.load(open(sys.argv[2]))["max_position_embeddings"])' \
      "$dir/sentence_bert_config.json" "$dir/config.json")
    for t in "${texts[@]}"; do printf '{"text": "%s%s"}\n' "$prompt" "$t"; done |
      "$NEAR2" tokenize --vocab "$vocab" --max-length "$max_length" >"$work/ids.jsonl"
    /usr/bin/python3 "$here/hf_reference.py" "$dir" "$work/ids.jsonl" "$work/$name-$kind.npy" 1e-5 \
      >"$work/parity.txt" || fail "$name $kind: $(cat "$work/parity.txt")"
    /usr/bin/python3 "$here/hf_torch_reference.py" compare "$dir" "$work/ids.jsonl" "$work/$name-$kind.npy" 1e-5 \
      >>"$work/parity.txt" || fail "$name $kind: $(cat "$work/parity.txt")"
    echo "test_hf_model: $name $kind: $(tr '\n' ';' <"$work/parity.txt")"
  done
}

parity bert-f32-mean --arch bert --dtype F32 --pooling mean --normalize
parity bert-f16-cls --arch bert --dtype F16 --pooling cls --query-prompt "query: " --document-prompt "passage: "
parity bert-bf16-max --arch bert --dtype BF16 --pooling max --tokenizer txt --act gelu_new --seed 3
parity bert-plain --arch bert --pooling none --prefix bert. --old-layernorm-names --shards 3 --seed 4
parity distilbert-f32-mean --arch distilbert --dtype F32 --pooling mean --normalize --query-prompt "query: "
parity distilbert-bf16-cls --arch distilbert --dtype BF16 --pooling cls --seed 5

# The same text, the same vector: rows 0 and 6 are the same text.
/usr/bin/python3 - "$work/bert-f32-mean-document.npy" <<'PY' || fail "identical texts got different vectors"
import sys, numpy
m = numpy.load(sys.argv[1])
assert (m[0] == m[6]).all()
PY
# Another batch size: the same vectors up to float rounding (the matrix products' blocking depends on the number
# of rows; identical texts within a chunk share one vector, checked above).
"$NEAR2" encode --model "$work/bert-f32-mean" --input "$work/texts.jsonl" --field text --batch-size 3 \
  --out "$work/batch3.npy" >/dev/null 2>&1
/usr/bin/python3 - "$work/batch3.npy" "$work/bert-f32-mean-document.npy" <<'PY' || fail "rows depend on the batch"
import sys, numpy
assert abs(numpy.load(sys.argv[1]) - numpy.load(sys.argv[2])).max() < 1e-6
PY
# The faster precisions: int8 (linear layers on the quantised library's int8 kernel, each row on its own scale) and
# bf16 stay close to fp32; identical texts still share one vector.
for precision in int8 bf16; do
  "$NEAR2" encode --model "$work/bert-f32-mean" --input "$work/texts.jsonl" --field text --precision "$precision" \
    --out "$work/$precision.npy" >/dev/null 2>"$work/err.txt" || fail "--precision $precision: $(cat "$work/err.txt")"
  /usr/bin/python3 - "$work/$precision.npy" "$work/bert-f32-mean-document.npy" <<'PY' || fail "--precision $precision"
import sys, numpy
low, full = numpy.load(sys.argv[1]), numpy.load(sys.argv[2])
assert low.shape == full.shape and low.dtype == numpy.float32
cosine = (low * full).sum(1) / numpy.linalg.norm(low, axis=1) / numpy.linalg.norm(full, axis=1)
assert cosine.min() > 0.99, cosine
assert (low[0] == low[6]).all()
assert not (low == full).all()
PY
done
# Hugging Face folders are data: no trust asked, nothing added to the trust list.
[[ ! -e $NEAR2_TRUST_FILE ]] || fail "opening a safetensors folder touched the trust list"

expect_error() { # expected-text folder
  local expected=$1 dir=$2
  set +e
  err=$("$NEAR2" encode --model "$dir" --input "$work/texts.jsonl" --field text --out "$work/bad.npy" 2>&1 >/dev/null)
  local rc=$?
  set -e
  [[ $rc -eq 2 ]] || fail "expected exit 2 for $dir (got $rc: $err)"
  [[ $err == *"$expected"* ]] || fail "expected '$expected' in: $err"
  [[ ! -e $work/bad.npy ]] || fail "an output was written for $dir"
  [[ $(grep -c "error" <<<"$err") -eq 1 ]] || fail "one message expected: $err"
}
broken() { # name: a fresh copy of the F32 model
  rm -rf "${work:?}/$1"
  cp -r "$work/bert-f32-mean" "$work/$1"
}
edit_json() { # file python-statement-on-d
  /usr/bin/python3 -c "import json, sys
d = json.load(open(sys.argv[1]))
$2
json.dump(d, open(sys.argv[1], 'w'))" "$1"
}
rewrite_tensors() { # folder python-statement-on-t (name -> (dtype, array))
  /usr/bin/python3 -c "import sys
sys.path.insert(0, '$here')
import numpy as np, safetensors_io
t = {n: ('F32', a) for n, a in safetensors_io.read(sys.argv[1]).items()}
$2
safetensors_io.write(sys.argv[1], t)" "$1/model.safetensors"
}

broken unsupported
edit_json "$work/unsupported/config.json" 'd["model_type"] = "roberta"'
expect_error "roberta" "$work/unsupported"
[[ $err == *"config.json"* && $err == *"model_type"* && $err == *"distilbert"* ]] || fail "model_type message: $err"

broken missing
rewrite_tensors "$work/missing" 'del t["encoder.layer.1.output.dense.weight"]'
expect_error "encoder.layer.1.output.dense.weight" "$work/missing"
[[ $err == *"model.safetensors"* ]] || fail "missing tensor: the file is not named: $err"

broken shape
rewrite_tensors "$work/shape" 't["encoder.layer.0.intermediate.dense.weight"] = ("F32", np.zeros((63, 32), np.float32))'
expect_error "encoder.layer.0.intermediate.dense.weight" "$work/shape"

broken dtype
rewrite_tensors "$work/dtype" 't["embeddings.LayerNorm.weight"] = ("I64", np.zeros(32, np.int64))'
expect_error "embeddings.LayerNorm.weight" "$work/dtype"

broken contradiction
edit_json "$work/contradiction/config.json" 'd["hidden_size"] = 48; d["num_attention_heads"] = 4'
expect_error "embeddings.word_embeddings.weight" "$work/contradiction"

broken truncated
size=$(stat -c %s "$work/truncated/model.safetensors")
truncate -s $((size - 100)) "$work/truncated/model.safetensors"
expect_error "model.safetensors" "$work/truncated"

broken header
printf '\xff\xff\xff\xff\xff\xff\xff\x7f{}' >"$work/header/model.safetensors"
expect_error "model.safetensors" "$work/header"

broken pickle
mv "$work/pickle/model.safetensors" "$work/pickle/pytorch_model.bin"
expect_error "pytorch_model.bin" "$work/pickle"

broken notokenizer
rm "$work/notokenizer/tokenizer.json"
expect_error "tokenizer" "$work/notokenizer"

broken seqlength
edit_json "$work/seqlength/sentence_bert_config.json" 'd["max_seq_length"] = 4096'
expect_error "max_seq_length" "$work/seqlength"

broken pooling
edit_json "$work/pooling/1_Pooling/config.json" 'd["pooling_mode_mean_tokens"] = "yes"'
expect_error "pooling_mode_mean_tokens" "$work/pooling"

broken badjson
printf '{"model_type": "bert",' >"$work/badjson/config.json"
expect_error "config.json" "$work/badjson"

broken nanweights
rewrite_tensors "$work/nanweights" 't["embeddings.LayerNorm.bias"] = ("F32", np.full(32, np.nan, np.float32))'
expect_error "nanweights" "$work/nanweights"

broken badsimilarity
edit_json "$work/badsimilarity/config_sentence_transformers.json" 'd["similarity_fn_name"] = 3'
expect_error "similarity_fn_name" "$work/badsimilarity"

# A model that declares another similarity than cosine is said to be ranked by cosine; a cosine one is not.
"$NEAR2" encode --model "$work/bert-f32-mean" --input "$work/texts.jsonl" --field text --out "$work/cos.npy" \
  >/dev/null 2>"$work/err.txt"
! grep -q "similarity_fn_name" "$work/err.txt" || fail "a cosine model got a similarity note: $(cat "$work/err.txt")"
broken dot
edit_json "$work/dot/config_sentence_transformers.json" 'd["similarity_fn_name"] = "dot"'
"$NEAR2" encode --model "$work/dot" --input "$work/texts.jsonl" --field text --out "$work/dot.npy" \
  >/dev/null 2>"$work/err.txt" || fail "dot: $(cat "$work/err.txt")"
grep -q 'note: the model declares similarity_fn_name "dot".*ranks by the cosine' "$work/err.txt" ||
  fail "no similarity note for a dot model: $(cat "$work/err.txt")"
cmp -s "$work/dot.npy" "$work/cos.npy" || fail "the declared similarity changed the vectors"

# Paths a model's files name stay inside its folder (issue 21, item 14).
/usr/bin/python3 "$here/make_hf_model.py" "$work/sharded" --shards 2
broken escape
cp -r "$work/sharded/." "$work/escape/"
rm "$work/escape/model.safetensors"
edit_json "$work/escape/model.safetensors.index.json" \
  'd["weight_map"] = {k: "../bert-f32-mean/model.safetensors" for k in d["weight_map"]}'
expect_error "model.safetensors.index.json" "$work/escape"
broken absolute
cp -r "$work/sharded/." "$work/absolute/"
rm "$work/absolute/model.safetensors"
edit_json "$work/absolute/model.safetensors.index.json" \
  "d['weight_map'] = {k: '$work/bert-f32-mean/model.safetensors' for k in d['weight_map']}"
expect_error "model.safetensors.index.json" "$work/absolute"
broken devzero
rm "$work/devzero/config.json"
ln -s /dev/zero "$work/devzero/config.json"
expect_error "config.json" "$work/devzero"

# Fine-tuned and handed back: `near2 train --init HF_DIR` writes a Hugging Face / sentence-transformers folder
# (and a near2 manifest beside it). Its safetensors, read by the tests' own reader, hold every tensor of the
# initial model in F32 with the same shape, changed by training; the references' forward pass over the written
# files gives near2's vectors; the modules, pooling, normalisation and prompt are those of the initial model; and
# the metrics the training log reports for its last epoch are near2 eval's on the written folder.
"$NEAR2" demo-data --out "$work/shop" --seed 5 --products 300 --queries 60 >/dev/null
/usr/bin/python3 "$here/make_hf_model.py" "$work/init" --pooling mean --normalize --query-prompt "query: " --seed 6
# A prompt near2 does not apply, kept as it was in the folder handed back.
edit_json "$work/init/config_sentence_transformers.json" 'd["prompts"]["classification"] = "classify: "'
"$NEAR2" --threads 1 train --dataset "$work/shop" --init "$work/init" --out "$work/handed" --epochs 1 \
  --batch-size 16 --mrl-dims 8,16,32 --lr 1e-3 >/dev/null 2>"$work/err.txt" || fail "train --init: $(cat "$work/err.txt")"
/usr/bin/python3 - "$work/init" "$work/handed" "$here" <<'PY' || fail "the handed-back folder"
import json, os, struct, sys
sys.path.insert(0, sys.argv[3])
import numpy as np, safetensors_io
init, handed = sys.argv[1], sys.argv[2]
with open(os.path.join(handed, "model.safetensors"), "rb") as f:
    header = json.loads(f.read(struct.unpack("<Q", f.read(8))[0]))
dtypes = {v["dtype"] for k, v in header.items() if k != "__metadata__"}
assert dtypes == {"F32"}, dtypes
before, after = safetensors_io.read_folder(init), safetensors_io.read_folder(handed)
assert sorted(before) == sorted(after), set(before) ^ set(after)
for name in before:
    assert np.shape(before[name]) == np.shape(after[name]), name
changed = [n for n in before if not np.array_equal(before[n], after[n])]
assert any("encoder.layer" in n for n in changed), "training changed no layer"
load = lambda folder, *path: json.load(open(os.path.join(folder, *path)))
assert [m["type"] for m in load(handed, "modules.json")] == [m["type"] for m in load(init, "modules.json")]
assert load(handed, "1_Pooling", "config.json") == load(init, "1_Pooling", "config.json")
assert load(handed, "config_sentence_transformers.json")["prompts"] == {"query": "query: ", "classification": "classify: "}
assert load(handed, "sentence_bert_config.json")["max_seq_length"] == load(init, "sentence_bert_config.json")["max_seq_length"]
assert load(handed, "config.json")["hidden_size"] == load(init, "config.json")["hidden_size"]
PY
compare_with_references handed
"$NEAR2" eval --dataset "$work/shop" --model "$work/handed" --dims 8,16,32 --out "$work/handed-eval" >/dev/null 2>&1 ||
  fail "near2 eval --model on the handed-back folder"
/usr/bin/python3 - "$work/handed/train-log.jsonl" "$work/handed-eval/summary.csv" <<'PY' ||
import csv, json, sys
epoch = [e for e in map(json.loads, open(sys.argv[1])) if e["event"] == "epoch"][-1]["eval"]
rows = {int(r["dim"]): r for r in csv.DictReader(open(sys.argv[2]))}
for metric in ("ndcg@10", "mrr@10", "recall@100"):
    for dim, logged in zip(epoch["dims"], epoch[metric]):
        assert abs(float(rows[dim][metric]) - logged) <= 5e-7, (metric, dim, rows[dim][metric], logged)
PY
  fail "the training log's last-epoch metrics differ from near2 eval on the written folder"

# As sentence-transformers tokenizes (a review against its code, 7 Dec 2026). One text per line in, one vector
# per line out; `same A B` / `differs A B` compare the vectors of two texts.
vectors() { # folder kind text...
  local dir=$1 kind=$2
  shift 2
  printf '{"text": "%s"}\n' "$@" >"$work/pair.jsonl"
  "$NEAR2" encode --model "$dir" --input "$work/pair.jsonl" --field text --kind "$kind" --out "$work/pair.npy" \
    >/dev/null 2>"$work/err.txt" || fail "$dir: $(cat "$work/err.txt")"
}
rows_equal() { # expected(True|False) file row row
  /usr/bin/python3 -c "import sys, numpy
m = numpy.load(sys.argv[1])
sys.exit(0 if (abs(m[int(sys.argv[2])] - m[int(sys.argv[3])]).max() < 1e-6) == $1 else 1)" "$2" "$3" "$4"
}
# sentence_bert_config's do_lower_case lower-cases the text; the tokenizer keeps its own accent rule. A
# tokenizer that lower-cases (strip_accents null: it strips accents too, as BAAI/bge-*) still strips them.
broken stlower
edit_json "$work/stlower/sentence_bert_config.json" 'd["do_lower_case"] = True'
vectors "$work/stlower" document "usb cable" "úsb cable" "USB cable"
rows_equal True "$work/pair.npy" 0 1 || fail "do_lower_case over a lower-casing tokenizer kept the accents"
rows_equal True "$work/pair.npy" 0 2 || fail "do_lower_case did not lower-case"
# A cased tokenizer (do_lower_case false, so no stripping) sees lower-cased text and keeps the accents.
edit_json "$work/stlower/tokenizer.json" 'd["normalizer"]["lowercase"] = False'
edit_json "$work/stlower/tokenizer_config.json" 'd["do_lower_case"] = False'
vectors "$work/stlower" document "usb cable" "úsb cable" "USB cable"
rows_equal False "$work/pair.npy" 0 1 || fail "a cased tokenizer stripped accents"
rows_equal True "$work/pair.npy" 0 2 || fail "do_lower_case did not lower-case for a cased tokenizer"
# tokenizer_config.json's do_lower_case overrides the tokenizer.json's normalizer, as transformers does.
broken tkconfig
edit_json "$work/tkconfig/tokenizer_config.json" 'd["do_lower_case"] = False'
vectors "$work/tkconfig" document "usb cable" "USB cable"
rows_equal False "$work/pair.npy" 0 1 || fail "tokenizer_config.json's do_lower_case false was ignored"
# ... and its defaults do too: (Distil)BertTokenizerFast rebuilds the normalizer from do_lower_case (default
# true) and strip_accents (default null: as lower-casing) when they differ from the normalizer's.
broken tkdefault
edit_json "$work/tkdefault/tokenizer.json" 'd["normalizer"]["lowercase"] = False'
vectors "$work/tkdefault" document "usb cable" "USB cable" "úsb cable"
rows_equal True "$work/pair.npy" 0 1 || fail "a cased normalizer without do_lower_case did not lower-case"
rows_equal True "$work/pair.npy" 0 2 || fail "a cased normalizer without strip_accents did not strip accents"
edit_json "$work/tkdefault/tokenizer.json" 'd["normalizer"]["lowercase"] = True; d["normalizer"]["strip_accents"] = False'
vectors "$work/tkdefault" document "usb cable" "úsb cable"
rows_equal True "$work/pair.npy" 0 1 || fail "strip_accents false in the normalizer alone kept the accents"
# A null normalizer (which transformers cannot load) keeps case and accents.
edit_json "$work/tkdefault/tokenizer.json" 'd["normalizer"] = None'
vectors "$work/tkdefault" document "usb cable" "USB cable"
rows_equal False "$work/pair.npy" 0 1 || fail "a null normalizer lower-cased"

# include_prompt false leaves a prompt's tokens and [CLS] out of the pooling, and only when a prompt applies:
# with a query prompt alone, documents are pooled as with include_prompt true.
/usr/bin/python3 "$here/make_hf_model.py" "$work/prompted" --pooling mean --query-prompt "query: "
rm -rf "$work/noprompt" && cp -r "$work/prompted" "$work/noprompt"
edit_json "$work/noprompt/1_Pooling/config.json" 'd["include_prompt"] = False'
for kind in document query; do
  vectors "$work/prompted" "$kind" "usb cable" && mv "$work/pair.npy" "$work/with.npy"
  vectors "$work/noprompt" "$kind" "usb cable"
  /usr/bin/python3 -c "import sys, numpy
same = abs(numpy.load(sys.argv[1]) - numpy.load(sys.argv[2])).max() < 1e-6
sys.exit(0 if same == (sys.argv[3] == 'document') else 1)" "$work/with.npy" "$work/pair.npy" "$kind" ||
    fail "include_prompt false: $kind vectors wrong ([CLS] left out without a prompt, or the prompt pooled)"
done

# Older sentence-transformers layouts keep the model in 0_Transformer/, sentence_bert_config.json with it.
broken layout
mkdir "$work/layout/0_Transformer"
(cd "$work/layout" && mv config.json model.safetensors tokenizer.json tokenizer_config.json \
  sentence_bert_config.json 0_Transformer/)
edit_json "$work/layout/modules.json" 'd[0]["path"] = "0_Transformer"'
vectors "$work/layout" document "usb cable"
edit_json "$work/layout/0_Transformer/sentence_bert_config.json" 'd["max_seq_length"] = 4096'
expect_error "max_seq_length" "$work/layout"
[[ $err == *"0_Transformer/sentence_bert_config.json"* ]] || fail "the message names another file: $err"

# Tokenizers that are not BERT's WordPiece pipeline are refused, naming the key.
broken japanese
edit_json "$work/japanese/tokenizer_config.json" 'd["tokenizer_class"] = "BertJapaneseTokenizer"'
expect_error "tokenizer_class" "$work/japanese"
broken pretokenizer
edit_json "$work/pretokenizer/tokenizer.json" 'd["pre_tokenizer"] = {"type": "Whitespace"}'
expect_error "pre_tokenizer" "$work/pretokenizer"
broken postprocessor
edit_json "$work/postprocessor/tokenizer.json" 'd["post_processor"] = None'
expect_error "post_processor" "$work/postprocessor"
broken chinese
edit_json "$work/chinese/tokenizer.json" 'd["normalizer"]["handle_chinese_chars"] = False'
expect_error "normalizer.handle_chinese_chars" "$work/chinese"
broken chineseconfig
edit_json "$work/chineseconfig/tokenizer_config.json" 'd["tokenize_chinese_chars"] = False'
expect_error "tokenize_chinese_chars" "$work/chineseconfig"

echo "test_hf_model: ok"
