package net

import "strconv"

// IP address lengths (bytes).
const (
	IPv4len = 4
	IPv6len = 16
)

// An IP is a single IP address, a slice of bytes (4 or 16).
type IP []byte

var v4InV6Prefix = []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}

// IPv4 returns the IP address (in 16-byte form) of the IPv4 address a.b.c.d.
func IPv4(a, b, c, d byte) IP {
	p := make(IP, IPv6len)
	copy(p, v4InV6Prefix)
	p[12] = a
	p[13] = b
	p[14] = c
	p[15] = d
	return p
}

// To4 converts the IPv4 address ip to a 4-byte representation, or nil.
func (ip IP) To4() IP {
	if len(ip) == IPv4len {
		return ip
	}
	if len(ip) == IPv6len {
		for i := 0; i < 10; i++ {
			if ip[i] != 0 {
				return nil
			}
		}
		if ip[10] == 0xff && ip[11] == 0xff {
			return ip[12:16]
		}
	}
	return nil
}

// To16 converts the IP address ip to a 16-byte representation.
func (ip IP) To16() IP {
	if len(ip) == IPv4len {
		return IPv4(ip[0], ip[1], ip[2], ip[3])
	}
	if len(ip) == IPv6len {
		return ip
	}
	return nil
}

// IsLoopback reports whether ip is a loopback address.
func (ip IP) IsLoopback() bool {
	if ip4 := ip.To4(); ip4 != nil {
		return ip4[0] == 127
	}
	if len(ip) != IPv6len {
		return false
	}
	for i := 0; i < 15; i++ {
		if ip[i] != 0 {
			return false
		}
	}
	return ip[15] == 1
}

// IsUnspecified reports whether ip is "0.0.0.0" or "::".
func (ip IP) IsUnspecified() bool {
	for _, b := range ip.To16() {
		if b != 0 {
			if ip.To4() != nil {
				for _, c := range ip.To4() {
					if c != 0 {
						return false
					}
				}
				return true
			}
			return false
		}
	}
	return len(ip) > 0
}

// Equal reports whether ip and x are the same IP address.
func (ip IP) Equal(x IP) bool {
	a, b := ip.To16(), x.To16()
	if a == nil || b == nil || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

const hexDigit = "0123456789abcdef"

// String returns the string form of the IP address ip.
func (ip IP) String() string {
	if len(ip) == 0 {
		return "<nil>"
	}
	if p4 := ip.To4(); len(p4) == IPv4len {
		return strconv.Itoa(int(p4[0])) + "." + strconv.Itoa(int(p4[1])) + "." +
			strconv.Itoa(int(p4[2])) + "." + strconv.Itoa(int(p4[3]))
	}
	if len(ip) != IPv6len {
		s := "?"
		for _, b := range ip {
			s += string(hexDigit[b>>4]) + string(hexDigit[b&0xf])
		}
		return s
	}
	// Find the longest run of zero 16-bit words to elide with "::".
	e0, e1 := -1, -1
	for i := 0; i < IPv6len; i += 2 {
		j := i
		for j < IPv6len && ip[j] == 0 && ip[j+1] == 0 {
			j += 2
		}
		if j > i && j-i > e1-e0 {
			e0, e1 = i, j
			i = j
		}
	}
	if e1-e0 <= 2 {
		e0, e1 = -1, -1
	}
	s := ""
	for i := 0; i < IPv6len; i += 2 {
		if i == e0 {
			s += "::"
			i = e1
			if i >= IPv6len {
				break
			}
		} else if i > 0 {
			s += ":"
		}
		s += strconv.FormatUint(uint64(ip[i])<<8|uint64(ip[i+1]), 16)
	}
	return s
}

// ParseIP parses s as an IP address (dotted decimal IPv4 or IPv6).
func ParseIP(s string) IP {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			return parseIPv4(s)
		case ':':
			return parseIPv6(s)
		}
	}
	return nil
}

func parseIPv4(s string) IP {
	var p [IPv4len]byte
	for i := 0; i < IPv4len; i++ {
		if len(s) == 0 {
			return nil
		}
		if i > 0 {
			if s[0] != '.' {
				return nil
			}
			s = s[1:]
		}
		n, k := 0, 0
		for k < len(s) && '0' <= s[k] && s[k] <= '9' {
			if k > 0 && s[0] == '0' {
				return nil
			}
			n = n*10 + int(s[k]-'0')
			k++
			if n > 255 {
				return nil
			}
		}
		if k == 0 {
			return nil
		}
		s = s[k:]
		p[i] = byte(n)
	}
	if len(s) != 0 {
		return nil
	}
	return IPv4(p[0], p[1], p[2], p[3])
}

