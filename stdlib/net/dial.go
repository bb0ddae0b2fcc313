package net

import (
	"strconv"
	"time"
)

// Dial connects to the address on the named network ("tcp", "tcp4",
// "tcp6"). The address is "host:port"; a host name is resolved through
// /etc/hosts and the system resolver.
func Dial(network, address string) (Conn, error) {
	return dial(network, address, time.Time{})
}

// DialTimeout acts like Dial but takes a timeout, which includes name
// resolution.
func DialTimeout(network, address string, timeout time.Duration) (Conn, error) {
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	return dial(network, address, deadline)
}

// A Dialer contains options for connecting to an address.
type Dialer struct {
	Timeout   time.Duration
	KeepAlive time.Duration
}

// Dial connects to the address on the named network.
func (d *Dialer) Dial(network, address string) (Conn, error) {
	return DialTimeout(network, address, d.Timeout)
}

func family(network string) (int, error) {
	switch network {
	case "tcp":
		return 0, nil
	case "tcp4":
		return afINET, nil
	case "tcp6":
		return afINET6, nil
	}
	return 0, UnknownNetworkError(network)
}

func dial(network, address string, deadline time.Time) (Conn, error) {
	fam, err := family(network)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Err: err}
	}
	addrs, err := resolveTCP(network, address, fam)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Err: err}
	}
	var first error
	for _, ra := range addrs {
		c, err := dialTCP(network, ra, deadline)
		if err == nil {
			return c, nil
		}
		if first == nil {
			first = err
		}
	}
	return nil, first
}

func dialTCP(network string, ra *TCPAddr, deadline time.Time) (*TCPConn, error) {
	fam := afINET6
	ip := ra.IP
	if ip4 := ip.To4(); ip4 != nil {
		fam = afINET
		ip = ip4
	}
	s, errno := sysSocket(fam, sockSTREAM)
	if errno != 0 {
		return nil, &OpError{Op: "dial", Net: network, Addr: ra, Err: newSyscallError("socket", errno)}
	}
	fd, err := newFD(s, network)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Addr: ra, Err: err}
	}
	if err := fd.connect(ip, ra.Port, deadline); err != nil {
		fd.Close()
		return nil, &OpError{Op: "dial", Net: network, Addr: ra, Err: err}
	}
	sysSetsockoptInt(s, ipprotoTCP, tcpNODELAY, 1)
	fd.laddr = sockname(s, false)
	fd.raddr = sockname(s, true)
	return &TCPConn{conn{fd}}, nil
}

// Listen announces on the local network address ("tcp" only; the host
// must be empty, an IP literal, or a name that resolves).
func Listen(network, address string) (Listener, error) {
	l, err := listenTCP(network, address)
	if err != nil {
		return nil, err
	}
	return l, nil
}

// ListenTCP announces on a TCP address.
func listenTCP(network, address string) (*TCPListener, error) {
	fam, err := family(network)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	host, port, err := SplitHostPort(address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	p, err := parsePort(port)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Err: err}
	}
	var la *TCPAddr
	if host == "" {
		la = &TCPAddr{Port: p}
	} else {
		addrs, err := resolveTCP(network, address, fam)
		if err != nil {
			return nil, &OpError{Op: "listen", Net: network, Err: err}
		}
		la = addrs[0]
	}
	s := -1
	var errno int
	wildcard := len(la.IP) == 0
	v6 := !wildcard && la.IP.To4() == nil
	if wildcard && fam != afINET {
		// "::" with IPV6_V6ONLY off serves IPv4 too, as Go's listeners.
		s, errno = sysSocket(afINET6, sockSTREAM)
		if errno == 0 {
			sysSetsockoptInt(s, ipprotoIPV6, ipv6V6ONLY, 0)
			v6 = true
		} else {
			s = -1
		}
	}
	if s < 0 {
		if v6 {
			s, errno = sysSocket(afINET6, sockSTREAM)
		} else {
			s, errno = sysSocket(afINET, sockSTREAM)
		}
		if errno != 0 {
			return nil, &OpError{Op: "listen", Net: network, Addr: la, Err: newSyscallError("socket", errno)}
		}
	}
	sysSetsockoptInt(s, solSOCKET, soREUSEADDR, 1)
	ip := []byte(la.IP)
	if v6 {
		if wildcard {
			ip = make([]byte, 16)
		} else {
			ip = la.IP.To16()
		}
	} else if wildcard {
		ip = make([]byte, 4)
	} else {
		ip = la.IP.To4()
	}
	if errno := sysBind(s, ip, la.Port); errno != 0 {
		sysClose(s)
		return nil, &OpError{Op: "listen", Net: network, Addr: la, Err: newSyscallError("bind", errno)}
	}
	if errno := sysListen(s, 4096); errno != 0 {
		sysClose(s)
		return nil, &OpError{Op: "listen", Net: network, Addr: la, Err: newSyscallError("listen", errno)}
	}
	fd, err := newFD(s, network)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Addr: la, Err: err}
	}
	fd.laddr = sockname(s, false)
	return &TCPListener{fd: fd}, nil
}

