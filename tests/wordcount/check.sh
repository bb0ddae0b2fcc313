#!/bin/bash
# tests/wordcount/check.sh GORUN: issue 5's acceptance test. gorun writes a
# 10 MB text file (gen.go), counts its words (wordcount.go, the file given
# on the command line) and must print exactly wordcount.out, which is what
# Go 1.19 prints; where `go` is installed the Go build is run on the same
# file and compared too.
set -euo pipefail
gorun=$1
dir=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gorun-wc.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
"$gorun" "$dir/gen.go" "$tmp/text.txt" 10
size=$(stat -c %s "$tmp/text.txt")
echo "input: $size bytes"
"$gorun" "$dir/wordcount.go" "$tmp/text.txt" > "$tmp/gorun.out"
diff -u "$dir/wordcount.out" "$tmp/gorun.out"
if command -v go > /dev/null; then
  export GOCACHE="$tmp/go-cache" GO111MODULE=off GOFLAGS= GOTOOLCHAIN=local GOTELEMETRY=off
  go run "$dir/wordcount.go" "$tmp/text.txt" > "$tmp/go.out"
  diff -u "$tmp/go.out" "$tmp/gorun.out"
  echo "gorun and Go agree"
fi
echo ok
