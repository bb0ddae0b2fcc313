#!/bin/bash
# tests/gc/rss-check.sh GORUN PROGRAM.go MAX_MB: runs the program under gorun
# and fails unless it succeeds with a peak RSS (VmHWM, from GNU time's %M
# or /proc) under MAX_MB megabytes. The collector's bounded-memory test.
set -euo pipefail
gorun=$1 prog=$2 max=$3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gorun-rss.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f %M -o "$tmp/rss" "$gorun" "$prog" > "$tmp/out"
  kb=$(tail -n 1 "$tmp/rss")
else
  "$gorun" "$prog" > "$tmp/out" &
  pid=$! kb=0
  while kill -0 $pid 2> /dev/null; do
    v=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2> /dev/null || true)
    [ -n "$v" ] && kb=$v
    sleep 0.2
  done
  wait $pid
fi
cat "$tmp/out"
mb=$((kb / 1024))
echo "peak RSS: $mb MB (limit $max MB)"
[ "$mb" -lt "$max" ]
