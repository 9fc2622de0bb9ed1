#!/usr/bin/env bash
# Runs every test of the solution (unit, importer tests on ../shared/data, API and browser tests)
# and ends with one summary line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
log="$(mktemp)"
dotnet test Leefbaar.sln -c Release --nologo --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