func parseIPv6(s string) IP {
	ip := make(IP, IPv6len)
	ellipsis := -1
	if len(s) >= 2 && s[0] == ':' && s[1] == ':' {
		ellipsis = 0
		s = s[2:]
		if len(s) == 0 {
			return ip
		}
	}
	i := 0
	for i < IPv6len {
		n, k := 0, 0
		for k < len(s) && k < 4 {
			c := s[k]
			var d int
			if '0' <= c && c <= '9' {
				d = int(c - '0')
			} else if 'a' <= c && c <= 'f' {
				d = int(c-'a') + 10
			} else if 'A' <= c && c <= 'F' {
				d = int(c-'A') + 10
			} else {
				break
			}
			n = n*16 + d
			k++
		}
		if k == 0 {
			return nil
		}
		if k < len(s) && s[k] == '.' {
			if ellipsis < 0 && i != IPv6len-IPv4len {
				return nil
			}
			if i+IPv4len > IPv6len {
				return nil
			}
			ip4 := parseIPv4(s)
			if ip4 == nil {
				return nil
			}
			copy(ip[i:], ip4[12:])
			i += IPv4len
			s = ""
			break
		}
		ip[i] = byte(n >> 8)
		ip[i+1] = byte(n)
		i += 2
		s = s[k:]
		if len(s) == 0 {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return nil
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return nil
			}
			ellipsis = i
			s = s[1:]
			if len(s) == 0 {
				break
			}
		}
	}
	if len(s) != 0 {
		return nil
	}
	if i < IPv6len {
		if ellipsis < 0 {
			return nil
		}
		n := IPv6len - i
		for j := i - 1; j >= ellipsis; j-- {
			ip[j+n] = ip[j]
		}
		for j := ellipsis + n - 1; j >= ellipsis; j-- {
			ip[j] = 0
		}
	} else if ellipsis >= 0 {
		return nil
	}
	return ip
}

// TCPAddr represents the address of a TCP end point.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string
}

// Network returns the address's network name, "tcp".
func (a *TCPAddr) Network() string { return "tcp" }

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ""
	if len(a.IP) != 0 {
		ip = a.IP.String()
	}
	if a.Zone != "" {
		return JoinHostPort(ip+"%"+a.Zone, strconv.Itoa(a.Port))
	}
	return JoinHostPort(ip, strconv.Itoa(a.Port))
}

// JoinHostPort combines host and port into a network address "host:port",
// bracketing hosts that contain a colon.
func JoinHostPort(host, port string) string {
	for i := 0; i < len(host); i++ {
		if host[i] == ':' {
			return "[" + host + "]:" + port
		}
	}
	return host + ":" + port
}

// SplitHostPort splits a network address of the form "host:port",
// "host%zone:port", "[host]:port" or "[host%zone]:port" into host and port.
func SplitHostPort(hostport string) (host, port string, err error) {
	const (
		missingPort   = "missing port in address"
		tooManyColons = "too many colons in address"
	)
	addrErr := func(addr, why string) (host, port string, err error) {
		return "", "", &AddrError{Err: why, Addr: addr}
	}
	j, k := 0, 0
	i := last(hostport, ':')
	if i < 0 {
		return addrErr(hostport, missingPort)
	}
	if hostport[0] == '[' {
		end := byteIndex(hostport, ']')
		if end < 0 {
			return addrErr(hostport, "missing ']' in address")
		}
		switch end + 1 {
		case len(hostport):
			return addrErr(hostport, missingPort)
		case i:
		default:
			if hostport[end+1] == ':' {
				return addrErr(hostport, tooManyColons)
			}
			return addrErr(hostport, missingPort)
		}
		host = hostport[1:end]
		j, k = 1, end+1
	} else {
		host = hostport[:i]
		if byteIndex(host, ':') >= 0 {
			return addrErr(hostport, tooManyColons)
		}
	}
	if byteIndex(hostport[j:], '[') >= 0 {
		return addrErr(hostport, "unexpected '[' in address")
	}
	if byteIndex(hostport[k:], ']') >= 0 {
		return addrErr(hostport, "unexpected ']' in address")
	}
	port = hostport[i+1:]
	return host, port, nil
}

func last(s string, b byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == b {
			return i
		}
	}
	return -1
}

func byteIndex(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}
