#!/usr/bin/env bash
# Publishes our generator the way a release ships it, one native binary (Native AOT, README "Release build"):
#   bench/publish.sh OUT_DIR LOG_FILE
# run.sh and serve-bench.sh both time this binary: Hugo is a native binary too, and a JIT build spends a short build,
# or a rebuild while serving, loading and compiling code (README, Performance). The linux-x64 intermediates go first:
# left by a framework-dependent or ReadyToRun publish, they would be mixed into this one.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out=$1 log=$2
rm -rf "$out" "$repo"/src/*/obj/Release/*/linux-x64 "$repo"/src/*/bin/Release/*/linux-x64
if ! dotnet publish "$repo/src/Blog" -c Release -r linux-x64 -p:PublishAot=true -o "$out" -nologo -v q >"$log" 2>&1; then
  tail -n 30 "$log" >&2
  echo "our generator does not publish (dotnet publish src/Blog -c Release -r linux-x64 -p:PublishAot=true), see $log" >&2
  exit 1
fi
[[ -x $out/Blog ]] || { echo "published, but $out/Blog is missing" >&2; exit 1; }
