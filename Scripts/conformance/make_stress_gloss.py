#!/usr/bin/env python3
"""Writes Tests/conformance/stress/stress-annotated.json: Gloss JSON for stress.txt with
the annotation types the exporters special-case (quote with a speaker reference,
speaker, figure, location with a GeoNames id, sentiment), built by hand because those
annotators are not in the pipeline yet. Offsets are computed here from search strings,
so text == slice holds. `gloss convert` turns it into every format in run.sh.

Usage: make_stress_gloss.py  (stdlib only; rerun after editing stress.txt)
"""
import hashlib
import json
import pathlib

STRESS = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "conformance" / "stress"


def main():
    raw = (STRESS / "stress.txt").read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8") if bom else raw.decode("utf-8")
    annotations = []

    def add(type_, needle, attributes=None, occurrence=1, annotator=None):
        start = -1
        for _ in range(occurrence):
            start = text.index(needle, start + 1)
        ident = f"{type_}-{sum(a['type'] == type_ for a in annotations) + 1}"
        annotations.append({"id": ident, "type": type_, "start": start, "end": start + len(needle), "text": needle,
                            "annotator": annotator or type_ + "s", "attributes": attributes or {}})
        return ident

    anna = add("speaker", "Anna Müller")
    she = add("speaker", "she")
    smith = add("speaker", "Mr. Smith")
    add("quote", "“We did not expect this 😀,”", {"kind": "direct", "cue": "said", "speaker": {"ref": anna},
                                                  "speaker_name": "Anna Müller"})
    add("quote", "“Rents will\r\nfall,”", {"kind": "direct", "cue": "added", "speaker": {"ref": she}})
    add("quote", "“we\r\nwill not blink.”", {"kind": "direct", "cue": "adding", "speaker": {"ref": smith},
                                            "speaker_name": "Mr. Smith"})
    add("figure", "3.5%", {"category": "percent", "value": 3.5, "unit": "%"})
    add("figure", "12 percent", {"category": "percent", "value": 12, "unit": "percent"})
    add("location", "Zürich", {"geonames_id": 2657896, "country_code": "CH", "latitude": 47.36667,
                               "longitude": 8.55, "feature": "PPLA"})
    add("location", "Bern", {"geonames_id": "2661552", "country_code": "CH", "feature": "PPLC"})
    add("location", "Cafe\u0301 Noir", {"feature": "venue", "aliases": ["Café Noir", "Cafe Noir"]})
    add("sentiment", "“We did not expect this 😀,” said Anna Müller of Reuters.", {"compound": 0.4404, "label": "positive"})
    add("sentiment", "A line separator sits here.", {"compound": 0.0, "label": "neutral", "details": {"neu": 1.0}})
    add("entity", "👩‍👩‍👧", {"emoji": True})
    annotations.sort(key=lambda a: (a["start"], -a["end"], a["id"]))
    document = {"format": "gloss", "version": 1, "id": "stress-annotated", "source": "stress.txt",
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "byte_order_mark": bom,
                "length": len(text), "text": text,
                "annotators": [{"id": n + "s", "kind": n} for n in ("speaker", "quote", "figure", "location", "sentiment")]
                + [{"id": "entitys", "kind": "pattern"}],
                "annotations": annotations}
    out = STRESS / "stress-annotated.json"
    out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(annotations)} annotations)")


if __name__ == "__main__":
    main()
