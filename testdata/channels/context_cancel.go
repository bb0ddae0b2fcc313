// run

// context: Background, TODO, WithCancel, WithTimeout, WithDeadline,
// WithValue, Done, Err, and cancellation propagating to children.

package main

import (
	"context"
	"fmt"
	"time"
)

type key string

func main() {
	bg := context.Background()
	fmt.Println(bg.Err() == nil, bg.Done() == nil, context.TODO().Err() == nil)
	_, has := bg.Deadline()
	fmt.Println("deadline:", has)

	ctx, cancel := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(ctx)
	grand := context.WithValue(child, key("user"), "gopher")
	fmt.Println(ctx.Err() == nil, child.Err() == nil)
	cancel()
	<-child.Done()
	<-grand.Done()
	fmt.Println(ctx.Err().Error(), "|", child.Err().Error(), "|", grand.Err().Error())
	fmt.Println(ctx.Err() == context.Canceled)
	cancelChild()
	fmt.Println(grand.Value(key("user")), grand.Value(key("other")) == nil)

	// Timeout.
	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	dl, ok := tctx.Deadline()
	fmt.Println("has deadline:", ok, time.Until(dl) > 0)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err().Error(), tctx.Err() == context.DeadlineExceeded)
	case <-time.After(2 * time.Second):
		fmt.Println("impossible")
	}
	tcancel()
	fmt.Println("after cancel still:", tctx.Err().Error())

	// A child of a timeout context is cancelled with it.
	p, pc := context.WithTimeout(bg, 10*time.Millisecond)
	c2, cc2 := context.WithCancel(p)
	<-c2.Done()
	fmt.Println("child:", c2.Err().Error())
	pc()
	cc2()

	// Cancel before the deadline.
	d, dc := context.WithDeadline(bg, time.Now().Add(time.Hour))
	dc()
	<-d.Done()
	fmt.Println("deadline ctx:", d.Err().Error())

	// A deadline in the past is exceeded at once.
	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past:", past.Err().Error())
	pcancel()

	// Workers stop on cancel.
	wctx, wcancel := context.WithCancel(bg)
	stopped := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			for {
				select {
				case <-wctx.Done():
					stopped <- id
					return
				default:
					time.Sleep(time.Millisecond)
				}
			}
		}(i)
	}
	time.Sleep(5 * time.Millisecond)
	wcancel()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-stopped
	}
	fmt.Println("stopped workers:", sum)
}
