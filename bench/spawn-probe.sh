#!/usr/bin/env bash
# Where does the lab's native-start differ from hyperfine's? Times posix_spawn -> waitpid of busybox `true`
# with a small C probe (bench/spawn-probe/spawn_probe.c: the lab's flags and clock placement), once plain and
# once per property of the lab's .NET process (open fds, threads, resident heap, mappings, signal handlers,
# a SIGCHLD handler with its reader thread, a fresh thread per spawn), all together, and with the lab's
# sample count; beside it hyperfine -N and the lab itself (its committed spec, and the same spec with a long
# warm-up). Everything runs interleaved, ROUNDS times, so each round meets the same load; prints the median
# of each row per round and the median over the rounds, then a one-line conclusion.
# The lab measures into a scratch copy of its spec (--source): the committed results are not touched.
# Usage: bench/spawn-probe.sh [ROUNDS]   (default 5; env CONFIG=Debug|Release, default Debug as lab-validity.sh)
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
  "probe + all of the above (lab-like)|probe ${lablike[*]}"
  "probe plain, lab's n|probe-n"
  "probe lab-like, lab's n|probe-n ${lablike[*]}"
  "lab native-start (committed spec)|lab lab"
  "lab native-start, warm-up 300|lab lab-warm"
  "lab native-start, thread pool does not spin|lab-nospin lab"
)

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
path, rounds, labels = sys.argv[1], int(sys.argv[2]), [r.split('|')[0] for r in sys.argv[3:]]
runs = {}
for line in open(path):
    i, r, v = line.split('\t'); runs.setdefault(int(i), []).append(float(v))
base = statistics.median(runs[2])
print(f"{'median of busybox true, spawn to reap (ms)':48}" + ''.join(f"{'r' + str(r + 1):>7}" for r in range(rounds)) + f"{'median':>8}{'/plain':>8}")
med = {}
for i, label in enumerate(labels):
    med[i] = statistics.median(runs[i])
    print(f"{label:48}" + ''.join(f"{v:7.3f}" for v in runs[i]) + f"{med[i]:8.3f}{med[i] / base:8.2f}")
lab, warm, probe_like, hf = med[14], med[15], med[11], med[0]
print(f"\nconclusion: plain probe {base:.3f} ms, lab-like probe {probe_like:.3f} ms ({probe_like / base:.2f}x), "
      f"hyperfine {hf:.3f} ms; lab {lab:.3f} ms with its spec, {warm:.3f} ms after 300 warm-up spawns "
      f"({lab / hf:.2f}x and {warm / hf:.2f}x hyperfine)")
EOF
