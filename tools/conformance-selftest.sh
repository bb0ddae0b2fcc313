#!/bin/bash
# Self-test of the conformance runner (tools/conformance.cpp): proves that it
# passes what it should and fails what it should, with a fake gorun that
# replays canned stdout/stderr/exit status. Needs neither gorun nor Go.
#
#   tools/conformance-selftest.sh PATH/TO/gorun_conformance
set -euo pipefail

runner=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d "${TMPDIR:-/tmp}/conformance-selftest.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

# The fake gorun: for FILE.go it prints FILE.stdout and FILE.stderr, may
# sleep or kill itself, and exits with FILE.status (default 0). A fixture
# server (FILE.serve) prints that file, records its pid in FILE.pid and
# stays up until killed; a program with FILE.echoarg prints its argument.
cat > fake-gorun <<'EOF'
#!/bin/sh
b=${1%.go}
if [ -f "$b.serve" ]; then
  echo $$ > "$b.pid"
  cat "$b.serve"
  exec sleep 60
fi
[ -f "$b.echoarg" ] && echo "$2"
[ -f "$b.sleep" ] && sleep "$(cat "$b.sleep")"
[ -f "$b.stdout" ] && cat "$b.stdout"
[ -f "$b.stderr" ] && cat "$b.stderr" >&2
[ -f "$b.signal" ] && kill -"$(cat "$b.signal")" $$
exit "$(cat "$b.status" 2>/dev/null || echo 0)"
EOF
chmod +x fake-gorun

# prog NAME DIRECTIVE [EXTRA-HEADER-LINE]: a minimal test program.
prog() {
  { echo "$2"; [ -n "${3:-}" ] && echo "$3"; echo; echo "package main"; echo; echo "func main() {}"; } > "$1.go"
}

# errprog NAME LINE2 LINE3 ...: an errorcheck program whose lines 5.. are given.
errprog() {
  local name=$1; shift
  { echo "// errorcheck"; echo; echo "package main"; echo; for l in "$@"; do echo "$l"; done; } > "$name.go"
}

failures=0
# expect WANT-STATUS NAME [runner options...]
expect() {
  local want=$1 name=$2; shift 2
  local got=0
  "$runner" --gorun ./fake-gorun "$@" "$name.go" > "$name.log" 2>&1 || got=$?
  if [ "$got" != "$want" ]; then
    echo "selftest FAIL: $name: runner exited $got, want $want"
    sed 's/^/    /' "$name.log"
    failures=$((failures + 1))
  else
    echo "selftest ok:   $name -> $got"
  fi
}

# --- run tests ------------------------------------------------------------
prog run_pass "// run";               printf 'hello\n' > run_pass.out;  printf 'hello\n' > run_pass.stdout
expect 0 run_pass
prog run_wrong_output "// run";       printf 'a\n' > run_wrong_output.out; printf 'b\n' > run_wrong_output.stdout
expect 1 run_wrong_output
prog run_missing_newline "// run";    printf 'a\n' > run_missing_newline.out; printf 'a' > run_missing_newline.stdout
expect 1 run_missing_newline
prog run_extra_line "// run";         printf 'a\n' > run_extra_line.out; printf 'a\nb\n' > run_extra_line.stdout
expect 1 run_extra_line
prog run_exit3 "// run" "// exit 3";  printf 'bye\n' > run_exit3.out; printf 'bye\n' > run_exit3.stdout; echo 3 > run_exit3.status
expect 0 run_exit3
prog run_wrong_exit "// run" "// exit 2"
expect 1 run_wrong_exit
prog run_unexpected_exit "// run";    echo 2 > run_unexpected_exit.status
expect 1 run_unexpected_exit
prog run_no_golden "// run"
expect 0 run_no_golden
prog run_no_golden_output "// run";   printf 'x\n' > run_no_golden_output.stdout
expect 1 run_no_golden_output
prog run_stderr_ignored "// run";     printf 'out\n' > run_stderr_ignored.out; printf 'out\n' > run_stderr_ignored.stdout
printf 'panic: whatever\n' > run_stderr_ignored.stderr
expect 0 run_stderr_ignored
prog run_stderr_match "// run" '// stderr "panic: runtime error: index out of range \[5\] with length 3"'
printf 'x\npanic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n' > run_stderr_match.stderr
expect 0 run_stderr_match
cp run_stderr_match.go run_stderr_mismatch.go
printf 'panic: runtime error: index out of range [4] with length 3\n' > run_stderr_mismatch.stderr
expect 1 run_stderr_mismatch
prog run_timeout "// run";            echo 5 > run_timeout.sleep
expect 1 run_timeout --timeout 1
prog run_signal "// run";             echo SEGV > run_signal.signal
expect 1 run_signal

# A `// server` fixture: its first stdout line is the program's argument,
# and it is killed afterwards, whether the program passed or not.
printf '127.0.0.1:4242\n' > srv.serve; : > srv.go
prog run_server "// run" "// server srv.go"; touch run_server.echoarg; printf '127.0.0.1:4242\n' > run_server.out
expect 0 run_server
server_gone() {
  local pid; pid=$(cat srv.pid); rm -f srv.pid
  if [ -d "/proc/$pid" ]; then
    echo "selftest FAIL: $1: the server (pid $pid) outlived the test"; failures=$((failures + 1)); kill "$pid"
  fi
}
server_gone run_server
cp run_server.go run_server_fail.go; touch run_server_fail.echoarg; printf 'other\n' > run_server_fail.out
expect 1 run_server_fail
server_gone run_server_fail
: > mute.go; printf '' > mute.serve
prog run_server_mute "// run" "// server mute.go"
expect 1 run_server_mute --timeout 1
prog run_server_missing "// run" "// server nosuch.go"
expect 1 run_server_missing

