#!/usr/bin/env bash
# The author's loop against `hugo server` on the same corpus (issue 5's speed targets):
#   bench/serve-bench.sh            # 10,000 posts, 3 rounds
#   ROUNDS=5 bench/serve-bench.sh 1000
# Writes the corpus with bench/corpus.py (reused when present), publishes our generator (bench/publish.sh), then runs
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
# The release build, one native binary, as bench/run.sh times it: a JIT build's rebuilds run code the JIT has not yet
# optimized (a method called once an edit stays unoptimized for dozens of edits), and its first edit compiles the
# rebuild's code (1.1 s against ~0.1 s after; bench/serve-results.md).
echo "publishing src/Blog (Release, Native AOT; a few minutes) ..."
"$here/publish.sh" "$work/publish" "$work/logs/serve-build-release.log"
echo "serve benchmark, $posts posts, $(nproc) cores, $(hugo version | cut -d' ' -f2), $(date -u +%FT%TZ)"
python3 "$here/serve-bench.py" --corpus "$corpus" --ours "$work/publish/Blog" \
  --work "$work/serve-$posts" --rounds "${ROUNDS:-3}"
