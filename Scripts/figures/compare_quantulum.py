#!/usr/bin/env python3
"""Side-by-side: quantulum3 on the seed gold figures and the Recognizers-Text English spec
cases, scored the way Tests/GlossFiguresTests/RecognizersSpecTests scores Gloss: same cases
(the same out-of-scope types, the same "kept" set from Fixtures/recognizers-scope.json) and
the same rules (a Number-family number may sit inside a larger quantity of the same value;
a number range may go on with a unit). quantulum3 never puts bound words ("more than") in
its spans, so the bound-word allowance for unit families cannot help or hurt it.

Run with the venv that holds quantulum3 (see docs/annotators/figures.md):
    /work/main/.venv-figures/bin/python Scripts/figures/compare_quantulum.py
"""
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

from quantulum3 import parser

FIXTURES = Path(__file__).resolve().parents[2] / "Tests" / "GlossFiguresTests" / "Fixtures"


def same(a, b):
    return a is not None and b is not None and abs(a - b) <= max(1e-9, 1e-9 * max(abs(a), abs(b)))


def quantities(text):
    try:
        return parser.parse(text)
    except Exception as error:  # quantulum3 raises on some inputs; count them as misses
        print(f"quantulum3 failed on {text[:60]!r}: {error}", file=sys.stderr)
        return []


def out_of_scope(result):
    kind = result["type"]
    if kind == "ordinal.relative" or (kind.startswith("datetimeV2.") and kind != "datetimeV2.date"):
        return True
    value = result["value"]
    return value is None or value == "null" or (isinstance(value, dict) and value.get("value") is None)


def expected_value(result):
    value = result["value"]
    if isinstance(value, dict):
        value = value.get("value")
    try:
        return float(str(value).rstrip("%"))
    except ValueError:
        return None


def matches(quantity, result):
    start, end = quantity.span
    kind = result["type"]
    if kind == "number":
        return start <= result["start"] and end >= result["end"] and same(quantity.value, expected_value(result))
    if start != result["start"] or not (end == result["end"] or (kind == "numberrange" and end > result["end"])):
        return False
    if kind == "numberrange":
        low, high = result["value"][1:-1].split(",")
        bounds = [float(low) if low else None, float(high) if high else None]
        # quantulum3 gives a range as its midpoint with an uncertainty of half its width.
        if bounds[0] is None or bounds[1] is None or not quantity.uncertainty:
            return False
        return same(quantity.value - quantity.uncertainty, bounds[0]) and same(quantity.value + quantity.uncertainty, bounds[1])
    if result["type"] == "datetimeV2.date":
        return False  # quantulum3 has no dates
    return same(quantity.value, expected_value(result))


def spec_scores():
    """Right and total per type, over the kept cases and over all cases of in-scope types."""
    scope = json.loads((FIXTURES / "recognizers-scope.json").read_text(encoding="utf-8"))
    contradicting = scope["contradicts_not_a_figure_rules"]
    right, total, right_all, total_all = Counter(), Counter(), Counter(), Counter()
    for line in (FIXTURES / "recognizers-text-en.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        found = quantities(case["input"])
        for result in case["results"]:
            if out_of_scope(result):
                continue
            hit = any(matches(q, result) for q in found)
            total_all[result["type"]] += 1
            right_all[result["type"]] += hit
            if case["id"] in contradicting:
                continue
            total[result["type"]] += 1
            right[result["type"]] += hit
    return right, total, right_all, total_all


def seed_scores():
    found_right, total = 0, 0
    for line in (FIXTURES / "seeds-gold.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        found = quantities(article["text"])
        for gold in article["annotations"]:
            if gold["type"] != "figure" or gold.get("optional"):
                continue
            total += 1
            span = (gold["start"], gold["end"])
            hits = [q for q in found if overlap(span, tuple(q.span)) >= 0.5]
            value = gold.get("value")
            ok = bool(hits) and (value is None or any(same(q.value, float(value)) for q in hits))
            found_right += ok
            print(f"  seed {gold['text']!r:20} quantulum3: {[(q.surface, q.value, q.unit.name) for q in hits] or 'nothing'}")
    return found_right, total


def overlap(a, b):
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return shared / max(a[1] - a[0], b[1] - b[0])


def main():
    started = time.perf_counter()
    right, total = seed_scores()
    print(f"seed gold: quantulum3 found {right}/{total} figures with the right span and value (category not scored: it has none)")
    right, total, right_all, total_all = spec_scores()
    print("type\tkept right/total\tshare\tall right/total\tshare")
    rows = [(kind, right[kind], total[kind], right_all[kind], total_all[kind]) for kind in sorted(total_all)]
    rows.append(("overall", sum(right.values()), sum(total.values()), sum(right_all.values()), sum(total_all.values())))
    for kind, r, t, ra, ta in rows:
        print(f"{kind}\t{r}/{t}\t{r / t:.3f}\t{ra}/{ta}\t{ra / ta:.3f}")
    print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
