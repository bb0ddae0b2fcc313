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
)

// A Handler responds to an HTTP request.
type Handler interface {
	ServeHTTP(ResponseWriter, *Request)
}

// The HandlerFunc type is an adapter to allow the use of ordinary
// functions as HTTP handlers.
type HandlerFunc func(ResponseWriter, *Request)

// ServeHTTP calls f(w, r).
func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request) { f(w, r) }

// A ResponseWriter interface is used by an HTTP handler to construct an
// HTTP response.
type ResponseWriter interface {
	Header() Header
	Write([]byte) (int, error)
	WriteHeader(statusCode int)
}

// ServeMux is an HTTP request multiplexer: the longest registered pattern
// that matches the path wins; a pattern ending in "/" matches its subtree.
type ServeMux struct {
	mu sync.RWMutex
	m  map[string]Handler
}

// NewServeMux allocates and returns a new ServeMux.
func NewServeMux() *ServeMux { return &ServeMux{m: make(map[string]Handler)} }

// DefaultServeMux is the default ServeMux used by Serve.
var DefaultServeMux = NewServeMux()

// Handle registers the handler for the given pattern.
func (mux *ServeMux) Handle(pattern string, handler Handler) {
	mux.mu.Lock()
	defer mux.mu.Unlock()
	if pattern == "" {
		panic("http: invalid pattern")
	}
	if handler == nil {
		panic("http: nil handler")
	}
	if mux.m == nil {
		mux.m = make(map[string]Handler)
	}
	if _, exist := mux.m[pattern]; exist {
		panic("http: multiple registrations for " + pattern)
	}
	mux.m[pattern] = handler
}

// HandleFunc registers the handler function for the given pattern.
func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	mux.Handle(pattern, HandlerFunc(handler))
}

// Handle registers the handler for the given pattern in DefaultServeMux.
func Handle(pattern string, handler Handler) { DefaultServeMux.Handle(pattern, handler) }

// HandleFunc registers the handler function in DefaultServeMux.
func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	DefaultServeMux.HandleFunc(pattern, handler)
}

// Handler returns the handler to use for the given request. It always
// returns a non-nil handler: for a path not in canonical form, one that
// redirects to the canonical path; for "/tree" when only "/tree/" is
// registered, one that redirects there (301, as Go's).
func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string) {
	// CONNECT requests are not canonicalized.
	if r.Method == "CONNECT" {
		if u, ok := mux.redirectToPathSlash(r.URL.Path, r.URL); ok {
			return RedirectHandler(u.String(), StatusMovedPermanently), u.Path
		}
		return mux.handler(r.URL.Path)
	}
	path := cleanPath(r.URL.Path)
	if u, ok := mux.redirectToPathSlash(path, r.URL); ok {
		return RedirectHandler(u.String(), StatusMovedPermanently), u.Path
	}
	if path != r.URL.Path {
		_, pattern = mux.handler(path)
		u := &url.URL{Path: path, RawQuery: r.URL.RawQuery}
		return RedirectHandler(u.String(), StatusMovedPermanently), pattern
	}
	return mux.handler(r.URL.Path)
}

// redirectToPathSlash reports whether path should be redirected to
// path+"/" (a handler is registered for path+"/" but not for path), and
// the URL to redirect to.
func (mux *ServeMux) redirectToPathSlash(path string, u *url.URL) (*url.URL, bool) {
	if path == "" || path[len(path)-1] == '/' {
		return u, false
	}
	mux.mu.RLock()
	_, exact := mux.m[path]
	_, slash := mux.m[path+"/"]
	mux.mu.RUnlock()
	if exact || !slash {
		return u, false
	}
	return &url.URL{Path: path + "/", RawQuery: u.RawQuery}, true
}

// handler finds the handler for a path already in canonical form: the
// exact pattern, else the longest pattern ending in "/" that is a prefix.
func (mux *ServeMux) handler(path string) (h Handler, pattern string) {
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	best := ""
	for p, handler := range mux.m {
		if p == path || (strings.HasSuffix(p, "/") && strings.HasPrefix(path, p)) {
			if len(p) > len(best) {
				best, h = p, handler
			}
		}
	}
	if h == nil {
		return NotFoundHandler(), ""
	}
	return h, best
}

