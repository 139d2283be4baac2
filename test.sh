#!/usr/bin/env bash
# Runs Warden's whole test suite on a fresh machine: installs and starts PostgreSQL for the storage
# contract tests (via scripts/ensure-postgres.sh), builds everything with warnings as errors, checks
# formatting, and runs every test project. Prints one closing line: "Tests: N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== PostgreSQL"
eval "$(scripts/ensure-postgres.sh)"

echo "== Build"
dotnet build Warden.slnx -c Release -nologo -v quiet

echo "== Format"
dotnet format whitespace Warden.slnx --verify-no-changes -v quiet

echo "== Tests"
results="$(mktemp -d)"
status=0
dotnet test Warden.slnx -c Release --no-build -nologo -v quiet --logger "trx" --results-directory "$results" || status=$?

python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
passed = failed = skipped = 0
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    skipped += int(c.get("notExecuted"))
print(f"Tests: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit $status
