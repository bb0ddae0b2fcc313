#!/bin/bash
# GC pauses (issue 6): runs an allocation benchmark under gorun and as a
# `go build` binary with GODEBUG=gctrace=1 and prints, for each, the wall
# time, peak RSS, number of cycles and the stop-the-world pauses (max,
# p99, median: the first plus the third "clock" term of each gc line, as
# Go defines them), and gorun's "assist" wait: the time goroutines spent
# waiting for a mark to end because they allocated past the goal.
#   bench/gcpause.sh [PROGRAM.go [ARGS...]]   (default: bench/binarytrees21.go)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gorun=${GORUN:-$root/build/gorun}
prog=${1:-$root/bench/binarytrees21.go}
shift || true
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gorun-gcpause.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# summarize NAME TRACE SECONDS KB (portable awk: Debian's is mawk)
summarize() {
  local name=$1 trace=$2 secs=$3 kb=$4
  awk '/^gc [0-9]+ @/ { split($5, c, "+"); print c[1] + c[3] }' "$trace" | sort -g > "$trace.pauses"
  local n
  n=$(wc -l < "$trace.pauses")
  if [ "$n" -eq 0 ]; then
    printf '%-6s %6.2f s %6d MB  no collections\n' "$name" "$secs" $((kb / 1024))
    return
  fi
  local p99=$(((n * 99 + 99) / 100)) med=$(((n + 1) / 2))
  local max99 median maxp waits
  maxp=$(tail -n 1 "$trace.pauses")
  max99=$(sed -n "${p99}p" "$trace.pauses")
  median=$(sed -n "${med}p" "$trace.pauses")
  waits=$(awk '/^gc [0-9]+ @/ { split($8, u, "+"); split(u[2], a, "/"); t += a[1]; if (a[1] > m) m = a[1] }
               END { printf "%.0f ms, max %.1f ms", t, m }' "$trace")
  printf '%-6s %6.2f s %5d MB %5d cycles  pause max %s ms, p99 %s ms, median %s ms; assist wait %s\n' \
    "$name" "$secs" $((kb / 1024)) "$n" "$maxp" "$max99" "$median" "$waits"
}

run() { # NAME CMD...
  local name=$1
  shift
  local start end
  start=$(date +%s%N)
  GODEBUG=gctrace=1 /usr/bin/time -f %M -o "$tmp/$name.rss" "$@" > /dev/null 2> "$tmp/$name.trace"
  end=$(date +%s%N)
  summarize "$name" "$tmp/$name.trace" "$(awk -v d=$((end - start)) 'BEGIN {print d / 1e9}')" \
    "$(tail -n 1 "$tmp/$name.rss")"
}

run gorun "$gorun" "$prog" "$@"
if command -v go > /dev/null; then
  mkdir -p "$tmp/src"
  cp "$prog" "$tmp/src/main.go"
  (cd "$tmp/src" && GO111MODULE=off GOFLAGS= GOTOOLCHAIN=local go build -o "$tmp/prog" main.go)
  run go "$tmp/prog" "$@"
fi
