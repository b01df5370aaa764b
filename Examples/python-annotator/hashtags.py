#!/usr/bin/env python3
"""A Gloss external annotator with no dependencies: hashtags, @mentions and ALL-CAPS words.

It speaks the Gloss annotator protocol, version 1 (docs/extending.md): one JSON object per
line on stdin and stdout. Try it by hand:

    printf '%s\n' '{"gloss": "annotator-protocol", "version": 1}' \
        '{"id": "a", "text": "RT @ana: #Climate talks STALL again"}' | python3 hashtags.py
"""
import json
import re
import sys

TYPES = ["hashtag", "mention", "shouting"]
HASHTAG = re.compile(r"(?<![\w#])#(\w*[^\W\d]\w*)")  # '#1' is a number, not a tag
MENTION = re.compile(r"(?<![\w@.])@(\w{1,30})")  # no e-mail addresses
SHOUTING = re.compile(r"(?<![\w#@])[A-Z]{2,}(?:[-'][A-Z]+)*\b")  # not inside a #tag or @handle
KNOWN_ACRONYMS = {"NATO", "EU", "UN", "US", "UK", "USA", "CEO", "GDP", "AI", "RT", "TV"}


def annotate(text):
    """Python str indices are Unicode code points: exactly the protocol's offset unit."""
    annotations = []
    for match in HASHTAG.finditer(text):
        annotations.append(span("hashtag", match, text, {"tag": match.group(1).lower()}))
    for match in MENTION.finditer(text):
        annotations.append(span("mention", match, text, {"handle": match.group(1)}))
    for match in SHOUTING.finditer(text):
        word = match.group(0)
        if len(word) >= 4 and word not in KNOWN_ACRONYMS:
            annotations.append(span("shouting", match, text, {"letters": sum(c.isalpha() for c in word)}))
    return annotations


def span(kind, match, text, attributes):
    start, end = match.span()
    return {"type": kind, "start": start, "end": end, "text": text[start:end], "attributes": attributes}


def send(message):
    # ASCII-only JSON (the default) reads the same whatever the locale; flush each line.
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main():
    stdin = sys.stdin.buffer  # bytes: json.loads decodes UTF-8 whatever the locale says
    hello = json.loads(stdin.readline() or "{}")
    if hello.get("gloss") != "annotator-protocol" or hello.get("version") != 1:
        sys.exit(f"hashtags.py: expected the Gloss annotator-protocol version 1 handshake, got {hello}")
    send({"protocol": 1, "name": "hashtags", "types": TYPES, "offsets": "codepoints"})
    for line in stdin:
        request = json.loads(line)
        send({"id": request["id"], "annotations": annotate(request["text"])})


if __name__ == "__main__":
    main()