// ServeHTTP dispatches the request to the handler whose pattern most
// closely matches the request URL.
func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request) {
	h, _ := mux.Handler(r)
	h.ServeHTTP(w, r)
}

// Error replies to the request with the specified error message and code.
func Error(w ResponseWriter, error string, code int) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	io.WriteString(w, error+"\n")
}

// NotFound replies to the request with an HTTP 404 not found error.
func NotFound(w ResponseWriter, r *Request) { Error(w, "404 page not found", StatusNotFound) }

// NotFoundHandler returns a simple request handler that replies 404.
func NotFoundHandler() Handler { return HandlerFunc(NotFound) }

// A Server defines parameters for running an HTTP server.
type Server struct {
	Addr    string
	Handler Handler

	mu        sync.Mutex
	listeners []net.Listener
	closed    bool
}

// ErrServerClosed is returned by Serve after a call to Close.
var ErrServerClosed = errors.New("http: Server closed")

// ListenAndServe listens on the TCP network address addr and then calls
// Serve with handler (nil: DefaultServeMux).
func ListenAndServe(addr string, handler Handler) error {
	srv := &Server{Addr: addr, Handler: handler}
	return srv.ListenAndServe()
}

// ListenAndServe listens on srv.Addr (":http" if empty) and serves.
func (srv *Server) ListenAndServe() error {
	addr := srv.Addr
	if addr == "" {
		addr = ":http"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return srv.Serve(ln)
}

// Serve accepts incoming connections on l, creating a new service
// goroutine for each.
func (srv *Server) Serve(l net.Listener) error {
	srv.mu.Lock()
	srv.listeners = append(srv.listeners, l)
	srv.mu.Unlock()
	for {
		c, err := l.Accept()
		if err != nil {
			srv.mu.Lock()
			closed := srv.closed
			srv.mu.Unlock()
			if closed {
				return ErrServerClosed
			}
			if ne, ok := err.(net.Error); ok && ne.Temporary() {
				continue
			}
			return err
		}
		go srv.serveConn(c)
	}
}

// Serve accepts incoming HTTP connections on the listener l.
func Serve(l net.Listener, handler Handler) error {
	srv := &Server{Handler: handler}
	return srv.Serve(l)
}

// Close immediately closes all listeners.
func (srv *Server) Close() error {
	srv.mu.Lock()
	srv.closed = true
	ls := srv.listeners
	srv.listeners = nil
	srv.mu.Unlock()
	for _, l := range ls {
		l.Close()
	}
	return nil
}

// response is the server's ResponseWriter: the body is buffered until the
// handler returns (then sent with a Content-Length) or until it passes
// 4 KiB (then the rest goes out chunked).
type response struct {
	conn        net.Conn
	bw          *bufio.Writer
	req         *Request
	header      Header
	status      int
	wroteHeader bool
	sentHeader  bool
	chunked     bool
	buf         []byte
	closeAfter  bool
}

func (w *response) Header() Header { return w.header }

func (w *response) WriteHeader(code int) {
	if w.wroteHeader {
		return
	}
	if code < 100 || code > 999 {
		panic("invalid WriteHeader code " + strconv.Itoa(code))
	}
	w.wroteHeader = true
	w.status = code
}

func bodyAllowed(status int) bool {
	return !(status >= 100 && status <= 199) && status != 204 && status != 304
}

func (w *response) Write(p []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	if !bodyAllowed(w.status) {
		return 0, errors.New("http: request method or response status code does not allow body")
	}
	if w.req.Method == "HEAD" {
		return len(p), nil
	}
	if w.chunked {
		w.bw.WriteString(strconv.FormatInt(int64(len(p)), 16) + "\r\n")
		w.bw.Write(p)
		w.bw.WriteString("\r\n")
		return len(p), nil
	}
	w.buf = append(w.buf, p...)
	if len(w.buf) > 4096 {
		w.chunked = true
		w.sendHeader(-1)
		data := w.buf
		w.buf = nil
		w.bw.WriteString(strconv.FormatInt(int64(len(data)), 16) + "\r\n")
		w.bw.Write(data)
		w.bw.WriteString("\r\n")
	}
	return len(p), nil
}

func detectContentType(data []byte) string {
	s := strings.TrimLeft(string(data), " \t\r\n")
	ls := strings.ToLower(s)
	if strings.HasPrefix(ls, "<!doctype html") || strings.HasPrefix(ls, "<html") || strings.HasPrefix(ls, "<head") || strings.HasPrefix(ls, "<body") {
		return "text/html; charset=utf-8"
	}
	for _, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0c && c != 0x1b {
			return "application/octet-stream"
		}
	}
	return "text/plain; charset=utf-8"
}

