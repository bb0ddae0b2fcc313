package http

// HTTP Basic Authentication (RFC 7617): Request.SetBasicAuth and
// BasicAuth, and the Authorization header the client derives from a
// URL's userinfo. The standard base64 of the credentials is done here
// (there is no encoding/base64 package yet).

import (
	"net/url"
	"strings"
)

// BasicAuth returns the username and password provided in the request's
// Authorization header, if the request uses HTTP Basic Authentication.
func (r *Request) BasicAuth() (username, password string, ok bool) {
	auth := r.Header.Get("Authorization")
	if auth == "" {
		return "", "", false
	}
	return parseBasicAuth(auth)
}

// parseBasicAuth parses an HTTP Basic Authentication string:
// "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==" returns ("Aladdin", "open sesame", true).
func parseBasicAuth(auth string) (username, password string, ok bool) {
	const prefix = "Basic "
	// Case insensitive prefix match (Go issue 22736).
	if len(auth) < len(prefix) || !strings.EqualFold(auth[:len(prefix)], prefix) {
		return "", "", false
	}
	c, ok := base64Decode(auth[len(prefix):])
	if !ok {
		return "", "", false
	}
	username, password, ok = strings.Cut(string(c), ":")
	if !ok {
		return "", "", false
	}
	return username, password, true
}

// SetBasicAuth sets the request's Authorization header to use HTTP Basic
// Authentication with the provided username and password (which are not
// encrypted: gorun has no TLS).
func (r *Request) SetBasicAuth(username, password string) {
	r.Header.Set("Authorization", "Basic "+basicAuth(username, password))
}

func basicAuth(username, password string) string {
	return base64Encode([]byte(username + ":" + password))
}

// userinfoAuth returns the username and password of a URL's userinfo
// ("user:pass", %-escaped), unescaped.
func userinfoAuth(u *url.URL) (username, password string) {
	user, pass, _ := strings.Cut(u.User, ":")
	if s, err := url.PathUnescape(user); err == nil {
		user = s
	}
	if s, err := url.PathUnescape(pass); err == nil {
		pass = s
	}
	return user, pass
}

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// base64Encode is base64.StdEncoding.EncodeToString.
func base64Encode(src []byte) string {
	dst := make([]byte, 0, (len(src)+2)/3*4)
	for i := 0; i < len(src); i += 3 {
		var v uint
		n := len(src) - i
		if n > 3 {
			n = 3
		}
		for k := 0; k < 3; k++ {
			v <<= 8
			if k < n {
				v |= uint(src[i+k])
			}
		}
		for k := 0; k < 4; k++ {
			if k <= n {
				dst = append(dst, base64Alphabet[v>>uint(18-6*k)&0x3f])
			} else {
				dst = append(dst, '=')
			}
		}
	}
	return string(dst)
}

// base64Decode is base64.StdEncoding.DecodeString (padding required).
func base64Decode(s string) ([]byte, bool) {
	if len(s)%4 != 0 {
		return nil, false
	}
	dst := make([]byte, 0, len(s)/4*3)
	for i := 0; i < len(s); i += 4 {
		var v uint
		pad := 0
		for k := 0; k < 4; k++ {
			c := s[i+k]
			v <<= 6
			if c == '=' && i+4 == len(s) && k >= 2 {
				pad++
				continue
			}
			if pad > 0 {
				return nil, false
			}
			d := strings.IndexByte(base64Alphabet, c)
			if d < 0 {
				return nil, false
			}
			v |= uint(d)
		}
		dst = append(dst, byte(v>>16))
		if pad < 2 {
			dst = append(dst, byte(v>>8))
		}
		if pad < 1 {
			dst = append(dst, byte(v))
		}
	}
	return dst, true
}
