#!/usr/bin/env bash
# Checks the lab's timings against an independent tool: times each experiment's equivalent shell command
# (`blog lab commands`) with hyperfine and prints the lab's stored median beside hyperfine's, with the ratio.
# Exit status 1 when any pair differs by more than 15%. Only metrics in ms are timed (memory has no
# hyperfine counterpart). Usage: bench/lab-validity.sh [ID...]   (default: every experiment with a command)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "lab-validity: hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }

work=$(mktemp -d -t blog-lab-validity-XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build src/Blog -v q -nologo >/dev/null
dotnet run --no-build --project src/Blog -- lab commands --dir "$work" "$@" >"$work/commands.tsv"

printf '%-22s %-12s %12s %12s %8s  %s\n' experiment metric lab_median hyperfine ratio verdict
failed=0
while IFS=$'\t' read -r id metric unit median command; do
  if [[ "$unit" != ms || -z "$median" ]]; then
    printf '%-22s %-12s %12s %12s %8s  %s\n' "$id" "${metric:--}" "${median:-none}" - - "not timed (${unit:-no result})"
    continue
  fi
  # -N: no shell in between, as the lab starts programs (fork/exec); the command's own quoting is honoured.
  hyperfine -N --style none --warmup 3 --min-runs 10 --export-csv "$work/$id.csv" "$command" >/dev/null 2>&1
  # CSV: command,mean,stddev,median,user,system,min,max (seconds); count from the end, the command may hold commas.
  hf_ms=$(awk -F, 'NR == 2 { printf "%.3f", $(NF-4) * 1000 }' "$work/$id.csv")
  read -r ratio verdict < <(awk -v lab="$median" -v hf="$hf_ms" 'BEGIN {
    r = lab / hf; d = (lab > hf ? lab - hf : hf - lab) / hf
    printf "%.3f %s\n", r, (d <= 0.15 ? "agree" : "DIFFER") }')
  [[ "$verdict" == agree ]] || failed=1
  printf '%-22s %-12s %12.3f %12.3f %8s  %s\n' "$id" "$metric" "$median" "$hf_ms" "$ratio" "$verdict"
  printf '%-22s %s\n' "" "$command"
done <"$work/commands.tsv"
exit "$failed"
