// errorcheck

// Methods with the right name but wrong signature do not satisfy an interface.

package main

type Writer interface {
	Write(p []byte) (int, error)
}

type W struct{}

func (W) Write(s string) (int, error) { return len(s), nil }

func main() {
	var w Writer = W{} // ERROR "W does not implement Writer \(wrong type for method Write\)"
	_ = w
}
