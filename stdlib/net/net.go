// Package net: TCP over IPv4/IPv6 on the runtime's network poller
// (runtime/netpoll.cpp), modelled on Go's net: Dial, DialTimeout, Listen,
// Conn and Listener, and the error types Go prints (OpError, AddrError,
// DNSError). Sockets are non-blocking; a goroutine that would block parks
// in the poller (fd_poll.go), never its thread.
package net

import (
	"syscall"
	"time"
)

// Addr represents a network end point address.
type Addr interface {
	Network() string
	String() string
}

// Conn is a generic stream-oriented network connection.
type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// A Listener is a generic network listener for stream-oriented protocols.
type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

// An Error represents a network error.
type Error interface {
	error
	Timeout() bool
	Temporary() bool
}

// ErrClosed is the error returned by an I/O call on a network connection
// that has already been closed.
var ErrClosed error = errNetClosing{}

type errNetClosing struct{}

func (e errNetClosing) Error() string   { return "use of closed network connection" }
func (e errNetClosing) Timeout() bool   { return false }
func (e errNetClosing) Temporary() bool { return false }

// errTimeout is os.ErrDeadlineExceeded: "i/o timeout".
var errTimeout error = &timeoutError{}

type timeoutError struct{}

func (e *timeoutError) Error() string   { return "i/o timeout" }
func (e *timeoutError) Timeout() bool   { return true }
func (e *timeoutError) Temporary() bool { return true }

// ErrDeadlineExceeded is returned for an expired deadline (os.ErrDeadlineExceeded).
var ErrDeadlineExceeded error = errTimeout

// SyscallError records an error from a specific system call
// (Go's os.SyscallError).
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func newSyscallError(call string, errno int) error {
	return &SyscallError{Syscall: call, Err: syscall.Errno(errno)}
}

// OpError is the error type usually returned by functions in the net package.
type OpError struct {
	Op     string
	Net    string
	Source Addr
	Addr   Addr
	Err    error
}

func (e *OpError) Unwrap() error { return e.Err }

func (e *OpError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Op
	if e.Net != "" {
		s += " " + e.Net
	}
	if e.Source != nil {
		s += " " + e.Source.String()
	}
	if e.Addr != nil {
		if e.Source != nil {
			s += "->"
		} else {
			s += " "
		}
		s += e.Addr.String()
	}
	s += ": " + e.Err.Error()
	return s
}

func (e *OpError) Timeout() bool {
	if ne, ok := e.Err.(*SyscallError); ok {
		return ne.Timeout()
	}
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func (e *OpError) Temporary() bool {
	if e.Op == "accept" && isConnError(e.Err) {
		return true
	}
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

func isConnError(err error) bool {
	if se, ok := err.(*SyscallError); ok {
		errno, ok := se.Err.(syscall.Errno)
		return ok && (errno == errECONNRESET || errno == errECONNABORTED)
	}
	return false
}

// An AddrError reports a bad address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Err
	if e.Addr != "" {
		s = "address " + e.Addr + ": " + s
	}
	return s
}
func (e *AddrError) Timeout() bool   { return false }
func (e *AddrError) Temporary() bool { return false }

// UnknownNetworkError: a network other than "tcp", "tcp4", "tcp6".
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string   { return "unknown network " + string(e) }
func (e UnknownNetworkError) Timeout() bool   { return false }
func (e UnknownNetworkError) Temporary() bool { return false }

// DNSError represents a DNS lookup error.
type DNSError struct {
	Err         string
	Name        string
	Server      string
	IsTimeout   bool
	IsTemporary bool
	IsNotFound  bool
}

func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "lookup " + e.Name
	if e.Server != "" {
		s += " on " + e.Server
	}
	s += ": " + e.Err
	return s
}
func (e *DNSError) Timeout() bool   { return e.IsTimeout }
func (e *DNSError) Temporary() bool { return e.IsTimeout || e.IsTemporary }

const errNoSuchHost = "no such host"

// Errnos net checks for (linux/amd64).
const (
	errEAGAIN       = syscall.Errno(0xb)
	errEINPROGRESS  = syscall.Errno(0x73)
	errECONNRESET   = syscall.Errno(0x68)
	errECONNABORTED = syscall.Errno(0x67)
	errEISCONN      = syscall.Errno(0x6a)
	errEALREADY     = syscall.Errno(0x72)
	errEINTR        = syscall.Errno(0x4)
)

// conn is the implementation of Conn (Go's TCPConn).
type conn struct {
	fd *netFD
}

// TCPConn is an implementation of the Conn interface for TCP.
type TCPConn struct {
	conn
}

func (c *conn) ok() bool { return c != nil && c.fd != nil }

func (c *conn) Read(b []byte) (int, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := c.fd.Read(b)
	if err != nil && err != eofError {
		err = &OpError{Op: "read", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return n, err
}

func (c *conn) Write(b []byte) (int, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := c.fd.Write(b)
	if err != nil {
		err = &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return n, err
}

func (c *conn) Close() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	err := c.fd.Close()
	if err != nil {
		err = &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
	}
	return err
}

// CloseWrite shuts down the writing side of the TCP connection.
func (c *conn) CloseWrite() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if errno := sysShutdown(c.fd.sysfd, 1); errno != 0 {
		return &OpError{Op: "close", Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: newSyscallError("shutdown", errno)}
	}
	return nil
}

func (c *conn) LocalAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.laddr
}

func (c *conn) RemoteAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.raddr
}

func (c *conn) SetDeadline(t time.Time) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	return c.fd.setDeadline(t, 'r'+'w')
}

func (c *conn) SetReadDeadline(t time.Time) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	return c.fd.setDeadline(t, 'r')
}

func (c *conn) SetWriteDeadline(t time.Time) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	return c.fd.setDeadline(t, 'w')
}

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd *netFD
}

// Accept waits for and returns the next connection to the listener.
func (l *TCPListener) Accept() (Conn, error) {
	c, err := l.AcceptTCP()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// AcceptTCP accepts the next incoming call and returns the new connection.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	if l == nil || l.fd == nil {
		return nil, syscall.EINVAL
	}
	fd, err := l.fd.accept()
	if err != nil {
		return nil, &OpError{Op: "accept", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return &TCPConn{conn{fd}}, nil
}

// Close stops listening on the TCP address.
func (l *TCPListener) Close() error {
	if l == nil || l.fd == nil {
		return syscall.EINVAL
	}
	if err := l.fd.Close(); err != nil {
		return &OpError{Op: "close", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// Addr returns the listener's network address, a *TCPAddr.
func (l *TCPListener) Addr() Addr { return l.fd.laddr }

// SetDeadline sets the deadline associated with the listener.
func (l *TCPListener) SetDeadline(t time.Time) error {
	return l.fd.setDeadline(t, 'r'+'w')
}
