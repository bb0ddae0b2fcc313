// run

// Type switches with several types per case, nil case and default.

package main

import "fmt"

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case Shape:
		return fmt.Sprintf("shape area %.1f", v.Area())
	case error:
		return "error " + v.Error()
	case []int:
		return fmt.Sprint("slice ", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	xs := []interface{}{nil, 3, int64(4), "héllo", Rect{2, 3}, &Circle{2}, Circle{1}, fmt.Errorf("boom"), []int{1, 2}, 2.5, map[string]int{}}
	for _, x := range xs {
		fmt.Println(describe(x))
	}
}
