// Type checker tests: programs go through the loader (parser + checker with
// the real stdlib folder) and we look at the diagnostics and annotations.
#include "frontend/ast.h"
#include "frontend/constant.h"
#include "frontend/loader.h"

#include <catch2/catch.hpp>

using namespace gorun::frontend;

namespace {

std::string check(const std::string& src) {
  Program prog;
  loadProgram(prog, "x.go", src, GORUN_SOURCE_DIR "/stdlib");
  std::string out;
  for (auto& l : prog.diags.render()) out += l + "\n";
  return out;
}

std::string body(const std::string& stmts, const std::string& decls = "") {
  return "package main\n" + decls + "\nfunc main() {\n" + stmts + "\n}\n";
}

}  // namespace

TEST_CASE("well-typed programs have no diagnostics") {
  CHECK(check(body("x := 1\n_ = x")) == "");
  CHECK(check("package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hi\", 1, 2.5) }\n") == "");
  CHECK(check(body("var a [3]int\nfor i := range a { a[i] = i }\n_ = a")) == "");
  CHECK(check(body("s := []string{\"a\"}\ns = append(s, \"b\")\n_ = len(s)")) == "");
  CHECK(check(body("p := &T{1}\np.x++\n_ = p.m()", "type T struct{ x int }\nfunc (t *T) m() int { return t.x }")) == "");
  CHECK(check(body("f := func(a ...int) int { return len(a) }\n_ = f(1, 2)\n_ = f([]int{1}...)")) == "");
  CHECK(check(body("const c = 1 << 100 >> 98\nvar x int = c\n_ = x")) == "");
  CHECK(check(body("for i := 0; i < 3; i++ {\nif i == 1 { continue }\n}\nL: for { break L }")) == "");
}

TEST_CASE("gc's wording for common errors") {
  CHECK(check(body("x := 1")) == "x.go:4:1: declared and not used: x\n");
  CHECK(check("package main\nimport \"os\"\nfunc main() {}\n") == "x.go:2:8: \"os\" imported and not used\n");
  CHECK(check(body("y = 2")) == "x.go:4:1: undefined: y\n");
  CHECK(check(body("var s string = 1\n_ = s")) ==
        "x.go:4:16: cannot use 1 (untyped int constant) as string value in variable declaration\n");
  CHECK(check(body("var x int8 = 300\n_ = x")) ==
        "x.go:4:14: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)\n");
  CHECK(check(body("a, b := 1, \"s\"\n_ = a + b")) ==
        "x.go:5:5: invalid operation: a + b (mismatched types int and string)\n");
  CHECK(check("package main\nfunc f() int {\n}\nfunc main() { f() }\n") == "x.go:3:1: missing return\n");
  CHECK(check(body("x := 1\nx := 2\n_ = x")) == "x.go:5:3: no new variables on left side of :=\n");
  CHECK(check(body("x := 1 / 0\n_ = x")) == "x.go:4:10: invalid operation: division by zero\n");
  CHECK(check(body("break")) == "x.go:4:1: break is not in a loop, switch, or select\n");
  CHECK(check(body("L:\nfor {}")) == "x.go:4:1: label L defined and not used\n");
  CHECK(check(body("a := [3]int{}\n_ = a[5]")) == "x.go:5:7: invalid argument: index 5 out of bounds [0:3]\n");
  CHECK(check(body("var t T\n_ = t.y", "type T struct{ x int }")) ==
        "x.go:5:7: t.y undefined (type T has no field or method y)\n");
  CHECK(check(body("a, b := f()\n_, _ = a, b", "func f() int { return 1 }")) ==
        "x.go:4:9: assignment mismatch: 2 variables but f returns 1 value\n");
  CHECK(check(body("if 1 {}")) == "x.go:4:4: non-boolean condition in if statement\n");
}

TEST_CASE("untyped constants are exact and typed by context") {
  Program prog;
  REQUIRE(loadProgram(prog, "x.go", body("const big = 1 << 100\nvar f float64 = big >> 98\n_ = f"),
                      GORUN_SOURCE_DIR "/stdlib"));
  CHECK(check(body("const c int8 = 100\nvar x = c * 3\n_ = x")) == "x.go:5:9: c * 3 (constant 300 of type int8) overflows int8\n");
}

TEST_CASE("interfaces, channels and switches") {
  std::string decls = "type I interface{ M() }\ntype T struct{}\nfunc (t *T) M() {}\ntype S struct{}";
  CHECK(check(body("var i I = T{}\n_ = i", decls)) ==
        "x.go:7:11: cannot use T{} (value of type T) as I value in variable declaration: T does not implement I "
        "(method M has pointer receiver)\n");
  CHECK(check(body("var i I = S{}\n_ = i", decls)) ==
        "x.go:7:11: cannot use S{} (value of type S) as I value in variable declaration: S does not implement I "
        "(missing method M)\n");
  CHECK(check(body("var i I = &T{}\n_ = i", decls)) == "");
  CHECK(check(body("ch := make(<-chan int)\nch <- 1")) ==
        "x.go:5:1: invalid operation: cannot send to receive-only channel ch (variable of type <-chan int)\n");
  CHECK(check(body("var s chan<- int\n<-s")) ==
        "x.go:5:3: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)\n");
  CHECK(check(body("var x any = 1\nswitch x.(type) {\ncase int, int:\n}")) ==
        "x.go:6:11: duplicate case int in type switch\n\tx.go:6:6: previous case\n");
  CHECK(check(body("var m map[[]int]int\n_ = m")) == "x.go:4:11: invalid map key type []int\n");
}

TEST_CASE("calls and assignments") {
  std::string decls = "func f() (int, string) { return 1, \"a\" }\nfunc g(a int, b string) {}";
  CHECK(check(body("x := f()\n_ = x", decls)) == "x.go:5:6: assignment mismatch: 1 variable but f returns 2 values\n");
  CHECK(check(body("g(1)", decls)) ==
        "x.go:5:3: not enough arguments in call to g\n\thave (number)\n\twant (int, string)\n");
  CHECK(check(body("const c = 10\nc = 5")) ==
        "x.go:5:1: cannot assign to c (neither addressable nor a map index expression)\n");
  CHECK(check(body("z := nil\n_ = z")) == "x.go:4:6: use of untyped nil in assignment\n");
  // Assigning to a variable is not a use of it.
  CHECK(check(body("g := func() {}\ng = nil\nfunc() {}()")) == "x.go:4:1: declared and not used: g\n");
}

TEST_CASE("types and labels") {
  CHECK(check(body("var x T\n_ = x", "type T struct{ t T }")) ==
        "x.go:2:6: invalid recursive type T\n\tx.go:2:6: T refers to T\n");
  CHECK(check(body("goto M\n{\nM:\n}")) == "x.go:4:1: goto M jumps into block starting at x.go:5:1\n");
  CHECK(check(body("var c C\n_ = c.X", "type A struct{ X int }\ntype B struct{ X int }\ntype C struct {\nA\nB\n}")) ==
        "x.go:10:7: ambiguous selector c.X\n");
  CHECK(check(body("_ = map[string]int{\"a\": 1, \"a\": 2}")) ==
        "x.go:4:28: duplicate key \"a\" in map literal\n");
}
