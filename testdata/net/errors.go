// run

// Go's error texts: refused connections, unknown hosts, bad addresses,
// closing twice, closing while a goroutine is blocked in Read.
package main

import (
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	_, err := net.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
	oe := err.(*net.OpError)
	fmt.Println(oe.Op, oe.Net, oe.Addr, oe.Timeout())

	_, err = net.Dial("tcp", "example.invalid:80")
	oe = err.(*net.OpError)
	de := oe.Err.(*net.DNSError)
	fmt.Println(oe.Op, oe.Net, oe.Addr == nil, de.Name, de.Err, de.IsNotFound)

	_, err = net.Dial("tcp", "localhost")
	fmt.Println(err)
	_, err = net.Dial("udpx", "127.0.0.1:80")
	fmt.Println(err)
	_, err = net.Dial("tcp", "127.0.0.1:99999")
	fmt.Println(err)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = net.Listen("tcp", ln.Addr().String())
	fmt.Println("second listen:", strings.HasSuffix(err.Error(), "bind: address already in use"))
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			_ = c // never written: the client blocks in Read
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("local is loopback:", c.LocalAddr().(*net.TCPAddr).IP.IsLoopback(), "remote:", c.RemoteAddr().String() == ln.Addr().String())
	res := make(chan error)
	go func() {
		_, err := c.Read(make([]byte, 1))
		res <- err
	}()
	time.Sleep(30 * time.Millisecond)
	start := time.Now()
	fmt.Println("close:", c.Close())
	err = <-res
	fmt.Println("reader woke promptly:", time.Since(start) < time.Second)
	fmt.Println(strings.HasPrefix(err.Error(), "read tcp 127.0.0.1:"), strings.HasSuffix(err.Error(), ": use of closed network connection"))
	err = c.Close()
	fmt.Println(strings.HasSuffix(err.Error(), ": use of closed network connection"))
	ln.Close()

	host, port, err := net.SplitHostPort("[::1]:8080")
	fmt.Println(host, port, err, net.JoinHostPort("::1", "80"), net.ParseIP("10.1.2.3"), net.ParseIP("2001:db8::1"))
}
