#!/usr/bin/env python3
"""Turns the rounds bench/run.sh measured into medians, ratios, PASS/MISS per target and a
Markdown table for the README.

    python3 bench/summarize.py RESULTS.tsv [DOTNET_RUN.tsv [SEARCH.tsv [README_RUN.tsv]]]

RESULTS.tsv rows: posts  seed  round  tool(ours|hugo)  wall_seconds  peak_rss_kb  cpu_seconds(user+sys)
The table's medians are over every round of every seed; the ratios per seed follow it, so a
corpus that favours one side shows.
DOTNET_RUN.tsv rows: posts  wall_seconds  peak_rss_kb   (one `dotnet run -c Release` per size, set against Hugo's medians)
README_RUN.tsv rows: wall_seconds  peak_rss_kb   (the README's `dotnet run --project src/Blog` on input/, nothing changed)
RESULTS.tsv may also hold rows of the tool "ours-search" (our build with `search_index: true`), and SEARCH.tsv rows
posts  seed  index_bytes  html_bytes (the search index against every HTML page of that build): they give the Search
section, the index's share of the HTML and the build time with search on against off.
Machine facts come from the environment (BENCH_MACHINE, BENCH_VERSIONS, BENCH_DATE, BENCH_LOAD, BENCH_SEEDS).
"""
from __future__ import annotations

import os
import statistics
import sys
from collections import defaultdict
from pathlib import Path

# The targets (issues 2 and 14): (posts, measure) -> largest allowed ratio ours/Hugo.
TARGETS = {(10000, "wall"): 0.5, (10000, "rss"): 0.5, (1000, "wall"): 0.5, (1000, "rss"): 0.5, (10, "wall"): 1.0}
# Search (issue 15): the index at most this share of the site's HTML bytes, the build at most this much slower with it.
SEARCH_INDEX_SHARE = 0.10
SEARCH_BUILD_COST = 0.05
# The README's build command on input/ with nothing changed (issue 14): median wall seconds at most this.
README_RUN_SECONDS = 2.5


def search_section(samples: dict, sizes_rows: list[list[str]]) -> tuple[list[str], list[str]]:
    """The Search table (index bytes against HTML bytes, build wall and CPU with search off and on) and its verdicts."""
    index: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for posts, _seed, index_bytes, html_bytes in sizes_rows:
        index[int(posts)].append((int(index_bytes), int(html_bytes)))
    lines = [
        "| Posts | Index (KB) | HTML (KB) | Index/HTML | Wall off (s) | Wall on (s) | Wall on/off | CPU off (s) | CPU on (s) | CPU on/off |",
        "|------:|-----------:|----------:|-----------:|-------------:|------------:|------------:|------------:|-----------:|-----------:|",
    ]
    verdicts = []
    for posts in sorted({p for p, tool in samples if tool == "ours-search"}):
        off, on = samples.get((posts, "ours"), []), samples[(posts, "ours-search")]
        if not off:
            continue
        woff, won = statistics.median(s[0] for s in off), statistics.median(s[0] for s in on)
        coff, con = statistics.median(s[2] for s in off), statistics.median(s[2] for s in on)
        sizes = index.get(posts, [])
        ib = statistics.median(i for i, _ in sizes) if sizes else float("nan")
        hb = statistics.median(h for _, h in sizes) if sizes else float("nan")
        share = ib / hb if sizes else float("nan")
        lines.append(
            f"| {posts:,} | {ib / 1024:,.0f} | {hb / 1024:,.0f} | {share:.1%} | {woff:.2f} | {won:.2f} | {won / woff:.3f}× "
            f"| {coff:.2f} | {con:.2f} | {con / coff:.3f}× |"
        )
        if sizes:
            verdicts.append(f"{'PASS' if share <= SEARCH_INDEX_SHARE else 'MISS'}  {posts:,} posts: search index = {share:.1%} "
                            f"of the HTML bytes (target ≤ {SEARCH_INDEX_SHARE:.0%})")
        for name, ratio in (("wall time", won / woff), ("CPU time", con / coff)):
            verdicts.append(f"{'PASS' if ratio <= 1 + SEARCH_BUILD_COST else 'MISS'}  {posts:,} posts: {name} with search "
                            f"on/off = {ratio:.3f} (target ≤ {1 + SEARCH_BUILD_COST:.2f})")
    return (lines if len(lines) > 2 else []), verdicts


