// Parser unit tests: each declaration, statement and expression form parses
// into the right node shape; syntax errors match gc's wording and position;
// no input crashes or hangs the parser.
#include "frontend/parser.h"

#include <catch2/catch.hpp>

#include <pthread.h>

#include <random>
#include <string>
#include <vector>

using namespace gorun::frontend;

namespace {

struct Parsed {
  Ast ast;
  Diagnostics diags;
  File* file = nullptr;

  // The rendered diagnostics, one per line.
  std::string errors() const {
    std::string s;
    for (auto& line : diags.render()) s += line + "\n";
    return s;
  }
};

std::unique_ptr<Parsed> parse(std::string_view src) {
  auto p = std::make_unique<Parsed>();
  p->file = parseFile(p->ast, "x.go", src, p->diags);
  REQUIRE(p->file != nullptr);
  return p;
}

std::unique_ptr<Parsed> parseOK(std::string_view src) {
  auto p = parse(src);
  INFO(src);
  CHECK(p->errors() == "");
  return p;
}

// The statements of `body` parsed as the body of a function.
struct Body {
  std::unique_ptr<Parsed> p;
  std::vector<Stmt*> stmts;
  Stmt* operator[](size_t i) const { return stmts.at(i); }
};

Body parseBody(const std::string& body) {
  Body b;
  b.p = parseOK("package p\nfunc f() {\n" + body + "\n}\n");
  REQUIRE(b.p->file->decls.size() == 1);
  auto* fn = dyn_cast<FuncDecl>(b.p->file->decls[0]);
  REQUIRE(fn);
  REQUIRE(fn->body);
  b.stmts = fn->body->list;
  return b;
}

// The expression x in `var _ = x`.
struct ExprResult {
  std::unique_ptr<Parsed> p;
  Expr* x = nullptr;
};

ExprResult parseExpr(const std::string& x) {
  ExprResult r;
  r.p = parseOK("package p\nvar _ = " + x + "\n");
  REQUIRE(r.p->file->decls.size() == 1);
  auto* g = cast<GenDecl>(r.p->file->decls[0]);
  auto* vs = cast<ValueSpec>(g->specs.at(0));
  REQUIRE(vs->values.size() == 1);
  r.x = vs->values[0];
  return r;
}

// The type T in `type _ T`.
ExprResult parseType(const std::string& t) {
  ExprResult r;
  r.p = parseOK("package p\ntype _ " + t + "\n");
  auto* g = cast<GenDecl>(r.p->file->decls.at(0));
  r.x = cast<TypeSpec>(g->specs.at(0))->type;
  return r;
}

// A compact rendering of an expression tree, to check shapes and
// precedence: (+ a (* b c)).
std::string sexpr(const Node* n) {
  if (!n) return "nil";
  switch (n->kind) {
    case NodeKind::Ident: return cast<Ident>(n)->name;
    case NodeKind::BasicLit: return cast<BasicLit>(n)->raw;
    case NodeKind::BinaryExpr: {
      auto* b = cast<BinaryExpr>(n);
      return "(" + std::string(tokString(b->op)) + " " + sexpr(b->x) + " " + sexpr(b->y) + ")";
    }
    case NodeKind::UnaryExpr: {
      auto* u = cast<UnaryExpr>(n);
      return "(" + std::string(tokString(u->op)) + sexpr(u->x) + ")";
    }
    case NodeKind::StarExpr: return "(*" + sexpr(cast<StarExpr>(n)->x) + ")";
    case NodeKind::ParenExpr: return "(paren " + sexpr(cast<ParenExpr>(n)->x) + ")";
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(n);
      return "(. " + sexpr(s->x) + " " + s->sel->name + ")";
    }
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(n);
      std::string s = "(call " + sexpr(c->fun);
      for (auto* a : c->args) s += " " + sexpr(a);
      if (c->hasEllipsis) s += " ...";
      return s + ")";
    }
    case NodeKind::IndexExpr: {
      auto* i = cast<IndexExpr>(n);
      return "(index " + sexpr(i->x) + " " + sexpr(i->index) + ")";
    }
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(n);
      std::string r = "(slice " + sexpr(s->x) + " " + sexpr(s->lo) + " " + sexpr(s->hi);
      if (s->slice3) r += " " + sexpr(s->max);
      return r + ")";
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = cast<TypeAssertExpr>(n);
      return "(assert " + sexpr(t->x) + " " + (t->typeExpr ? sexpr(t->typeExpr) : "type") + ")";
    }
    case NodeKind::CompositeLit: {
      auto* c = cast<CompositeLit>(n);
      std::string s = "(lit " + sexpr(c->typeExpr);
      for (auto* e : c->elts) s += " " + sexpr(e);
      return s + ")";
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = cast<KeyValueExpr>(n);
      return "(: " + sexpr(kv->key) + " " + sexpr(kv->value) + ")";
    }
    case NodeKind::FuncLit: return "(funclit)";
    case NodeKind::Ellipsis: return "(... " + sexpr(cast<Ellipsis>(n)->elt) + ")";
    case NodeKind::ArrayType: {
      auto* a = cast<ArrayType>(n);
      return "([" + (a->len ? sexpr(a->len) : "") + "] " + sexpr(a->elem) + ")";
    }
    case NodeKind::MapType: {
      auto* m = cast<MapType>(n);
      return "(map " + sexpr(m->key) + " " + sexpr(m->value) + ")";
    }
    case NodeKind::ChanType: {
      auto* c = cast<ChanType>(n);
      const char* d = c->dir == ChanDir::Both ? "chan" : c->dir == ChanDir::Send ? "chan<-" : "<-chan";
      return std::string("(") + d + " " + sexpr(c->value) + ")";
    }
    case NodeKind::FuncType: return "(functype)";
    case NodeKind::StructType: return "(struct)";
    case NodeKind::InterfaceType: return "(interface)";
    case NodeKind::BadExpr: return "BAD";
    default: return "?";
  }
}

