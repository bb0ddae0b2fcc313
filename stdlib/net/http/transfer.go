package http

import (
	"bufio"
	"errors"
	"io"
	"strconv"
	"strings"
)

// ErrBodyReadAfterClose is returned when reading a Request or Response
// Body after the body has been closed.
var ErrBodyReadAfterClose = errors.New("http: invalid Read on closed Body")

// body reads a message body from the connection's reader: Content-Length
// bytes, chunked, or until EOF. onEOF runs once when it is read to its
// end (the client returns the connection to its idle pool); onClose when
// it is closed early.
type body struct {
	r       *bufio.Reader
	remain  int64 // Content-Length bytes left; -1: chunked or to EOF
	chunked bool
	chunk   int64 // bytes left in the current chunk
	toEOF   bool
	done    bool
	closed  bool
	onEOF   func()
	onClose func(atEOF bool)
}

func (b *body) Read(p []byte) (int, error) {
	if b.closed {
		return 0, ErrBodyReadAfterClose
	}
	if b.done {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	var n int
	var err error
	switch {
	case b.chunked:
		n, err = b.readChunked(p)
	case b.toEOF:
		n, err = b.r.Read(p)
	default:
		if b.remain == 0 {
			err = io.EOF
			break
		}
		if int64(len(p)) > b.remain {
			p = p[:b.remain]
		}
		n, err = b.r.Read(p)
		b.remain -= int64(n)
		if err == io.EOF && b.remain > 0 {
			err = io.ErrUnexpectedEOF
		}
		if err == nil && b.remain == 0 {
			err = io.EOF
		}
	}
	if err == io.EOF {
		b.done = true
		if b.onEOF != nil {
			f := b.onEOF
			b.onEOF = nil
			f()
		}
	}
	return n, err
}

func (b *body) readChunked(p []byte) (int, error) {
	if b.chunk == 0 {
		line, err := readLine(b.r)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return 0, err
		}
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		n, err := strconv.ParseInt(strings.TrimSpace(line), 16, 64)
		if err != nil || n < 0 {
			return 0, errors.New("invalid byte in chunk length")
		}
		if n == 0 {
			// Trailer, then the empty line.
			for {
				l, err := readLine(b.r)
				if err != nil {
					return 0, io.ErrUnexpectedEOF
				}
				if l == "" {
					break
				}
			}
			return 0, io.EOF
		}
		b.chunk = n
	}
	if int64(len(p)) > b.chunk {
		p = p[:b.chunk]
	}
	n, err := b.r.Read(p)
	b.chunk -= int64(n)
	if b.chunk == 0 && err == nil {
		if l, e := readLine(b.r); e != nil || l != "" {
			return n, errors.New("malformed chunked encoding")
		}
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

func (b *body) Close() error {
	if b.closed {
		return nil
	}
	b.closed = true
	if b.onClose != nil {
		b.onClose(b.done)
	}
	return nil
}

// noBody is an empty Body (Go's http.NoBody).
type noBody struct{}

func (noBody) Read([]byte) (int, error)         { return 0, io.EOF }
func (noBody) Close() error                     { return nil }
func (noBody) WriteTo(io.Writer) (int64, error) { return 0, nil }

// NoBody is an io.ReadCloser with no bytes.
var NoBody = noBody{}

// newBody picks the framing of a message body from its header.
func newBody(r *bufio.Reader, h Header, isResponse bool, noContent bool) (*body, int64) {
	if noContent {
		return &body{r: r, done: true}, 0
	}
	if te := h.Get("Transfer-Encoding"); strings.EqualFold(te, "chunked") {
		h.Del("Content-Length")
		return &body{r: r, chunked: true, remain: -1}, -1
	}
	if cl := h.Get("Content-Length"); cl != "" {
		n, err := strconv.ParseInt(strings.TrimSpace(cl), 10, 64)
		if err == nil && n >= 0 {
			return &body{r: r, remain: n, done: n == 0}, n
		}
	}
	if isResponse {
		return &body{r: r, toEOF: true, remain: -1}, -1
	}
	return &body{r: r, done: true}, 0
}