# --- errorcheck tests -----------------------------------------------------
ec_src=('func main() {'
        '	x := 1 // ERROR "declared (and|but) not used"'
        '	y = 2 // ERROR "undefined: y"'
        '}')
errprog ec_pass "${ec_src[@]}"
printf 'ec_pass.go:6:2: declared and not used: x\nec_pass.go:7:2: undefined: y\nec_pass.go:7:2: too many errors\n' > ec_pass.stderr
echo 1 > ec_pass.status
expect 0 ec_pass
errprog ec_path_prefix "${ec_src[@]}"
printf './ec_path_prefix.go:6:2: x declared but not used\n/abs/ec_path_prefix.go:7:2: undefined: y\n' > ec_path_prefix.stderr
echo 1 > ec_path_prefix.status
expect 0 ec_path_prefix
errprog ec_unmatched "${ec_src[@]}"
printf 'ec_unmatched.go:6:2: declared and not used: x\n' > ec_unmatched.stderr; echo 1 > ec_unmatched.status
expect 1 ec_unmatched
errprog ec_unexpected "${ec_src[@]}"
printf 'ec_unexpected.go:6:2: declared and not used: x\nec_unexpected.go:7:2: undefined: y\nec_unexpected.go:5:1: missing return\n' > ec_unexpected.stderr
echo 1 > ec_unexpected.status
expect 1 ec_unexpected
errprog ec_wrong_message "${ec_src[@]}"
printf 'ec_wrong_message.go:6:2: declared and not used: x\nec_wrong_message.go:7:2: undefined: z\n' > ec_wrong_message.stderr
echo 1 > ec_wrong_message.status
expect 1 ec_wrong_message
errprog ec_wrong_line "${ec_src[@]}"
printf 'ec_wrong_line.go:6:2: declared and not used: x\nec_wrong_line.go:8:2: undefined: y\n' > ec_wrong_line.stderr
echo 1 > ec_wrong_line.status
expect 1 ec_wrong_line
errprog ec_other_file "${ec_src[@]}"
printf 'ec_other_file.go:6:2: declared and not used: x\nec_other_file.go:7:2: undefined: y\nfmt/print.go:7:2: undefined: y\n' > ec_other_file.stderr
echo 1 > ec_other_file.status
expect 1 ec_other_file
errprog ec_status "${ec_src[@]}"
printf 'ec_status.go:6:2: declared and not used: x\nec_status.go:7:2: undefined: y\n' > ec_status.stderr
echo 2 > ec_status.status
expect 1 ec_status
errprog ec_compiled "${ec_src[@]}"
expect 1 ec_compiled
errprog ec_two_on_a_line 'func main() {' '	a, b := 1, 2 // ERROR "declared and not used: a" "declared and not used: b"' '}'
printf 'ec_two_on_a_line.go:6:2: declared and not used: a\nec_two_on_a_line.go:6:5: declared and not used: b\n' > ec_two_on_a_line.stderr
echo 1 > ec_two_on_a_line.status
expect 0 ec_two_on_a_line
errprog ec_no_markers 'func main() {}'
echo 1 > ec_no_markers.status
expect 1 ec_no_markers

# --- directives, variants, update -----------------------------------------
prog skipped "// skip: not yet"
expect 77 skipped
prog bad_directive "// runn"
expect 1 bad_directive
errprog ec_run_only "${ec_src[@]}"
CONFORMANCE_RUN_ONLY=1 expect 77 ec_run_only
CONFORMANCE_RUN_ONLY=1 expect 0 run_pass

prog upd "// run"; printf 'old\n' > upd.out; printf 'new\n' > upd.stdout
CONFORMANCE_RUN_ONLY=1 GORUN_UPDATE_GOLDEN=1 expect 77 upd
GORUN_UPDATE_GOLDEN=1 expect 0 upd
if [ "$(cat upd.out)" != new ]; then echo "selftest FAIL: upd.out not rewritten"; failures=$((failures + 1)); fi
expect 0 upd
: > upd.stdout
GORUN_UPDATE_GOLDEN=1 expect 0 upd
if [ -e upd.out ]; then echo "selftest FAIL: empty output did not remove upd.out"; failures=$((failures + 1)); fi
cp ec_pass.go ec_upd.go; printf 'ec_upd.go:6:2: declared and not used: x\n' > ec_upd.stderr; echo 1 > ec_upd.status
GORUN_UPDATE_GOLDEN=1 expect 1 ec_upd
if [ -e ec_upd.out ]; then echo "selftest FAIL: update touched an errorcheck test"; failures=$((failures + 1)); fi

if [ "$failures" -ne 0 ]; then
  echo "conformance selftest: $failures failure(s)"
  exit 1
fi
echo "conformance selftest: all cases behave"
