// run

// strconv conversions and their errors.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-123), strconv.Itoa(0))
	for _, s := range []string{"42", "-7", "abc", "", "99999999999999999999", " 1", "+5"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.25", "1e10", "-0.5", "inf", "NaN", "x1", "1e400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234.5, 'e', -1, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println(strconv.Quote("hi\n\"there\"\t世"), strconv.QuoteToASCII("世界"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("bad")
	fmt.Println(err)
	fmt.Println(strconv.FormatBool(false), string(strconv.AppendInt([]byte("n="), 12, 10)))
}
