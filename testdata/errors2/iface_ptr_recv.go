// errorcheck

// A value type does not have its pointer-receiver methods.

package main

type Incer interface{ Inc() }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func use(i Incer) { i.Inc() }

func main() {
	var c C
	use(&c)
	use(c) // ERROR "C does not implement Incer \(method Inc has pointer receiver\)|method Inc has pointer receiver"
}
