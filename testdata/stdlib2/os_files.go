// run

// os.Getenv, WriteFile, ReadFile, OpenFile/Open, Stat, Remove on a unique /tmp path.

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
	// Unique per process: the suite runs this program several times at once.
	name := fmt.Sprintf("gorun_stdlib2_os_files_%d.txt", os.Getpid())
	path := "/tmp/" + name
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
	fmt.Println(st.Size(), st.Name() == name, st.Mode().Perm()&0600, st.Mode().IsRegular(), st.IsDir(), err)
	fmt.Println(os.Remove(path))
	_, err = os.ReadFile(path)
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.Remove(path) != nil)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Println(len(os.Args))
}
