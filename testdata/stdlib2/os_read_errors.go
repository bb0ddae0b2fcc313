// run

// os error paths: reading missing files, opening directories for write, env vars.

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.ReadFile("/nonexistent-gorun-dir/file.txt")
	fmt.Println(err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	_, err = os.Open("/nonexistent-gorun-dir/x")
	fmt.Println(err)
	err = os.WriteFile("/nonexistent-gorun-dir/x", []byte("x"), 0644)
	fmt.Println(err)
	os.Setenv("GORUN_STDLIB2_TEST", "value=1")
	fmt.Println(os.Getenv("GORUN_STDLIB2_TEST"))
	os.Unsetenv("GORUN_STDLIB2_TEST")
	_, ok := os.LookupEnv("GORUN_STDLIB2_TEST")
	fmt.Println(ok)
	fmt.Println(len(os.Args) >= 1)
}
