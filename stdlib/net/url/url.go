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
// Path is unescaped; RawPath is the original escaped path when it is not
// the default escaping of Path (see EscapedPath). User is the userinfo as
// written (Go's is a *Userinfo).
type URL struct {
	Scheme     string
	Opaque     string
	User       string
	Host       string
	Path       string
	RawPath    string // encoded path hint
	ForceQuery bool   // append a query ('?') even if RawQuery is empty
	RawQuery   string
	Fragment   string
}

// Parse parses a raw url into a URL structure. The url may be relative
// (a path, without a host) or absolute (starting with a scheme).
func Parse(rawURL string) (*URL, error) {
	u, frag, _ := strings.Cut(rawURL, "#")
	url, err := parse(u, false)
	if err != nil {
		return nil, &Error{"parse", u, err}
	}
	url.Fragment = frag
	return url, nil
}

// ParseRequestURI parses a raw url into a URL structure. It assumes that
// rawURL was received in an HTTP request, so the rawURL is interpreted
// only as an absolute URI or an absolute path, and has no fragment.
func ParseRequestURI(rawURL string) (*URL, error) {
	url, err := parse(rawURL, true)
	if err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return url, nil
}

// parse parses a URL from a string in one of two contexts: an HTTP
// request's URI (viaRequest: an absolute URI or path only; "//x" is a
// path) or a reference that may be relative. The fragment is gone.
func parse(rawURL string, viaRequest bool) (*URL, error) {
	for i := 0; i < len(rawURL); i++ {
		if rawURL[i] < ' ' || rawURL[i] == 0x7f {
			return nil, &parseError{"net/url: invalid control character in URL"}
		}
	}
	if rawURL == "" && viaRequest {
		return nil, &parseError{"empty url"}
	}
	u := &URL{}
	if rawURL == "*" {
		u.Path = "*"
		return u, nil
	}
	rest := rawURL
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
				return nil, &parseError{"missing protocol scheme"}
			}
			u.Scheme = strings.ToLower(rest[:i])
			rest = rest[i+1:]
		}
		break
	}
	if strings.HasSuffix(rest, "?") && strings.Count(rest, "?") == 1 {
		u.ForceQuery = true
		rest = rest[:len(rest)-1]
	} else if i := strings.IndexByte(rest, '?'); i >= 0 {
		u.RawQuery = rest[i+1:]
		rest = rest[:i]
	}
	if !strings.HasPrefix(rest, "/") {
		if u.Scheme != "" {
			// A rootless path ("mailto:x@y"): opaque.
			u.Opaque = rest
			return u, nil
		}
		if viaRequest {
			return nil, &parseError{"invalid URI for request"}
		}
		// Avoid confusion with malformed schemes, like cache_object:foo/bar.
		if segment, _, _ := strings.Cut(rest, "/"); strings.Contains(segment, ":") {
			return nil, &parseError{"first path segment in URL cannot contain colon"}
		}
	}
	if (u.Scheme != "" || !viaRequest && !strings.HasPrefix(rest, "///")) && strings.HasPrefix(rest, "//") {
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
					return nil, &parseError{"invalid port " + strconv.Quote(auth[i:]) + " after host"}
				}
			}
		}
		u.Host = auth
		rest = path
	}
	if err := u.setPath(rest); err != nil {
		return nil, err
	}
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
		s += u.EscapedPath()
	}
	if u.ForceQuery || u.RawQuery != "" {
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
		r = u.EscapedPath()
		if r == "" {
			r = "/"
		}
	}
	if u.ForceQuery || u.RawQuery != "" {
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
func PathEscape(s string) string {
	s = strings.ReplaceAll(escape(s, false), "/", "%2F")
	s = strings.ReplaceAll(s, ";", "%3B")
	return strings.ReplaceAll(s, ",", "%2C")
}

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
		case !query && (c == '/' || c == ':' || c == '@' || c == '&' || c == '=' || c == '+' || c == '$' || c == ',' || c == ';'):
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

// EscapedPath returns the escaped form of u.Path: u.RawPath when it is a
// valid escaping of u.Path, otherwise Path's default escaping.
func (u *URL) EscapedPath() string {
	if u.RawPath != "" && validEncodedPath(u.RawPath) {
		p, err := PathUnescape(u.RawPath)
		if err == nil && p == u.Path {
			return u.RawPath
		}
	}
	if u.Path == "*" {
		return "*" // don't escape (Issue 11202)
	}
	return escape(u.Path, false)
}

// validEncodedPath reports whether s is a valid encoded path: it may
// hold sub-delims and '%' but nothing escape would escape.
func validEncodedPath(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']', '%':
			// ok
		default:
			if escape(s[i:i+1], false) != s[i:i+1] {
				return false
			}
		}
	}
	return true
}

