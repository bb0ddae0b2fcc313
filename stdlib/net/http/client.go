package http

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strconv"
	"strings"
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

	// GetBody returns a new copy of Body, so that a client can resend
	// the body after a 307 or 308 redirect. NewRequest sets it for a
	// *bytes.Buffer, *bytes.Reader or *strings.Reader body.
	GetBody func() (io.ReadCloser, error)

	// Response is the redirect response which caused this request to be
	// created (client requests after a redirect only).
	Response *Response
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
		rc, ok := body.(io.ReadCloser)
		if !ok {
			rc = io.NopCloser(body)
		}
		req.Body = rc
		switch v := body.(type) {
		case *bytes.Buffer:
			req.ContentLength = int64(v.Len())
			buf := v.Bytes()
			req.GetBody = func() (io.ReadCloser, error) {
				return io.NopCloser(bytes.NewReader(buf)), nil
			}
		case *bytes.Reader:
			req.ContentLength = int64(v.Len())
			snapshot := *v
			req.GetBody = func() (io.ReadCloser, error) {
				r := snapshot
				return io.NopCloser(&r), nil
			}
		case *strings.Reader:
			req.ContentLength = int64(v.Len())
			snapshot := *v
			req.GetBody = func() (io.ReadCloser, error) {
				r := snapshot
				return io.NopCloser(&r), nil
			}
		}
		// An empty body of a known length is NoBody, the sentinel for
		// "explicitly zero".
		if req.GetBody != nil && req.ContentLength == 0 {
			req.Body = NoBody
			req.GetBody = func() (io.ReadCloser, error) { return NoBody, nil }
		}
	}
	return req, nil
}

// Referer returns the referring URL, if sent in the request.
func (r *Request) Referer() string { return r.Header.Get("Referer") }

func (r *Request) closeBody() {
	if r.Body != nil {
		r.Body.Close()
	}
}

// outgoingLength reports the Content-Length of this outgoing request:
// 0 without a body, -1 for a body of unknown length.
func (r *Request) outgoingLength() int64 {
	if r.Body == nil || r.Body == NoBody {
		return 0
	}
	if r.ContentLength != 0 {
		return r.ContentLength
	}
	return -1
}

