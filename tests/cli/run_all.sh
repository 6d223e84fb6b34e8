#!/usr/bin/env bash
# Runs every tests/cli/test_*.sh against $NEAR2 (the built CLI). Each script exits non-zero on failure.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
failed=0
for script in "$here"/test_*.sh; do
  [ -e "$script" ] || continue
  if bash "$script"; then echo "PASS $(basename "$script")"; else echo "FAIL $(basename "$script")"; failed=1; fi
done
exit $failed
