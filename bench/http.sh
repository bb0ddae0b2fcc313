#!/bin/bash
# Load test of a hello-world HTTP server on loopback (issue 8): 1,000
# concurrent keep-alive connections for 10 s with wrk, against gorun's
# server and against Go's net/http server built from the same source, in
# the same run. Prints requests/s of each, the ratio, and fails if wrk
# reports errors (socket errors or non-2xx) against gorun's server.
#   bench/http.sh [path/to/gorun]      (needs wrk: apt-get install wrk)
set -u
here=$(cd "$(dirname "$0")" && pwd)
gorun=${1:-$here/../build/gorun}
dur=${DURATION:-10s}
conns=${CONNS:-1000}
threads=${THREADS:-2}
command -v wrk >/dev/null || { echo "bench/http.sh: wrk not installed (apt-get install wrk)"; exit 2; }
ulimit -n 65536 2>/dev/null || ulimit -n 4096

run() { # name port cmd...
  local name=$1 port=$2; shift 2
  "$@" "$port" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do
    (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
    sleep 0.1
  done
  local out
  out=$(wrk -t"$threads" -c"$conns" -d"$dur" --timeout 5s http://127.0.0.1:"$port"/ 2>&1)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  local rps errs non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  errs=$(awk '/Socket errors/ {s=0; for(i=3;i<=NF;i+=2) s+=$(i+1)+0; print s}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$name: ${rps:-0} req/s, socket errors ${errs:-0}, non-2xx ${non2xx:-0}"
  eval "${name}_rps=${rps:-0} ${name}_errs=$(( ${errs:-0} + ${non2xx:-0} ))"
}

run gorun 18080 "$gorun" "$here/http/hello.go"
if command -v go >/dev/null; then
  tmp=$(mktemp -d)
  (cd "$tmp" && cp "$here/http/hello.go" . && go mod init hello >/dev/null 2>&1 && go build -o hello . ) &&
    run go 18081 "$tmp/hello"
  rm -rf "$tmp"
  awk -v a="${gorun_rps}" -v b="${go_rps:-0}" 'BEGIN { if (b > 0) printf "gorun/go: %.2f (target >= 0.80)\n", a / b }'
fi
[ "${gorun_errs}" = 0 ] && awk -v a="${gorun_rps}" 'BEGIN { exit !(a > 0) }'
