package runtime

// The Error interface identifies a run time error. The runtime's own panic
// values (index and nil-dereference errors, *TypeAssertionError, ...) are
// built in C++ (runtime/defer.cpp) with an Error and a RuntimeError method.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}