std::string firstError(std::string_view src) {
  auto p = parse(src);
  if (p->diags.empty()) return "";
  return p->diags.render()[0];
}

}  // namespace

// ---------------------------------------------------------------------------
// Files and declarations

TEST_CASE("package clause and imports", "[parser]") {
  auto p = parseOK(
      "package main\n"
      "import \"fmt\"\n"
      "import (\n\t\"os\"\n\tstr \"strings\"\n\t_ \"net/http\"\n\t. \"math\"\n)\n");
  File* f = p->file;
  REQUIRE(f->packageName);
  CHECK(f->packageName->name == "main");
  REQUIRE(f->imports.size() == 5);
  CHECK(f->imports[0]->path == "fmt");
  CHECK(f->imports[0]->name == nullptr);
  CHECK(f->imports[0]->pathPos == Pos{2, 8});
  CHECK(f->imports[2]->name->name == "str");
  CHECK(f->imports[2]->path == "strings");
  CHECK(f->imports[3]->name->name == "_");
  CHECK(f->imports[4]->name->name == ".");
  CHECK(f->imports[4]->path == "math");
  REQUIRE(f->decls.size() == 2);
  CHECK(cast<GenDecl>(f->decls[1])->tok == Tok::Import);
  CHECK(cast<GenDecl>(f->decls[1])->specs.size() == 4);
}

TEST_CASE("script line is skipped", "[parser]") {
  auto p = parseOK("#!/usr/bin/env gorun\npackage main\nfunc main() {}\n");
  CHECK(p->file->packageName->pos == Pos{2, 9});
}

TEST_CASE("const groups with iota and implicit repetition", "[parser]") {
  auto p = parseOK(
      "package p\n"
      "const (\n"
      "\tA, B = iota, iota * 10\n"
      "\tC, D\n"
      "\tE int = 5\n"
      "\tF\n"
      ")\n"
      "const G = 1\n");
  auto* g = cast<GenDecl>(p->file->decls[0]);
  CHECK(g->tok == Tok::Const);
  REQUIRE(g->specs.size() == 4);
  auto* a = cast<ValueSpec>(g->specs[0]);
  auto* c = cast<ValueSpec>(g->specs[1]);
  auto* e = cast<ValueSpec>(g->specs[2]);
  auto* f = cast<ValueSpec>(g->specs[3]);
  CHECK(a->iota == 0);
  CHECK(a->names.size() == 2);
  CHECK(a->values.size() == 2);
  CHECK(a->implicitFrom == nullptr);
  CHECK(c->iota == 1);
  CHECK(c->values.empty());
  CHECK(c->implicitFrom == a);
  CHECK(e->iota == 2);
  CHECK(sexpr(e->type) == "int");
  CHECK(f->iota == 3);
  CHECK(f->implicitFrom == e);
  CHECK(g->pos == Pos{2, 1});
  auto* g2 = cast<GenDecl>(p->file->decls[1]);
  CHECK(g2->pos == Pos{8, 1});
  CHECK(cast<ValueSpec>(g2->specs[0])->iota == 0);
}

TEST_CASE("var declarations", "[parser]") {
  auto p = parseOK(
      "package p\n"
      "var x int\n"
      "var y, z = 1, 2\n"
      "var (\n\ta []string\n\tb map[string]int = nil\n)\n");
  auto spec = [&](size_t d, size_t s) {
    return cast<ValueSpec>(cast<GenDecl>(p->file->decls[d])->specs[s]);
  };
  CHECK(sexpr(spec(0, 0)->type) == "int");
  CHECK(spec(0, 0)->values.empty());
  CHECK(spec(1, 0)->type == nullptr);
  CHECK(spec(1, 0)->names.size() == 2);
  CHECK(spec(1, 0)->values.size() == 2);
  CHECK(sexpr(spec(2, 0)->type) == "([] string)");
  CHECK(sexpr(spec(2, 1)->type) == "(map string int)");
  CHECK(sexpr(spec(2, 1)->values[0]) == "nil");
}

TEST_CASE("type declarations and aliases", "[parser]") {
  auto p = parseOK(
      "package p\n"
      "type A int\n"
      "type B = A\n"
      "type (\n\tC [4]byte\n\tD []C\n\tE [N * 2]int\n\tF [...]int\n)\n");
  auto ts = [&](size_t d, size_t s) {
    return cast<TypeSpec>(cast<GenDecl>(p->file->decls[d])->specs[s]);
  };
  CHECK(ts(0, 0)->name->name == "A");
  CHECK(!ts(0, 0)->alias);
  CHECK(ts(1, 0)->alias);
  CHECK(sexpr(ts(1, 0)->type) == "A");
  CHECK(sexpr(ts(2, 0)->type) == "([4] byte)");
  CHECK(sexpr(ts(2, 1)->type) == "([] C)");
  CHECK(sexpr(ts(2, 2)->type) == "([(* N 2)] int)");
  CHECK(sexpr(ts(2, 3)->type) == "([(... nil)] int)");
}

