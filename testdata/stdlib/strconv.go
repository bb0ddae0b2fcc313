// run

// strconv: conversions and their *NumError messages.

package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-123), strconv.FormatInt(255, 16), strconv.FormatUint(1<<63, 2), strconv.FormatBool(true))
	n, err := strconv.Atoi("456")
	fmt.Println(n, err == nil)
	fmt.Println(strconv.Quote("héllo\n\x00\u00a0☺"), strconv.QuoteRune('☺'), strconv.QuoteToASCII("héllo"))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', -1, 32))
	f, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f)
	b := strconv.AppendInt([]byte("x="), 42, 10)
	fmt.Println(string(b))
	_, err = strconv.Atoi("x")
	fmt.Println(err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err)
	u, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", u, err)
	v, _ := strconv.ParseUint("ff", 16, 8)
	bb, _ := strconv.ParseBool("true")
	fmt.Println(v, bb, strconv.FormatFloat(-0.000123, 'g', 3, 64), strconv.FormatFloat(123456789, 'e', 4, 64))
}
