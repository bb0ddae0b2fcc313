// run

// unicode's map tables (Categories, Scripts, Properties, FoldCategory,
// FoldScript), restored once maps were lowered.

package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), len(unicode.FoldCategory), len(unicode.FoldScript))
	fmt.Println(unicode.Is(unicode.Scripts["Greek"], 'λ'), unicode.Is(unicode.Categories["Lu"], 'a'), unicode.Is(unicode.Properties["White_Space"], ' '))
}
