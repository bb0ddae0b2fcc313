// run
// exit 2
// stderr "panic: account alice: cannot withdraw 40, balance is 20"

// panic with a message built by fmt.Sprintf.

package main

import "fmt"

type Account struct {
	Name    string
	Balance int
}

func (a *Account) Withdraw(n int) {
	if n > a.Balance {
		panic(fmt.Sprintf("account %s: cannot withdraw %d, balance is %d", a.Name, n, a.Balance))
	}
	a.Balance -= n
	fmt.Println(a.Name, "balance", a.Balance)
}

func main() {
	acc := &Account{"alice", 100}
	acc.Withdraw(30)
	acc.Withdraw(50)
	acc.Withdraw(40)
	fmt.Println("unreachable")
}
