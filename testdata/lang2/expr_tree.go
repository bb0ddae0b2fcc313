// run

// An expression tree with interfaces, Stringer on nested values, and a recovered panic from a method.

package main

import "fmt"

type Op int

const (
	Add Op = iota + 1
	Sub
)

var opNames = map[Op]string{Add: "add", Sub: "sub"}

func (o Op) String() string { return opNames[o] }

type Expr interface{ Eval() float64 }
type Num float64
type Bin struct {
	Op   Op
	L, R Expr
}

func (n Num) Eval() float64 { return float64(n) }
func (b Bin) Eval() float64 {
	switch b.Op {
	case Add:
		return b.L.Eval() + b.R.Eval()
	case Sub:
		return b.L.Eval() - b.R.Eval()
	}
	panic(fmt.Sprintf("bad op %d", b.Op))
}
func (b Bin) String() string { return fmt.Sprintf("(%v %v %v)", b.L, b.Op, b.R) }

func main() {
	e := Bin{Add, Num(1), Bin{Sub, Num(5), Num(2.5)}}
	fmt.Println(e, e.Eval())
	fmt.Printf("%v|%+v|%s|%d\n", e, e.Op, Sub, Sub)
	defer func() { fmt.Println("recovered:", recover()) }()
	Bin{Op(9), Num(1), Num(2)}.Eval()
}
