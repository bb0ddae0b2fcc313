// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package syscall is the part of Go's syscall package that os needs on
// linux/amd64: errno values with Go's messages, open flags, and the file
// system calls, as natives (runtime/native_syscall.cpp) that return a raw
// errno which the Go side turns into an Errno.
package syscall

import (
	"internal/itoa"
	"internal/oserror"
)

// An Errno is an unsigned number describing an error condition.
// It implements the error interface. The zero Errno is by convention
// a non-error, so code to convert from Errno to error should use:
//
//	err = nil
//	if errno != 0 {
//		err = errno
//	}
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errors) {
		s := errors[e]
		if s != "" {
			return s
		}
	}
	return "errno " + itoa.Itoa(int(e))
}

func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// Errors (zerrors_linux_amd64.go, the ones os and its users name).
const (
	E2BIG       = Errno(0x7)
	EACCES      = Errno(0xd)
	EAGAIN      = Errno(0xb)
	EBADF       = Errno(0x9)
	EEXIST      = Errno(0x11)
	EINTR       = Errno(0x4)
	EINVAL      = Errno(0x16)
	EIO         = Errno(0x5)
	EISDIR      = Errno(0x15)
	EMFILE      = Errno(0x18)
	ENFILE      = Errno(0x17)
	ENOENT      = Errno(0x2)
	ENOSPC      = Errno(0x1c)
	ENOTDIR     = Errno(0x14)
	ENOTEMPTY   = Errno(0x27)
	EPERM       = Errno(0x1)
	EPIPE       = Errno(0x20)
	ETIMEDOUT   = Errno(0x6e)
	EWOULDBLOCK = Errno(0xb)
)

// Open flags (linux/amd64).
const (
	O_RDONLY   = 0x0
	O_WRONLY   = 0x1
	O_RDWR     = 0x2
	O_APPEND   = 0x400
	O_CREAT    = 0x40
	O_EXCL     = 0x80
	O_SYNC     = 0x101000
	O_TRUNC    = 0x200
	O_CLOEXEC  = 0x80000
	O_NONBLOCK = 0x800
)

// Stdin, Stdout, Stderr are the standard file descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

func Open(path string, mode int, perm uint32) (fd int, err error) {
	fd, e := open(path, mode, perm)
	if e != 0 {
		return -1, Errno(e)
	}
	return fd, nil
}

func Read(fd int, p []byte) (n int, err error) {
	n, e := read(fd, p)
	if e != 0 {
		return -1, Errno(e)
	}
	return n, nil
}

func Write(fd int, p []byte) (n int, err error) {
	n, e := write(fd, p)
	if e != 0 {
		return -1, Errno(e)
	}
	return n, nil
}

func Close(fd int) (err error) {
	if e := closeFd(fd); e != 0 {
		return Errno(e)
	}
	return nil
}

// Getenv returns the value of the environment variable key, and whether it
// is set.
func Getenv(key string) (value string, found bool) {
	return getenv(key)
}

func Setenv(key, value string) error {
	if e := setenv(key, value); e != 0 {
		return Errno(e)
	}
	return nil
}

func Unsetenv(key string) error {
	if e := unsetenv(key); e != 0 {
		return Errno(e)
	}
	return nil
}

// The natives: each returns the C library's errno (0 on success). They
// retry on EINTR; read and write block the thread.
func open(path string, mode int, perm uint32) (fd int, errno int)
func read(fd int, p []byte) (n int, errno int)
func write(fd int, p []byte) (n int, errno int)
func closeFd(fd int) (errno int)
func getenv(key string) (value string, found bool)
func setenv(key, value string) (errno int)
func unsetenv(key string) (errno int)

