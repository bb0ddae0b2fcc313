// run

// Anonymous structs: variables, slices of them, nested anonymous types,
// and assignability between identical struct types.

package main

import "fmt"

type Named struct {
	Name string
	N    int
}

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg.Host, cfg.Port)
	fmt.Printf("%v %+v\n", cfg, cfg)

	people := []struct {
		Name string
		Age  int
	}{
		{"Alice", 30},
		{"Bob", 25},
		{Name: "Carol"},
	}
	for _, p := range people {
		fmt.Println(p.Name, p.Age)
	}

	var nested struct {
		ID   int
		Meta struct {
			Tags []string
			OK   bool
		}
	}
	nested.ID = 7
	nested.Meta.Tags = []string{"a", "b"}
	nested.Meta.OK = true
	fmt.Printf("%+v\n", nested)

	// An anonymous struct value is assignable to a named type with the
	// same underlying type.
	anon := struct {
		Name string
		N    int
	}{"x", 1}
	var n Named = anon
	fmt.Println(n)
	n2 := Named(anon)
	fmt.Println(n2 == n)

	// Empty anonymous struct.
	var unit struct{}
	fmt.Println(unit)
}
