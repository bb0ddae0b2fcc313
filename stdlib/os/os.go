// Package os: the process's arguments and exit.
package os

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int)