// A Client is an HTTP client. Timeout limits the whole exchange,
// redirects and reading the body included.
//
// The client follows redirects as Go's does: see Do.
type Client struct {
	// Transport specifies the mechanism by which individual HTTP
	// requests are made. If nil, DefaultTransport is used.
	Transport RoundTripper

	// CheckRedirect specifies the policy for handling redirects: it is
	// called before following a redirect with the upcoming request and
	// the requests made already, oldest first. If it returns an error,
	// Do returns the previous Response (its Body closed) and the error
	// (in a *url.Error); ErrUseLastResponse instead returns the previous
	// Response with its Body unclosed and a nil error. If CheckRedirect
	// is nil, the Client stops after 10 consecutive requests.
	CheckRedirect func(req *Request, via []*Request) error

	Timeout time.Duration
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

// ErrUseLastResponse can be returned by Client.CheckRedirect hooks to
// control how redirects are processed: the next request is not sent and
// the most recent response is returned with its body unclosed.
var ErrUseLastResponse = errors.New("net/http: use last response")

func (c *Client) checkRedirect(req *Request, via []*Request) error {
	fn := c.CheckRedirect
	if fn == nil {
		fn = defaultCheckRedirect
	}
	return fn(req, via)
}

func defaultCheckRedirect(req *Request, via []*Request) error {
	if len(via) >= 10 {
		return errors.New("stopped after 10 redirects")
	}
	return nil
}

// redirectBehavior describes what should happen when the client
// encounters a 3xx status code from the server.
func redirectBehavior(reqMethod string, resp *Response, ireq *Request) (redirectMethod string, shouldRedirect, includeBody bool) {
	switch resp.StatusCode {
	case 301, 302, 303:
		redirectMethod = reqMethod
		shouldRedirect = true
		includeBody = false
		// RFC 2616 allowed automatic redirection only with GET and
		// HEAD requests. RFC 7231 lifts this restriction, but Go still
		// restricts other methods to GET (Go issue 18570).
		if reqMethod != "GET" && reqMethod != "HEAD" {
			redirectMethod = "GET"
		}
	case 307, 308:
		redirectMethod = reqMethod
		shouldRedirect = true
		includeBody = true
		if ireq.GetBody == nil && ireq.outgoingLength() != 0 {
			// There was a body, 307/308 require resending it, and it
			// cannot be replayed: return this response to the caller.
			shouldRedirect = false
		}
	}
	return redirectMethod, shouldRedirect, includeBody
}

// refererForURL returns the Referer for a request to newReq after
// lastReq: lastReq without its userinfo, none from https to http.
func refererForURL(lastReq, newReq *url.URL) string {
	if lastReq.Scheme == "https" && newReq.Scheme == "http" {
		return ""
	}
	referer := lastReq.String()
	if lastReq.User != "" {
		referer = strings.Replace(referer, lastReq.User+"@", "", 1)
	}
	return referer
}

// stripPassword returns u as a string with any password masked.
func stripPassword(u *url.URL) string {
	if user, _, ok := strings.Cut(u.User, ":"); ok {
		return strings.Replace(u.String(), u.User+"@", user+":***@", 1)
	}
	return u.String()
}

// Do sends an HTTP request and returns an HTTP response, following
// redirects as Go's Client does (Go 1.19's client.go):
//
//  1. A 301, 302, 303, 307 or 308 with a Location header is followed,
//     the Location resolved against the request's URL. A 3xx without a
//     Location is returned as is.
//  2. 301, 302 and 303 turn any method but GET and HEAD into GET, with
//     no body; 307 and 308 keep the method and resend the body, which
//     takes Request.GetBody (without it the 307/308 response is
//     returned).
//  3. Every hop carries the first request's headers (Authorization,
//     Www-Authenticate, Cookie and Cookie2 only to the same domain or a
//     subdomain) and a Referer: the previous URL.
//  4. CheckRedirect (default: at most 10 redirects) vets each hop.
//
// resp.Request is the last request sent. Errors are *url.Error, whose
// Op is the first request's method.
func (c *Client) Do(req *Request) (*Response, error) {
	if req.URL == nil {
		req.closeBody()
		return nil, &url.Error{Op: methodName(req.Method), Err: errors.New("http: nil Request.URL")}
	}
	var deadline time.Time
	if c.Timeout > 0 {
		deadline = time.Now().Add(c.Timeout)
	}
	var (
		reqs          []*Request
		resp          *Response
		ireqhdr       = req.Header.Clone()
		preq          = req   // the previous request, for the header copier
		reqBodyClosed = false // has the current req.Body been closed?

		redirectMethod string
		includeBody    bool
	)
	if req.Header == nil {
		ireqhdr = make(Header)
	}
	uerr := func(err error) error {
		// The body may have been closed already by send.
		if !reqBodyClosed {
			req.closeBody()
		}
		var urlStr string
		if resp != nil && resp.Request != nil {
			urlStr = stripPassword(resp.Request.URL)
		} else {
			urlStr = stripPassword(req.URL)
		}
		return &url.Error{Op: methodName(reqs[0].Method), URL: urlStr, Err: err}
	}
	for {
		// For all but the first request, create the next request hop
		// and replace req.
		if len(reqs) > 0 {
			loc := resp.Header.Get("Location")
			if loc == "" {
				// 3xx responses without a Location exist in the wild
				// (Go issues 17773 and 49281).
				return resp, nil
			}
			u, err := req.URL.Parse(loc)
			if err != nil {
				resp.Body.Close()
				return nil, uerr(errors.New("failed to parse Location header " + strconv.Quote(loc) + ": " + err.Error()))
			}
			host := ""
			if req.Host != "" && req.Host != req.URL.Host {
				// A custom Host header survives a relative redirect
				// (Go issue 22233).
				if lu, _ := url.Parse(loc); lu != nil && !lu.IsAbs() {
					host = req.Host
				}
			}
			ireq := reqs[0]
			req = &Request{
				Method:     redirectMethod,
				Response:   resp,
				URL:        u,
				Proto:      "HTTP/1.1",
				ProtoMajor: 1,
				ProtoMinor: 1,
				Header:     make(Header),
				Host:       host,
			}
			if includeBody && ireq.GetBody != nil {
				req.Body, err = ireq.GetBody()
				if err != nil {
					resp.Body.Close()
					return nil, uerr(err)
				}
				req.ContentLength = ireq.ContentLength
			}

			// Copy the original headers before setting the Referer, in
			// case the caller set Referer on the first request; to
			// override it, a CheckRedirect func can.
			for k, vv := range ireqhdr {
				if shouldCopyHeaderOnRedirect(k, preq.URL, req.URL) {
					req.Header[k] = vv
				}
			}
			preq = req
			if ref := refererForURL(reqs[len(reqs)-1].URL, req.URL); ref != "" {
				req.Header.Set("Referer", ref)
			}
			err = c.checkRedirect(req, reqs)

			// The sentinel selects the previous response, its body
			// unclosed (Go issue 10069).
			if err == ErrUseLastResponse {
				return resp, nil
			}

			// Close the previous response's body, but read some of it
			// first so that, if it is small, the connection is reused.
			const maxBodySlurpSize = 2 << 10
			if resp.ContentLength == -1 || resp.ContentLength <= maxBodySlurpSize {
				io.CopyN(io.Discard, resp.Body, maxBodySlurpSize)
			}
			resp.Body.Close()

			if err != nil {
				// Go 1 compatibility: both the response (its body
				// closed) and the error (Go issue 3795).
				ue := uerr(err)
				ue.(*url.Error).URL = loc
				return resp, ue
			}
		}

		reqs = append(reqs, req)
		var err error
		if resp, err = c.send(req, deadline); err != nil {
			// send always closes req.Body.
			reqBodyClosed = true
			return nil, uerr(err)
		}

		var shouldRedirect bool
		redirectMethod, shouldRedirect, includeBody = redirectBehavior(req.Method, resp, reqs[0])
		if !shouldRedirect {
			return resp, nil
		}
		req.closeBody()
	}
}

// send issues one request (no redirects) through the Transport. The
// request's Body is closed, even on errors.
func (c *Client) send(req *Request, deadline time.Time) (*Response, error) {
	if req.RequestURI != "" {
		req.closeBody()
		return nil, errors.New("http: Request.RequestURI can't be set in client requests")
	}
	if req.URL.User != "" && req.Header.Get("Authorization") == "" {
		// Credentials in the URL: a fork of the request carries them.
		username, password := userinfoAuth(req.URL)
		fork := *req
		fork.Header = req.Header.Clone()
		if fork.Header == nil {
			fork.Header = make(Header)
		}
		fork.Header.Set("Authorization", "Basic "+basicAuth(username, password))
		req = &fork
	}
	rt := c.Transport
	if rt == nil {
		rt = DefaultTransport
	}
	var resp *Response
	var err error
	if t, ok := rt.(*Transport); ok {
		resp, err = t.roundTrip(req, deadline)
	} else if !deadline.IsZero() && !time.Now().Before(deadline) {
		// Another RoundTripper cannot be handed the deadline: it is
		// only checked before each request.
		req.closeBody()
		err = &timeoutErr{"context deadline exceeded"}
	} else {
		resp, err = rt.RoundTrip(req)
		if err == nil && resp == nil {
			err = fmt.Errorf("http: RoundTripper implementation (%T) returned a nil *Response with a nil error", rt)
		}
	}
	if err != nil {
		req.closeBody()
		if c.Timeout > 0 {
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				err = &timeoutErr{"context deadline exceeded (Client.Timeout exceeded while awaiting headers)"}
			}
		}
		return nil, err
	}
	return resp, nil
}

