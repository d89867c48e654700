#!/usr/bin/env bash
# Renders the hand-written layers.svg to the PNG the seed post shows (the build then makes its smaller and WebP versions).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../input/assets/img/layers-the-lab-measured.png"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" --window-size=1200,640 \
  --screenshot="$work/layers.png" "file://$here/layers.svg" >/dev/null 2>&1
cp "$work/layers.png" "$out"
echo "$out"
