// errorcheck

// Method expressions through the wrong receiver type.

package main

type T struct{}

func (t *T) P() {}
func (t T) V()  {}

func main() {
	_ = T.V
	_ = (*T).V
	_ = (*T).P
	_ = T.P // ERROR "invalid method expression T.P \(needs pointer receiver \(\*T\).P\)|cannot call pointer method P on T"
}
