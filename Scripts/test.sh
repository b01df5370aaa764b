#!/usr/bin/env bash
# The whole test suite, from a fresh clone: the Swift tests, then the real consumers of
# every output format (installed into a throw-away virtualenv by Scripts/python-env.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "Python consumers (virtualenv .venv-test)"
python=$(Scripts/python-env.sh)
export GLOSS_PYTHON="$python"

step "swift build"
swift build

step "swift test"
swift test

step "Gloss JSON of the seeds against docs/schema/gloss-document.schema.json"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift run --skip-build gloss annotate --out "$out/seeds" --format json jsonl --quiet
"$python" Tests/schema/validate_gloss_json.py "$out/seeds"

echo
echo "All tests passed."
