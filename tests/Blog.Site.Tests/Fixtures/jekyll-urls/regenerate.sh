#!/usr/bin/env bash
# Rebuilds expected/STYLE.txt with real Jekyll (Debian's jekyll 4.3): the list of files Jekyll writes for site/
# under each permalink style in configs/. Run after changing the fixture; commit the result.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$here/site" "$work/site"
for config in "$here"/configs/*.yml; do
  style=$(basename "$config" .yml)
  jekyll build --quiet --disable-disk-cache -s "$work/site" -d "$work/out-$style" --config "$work/site/_config.yml,$config"
  (cd "$work/out-$style" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) > "$here/expected/$style.txt"
done
echo "jekyll $(jekyll --version | cut -d' ' -f2): expected/ rebuilt for $(ls "$here"/configs | wc -l) styles"
