// Package url: the basics of Go's net/url (Parse, URL, Values, escaping).
package url

import (
	"strconv"
	"strings"
)

// Error reports an error and the operation and URL that caused it.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Unwrap() error { return e.Err }
func (e *Error) Error() string { return e.Op + " " + strconv.Quote(e.URL) + ": " + e.Err.Error() }

func (e *Error) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

type parseError struct{ s string }

func (e *parseError) Error() string { return e.s }

// A URL represents a parsed URL: scheme://[userinfo@]host/path[?query][#fragment].
type URL struct {
	Scheme   string
	Opaque   string
	User     string
	Host     string
	Path     string
	RawQuery string
	Fragment string
}

// Parse parses a raw url into a URL structure.
func Parse(rawURL string) (*URL, error) {
	u := &URL{}
	rest := rawURL
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		u.Fragment = rest[i+1:]
		rest = rest[:i]
	}
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			continue
		}
		if i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') {
			continue
		}
		if c == ':' {
			if i == 0 {
				return nil, &Error{"parse", rawURL, &parseError{"missing protocol scheme"}}
			}
			u.Scheme = strings.ToLower(rest[:i])
			rest = rest[i+1:]
		}
		break
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		u.RawQuery = rest[i+1:]
		rest = rest[:i]
	}
	if strings.HasPrefix(rest, "//") {
		auth := rest[2:]
		path := ""
		if i := strings.IndexByte(auth, '/'); i >= 0 {
			auth, path = auth[:i], auth[i:]
		}
		if i := strings.LastIndexByte(auth, '@'); i >= 0 {
			u.User = auth[:i]
			auth = auth[i+1:]
		}
		if i := strings.LastIndexByte(auth, ':'); i >= 0 && !strings.HasSuffix(auth, "]") {
			port := auth[i+1:]
			for k := 0; k < len(port); k++ {
				if port[k] < '0' || port[k] > '9' {
					return nil, &Error{"parse", rawURL, &parseError{"invalid port " + strconv.Quote(auth[i:]) + " after host"}}
				}
			}
		}
		u.Host = auth
		rest = path
	} else if u.Scheme != "" && !strings.HasPrefix(rest, "/") {
		u.Opaque = rest
		return u, nil
	}
	p, err := PathUnescape(rest)
	if err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	u.Path = p
	return u, nil
}

// String reassembles the URL into a valid URL string.
func (u *URL) String() string {
	s := ""
	if u.Scheme != "" {
		s += u.Scheme + ":"
	}
	if u.Opaque != "" {
		s += u.Opaque
	} else {
		if u.Scheme != "" || u.Host != "" || u.User != "" {
			s += "//"
			if u.User != "" {
				s += u.User + "@"
			}
			s += u.Host
		}
		if u.Path != "" && u.Path[0] != '/' && u.Host != "" {
			s += "/"
		}
		s += escape(u.Path, false)
	}
	if u.RawQuery != "" {
		s += "?" + u.RawQuery
	}
	if u.Fragment != "" {
		s += "#" + u.Fragment
	}
	return s
}

// RequestURI returns the encoded path?query used in an HTTP request line.
func (u *URL) RequestURI() string {
	r := u.Opaque
	if r == "" {
		r = escape(u.Path, false)
		if r == "" {
			r = "/"
		}
	}
	if u.RawQuery != "" {
		r += "?" + u.RawQuery
	}
	return r
}

// Hostname returns u.Host, stripping any valid port number.
func (u *URL) Hostname() string {
	h := u.Host
	if strings.HasPrefix(h, "[") {
		if i := strings.IndexByte(h, ']'); i >= 0 {
			return h[1:i]
		}
	}
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		return h[:i]
	}
	return h
}

// Port returns the port part of u.Host, without the leading colon.
func (u *URL) Port() string {
	h := u.Host
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.HasSuffix(h, "]") {
		return h[i+1:]
	}
	return ""
}

// Query parses RawQuery and returns the corresponding values.
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// Values maps a string key to a list of values.
type Values map[string][]string

// Get gets the first value associated with the given key.
func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// Set sets the key to value. It replaces any existing values.
func (v Values) Set(key, value string) { v[key] = []string{value} }

// Add adds the value to key.
func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

// Del deletes the values associated with key.
func (v Values) Del(key string) { delete(v, key) }

// Has checks whether a given key is set.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

// ParseQuery parses the URL-encoded query string.
func ParseQuery(query string) (Values, error) {
	m := make(Values)
	var first error
	for query != "" {
		key := query
		if i := strings.IndexByte(key, '&'); i >= 0 {
			key, query = key[:i], key[i+1:]
		} else {
			query = ""
		}
		if key == "" {
			continue
		}
		value := ""
		if i := strings.IndexByte(key, '='); i >= 0 {
			key, value = key[:i], key[i+1:]
		}
		k, err := QueryUnescape(key)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		val, err := QueryUnescape(value)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		m[k] = append(m[k], val)
	}
	return m, first
}

// EscapeError: a malformed %-escape.
type EscapeError string

func (e EscapeError) Error() string { return "invalid URL escape " + strconv.Quote(string(e)) }

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 255
}

func unescape(s string, query bool) (string, error) {
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' {
			if i+2 >= len(s) || unhex(s[i+1]) == 255 || unhex(s[i+2]) == 255 {
				t := s[i:]
				if len(t) > 3 {
					t = t[:3]
				}
				return "", EscapeError(t)
			}
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		} else if c == '+' && query {
			b = append(b, ' ')
		} else {
			b = append(b, c)
		}
	}
	return string(b), nil
}

// QueryUnescape does the inverse of QueryEscape.
func QueryUnescape(s string) (string, error) { return unescape(s, true) }

// PathUnescape does the inverse of PathEscape.
func PathUnescape(s string) (string, error) { return unescape(s, false) }

// QueryEscape escapes the string so it can be safely placed inside a URL query.
func QueryEscape(s string) string { return escape(s, true) }

// PathEscape escapes the string so it can be safely placed inside a URL path segment.
func PathEscape(s string) string { return strings.ReplaceAll(escape(s, false), "/", "%2F") }

func escape(s string, query bool) string {
	const hex = "0123456789ABCDEF"
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '_', c == '.', c == '~':
			b = append(b, c)
		case c == ' ' && query:
			b = append(b, '+')
		case !query && (c == '/' || c == ':' || c == '@' || c == '&' || c == '=' || c == '+' || c == '$' || c == ','):
			b = append(b, c)
		default:
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
	}
	return string(b)
}

// Encode encodes the values into "URL encoded" form sorted by key.
func (v Values) Encode() string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	s := ""
	for _, k := range keys {
		for _, val := range v[k] {
			if s != "" {
				s += "&"
			}
			s += QueryEscape(k) + "=" + QueryEscape(val)
		}
	}
	return s
}
