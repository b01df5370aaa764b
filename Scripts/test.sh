#!/usr/bin/env bash
# The whole test suite, from a fresh clone: the Swift tests, the real consumers of every
# output format, and every way of extending Gloss. Python consumers (jsonschema, brat's
# server, dkpro-cassis, label-studio-sdk, spaCy and its small English model) are installed
# into a throw-away virtualenv, .venv-test, from pinned versions (Scripts/python-env.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "Python consumers (virtualenv .venv-test, pinned in Tests/**/requirements.txt)"
python=$(Scripts/python-env.sh)
export GLOSS_PYTHON="$python"

step "swift build"
swift build

step "swift test"
swift test

gloss="$(swift build --show-bin-path)/gloss"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

step "Gloss JSON of the seeds against docs/schema/gloss-document.schema.json"
"$gloss" annotate --out "$out/seeds" --format json jsonl --quiet
"$python" Tests/schema/validate_gloss_json.py "$out/seeds"

step "Export formats, each checked by a real consumer (Scripts/conformance/run.sh)"
GLOSS="$gloss" Scripts/conformance/run.sh "$out/conformance"

step "Extending Gloss: external annotators, a Swift module package, the command plugin (Scripts/examples.sh)"
Scripts/examples.sh

echo
echo "All tests passed."
