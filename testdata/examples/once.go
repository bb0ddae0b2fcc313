// run

// The seed's "Once for One-Time Initialization" sample (package clause
// added): the initialisation prints once, before any goroutine can print
// the connection string.

package main

import (
    "fmt"
    "sync"
)

var (
    instance *Database
    once     sync.Once
)

type Database struct {
    connection string
}

func GetDatabase() *Database {
    once.Do(func() {
        fmt.Println("Creating database instance")
        instance = &Database{connection: "db://localhost"}
    })
    return instance
}

func main() {
    var wg sync.WaitGroup
    
    for i := 0; i < 10; i++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            db := GetDatabase()
            fmt.Println(db.connection)
        }()
    }
    
    wg.Wait()
    // "Creating database instance" prints only once
}
