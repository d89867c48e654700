#!/usr/bin/env bash
# Where does the lab's native-start differ from hyperfine's? Times posix_spawn -> waitpid of busybox `true`
# with a small C probe (bench/spawn-probe/spawn_probe.c: the lab's flags and clock placement), once plain and
# once per property of the lab's .NET process (open fds, threads, resident heap, mappings, signal handlers,
# a SIGCHLD handler with its reader thread, a fresh thread per spawn), all together, and with the lab's
# sample count; beside it hyperfine -N and the lab itself (its committed spec, and the same spec with a long
# warm-up, and with the thread pool's idle spinning turned off; BASELINE_BLOG=path/to/Blog adds another build
# of the lab, e.g. one from before a change to Spawn.cs). Everything runs interleaved, ROUNDS times, so each round meets the same load; prints the median
# of each row per round and the median over the rounds, then a one-line conclusion.
# The lab measures into a scratch copy of its spec (--source): the committed results are not touched.
# Usage: [BASELINE_BLOG=...] bench/spawn-probe.sh [ROUNDS]   (default 5; CONFIG=Debug|Release, default Debug as
# lab-validity.sh). Takes about 8 minutes on the loaded 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
config=${CONFIG:-Debug}
true_cmd=(/bin/busybox true)
for tool in gcc hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "spawn-probe: $tool is missing: apt-get install -y $tool" >&2; exit 2; }
done

mkdir -p bench/work
gcc -O2 -Wall -Wextra -pthread -o bench/work/spawn_probe bench/spawn-probe/spawn_probe.c
dotnet build src/Blog -c "$config" -v q -nologo >/dev/null
blog=src/Blog/bin/$config/net10.0/Blog

work=$(mktemp -d -t spawn-probe-XXXXXX)
trap 'rm -rf "$work"' EXIT
# The committed spec, and the same with a long warm-up (a changed spec only changes the scratch copy's hash).
spec() { printf -- '- id: native-start\n  kind: native-start\n  title: native start\n  samples: %s\n  warmup: %s\n  timeout: 10s\n' "$1" "$2"; }
mkdir -p "$work/lab/_lab" "$work/lab-warm/_lab"
awk '/^- id: native-start/ { on = 1 } /^- id:/ && !/native-start/ { on = 0 } on' input/_lab/process.yml >"$work/lab/_lab/process.yml"
read -r samples warmup < <(awk '/samples:/ { s = $2 } /warmup:/ { w = $2 } END { print s, w }' "$work/lab/_lab/process.yml")
spec "$samples" 300 >"$work/lab-warm/_lab/process.yml"

# The lab process's ballast, read from a running `blog lab run` (/proc/PID/status, fd, fdinfo, maps):
# 16 threads, ~67 MB resident, ~630 mappings, 137 fds (130 close-on-exec), SigCgt 0x3000344f8.
lablike=(-f 130 -F 4 -t 13 -m 64 -M 600 -s -c -T)
rows=(
  "hyperfine -N (as lab-validity)|hf"
  "hyperfine -N, lab's n ($samples runs, $warmup warm-up)|hf-n"
  "probe plain|probe"
  "probe + 130 fds O_CLOEXEC|probe -f 130"
  "probe + 130 fds inherited|probe -F 130"
  "probe + 13 idle threads|probe -t 13"
  "probe + 64 MB touched heap|probe -m 64"
  "probe + 600 mappings|probe -M 600"
  "probe + .NET's signal handlers|probe -s"
  "probe + SIGCHLD handler, pipe, reader thread|probe -c"
  "probe + fresh thread per spawn|probe -T"
  "probe + a sibling thread spinning 1 ms|probe -S 1000"
  "probe + all of the above (lab-like)|probe ${lablike[*]}"
  "probe plain, lab's n|probe-n"
  "probe lab-like, lab's n|probe-n ${lablike[*]}"
  "lab native-start (committed spec)|lab lab"
  "lab native-start, warm-up 300|lab lab-warm"
  "lab native-start, thread pool does not spin|lab-nospin lab"
)
# BASELINE_BLOG=path/to/Blog adds the lab as another build measures it (e.g. before a change to Spawn.cs).
[[ -z "${BASELINE_BLOG:-}" ]] || rows+=("lab native-start, baseline build|lab-baseline lab")

