#!/usr/bin/env bash
# Checks the lab's timings against an independent tool. For each experiment with an equivalent shell command
# (`blog lab commands`), measures it with the lab and, right after, times the command with hyperfine, then
# prints both medians and their ratio. The lab measures into a scratch copy of the specs: the committed
# results are not touched. Measuring back to back keeps the machine's load comparable for the two.
# Exit status 1 when any pair differs by more than 15%. Only metrics in ms are timed (memory has no
# hyperfine counterpart). Usage: bench/lab-validity.sh [ID...]   (default: every experiment with a command)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "lab-validity: hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }

work=$(mktemp -d -t lab-validity-XXXXXX)
# `lab commands` prepares a labelled bench image and container for the equivalent commands; this run removes
# them again (`lab clean` would too, but also anything another lab run has going).
cleanup() {
  rm -rf "$work"
  if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    docker ps -aq --filter label=blog.lab.run=bench | xargs -r docker rm -f >/dev/null
    docker images -q --filter label=blog.lab.run=bench | sort -u | xargs -r docker rmi -f >/dev/null
  fi
}
trap cleanup EXIT
mkdir -p "$work/site/_lab" "$work/files"
cp input/_lab/*.yml "$work/site/_lab/"

dotnet build src/Blog -v q -nologo >/dev/null
blog() { dotnet run --no-build --project src/Blog -- "$@"; }
blog lab commands --source "$work/site" --dir "$work/files" "$@" >"$work/commands.tsv"

printf '%-22s %-12s %10s %10s %8s  %s\n' experiment metric lab_ms hyperfine ratio verdict
failed=0
while IFS=$'\t' read -r id _ _ _ command; do
  blog lab run --force --source "$work/site" "$id" >"$work/$id.lab.log" 2>&1 </dev/null \
    || { echo "$id: the lab could not measure it, see below"; cat "$work/$id.lab.log"; failed=1; continue; }
  IFS=$'\t' read -r _ metric unit median _ < <(blog lab commands --source "$work/site" --dir "$work/files" "$id")
  if [[ "$unit" != ms ]]; then
    printf '%-22s %-12s %10s %10s %8s  %s\n' "$id" "$metric" - - - "not timed ($unit)"
    continue
  fi
  # -N: no shell in between, as the lab spawns programs directly; the command's own quoting is honoured.
  hyperfine -N --style none --warmup 3 --min-runs 10 --export-csv "$work/$id.csv" "$command" >/dev/null 2>&1 </dev/null
  # CSV: command,mean,stddev,median,user,system,min,max (seconds); count from the end, the command may hold commas.
  hf_ms=$(awk -F, 'NR == 2 { printf "%.3f", $(NF-4) * 1000 }' "$work/$id.csv")
  read -r ratio verdict < <(awk -v lab="$median" -v hf="$hf_ms" 'BEGIN {
    r = lab / hf; d = (lab > hf ? lab - hf : hf - lab) / hf
    printf "%.3f %s\n", r, (d <= 0.15 ? "agree" : "DIFFER") }')
  [[ "$verdict" == agree ]] || failed=1
  printf '%-22s %-12s %10.3f %10.3f %8s  %s\n' "$id" "$metric" "$median" "$hf_ms" "$ratio" "$verdict"
  printf '%-22s %s\n' "" "$command"
done <"$work/commands.tsv"
exit "$failed"