TEST_CASE("functions, methods, bodyless declarations", "[parser]") {
  auto p = parseOK(
      "package p\n"
      "func f(a, b int, s ...string) (n int, err error) { return }\n"
      "func (t *T) M(int, string) bool { return true }\n"
      "func (T) N() {}\n"
      "func native(x float64) float64\n"
      "func g() (int, error)\n");
  auto fn = [&](size_t i) { return cast<FuncDecl>(p->file->decls[i]); };
  FuncDecl* f = fn(0);
  CHECK(f->recv == nullptr);
  CHECK(f->name->name == "f");
  REQUIRE(f->sig->params->list.size() == 2);
  CHECK(f->sig->params->list[0]->names.size() == 2);  // a, b grouped
  CHECK(sexpr(f->sig->params->list[0]->type) == "int");
  CHECK(sexpr(f->sig->params->list[1]->type) == "(... string)");
  CHECK(f->sig->params->numFields() == 3);
  REQUIRE(f->sig->results);
  CHECK(f->sig->results->list.size() == 2);
  CHECK(f->sig->results->list[1]->names[0]->name == "err");
  REQUIRE(f->body);

  FuncDecl* m = fn(1);
  REQUIRE(m->recv);
  REQUIRE(m->recv->list.size() == 1);
  CHECK(m->recv->list[0]->names[0]->name == "t");
  CHECK(sexpr(m->recv->list[0]->type) == "(*T)");
  CHECK(m->sig->params->list.size() == 2);  // unnamed: one Field per type
  CHECK(m->sig->params->list[0]->names.empty());
  CHECK(sexpr(m->sig->results->list[0]->type) == "bool");

  CHECK(f->pos == Pos{2, 1});
  CHECK(f->sig->pos == Pos{2, 1});
  CHECK(p->file->decls.size() == 5);
  CHECK(fn(2)->recv->list[0]->names.empty());
  CHECK(fn(3)->body == nullptr);
  CHECK(fn(4)->body == nullptr);
  CHECK(fn(4)->sig->results->numFields() == 2);
}

// ---------------------------------------------------------------------------
// Types

TEST_CASE("type expressions", "[parser]") {
  CHECK(sexpr(parseType("*int").x) == "(*int)");
  CHECK(sexpr(parseType("[]*[3]map[string][]int").x) == "([] (*([3] (map string ([] int)))))");
  CHECK(sexpr(parseType("chan int").x) == "(chan int)");
  CHECK(sexpr(parseType("<-chan int").x) == "(<-chan int)");
  CHECK(sexpr(parseType("chan<- int").x) == "(chan<- int)");
  CHECK(sexpr(parseType("chan<- chan int").x) == "(chan<- (chan int))");
  CHECK(sexpr(parseType("chan (<-chan int)").x) == "(chan (paren (<-chan int)))");
  CHECK(sexpr(parseType("pkg.T").x) == "(. pkg T)");
  CHECK(sexpr(parseType("func(int) string").x) == "(functype)");
}

TEST_CASE("struct types: fields, embedded, tags", "[parser]") {
  auto r = parseType(
      "struct {\n"
      "\tx, y int `json:\"x\"`\n"
      "\tEmbedded\n"
      "\t*pkg.Ptr\n"
      "\tname string \"tag\\tq\"\n"
      "\tarr [2]int\n"
      "}");
  auto* st = cast<StructType>(r.x);
  auto& l = st->fields->list;
  REQUIRE(l.size() == 5);
  CHECK(l[0]->names.size() == 2);
  CHECK(l[0]->tag == "json:\"x\"");
  CHECK(l[1]->names.empty());
  CHECK(sexpr(l[1]->type) == "Embedded");
  CHECK(l[2]->names.empty());
  CHECK(sexpr(l[2]->type) == "(*(. pkg Ptr))");
  CHECK(l[3]->tag == "tag\tq");
  CHECK(l[4]->names[0]->name == "arr");
  CHECK(sexpr(l[4]->type) == "([2] int)");
}

TEST_CASE("interface types: methods and embeds", "[parser]") {
  auto r = parseType("interface {\n\tio.Reader\n\tStringer\n\tRead(p []byte) (n int, err error)\n\tClose() error\n}");
  auto* it = cast<InterfaceType>(r.x);
  auto& l = it->methods->list;
  REQUIRE(l.size() == 4);
  CHECK(l[0]->names.empty());
  CHECK(sexpr(l[0]->type) == "(. io Reader)");
  CHECK(l[1]->names.empty());
  CHECK(l[2]->names[0]->name == "Read");
  REQUIRE(isa<FuncType>(l[2]->type));
  CHECK(cast<FuncType>(l[2]->type)->results->numFields() == 2);
  CHECK(l[3]->names[0]->name == "Close");
  CHECK(sexpr(parseType("interface{}").x) == "(interface)");
}

// ---------------------------------------------------------------------------
// Expressions

TEST_CASE("binary operator precedence and associativity", "[parser]") {
  CHECK(sexpr(parseExpr("a + b * c").x) == "(+ a (* b c))");
  CHECK(sexpr(parseExpr("a * b + c").x) == "(+ (* a b) c)");
  CHECK(sexpr(parseExpr("a - b - c").x) == "(- (- a b) c)");
  CHECK(sexpr(parseExpr("a || b && c == d").x) == "(|| a (&& b (== c d)))");
  CHECK(sexpr(parseExpr("a << 1 | b &^ c").x) == "(| (<< a 1) (&^ b c))");
  CHECK(sexpr(parseExpr("a < b == (c > d)").x) == "(== (< a b) (paren (> c d)))");
  CHECK(sexpr(parseExpr("x % y ^ z").x) == "(^ (% x y) z)");
  CHECK(sexpr(parseExpr("-a * !b").x) == "(* (-a) (!b))");
  CHECK(sexpr(parseExpr("*p + <-ch").x) == "(+ (*p) (<-ch))");
  CHECK(sexpr(parseExpr("^x &^ &y").x) == "(&^ (^x) (&y))");
  auto r = parseExpr("a +\n\tb");
  CHECK(cast<BinaryExpr>(r.x)->opPos == Pos{2, 11});
}

