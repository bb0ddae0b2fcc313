// run

// A stack and a ring-buffer queue on slices, used for bracket matching
// and evaluating postfix expressions.

package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s *Stack) Len() int { return len(s.items) }

type Queue struct {
	buf        []string
	head, size int
}

func NewQueue(n int) *Queue { return &Queue{buf: make([]string, n)} }

func (q *Queue) Push(s string) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = s
	q.size++
	return true
}

func (q *Queue) Pop() (string, bool) {
	if q.size == 0 {
		return "", false
	}
	s := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return s, true
}

func balanced(s string) bool {
	var st []byte
	pairs := [...]byte{')': '(', ']': '[', '}': '{'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '(', '[', '{':
			st = append(st, c)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[c] {
				return false
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0
}

func evalPostfix(tokens []string) int {
	var s Stack
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, a := s.Pop(), s.Pop()
			switch t {
			case "+":
				s.Push(a + b)
			case "-":
				s.Push(a - b)
			case "*":
				s.Push(a * b)
			case "/":
				s.Push(a / b)
			}
		default:
			n := 0
			for i := 0; i < len(t); i++ {
				n = n*10 + int(t[i]-'0')
			}
			s.Push(n)
		}
	}
	return s.Pop()
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}", ")("} {
		fmt.Printf("%-10q %v\n", s, balanced(s))
	}
	fmt.Println(evalPostfix([]string{"3", "4", "+", "2", "*"}))
	fmt.Println(evalPostfix([]string{"100", "7", "/", "3", "-", "12", "*"}))

	q := NewQueue(3)
	fmt.Println(q.Push("a"), q.Push("b"), q.Push("c"), q.Push("d"))
	x, _ := q.Pop()
	fmt.Println(x, q.Push("e"))
	for {
		v, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