// sendHeader writes the status line and header; n is the body length,
// -1 for chunked.
func (w *response) sendHeader(n int) {
	w.sentHeader = true
	text := StatusText(w.status)
	if text == "" {
		text = "status code " + strconv.Itoa(w.status)
	}
	w.bw.WriteString("HTTP/1.1 " + strconv.Itoa(w.status) + " " + text + "\r\n")
	h := w.header
	if bodyAllowed(w.status) {
		if h.Get("Content-Type") == "" && (len(w.buf) > 0 || n != 0) {
			h.Set("Content-Type", detectContentType(w.buf))
		}
		if n >= 0 {
			if h.Get("Content-Length") == "" {
				h.Set("Content-Length", strconv.Itoa(n))
			}
		} else {
			h.Set("Transfer-Encoding", "chunked")
		}
	}
	if w.closeAfter {
		h.Set("Connection", "close")
	}
	h.writeWire(w.bw)
	w.bw.WriteString("\r\n")
}

func (w *response) finish() {
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	if w.chunked {
		w.bw.WriteString("0\r\n\r\n")
	} else {
		w.sendHeader(len(w.buf))
		w.bw.Write(w.buf)
	}
	w.bw.Flush()
}

func (srv *Server) serveConn(c net.Conn) {
	defer c.Close()
	br := bufio.NewReaderSize(c, 4096)
	bw := bufio.NewWriterSize(c, 4096)
	handler := srv.Handler
	if handler == nil {
		handler = DefaultServeMux
	}
	remoteAddr := c.RemoteAddr().String()
	for {
		req, err := readRequest(br)
		if err != nil {
			if err != io.EOF {
				io.WriteString(c, "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request")
			}
			return
		}
		req.RemoteAddr = remoteAddr
		w := &response{conn: c, bw: bw, req: req, header: make(Header), closeAfter: req.Close}
		if !srv.callHandler(handler, w, req) {
			return
		}
		w.finish()
		// Whatever the handler left of the body is discarded, so that the
		// next request starts at its first byte.
		if req.Body != nil {
			io.Copy(io.Discard, req.Body)
		}
		if w.closeAfter {
			return
		}
	}
}

// callHandler runs the handler; a panic in it closes the connection (and
// is printed), as Go's server does. Returns false after a panic.
func (srv *Server) callHandler(h Handler, w *response, req *Request) (ok bool) {
	defer func() {
		if err := recover(); err != nil {
			println("http: panic serving " + req.RemoteAddr)
			ok = false
		}
	}()
	h.ServeHTTP(w, req)
	return true
}

func readRequest(br *bufio.Reader) (*Request, error) {
	line, err := readLine(br)
	if err != nil {
		return nil, err
	}
	method, rest, ok1 := strings.Cut(line, " ")
	requestURI, proto, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 {
		return nil, &badStringError{"malformed HTTP request", line}
	}
	req := &Request{Method: method, RequestURI: requestURI, Proto: proto, ProtoMajor: 1, ProtoMinor: 1}
	if proto == "HTTP/1.0" {
		req.ProtoMinor = 0
	}
	if req.URL, err = url.ParseRequestURI(requestURI); err != nil {
		return nil, err
	}
	if req.Header, err = readHeader(br); err != nil {
		return nil, err
	}
	req.Host = req.Header.Get("Host")
	req.Header.Del("Host")
	conn := strings.ToLower(req.Header.Get("Connection"))
	req.Close = conn == "close" || (req.ProtoMinor == 0 && conn != "keep-alive")
	bd, n := newBody(br, req.Header, false, false)
	req.ContentLength = n
	if bd.done {
		req.Body = NoBody
	} else {
		req.Body = bd
	}
	return req, nil
}

// FormValue returns the first value for the named component of the query.
func (r *Request) FormValue(key string) string { return r.URL.Query().Get(key) }

// UserAgent returns the client's User-Agent, if sent in the request.
func (r *Request) UserAgent() string { return r.Header.Get("User-Agent") }
