"""Cold start: a fresh interpreter's ``import numfacts`` + first ``extract`` against a fresh interpreter's
first ``quantulum3.parser.parse`` on the same sentence.

    python benchmarks/bench_startup.py [--runs 3]

Each run is a new process (nothing cached in memory; the operating system's file cache is warm for both,
since both are run alternately). Prints the median wall time of each and their ratio.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

SENTENCE = "The ministry said on Tuesday that more than 2,500 workers had lost their jobs since March."

#: Target from the speed issue: numfacts' cold start at most half of quantulum3's.
TARGET = 0.5

#: What each fresh interpreter runs; it reports its own import and first-call times as JSON.
PROGRAMS = {
    "numfacts": """
import json, time
t0 = time.perf_counter()
import numfacts
t1 = time.perf_counter()
rows = len(numfacts.extract({sentence!r}, published="2024-06-04"))
t2 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "first": t2 - t1, "rows": rows}}))
""",
    "quantulum3": """
import json, time
t0 = time.perf_counter()
from quantulum3 import parser
t1 = time.perf_counter()
rows = len(parser.parse({sentence!r}))
t2 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "first": t2 - t1, "rows": rows}}))
""",
}


def run_once(name: str) -> dict:
    code = PROGRAMS[name].format(sentence=SENTENCE)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"the {name} run failed:\n{done.stderr}")
    return {"wall": wall, **json.loads(done.stdout.strip().splitlines()[-1])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per library (default: 3)")
    args = parser.parse_args(argv)

    subprocess.run([sys.executable, "-c", "pass"], check=True)      # page the interpreter in
    results: dict[str, list[dict]] = {name: [] for name in PROGRAMS}
    for _ in range(args.runs):
        for name in PROGRAMS:                 # alternate, so both see the same machine load
            results[name].append(run_once(name))
    medians = {}
    for name, runs in results.items():
        medians[name] = statistics.median(r["wall"] for r in runs)
        imported = statistics.median(r["import"] for r in runs)
        first = statistics.median(r["first"] for r in runs)
        walls = ", ".join(f"{r['wall']:.2f}" for r in runs)
        print(f"{name:10s} median wall {medians[name]:.2f} s  (import {imported:.2f} s, first call {first:.2f} s, "
              f"{runs[0]['rows']} rows; runs: {walls})")
    ratio = medians["numfacts"] / medians["quantulum3"]
    print(f"RATIO cold start numfacts/quantulum3: {ratio:.2f}  (target <= {TARGET}: "
          f"{'meets target' if ratio <= TARGET else 'MISSES target'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
