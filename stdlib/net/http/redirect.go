package http

// The server's side of redirects (Go 1.19's server.go): Redirect,
// RedirectHandler, and the path cleaning ServeMux uses to redirect
// "/a/../b" to "/b" and "/tree" to "/tree/". The client's side, following
// them, is Client.Do in client.go.

import (
	"net/url"
	"strconv"
	"strings"
)

// Redirect replies to the request with a redirect to url, which may be a
// path relative to the request path.
//
// The provided code should be in the 3xx range and is usually
// StatusMovedPermanently, StatusFound or StatusSeeOther.
//
// If the Content-Type header has not been set, Redirect sets it to
// "text/html; charset=utf-8" and writes a small HTML body. Setting the
// Content-Type header to any value, including nil, disables that.
func Redirect(w ResponseWriter, r *Request, url string, code int) {
	if u, err := parseURL(url); err == nil {
		// A relative url: make its path absolute by combining it with
		// the request path (RFC 7231, section 7.1.2).
		if u.Scheme == "" && u.Host == "" {
			oldpath := r.URL.Path
			if oldpath == "" {
				oldpath = "/"
			}
			if url == "" || url[0] != '/' {
				olddir := oldpath[:strings.LastIndexByte(oldpath, '/')+1]
				url = olddir + url
			}
			var query string
			if i := strings.Index(url, "?"); i != -1 {
				url, query = url[:i], url[i:]
			}
			// Clean up but preserve a trailing slash.
			trailing := strings.HasSuffix(url, "/")
			url = pathClean(url)
			if trailing && !strings.HasSuffix(url, "/") {
				url += "/"
			}
			url += query
		}
	}

	h := w.Header()
	// RFC 7231 notes that a short HTML body is usually included in the
	// response because older user agents may not understand 301/307.
	// Only if the handler did not set a Content-Type.
	_, hadCT := h["Content-Type"]
	h.Set("Location", hexEscapeNonASCII(url))
	if !hadCT && (r.Method == "GET" || r.Method == "HEAD") {
		h.Set("Content-Type", "text/html; charset=utf-8")
	}
	w.WriteHeader(code)
	// No body for POST or HEAD; that leaves GET.
	if !hadCT && r.Method == "GET" {
		body := "<a href=\"" + htmlEscape(url) + "\">" + StatusText(code) + "</a>.\n"
		w.Write([]byte(body + "\n"))
	}
}

// parseURL is url.Parse (the parameter of Redirect shadows the package).
func parseURL(s string) (*url.URL, error) { return url.Parse(s) }

var htmlReplacer = strings.NewReplacer(
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	// "&#34;" is shorter than "&quot;".
	`"`, "&#34;",
	// "&#39;" is shorter than "&apos;" and apos was not in HTML until HTML5.
	"'", "&#39;",
)

func htmlEscape(s string) string { return htmlReplacer.Replace(s) }

// hexEscapeNonASCII %-escapes the bytes of s that are not ASCII.
func hexEscapeNonASCII(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			if b == nil {
				b = append(b, s[:i]...)
			}
			b = append(b, '%')
			b = strconv.AppendInt(b, int64(s[i]), 16)
		} else if b != nil {
			b = append(b, s[i])
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

type redirectHandler struct {
	url  string
	code int
}

func (rh *redirectHandler) ServeHTTP(w ResponseWriter, r *Request) {
	Redirect(w, r, rh.url, rh.code)
}

// RedirectHandler returns a request handler that redirects each request
// it receives to the given url using the given status code.
func RedirectHandler(url string, code int) Handler {
	return &redirectHandler{url, code}
}

// cleanPath returns the canonical path for p, eliminating . and ..
// elements; a trailing slash is kept.
func cleanPath(p string) string {
	if p == "" {
		return "/"
	}
	if p[0] != '/' {
		p = "/" + p
	}
	if isCleanPath(p) {
		return p // the common case: no allocation
	}
	np := pathClean(p)
	// pathClean removes a trailing slash except for the root; put it
	// back.
	if p[len(p)-1] == '/' && np != "/" {
		np += "/"
	}
	return np
}

// isCleanPath reports whether the rooted path p is its own cleanPath:
// no empty, "." or ".." element (a trailing slash is allowed).
func isCleanPath(p string) bool {
	for i := 0; i < len(p); i++ {
		if p[i] != '/' {
			continue
		}
		rest := p[i+1:]
		if rest == "" {
			return true
		}
		if rest[0] == '/' || rest == "." || rest == ".." ||
			strings.HasPrefix(rest, "./") || strings.HasPrefix(rest, "../") {
			return false
		}
	}
	return true
}

// pathClean is Go's path.Clean: the shortest path name equivalent to p
// by purely lexical processing (multiple slashes to one, . elements
// dropped, inner .. elements and the non-.. element before them dropped,
// .. at the start of a rooted path dropped).
func pathClean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	n := len(p)
	out := make([]byte, 0, n)
	r, dotdot := 0, 0
	if rooted {
		out = append(out, '/')
		r, dotdot = 1, 1
	}
	for r < n {
		switch {
		case p[r] == '/':
			r++
		case p[r] == '.' && (r+1 == n || p[r+1] == '/'):
			r++
		case p[r] == '.' && p[r+1] == '.' && (r+2 == n || p[r+2] == '/'):
			r += 2
			switch {
			case len(out) > dotdot:
				// Back up to the previous slash.
				w := len(out) - 1
				for w > dotdot && out[w] != '/' {
					w--
				}
				out = out[:w]
			case !rooted:
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, '.', '.')
				dotdot = len(out)
			}
		default:
			if rooted && len(out) != 1 || !rooted && len(out) != 0 {
				out = append(out, '/')
			}
			for ; r < n && p[r] != '/'; r++ {
				out = append(out, p[r])
			}
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}
