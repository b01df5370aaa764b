#!/usr/bin/env python3
"""Scores the `locations` annotator against gold toponyms (standard library only).

Gold: JSON Lines, one document per line, {"id", "text", "annotations": [...]}, offsets in
Unicode code points. Two shapes are understood:
  - GeoWebNews (../shared/data/geowebnews/gold.jsonl): type "toponym"; spans with
    `geotag_eval` count for P/R/F1; `lat`/`lon` give the 161 km resolution check.
  - Gloss seeds (../shared/gold/seeds.jsonl): type "location"; `optional` spans count
    neither for nor against; `geonames_id` / `country_code` give the resolution check.

The texts are piped through `gloss annotate --jsonl --config CONFIG`. `location` and
`demonym` annotations are scored (GeoWebNews counts demonyms and places inside
organisation names as toponyms: `--options "{demonyms: true, places_in_organisations: true}"`
follows that convention).

Usage:
  python3 Scripts/evaluate/locations.py --gold PATH --gloss .build-x-rel/release/gloss \
      [--config annotations.yaml | --options "{demonyms: true}"] [--match exact|overlap] [--errors N]
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

DEFAULT_CONFIG = """pipeline:
  - id: locations
    kind: locations
"""


def gold_spans(document):
    """(counted, optional) gold spans of a document as dicts with start, end, text and links."""
    counted, optional = [], []
    for annotation in document["annotations"]:
        if annotation["type"] == "toponym":
            (counted if annotation.get("geotag_eval") else optional).append(annotation)
        elif annotation["type"] == "location":
            (optional if annotation.get("optional") else counted).append(annotation)
    return counted, optional


def run_gloss(gloss, config_path, documents):
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in documents)
    result = subprocess.run([gloss, "annotate", "--jsonl", "--quiet", "--config", config_path],
                            input=lines.encode("utf-8"), capture_output=True, check=False)
    if result.returncode != 0:
        sys.exit(f"gloss failed ({result.returncode}): {result.stderr.decode('utf-8', 'replace')}")
    predictions = {}
    for line in result.stdout.decode("utf-8").splitlines():
        record = json.loads(line)
        predictions[record["id"]] = [a for a in record.get("annotations", []) if a["type"] in ("location", "demonym")]
    return predictions


def overlap_ratio(a, b):
    shared = min(a["end"], b["end"]) - max(a["start"], b["start"])
    return shared / max(a["end"] - a["start"], b["end"] - b["start"]) if shared > 0 else 0.0


def matches(a, b, mode):
    if mode == "exact":
        return a["start"] == b["start"] and a["end"] == b["end"]
    return overlap_ratio(a, b) >= 0.5


def distance_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def resolution(gold, predicted):
    """(checked by coordinates, within 161 km, checked by id/country, right) for one pair."""
    attributes = predicted.get("attributes", {})
    by_distance = within = by_link = right = 0
    if gold.get("lat") is not None and gold.get("lon") is not None and "latitude" in attributes:
        by_distance = 1
        within = int(distance_km(gold["lat"], gold["lon"], attributes["latitude"], attributes["longitude"]) <= 161)
    gold_id = gold.get("geonames_id") or gold.get("geonameid")
    if gold.get("type") == "location":
        by_link = 1
        if gold_id:
            right = int(attributes.get("geonames_id") == int(gold_id))
        else:
            right = int(attributes.get("country_code") == gold.get("country_code"))
    return by_distance, within, by_link, right


def score(documents, predictions, mode, show_errors):
    tp = fp = fn = 0
    checked_distance = within = checked_link = right = 0
    errors = []
    for document in documents:
        counted, optional = gold_spans(document)
        predicted = predictions.get(document["id"], [])
        used = set()
        for gold in counted:
            hit = next((i for i, p in enumerate(predicted) if i not in used and matches(gold, p, mode)), None)
            if hit is None:
                fn += 1
                errors.append(("missed", document["id"], gold["start"], document["text"][gold["start"]:gold["end"]]))
                continue
            used.add(hit)
            tp += 1
            d, w, l, r = resolution(gold, predicted[hit])
            checked_distance += d
            within += w
            checked_link += l
            right += r
            if l and not r:
                errors.append(("wrong place", document["id"], gold["start"], f"{predicted[hit]['text']} → {predicted[hit]['attributes'].get('name')}"))
        for i, p in enumerate(predicted):
            if i in used or any(overlap_ratio(p, o) > 0 for o in optional):
                continue
            fp += 1
            errors.append(("spurious", document["id"], p["start"], f"{p['text']} → {p['attributes'].get('name')} {p['attributes'].get('country_code', '')}"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"documents {len(documents)}  match {mode}")
    print(f"span  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    if checked_distance:
        print(f"resolved within 161 km: {within / checked_distance:.3f} ({within}/{checked_distance} found spans with gold coordinates)")
    if checked_link:
        print(f"right GeoNames id or country: {right / checked_link:.3f} ({right}/{checked_link})")
    for kind, doc, start, text in errors[:show_errors]:
        print(f"  {kind:11} {doc}@{start}: {text}")
    return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description="Score the locations annotator against gold toponyms.")
    parser.add_argument("--gold", required=True, help="gold JSON Lines file")
    parser.add_argument("--gloss", required=True, help="path of the gloss binary (a release build)")
    parser.add_argument("--config", help="annotations.yaml with a 'locations' annotator (default: a minimal one)")
    parser.add_argument("--options", default="{}",
                        help="options of the minimal configuration's annotator, as YAML flow (ignored with --config)")
    parser.add_argument("--match", choices=["exact", "overlap"], default="exact",
                        help="span matching: exact (GeoWebNews convention) or overlap >= 0.5 (seeds convention)")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as handle:
        documents = [json.loads(line) for line in handle if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        config = args.config
        if not config:
            config = os.path.join(folder, "annotations.yaml")
            with open(config, "w", encoding="utf-8") as handle:
                handle.write(DEFAULT_CONFIG + f"    options: {args.options}\n")
        predictions = run_gloss(args.gloss, config, documents)
    score(documents, predictions, args.match, args.errors)


if __name__ == "__main__":
    main()