func parsePort(service string) (int, error) {
	switch service {
	case "http":
		return 80, nil
	case "https":
		return 443, nil
	case "":
		return 0, nil
	}
	n, err := strconv.Atoi(service)
	if err != nil {
		return 0, &DNSError{Err: "unknown port", Name: "tcp/" + service}
	}
	if n < 0 || n > 65535 {
		return 0, &AddrError{Err: "invalid port", Addr: service}
	}
	return n, nil
}

// ResolveTCPAddr returns an address of TCP end point.
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	fam, err := family(network)
	if err != nil {
		return nil, err
	}
	addrs, err := resolveTCP(network, address, fam)
	if err != nil {
		return nil, err
	}
	return addrs[0], nil
}

// resolveTCP resolves "host:port": IPv4 addresses first, as Go's dialer
// tries the first address family first.
func resolveTCP(network, address string, fam int) ([]*TCPAddr, error) {
	host, port, err := SplitHostPort(address)
	if err != nil {
		return nil, err
	}
	p, err := parsePort(port)
	if err != nil {
		return nil, err
	}
	var ips []IP
	if host == "" {
		ips = []IP{IPv4(127, 0, 0, 1)}
	} else if ip := ParseIP(host); ip != nil {
		ips = []IP{ip}
	} else {
		ips, err = lookupIP(host)
		if err != nil {
			return nil, err
		}
	}
	var v4, v6 []*TCPAddr
	for _, ip := range ips {
		if ip.To4() != nil {
			if fam != afINET6 {
				v4 = append(v4, &TCPAddr{IP: ip.To4(), Port: p})
			}
		} else if fam != afINET {
			v6 = append(v6, &TCPAddr{IP: ip, Port: p})
		}
	}
	addrs := append(v4, v6...)
	if len(addrs) == 0 {
		return nil, &AddrError{Err: "no suitable address found", Addr: host}
	}
	return addrs, nil
}

// LookupHost looks up the given host using the local resolver.
func LookupHost(host string) ([]string, error) {
	if ip := ParseIP(host); ip != nil {
		return []string{host}, nil
	}
	ips, err := lookupIP(host)
	if err != nil {
		return nil, err
	}
	var s []string
	for _, ip := range ips {
		s = append(s, ip.String())
	}
	return s, nil
}

// LookupIP looks up host using the local resolver.
func LookupIP(host string) ([]IP, error) {
	if ip := ParseIP(host); ip != nil {
		return []IP{ip}, nil
	}
	return lookupIP(host)
}

func lookupIP(host string) ([]IP, error) {
	buf := make([]byte, 16*32)
	n, code, msg := sysLookupHost(host, buf)
	switch code {
	case 1:
		return nil, &DNSError{Err: errNoSuchHost, Name: host, IsNotFound: true}
	case 2:
		return nil, &DNSError{Err: msg, Name: host, IsTemporary: true}
	}
	ips := make([]IP, n)
	for i := 0; i < n; i++ {
		ips[i] = IP(buf[16*i : 16*i+16])
	}
	return ips, nil
}