TEST_CASE("primary expressions", "[parser]") {
  CHECK(sexpr(parseExpr("a.b.c").x) == "(. (. a b) c)");
  CHECK(sexpr(parseExpr("f(x, y)").x) == "(call f x y)");
  CHECK(sexpr(parseExpr("f(s...)").x) == "(call f s ...)");
  CHECK(sexpr(parseExpr("f(a, b,\n)").x) == "(call f a b)");
  CHECK(sexpr(parseExpr("a[i]").x) == "(index a i)");
  CHECK(sexpr(parseExpr("s[1:]").x) == "(slice s 1 nil)");
  CHECK(sexpr(parseExpr("s[:2]").x) == "(slice s nil 2)");
  CHECK(sexpr(parseExpr("s[:]").x) == "(slice s nil nil)");
  CHECK(sexpr(parseExpr("s[1:2:3]").x) == "(slice s 1 2 3)");
  CHECK(sexpr(parseExpr("s[:2:3]").x) == "(slice s nil 2 3)");
  CHECK(sexpr(parseExpr("x.(T)").x) == "(assert x T)");
  CHECK(sexpr(parseExpr("x.(*pkg.T)").x) == "(assert x (*(. pkg T)))");
  CHECK(sexpr(parseExpr("[]byte(s)").x) == "(call ([] byte) s)");
  CHECK(sexpr(parseExpr("(*T)(p)").x) == "(call (paren (*T)) p)");
  CHECK(sexpr(parseExpr("map[string]int(nil)").x) == "(call (map string int) nil)");
  // <-chan int(c) receives from a conversion, as in gc.
  CHECK(sexpr(parseExpr("<-chan int(c)").x) == "(<-(call (chan int) c))");
  CHECK(sexpr(parseExpr("(<-chan int)(c)").x) == "(call (paren (<-chan int)) c)");
  CHECK(sexpr(parseExpr("func() {}()").x) == "(call (funclit))");
  CHECK(sexpr(parseExpr("new(T).m[k](1)").x) == "(call (index (. (call new T) m) k) 1)");
  auto r = parseExpr("f(a, b)");
  auto* c = cast<CallExpr>(r.x);
  CHECK(c->lparen == Pos{2, 10});
  CHECK(c->rparen == Pos{2, 15});
}

TEST_CASE("basic literals", "[parser]") {
  for (const char* lit : {"42", "0x1F", "1.5e3", "2i", "'x'", "\"s\"", "`raw`"}) {
    auto r = parseExpr(lit);
    auto* b = dyn_cast<BasicLit>(r.x);
    REQUIRE(b);
    CHECK(b->raw == lit);
    CHECK(!b->bad);
  }
  CHECK(cast<BasicLit>(parseExpr("'x'").x)->litKind == Tok::Char);
  CHECK(cast<BasicLit>(parseExpr("2i").x)->litKind == Tok::Imag);
  auto p = parse("package p\nvar x = 09\n");
  CHECK(p->errors() == "x.go:2:10: invalid digit '9' in octal literal\n");
  auto* vs = cast<ValueSpec>(cast<GenDecl>(p->file->decls[0])->specs[0]);
  CHECK(cast<BasicLit>(vs->values[0])->bad);
}

TEST_CASE("composite literals", "[parser]") {
  CHECK(sexpr(parseExpr("T{}").x) == "(lit T)");
  CHECK(sexpr(parseExpr("T{1, 2}").x) == "(lit T 1 2)");
  CHECK(sexpr(parseExpr("pkg.T{X: 1, Y: 2,}").x) == "(lit (. pkg T) (: X 1) (: Y 2))");
  CHECK(sexpr(parseExpr("[]Point{{1, 2}, {3, 4}}").x) == "(lit ([] Point) (lit nil 1 2) (lit nil 3 4))");
  CHECK(sexpr(parseExpr("[...]int{1, 2}").x) == "(lit ([(... nil)] int) 1 2)");
  CHECK(sexpr(parseExpr("map[string]Point{\"a\": {1, 2}}").x) ==
        "(lit (map string Point) (: \"a\" (lit nil 1 2)))");
  CHECK(sexpr(parseExpr("map[Point]string{{1, 2}: \"a\"}").x) ==
        "(lit (map Point string) (: (lit nil 1 2) \"a\"))");
  CHECK(sexpr(parseExpr("&T{}").x) == "(&(lit T))");
  CHECK(sexpr(parseExpr("[][]int{{1}, {}}").x) == "(lit ([] ([] int)) (lit nil 1) (lit nil))");
  CHECK(sexpr(parseExpr("struct{ x int }{1}").x) == "(lit (struct) 1)");
  auto r = parseExpr("T{\n1,\n}");
  CHECK(cast<CompositeLit>(r.x)->rbrace == Pos{4, 1});
}

TEST_CASE("function literals and channel receive", "[parser]") {
  auto r = parseExpr("func(x int) int { return x * 2 }");
  auto* fl = cast<FuncLit>(r.x);
  CHECK(fl->sig->params->numFields() == 1);
  REQUIRE(fl->body);
  CHECK(fl->body->list.size() == 1);
  CHECK(sexpr(parseExpr("<-<-c").x) == "(<-(<-c))");
}

TEST_CASE("composite literal ambiguity in statement headers", "[parser]") {
  // In headers a bare T{ is the block; inside parentheses it is a literal.
  auto b = parseBody(
      "if x == y {\n}\n"
      "if x == (T{}) {\n}\n"
      "for _, v := range []int{1, 2} {\n\t_ = v\n}\n"
      "switch p := (Point{1, 2}); p {\n}\n"
      "if f(T{1}) {\n}\n");
  auto* if1 = cast<IfStmt>(b[0]);
  CHECK(sexpr(if1->cond) == "(== x y)");
  auto* if2 = cast<IfStmt>(b[1]);
  CHECK(sexpr(if2->cond) == "(== x (paren (lit T)))");
  auto* rs = cast<RangeStmt>(b[2]);
  CHECK(sexpr(rs->x) == "(lit ([] int) 1 2)");
  auto* sw = cast<SwitchStmt>(b[3]);
  CHECK(sexpr(sw->tag) == "p");
  auto* if3 = cast<IfStmt>(b[4]);
  CHECK(sexpr(if3->cond) == "(call f (lit T 1))");
}

