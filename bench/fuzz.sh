#!/usr/bin/env bash
# Runs the generated robustness suites (issue #6) and prints their figures for the README: inputs tried, crashes
# (must be 0) and the slowest case with its time, for the generator (hostile sites built through SiteBuilder) and
# for the lab's spec loader (malformed specs). Each suite writes its figures beside its test assembly
# (bin/Release/net10.0/hardening/*.txt); this script prints them.
# Usage: bench/fuzz.sh            (8,000 sites + 4,000 spec sets)
#        BLOG_FUZZ_CASES=50000 BLOG_FUZZ_SPEC_CASES=20000 bench/fuzz.sh   (a longer soak)
# Exit status: non-zero when a suite found a crash, hang or partial output.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
run() { # project filter figures-file
  dotnet test "$1" -c Release -nologo -v q --filter "FullyQualifiedName~$2" >"$work/$2.log" 2>&1 || status=1
  if [[ -f "$3" ]]; then
    sed -n '1,5p' "$3"
    grep '^crash:' "$3" || true
  else
    echo "fuzz: $2 wrote no figures; its log:" >&2
    tail -30 "$work/$2.log" >&2
  fi
  echo
}

work=$(mktemp -d -t blog-fuzz-XXXXXX)
trap 'rm -rf "$work"' EXIT
rm -f tests/Blog.Site.Tests/bin/Release/net10.0/hardening/*.txt tests/Blog.Lab.Tests/bin/Release/net10.0/hardening/*.txt

run tests/Blog.Site.Tests GeneratorRobustnessTests tests/Blog.Site.Tests/bin/Release/net10.0/hardening/generator-fuzz.txt
run tests/Blog.Lab.Tests SpecLoaderRobustnessTests tests/Blog.Lab.Tests/bin/Release/net10.0/hardening/spec-fuzz.txt
[[ $status -eq 0 ]] && echo "fuzz: no crash, hang or partial output" || echo "fuzz: a suite failed (see above)" >&2
exit $status
