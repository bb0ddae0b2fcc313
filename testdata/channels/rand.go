// run

// math/rand: seeded sources give Go's exact sequences.

package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31(), r.Uint32())
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Printf("%.4f %.4f\n", r.NormFloat64(), r.ExpFloat64())

	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Int()%1000)
	f := rand.Float64()
	fmt.Println(f >= 0 && f < 1)

	r2 := rand.New(rand.NewSource(1))
	r3 := rand.New(rand.NewSource(1))
	same := true
	for i := 0; i < 100; i++ {
		if r2.Int() != r3.Int() {
			same = false
		}
	}
	fmt.Println("same seed, same sequence:", same)
}
