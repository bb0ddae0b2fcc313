// run

// Read and write deadlines: an expired deadline fails with a net.Error
// whose Timeout() is true ("i/o timeout"); clearing it lets I/O proceed.
package main

import (
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	accepted := make(chan net.Conn)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println(err)
			return
		}
		accepted <- c
	}()
	c, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	s := <-accepted
	defer s.Close()

	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	start := time.Now()
	buf := make([]byte, 8)
	n, err := c.Read(buf)
	el := time.Since(start)
	ne, ok := err.(net.Error)
	fmt.Println("read:", n, ok && ne.Timeout(), strings.HasSuffix(err.Error(), ": i/o timeout"))
	fmt.Println("waited at least the deadline:", el >= 45*time.Millisecond, "and not much more:", el < time.Second)
	// Still expired.
	_, err = c.Read(buf)
	fmt.Println("again:", strings.HasSuffix(err.Error(), "i/o timeout"))
	// Cleared: data arrives.
	c.SetReadDeadline(time.Time{})
	s.Write([]byte("ping"))
	n, err = c.Read(buf)
	fmt.Println("after clearing:", n, err, string(buf[:n]))
	// A deadline in the past fails at once, for writes too.
	c.SetDeadline(time.Now().Add(-time.Second))
	_, err = c.Write([]byte("x"))
	fmt.Println("write past deadline:", err.(net.Error).Timeout())
	c.SetDeadline(time.Time{})
	// Many goroutines with staggered deadlines all wake.
	done := make(chan time.Duration)
	for i := 1; i <= 5; i++ {
		go func(i int) {
			d, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				done <- -1
				return
			}
			defer d.Close()
			d.SetReadDeadline(time.Now().Add(time.Duration(i) * 20 * time.Millisecond))
			t := time.Now()
			d.Read(make([]byte, 1))
			done <- time.Since(t)
		}(i)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	good := 0
	for i := 0; i < 5; i++ {
		if d := <-done; d >= 15*time.Millisecond && d < time.Second {
			good++
		}
	}
	fmt.Println("staggered deadlines fired:", good)
}
