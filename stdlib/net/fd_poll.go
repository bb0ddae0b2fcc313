package net

import (
	"io"
	"sync"
	"syscall"
	"time"
)

var eofError = io.EOF

// The runtime's poller (runtime/netpoll.cpp). pd is a runtime pollDesc.
func runtime_pollOpen(fd int) (pd uintptr, errno int)
func runtime_pollClose(pd uintptr)
func runtime_pollReset(pd uintptr, mode int) int
func runtime_pollWait(pd uintptr, mode int) int
func runtime_pollSetDeadline(pd uintptr, d int64, mode int)
func runtime_pollUnblock(pd uintptr)

// Socket system calls on non-blocking descriptors (runtime/native_net.cpp);
// each returns a raw errno.
func sysSocket(family, sotype int) (fd int, errno int)
func sysSetsockoptInt(fd, level, opt, value int) (errno int)
func sysConnect(fd int, ip []byte, port int) (errno int)
func sysBind(fd int, ip []byte, port int) (errno int)
func sysListen(fd, backlog int) (errno int)
func sysAccept(fd int) (nfd int, errno int)
func sysGetsockname(fd int, ip []byte) (n int, port int, errno int)
func sysGetpeername(fd int, ip []byte) (n int, port int, errno int)
func sysSoError(fd int) (errno int)
func sysRead(fd int, p []byte) (n int, errno int)
func sysWrite(fd int, p []byte) (n int, errno int)
func sysClose(fd int) (errno int)
func sysShutdown(fd, how int) (errno int)
func sysLookupHost(host string, ips []byte) (n int, code int, msg string)

const (
	afINET      = 2
	afINET6     = 10
	sockSTREAM  = 1
	solSOCKET   = 1
	soREUSEADDR = 2
	ipprotoTCP  = 6
	tcpNODELAY  = 1
	ipprotoIPV6 = 41
	ipv6V6ONLY  = 26
)

// The poller's errors (runtime/netpoll.cpp).
const (
	pollNoError        = 0
	pollErrClosing     = 1
	pollErrTimeout     = 2
	pollErrNotPollable = 3
)

func convertErr(res int) error {
	switch res {
	case pollNoError:
		return nil
	case pollErrClosing:
		return ErrClosed
	case pollErrTimeout:
		return errTimeout
	}
	return syscall.EINVAL
}

// netFD is a network file descriptor registered with the poller (Go's
// netFD and internal/poll.FD). refs counts the calls in progress: Close
// marks the descriptor closing, wakes every waiter, and the last call to
// leave releases the descriptor, so that a read never runs on a reused
// descriptor number.
type netFD struct {
	sysfd  int
	pd     uintptr
	net    string
	laddr  Addr
	raddr  Addr
	mu     sync.Mutex
	refs   int
	closed bool
}

func newFD(sysfd int, network string) (*netFD, error) {
	pd, errno := runtime_pollOpen(sysfd)
	if errno != 0 {
		sysClose(sysfd)
		return nil, newSyscallError("epollctl", errno)
	}
	return &netFD{sysfd: sysfd, pd: pd, net: network}, nil
}

func (fd *netFD) incref() error {
	fd.mu.Lock()
	if fd.closed {
		fd.mu.Unlock()
		return ErrClosed
	}
	fd.refs++
	fd.mu.Unlock()
	return nil
}

func (fd *netFD) decref() {
	fd.mu.Lock()
	fd.refs--
	destroy := fd.closed && fd.refs == 0
	fd.mu.Unlock()
	if destroy {
		fd.destroy()
	}
}

func (fd *netFD) destroy() {
	runtime_pollClose(fd.pd)
	sysClose(fd.sysfd)
	fd.sysfd = -1
}

// Close wakes every goroutine blocked on fd with ErrClosed.
func (fd *netFD) Close() error {
	fd.mu.Lock()
	if fd.closed {
		fd.mu.Unlock()
		return ErrClosed
	}
	fd.closed = true
	runtime_pollUnblock(fd.pd)
	destroy := fd.refs == 0
	fd.mu.Unlock()
	if destroy {
		fd.destroy()
	}
	return nil
}