def read_rows(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    return [line.split("\t") for line in path.read_text().splitlines() if line.strip()]


def mb(kb: float) -> float:
    return kb / 1024


def main(argv: list[str]) -> int:
    results = read_rows(Path(argv[0]))
    dotnet_run = {int(r[0]): (float(r[1]), float(r[2])) for r in read_rows(Path(argv[1]))} if len(argv) > 1 else {}
    search_sizes = read_rows(Path(argv[2])) if len(argv) > 2 else []
    readme_runs = [float(r[0]) for r in read_rows(Path(argv[3]))] if len(argv) > 3 else []
    samples: dict[tuple[int, str], list[tuple[float, float, float]]] = defaultdict(list)
    per_seed: dict[tuple[int, str, str], list[tuple[float, float, float]]] = defaultdict(list)
    for posts, seed, _round, tool, wall, rss, cpu in results:
        sample = (float(wall), float(rss), float(cpu))
        samples[(int(posts), tool)].append(sample)
        per_seed[(int(posts), seed, tool)].append(sample)

    sizes = sorted({posts for posts, _ in samples})
    lines = [
        "| Posts | Runs (rounds × seeds) | Ours wall (s) | Hugo wall (s) | Wall ours/Hugo | Ours peak RSS (MB) | Hugo peak RSS (MB) | RSS ours/Hugo | Ours CPU (s) | Hugo CPU (s) | CPU ours/Hugo |",
        "|------:|-------:|--------------:|--------------:|---------------:|-------------------:|-------------------:|--------------:|-------------:|-------------:|--------------:|",
    ]
    verdicts = []
    seed_lines = []
    for posts in sizes:
        seeds = sorted({seed for p, seed, _ in per_seed if p == posts}, key=int)
        parts = []
        for seed in seeds:
            o, h = per_seed.get((posts, seed, "ours"), []), per_seed.get((posts, seed, "hugo"), [])
            if o and h:
                wall = statistics.median(s[0] for s in o) / statistics.median(s[0] for s in h)
                rss = statistics.median(s[1] for s in o) / statistics.median(s[1] for s in h)
                parts.append(f"seed {seed}: wall {wall:.2f}×, RSS {rss:.2f}×")
        if parts:
            seed_lines.append(f"- {posts:,} posts, ours/Hugo per seed (median of its rounds): " + "; ".join(parts))
        ours, hugo = samples.get((posts, "ours"), []), samples.get((posts, "hugo"), [])
        if not ours or not hugo:
            continue
        ow, orss, ocpu = (statistics.median(s[i] for s in ours) for i in range(3))
        hw, hrss, hcpu = (statistics.median(s[i] for s in hugo) for i in range(3))
        ratios = {"wall": ow / hw, "rss": orss / hrss, "cpu": ocpu / hcpu}
        lines.append(
            f"| {posts:,} | {min(len(ours), len(hugo))} | {ow:.2f} | {hw:.2f} | {ratios['wall']:.2f}× "
            f"| {mb(orss):.0f} | {mb(hrss):.0f} | {ratios['rss']:.2f}× "
            f"| {ocpu:.1f} | {hcpu:.1f} | {ratios['cpu']:.2f}× |"
        )
        for measure in ("wall", "rss"):
            limit = TARGETS.get((posts, measure))
            if limit is not None:
                verdict = "PASS" if ratios[measure] <= limit else "MISS"
                name = "wall time" if measure == "wall" else "peak RSS"
                verdicts.append(f"{verdict}  {posts:,} posts: {name} ours/Hugo = {ratios[measure]:.2f} (target ≤ {limit})")

    print("\n## Medians\n")
    print("\n".join(lines))
    print()
    print("\n".join(seed_lines))
    print()
    env = os.environ.get
    print(f"Seeds: {env('BENCH_SEEDS', '?')} (one corpus each; the table's medians are over all their rounds).")
    print(f"Machine: {env('BENCH_MACHINE', '?')}. {env('BENCH_VERSIONS', '?')}. Date: {env('BENCH_DATE', '?')}.")
    print(f"Load average before/after: {env('BENCH_LOAD', '?')} (the machine is shared with other builds).")
    print("Medians of the rounds, run interleaved (ours, Hugo, ours, Hugo, ...), each into a fresh empty folder;")
    print("wall time, peak RSS and CPU time (user+sys) from `/usr/bin/time -f '%e %M %U %S'`; ours is the native")
    print("(Native AOT) published binary (bench/work/publish). The targets are on wall time and peak RSS; CPU time is shown because it is less")
    print("disturbed by other work on the machine than wall time is.")
    if dotnet_run:
        print()
        for posts in sorted(dotnet_run):
            wall, rss = dotnet_run[posts]
            hugo = samples.get((posts, "hugo"), [])
            against = ""
            if hugo:
                hw, hrss = statistics.median(s[0] for s in hugo), statistics.median(s[1] for s in hugo)
                against = f" (against Hugo's medians: wall {wall / hw:.2f}×, RSS {rss / hrss:.2f}×)"
            print(f"`dotnet run -c Release --project src/Blog` at {posts:,} posts, once (already built, so MSBuild's up-to-date "
                  f"check and the `dotnet` host are included): {wall:.2f} s, {mb(rss):.0f} MB peak RSS{against}.")
    if readme_runs:
        median = statistics.median(readme_runs)
        print()
        print(f"The README's `dotnet run --project src/Blog` on input/ with nothing changed (Debug): "
              f"{', '.join(f'{w:.2f}' for w in readme_runs)} s, median {median:.2f} s.")
        verdicts.append(f"{'PASS' if median <= README_RUN_SECONDS else 'MISS'}  README build command on input/, nothing changed: "
                        f"median {median:.2f} s (target ≤ {README_RUN_SECONDS} s)")
    search_lines, search_verdicts = search_section(samples, search_sizes)
    if search_lines:
        print("\n## Search\n")
        print("\n".join(search_lines))
        print()
        print("Our build with `search_index: true` (the index of every post, search.json) against the same build without, in the same")
        print("rounds; the index's bytes against the bytes of every HTML page of that build. Wall time on a shared machine is")
        print("noisy: the CPU time ratio is the steadier measure of the index's cost.")
    verdicts += search_verdicts
    print("\n## Targets\n")
    print("\n".join(verdicts) if verdicts else "(no size with a target was measured)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
