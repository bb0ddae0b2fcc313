// run
// exit 2
// stderr "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[select \(no cases\)\]:"

package main

import "fmt"

func main() {
	fmt.Println("blocking")
	select {}
}
