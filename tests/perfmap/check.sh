#!/bin/bash
# GORUN_PERFMAP=1 (runtime/symtab.cpp): the JIT's functions are listed in
# /tmp/perf-PID.map as perf reads them ("START SIZE name", hex), Go names
# included.
#   usage: check.sh GORUN SOURCE_DIR
set -eu
gorun=$1 src=$2
GORUN_PERFMAP=1 "$gorun" "$src/testdata/hello.go" > /dev/null &
pid=$!
wait $pid
map=/tmp/perf-$pid.map
trap 'rm -f "$map"' EXIT
grep -Eq '^[0-9a-f]+ [0-9a-f]+ main\.main$' "$map" || { echo "no main.main in $map"; cat "$map" 2>&1 | head; exit 1; }
echo "ok: $(wc -l < "$map") functions in $map"
