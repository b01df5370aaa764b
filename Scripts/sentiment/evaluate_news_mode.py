#!/usr/bin/env python3
"""News mode against plain VADER on human ratings, through the `gloss` CLI.

Data: ../shared/data/vader_other/gold.jsonl (tweets, movie and product review snippets
rated by ≥ 20 people, Hutto & Gilbert 2014). Each snippet is annotated as a document by the
`sentiment` annotator (levels: [document], i.e. the length-weighted mean of its sentences),
once with news_mode off and once on; the document compound is compared with the mean human
rating (Pearson r) and its label with the gold polarity (accuracy, macro-F1), per domain.

Usage (from the repo root, after `swift build`):
    python3 Scripts/sentiment/evaluate_news_mode.py [--gloss .build/debug/gloss]
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO.parent / "shared" / "data" / "vader_other" / "gold.jsonl"
CONFIG = """version: 1
pipeline:
  - id: sentiment
    kind: sentiment
    options:
      levels: [document]
      news_mode: {news_mode}
"""


def document_compounds(gloss, items, news_mode):
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as config:
        config.write(CONFIG.format(news_mode="true" if news_mode else "false"))
    lines = "".join(json.dumps({"id": str(i), "text": item["text"]}) + "\n" for i, item in enumerate(items))
    result = subprocess.run([gloss, "annotate", "--config", config.name, "--jsonl", "--jobs", "1"],
                            input=lines, capture_output=True, text=True, check=True)
    Path(config.name).unlink()
    compounds = {}
    for line in result.stdout.splitlines():
        document = json.loads(line)
        scores = [a["attributes"]["compound"] for a in document.get("annotations", []) if a["type"] == "sentiment"]
        compounds[document["id"]] = scores[0] if scores else 0.0  # blank text: no annotation, neutral
    return [compounds[str(i)] for i in range(len(items))]


def label(compound):
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


def pearson(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / (sxx * syy) ** 0.5


def macro_f1(predicted, truth):
    scores = []
    for cls in ("positive", "neutral", "negative"):
        tp = sum(p == cls and t == cls for p, t in zip(predicted, truth))
        fp = sum(p == cls and t != cls for p, t in zip(predicted, truth))
        fn = sum(p != cls and t == cls for p, t in zip(predicted, truth))
        scores.append(0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gloss", default=str(REPO / ".build" / "debug" / "gloss"))
    args = parser.parse_args()
    if not GOLD.exists():
        sys.exit(f"{GOLD} is missing (evaluation data lives outside the repo)")
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    for domain in ("tweet", "movie_review", "product_review"):
        items = [item for item in gold if item["meta"]["domain"] == domain]
        ratings = [item["annotations"][0]["score"] for item in items]
        truth = [item["annotations"][0]["polarity"] for item in items]
        for name, news_mode in (("vader", False), ("news", True)):
            predicted = document_compounds(args.gloss, items, news_mode)
            labels = [label(c) for c in predicted]
            accuracy = sum(p == t for p, t in zip(labels, truth)) / len(truth)
            print(f"{domain} n={len(items)} {name}: r {pearson(predicted, ratings):.4f} "
                  f"accuracy {accuracy:.4f} macro-F1 {macro_f1(labels, truth):.4f}")


if __name__ == "__main__":
    main()
