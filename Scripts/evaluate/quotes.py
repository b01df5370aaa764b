#!/usr/bin/env python3
"""Score Gloss's `quotes` annotator against gold quotations (stdlib only).

Gold is JSON Lines, one document per line: {"id", "text", "annotations", "meta"}, offsets in
Unicode code points. Two shapes are read:
  * PolNeAR-style `attribution` annotations (shared/data/polnear_dev): `quote_type`
    direct / mixed / indirect, `content` spans, `source` spans;
  * Gloss seed gold `quote` annotations (shared/gold/seeds.jsonl): `kind`, `speaker_start`,
    `speaker_end`, `speaker_name`, `optional`.

The texts are piped through `gloss annotate --jsonl` with a quotes annotator, then scored:
  * quotation P/R/F1 with span overlap >= 0.5 (intersection over union, one-to-one), and
    exact after stripping quotation marks, edge punctuation and spaces;
  * precision against any gold attribution, whatever its type (lenient);
  * speaker accuracy over matched quotations that have a gold speaker: right when the
    predicted mention overlaps a gold source span or the last word of the canonical name
    equals the last word of a gold source.
Subsets: `direct` (gold direct vs predicted kind direct) and `direct+mixed` (gold direct
or mixed / partial vs predicted direct or partial). Parts of one quotation split by its
attribution on one line (`continues` links) are merged into one span, as PolNeAR's
content hull covers both parts.

Example:
  swift build -c release --scratch-path .build-quotes-rel --product gloss
  python3 Scripts/evaluate/quotes.py --gold ../shared/data/polnear_dev/gold.jsonl --split dev \
      --gloss .build-quotes-rel/release/gloss
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

MARKS = "\"'“”‘’«»„‚‹›`"
EDGE = MARKS + ".,;:!?—–-…() \t\r\n"

DEFAULT_CONFIG = """version: 1
pipeline:
  - id: quotes
    kind: quotes
    options:
      kinds: [direct, partial]
