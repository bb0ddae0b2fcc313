// run

// Example 2's worker pool, deterministic: job durations come from a
// seeded source, results are collected and printed in task order, and
// each worker's count is checked instead of printed per task.

package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"sync"
	"time"
)

type Task struct {
	ID   int
	Data string
}

type Result struct {
	TaskID int
	Output string
	Worker int
}

func worker(id int, jobs <-chan Task, results chan<- Result, wg *sync.WaitGroup, delays []time.Duration) {
	for job := range jobs {
		time.Sleep(delays[job.ID])
		results <- Result{TaskID: job.ID, Output: strings.ToUpper(job.Data), Worker: id}
	}
	wg.Done()
}

func main() {
	const numWorkers = 3
	const numJobs = 10
	r := rand.New(rand.NewSource(42))
	delays := make([]time.Duration, numJobs+1)
	for i := range delays {
		delays[i] = time.Duration(r.Intn(20)) * time.Millisecond
	}

	jobs := make(chan Task, numJobs)
	results := make(chan Result, numJobs)
	var wg sync.WaitGroup
	for i := 1; i <= numWorkers; i++ {
		wg.Add(1)
		go worker(i, jobs, results, &wg, delays)
	}
	for i := 1; i <= numJobs; i++ {
		jobs <- Task{ID: i, Data: fmt.Sprintf("task-%d", i)}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	perWorker := map[int]int{}
	for res := range results {
		all = append(all, res)
		perWorker[res.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].TaskID < all[j].TaskID })
	for _, res := range all {
		fmt.Printf("Task %d: %s\n", res.TaskID, res.Output)
	}
	n := 0
	for w := 1; w <= numWorkers; w++ {
		n += perWorker[w]
	}
	fmt.Println("results:", len(all), "by workers:", n)
	fmt.Println("All tasks completed!")
}
