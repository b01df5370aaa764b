#!/usr/bin/env python3
"""Per-document cost of an external (`command`) annotator, measured end to end.

Runs `gloss annotate --jsonl` over the same documents three ways — sentences only;
plus a `command` step whose program answers with no annotations (the protocol's own cost:
one request and one answer line, JSON on both sides, the checks); plus the Python example
Examples/python-annotator/hashtags.py — and prints the best of N runs and the difference
per document in milliseconds.

    python3 Scripts/external/overhead.py --gloss .build/release/gloss [--documents 2000] [--jobs 1]
"""
import argparse
import json
import pathlib
import resource
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
SILENT = '''import json, sys
json.loads(sys.stdin.buffer.readline())
print(json.dumps({"protocol": 1, "name": "silent", "types": ["none"], "offsets": "codepoints"}), flush=True)
for line in sys.stdin.buffer:
    print(json.dumps({"id": json.loads(line)["id"], "annotations": []}), flush=True)
'''


def config(folder, command=None, directory=None):
    steps = "  - id: sentences\n    kind: sentences\n"
    if command:
        steps += f"  - id: external\n    kind: command\n    options:\n      command: {json.dumps(command)}\n      directory: {json.dumps(str(directory))}\n"
    path = folder / f"{command[-1].replace('.', '_') if command else 'baseline'}.yaml"
    path.write_text("pipeline:\n" + steps)
    return path


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # gloss and the program it waited for
    return usage.ru_utime + usage.ru_stime


def best_times(gloss, configuration, documents, jobs, runs):
    """Best wall time and best CPU time (user + system, gloss and its program) of `runs` runs."""
    wall, cpu = [], []
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), cpu_seconds()
        result = subprocess.run([gloss, "annotate", "--jsonl", "--quiet", "--allow-commands", "--jobs", str(jobs),
                                 "--config", str(configuration)], input=documents, capture_output=True)
        wall.append(time.perf_counter() - start)
        cpu.append(cpu_seconds() - cpu_start)
        if result.returncode != 0:
            sys.exit(f"gloss failed ({configuration.name}): {result.stderr.decode()[-2000:]}")
    return min(wall), min(cpu)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gloss", required=True)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    text = ("Talks at the summit in Nairobi STALLED again on Tuesday, delegates said. "
            "Activists posted under #ClimateAction and @UNFCCC replied within minutes.")
    documents = "".join(json.dumps({"id": f"d{i}", "text": f"{text} ({i})"}) + "\n" for i in range(arguments.documents)).encode()
    with tempfile.TemporaryDirectory() as scratch:
        folder = pathlib.Path(scratch)
        (folder / "silent.py").write_text(SILENT)
        runs = [("sentences only", config(folder)),
                ("+ command, empty answers", config(folder, [sys.executable, "silent.py"], folder)),
                ("+ command, hashtags.py", config(folder, [sys.executable, "hashtags.py"], ROOT / "Examples/python-annotator"))]
        n = arguments.documents
        print(f"{n} documents of {len(text) + 7} characters, --jobs {arguments.jobs}, best of {arguments.runs} runs")
        print(f"  {'':28} {'wall':>9} {'CPU':>9}   per document: wall, CPU (extra over sentences only)")
        baseline = None
        for name, path in runs:
            wall, cpu = best_times(arguments.gloss, path, documents, arguments.jobs, arguments.runs)
            baseline = baseline or (wall, cpu)
            per = lambda seconds, base: f"{seconds / n * 1000:.3f} ms ({(seconds - base) / n * 1000:+.3f})"
            print(f"  {name:28} {wall:7.3f} s {cpu:7.3f} s   {per(wall, baseline[0])}, {per(cpu, baseline[1])}")


if __name__ == "__main__":
    main()
