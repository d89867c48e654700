#!/usr/bin/env bash
# The author's loop against `hugo server` on the same corpus (issue 5's speed targets):
#   bench/serve-bench.sh            # 10,000 posts, 3 rounds
#   ROUNDS=5 bench/serve-bench.sh 1000
# Writes the corpus with bench/corpus.py (reused when present), builds our generator in Release, then runs
# bench/serve-bench.py, which prints a Markdown table of medians and ratios.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
posts="${1:-10000}"
seed="${SEED:-42}"
work="$here/work"
corpus="$work/corpus-$posts"
command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
if [ ! -d "$corpus/jekyll/_posts" ]; then
  echo "writing the $posts-post corpus into $corpus"
  python3 "$here/corpus.py" --posts "$posts" --seed "$seed" --out "$corpus"
fi
mkdir -p "$work/logs"
dotnet build -c Release "$repo/src/Blog" -nologo -v q >"$work/logs/serve-build-release.log" 2>&1 \
  || { tail -20 "$work/logs/serve-build-release.log"; exit 1; }
echo "serve benchmark, $posts posts, $(nproc) cores, $(hugo version | cut -d' ' -f2), $(date -u +%FT%TZ)"
python3 "$here/serve-bench.py" --corpus "$corpus" --ours "$repo/src/Blog/bin/Release/net10.0/Blog" \
  --work "$work/serve-$posts" --rounds "${ROUNDS:-3}"
