// run

// As main starts, the process's resident set is small although this
// program imports os, bufio, strconv and strings: gorun frees the
// frontend's syntax trees and types once the JIT has compiled them, and
// gives their pages back (tools/gorun.cpp). They kept 43 MB resident
// before, 18 MB after. Then LLVM's context and relocated data
// (libpages.cpp, retireLibrary) went too: 7 MB. Few of those are file
// pages: libLLVM's clean pages are dropped after compiling (57 MB of
// them stayed before).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func statusKB(field string) int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fields := strings.Fields(sc.Text()); len(fields) >= 2 && fields[0] == field {
			n, _ := strconv.Atoi(fields[1])
			return n
		}
	}
	return 0
}

func main() {
	rss := statusKB("VmRSS:")
	fmt.Println("resident set known:", rss > 0)
	fmt.Println("resident set under 12 MB:", rss < 12<<10)
	fmt.Println("resident file pages under 32 MB:", statusKB("RssFile:") < 32<<10)
}
