// Package http: an HTTP/1.1 client and server over package net, modelled
// on Go's net/http (http:// only: there is no TLS). The client follows
// redirects as Go's does (client.go), its Transport keeps idle
// connections per host (keep-alive) and reads chunked and Content-Length
// bodies (transport.go); the server runs one goroutine per connection,
// as Go does (server.go), and can redirect (redirect.go).
package http

import (
	"bufio"
	"io"
	"strings"
)

// A Header represents the key-value pairs in an HTTP header.
type Header map[string][]string

// Add adds the key, value pair to the header.
func (h Header) Add(key, value string) {
	key = CanonicalHeaderKey(key)
	h[key] = append(h[key], value)
}

// Set sets the header entries associated with key to the single element value.
func (h Header) Set(key, value string) { h[CanonicalHeaderKey(key)] = []string{value} }

// Get gets the first value associated with the given key.
func (h Header) Get(key string) string {
	v := h[CanonicalHeaderKey(key)]
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

// Values returns all values associated with the given key.
func (h Header) Values(key string) []string { return h[CanonicalHeaderKey(key)] }

// Del deletes the values associated with key.
func (h Header) Del(key string) { delete(h, CanonicalHeaderKey(key)) }

// Clone returns a copy of h.
func (h Header) Clone() Header {
	h2 := make(Header, len(h))
	for k, vv := range h {
		h2[k] = append([]string(nil), vv...)
	}
	return h2
}

// Write writes a header in wire format, keys sorted.
func (h Header) Write(w io.Writer) error { return h.writeWire(w) }

// writeWire writes the header lines straight to w (the server's and the
// transport's buffered writers): no string of the whole header is made.
func (h Header) writeWire(w io.Writer) error {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		for _, v := range h[k] {
			for _, s := range [4]string{k, ": ", v, "\r\n"} {
				if _, err := io.WriteString(w, s); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// CanonicalHeaderKey returns the canonical format of the header key s
// ("accept-encoding" -> "Accept-Encoding").
func CanonicalHeaderKey(s string) string {
	upper := true
	ok := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if upper && 'a' <= c && c <= 'z' || !upper && 'A' <= c && c <= 'Z' {
			ok = false
			break
		}
		if c == ' ' {
			return s
		}
		upper = c == '-'
	}
	if ok {
		return s
	}
	b := []byte(s)
	upper = true
	for i, c := range b {
		if upper && 'a' <= c && c <= 'z' {
			b[i] = c - 32
		} else if !upper && 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
		upper = c == '-'
	}
	return string(b)
}

// readLine reads one CRLF- (or LF-) terminated line without its end.
func readLine(r *bufio.Reader) (string, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		if err == io.EOF && line != "" {
			return "", io.ErrUnexpectedEOF
		}
		return "", err
	}
	line = line[:len(line)-1]
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	return line, nil
}

// readHeader reads MIME header lines up to the empty line.
func readHeader(r *bufio.Reader) (Header, error) {
	h := make(Header)
	for {
		line, err := readLine(r)
		if err != nil {
			return nil, err
		}
		if line == "" {
			return h, nil
		}
		i := strings.IndexByte(line, ':')
		if i <= 0 {
			return nil, &badStringError{"malformed MIME header line", line}
		}
		key := CanonicalHeaderKey(strings.TrimSpace(line[:i]))
		h[key] = append(h[key], strings.TrimSpace(line[i+1:]))
	}
}

type badStringError struct {
	what string
	str  string
}

func (e *badStringError) Error() string { return e.what + ": " + quote(e.str) }

func quote(s string) string { return "\"" + s + "\"" }
