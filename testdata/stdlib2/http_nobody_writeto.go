// run

// http.NoBody has Go's WriteTo, so copying it allocates no buffer.
package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	var body io.Reader = http.NoBody
	_, ok := body.(io.WriterTo)
	fmt.Println("NoBody is a WriterTo:", ok)
	n, err := io.Copy(io.Discard, http.NoBody)
	fmt.Println(n, err)
}
