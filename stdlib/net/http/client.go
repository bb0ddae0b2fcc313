package http

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A Request represents an HTTP request received by a server or to be
// sent by a client.
type Request struct {
	Method        string
	URL           *url.URL
	Proto         string
	ProtoMajor    int
	ProtoMinor    int
	Header        Header
	Body          io.ReadCloser
	ContentLength int64
	Close         bool
	Host          string
	RemoteAddr    string
	RequestURI    string
}

// Response represents the response from an HTTP request.
type Response struct {
	Status        string // e.g. "200 OK"
	StatusCode    int
	Proto         string
	ProtoMajor    int
	ProtoMinor    int
	Header        Header
	Body          io.ReadCloser
	ContentLength int64
	Close         bool
	Request       *Request
}

// NewRequest returns a new Request given a method, URL, and optional body.
func NewRequest(method, rawURL string, body io.Reader) (*Request, error) {
	if method == "" {
		method = "GET"
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	req := &Request{Method: method, URL: u, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: make(Header), Host: u.Host}
	if body != nil {
		switch v := body.(type) {
		case *strings.Reader:
			req.ContentLength = int64(v.Len())
		case interface{ Len() int }:
			req.ContentLength = int64(v.Len())
		}
		rc, ok := body.(io.ReadCloser)
		if !ok {
			rc = io.NopCloser(body)
		}
		req.Body = rc
	}
	return req, nil
}

// A Client is an HTTP client. Timeout limits the whole exchange,
// including reading the body.
type Client struct {
	Transport *Transport
	Timeout   time.Duration
}

// DefaultClient is the default Client, used by Get, Head, and Post.
var DefaultClient = &Client{}

// Get issues a GET to the specified URL.
func Get(url string) (*Response, error) { return DefaultClient.Get(url) }

// Head issues a HEAD to the specified URL.
func Head(url string) (*Response, error) { return DefaultClient.Head(url) }

// Post issues a POST to the specified URL.
func Post(url, contentType string, body io.Reader) (*Response, error) {
	return DefaultClient.Post(url, contentType, body)
}

func (c *Client) Get(url string) (*Response, error) {
	req, err := NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

func (c *Client) Head(url string) (*Response, error) {
	req, err := NewRequest("HEAD", url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

func (c *Client) Post(url, contentType string, body io.Reader) (*Response, error) {
	req, err := NewRequest("POST", url, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentType)
	return c.Do(req)
}

func methodName(m string) string {
	if m == "" {
		return "Get"
	}
	return m[:1] + strings.ToLower(m[1:])
}

// Do sends an HTTP request and returns an HTTP response. Redirects are
// not followed.
func (c *Client) Do(req *Request) (*Response, error) {
	t := c.Transport
	if t == nil {
		t = DefaultTransport
	}
	var deadline time.Time
	if c.Timeout > 0 {
		deadline = time.Now().Add(c.Timeout)
	}
	resp, err := t.roundTrip(req, deadline)
	if err != nil {
		if c.Timeout > 0 {
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				err = &timeoutErr{"context deadline exceeded (Client.Timeout exceeded while awaiting headers)"}
			}
		}
		return nil, &url.Error{Op: methodName(req.Method), URL: req.URL.String(), Err: err}
	}
	return resp, nil
}

type timeoutErr struct{ s string }

func (e *timeoutErr) Error() string   { return e.s }
func (e *timeoutErr) Timeout() bool   { return true }
func (e *timeoutErr) Temporary() bool { return true }

// Transport keeps idle connections per host:port for reuse (keep-alive).
type Transport struct {
	mu                  sync.Mutex
	idle                map[string][]*persistConn
	MaxIdleConnsPerHost int
	DisableKeepAlives   bool
}

// DefaultTransport is the default Transport, used by DefaultClient.
var DefaultTransport = &Transport{}

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
		b.WriteString("Content-Length: " + strconv.Itoa(len(data)) + "\r\n")
	}
	if t.DisableKeepAlives || req.Close {
		b.WriteString("Connection: close\r\n")
	}
	b.WriteString(req.Header.wire())
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
