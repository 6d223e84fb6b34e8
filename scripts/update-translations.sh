#!/usr/bin/env bash
# Refreshes the interface translations (translations/near2_*.ts) from the sources (app/, widgets/) and prints,
# per language, the entries left to translate (fill them in Qt Linguist: linguist6 translations/near2_de.ts).
#   scripts/update-translations.sh              refresh every translations/near2_*.ts (vanished entries dropped)
#   scripts/update-translations.sh fr pt_BR     also create near2_fr.ts and near2_pt_BR.ts; then add each file to
#                                               NEAR2_TS_FILES in translations/CMakeLists.txt (one line)
#   scripts/update-translations.sh --check F…   (the CTest test) refresh temporary copies and fail if any entry
#                                               is unfinished, obsolete or vanished, or if a near2_*.ts is not in F…
# LUPDATE overrides the lupdate program. Exit: 0 complete, 1 entries left to do, 2 usage or tool error.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
folder="${NEAR2_TS_FOLDER:-$root/translations}" # another folder: for the script's own test
lupdate="${LUPDATE:-}"
if [[ -z "$lupdate" ]]; then
    for candidate in lupdate6 /usr/lib/qt6/bin/lupdate lupdate; do
        if command -v "$candidate" >/dev/null; then lupdate="$candidate"; break; fi
    done
fi
[[ -n "$lupdate" ]] || { echo "update-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 2; }

# refresh TS_FILE [lupdate options]: the GUI's folders only (-I: lupdate must not wander into LibTorch's headers);
# English, the source language, only needs its plural forms.
refresh() {
    local ts="$1"; shift
    local options=(-silent -locations relative -I "$root" "$@")
    [[ "$(basename "$ts")" == near2_en.ts ]] && options+=(-pluralonly)
    # (Its warning about tr() in namespaces is expected: those helpers use the namespace as their context.)
    (cd "$root" && "$lupdate" "${options[@]}" app widgets -ts "$ts" 2> >(grep -v "lacks Q_OBJECT macro" >&2)) ||
        exit 2
}

if [[ "${1:-}" == --check ]]; then
    shift
    listed=" $* "
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    status=0
    for ts in "$folder"/near2_*.ts; do
        name="$(basename "$ts")"
        if [[ "$listed" != *" $name "* ]]; then
            echo "$name is not listed in translations/CMakeLists.txt" >&2
            status=1
        fi
        cp "$ts" "$scratch/$name"
        refresh "$scratch/$name"
    done
    (cd "$scratch" && python3 "$root/scripts/ts_status.py" near2_*.ts) || status=1
    [[ $status == 0 ]] || echo "Run scripts/update-translations.sh and translate the entries listed." >&2
    exit $status
fi

for code in "$@"; do
    [[ "$code" =~ ^[a-z]{2,3}(_[A-Z][A-Za-z]{1,3})?$ ]] || { echo "update-translations: bad language code $code" >&2; exit 2; }
    [[ -e "$folder/near2_$code.ts" ]] || echo "creating translations/near2_$code.ts"
    refresh "$folder/near2_$code.ts" -target-language "$code"
done
for ts in "$folder"/near2_*.ts; do
    refresh "$ts" -no-obsolete
done
cd "$folder" && python3 "$root/scripts/ts_status.py" near2_*.ts
