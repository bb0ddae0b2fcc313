// run

// Dynamic dispatch over a heterogeneous slice; interfaces holding interfaces.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }
type Cat struct{ name string }
type Cow int

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return c.name }
func (c Cow) Sound() string  { return strings.Repeat("moo", int(c)) }
func (c Cow) Name() string   { return "cow" }

type byName []Animal

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].Name() < b[j].Name() }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	zoo := []Animal{Dog{"rex"}, &Cat{"tom"}, Cow(2), Dog{"ace"}}
	sort.Sort(byName(zoo))
	for _, a := range zoo {
		fmt.Printf("%s says %s (%T)\n", a.Name(), a.Sound(), a)
	}
	var x interface{} = zoo[0]
	if a, ok := x.(Animal); ok {
		fmt.Println("still an animal:", a.Name())
	}
	sounds := map[string]int{}
	for _, a := range zoo {
		sounds[a.Sound()]++
	}
	fmt.Println(sounds)
}
