#!/usr/bin/env python3
"""The search index's build cost (issue 15: at most +5%), measured finely enough to see a few percent.

    python3 bench/search-cost.py --corpus bench/work/corpus-1000-s42 --ours bench/work/publish/Blog --rounds 40
    python3 bench/search-cost.py ... --also before=/tmp/old/Blog   # another build of ours, with the index on

bench/run.sh times each build with GNU time (10 ms steps, a 0.55 s build's whole 5% is 27 ms) in a fixed order,
each after a pause. Here the builds with the index off and on (and of any --also binary, on) run in rounds, each round
in a shuffled order so no build always follows the same other; wall time is taken with perf_counter and CPU time
(user + system) from getrusage of the child, both in microseconds. Each build writes into a fresh folder under
/dev/shm when there is one (tmpfs: the disk's write-back would otherwise be charged to whichever build runs next),
deleted before the next. Prints the medians and quartiles, each against the build with the index off, and the load.

The corpus is bench/corpus.py's (its jekyll/ and empty-theme/); the index is turned on by a second config file with
`search_index: true`, as bench/run.sh does.
"""
import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path


def build(binary: str, corpus: Path, config: str, destination: Path) -> tuple[float, float]:
    """One build: its wall and CPU seconds."""
    shutil.rmtree(destination, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([binary, "--source", str(corpus / "jekyll"), "--destination", str(destination),
                    "--theme", str(corpus / "empty-theme"), "--lab", "frozen", "--config", config],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="a folder bench/corpus.py wrote")
    parser.add_argument("--ours", required=True, help="our generator's binary (bench/publish.sh)")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--also", action="append", default=[], metavar="LABEL=BINARY",
                        help="another build of ours, timed with the index on (e.g. the code before a change)")
    args = parser.parse_args()

    config = str(args.corpus / "jekyll" / "_config.yml")
    work = Path(tempfile.mkdtemp(prefix="search-cost-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None))
    try:
        (work / "search.yml").write_text("search_index: true\n")
        runs = [("off", args.ours, config), ("on", args.ours, f"{config},{work / 'search.yml'}")]
        runs += [(label, binary, f"{config},{work / 'search.yml'}") for label, binary in (a.split("=", 1) for a in args.also)]
        times: dict[str, list[tuple[float, float]]] = {label: [] for label, _, _ in runs}
        for _ in range(args.rounds):
            for label, binary, cfg in random.sample(runs, len(runs)):
                times[label].append(build(binary, args.corpus, cfg, work / "site"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    off_wall = statistics.median(w for w, _ in times["off"])
    off_cpu = statistics.median(c for _, c in times["off"])
    print(f"{args.corpus.name}, {args.rounds} rounds in shuffled order; load average now {os.getloadavg()[0]:.2f}")
    for label, samples in times.items():
        walls, cpus = [w for w, _ in samples], [c for _, c in samples]
        q1, _, q3 = statistics.quantiles(walls, n=4)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(f"  {label:10s} wall {wall:7.3f} s ({wall / off_wall:.3f}x, quartiles {q1:.3f}-{q3:.3f})"
              f"   cpu {cpu:7.3f} s ({cpu / off_cpu:.3f}x)")


if __name__ == "__main__":
    main()
