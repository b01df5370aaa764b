#!/usr/bin/env python3
"""vaderSentiment 3.3.2 against Gloss on the same texts, in one run, in CPU time per MB.

Two comparisons, each timed as the best of --passes passes in thread CPU time (steady when
other processes share the machine; start-up excluded on both sides):

* sentence: every text of the parity fixture (Tests/GlossSentimentTests/Fixtures/
  vader_reference.jsonl, 21,563 sentences and snippets) scored on its own:
  `SentimentIntensityAnalyzer.polarity_scores` vs Gloss's `VaderAnalyzer`.
* document: the repo's news articles (seeds/*.txt, Examples/documents/*.txt), repeated
  --document-copies times, as a Python user scores a document: pysbd (or, with
  --splitter spacy, spaCy's rule-based Sentencizer) splits it and vaderSentiment scores each
  sentence; vs Gloss's `sentiment` annotator on the whole document (its sentence splitting
  included).

Gloss's side is the release build of the benchmark executable:
    cd Benchmarks && swift build -c release --scratch-path ../.build-bench-vader
Usage (from the repo root):
    .venv-sentiment/bin/pip install vadersentiment==3.3.2 pysbd==0.3.4
    .venv-sentiment/bin/python Scripts/sentiment/bench_vader.py
"""
import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

REPO = Path(__file__).resolve().parents[2]
SENTENCES = REPO / "Tests" / "GlossSentimentTests" / "Fixtures" / "vader_reference.jsonl"
ARTICLES = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "Examples" / "documents").glob("*.txt"))
BENCH = REPO / ".build-bench-vader" / "release" / "gloss-bench"


def best_cpu_seconds(passes, work):
    best = float("inf")
    for _ in range(passes):
        start = time.thread_time()
        work()
        best = min(best, time.thread_time() - start)
    return best


def sentence_splitter(name):
    if name == "spacy":
        import spacy
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return lambda text: [sentence.text for sentence in nlp(text).sents]
    import pysbd
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return segmenter.segment


def python_seconds(texts, documents, splitter, passes):
    analyzer = SentimentIntensityAnalyzer()
    if not documents:
        return best_cpu_seconds(passes, lambda: [analyzer.polarity_scores(text) for text in texts])
    split = sentence_splitter(splitter)
    return best_cpu_seconds(passes, lambda: [[analyzer.polarity_scores(s) for s in split(text)] for text in texts])


def gloss_seconds(bench, corpus, documents, texts):
    command = [str(bench), "--vader-corpus", str(corpus)] + (["--vader-documents"] if documents else [])
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"VADER_GLOSS .*texts=(\d+) .*cpu_seconds=(\S+)", output)
    if not match or int(match.group(1)) != len(texts):
        sys.exit(f"unexpected output from {' '.join(command)}:\n{output}")
    return float(match.group(2))


def compare(name, texts, documents, args):
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as corpus:
        corpus.writelines(json.dumps({"text": text}, ensure_ascii=False) + "\n" for text in texts)
    python = python_seconds(texts, documents, args.splitter, args.passes)
    gloss = gloss_seconds(args.bench, corpus.name, documents, texts)
    Path(corpus.name).unlink()
    peer = f"vaderSentiment + {args.splitter}" if documents else "vaderSentiment"
    print(f"{name}: {len(texts)} texts, {megabytes:.3f} MB")
    print(f"  {peer}: {megabytes / python:.3f} MB/s ({python * 1e9 / (megabytes * 1e6):.0f} ns/byte)")
    print(f"  Gloss: {megabytes / gloss:.2f} MB/s ({gloss * 1e9 / (megabytes * 1e6):.2f} ns/byte)")
    print(f"  Gloss is {python / gloss:.0f}x faster per MB (CPU time)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--bench", type=Path, default=BENCH, help="the release gloss-bench executable")
    parser.add_argument("--splitter", choices=["pysbd", "spacy"], default="pysbd")
    parser.add_argument("--document-copies", type=int, default=20)
    parser.add_argument("--only", choices=["sentence", "document"])
    args = parser.parse_args()
    if not args.bench.exists():
        sys.exit(f"{args.bench} is missing; build it: cd Benchmarks && swift build -c release --scratch-path ../.build-bench-vader")
    if args.only != "document":
        sentences = [json.loads(line)["text"] for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
        compare("sentence level (parity corpus)", sentences, False, args)
    if args.only != "sentence":
        articles = [path.read_text(encoding="utf-8") for path in ARTICLES] * args.document_copies
        compare(f"document level (news articles x{args.document_copies})", articles, True, args)


if __name__ == "__main__":
    main()