func (fd *netFD) Read(p []byte) (int, error) {
	if err := fd.incref(); err != nil {
		return 0, err
	}
	defer fd.decref()
	if err := convertErr(runtime_pollReset(fd.pd, 'r')); err != nil {
		return 0, err
	}
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, errno := sysRead(fd.sysfd, p)
		if errno != 0 {
			if errno == int(errEAGAIN) {
				if err := convertErr(runtime_pollWait(fd.pd, 'r')); err != nil {
					return 0, err
				}
				continue
			}
			if errno == int(errEINTR) {
				continue
			}
			return 0, newSyscallError("read", errno)
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (fd *netFD) Write(p []byte) (int, error) {
	if err := fd.incref(); err != nil {
		return 0, err
	}
	defer fd.decref()
	if err := convertErr(runtime_pollReset(fd.pd, 'w')); err != nil {
		return 0, err
	}
	nn := 0
	for nn < len(p) {
		n, errno := sysWrite(fd.sysfd, p[nn:])
		if errno != 0 {
			if errno == int(errEAGAIN) {
				if err := convertErr(runtime_pollWait(fd.pd, 'w')); err != nil {
					return nn, err
				}
				continue
			}
			if errno == int(errEINTR) {
				continue
			}
			return nn, newSyscallError("write", errno)
		}
		nn += n
	}
	return nn, nil
}

func (fd *netFD) setDeadline(t time.Time, mode int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	var d int64
	if !t.IsZero() {
		d = int64(time.Until(t))
		if d == 0 {
			d = -1 // don't confuse deadline right now with no deadline
		}
	}
	runtime_pollSetDeadline(fd.pd, d, mode)
	return nil
}

func (fd *netFD) accept() (*netFD, error) {
	if err := fd.incref(); err != nil {
		return nil, err
	}
	defer fd.decref()
	if err := convertErr(runtime_pollReset(fd.pd, 'r')); err != nil {
		return nil, err
	}
	for {
		s, errno := sysAccept(fd.sysfd)
		if errno != 0 {
			if errno == int(errEAGAIN) {
				if err := convertErr(runtime_pollWait(fd.pd, 'r')); err != nil {
					return nil, err
				}
				continue
			}
			if errno == int(errECONNABORTED) || errno == int(errEINTR) {
				continue
			}
			return nil, newSyscallError("accept", errno)
		}
		sysSetsockoptInt(s, ipprotoTCP, tcpNODELAY, 1)
		nfd, err := newFD(s, fd.net)
		if err != nil {
			return nil, err
		}
		nfd.laddr = sockname(s, false)
		nfd.raddr = sockname(s, true)
		return nfd, nil
	}
}

// connect completes a non-blocking connect, waiting in the poller until
// the socket is writable or the deadline passes.
func (fd *netFD) connect(ip IP, port int, deadline time.Time) error {
	errno := sysConnect(fd.sysfd, ip, port)
	switch errno {
	case 0, int(errEISCONN):
		return nil
	case int(errEINPROGRESS), int(errEALREADY), int(errEINTR):
	default:
		return newSyscallError("connect", errno)
	}
	if !deadline.IsZero() {
		d := int64(time.Until(deadline))
		if d <= 0 {
			return errTimeout
		}
		runtime_pollSetDeadline(fd.pd, d, 'w')
		defer runtime_pollSetDeadline(fd.pd, 0, 'w')
	}
	for {
		if err := convertErr(runtime_pollWait(fd.pd, 'w')); err != nil {
			return err
		}
		errno = sysSoError(fd.sysfd)
		switch errno {
		case 0, int(errEISCONN):
			return nil
		case int(errEINPROGRESS), int(errEALREADY), int(errEINTR):
			continue
		}
		return newSyscallError("connect", errno)
	}
}

func sockname(fd int, peer bool) Addr {
	buf := make([]byte, 16)
	var n, port, errno int
	if peer {
		n, port, errno = sysGetpeername(fd, buf)
	} else {
		n, port, errno = sysGetsockname(fd, buf)
	}
	if errno != 0 || n == 0 {
		return &TCPAddr{}
	}
	ip := IP(buf[:n])
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
	}
	return &TCPAddr{IP: ip, Port: port}
}
