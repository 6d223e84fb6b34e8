#!/usr/bin/env bash
# near2 tokenize: ids and tokens with [CLS]/[SEP], truncation, --no-lowercase, a bad vocabulary, a non-JSON line.
set -euo pipefail
: "${NEAR2:?set NEAR2 to the near2 binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "test_tokenize: $*" >&2; exit 1; }

printf '[PAD]\n[UNK]\n[CLS]\n[SEP]\nusb\ncable\n##s\n-\nCafe\ncafe\n' >"$work/vocab.txt"

out=$(printf '{"text":"USB-cables"}\n\n{"text":"Café"}\n' | "$NEAR2" tokenize --vocab "$work/vocab.txt")
[[ $(wc -l <<<"$out") -eq 2 ]] || fail "expected one line per input record, got: $out"
[[ $(head -1 <<<"$out") == '{"ids":[2,4,7,5,6,3],"tokens":["[CLS]","usb","-","cable","##s","[SEP]"]}' ]] ||
  fail "unexpected output: $(head -1 <<<"$out")"
[[ $(tail -1 <<<"$out") == '{"ids":[2,9,3],"tokens":["[CLS]","cafe","[SEP]"]}' ]] || fail "accents: $out"

out=$(echo '{"text":"USB-cables"}' | "$NEAR2" tokenize --vocab "$work/vocab.txt" --max-length 3)
[[ $out == '{"ids":[2,4,3],"tokens":["[CLS]","usb","[SEP]"]}' ]] || fail "truncation: $out"

out=$(echo '{"text":"Cafe cafe"}' | "$NEAR2" tokenize --vocab "$work/vocab.txt" --no-lowercase)
[[ $out == '{"ids":[2,8,9,3],"tokens":["[CLS]","Cafe","cafe","[SEP]"]}' ]] || fail "--no-lowercase: $out"

set +e
err=$(printf '{"text":"usb"}\nnot json\n' | "$NEAR2" tokenize --vocab "$work/vocab.txt" 2>&1 >/dev/null)
rc=$?
set -e
[[ $rc -eq 2 ]] || fail "a non-JSON line should exit 2, got $rc"
[[ $err == *"stdin:2:"* ]] || fail "the message should name stdin:2: $err"

printf 'usb\ncable\n' >"$work/bad.txt"
set +e
err=$(echo '{"text":"usb"}' | "$NEAR2" tokenize --vocab "$work/bad.txt" 2>&1 >/dev/null)
rc=$?
set -e
[[ $rc -eq 2 && $err == *"bad.txt"* && $err == *"[UNK]"* ]] || fail "a vocabulary without [UNK]: rc=$rc $err"

if [[ -n ${SHARED:-} && -f $SHARED/data/vocab/tokenizer.ms-marco-MiniLM-L-12-v2.json ]]; then
  out=$(echo '{"text":"Hello, world!"}' | "$NEAR2" tokenize --vocab "$SHARED/data/vocab/tokenizer.ms-marco-MiniLM-L-12-v2.json")
  [[ $out == '{"ids":[101,7592,1010,2088,999,102],'* ]] || fail "tokenizer.json: $out"
else
  echo "test_tokenize: ../shared tokenizer.json absent: skipping that part"
fi
