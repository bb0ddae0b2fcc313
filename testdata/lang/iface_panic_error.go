// run
// exit 2
// stderr "^panic: boom\n\ngoroutine 1 \[running\]:\nmain.main\(\)"

package main

import "errors"

func main() {
	panic(errors.New("boom"))
}