// ---------------------------------------------------------------------------
// Statements

TEST_CASE("simple statements", "[parser]") {
  auto b = parseBody(
      "x := 1\n"
      "a, b = b, a\n"
      "x += 2\n"
      "y <<= 1\n"
      "x++\n"
      "y--\n"
      "ch <- v\n"
      "f()\n"
      "<-ch\n"
      ";\n");
  auto* def = cast<AssignStmt>(b[0]);
  CHECK(def->tok == Tok::Define);
  CHECK(def->tokPos == Pos{3, 3});
  auto* swap = cast<AssignStmt>(b[1]);
  CHECK(swap->tok == Tok::Assign);
  CHECK(swap->lhs.size() == 2);
  CHECK(swap->rhs.size() == 2);
  CHECK(cast<AssignStmt>(b[2])->tok == Tok::AddAssign);
  CHECK(cast<AssignStmt>(b[3])->tok == Tok::ShlAssign);
  CHECK(cast<IncDecStmt>(b[4])->tok == Tok::Inc);
  CHECK(cast<IncDecStmt>(b[4])->tokPos == Pos{7, 2});
  CHECK(cast<IncDecStmt>(b[5])->tok == Tok::Dec);
  auto* send = cast<SendStmt>(b[6]);
  CHECK(sexpr(send->chan) == "ch");
  CHECK(sexpr(send->value) == "v");
  CHECK(sexpr(cast<ExprStmt>(b[7])->x) == "(call f)");
  CHECK(sexpr(cast<ExprStmt>(b[8])->x) == "(<-ch)");
  auto* empty = cast<EmptyStmt>(b[9]);
  CHECK(!empty->implicit);
}

TEST_CASE("declarations, go, defer, return, blocks", "[parser]") {
  auto b = parseBody(
      "var x, y int = 1, 2\n"
      "const c = iota\n"
      "type T struct{}\n"
      "go f(x)\n"
      "defer func() { recover() }()\n"
      "{\n\treturn\n}\n"
      "return 1, 2\n");
  auto* ds = cast<DeclStmt>(b[0]);
  CHECK(ds->decl->tok == Tok::Var);
  CHECK(cast<DeclStmt>(b[1])->decl->tok == Tok::Const);
  CHECK(cast<DeclStmt>(b[2])->decl->tok == Tok::Type);
  CHECK(sexpr(cast<GoStmt>(b[3])->call) == "(call f x)");
  CHECK(sexpr(cast<DeferStmt>(b[4])->call) == "(call (funclit))");
  auto* blk = cast<BlockStmt>(b[5]);
  CHECK(blk->list.size() == 1);
  CHECK(cast<ReturnStmt>(blk->list[0])->results.empty());
  CHECK(cast<ReturnStmt>(b[6])->results.size() == 2);
}

TEST_CASE("if statements", "[parser]") {
  auto b = parseBody(
      "if x {\n}\n"
      "if v, ok := m[k]; ok {\n} else if x > 1 {\n} else {\n}\n");
  auto* s0 = cast<IfStmt>(b[0]);
  CHECK(s0->init == nullptr);
  CHECK(sexpr(s0->cond) == "x");
  CHECK(s0->els == nullptr);
  auto* s1 = cast<IfStmt>(b[1]);
  REQUIRE(isa<AssignStmt>(s1->init));
  CHECK(sexpr(s1->cond) == "ok");
  auto* elif = dyn_cast<IfStmt>(s1->els);
  REQUIRE(elif);
  CHECK(sexpr(elif->cond) == "(> x 1)");
  CHECK(isa<BlockStmt>(elif->els));
}

TEST_CASE("for statements: all forms", "[parser]") {
  auto b = parseBody(
      "for {\n}\n"
      "for x < 10 {\n}\n"
      "for i := 0; i < 10; i++ {\n}\n"
      "for ; ; {\n}\n"
      "for i := 0; ; {\n}\n"
      "for range ch {\n}\n"
      "for k, v := range m {\n}\n"
      "for k = range m {\n}\n"
      "for i := range 10 {\n}\n");
  auto* f0 = cast<ForStmt>(b[0]);
  CHECK(!f0->init);
  CHECK(!f0->cond);
  CHECK(!f0->post);
  CHECK(sexpr(cast<ForStmt>(b[1])->cond) == "(< x 10)");
  auto* f2 = cast<ForStmt>(b[2]);
  CHECK(isa<AssignStmt>(f2->init));
  CHECK(sexpr(f2->cond) == "(< i 10)");
  CHECK(isa<IncDecStmt>(f2->post));
  auto* f3 = cast<ForStmt>(b[3]);
  CHECK((!f3->init && !f3->cond && !f3->post));
  auto* f4 = cast<ForStmt>(b[4]);
  CHECK((f4->init && !f4->cond && !f4->post));
  auto* r0 = cast<RangeStmt>(b[5]);
  CHECK(r0->tok == Tok::Illegal);
  CHECK((!r0->key && !r0->value));
  CHECK(sexpr(r0->x) == "ch");
  CHECK(r0->pos == Pos{13, 1});
  auto* r1 = cast<RangeStmt>(b[6]);
  CHECK(r1->tok == Tok::Define);
  CHECK(sexpr(r1->key) == "k");
  CHECK(sexpr(r1->value) == "v");
  auto* r2 = cast<RangeStmt>(b[7]);
  CHECK(r2->tok == Tok::Assign);
  CHECK(r2->value == nullptr);
  auto* r3 = cast<RangeStmt>(b[8]);
  CHECK(sexpr(r3->x) == "10");
  REQUIRE(r3->body);
}

