#!/usr/bin/env bash
# Messages belong to their layer: the core names inputs with fieldRef(InputField::…) (core/util/input_field.h)
# and the front-ends word them (the CLI as --flags, the workbench as labels). Fails when a string literal in a
# core source spells a CLI flag ("--dims", "--k: …"), comment lines aside.
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
found=$(grep -rnE '"([^"\\]|\\.)*--[a-zA-Z]' "$root/core" --include='*.h' --include='*.cpp' |
        grep -vE '^[^:]+:[0-9]+:[[:space:]]*//' || true)
if [ -n "$found" ]; then
    echo "core sources name CLI flags (use fieldRef(InputField::…) and let the front-ends word them):" >&2
    echo "$found" >&2
    exit 1
fi
echo "test_core_names_no_flag: ok"
