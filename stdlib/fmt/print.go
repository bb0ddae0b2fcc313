// Package fmt implements formatted I/O as Go's fmt does. The formatting
// engine is native (runtime/fmt.cpp): it walks values through their type
// descriptors.
package fmt

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
