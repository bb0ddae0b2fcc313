// errorcheck

// What the sample's comments say would not compile, does not.

package main

func sendOnly(ch chan<- int) {
	ch <- 42
	value := <-ch // ERROR "invalid operation: cannot receive from send-only channel ch"
	_ = value
}

func receiveOnly(ch <-chan int) {
	value := <-ch
	_ = value
	ch <- 42 // ERROR "invalid operation: cannot send to receive-only channel ch"
}

func main() {
	close(make(<-chan int)) // ERROR "invalid operation: cannot close receive-only channel"
}
