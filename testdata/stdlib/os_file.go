// run

// os: WriteFile, ReadFile, Open/Create, File methods, *PathError, Getenv.

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	// The test's variants run at the same time: each process has its own file,
	// shown with its pid replaced so that the output does not depend on it.
	pid := fmt.Sprint(os.Getpid())
	name := "/tmp/gorun_os_file_test_" + pid + ".txt"
	defer os.Remove(name)
	show := func(s string) string { return strings.ReplaceAll(s, pid, "PID") }
	if err := os.WriteFile(name, []byte("hello\nfile\n"), 0644); err != nil {
		fmt.Println(err)
	}
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	f, err := os.Create(name)
	fmt.Println(err, show(f.Name()))
	f.WriteString("abc")
	f.Write([]byte("def"))
	fmt.Println(f.Close(), show(f.Close().Error()))
	f, _ = os.Open(name)
	buf := make([]byte, 4)
	n, err := f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	f.Close()
	_, err = os.Open("/nonexistent/x")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	fmt.Printf("%T\n", err)
	os.Setenv("GORUN_TEST_VAR", "v1")
	v, ok := os.LookupEnv("GORUN_TEST_VAR")
	fmt.Println(os.Getenv("GORUN_TEST_VAR"), v, ok, os.Getenv("GORUN_NO_SUCH_VAR") == "")
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintf(os.Stderr, "to stderr\n")
}
