#!/usr/bin/env bash
# tools/export_sentence_transformer.py, where its Python dependencies exist (torch and transformers, or
# sentence-transformers): a small random BERT folder in Hugging Face's layout (tests/python/make_hf_model.py) is
# exported to a TorchScript bundle, which `near2 encode --trust-model-code` must encode as near2 encodes the
# folder itself (≤ 1e-5), and the script's own check against the model must be as close. Debian 12 has no
# transformers package, so on Debian this test says so and skips.
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
python=${PYTHON:-/usr/bin/python3}
here=$(cd "$(dirname "$0")/../.." && pwd)
if ! "$python" -c 'import torch, transformers' 2>/dev/null; then
  echo "test_export_script: $python lacks torch or transformers (not packaged in Debian 12): skipping"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NEAR2_CACHE_DIR=$work/cache NEAR2_TRUST_FILE=$work/trusted-models
fail() { echo "test_export_script: $*" >&2; exit 1; }

"$python" "$here/tests/python/make_hf_model.py" "$work/folder" --tokenizer txt --pooling mean --normalize \
  --max-seq-length 32
"$python" "$here/tools/export_sentence_transformer.py" "$work/folder" "$work/bundle" --max-length 32 \
  >"$work/export.txt" 2>&1 || fail "the export failed: $(cat "$work/export.txt")"
difference=$(sed -n 's/.*own embeddings: \([0-9.e+-]*\).*/\1/p' "$work/export.txt")
awk "BEGIN { exit !($difference <= 1e-5) }" || fail "the script's own check: $(cat "$work/export.txt")"

printf '{"text": "%s"}\n' "usb cable" "red steel hammer" "cordless drill with battery charger" >"$work/texts.jsonl"
"$NEAR2" encode --model "$work/folder" --input "$work/texts.jsonl" --field text --out "$work/folder.npy" \
  >/dev/null 2>"$work/err.txt" || fail "encoding with the folder: $(cat "$work/err.txt")"
"$NEAR2" encode --model "$work/bundle" --trust-model-code --input "$work/texts.jsonl" --field text \
  --out "$work/bundle.npy" >/dev/null 2>"$work/err.txt" || fail "encoding with the bundle: $(cat "$work/err.txt")"
"$python" - "$work/folder.npy" "$work/bundle.npy" <<'PY' || fail "the bundle encodes differently from the folder"
import sys, numpy
a, b = numpy.load(sys.argv[1]), numpy.load(sys.argv[2])
assert a.shape == b.shape and abs(a - b).max() <= 1e-5, abs(a - b).max()
PY
echo "test_export_script: ok ($(cat "$work/export.txt"))"
