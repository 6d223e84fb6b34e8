#!/usr/bin/env bash
# near2 encode / near2 cache: a tiny TorchScript bundle (made with Debian's python3-torch; skipped without it),
# one row per input line, BEIR title + text, the cache, and bad inputs (exit 2, the file named, no output written).
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NEAR2_CACHE_DIR=$work/cache

fail() { echo "test_encode: $*" >&2; exit 1; }
if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  echo "test_encode: /usr/bin/python3 cannot import torch (python3-torch): skipping"
  exit 0
fi

mkdir "$work/bundle"
printf '[PAD]\n[UNK]\n[CLS]\n[SEP]\nusb\ncable\ndrill\ncordless\n' >"$work/bundle/vocab.txt"
cat >"$work/tiny_model.py" <<'PY'
import sys, torch
class TinyEncoder(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = torch.nn.Embedding(8, 8)
    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.embedding(input_ids) * attention_mask.unsqueeze(-1).to(torch.float32)
torch.manual_seed(0)
torch.jit.script(TinyEncoder()).save(sys.argv[1])
PY
/usr/bin/python3 "$work/tiny_model.py" "$work/bundle/model.pt"
echo '{"format": "near2-model/1", "name": "tiny", "dim": 8, "tokenizer": "vocab.txt"}' >"$work/bundle/near2-model.json"

printf '{"_id":"1","title":"Cordless drill","text":"usb"}\n{"_id":"2","title":"","text":"cable"}\n{"_id":"3","title":"usb","text":""}\n' \
  >"$work/corpus.jsonl"
# A model.pt is code: refused (exit 2, nothing written) unless trusted (issue 21, item 1).
set +e
untrusted=$("$NEAR2" encode --model "$work/bundle" --input "$work/corpus.jsonl" --out "$work/untrusted.npy" 2>&1 >/dev/null)
rc=$?
set -e
[[ $rc -eq 2 && $untrusted == *"model.pt"*"--trust-model-code"* ]] || fail "untrusted model.pt: exit $rc: $untrusted"
[[ ! -e $work/untrusted.npy ]] || fail "an untrusted model.pt produced output"
"$NEAR2" encode --trust-model-code --model "$work/bundle" --input "$work/corpus.jsonl" --out "$work/corpus.npy" \
  >/dev/null 2>"$work/progress.err"
# Progress on stderr (rate and ETA: tests/cli_unit/test_encode_progress.cpp): the first and the last line.
[[ $(head -1 "$work/progress.err") == "near2 encode: 0/3 texts" ]] || fail "first progress line: $(cat "$work/progress.err")"
[[ $(tail -1 "$work/progress.err") =~ ^near2\ encode:\ 3/3\ texts,\ [0-9]+\ texts/s$ ]] ||
  fail "last progress line: $(cat "$work/progress.err")"
/usr/bin/python3 - "$work/corpus.npy" <<'PY' || fail "corpus.npy content"
import sys, numpy
m = numpy.load(sys.argv[1])
assert m.shape == (3, 8) and m.dtype == numpy.float32, (m.shape, m.dtype)
assert abs(numpy.linalg.norm(m, axis=1) - 1).max() < 1e-5
PY

"$NEAR2" encode --trust-model-code --model "$work/bundle" --input "$work/corpus.jsonl" --field text --kind query --cache \
  --out "$work/q1.npy" >/dev/null
"$NEAR2" encode --trust-model-code --model "$work/bundle" --input "$work/corpus.jsonl" --field text --kind query --cache \
  --out "$work/q2.npy" 2>"$work/second.err" >/dev/null
cmp -s "$work/q1.npy" "$work/q2.npy" || fail "cached and fresh outputs differ"
[[ ! -s $work/second.err ]] || fail "a cache hit should not encode again: $(cat "$work/second.err")"
listing=$("$NEAR2" cache list)
[[ $listing == *"tiny"*"query"*"complete"* ]] || fail "cache list: $listing"
[[ $("$NEAR2" cache clear) == *"removed 1"* ]] || fail "cache clear"

expect_error() { # expected-text command...
  local expected=$1
  shift
  set +e
  err=$("$@" 2>&1 >/dev/null)
  rc=$?
  set -e
  [[ $rc -eq 2 ]] || fail "expected exit 2 from: $* (got $rc: $err)"
  [[ $err == *"$expected"* ]] || fail "expected '$expected' in: $err"
}
printf '{"text":"usb"}\nnot json\n' >"$work/bad.jsonl"
expect_error "bad.jsonl:2" "$NEAR2" encode --trust-model-code --model "$work/bundle" --input "$work/bad.jsonl" --out "$work/bad.npy"
printf '{"name":"usb"}\n' >"$work/nofield.jsonl"
expect_error "nofield.jsonl:1" "$NEAR2" encode --trust-model-code --model "$work/bundle" --input "$work/nofield.jsonl" --out "$work/bad.npy"
echo '{"format": "near2-model/1", "dim": 16, "tokenizer": "vocab.txt"}' >"$work/bundle/near2-model.json"
expect_error "model.pt" "$NEAR2" encode --trust-model-code --model "$work/bundle" --input "$work/corpus.jsonl" --out "$work/bad.npy"
echo 'garbage' >"$work/bundle/model.pt"
expect_error "model.pt" "$NEAR2" encode --trust-model-code --model "$work/bundle" --input "$work/corpus.jsonl" --out "$work/bad.npy"
[[ ! -e $work/bad.npy ]] || fail "no output file may be written on error"
