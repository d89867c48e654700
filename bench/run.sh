#!/usr/bin/env bash
# The speed benchmark of issue 2: our generator against Hugo on the same N-post corpus.
#
#   bench/run.sh [N...]        default: 1000 10000
#   env: ROUNDS=3 (rounds per size and seed), SETTLE=3 (seconds of pause after the sync before each timed run), SEEDS="42 7 1234" (one corpus per seed; SEED=42 alone
#        still works), BENCH_WORK=bench/work, SEARCH=1 (each round also builds ours with `search_index: true`
#        and reports the index's bytes against the site's HTML and the build time with search off and on;
#        SEARCH=0 skips it),
#        OURS="jekyll build" (test the harness with another command taking --source/--destination;
#        skips our build and the `dotnet run` timing; the labels still say "ours")
#
# Per size: writes the corpus once (bench/corpus.py, reused when N and seed and the generator
# are unchanged), then ROUNDS rounds interleaved (ours, Hugo, ours, Hugo, ...), each into a fresh
# empty folder, timed by GNU time (wall seconds, peak RSS). Ours is the Release binary, published
# as Native AOT once before any timing; `dotnet run` is timed once per size, separately.
# Exits non-zero when our build or run fails (or Hugo's); a missed target is printed as MISS
# and does not fail the script.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
work=${BENCH_WORK:-$here/work}
rounds=${ROUNDS:-3}
read -r -a seeds <<<"${SEEDS:-${SEED:-42}}"
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000)

