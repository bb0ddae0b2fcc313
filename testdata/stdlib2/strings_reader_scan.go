// run

// Parse a small CSV-like table from a string: Scanner lines, Split, strconv, aggregate.

package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `city,temp
Oslo,3.5
Cairo,31
Lima,18.25
Oslo,-1.5
bad line
Cairo,29
Lima,x
`

func main() {
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Scan() // header
	sums := map[string]float64{}
	counts := map[string]int{}
	lineNo := 1
	for sc.Scan() {
		lineNo++
		parts := strings.Split(sc.Text(), ",")
		if len(parts) != 2 {
			fmt.Printf("line %d: want 2 fields, got %d\n", lineNo, len(parts))
			continue
		}
		v, err := strconv.ParseFloat(parts[1], 64)
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		sums[parts[0]] += v
		counts[parts[0]]++
	}
	cities := make([]string, 0, len(sums))
	for c := range sums {
		cities = append(cities, c)
	}
	sort.Strings(cities)
	for _, c := range cities {
		fmt.Printf("%-6s n=%d avg=%6.2f\n", c, counts[c], sums[c]/float64(counts[c]))
	}
}