TEST_CASE("switch statements", "[parser]") {
  auto b = parseBody(
      "switch {\ncase x > 1, x < -1:\n\tf()\n\tfallthrough\ndefault:\n}\n"
      "switch x := f(); x {\ncase 1:\n}\n"
      "switch x.(type) {\n}\n"
      "switch v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}\n"
      "switch y := 1; v := x.(type) {\n}\n");
  auto* s0 = cast<SwitchStmt>(b[0]);
  CHECK(s0->tag == nullptr);
  REQUIRE(s0->body->list.size() == 2);
  auto* c0 = cast<CaseClause>(s0->body->list[0]);
  CHECK(c0->list.size() == 2);
  CHECK(c0->body.size() == 2);
  CHECK(cast<BranchStmt>(c0->body[1])->tok == Tok::Fallthrough);
  CHECK(cast<CaseClause>(s0->body->list[1])->isDefault);
  auto* s1 = cast<SwitchStmt>(b[1]);
  CHECK(isa<AssignStmt>(s1->init));
  CHECK(sexpr(s1->tag) == "x");
  auto* t0 = cast<TypeSwitchStmt>(b[2]);
  REQUIRE(isa<ExprStmt>(t0->assign));
  CHECK(sexpr(cast<ExprStmt>(t0->assign)->x) == "(assert x type)");
  auto* t1 = cast<TypeSwitchStmt>(b[3]);
  auto* as = cast<AssignStmt>(t1->assign);
  CHECK(as->tok == Tok::Define);
  CHECK(sexpr(as->lhs[0]) == "v");
  CHECK(t1->body->list.size() == 3);
  CHECK(cast<CaseClause>(t1->body->list[0])->list.size() == 2);
  auto* t2 = cast<TypeSwitchStmt>(b[4]);
  CHECK(isa<AssignStmt>(t2->init));
}

TEST_CASE("select statements", "[parser]") {
  auto b = parseBody(
      "select {\n"
      "case v := <-c1:\n\t_ = v\n"
      "case v, ok = <-c2:\n"
      "case c3 <- 1:\n"
      "case <-c4:\n"
      "default:\n"
      "}\n");
  auto* s = cast<SelectStmt>(b[0]);
  auto& l = s->body->list;
  REQUIRE(l.size() == 5);
  auto* a0 = cast<AssignStmt>(cast<CommClause>(l[0])->comm);
  CHECK(a0->tok == Tok::Define);
  CHECK(sexpr(a0->rhs[0]) == "(<-c1)");
  CHECK(cast<CommClause>(l[0])->body.size() == 1);
  CHECK(cast<AssignStmt>(cast<CommClause>(l[1])->comm)->lhs.size() == 2);
  CHECK(isa<SendStmt>(cast<CommClause>(l[2])->comm));
  CHECK(isa<ExprStmt>(cast<CommClause>(l[3])->comm));
  CHECK(cast<CommClause>(l[4])->comm == nullptr);
}

TEST_CASE("labels and branch statements", "[parser]") {
  auto b = parseBody(
      "outer:\n"
      "for {\n\tfor {\n\t\tbreak outer\n\t\tcontinue outer\n\t}\n\tbreak\n}\n"
      "goto end\n"
      "end:\n");
  auto* l = cast<LabeledStmt>(b[0]);
  CHECK(l->label->name == "outer");
  auto* outer = cast<ForStmt>(l->stmt);
  auto* inner = cast<ForStmt>(outer->body->list[0]);
  auto* br = cast<BranchStmt>(inner->body->list[0]);
  CHECK(br->tok == Tok::Break);
  CHECK(br->label->name == "outer");
  CHECK(cast<BranchStmt>(inner->body->list[1])->tok == Tok::Continue);
  CHECK(cast<BranchStmt>(outer->body->list[1])->label == nullptr);
  auto* g = cast<BranchStmt>(b[1]);
  CHECK(g->tok == Tok::Goto);
  CHECK(g->label->name == "end");
  auto* end = cast<LabeledStmt>(b[2]);
  CHECK(isa<EmptyStmt>(end->stmt));
}

// ---------------------------------------------------------------------------
// Errors

