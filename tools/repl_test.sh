#!/bin/sh
# Runs one REPL transcript test (testdata/repl/NAME.in, piped into gorun)
# and compares standard output and error, merged, with NAME.out.
# Normalised: traceback offsets (+0x1d -> +0x?), the directory of the
# testdata (DIR), goroutine numbers, :time's duration.
# GORUN_UPDATE_GOLDEN=1 rewrites NAME.out.
#   usage: repl_test.sh GORUN DIR NAME
gorun=$1 dir=$2 name=$3
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
sed "s|LOADFILE|$dir/load.go|" "$dir/$name.in" | HOME=/nonexistent timeout 60 "$gorun" 2>&1 |
  sed -e 's/+0x[0-9a-f]*/+0x?/' -e "s|$dir/|DIR/|" \
      -e 's/^goroutine [0-9]* /goroutine N /' -e 's/^time: .*/time: T/' >"$tmp"
if [ -n "$GORUN_UPDATE_GOLDEN" ]; then cp "$tmp" "$dir/$name.out"; exit 0; fi
diff -u "$dir/$name.out" "$tmp"
