// The hello-world HTTP server of bench/http.sh: the same source runs
// under gorun and under `go run` (the Go figure it is compared with).
// Serves on 127.0.0.1:$1 until killed.
package main

import (
	"fmt"
	"net/http"
	"os"
)

func main() {
	port := "8080"
	if len(os.Args) > 1 {
		port = os.Args[1]
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "Hello, World!\n")
	})
	if err := http.ListenAndServe("127.0.0.1:"+port, nil); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
