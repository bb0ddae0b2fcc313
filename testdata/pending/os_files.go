// skip
// gorun bug: package os lacks Remove and Stat: `os.Remove("/tmp/x")` and `os.Stat("/tmp/x")` fail with "undefined: os.Remove" / "undefined: os.Stat"

// os.Getenv, WriteFile, ReadFile, Create/Open, Remove on a unique /tmp path.

package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Getenv("GORUN_SURELY_UNSET_VAR_XYZ") == "")
	v, ok := os.LookupEnv("GORUN_SURELY_UNSET_VAR_XYZ")
	fmt.Printf("%q %v\n", v, ok)
	path := "/tmp/gorun_stdlib2_os_files_7f3a.txt"
	if err := os.WriteFile(path, []byte("line one\nline two\n"), 0644); err != nil {
		fmt.Println("write error:", err)
		return
	}
	data, err := os.ReadFile(path)
	fmt.Printf("%q %v\n", data, err)
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0644)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Fprintln(f, "line three")
	f.Close()
	g, err := os.Open(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(g)
	for sc.Scan() {
		fmt.Println(">", sc.Text())
	}
	g.Close()
	st, err := os.Stat(path)
	fmt.Println(st.Size(), st.Name(), err)
	fmt.Println(os.Remove(path))
	_, err = os.ReadFile(path)
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.Remove(path) != nil)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Println(len(os.Args))
}
