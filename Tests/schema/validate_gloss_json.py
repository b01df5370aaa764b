#!/usr/bin/env python3
"""Checks Gloss JSON output against docs/schema/gloss-document.schema.json and the
contracts the schema cannot express: every annotation's text equals the document's
[start, end) slice in code points, ids are unique, references point at annotations of
the same document, and sha256 matches the text.

usage: validate_gloss_json.py PATH...   (files *.json / *.jsonl, or folders of them)
Prints `N passed, M failed` and exits 1 when anything failed or nothing was checked."""
import hashlib
import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs/schema/gloss-document.schema.json").read_text())
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)


def references(value):
    if isinstance(value, dict):
        if set(value) == {"ref"}:
            yield value["ref"]
        else:
            for item in value.values():
                yield from references(item)
    elif isinstance(value, list):
        for item in value:
            yield from references(item)


def problems(document):
    for error in VALIDATOR.iter_errors(document):
        yield f"schema: {error.message} at {list(error.absolute_path)}"
    if "error" in document:
        return
    text = document["text"]
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != document["sha256"]:
        yield "sha256 does not match the text"
    if document["length"] != len(text):
        yield "length is not the number of code points"
    ids = [a["id"] for a in document["annotations"]]
    if len(ids) != len(set(ids)):
        yield "duplicate annotation ids"
    known = set(ids)
    for a in document["annotations"]:
        if not (0 <= a["start"] <= a["end"] <= len(text)):
            yield f"{a['id']}: span [{a['start']}, {a['end']}) out of range"
        elif text[a["start"]:a["end"]] != a["text"]:
            yield f"{a['id']}: text {a['text']!r} != slice {text[a['start']:a['end']]!r}"
        for ref in references(a["attributes"]):
            if ref not in known:
                yield f"{a['id']}: reference to unknown annotation {ref}"


def documents(path):
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.suffix in (".json", ".jsonl"):
                yield from documents(child)
    elif path.suffix == ".jsonl":
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield f"{path}:{number}", json.loads(line)
    else:
        yield str(path), json.loads(path.read_text(encoding="utf-8"))


def main(paths):
    passed = failed = 0
    for name, document in (d for p in paths for d in documents(pathlib.Path(p))):
        found = list(problems(document))
        if found:
            failed += 1
            for problem in found[:5]:
                print(f"{name}: {problem}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
