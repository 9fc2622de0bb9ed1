#!/usr/bin/env bash
# Runs every test of the solution (unit, importer tests on ../shared/data, API and browser tests).
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Leefbaar.sln -c Release --nologo -v quiet --logger "console;verbosity=minimal" "$@"
