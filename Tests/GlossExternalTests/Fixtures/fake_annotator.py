"""A test double for external annotators: it tags capitalised words correctly, except
on a document whose text contains a trigger, where it misbehaves in the named way.
Each annotation carries the process id, so a test can see when Gloss restarted it.

Triggers: <crash> exits, <hang> sleeps, <badjson> writes a broken line, <badspan> returns
an offset past the end, <mismatch> counts offsets in UTF-16 units, <undeclared> uses a
type the handshake did not declare, <wrongid> answers for another document, <refuse>
sends an "error" answer. `python3 fake_annotator.py old-protocol` answers the handshake
as protocol version 2.
"""
import json
import os
import re
import sys
import time

CAPITALISED = re.compile(r"\b[^\W\d_][^\W_]*\b")


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def utf16_units(text):
    return len(text.encode("utf-16-le")) // 2


def words(text, utf16=False):
    found = []
    for match in CAPITALISED.finditer(text):
        if not match.group(0)[0].isupper():
            continue
        start, end = match.span()
        if utf16:
            start, end = utf16_units(text[:start]), utf16_units(text[:end])
        found.append({"type": "word", "start": start, "end": end, "text": match.group(0),
                      "attributes": {"pid": os.getpid(), "length": len(match.group(0)), "score": 0.5,
                                     "upper": match.group(0).isupper(), "note": None, "tags": ["a", 1]}})
    return found


def main():
    hello = json.loads(sys.stdin.buffer.readline())
    version = 2 if sys.argv[1:] == ["old-protocol"] else hello["version"]
    print(f"fake_annotator started (pid {os.getpid()})", file=sys.stderr, flush=True)
    send({"protocol": version, "name": "fake", "types": ["word"], "offsets": "codepoints"})
    for line in sys.stdin.buffer:
        request = json.loads(line)
        text, answer = request["text"], {"id": request["id"], "annotations": words(request["text"])}
        if "<crash>" in text:
            print("Traceback: ZeroDivisionError: division by zero", file=sys.stderr, flush=True)
            sys.exit(3)
        elif "<hang>" in text:
            time.sleep(600)
        elif "<badjson>" in text:
            sys.stdout.write('{"id": "' + request["id"] + '", "annotations": [\n')
            sys.stdout.flush()
            continue
        elif "<badspan>" in text:
            answer["annotations"].append({"type": "word", "start": 3, "end": len(text) + 5, "text": text[3:]})
        elif "<mismatch>" in text:
            answer["annotations"] = words(text, utf16=True)
        elif "<undeclared>" in text:
            answer["annotations"][0]["type"] = "sentence"
        elif "<wrongid>" in text:
            answer["id"] = "someone-else"
        elif "<refuse>" in text:
            answer = {"id": request["id"], "error": "this document is in a language I do not know"}
        send(answer)


if __name__ == "__main__":
    main()
