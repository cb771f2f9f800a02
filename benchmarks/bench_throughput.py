"""Throughput of numfacts.extract_many against quantulum3.parser.parse, in one process.

    python benchmarks/bench_throughput.py                 # generated corpus, under 5 minutes on 2 cores
    python benchmarks/bench_throughput.py FOLDER          # every *.txt under FOLDER instead
    python benchmarks/bench_throughput.py --memory        # also: peak memory of a 10,000-document run
    python benchmarks/bench_throughput.py --profile       # also: where extract_many spends its time

Prints characters per second for the full pipeline (quantities, dates, speakers) and for quantulum3 on the
same whole-document texts, and their ratio; the time for corpus sizes N, 2N and 4N; n_jobs=2 against
n_jobs=1; pathological inputs at two sizes (time should double when the input doubles); and, with
--memory, the peak resident memory of extract_many over 10,000 documents, measured in a fresh process.

quantulum3 is slow (a few thousand characters per second), so it gets a subset of the documents and is
compared per character. Each timing is the best of a few runs, because the machine is shared.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # the generator beside this script

#: Targets from the speed issue, as ratios.
TARGET_SPEEDUP = 10.0        # numfacts chars/s over quantulum3 chars/s
TARGET_SCALING = 4.4         # time(4N) / time(N)
TARGET_JOBS = 1.7            # time(n_jobs=1) / time(n_jobs=2)
TARGET_MEMORY_MIB = 1024     # peak RSS for 10,000 documents

#: Pathological inputs: name -> a function of the size in units (the spec's size, and half of it) -> text.
PATHOLOGICAL = {
    "10,000-digit run": (10_000, lambda n: "7" * n),
    "5 MB single line, no full stop": (80_000, lambda n: "the agency said 1,250 people and $3 million were "
                                                         "involved and " * n),
    '100,000 x "1,"': (100_000, lambda n: "1," * n),
    "a million newlines": (1_000_000, lambda n: "\n" * n),
    '100,000 x "1."': (100_000, lambda n: "1." * n),
    '100,000 x "10-"': (100_000, lambda n: "10-" * n),
    "100,000 quote marks": (100_000, lambda n: '"' * n),
    '50,000 x "more than "': (50_000, lambda n: "more than " * n),
    "200,000-letter word": (200_000, lambda n: "a" * n),
    '20,000 x "He said 5, "': (20_000, lambda n: "He said 5, " * n),
    "50,000 x one-word sentences": (50_000, lambda n: "Five. " * n),
}


class Timing(NamedTuple):
    """Wall seconds, and CPU seconds of this process and its reaped children (the n_jobs workers)."""

    wall: float
    cpu: float


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def best_of(runs: int, work, *, enough: float = float("inf")) -> Timing:
    """The shortest wall and CPU times of up to ``runs`` calls of ``work()`` (the least disturbed by other
    processes); stops early once ``enough`` wall seconds have been spent."""
    walls, cpus = [], []
    for _ in range(runs):
        cpu, start = _cpu(), time.perf_counter()
        work()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
        if sum(walls) >= enough:
            break
    return Timing(min(walls), min(cpus))


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="read every *.txt under this folder instead of generating")
    parser.add_argument("--docs", type=int, default=100, help="N, the base corpus size (default: 100)")
    parser.add_argument("--quantulum-docs", type=int, default=12,
                        help="documents given to quantulum3 (default: 12; it is slow)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per timing, best kept (default: 2)")
    parser.add_argument("--memory", action="store_true", help="peak memory of a 10,000-document run")
    parser.add_argument("--memory-docs", type=int, default=10_000, help=argparse.SUPPRESS)
    parser.add_argument("--profile", action="store_true", help="cProfile extract_many on N documents")
    parser.add_argument("--skip", nargs="*", default=[], choices=["quantulum", "scaling", "jobs", "hostile"],
                        help="leave out these parts")
    parser.add_argument("--child-memory", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child_memory is not None:
        return _child_memory(args.child_memory)

    import numfacts

    warnings.simplefilter("ignore")
    docs = corpus.read_folder(args.folder) if args.folder else corpus.generate(4 * args.docs, seed=0)
    if docs.empty:
        print(f"no *.txt files under {args.folder}", file=sys.stderr)
        return 2
    base = docs.head(args.docs)
    chars = int(base["text"].str.len().sum())
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other processes slow wall times)")
    print(f"corpus: {len(docs)} documents ({'folder ' + args.folder if args.folder else 'generated'}), "
          f"N = {len(base)} documents, {chars:,} characters")

    # Warm-up: imports, quantulum3's unit tables, dateparser, caches.
    numfacts.extract_many(docs.head(3), progress=False)

    t_numfacts = best_of(args.repeat, lambda: numfacts.extract_many(base, progress=False))
    facts = numfacts.extract_many(base, progress=False)
    print(f"numfacts.extract_many: {t_numfacts.wall:.2f} s wall ({chars / t_numfacts.wall:,.0f} chars/s), "
          f"{t_numfacts.cpu:.2f} s CPU ({chars / t_numfacts.cpu:,.0f} chars/s), {len(facts):,} rows")

    if args.profile:
        _profile(numfacts, base)

    if "quantulum" not in args.skip:
        from quantulum3 import parser as q3

        q3.parse("Warm-up: about 5 km.")
        subset = list(base["text"].head(args.quantulum_docs))
        q_chars = sum(map(len, subset))
        t_q3 = best_of(1, lambda: [q3.parse(t) for t in subset])
        print(f"quantulum3.parser.parse on {len(subset)} whole documents ({q_chars:,} chars): "
              f"{t_q3.wall:.2f} s wall ({q_chars / t_q3.wall:,.0f} chars/s), {t_q3.cpu:.2f} s CPU "
              f"({q_chars / t_q3.cpu:,.0f} chars/s)")
        # Both run single-threaded in this process, so CPU time is the fair clock on a shared machine.
        ratio_cpu = (chars / t_numfacts.cpu) / (q_chars / t_q3.cpu)
        ratio_wall = (chars / t_numfacts.wall) / (q_chars / t_q3.wall)
        print(f"RATIO numfacts/quantulum3 throughput: {ratio_cpu:.1f}x by CPU time, {ratio_wall:.1f}x by wall "
              f"time  (target >= {TARGET_SPEEDUP:g}x: {verdict(ratio_cpu >= TARGET_SPEEDUP)})")

    if "scaling" not in args.skip and len(docs) >= 4 * args.docs:
        sizes = {k: docs.head(k * args.docs) for k in (1, 2, 4)}
        times = {k: best_of(args.repeat, lambda d=d: numfacts.extract_many(d, progress=False), enough=15.0)
                 for k, d in sizes.items()}
        for k, t in times.items():
            n_chars = int(sizes[k]["text"].str.len().sum())
            print(f"  {k}N = {len(sizes[k])} documents: {t.wall:.2f} s wall, {t.cpu:.2f} s CPU "
                  f"({n_chars / t.cpu:,.0f} chars/s)")
        scaling = times[4].cpu / times[1].cpu
        print(f"RATIO time(4N)/time(N): {scaling:.2f} by CPU time, {times[4].wall / times[1].wall:.2f} by wall "
              f"time  (target <= {TARGET_SCALING}: {verdict(scaling <= TARGET_SCALING)})")

    if "jobs" not in args.skip:
        jobs_corpus = docs.head(2 * args.docs)
        t1 = best_of(args.repeat, lambda: numfacts.extract_many(jobs_corpus, progress=False, n_jobs=1),
                     enough=15.0)
        t2 = best_of(args.repeat, lambda: numfacts.extract_many(jobs_corpus, progress=False, n_jobs=2),
                     enough=15.0)
        speedup = t1.wall / t2.wall
        print(f"extract_many on {len(jobs_corpus)} documents: n_jobs=1 {t1.wall:.2f} s wall ({t1.cpu:.2f} s CPU), "
              f"n_jobs=2 {t2.wall:.2f} s wall ({t2.cpu:.2f} s CPU in parent and workers)")
        # Only wall time shows a speed-up, and only if both cores are free: print the load beside it.
        print(f"RATIO n_jobs=2 speedup: {speedup:.2f}x by wall time, load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} cores; CPU cost of the workers {t2.cpu / t1.cpu:.2f}x of one process  "
              f"(target >= {TARGET_JOBS}x on idle cores: {verdict(speedup >= TARGET_JOBS)})")

    if "hostile" not in args.skip:
        print("pathological inputs through numfacts.extract (CPU s at half and full size; linear means ~2.0):")
        worst = 0.0
        for name, (units, make) in PATHOLOGICAL.items():
            half, full = make(units // 2), make(units)
            # Short timings are repeated (best of 3) so that timer noise does not pass for growth.
            t_half = best_of(3, lambda s=half: numfacts.extract(s), enough=1.0)
            t_full = best_of(3, lambda s=full: numfacts.extract(s), enough=1.0)
            growth = t_full.cpu / t_half.cpu
            worst = max(worst, growth)
            print(f"  {name:30s} {len(half):>10,} chars {t_half.cpu:7.3f} s | {len(full):>10,} chars "
                  f"{t_full.cpu:7.3f} s | x{growth:.2f}  ({len(full) / t_full.cpu:,.0f} chars/s)")
        print(f"RATIO worst growth on doubling a pathological input: {worst:.2f}  (linear: ~2, "
              f"{verdict(worst <= 2.5)})")

    if args.memory:
        _memory(args.memory_docs)
    return 0


def _profile(numfacts, docs) -> None:
    """Print the numfacts functions with the most cumulative time, and the stage totals."""
    profiler = cProfile.Profile()
    profiler.enable()
    numfacts.extract_many(docs, progress=False)
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    total = stats.total_tt
    stages = {}
    for (filename, _, function), (_, _, _, cumulative, _) in stats.stats.items():
        if "/numfacts/" in filename and filename.endswith(".py"):
            module = Path(filename).stem
            if (module, function) in {("dates", "find_dates"), ("quantities", "find_quantities"),
                                      ("dates", "describe_duration"), ("attribution", "attribute"),
                                      ("text", "split_sentences"), ("text", "normalize"),
                                      ("schema", "as_frame"), ("schema", "cast")}:
                stages[f"{module}.{function}"] = stages.get(f"{module}.{function}", 0.0) + cumulative
    print(f"profile of extract_many on {len(docs)} documents ({total:.2f} s under cProfile):")
    for stage, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  stage {stage:32s} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    stats.sort_stats("tottime").print_stats(15)
    print("\n".join(line for line in stream.getvalue().splitlines() if line.strip())[:6000])


def _memory(n_docs: int) -> None:
    # A fresh process, so the peak belongs to this run alone, not to the timings above.
    done = subprocess.run([sys.executable, __file__, "--child-memory", str(n_docs)], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        print(f"memory run failed:\n{done.stderr}")
        return
    print(done.stdout.strip())


def _child_memory(n_docs: int) -> int:
    import numfacts

    warnings.simplefilter("ignore")
    docs = corpus.generate(n_docs, seed=1)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024    # KiB on Linux
    start = time.perf_counter()
    facts = numfacts.extract_many(docs, progress=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"extract_many on {n_docs:,} documents ({int(docs['text'].str.len().sum()):,} chars): {seconds:.1f} s, "
          f"{len(facts):,} rows, frame {facts.memory_usage(deep=True).sum() / 2**20:.0f} MiB")
    print(f"PEAK memory: {peak:,.0f} MiB (before the run: {before:,.0f} MiB; target < "
          f"{TARGET_MEMORY_MIB} MiB: {verdict(peak < TARGET_MEMORY_MIB)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