// shouldCopyHeaderOnRedirect reports whether the initial request's
// header headerKey goes to the redirect target dest: the credentials only
// to initial's domain or a subdomain of it, the rest always.
func shouldCopyHeaderOnRedirect(headerKey string, initial, dest *url.URL) bool {
	switch CanonicalHeaderKey(headerKey) {
	case "Authorization", "Www-Authenticate", "Cookie", "Cookie2":
		// Cookies set explicitly on the first request have no known
		// scope: they are assumed to be for *.domain.com.
		return isDomainOrSubdomain(canonicalAddr(dest), canonicalAddr(initial))
	}
	return true
}

// isDomainOrSubdomain reports whether sub is a subdomain (or exact
// match) of the parent domain. Both must be in canonical form.
func isDomainOrSubdomain(sub, parent string) bool {
	if sub == parent {
		return true
	}
	// sub "foo.example.com" and parent "example.com": sub must end in
	// "."+parent.
	if !strings.HasSuffix(sub, parent) {
		return false
	}
	return sub[len(sub)-len(parent)-1] == '.'
}

// canonicalAddr returns url.Host but always with a ":port" suffix (Go's
// also converts an IDN host to punycode: not here).
func canonicalAddr(u *url.URL) string {
	port := u.Port()
	if port == "" {
		switch u.Scheme {
		case "http":
			port = "80"
		case "https":
			port = "443"
		case "socks5":
			port = "1080"
		}
	}
	return net.JoinHostPort(u.Hostname(), port)
}

// CloseIdleConnections closes any connections on its Transport which
// were previously connected from previous requests but are now sitting
// idle in a "keep-alive" state.
func (c *Client) CloseIdleConnections() {
	rt := c.Transport
	if rt == nil {
		rt = DefaultTransport
	}
	if ci, ok := rt.(interface{ CloseIdleConnections() }); ok {
		ci.CloseIdleConnections()
	}
}

type timeoutErr struct{ s string }

func (e *timeoutErr) Error() string   { return e.s }
func (e *timeoutErr) Timeout() bool   { return true }
func (e *timeoutErr) Temporary() bool { return true }