TEST_CASE("syntax errors: gc wording and positions", "[parser][errors]") {
  CHECK(firstError("package main\nfunc main() {\n\tf(1,\n\t2\n}\n") ==
        "x.go:4:3: syntax error: unexpected newline in argument list; possibly missing comma or )");
  CHECK(firstError("package main\nx := 1\n") ==
        "x.go:2:1: syntax error: non-declaration statement outside function body");
  CHECK(firstError("package main\nfunc main() {\n\tif x = 5 {\n\t}\n}\n") ==
        "x.go:3:7: syntax error: cannot use assignment (x) = (5) as value");
  CHECK(firstError("package main\nfunc main() {\n\tif x := 5 {\n\t}\n}\n") ==
        "x.go:3:7: syntax error: cannot use x := 5 as value");
  CHECK(firstError("package main\nfunc main() {\n\tif x++ {\n\t}\n}\n") ==
        "x.go:3:6: syntax error: cannot use x++ as value");
  CHECK(firstError("package main\nfunc main()\n{\n}\n") ==
        "x.go:3:1: syntax error: unexpected semicolon or newline before {");
  CHECK(firstError("package main\nfunc main() {\n\tx := []int{1,\n2\n}\n}\n") ==
        "x.go:4:2: syntax error: unexpected newline in composite literal; possibly missing comma or }");
  CHECK(firstError("package main\nfunc main() {\n\tvar x = 1 +\n}\n") ==
        "x.go:4:1: syntax error: unexpected }, expected expression");
  CHECK(firstError("package main\nfunc main() {\n\tif x {\n\t} else for {}\n}\n") ==
        "x.go:4:9: syntax error: else must be followed by if or statement block");
  CHECK(firstError("package main\nimport fmt\n") == "x.go:2:11: syntax error: missing import path");
  CHECK(firstError("package main\nfunc main() {\n\tswitch x := 5; y := 3 {\n\t}\n}\n") ==
        "x.go:3:19: syntax error: cannot use y := 3 as value");
  CHECK(firstError("package main\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n") ==
        "x.go:3:23: syntax error: cannot declare in post statement of for loop");
  CHECK(firstError("package main\nfunc main() {\n") ==
        "x.go:3:1: syntax error: unexpected EOF, expected }");
  CHECK(firstError("package main\ntype T struct {\n\ta int b int\n}\n") ==
        "x.go:3:8: syntax error: unexpected name b in struct type; possibly missing semicolon or "
        "newline or }");
  CHECK(firstError("package main\nfunc main() {\n\tgo f\n}\n") ==
        "x.go:3:5: expression in go must be function call");
  CHECK(firstError("package main\nfunc main() {\n\tdefer (g())\n}\n") ==
        "x.go:3:8: expression in defer must not be parenthesized");
  CHECK(firstError("package main\nfunc main() {\n\tx.(type)\n}\n") ==
        "x.go:3:2: use of .(type) outside type switch");
  CHECK(firstError("main\n") == "x.go:1:1: syntax error: package statement must be first");
  CHECK(firstError("package main\nfunc f() {\n\tx := 1 y := 2\n}\n") ==
        "x.go:3:9: syntax error: unexpected name y at end of statement");
  CHECK(firstError("package main\nfunc f() {\n\tif x {\n\t} else\n}\n") ==
        "x.go:5:1: syntax error: else must be followed by if or statement block");
  CHECK(firstError("package main\nfunc f() {\n\tfor i := range {\n\t}\n}\n") ==
        "x.go:3:17: syntax error: unexpected {, expected expression");
  CHECK(firstError("package main\nvar x = s[1:2:]\n") ==
        "x.go:2:15: final index required in 3-index slice");
  CHECK(firstError("package main\nfunc f(a int, string) {}\n") ==
        "x.go:2:15: syntax error: mixed named and unnamed parameters");
  CHECK(firstError("package main\nfunc f() {\n\tfor range x y {\n\t}\n}\n") ==
        "x.go:3:14: syntax error: unexpected name y, expected { after for clause");
  CHECK(firstError("package main\nfunc f() {\nL:\n}\n") == "");
  CHECK(firstError("package main\nfunc f() {\n\tvar x = else\n}\n") ==
        "x.go:3:10: syntax error: unexpected keyword else, expected expression");
  CHECK(firstError("package main\nfunc f() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n") ==
        "x.go:3:10: syntax error: var declaration not allowed in for initializer");
  CHECK(firstError("package main\nfunc f() {\n\tif x\n\t{\n\t}\n}\n") ==
        "x.go:3:6: syntax error: unexpected newline, expected { after if clause");
  CHECK(firstError("package main\nimport \"a\"\nvar x int\nimport \"b\"\n") ==
        "x.go:4:1: syntax error: imports must appear before other declarations");
}

TEST_CASE("errors recover and continue", "[parser][errors]") {
  auto p = parse(
      "package main\n"
      "func f() {\n"
      "\tx := (1 +\n"
      "\ty := 2\n"
      "}\n"
      "func g() {\n"
      "\tif {\n"
      "\t}\n"
      "}\n"
      "func h() int { return 1 }\n");
  auto lines = p->diags.render();
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "x.go:4:4: syntax error: unexpected :=, expected )");
  CHECK(lines.back() == "x.go:7:5: syntax error: missing condition in if statement");
  // h is still parsed.
  bool sawH = false;
  for (Node* d : p->file->decls)
    if (auto* fd = dyn_cast<FuncDecl>(d); fd && fd->name->name == "h") sawH = true;
  CHECK(sawH);
}

TEST_CASE("generic syntax is rejected clearly", "[parser][errors]") {
  const char* msg = "syntax error: type parameters are not supported by gorun";
  CHECK(firstError("package p\nfunc F[T any](x T) T { return x }\n") == std::string("x.go:2:7: ") + msg);
  CHECK(firstError("package p\ntype L[T any] struct{ next *L[T] }\n") == std::string("x.go:2:7: ") + msg);
  CHECK(firstError("package p\ntype Number interface {\n\t~int | ~float64\n}\n") ==
        std::string("x.go:3:2: ") + msg);
  CHECK(firstError("package p\nvar x List[int]\n") == std::string("x.go:2:11: ") + msg);
  CHECK(firstError("package p\nvar x = Map[int, string]{}\n") == std::string("x.go:2:16: ") + msg);
  // One error per construct, no cascade: the rest of the file parses.
  auto p = parse("package p\nfunc F[K comparable, V any](m map[K]V) {}\nfunc g() {}\n");
  CHECK(p->diags.count() == 1);
  CHECK(p->file->decls.size() == 2);
}

// ---------------------------------------------------------------------------
// Robustness