"""


def read_gold(path, split, limit):
    documents = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            document = json.loads(line)
            if split and document.get("meta", {}).get("split", split) != split:
                continue
            documents.append(document)
            if limit and len(documents) >= limit:
                break
    return documents


def gold_items(document):
    """Gold quotations as dicts: start, end, category (direct/mixed/indirect), sources, optional."""
    items = []
    for annotation in document["annotations"]:
        if annotation["type"] == "attribution":
            items.append({
                "start": annotation["start"], "end": annotation["end"], "category": annotation["quote_type"],
                "sources": [(s["start"], s["end"], s["surface"]) for s in annotation.get("source", [])],
                "optional": False,
            })
        elif annotation["type"] == "quote":
            category = {"partial": "mixed"}.get(annotation.get("kind"), annotation.get("kind"))
            sources = []
            if "speaker_start" in annotation:
                sources.append((annotation["speaker_start"], annotation["speaker_end"],
                                annotation.get("speaker_name") or annotation.get("speaker", "")))
            items.append({"start": annotation["start"], "end": annotation["end"], "category": category,
                          "sources": sources, "optional": bool(annotation.get("optional"))})
    return items


def run_gloss(gloss, config, documents):
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in documents)
    completed = subprocess.run([gloss, "annotate", "--jsonl", "--config", config], input=lines.encode("utf-8"),
                               capture_output=True, check=False)
    if completed.returncode not in (0, 1):
        sys.exit(f"gloss failed ({completed.returncode}): {completed.stderr.decode('utf-8', 'replace')[:2000]}")
    results = {}
    for line in completed.stdout.decode("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            results[record.get("id")] = record
    return results


def predicted_items(record):
    """Predicted quotations, split parts on one line merged, with their speaker mention and name."""
    annotations = record.get("annotations", [])
    by_id = {a["id"]: a for a in annotations}
    quotes = [a for a in annotations if a["type"] == "quote"]
    text = record.get("text", "")
    items = []
    for quote in quotes:
        attributes = quote.get("attributes", {})
        previous = ref(attributes.get("continuation_of"))
        if previous and previous in by_id and "\n" not in text[by_id[previous]["end"]:quote["start"]]:
            continue  # merged into the part it continues
        start, end, current = quote["start"], quote["end"], quote
        while True:
            following = ref(current.get("attributes", {}).get("continues"))
            if not following or following not in by_id or "\n" in text[current["end"]:by_id[following]["start"]]:
                break
            current = by_id[following]
            end = current["end"]
        speaker = by_id.get(ref(attributes.get("speaker")))
        items.append({
            "start": start, "end": end, "kind": attributes.get("kind"),
            "speaker": (speaker["start"], speaker["end"]) if speaker else None,
            "speaker_name": attributes.get("speaker_name"),
        })
    return items


def ref(value):
    if isinstance(value, dict):
        return value.get("ref")
    return value


def overlap(a, b):
    intersection = max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))
    union = max(a["end"], b["end"]) - min(a["start"], b["start"])
    return intersection / union if union else 0.0


def stripped(text, start, end):
    return text[start:end].strip(EDGE)


def match(gold, predicted, threshold):
    """Greedy one-to-one matching by decreasing overlap."""
    pairs = sorted(((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                    if overlap(g, p) >= threshold), reverse=True)
    used_gold, used_predicted, matched = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        matched.append((gi, pi))
    return matched


def speaker_right(gold, predicted, text):
    if predicted["speaker"]:
        start, end = predicted["speaker"]
        if any(start < s_end and s_start < end for s_start, s_end, _ in gold["sources"]):
            return True
    name = surname(predicted.get("speaker_name") or "")
    return bool(name) and any(surname(surface) == name for _, _, surface in gold["sources"])


def surname(name):
    """The last word of a name, without possessive or generational suffix (Jr., III)."""
    words = [w.lower().strip(EDGE) for w in name.replace("’s", "").replace("'s", "").split()]
    words = [w for w in words if w and w not in SUFFIXES]
    return words[-1] if words else ""


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


SUBSETS = {
    "direct": ({"direct"}, {"direct"}),
    "direct+mixed": ({"direct", "mixed"}, {"direct", "partial"}),
}


def score(documents, results):
    report = {}
    for subset, (gold_categories, predicted_kinds) in SUBSETS.items():
        counts = {"gold": 0, "predicted": 0, "overlap_tp": 0, "exact_tp_gold": 0, "exact_tp_pred": 0,
                  "with_source": 0, "speaker_right": 0, "any_gold_hits": 0}
        for document in documents:
            text = document["text"]
            record = results.get(document["id"], {})
            items = gold_items(document)
            gold = [g for g in items if g["category"] in gold_categories and not g["optional"]]
            optional = [g for g in items if g["category"] in gold_categories and g["optional"]]
            predicted = [p for p in predicted_items(record) if p["kind"] in predicted_kinds]
            # A prediction matching optional gold counts neither for nor against.
            optional_hits = {pi for _, pi in match(optional, predicted, 0.5)}
            predicted = [p for i, p in enumerate(predicted) if i not in optional_hits]
            counts["gold"] += len(gold)
            counts["predicted"] += len(predicted)
            matched = match(gold, predicted, 0.5)
            counts["overlap_tp"] += len(matched)
            # Lenient precision: a prediction over any gold attribution (e.g. a quote PolNeAR
            # files as mixed because its content also holds "that") is not a false alarm.
            counts["any_gold_hits"] += len(match([g for g in items if not g["optional"]], predicted, 0.5))
            for gi, pi in matched:
                if gold[gi]["sources"]:
                    counts["with_source"] += 1
                    counts["speaker_right"] += speaker_right(gold[gi], predicted[pi], text)
            gold_exact = {stripped(text, g["start"], g["end"]) for g in gold}
            predicted_exact = [stripped(text, p["start"], p["end"]) for p in predicted]
            counts["exact_tp_pred"] += sum(1 for p in predicted_exact if p in gold_exact)
            counts["exact_tp_gold"] += sum(1 for g in gold_exact if g in set(predicted_exact))
        report[subset] = summarise(counts)
    return report


def summarise(counts):
    def prf(tp_pred, tp_gold):
        precision = tp_pred / counts["predicted"] if counts["predicted"] else 0.0
        recall = tp_gold / counts["gold"] if counts["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}

    return {
        "gold": counts["gold"], "predicted": counts["predicted"],
        "overlap>=0.5": prf(counts["overlap_tp"], counts["overlap_tp"]),
        "exact": prf(counts["exact_tp_pred"], counts["exact_tp_gold"]),
        "precision_vs_any_gold": round(counts["any_gold_hits"] / counts["predicted"], 3) if counts["predicted"] else 0.0,
        "speaker_accuracy": round(counts["speaker_right"] / counts["with_source"], 3) if counts["with_source"] else None,
        "speaker_scored": counts["with_source"],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", required=True, help="gold JSON Lines (PolNeAR-style attributions or seed quotes)")
    parser.add_argument("--gloss", default=".build-quotes-rel/release/gloss", help="path of the gloss binary")
    parser.add_argument("--config", help="annotations.yaml with a quotes annotator (default: one emitting direct and partial)")
    parser.add_argument("--split", help="only documents whose meta.split is this (e.g. dev)")
    parser.add_argument("--limit", type=int, help="at most this many documents")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    arguments = parser.parse_args()

    documents = read_gold(arguments.gold, arguments.split, arguments.limit)
    if not documents:
        sys.exit("no gold documents selected")
    with tempfile.TemporaryDirectory() as folder:
        config = arguments.config
        if not config:
            config = os.path.join(folder, "annotations.yaml")
            with open(config, "w", encoding="utf-8") as handle:
                handle.write(DEFAULT_CONFIG)
        results = run_gloss(arguments.gloss, config, documents)
    report = score(documents, results)
    if arguments.json:
        print(json.dumps({"documents": len(documents), "subsets": report}, indent=2))
        return
    print(f"documents: {len(documents)}")
    for subset, numbers in report.items():
        overlap_scores, exact = numbers["overlap>=0.5"], numbers["exact"]
        print(f"[{subset}] gold {numbers['gold']}, predicted {numbers['predicted']}")
        print(f"  overlap>=0.5  P {overlap_scores['precision']:.3f}  R {overlap_scores['recall']:.3f}  F1 {overlap_scores['f1']:.3f}")
        print(f"  exact         P {exact['precision']:.3f}  R {exact['recall']:.3f}  F1 {exact['f1']:.3f}")
        print(f"  precision against any gold attribution (overlap>=0.5) {numbers['precision_vs_any_gold']:.3f}")
        accuracy = numbers["speaker_accuracy"]
        print(f"  speaker accuracy {accuracy if accuracy is not None else 'n/a'} (over {numbers['speaker_scored']} matched with a gold speaker)")


if __name__ == "__main__":
    main()
