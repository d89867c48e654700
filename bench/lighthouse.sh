#!/usr/bin/env bash
# Lighthouse (npm `lighthouse`, installed by .ci/setup into tests/Blog.Browser.Tests/tools) on the post page,
# run with Debian's Chromium, printing the four category scores (0-100).
#
#   bench/lighthouse.sh                 serve output/ on 127.0.0.1 (builds it first when missing) and audit the post
#   bench/lighthouse.sh --url URL       audit URL instead (the browser tests pass their own server's URL)
#   bench/lighthouse.sh --json FILE     also keep Lighthouse's full JSON report in FILE
#
# Performance is timing-based and noisy on a shared machine: it is reported here, not asserted by a test.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
post="/devops/2024/02/14/comparing-containers-and-virtual-machines.html"
lighthouse="$root/tests/Blog.Browser.Tests/tools/node_modules/.bin/lighthouse"
url="" json=""
while (($#)); do
  case "$1" in
    --url) url="$2"; shift 2 ;;
    --json) json="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "lighthouse.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

[[ -x "$lighthouse" ]] || { echo "lighthouse.sh: $lighthouse is missing: run 'bash .ci/setup'" >&2; exit 1; }
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
[[ -x "$CHROME_PATH" ]] || { echo "lighthouse.sh: $CHROME_PATH is missing: run 'bash .ci/setup' (installs chromium)" >&2; exit 1; }

work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z "$url" ]]; then
  if [[ ! -f "$root/output$post" ]]; then
    (cd "$root" && dotnet run --project src/Blog -c Release -- --lab frozen)
  fi
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$root/output" >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 50); do curl -fso /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
  url="http://127.0.0.1:$port$post"
fi

report="${json:-$work/report.json}"
# Chromium makes the folder of its profile's singleton socket under TMPDIR, and Lighthouse ends it with a signal, not a
# clean exit, so the folder stays: here it is made inside $work, which the cleanup removes.
mkdir "$work/tmp"
# The networking flags keep Chromium from calling Google's hosts, which this machine refuses (and which would stall Lighthouse).
TMPDIR="$work/tmp" "$lighthouse" "$url" --quiet --output=json --output-path="$report" \
  --only-categories=performance,accessibility,best-practices,seo \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic"

python3 - "$report" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print(f"lighthouse {report['lighthouseVersion']}: {report['finalDisplayedUrl']}")
for key, category in report["categories"].items():
    score = "n/a" if category["score"] is None else round(category["score"] * 100)
    print(f"{category['title']:<16} {score}")
    if category["score"] is not None and category["score"] < 1:
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                print(f"  - {audit['id']}: {audit['title']} ({audit.get('displayValue', audit['score'])})")
PY
