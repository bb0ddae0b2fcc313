// run

// Type switches over recovered panic values distinguish runtime errors, errors and strings.

package main

import (
	"errors"
	"fmt"
	"strings"
)

type stackErr struct{ depth int }

func (s stackErr) Error() string { return fmt.Sprint("depth ", s.depth) }

func classify(f func()) (kind string) {
	defer func() {
		switch v := recover().(type) {
		case nil:
			kind = "no panic"
		case stackErr:
			kind = "stackErr " + v.Error()
		case error:
			msg := v.Error()
			if strings.HasPrefix(msg, "runtime error") {
				kind = "runtime: " + msg
			} else {
				kind = "error: " + msg
			}
		case string:
			kind = "string: " + v
		case fmt.Stringer:
			kind = "stringer: " + v.String()
		default:
			kind = fmt.Sprintf("other %T %v", v, v)
		}
	}()
	f()
	return "unreachable?"
}

func main() {
	var m map[string]int
	var arr []string
	var ip *int
	fmt.Println(classify(func() {}))
	fmt.Println(classify(func() { panic(stackErr{3}) }))
	fmt.Println(classify(func() { panic(errors.New("custom")) }))
	fmt.Println(classify(func() { panic("text") }))
	fmt.Println(classify(func() { panic(3.5) }))
	fmt.Println(classify(func() { m["a"] = 1 }))
	fmt.Println(classify(func() { _ = arr[len(arr)] }))
	fmt.Println(classify(func() { *ip = 1 }))
	fmt.Println(classify(func() {
		var x interface{} = 1
		_ = x.(string)
	}))
}