measure() { # prints the median in ms of one row's run
  local kind=$1; shift
  case $kind in
    hf) hyperfine -N --style none --warmup 3 --min-runs 10 --export-csv "$work/hf.csv" "${true_cmd[*]}" >/dev/null 2>&1 </dev/null
        awk -F, 'NR == 2 { printf "%.4f\n", $(NF-4) * 1000 }' "$work/hf.csv" ;;
    hf-n) hyperfine -N --style none --warmup "$warmup" --runs "$samples" --export-csv "$work/hf.csv" "${true_cmd[*]}" >/dev/null 2>&1 </dev/null
        awk -F, 'NR == 2 { printf "%.4f\n", $(NF-4) * 1000 }' "$work/hf.csv" ;;
    probe) bench/work/spawn_probe -n 1000 "$@" -- "${true_cmd[@]}" | awk '{ print $2 }' ;;
    probe-n) bench/work/spawn_probe -n "$samples" -w "$warmup" "$@" -- "${true_cmd[@]}" | awk '{ print $2 }' ;;
    lab) "$blog" lab run --force --source "$work/$1" native-start >"$work/lab.log" 2>&1 </dev/null \
           || { cat "$work/lab.log" >&2; exit 1; }
         python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["metrics"]["start_ms"]["summary"]["median"])' \
           "$work/$1/_lab/results/native-start.json" ;;
    lab-nospin) DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 measure lab "$@" ;;
    lab-baseline) blog=$BASELINE_BLOG measure lab "$@" ;;
  esac
}

: >"$work/medians.tsv"
for round in $(seq "$rounds"); do
  echo "round $round/$rounds (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  for i in "${!rows[@]}"; do
    IFS='|' read -r _ run <<<"${rows[$i]}"
    # shellcheck disable=SC2086 # the row's switches are words
    printf '%s\t%s\t%s\n' "$i" "$round" "$(measure $run)" >>"$work/medians.tsv"
  done
done

python3 - "$work/medians.tsv" "$rounds" "${rows[@]}" <<'EOF'
import statistics, sys
path, rounds, rows = sys.argv[1], int(sys.argv[2]), [r.split('|') for r in sys.argv[3:]]
runs = {}
for line in open(path):
    i, r, v = line.split('\t'); runs.setdefault(int(i), []).append(float(v))
med = {run: statistics.median(runs[i]) for i, (_, run) in enumerate(rows)}
plain, hf = med['probe'], med['hf']
print(f"{'median of busybox true, spawn to reap (ms)':48}" + ''.join(f"{'r' + str(r + 1):>7}" for r in range(rounds))
      + f"{'median':>8}{'/plain':>8}{'/hf':>7}")
for i, (label, run) in enumerate(rows):
    print(f"{label:48}" + ''.join(f"{v:7.3f}" for v in runs[i]) + f"{med[run]:8.3f}{med[run] / plain:8.2f}{med[run] / hf:7.2f}")
like = next(run for label, run in rows if 'lab-like' in label and run.startswith('probe '))
lab, nospin = med['lab lab'], med['lab-nospin lab']
ballast = (f"do not slow the spawn (lab-like probe {med[like]:.3f} ms = {med[like] / plain:.2f}x plain)"
           if med[like] / plain <= 1.15 else f"slow the spawn by {med[like] - plain:.3f} ms (lab-like probe {med[like] / plain:.2f}x plain)")
verdict = lambda v: f"{v:.3f} ms = {v / hf:.2f}x hyperfine, {'agree' if abs(v / hf - 1) <= 0.15 else 'DIFFER'}"
print(f"\nconclusion: the .NET process's properties {ballast}; the lab {verdict(lab)}; "
      f"with the thread pool's idle spinning off {verdict(nospin)}"
      + (f"; baseline build {verdict(med['lab-baseline lab'])}" if 'lab-baseline lab' in med else ''))
EOF