// IsAbs reports whether the URL is absolute (has a non-empty scheme).
func (u *URL) IsAbs() bool { return u.Scheme != "" }

// Parse parses a URL in the context of the receiver. The provided URL
// may be relative or absolute. Parse returns nil, err on parse failure,
// otherwise its return value is the same as ResolveReference.
func (u *URL) Parse(ref string) (*URL, error) {
	refURL, err := Parse(ref)
	if err != nil {
		return nil, err
	}
	return u.ResolveReference(refURL), nil
}

// ResolveReference resolves a URI reference to an absolute URI from an
// absolute base URI u, per RFC 3986 Section 5.2 (Go 1.19's algorithm).
// It always returns a new URL; an absolute ref is returned as a copy
// with its path's dot segments removed.
func (u *URL) ResolveReference(ref *URL) *URL {
	url := *ref
	if ref.Scheme == "" {
		url.Scheme = u.Scheme
	}
	if ref.Scheme != "" || ref.Host != "" || ref.User != "" {
		// The "absoluteURI" or "net_path" cases.
		url.setPath(resolvePath(ref.EscapedPath(), ""))
		return &url
	}
	if ref.Opaque != "" {
		url.User = ""
		url.Host = ""
		url.Path = ""
		url.RawPath = ""
		return &url
	}
	if ref.Path == "" && !ref.ForceQuery && ref.RawQuery == "" {
		url.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			url.Fragment = u.Fragment
		}
	}
	// The "abs_path" or "rel_path" cases.
	url.Host = u.Host
	url.User = u.User
	url.setPath(resolvePath(u.EscapedPath(), ref.EscapedPath()))
	return &url
}

// setPath sets Path and RawPath from the escaped path p: RawPath is
// kept only when p is not the default escaping of Path.
func (u *URL) setPath(p string) error {
	path, err := PathUnescape(p)
	if err != nil {
		return err
	}
	u.Path = path
	if escape(path, false) == p {
		u.RawPath = ""
	} else {
		u.RawPath = p
	}
	return nil
}

// resolvePath applies special path segments from refs and applies them
// to base, per RFC 3986.
func resolvePath(base, ref string) string {
	var full string
	if ref == "" {
		full = base
	} else if ref[0] != '/' {
		i := strings.LastIndex(base, "/")
		full = base[:i+1] + ref
	} else {
		full = ref
	}
	if full == "" {
		return ""
	}

	var elem string
	var dst strings.Builder
	first := true
	remaining := full
	// We want to return a leading '/', so write it now.
	dst.WriteByte('/')
	found := true
	for found {
		elem, remaining, found = strings.Cut(remaining, "/")
		if elem == "." {
			first = false
			continue
		}
		if elem == ".." {
			// Ignore the leading '/' we already wrote.
			str := dst.String()[1:]
			index := strings.LastIndexByte(str, '/')
			dst.Reset()
			dst.WriteByte('/')
			if index == -1 {
				first = true
			} else {
				dst.WriteString(str[:index])
			}
		} else {
			if !first {
				dst.WriteByte('/')
			}
			dst.WriteString(elem)
			first = false
		}
	}
	if elem == "." || elem == ".." {
		dst.WriteByte('/')
	}
	// We wrote an initial '/', but we don't want two.
	r := dst.String()
	if len(r) > 1 && r[1] == '/' {
		r = r[1:]
	}
	return r
}