say() { printf '%s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
for n in "${sizes[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "not a post count: $n"; done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer, got: $rounds"
((${#seeds[@]})) || die "SEEDS is empty"
for s in "${seeds[@]}"; do [[ $s =~ ^[0-9]+$ ]] || die "not a seed (a non-negative integer): $s"; done

# --- tools ------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null || missing+=(hugo)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  say "installing ${missing[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi
command -v python3 >/dev/null || die "python3 is needed for the corpus"
command -v dotnet >/dev/null || die "the .NET SDK is needed for our generator"

mkdir -p "$work/logs"
logs=$work/logs
results=$work/results.tsv
dotnet_runs=$work/dotnet-run.tsv
readme_runs=$work/readme-run.tsv
search_sizes=$work/search.tsv
: >"$results"
: >"$dotnet_runs"
: >"$readme_runs"
: >"$search_sizes"
search=${SEARCH:-1}
[[ $search == [01] ]] || die "SEARCH must be 0 or 1, got: $search"
[[ -n ${OURS:-} ]] && search=0
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# --- our generator, built once in Release ------------------------------------------------
if [[ -n ${OURS:-} ]]; then
  read -r -a ours <<<"$OURS"
  say "ours: ${ours[*]} (OURS override: our generator is not built or measured)"
else
  # Published the way a release ships: one native binary (bench/publish.sh).
  say "publishing src/Blog (Release, Native AOT; a few minutes) ..."
  publish=$work/publish
  "$here/publish.sh" "$publish" "$logs/build-release.log" || die "our generator does not publish"
  ours=("$publish/Blog")
  say "ours: ${ours[*]}"
fi

# Options our command line may offer: an empty theme (so only the corpus's layouts and files are
# built, as on Hugo's side) and the lab's frozen mode (no containers or VMs during a timed build).
ours_options=()
if [[ -z ${OURS:-} ]]; then
  help=$("${ours[@]}" --help 2>&1 || true)
  grep -q -- '--theme' <<<"$help" && ours_options+=(--theme EMPTY_THEME)
  grep -q -- '--lab' <<<"$help" && ours_options+=(--lab frozen)
  say "ours options: ${ours_options[*]:-(none)}"

fi

# --- one timed run: sets $wall, $rss (KB) and $cpu (user+sys s); fails the script when the tool fails
timed() { # timed LABEL LOG -- command...
  local label=$1 log=$2; shift 3
  local tfile; tfile=$(mktemp)
  # Each run starts with the disk quiet: what the previous run left to write back would otherwise be charged to
  # whichever side runs next. `sync` alone was not enough here: a run that followed another's ~2,000 new files by
  # less than a second still paid for them in system time (the search index's cost at 1,000 posts read +15% wall
  # right after the build without it, +3% after a 3-second pause; bench/README.md), so a short pause follows.
  sync; sleep "${SETTLE:-3}"
  if ! /usr/bin/time -f '%e %M %U %S' -o "$tfile" -- "$@" >"$log" 2>&1; then
    say "" >&2
    say "FAILED: $label: $*" >&2
    tail -n 40 "$log" >&2
    rm -f "$tfile"
    die "$label failed (full log: $log)"
  fi
  local user sys
  read -r wall rss user sys <"$tfile"
  cpu=$(python3 -c "import sys; print(f'{float(sys.argv[1]) + float(sys.argv[2]):.2f}')" "$user" "$sys")
  rm -f "$tfile"
}

ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }

posts_written() {
  [[ -d $1 ]] || { echo 0; return; }
  find "$1" -regextype posix-extended -regex '.*/[0-9]{4}/[0-9]{2}/[0-9]{2}/[^/]+/index\.html' | wc -l
}

# Output shape of one build: post pages, archive pages, images, downloads, everything else by name.
shape() {
  (cd "$1" && find . -type f | sed -E \
    -e 's#^\./[0-9]{4}/[0-9]{2}/[0-9]{2}/[^/]+/index\.html$#post pages#' \
    -e 's#^\./categories/[^/]+/index\.html$#category pages#' \
    -e 's#^\./tags/[^/]+/index\.html$#tag pages#' \
    -e 's#^\./assets/images/[^/]+\.png$#images#' \
    -e 's#^\./assets/downloads/[^/]+$#downloads#' -e 's#^\./##' | sort | uniq -c |
    awk '{c=$1; $1=""; printf "%s%s=%d", (NR>1?", ":""), substr($0,2), c}')
}

# The kinds the corpus adds beyond posts and archives must be in both outputs, in the same numbers:
# one image per post, every download, the standalone pages and the script (copying static files is
# part of each generator's work, so a side that skipped them would be timed on less).
same_static_and_pages() { # same_static_and_pages N OURS_DIR HUGO_DIR
  local n=$1 side kind got want
  for side in "$2" "$3"; do
    got=$(find "$side/assets/images" -name '*.png' 2>/dev/null | wc -l)
    ((got == n)) || die "$side has $got images in assets/images/ for $n posts"
    for kind in about/index.html contact/index.html archive/index.html assets/js/site.js; do
      [[ -f $side/$kind ]] || die "$side is missing $kind"
    done
  done
  got=$(find "$2/assets/downloads" -type f 2>/dev/null | wc -l)
  want=$(find "$3/assets/downloads" -type f 2>/dev/null | wc -l)
  ((got == want && got > 0)) || die "downloads: ours wrote $got, hugo $want (both must copy every one)"
  cmp -s "$2/assets/images/$(ls "$3/assets/images" | head -n 1)" "$3/assets/images/$(ls "$3/assets/images" | head -n 1)" ||
    die "the first image differs between $2 and $3: the copies must be byte for byte"
}

first_seed=${seeds[0]}
for n in "${sizes[@]}"; do
for seed in "${seeds[@]}"; do
  corpus=$work/corpus-$n-s$seed
  stamp="posts=$n seed=$seed generator=$(cd "$here" && find corpus.py templates -type f | sort | xargs md5sum | md5sum | cut -c1-12)"
  if [[ ! -f $corpus/.stamp || $(cat "$corpus/.stamp") != "$stamp" ]]; then
    say "writing the $n-post corpus ..."
    python3 "$here/corpus.py" --posts "$n" --seed "$seed" --out "$corpus"
    printf '%s' "$stamp" >"$corpus/.stamp"
  else
    say "reusing the $n-post corpus ($stamp)"
  fi

  # Every run writes into its own fresh folder, and the last size's folders are deleted before any timing, then a
  # pause: deleting ~2,000 files (this disk is mounted with `discard`) made the next run or two spend seconds more in
  # the kernel, so a round that deleted the previous round's output charged it to whichever side ran next (ours: up
  # to 1.5x its own wall time, and a drift over the rounds that looked like a slowdown of both sides).
  outs=$work/out/$n-s$seed
  rm -rf "$outs"; mkdir -p "$outs"; sync; sleep 10
  opts=("${ours_options[@]/EMPTY_THEME/$corpus/empty-theme}")
  say ""
  say "== $n posts, seed $seed, $rounds rounds, interleaved"
  for ((r = 1; r <= rounds; r++)); do
    out=$outs/round-$r; mkdir -p "$out"
    timed "ours ($n posts, seed $seed, round $r)" "$logs/ours-$n-s$seed-r$r.log" -- \
      "${ours[@]}" --source "$corpus/jekyll" --destination "$out/ours" "${opts[@]}"
    ow=$wall orss=$rss ocpu=$cpu
    printf '%s\t%s\t%s\tours\t%s\t%s\t%s\n' "$n" "$seed" "$r" "$ow" "$orss" "$ocpu" >>"$results"
    timed "hugo ($n posts, seed $seed, round $r)" "$logs/hugo-$n-s$seed-r$r.log" -- \
      hugo --source "$corpus/hugo" --destination "$out/hugo" --cacheDir "$work/hugo-cache"
    hw=$wall hrss=$rss hcpu=$cpu
    printf '%s\t%s\t%s\thugo\t%s\t%s\t%s\n' "$n" "$seed" "$r" "$hw" "$hrss" "$hcpu" >>"$results"
    if ((search)); then
      # The same build with the search index on (the corpus's own config, then one line more), into its own folder.
      printf 'search_index: true\n' >"$corpus/search.yml"
      timed "ours with search ($n posts, seed $seed, round $r)" "$logs/ours-search-$n-s$seed-r$r.log" -- \
        "${ours[@]}" --source "$corpus/jekyll" --destination "$out/ours-search" "${opts[@]}" \
        --config "$corpus/jekyll/_config.yml,$corpus/search.yml"
      sw=$wall scpu=$cpu
      printf '%s\t%s\t%s\tours-search\t%s\t%s\t%s\n' "$n" "$seed" "$r" "$sw" "$rss" "$scpu" >>"$results"
      if ((r == 1)); then
        [[ -f $out/ours-search/search.json ]] || die "the build with search_index: true wrote no search.json (log: $logs/ours-search-$n-s$seed-r$r.log)"
        # Index bytes against every HTML page's bytes of the same output (both uncompressed).
        html_bytes=$(find "$out/ours-search" -name '*.html' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
        printf '%s\t%s\t%s\t%s\n' "$n" "$seed" "$(stat -c %s "$out/ours-search/search.json")" "$html_bytes" >>"$search_sizes"
      fi
      printf 'round %d  ours with search %7.2f s (cpu %7.2f s), without %7.2f s (cpu %7.2f s)\n' "$r" "$sw" "$scpu" "$ow" "$ocpu"
    fi
    if ((r == 1)); then
      # A build that writes nothing would be fast: both must have written every post.
      for side in ours hugo; do
        got=$(posts_written "$out/$side")
        ((got == n)) || die "$side wrote $got post pages for $n posts (output: $out/$side, log: $logs/$side-$n-s$seed-r$r.log)"
      done
      same_static_and_pages "$n" "$out/ours" "$out/hugo"
    fi
    printf 'round %d  ours %7.2f s %5d MB (cpu %7.2f s) | hugo %7.2f s %5d MB (cpu %7.2f s) | ours/hugo wall %s rss %s cpu %s  [load %s]\n' \
      "$r" "$ow" $((orss / 1024)) "$ocpu" "$hw" $((hrss / 1024)) "$hcpu" \
      "$(ratio "$ow" "$hw")" "$(ratio "$orss" "$hrss")" "$(ratio "$ocpu" "$hcpu")" "$(cut -d' ' -f1 /proc/loadavg)"
  done
  # The last round's outputs stay until the next run, for inspection; their shape shows that
  # both sides wrote the same kinds of pages.
  say "ours wrote: $(shape "$out/ours")"
  say "hugo wrote: $(shape "$out/hugo")"

  # `dotnet run -c Release` once per size, on the first seed's corpus (issue 14 asks for it beside the published binary).
  [[ -n ${OURS:-} || $seed != "$first_seed" ]] && continue
  say "timing \`dotnet run -c Release --project src/Blog\` once (built first, untimed) ..."
  if ! dotnet build "$repo/src/Blog" -c Release -nologo -v q >"$logs/build-release-run.log" 2>&1; then
    tail -n 30 "$logs/build-release-run.log" >&2
    die "our generator does not build in Release, see $logs/build-release-run.log"
  fi
  rm -rf "$out/dotnet-run"
  timed "dotnet run -c Release ($n posts)" "$logs/dotnet-run-$n.log" -- \
    dotnet run -c Release --project "$repo/src/Blog" -- --source "$corpus/jekyll" --destination "$out/dotnet-run" "${opts[@]}"
  dw=$wall drss=$rss
  printf '%s\t%s\t%s\n' "$n" "$dw" "$drss" >>"$dotnet_runs"
  say "dotnet run -c Release: $dw s"
  rm -rf "$out/dotnet-run"
done
done

# The README's own build command, `dotnet run --project src/Blog` from the repository on input/, with nothing changed
# since the previous run (issue 14: median <= 2.5 s): as the README runs it (Debug), once untimed, then three timed.
if [[ -z ${OURS:-} ]]; then
  say "timing the README's \`dotnet run --project src/Blog\` on input/ with nothing changed (one untimed run, three timed) ..."
  readme_run() { (cd "$repo" && exec dotnet run --project src/Blog); }
  readme_run >"$logs/readme-run-0.log" 2>&1 || { tail -n 30 "$logs/readme-run-0.log" >&2; die "the README's build command failed, see $logs/readme-run-0.log"; }
  for i in 1 2 3; do
    timed "README build command (run $i)" "$logs/readme-run-$i.log" -- bash -c 'cd "$1" && exec dotnet run --project src/Blog' _ "$repo"
    printf '%s\t%s\n' "$wall" "$rss" >>"$readme_runs"
    say "run $i: $wall s"
  done
fi

export BENCH_MACHINE="$(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME")"
export BENCH_VERSIONS="$(hugo version | cut -d' ' -f1-2), .NET SDK $(dotnet --version)"
export BENCH_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"
export BENCH_LOAD="$load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
export BENCH_SEEDS="${seeds[*]}"
python3 "$here/summarize.py" "$results" "$dotnet_runs" "$search_sizes" "$readme_runs"
