package http

// The client's Transport: one HTTP/1.1 exchange per request over a
// connection from the per-host idle pool (keep-alive) or a new one. It
// follows no redirects; Client.Do (client.go) does.

import (
	"bufio"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Transport keeps idle connections per host:port for reuse (keep-alive).
type Transport struct {
	mu                  sync.Mutex
	idle                map[string][]*persistConn
	MaxIdleConnsPerHost int
	DisableKeepAlives   bool
}

// RoundTripper is an interface representing the ability to execute a
// single HTTP transaction, obtaining the Response for a given Request.
// It must not follow redirects (Client does) and must close the
// request's Body, even on errors.
type RoundTripper interface {
	RoundTrip(*Request) (*Response, error)
}

// DefaultTransport is the default implementation of Transport and is
// used by DefaultClient.
var DefaultTransport RoundTripper = &Transport{}

// RoundTrip implements the RoundTripper interface: one request, one
// response, no redirects.
func (t *Transport) RoundTrip(req *Request) (*Response, error) {
	resp, err := t.roundTrip(req, time.Time{})
	if err != nil && req.Body != nil {
		req.Body.Close()
	}
	return resp, err
}

type persistConn struct {
	conn net.Conn
	br   *bufio.Reader
	key  string
}

func (t *Transport) getIdle(key string) *persistConn {
	t.mu.Lock()
	defer t.mu.Unlock()
	l := t.idle[key]
	if len(l) == 0 {
		return nil
	}
	pc := l[len(l)-1]
	t.idle[key] = l[:len(l)-1]
	return pc
}

func (t *Transport) putIdle(pc *persistConn) {
	max := t.MaxIdleConnsPerHost
	if max <= 0 {
		max = 2
	}
	t.mu.Lock()
	if t.idle == nil {
		t.idle = make(map[string][]*persistConn)
	}
	if len(t.idle[pc.key]) < max {
		t.idle[pc.key] = append(t.idle[pc.key], pc)
		t.mu.Unlock()
		return
	}
	t.mu.Unlock()
	pc.conn.Close()
}

// CloseIdleConnections closes any connections that are idle.
func (t *Transport) CloseIdleConnections() {
	t.mu.Lock()
	idle := t.idle
	t.idle = nil
	t.mu.Unlock()
	for _, l := range idle {
		for _, pc := range l {
			pc.conn.Close()
		}
	}
}

var errHTTPS = errors.New("gorun: https is not supported (no TLS); use an http:// URL")

func (t *Transport) roundTrip(req *Request, deadline time.Time) (*Response, error) {
	u := req.URL
	if u == nil {
		return nil, errors.New("http: nil Request.URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, errors.New("unsupported protocol scheme " + quote(u.Scheme))
	}
	if u.Host == "" {
		return nil, errors.New("http: no Host in request URL")
	}
	host := u.Host
	if u.Port() == "" {
		if u.Scheme == "https" {
			host = net.JoinHostPort(u.Hostname(), "443")
		} else {
			host = net.JoinHostPort(u.Hostname(), "80")
		}
	}
	key := u.Scheme + "://" + host
	for attempt := 0; attempt < 2; attempt++ {
		pc := t.getIdle(key)
		reused := pc != nil
		if pc == nil {
			var c net.Conn
			var err error
			if deadline.IsZero() {
				c, err = net.Dial("tcp", host)
			} else if d := time.Until(deadline); d > 0 {
				c, err = net.DialTimeout("tcp", host, d)
			} else {
				return nil, &net.OpError{Op: "dial", Net: "tcp", Err: net.ErrDeadlineExceeded}
			}
			if err != nil {
				return nil, err
			}
			if u.Scheme == "https" {
				// Name resolution and connect behave as Go's; TLS does not exist.
				c.Close()
				return nil, errHTTPS
			}
			pc = &persistConn{conn: c, br: bufio.NewReaderSize(c, 4096), key: key}
		}
		resp, err := t.exchange(pc, req, deadline)
		if err != nil {
			pc.conn.Close()
			// A reused connection the server closed meanwhile: retry once
			// on a new one (for requests without a body).
			// A timeout is final: the deadline covers the retry too.
			if ne, ok := err.(net.Error); reused && req.Body == nil && !(ok && ne.Timeout()) {
				continue
			}
			return nil, err
		}
		return resp, nil
	}
	return nil, errors.New("http: server closed idle connection")
}

func (t *Transport) exchange(pc *persistConn, req *Request, deadline time.Time) (*Response, error) {
	pc.conn.SetDeadline(deadline)
	var b strings.Builder
	method := req.Method
	if method == "" {
		method = "GET"
	}
	b.WriteString(method + " " + req.URL.RequestURI() + " HTTP/1.1\r\n")
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	b.WriteString("Host: " + host + "\r\n")
	if req.Header.Get("User-Agent") == "" {
		b.WriteString("User-Agent: Go-http-client/1.1\r\n")
	}
	var bodyBytes []byte
	if req.Body != nil {
		data, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		bodyBytes = data
	}
	// The body is sent with its length (Go would send a body of unknown
	// length chunked). An empty one has a "Content-Length: 0" only for
	// the methods that usually carry a body, as Go's transferWriter does.
	if len(bodyBytes) > 0 || method == "POST" || method == "PUT" || method == "PATCH" {
		b.WriteString("Content-Length: " + strconv.Itoa(len(bodyBytes)) + "\r\n")
	}
	if t.DisableKeepAlives || req.Close {
		b.WriteString("Connection: close\r\n")
	}
	req.Header.writeWire(&b)
	b.WriteString("\r\n")
	out := []byte(b.String())
	out = append(out, bodyBytes...)
	if _, err := pc.conn.Write(out); err != nil {
		return nil, err
	}
	resp, err := readResponse(pc.br, req)
	if err != nil {
		return nil, err
	}
	keep := !resp.Close && !t.DisableKeepAlives && !req.Close
	bd := resp.Body.(*body)
	if bd.toEOF {
		keep = false
	}
	bd.onEOF = func() {
		if keep {
			pc.conn.SetDeadline(time.Time{})
			t.putIdle(pc)
		}
	}
	bd.onClose = func(atEOF bool) {
		if !atEOF || !keep {
			pc.conn.Close()
		}
	}
	if bd.done {
		bd.onEOF()
		bd.onEOF = nil
	}
	return resp, nil
}

func readResponse(r *bufio.Reader, req *Request) (*Response, error) {
	line, err := readLine(r)
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	proto, status, ok := strings.Cut(line, " ")
	if !ok {
		return nil, &badStringError{"malformed HTTP response", line}
	}
	resp := &Response{Proto: proto, Status: strings.TrimLeft(status, " "), Request: req}
	codeStr, _, _ := strings.Cut(resp.Status, " ")
	if len(codeStr) != 3 {
		return nil, &badStringError{"malformed HTTP status code", codeStr}
	}
	resp.StatusCode, err = strconv.Atoi(codeStr)
	if err != nil || resp.StatusCode < 0 {
		return nil, &badStringError{"malformed HTTP status code", codeStr}
	}
	resp.ProtoMajor, resp.ProtoMinor = 1, 1
	if proto == "HTTP/1.0" {
		resp.ProtoMinor = 0
	}
	resp.Header, err = readHeader(r)
	if err != nil {
		return nil, err
	}
	conn := strings.ToLower(resp.Header.Get("Connection"))
	resp.Close = conn == "close" || (resp.ProtoMinor == 0 && conn != "keep-alive")
	noContent := req.Method == "HEAD" || resp.StatusCode == 204 || resp.StatusCode == 304 ||
		(resp.StatusCode >= 100 && resp.StatusCode < 200)
	bd, n := newBody(r, resp.Header, true, noContent)
	resp.ContentLength = n
	if req.Method == "HEAD" {
		if cl := resp.Header.Get("Content-Length"); cl != "" {
			if v, err := strconv.ParseInt(cl, 10, 64); err == nil {
				resp.ContentLength = v
			}
		} else {
			resp.ContentLength = -1
		}
	}
	resp.Body = bd
	return resp, nil
}
