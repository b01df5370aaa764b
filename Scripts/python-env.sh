#!/usr/bin/env bash
# Creates (or refreshes) the test virtualenv .venv-test with the pinned packages of
# Tests/requirements.txt and every Tests/**/requirements.txt, and prints its python.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-test
requirements=$(ls Tests/requirements.txt Tests/*/requirements.txt 2>/dev/null | sort)
stamp=$(cat $requirements | sha256sum | cut -c1-16)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
    if ! python3 -m venv --help >/dev/null 2>&1; then
        echo "installing python3-venv (Debian)" >&2
        (apt-get update -qq && apt-get install -y -qq python3-venv) >&2
    fi
    rm -rf "$venv"
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check $(printf -- '-r %s ' $requirements) >&2
    echo "$stamp" > "$venv/.stamp"
fi
echo "$PWD/$venv/bin/python"