// Error table
var errors = [...]string{
	1:   "operation not permitted",
	2:   "no such file or directory",
	3:   "no such process",
	4:   "interrupted system call",
	5:   "input/output error",
	6:   "no such device or address",
	7:   "argument list too long",
	8:   "exec format error",
	9:   "bad file descriptor",
	10:  "no child processes",
	11:  "resource temporarily unavailable",
	12:  "cannot allocate memory",
	13:  "permission denied",
	14:  "bad address",
	15:  "block device required",
	16:  "device or resource busy",
	17:  "file exists",
	18:  "invalid cross-device link",
	19:  "no such device",
	20:  "not a directory",
	21:  "is a directory",
	22:  "invalid argument",
	23:  "too many open files in system",
	24:  "too many open files",
	25:  "inappropriate ioctl for device",
	26:  "text file busy",
	27:  "file too large",
	28:  "no space left on device",
	29:  "illegal seek",
	30:  "read-only file system",
	31:  "too many links",
	32:  "broken pipe",
	33:  "numerical argument out of domain",
	34:  "numerical result out of range",
	35:  "resource deadlock avoided",
	36:  "file name too long",
	37:  "no locks available",
	38:  "function not implemented",
	39:  "directory not empty",
	40:  "too many levels of symbolic links",
	42:  "no message of desired type",
	43:  "identifier removed",
	44:  "channel number out of range",
	45:  "level 2 not synchronized",
	46:  "level 3 halted",
	47:  "level 3 reset",
	48:  "link number out of range",
	49:  "protocol driver not attached",
	50:  "no CSI structure available",
	51:  "level 2 halted",
	52:  "invalid exchange",
	53:  "invalid request descriptor",
	54:  "exchange full",
	55:  "no anode",
	56:  "invalid request code",
	57:  "invalid slot",
	59:  "bad font file format",
	60:  "device not a stream",
	61:  "no data available",
	62:  "timer expired",
	63:  "out of streams resources",
	64:  "machine is not on the network",
	65:  "package not installed",
	66:  "object is remote",
	67:  "link has been severed",
	68:  "advertise error",
	69:  "srmount error",
	70:  "communication error on send",
	71:  "protocol error",
	72:  "multihop attempted",
	73:  "RFS specific error",
	74:  "bad message",
	75:  "value too large for defined data type",
	76:  "name not unique on network",
	77:  "file descriptor in bad state",
	78:  "remote address changed",
	79:  "can not access a needed shared library",
	80:  "accessing a corrupted shared library",
	81:  ".lib section in a.out corrupted",
	82:  "attempting to link in too many shared libraries",
	83:  "cannot exec a shared library directly",
	84:  "invalid or incomplete multibyte or wide character",
	85:  "interrupted system call should be restarted",
	86:  "streams pipe error",
	87:  "too many users",
	88:  "socket operation on non-socket",
	89:  "destination address required",
	90:  "message too long",
	91:  "protocol wrong type for socket",
	92:  "protocol not available",
	93:  "protocol not supported",
	94:  "socket type not supported",
	95:  "operation not supported",
	96:  "protocol family not supported",
	97:  "address family not supported by protocol",
	98:  "address already in use",
	99:  "cannot assign requested address",
	100: "network is down",
	101: "network is unreachable",
	102: "network dropped connection on reset",
	103: "software caused connection abort",
	104: "connection reset by peer",
	105: "no buffer space available",
	106: "transport endpoint is already connected",
	107: "transport endpoint is not connected",
	108: "cannot send after transport endpoint shutdown",
	109: "too many references: cannot splice",
	110: "connection timed out",
	111: "connection refused",
	112: "host is down",
	113: "no route to host",
	114: "operation already in progress",
	115: "operation now in progress",
	116: "stale NFS file handle",
	117: "structure needs cleaning",
	118: "not a XENIX named type file",
	119: "no XENIX semaphores available",
	120: "is a named type file",
	121: "remote I/O error",
	122: "disk quota exceeded",
	123: "no medium found",
	124: "wrong medium type",
	125: "operation canceled",
	126: "required key not available",
	127: "key has expired",
	128: "key has been revoked",
	129: "key was rejected by service",
	130: "owner died",
	131: "state not recoverable",
	132: "operation not possible due to RF-kill",
}