namespace {

const char* kProgram = R"(#!/usr/bin/env gorun
package main

import (
	"fmt"
	"strings"
)

type Point struct {
	X, Y int `json:"x"`
}

type Shape interface {
	Area() float64
	fmt.Stringer
}

const (
	A = iota
	B
	C
)

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	pts := []Point{{1, 2}, {X: 3, Y: 4}}
	m := map[string]*Point{"a": &pts[0]}
	ch := make(chan int, 3)
	done := make(chan<- struct{})
	go func() { ch <- sum(1, 2, 3); close(ch) }()
	defer fmt.Println("done")
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	case done <- struct{}{}:
	default:
	}
	var s fmt.Stringer
	switch t := s.(type) {
	case nil:
	case *strings.Builder:
		_ = t
	}
outer:
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue outer
		case i > 7:
			break outer
		default:
			fallthrough
		case false:
		}
	}
	if p, ok := m["a"]; ok && p.X > 0 {
		p.Move(1, -1)
	} else if len(pts[1:2:2]) == 1 {
		goto end
	}
	x := 0x_1F + 0o17 + 0b101 + 1_000 + 'a' + '\n'
	f := 1.5e-3 + 0x1p-2 + 2i
	_, _ = x, f
	_ = `raw
string` + "esc\t\u00e9\x41"
end:
}
)";

void parseNoCrash(std::string_view src) {
  Ast ast;
  Diagnostics diags;
  File* f = parseFile(ast, "fuzz.go", src, diags);
  REQUIRE(f != nullptr);
  (void)diags.render();
}

}  // namespace

TEST_CASE("the robustness program parses cleanly", "[parser][robust]") { parseOK(kProgram); }

TEST_CASE("truncations of a real program do not crash", "[parser][robust]") {
  std::string src = kProgram;
  for (size_t n = 0; n <= src.size(); n++) parseNoCrash(std::string_view(src).substr(0, n));
}

TEST_CASE("mutations of a real program do not crash", "[parser][robust]") {
  std::mt19937 rng(12345);
  std::string src = kProgram;
  const char alphabet[] = "(){}[];:,.=+-*/<>!&|^~\"'`\n\t xyz019_\\";
  for (int iter = 0; iter < 3000; iter++) {
    std::string m = src;
    int edits = 1 + int(rng() % 4);
    for (int e = 0; e < edits; e++) {
      size_t at = rng() % m.size();
      switch (rng() % 3) {
        case 0: m[at] = alphabet[rng() % (sizeof alphabet - 1)]; break;
        case 1: m.erase(at, 1 + rng() % 8); break;
        default: m.insert(at, 1, alphabet[rng() % (sizeof alphabet - 1)]); break;
      }
      if (m.empty()) m = "x";
    }
    parseNoCrash(m);
  }
}

TEST_CASE("random bytes do not crash", "[parser][robust]") {
  std::mt19937 rng(424242);
  for (int iter = 0; iter < 2000; iter++) {
    std::string s = iter % 2 ? "package p\n" : "";
    size_t n = rng() % 400;
    for (size_t i = 0; i < n; i++) s += char(rng() % 256);
    parseNoCrash(s);
  }
}

TEST_CASE("deep nesting is an error, not a stack overflow", "[parser][robust]") {
  const size_t n = 100000;
  auto check = [](const std::string& src) {
    auto p = parse(src);
    INFO(src.substr(0, 60));
    CHECK(p->errors().find("nesting too deep") != std::string::npos);
  };
  check("package p\nvar x = " + std::string(n, '(') + "1" + std::string(n, ')') + "\n");
  check("package p\nfunc f() {\n" + std::string(n, '{') + std::string(n, '}') + "\n}\n");
  check("package p\nvar x = T{" + std::string(n, '{') + std::string(n, '}') + "}\n");
  check("package p\nvar x = " + std::string(n, '!') + "x\n");
  check("package p\nvar x " + std::string(n, '*') + "int\n");
  std::string slices;
  for (size_t i = 0; i < n; i++) slices += "[]";
  check("package p\nvar x " + slices + "int\n");
  std::string ifs = "package p\nfunc f() {\n";
  for (size_t i = 0; i < 5000; i++) ifs += "if x {";
  check(ifs);
  std::string elifs = "package p\nfunc f() {\nif x {}";
  for (size_t i = 0; i < 5000; i++) elifs += " else if x {}";
  check(elifs + "\n}\n");
  std::string calls = "package p\nvar x = ";
  for (size_t i = 0; i < n; i++) calls += "f(";
  check(calls);
  // Deep but within the limit is fine.
  parseOK("package p\nvar x = " + std::string(500, '(') + "1" + std::string(500, ')') + "\n");
}

TEST_CASE("deep nesting on a small thread stack", "[parser][robust]") {
  // The stack guard must hold on threads with less than the main thread's
  // 8 MB: parse a hostile input on a 1 MB stack.
  struct Job {
    std::string src = "package p\nvar x = " + std::string(100000, '(') + "1\n";
    bool reported = false;
  } job;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 1 << 20);
  pthread_t th;
  auto run = [](void* arg) -> void* {
    auto* j = static_cast<Job*>(arg);
    Ast ast;
    Diagnostics diags;
    parseFile(ast, "x.go", j->src, diags);
    for (auto& d : diags.list())
      if (d.msg.find("nesting too deep") != std::string::npos) j->reported = true;
    return nullptr;
  };
  REQUIRE(pthread_create(&th, &attr, run, &job) == 0);
  pthread_join(th, nullptr);
  pthread_attr_destroy(&attr);
  CHECK(job.reported);
}

TEST_CASE("huge literals and long lines", "[parser][robust]") {
  std::string digits(200000, '7');
  parseOK("package p\nvar x = " + digits + "\nvar s = \"" + std::string(300000, 'a') + "\"\n");
  std::string sum = "package p\nvar x = 1";
  for (int i = 0; i < 50000; i++) sum += " + 1";
  parseOK(sum + "\n");
}
