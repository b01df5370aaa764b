#!/usr/bin/env bash
# Builds and runs every way of extending Gloss (docs/extending.md) and checks the outputs:
#   1. the external annotators in Examples/python-annotator and Examples/spacy-annotator,
#      run by this repository's `gloss` (and refused without --allow-commands);
#   2. the Swift package Examples/GlossAcronyms: its tests, its own `gloss-acronyms`, and
#      the command plugin `swift package annotate` run from it.
# Needs GLOSS_PYTHON (a python with spaCy; Scripts/test.sh sets it) or builds it with
# Scripts/python-env.sh. GLOSS_SCRATCH picks the root package's build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scratch=(--scratch-path "${GLOSS_SCRATCH:-.build}")
python=${GLOSS_PYTHON:-$(Scripts/python-env.sh)}
out=$(mktemp -d)
trap 'rm -rf "$out" "$root/Examples/GlossAcronyms/annotations-out"' EXIT

step() { printf '\n== %s\n' "$*"; }
# check FOLDER 'python expression over `docs` (file name → Gloss JSON)' — fails loudly when false.
check() {
    python3 - "$1" "$2" <<'PY'
import json, pathlib, sys
folder, condition = pathlib.Path(sys.argv[1]), sys.argv[2]
docs = {path.stem: json.loads(path.read_text()) for path in folder.glob("*.json")}
spans = lambda doc, kind: [a["text"] for a in docs[doc]["annotations"] if a["type"] == kind]
for doc in docs.values():  # the contract every output keeps
    assert all(doc["text"][a["start"]:a["end"]] == a["text"] for a in doc["annotations"]), doc["id"]
if not eval(condition, {"docs": docs, "spans": spans}):
    sys.exit(f"check failed in {folder}: {condition}\n" + json.dumps({k: [(a['type'], a['text']) for a in d['annotations']] for k, d in docs.items()}, ensure_ascii=False))
print(f"ok: {condition}")
PY
}

step "build gloss"
swift build "${scratch[@]}" --product gloss
gloss=$(swift build "${scratch[@]}" --show-bin-path)/gloss

step "external annotator refused without --allow-commands"
if "$gloss" annotate --config Examples/python-annotator/annotations.yaml --out "$out/refused" 2> "$out/refused.txt"; then
    echo "gloss ran a command without --allow-commands" >&2; exit 1
fi
grep -q "running external programs needs --allow-commands" "$out/refused.txt"
cat "$out/refused.txt"

step "external annotator in Python (Examples/python-annotator)"
"$gloss" annotate --config Examples/python-annotator/annotations.yaml --allow-commands --out "$out/python" --quiet
check "$out/python" 'spans("climate-summit", "hashtag") == ["#ClimateAction", "#COP"] and spans("market-report", "mention") == ["@market_mole"]'

step "external annotator wrapping spaCy en_core_web_sm (Examples/spacy-annotator)"
PATH="$(dirname "$python"):$PATH" "$gloss" annotate --config Examples/spacy-annotator/annotations.yaml --allow-commands --out "$out/spacy" --quiet
check "$out/spacy" '"Sebastião Melo" in spans("city-council", "entity") and "Zoë Ångström" in spans("market-report", "entity")'

cd Examples/GlossAcronyms
step "Swift package with its own annotator kind (Examples/GlossAcronyms): build and test"
swift build --build-tests
swift test --skip-build

step "its own gloss: gloss-acronyms annotators / annotate"
swift run --skip-build gloss-acronyms annotators | grep -A1 "^acronyms — "
swift run --skip-build gloss-acronyms annotate --out "$out/acronyms" --quiet
check "$out/acronyms" 'spans("health-agencies", "acronym") == ["WHO", "WHO", "EMA", "EU"] and spans("central-banks", "acronym") == ["ECB", "IMF", "ECB"]'

step "command plugin: swift package --allow-writing-to-package-directory annotate"
swift package --allow-writing-to-package-directory annotate --quiet
check annotations-out 'len(docs) == 2 and any(a["attributes"].get("expansion") == "European Central Bank" for a in docs["central-banks"]["annotations"])'

echo
echo "All examples passed."
