#!/usr/bin/env bash
# scripts/update-translations.sh on a scratch copy of translations/: --check passes on the complete files and
# fails on an unfinished entry, on a string the sources have and the .ts lacks, on a vanished one, and on a
# .ts file missing from the CMake list; the refresh adds the new string and lists it as left to translate.
# Usage: test_update_translations.sh NEAR2_TS_FILE… (CTest passes the CMake list)
set -euo pipefail
[[ $# -gt 0 ]] || { echo "usage: $0 near2_de.ts …" >&2; exit 2; }
root="$(cd "$(dirname "$0")/../.." && pwd)"
script="$root/scripts/update-translations.sh"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export NEAR2_TS_FOLDER="$scratch"
listed=("$@") # the .ts files of translations/CMakeLists.txt
fail() { echo "FAIL: $*" >&2; exit 1; }
reset() { rm -f "$scratch"/*.ts; cp "$root"/translations/near2_*.ts "$scratch/"; }
check() { "$script" --check "${listed[@]}" > "$scratch/out.txt" 2>&1; }

reset
check || { cat "$scratch/out.txt"; fail "--check fails on the repository's translations"; }

reset # an unfinished entry
sed -i '0,/<translation>Bereit<\/translation>/s//<translation type="unfinished">Bereit<\/translation>/' \
    "$scratch/near2_de.ts"
! check || fail "--check passes with an unfinished entry"
grep -q "\[unfinished\] near2::app::JobStatusBar: 'Ready'" "$scratch/out.txt" || fail "the unfinished entry is not listed"

reset # a string of the sources that the .ts lacks (as when someone adds a tr() and does not refresh)
python3 - "$scratch/near2_zh_CN.ts" <<'PY'
import sys, xml.etree.ElementTree as ElementTree
tree = ElementTree.parse(sys.argv[1])
for context in tree.getroot().iter("context"):
    for message in context.findall("message"):
        if message.findtext("source") == "Ready":
            context.remove(message)
tree.write(sys.argv[1], encoding="utf-8", xml_declaration=True)
PY
! check || fail "--check passes when the .ts lacks a string of the sources"
grep -q "near2_zh_CN.ts: 1 entry to do" "$scratch/out.txt" || fail "the missing string is not counted"
"$script" > "$scratch/out.txt" 2>&1 && fail "the refresh reports nothing to do"
grep -q "\[unfinished\] near2::app::JobStatusBar: 'Ready'" "$scratch/out.txt" || fail "the refresh does not list the new entry"
grep -q 'type="unfinished"' "$scratch/near2_zh_CN.ts" || fail "the refresh did not add the new entry"

reset # an entry whose string vanished from the sources
sed -i 's|<source>Ready</source>|<source>Ready to go</source>|' "$scratch/near2_de.ts"
! check || fail "--check passes with a vanished entry"
grep -q "\[vanished\] near2::app::JobStatusBar: 'Ready to go'" "$scratch/out.txt" || fail "the vanished entry is not listed"

reset # a language file not in translations/CMakeLists.txt
cp "$scratch/near2_de.ts" "$scratch/near2_de_AT.ts"
! check || fail "--check passes with a .ts file missing from the CMake list"
grep -q "near2_de_AT.ts is not listed" "$scratch/out.txt" || fail "the unlisted file is not named"
echo "update-translations: all checks passed"
