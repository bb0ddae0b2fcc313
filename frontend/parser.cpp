// The parser (see parser.h): recursive descent over the Scanner's tokens,
// a port of gc's cmd/compile/internal/syntax/parser.go that builds go/ast
// shaped nodes (ast.h).
//
// Following gc rather than go/parser buys its error messages and its error
// recovery, both of which users see:
//
//   - A syntax error names the token found and what was expected, in gc's
//     current wording: "syntax error: unexpected newline in argument list;
//     possibly missing comma or )". syntaxErrorAt composes these.
//   - After an error the parser skips ahead (advance) to a token that can
//     follow the broken production, or to a keyword that starts a statement
//     when inside a function, and goes on. An error at EOF after an earlier
//     error is dropped: it is always a consequence of the first.
//
// The composite-literal ambiguity. In `if x == T{} {` the first { could
// open a composite literal or the if's block. Go resolves it syntactically:
// in the header of an if, for or switch a bare type name followed by { is
// never a composite literal, unless the literal is inside parentheses,
// brackets or braces. xnest_ implements that: header() sets it to -1, and
// every bracketing construct increments it, so `T{` starts a literal only
// when xnest_ >= 0. Explicit composite types ([]T{, map[K]V{, struct{...}{)
// are unambiguous and always start a literal.
//
// Nesting. Expressions, types and blocks are parsed by mutual recursion, so
// a hostile input like "((((...))))" could exhaust the C++ stack. Every
// recursive entry point holds a NestGuard; past kMaxNesting levels the
// parser reports one error, abandons the rest of the file (skips to EOF)
// and unwinds. Each level costs a handful of frames of a few hundred bytes
// in an optimised build, so the limit keeps the parser within about 1 MB of
// stack; sanitizer builds use ten times more, so NestGuard also stops when
// the thread's stack itself runs low, whatever the level.
//
// Generics. gorun has no type parameters. Where gc would parse type
// parameters, constraints (~T, A|B) or instantiations, this parser reports
// "type parameters are not supported by gorun", skips the construct and
// goes on, so that one generic function produces one error, not a cascade.
#include "frontend/parser.h"

#include "frontend/scanner.h"

#include <fmt/format.h>

#include <pthread.h>

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <unordered_set>
#include <utility>

namespace gorun::frontend {

namespace {

constexpr int kMaxNesting = 1000;
// Stack kept free below the deepest parser frame, for error reporting.
constexpr uintptr_t kStackReserve = 256 << 10;

// The stack range of the calling thread, or {0, 0} if unknown. Computed
// once per thread: on the main thread pthread_getattr_np reads
// /proc/self/maps, which cost milliseconds per parsed file.
struct StackRange {
  uintptr_t lo = 0, hi = 0;
};

StackRange computeStack() {
  StackRange r;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return r;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
    r.lo = uintptr_t(addr);
    r.hi = r.lo + size;
  }
  pthread_attr_destroy(&attr);
  return r;
}

StackRange currentStack() {
  static thread_local const StackRange r = computeStack();
  return r;
}
constexpr const char* kNoGenerics = "type parameters are not supported by gorun";

Expr* unparen(Expr* x) {
  while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
  return x;
}

bool isTypeGuard(const Expr* x) {
  auto* ta = dyn_cast<TypeAssertExpr>(x);
  return ta && !ta->typeExpr;
}

// ---------------------------------------------------------------------------
// A short printer for the expressions quoted in syntax errors ("cannot use
// x := 5 as value"), after gc's syntax.String: literal and function bodies
// are elided as {…}.

void printExpr(std::string& out, const Expr* x);

void printFields(std::string& out, const FieldList* fl, const char* sep) {
  if (!fl) return;
  for (size_t i = 0; i < fl->list.size(); i++) {
    if (i) out += sep;
    const Field* f = fl->list[i];
    for (size_t k = 0; k < f->names.size(); k++) {
      if (k) out += ", ";
      out += f->names[k]->name;
    }
    if (!f->names.empty()) out += ' ';
    printExpr(out, f->type);
  }
}

void printSignature(std::string& out, const FuncType* ft) {
  out += '(';
  printFields(out, ft->params, ", ");
  out += ')';
  if (ft->results && !ft->results->list.empty()) {
    out += ' ';
    const FieldList* r = ft->results;
    bool paren = r->list.size() > 1 || !r->list[0]->names.empty();
    if (paren) out += '(';
    printFields(out, r, ", ");
    if (paren) out += ')';
  }
}

void printList(std::string& out, const std::vector<Expr*>& list) {
  for (size_t i = 0; i < list.size(); i++) {
    if (i) out += ", ";
    printExpr(out, list[i]);
  }
}

void printExpr(std::string& out, const Expr* x) {
  if (!x) return;
  switch (x->kind) {
    case NodeKind::BadExpr: out += "BadExpr"; break;
    case NodeKind::Ident: out += cast<Ident>(x)->name; break;
    case NodeKind::BasicLit: out += cast<BasicLit>(x)->raw; break;
    case NodeKind::CompositeLit:
      printExpr(out, cast<CompositeLit>(x)->typeExpr);
      out += "{…}";
      break;
    case NodeKind::KeyValueExpr:
      printExpr(out, cast<KeyValueExpr>(x)->key);
      out += ": ";
      printExpr(out, cast<KeyValueExpr>(x)->value);
      break;
    case NodeKind::FuncLit:
      out += "func";
      printSignature(out, cast<FuncLit>(x)->sig);
      out += " {…}";
      break;
    case NodeKind::ParenExpr:
      out += '(';
      printExpr(out, cast<ParenExpr>(x)->x);
      out += ')';
      break;
    case NodeKind::SelectorExpr:
      printExpr(out, cast<SelectorExpr>(x)->x);
      out += '.';
      out += cast<SelectorExpr>(x)->sel->name;
      break;
    case NodeKind::IndexExpr:
      printExpr(out, cast<IndexExpr>(x)->x);
      out += '[';
      printExpr(out, cast<IndexExpr>(x)->index);
      out += ']';
      break;
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(x);
      printExpr(out, s->x);
      out += '[';
      printExpr(out, s->lo);
      out += ':';
      printExpr(out, s->hi);
      if (s->slice3) {
        out += ':';
        printExpr(out, s->max);
      }
      out += ']';
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = cast<TypeAssertExpr>(x);
      printExpr(out, t->x);
      out += ".(";
      if (t->typeExpr)
        printExpr(out, t->typeExpr);
      else
        out += "type";
      out += ')';
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(x);
      printExpr(out, c->fun);
      out += '(';
      printList(out, c->args);
      if (c->hasEllipsis) out += "...";
      out += ')';
      break;
    }
    case NodeKind::StarExpr:
      out += '*';
      printExpr(out, cast<StarExpr>(x)->x);
      break;
    case NodeKind::UnaryExpr:
      out += tokString(cast<UnaryExpr>(x)->op);
      printExpr(out, cast<UnaryExpr>(x)->x);
      break;
    case NodeKind::BinaryExpr: {
      auto* b = cast<BinaryExpr>(x);
      printExpr(out, b->x);
      out += ' ';
      out += tokString(b->op);
      out += ' ';
      printExpr(out, b->y);
      break;
    }
    case NodeKind::Ellipsis:
      out += "...";
      printExpr(out, cast<Ellipsis>(x)->elt);
      break;
    case NodeKind::ArrayType:
      out += '[';
      printExpr(out, cast<ArrayType>(x)->len);
      out += ']';
      printExpr(out, cast<ArrayType>(x)->elem);
      break;
    case NodeKind::StructType:
      out += "struct{";
      printFields(out, cast<StructType>(x)->fields, "; ");
      out += '}';
      break;
    case NodeKind::FuncType:
      out += "func";
      printSignature(out, cast<FuncType>(x));
      break;
    case NodeKind::InterfaceType: {
      out += "interface{";
      const FieldList* ms = cast<InterfaceType>(x)->methods;
      for (size_t i = 0; ms && i < ms->list.size(); i++) {
        if (i) out += "; ";
        const Field* f = ms->list[i];
        if (!f->names.empty()) {
          out += f->names[0]->name;
          if (auto* ft = dyn_cast<FuncType>(f->type)) printSignature(out, ft);
        } else {
          printExpr(out, f->type);
        }
      }
      out += '}';
      break;
    }
    case NodeKind::MapType:
      out += "map[";
      printExpr(out, cast<MapType>(x)->key);
      out += ']';
      printExpr(out, cast<MapType>(x)->value);
      break;
    case NodeKind::ChanType: {
      auto* c = cast<ChanType>(x);
      out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      printExpr(out, c->value);
      break;
    }
    default: break;
  }
}

std::string exprString(const Expr* x) {
  std::string s;
  printExpr(s, x);
  return s;
}

std::string listString(const std::vector<Expr*>& list) {
  std::string s;
  printList(s, list);
  return s;
}

// ---------------------------------------------------------------------------

class Parser {
 public:
  Parser(Ast& ast, const std::string& filename, std::string_view src, Diagnostics& diags)
      : ast_(ast), diags_(diags), filename_(filename), s_(src, filename, diags),
        errorsAtStart_(diags.count()) {
    // Watch the stack only if we are running on the thread's own stack
    // (not, say, on a coroutine stack the thread library does not know).
    StackRange st = currentStack();
    auto here = uintptr_t(__builtin_frame_address(0));
    if (st.lo < here && here <= st.hi && here - st.lo > 2 * kStackReserve)
      stackFloor_ = st.lo + kStackReserve;
    next();
  }

  File* parseFile();

 private:
  // RAII nesting counter for recursive productions (see the file comment).
  struct NestGuard {
    Parser& p;
    bool ok;
    explicit NestGuard(Parser& p)
        : p(p), ok(++p.depth_ <= kMaxNesting && uintptr_t(__builtin_frame_address(0)) > p.stackFloor_) {
      if (!ok) p.tooDeep();
    }
    ~NestGuard() { p.depth_--; }
  };

  // --- tokens -------------------------------------------------------------
  Tok tok() const { return s_.tok; }
  Pos pos() const { return s_.pos; }
  void next() { s_.next(); }
  bool got(Tok t) {
    if (tok() == t) {
      next();
      return true;
    }
    return false;
  }
  void want(Tok t) {
    if (!got(t)) {
      syntaxError("expected " + tokstring(t));
      advance({});
    }
  }
  bool gotAssign() {
    if (tok() == Tok::Define) {
      syntaxError("expected =");
      next();
      return true;
    }
    return got(Tok::Assign);
  }

  // --- errors -------------------------------------------------------------
  bool hadError() const { return diags_.count() > errorsAtStart_; }
  void errorAt(Pos p, std::string msg) { diags_.error(filename_, p, std::move(msg)); }
  void error(std::string msg) { errorAt(pos(), std::move(msg)); }
  void syntaxError(const std::string& msg) { syntaxErrorAt(pos(), msg); }
  void syntaxErrorAt(Pos p, const std::string& msg);
  static std::string tokstring(Tok t);
  std::string tokDescription() const;
  void advance(std::initializer_list<Tok> followlist);
  void tooDeep();

  template <class T> T* make(Pos p) { return ast_.make<T>(p); }
  BadExpr* badExpr() { return make<BadExpr>(pos()); }

  // --- declarations -------------------------------------------------------
  GenDecl* appendGroup(Tok keyword, const std::function<Node*(GenDecl*, int)>& spec);
  Node* importSpec();
  Node* constSpec(int iota, ValueSpec*& lastWithValues);
  Node* typeSpec();
  Node* varSpec();
  FuncDecl* funcDeclOrNull();
  BlockStmt* funcBody();
  FieldList* typeParamsUnsupported(Pos at);
  Pos list(const char* context, Tok sep, Tok close, const std::function<bool()>& f);

  // --- expressions --------------------------------------------------------
  Expr* expr() { return binaryExpr(nullptr, 0); }
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  Expr* operand();
  Expr* pexpr(Expr* x);
  Expr* bareComplitExpr();
  CompositeLit* complitExpr(Expr* type);
  std::vector<Expr*> exprList();
  std::vector<Expr*> argList(bool& hasDots, Pos& rparen);
  BasicLit* oliteral();

  // --- types --------------------------------------------------------------
  Expr* type();
  Expr* typeOrNull();
  Expr* qualifiedName(Ident* name);
  FuncType* funcType();
  FieldList* funcResult();
  Expr* arrayType(Pos lbrack, Expr* len);
  Expr* chanElem();
  StructType* structType();
  void fieldDecl(FieldList* fields);
  InterfaceType* interfaceType();
  Expr* embeddedTerm();
  FieldList* paramList(Tok close, Pos open);
  Expr* arrayOrTypeArgs();
  Field* paramDeclOrNull(Tok close);

  // --- statements ---------------------------------------------------------
  Stmt* simpleStmt(std::vector<Expr*> lhs, Tok keyword);
  RangeStmt* rangeClause(std::vector<Expr*> lhs, Tok def);
  Stmt* labeledStmtOrNull(Ident* label);
  BlockStmt* blockStmt(const char* context);
  DeclStmt* declStmt();
  Stmt* forStmt();
  struct Header {
    Stmt* init = nullptr;
    Stmt* cond = nullptr;  // the condition or switch tag, as a statement
    Stmt* post = nullptr;
    Pos semiPos;
    std::string_view semiLit;
    bool badCond = false;  // the cond is a BadExpr already reported
  };
  Header header(Tok keyword);
  Expr* condExpr(Header& h, Tok keyword);
  IfStmt* ifStmt();
  Stmt* switchStmt();
  SelectStmt* selectStmt();
  CaseClause* caseClause();
  CommClause* commClause();
  Stmt* stmtOrNull();
  std::vector<Stmt*> stmtList();
  Stmt* callStmt();

  // --- names --------------------------------------------------------------
  Ident* name();
  std::vector<Ident*> nameList(Ident* first);
  Ident* newIdent(Pos p, std::string_view n) {
    Ident* id = make<Ident>(p);
    id->name = std::string(n);
    return id;
  }

  Ast& ast_;
  Diagnostics& diags_;
  std::string filename_;
  Scanner s_;
  size_t errorsAtStart_;

  int fnest_ = 0;  // function nesting level (for error recovery)
  int xnest_ = 0;  // expression nesting level (composite literal ambiguity)
  int depth_ = 0;  // recursion depth (NestGuard)
  uintptr_t stackFloor_ = 0;  // NestGuard fails below this stack address
  bool tooDeepReported_ = false;

  // Every x.(type) seen, and those that stand where a type switch allows
  // them; the others are reported at the end.
  std::vector<TypeAssertExpr*> guards_;
  std::unordered_set<const TypeAssertExpr*> okGuards_;
};

// ---------------------------------------------------------------------------
// Errors

void Parser::syntaxErrorAt(Pos p, const std::string& msg) {
  if (tok() == Tok::Eof && hadError()) return;  // follow-on of an earlier error
  std::string m;
  if (msg.empty()) {
    // nothing to add
  } else if (msg.rfind("in ", 0) == 0 || msg.rfind("at ", 0) == 0 || msg.rfind("after ", 0) == 0) {
    m = " " + msg;
  } else if (msg.rfind("expected ", 0) == 0) {
    m = ", " + msg;
  } else {
    errorAt(p, "syntax error: " + msg);
    return;
  }
  errorAt(p, "syntax error: unexpected " + tokDescription() + m);
}

std::string Parser::tokstring(Tok t) {
  switch (t) {
    case Tok::Comma: return "comma";
    case Tok::Semicolon: return "semicolon or newline";
    default: break;
  }
  std::string s(tokString(t));
  if (t >= Tok::Break) return "keyword " + s;
  return s;
}

std::string Parser::tokDescription() const {
  switch (tok()) {
    case Tok::Ident: return "name " + std::string(s_.lit);
    case Tok::Semicolon: return std::string(s_.lit);
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String: return "literal " + std::string(s_.lit);
    default: return tokstring(tok());
  }
}

// advance skips tokens until one in followlist, or, inside a function, one
// that starts a statement. With an empty followlist it skips exactly one
// token, to guarantee progress. It never skips EOF.
void Parser::advance(std::initializer_list<Tok> followlist) {
  auto inFollow = [&](Tok t) {
    if (t == Tok::Eof) return true;
    for (Tok f : followlist)
      if (f == t) return true;
    if (fnest_ > 0) {
      switch (t) {
        case Tok::Break: case Tok::Const: case Tok::Continue: case Tok::Defer:
        case Tok::Fallthrough: case Tok::For: case Tok::Go: case Tok::Goto:
        case Tok::If: case Tok::Return: case Tok::Select: case Tok::Switch:
        case Tok::Type: case Tok::Var:
          return true;
        default: break;
      }
    }
    return false;
  };
  if (followlist.size() == 0) {
    if (tok() != Tok::Eof) next();
    return;
  }
  while (!inFollow(tok())) next();
}

void Parser::tooDeep() {
  if (!tooDeepReported_) {
    tooDeepReported_ = true;
    errorAt(pos(), fmt::format("syntax error: nesting too deep (more than {} levels)", kMaxNesting));
  }
  // Abandon the rest of the file: every production stops at EOF.
  while (tok() != Tok::Eof) next();
}

// ---------------------------------------------------------------------------
// Files and declarations

File* Parser::parseFile() {
  File* f = make<File>(pos());
  f->filename = filename_;

  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    return f;
  }
  f->packageName = name();
  want(Tok::Semicolon);
  // Don't bother going on if the package clause has errors.
  if (hadError()) return f;

  while (tok() == Tok::Import) {
    Pos declPos = pos();
    next();
    f->decls.push_back(appendGroup(Tok::Import, [&](GenDecl*, int) { return importSpec(); }));
    f->decls.back()->pos = declPos;
    want(Tok::Semicolon);
  }

  while (tok() != Tok::Eof) {
    Pos declPos = pos();
    // A directive applies to the declaration that follows it: the flag is
    // cleared before the scanner reads past each declaration's end.
    bool noinline = std::exchange(s_.noinline, false);
    switch (tok()) {
      case Tok::Const: {
        next();
        ValueSpec* last = nullptr;
        GenDecl* d = appendGroup(Tok::Const, [&](GenDecl*, int i) { return constSpec(i, last); });
        d->pos = declPos;
        f->decls.push_back(d);
        break;
      }
      case Tok::Type: {
        next();
        GenDecl* d = appendGroup(Tok::Type, [&](GenDecl*, int) { return typeSpec(); });
        d->pos = declPos;
        f->decls.push_back(d);
        break;
      }
      case Tok::Var: {
        next();
        GenDecl* d = appendGroup(Tok::Var, [&](GenDecl*, int) { return varSpec(); });
        d->pos = declPos;
        f->decls.push_back(d);
        break;
      }
      case Tok::Func:
        next();
        if (FuncDecl* d = funcDeclOrNull()) {
          d->pos = d->sig->pos = declPos;
          d->noinline = noinline;
          f->decls.push_back(d);
        }
        break;
      default: {
        auto* prev = f->decls.empty() ? nullptr : dyn_cast<FuncDecl>(f->decls.back());
        if (tok() == Tok::LBrace && prev && !prev->body) {
          // The opening { of a function on the next line.
          syntaxError("unexpected semicolon or newline before {");
        } else if (tok() == Tok::Import) {
          syntaxError("imports must appear before other declarations");
        } else {
          syntaxError("non-declaration statement outside function body");
        }
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        continue;
      }
    }
    s_.noinline = false;
    if (tok() != Tok::Eof && !got(Tok::Semicolon)) {
      syntaxError("after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }

  for (Node* d : f->decls) {
    auto* g = dyn_cast<GenDecl>(d);
    if (!g || g->tok != Tok::Import) continue;
    for (Node* s : g->specs) f->imports.push_back(cast<ImportSpec>(s));
  }
  for (TypeAssertExpr* g : guards_)
    if (!okGuards_.count(g)) errorAt(g->x->pos, "use of .(type) outside type switch");
  return f;
}

// list parses [ f { sep f } [sep] ] close, calling f for each element until
// it returns true. Returns the position of close.
Pos Parser::list(const char* context, Tok sep, Tok close, const std::function<bool()>& f) {
  bool done = false;
  while (tok() != Tok::Eof && tok() != close && !done) {
    done = f();
    // sep is optional before close
    if (!got(sep) && tok() != close) {
      syntaxError(fmt::format("in {}; possibly missing {} or {}", context, tokstring(sep),
                              tokstring(close)));
      advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
      if (tok() != close) return pos();
    }
  }
  Pos p = pos();
  want(close);
  return p;
}

// appendGroup parses spec | "(" { spec ";" } ")". spec gets the index of the
// spec within the group (a const's iota).
GenDecl* Parser::appendGroup(Tok keyword, const std::function<Node*(GenDecl*, int)>& spec) {
  GenDecl* d = make<GenDecl>(pos());
  d->tok = keyword;
  if (tok() == Tok::LParen) {
    next();
    int i = 0;
    list("grouped declaration", Tok::Semicolon, Tok::RParen, [&] {
      if (Node* s = spec(d, i++)) d->specs.push_back(s);
      return false;
    });
  } else if (Node* s = spec(d, 0)) {
    d->specs.push_back(s);
  }
  return d;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Node* Parser::importSpec() {
  ImportSpec* s = make<ImportSpec>(pos());
  if (tok() == Tok::Ident) {
    s->name = name();
  } else if (tok() == Tok::Period) {
    s->name = newIdent(pos(), ".");
    next();
  }
  s->pathPos = pos();
  BasicLit* path = oliteral();
  if (!path) {
    syntaxError("missing import path");
    advance({Tok::Semicolon, Tok::RParen});
    return s;
  }
  if (!path->bad && path->litKind != Tok::String) {
    syntaxErrorAt(path->pos, "import path must be a string");
    return s;
  }
  if (!path->bad) s->path = unquoteString(path->raw).bytes;
  return s;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Node* Parser::constSpec(int iota, ValueSpec*& lastWithValues) {
  ValueSpec* s = make<ValueSpec>(pos());
  s->iota = iota;
  s->names = nameList(name());
  if (tok() != Tok::Eof && tok() != Tok::Semicolon && tok() != Tok::RParen) {
    s->type = typeOrNull();
    if (gotAssign()) s->values = exprList();
  }
  if (!s->values.empty()) {
    lastWithValues = s;
  } else if (!s->type) {
    s->implicitFrom = lastWithValues;
  }
  return s;
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Node* Parser::typeSpec() {
  TypeSpec* s = make<TypeSpec>(pos());
  s->name = name();
  if (tok() == Tok::LBrack) {
    // An array or slice type, or (unsupported) type parameters: in
    // `type T[P any] ...` a name follows "[" and something other than "]"
    // follows the name.
    Pos lbrack = pos();
    next();
    if (tok() == Tok::RBrack) {
      next();
      ArrayType* t = make<ArrayType>(lbrack);
      t->elem = type();
      s->type = t;
    } else if (tok() == Tok::Ident) {
      Ident* n = name();
      Expr* x = n;
      if (tok() != Tok::LBrack) {
        xnest_++;
        x = binaryExpr(pexpr(n), 0);
        xnest_--;
      }
      bool generic = (x == n && tok() != Tok::RBrack) || tok() == Tok::Comma;
      if (generic) {
        errorAt(lbrack, std::string("syntax error: ") + kNoGenerics);
        // Skip the parameter list to its "]" and parse the rest normally.
        int depth = 1;
        while (tok() != Tok::Eof && depth > 0) {
          if (tok() == Tok::LBrack) depth++;
          if (tok() == Tok::RBrack) depth--;
          next();
        }
        s->alias = gotAssign();
        s->type = typeOrNull();
      } else {
        s->type = arrayType(lbrack, x);
      }
    } else {
      s->type = arrayType(lbrack, nullptr);
    }
  } else {
    s->alias = gotAssign();
    s->type = typeOrNull();
  }
  if (!s->type) {
    s->type = badExpr();
    syntaxError("in type declaration");
    advance({Tok::Semicolon, Tok::RParen});
  }
  return s;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Node* Parser::varSpec() {
  ValueSpec* s = make<ValueSpec>(pos());
  s->names = nameList(name());
  if (gotAssign()) {
    s->values = exprList();
  } else {
    s->type = type();
    if (gotAssign()) s->values = exprList();
  }
  return s;
}

// typeParamsUnsupported reports a type parameter list (the "[" is current)
// and skips it.
FieldList* Parser::typeParamsUnsupported(Pos at) {
  errorAt(at, std::string("syntax error: ") + kNoGenerics);
  int depth = 0;
  do {
    if (tok() == Tok::LBrack) depth++;
    if (tok() == Tok::RBrack) depth--;
    next();
  } while (tok() != Tok::Eof && depth > 0);
  return nullptr;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
FuncDecl* Parser::funcDeclOrNull() {
  FuncDecl* f = make<FuncDecl>(pos());
  if (tok() == Tok::LParen) {
    Pos open = pos();
    next();
    FieldList* rcvr = paramList(Tok::RParen, open);
    size_t n = rcvr->numFields();
    if (n == 0) {
      errorAt(open, "method has no receiver");
    } else if (n > 1) {
      errorAt(open, "method has multiple receivers");
    }
    f->recv = rcvr;
  }
  if (tok() != Tok::Ident) {
    syntaxError("expected name or (");
    advance({Tok::LBrace, Tok::Semicolon});
    return nullptr;
  }
  f->name = name();
  f->sig = funcType();
  if (tok() == Tok::LBrace) f->body = funcBody();
  return f;
}

BlockStmt* Parser::funcBody() {
  fnest_++;
  BlockStmt* body = blockStmt("");
  fnest_--;
  return body;
}

// ---------------------------------------------------------------------------
// Expressions

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binaryExpr(Expr* x, int prec) {
  if (!x) x = unaryExpr();
  while (precedence(tok()) > prec) {
    BinaryExpr* t = make<BinaryExpr>(x->pos);
    t->op = tok();
    t->opPos = pos();
    int tprec = precedence(tok());
    next();
    t->x = x;
    t->y = binaryExpr(nullptr, tprec);
    x = t;
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unaryExpr() {
  NestGuard guard(*this);
  if (!guard.ok) return badExpr();

  Pos p = pos();
  switch (tok()) {
    case Tok::Mul: {
      next();
      StarExpr* x = make<StarExpr>(p);
      x->x = unaryExpr();
      return x;
    }
    case Tok::Add:
    case Tok::Sub:
    case Tok::Not:
    case Tok::Xor:
    case Tok::And: {
      UnaryExpr* x = make<UnaryExpr>(p);
      x->op = tok();
      next();
      x->x = unaryExpr();
      return x;
    }
    case Tok::Tilde: {
      next();
      errorAt(p, std::string("syntax error: ") + kNoGenerics);
      return unaryExpr();
    }
    case Tok::Arrow: {
      next();
      // <-x is a receive, unless x turns out to be a channel type: then the
      // arrow belongs to the type, re-associated leftmost: <-chan E,
      // <-chan (<-chan E)...
      Expr* x = unaryExpr();
      if (auto* c = dyn_cast<ChanType>(x)) {
        ChanDir dir = ChanDir::Send;
        Expr* t = c;
        while (dir == ChanDir::Send) {
          auto* ct = dyn_cast<ChanType>(t);
          if (!ct) break;
          dir = ct->dir;
          if (dir == ChanDir::Recv) {
            // t is <-chan E, but <-<-chan E is not permitted.
            syntaxError("unexpected <-, expected chan");
          }
          ct->dir = ChanDir::Recv;
          t = ct->value;
        }
        if (dir == ChanDir::Send) {
          // The arrow was "chan<-", but its element is not a channel.
          syntaxError(fmt::format("unexpected {}, expected chan", exprString(t)));
        }
        c->pos = p;
        return c;
      }
      UnaryExpr* r = make<UnaryExpr>(p);
      r->op = Tok::Arrow;
      r->x = x;
      return r;
    }
    default:
      return pexpr(nullptr);
  }
}

// callStmt parses the call after "go" or "defer".
Stmt* Parser::callStmt() {
  Pos p = pos();
  Tok keyword = tok();
  next();
  Expr* x = pexpr(nullptr);
  const char* what = keyword == Tok::Go ? "go" : "defer";
  if (Expr* t = unparen(x); t != x) {
    errorAt(x->pos, fmt::format("expression in {} must not be parenthesized", what));
    x = t;
  }
  CallExpr* call = dyn_cast<CallExpr>(x);
  if (!call) {
    errorAt(x->pos, fmt::format("expression in {} must be function call", what));
    // Assume the common mistake of a missing argument list.
    call = make<CallExpr>(x->pos);
    call->fun = x;
    call->lparen = call->rparen = pos();
  }
  if (keyword == Tok::Go) {
    GoStmt* s = make<GoStmt>(p);
    s->call = call;
    return s;
  }
  DeferStmt* s = make<DeferStmt>(p);
  s->call = call;
  return s;
}

// Operand = Literal | OperandName | "(" Expression ")" .
Expr* Parser::operand() {
  Pos p = pos();
  switch (tok()) {
    case Tok::Ident: return name();
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String: return oliteral();
    case Tok::LParen: {
      next();
      xnest_++;
      Expr* x = expr();
      xnest_--;
      want(Tok::RParen);
      // Unlike gc, keep every ParenExpr (as go/ast does): the checker
      // and error messages want the source's shape.
      ParenExpr* px = make<ParenExpr>(p);
      px->x = x;
      return px;
    }
    case Tok::Func: {
      next();
      FuncType* ft = funcType();
      ft->pos = p;
      if (tok() == Tok::LBrace) {
        xnest_++;
        FuncLit* f = make<FuncLit>(p);
        f->sig = ft;
        f->body = funcBody();
        xnest_--;
        return f;
      }
      return ft;
    }
    case Tok::LBrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface: return type();
    default: {
      Expr* x = badExpr();
      syntaxError("expected expression");
      advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
      return x;
    }
  }
}

// isValue reports whether x syntactically must be a value, not a type.
bool isValue(const Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::TypeAssertExpr:
    case NodeKind::CallExpr:
    case NodeKind::UnaryExpr:
    case NodeKind::BinaryExpr: return true;
    case NodeKind::ParenExpr: return isValue(cast<ParenExpr>(x)->x);
    case NodeKind::IndexExpr:
      return isValue(cast<IndexExpr>(x)->x) || isValue(cast<IndexExpr>(x)->index);
    default: return false;
  }
}

// PrimaryExpr = Operand | PrimaryExpr ( Selector | Index | Slice |
//               TypeAssertion | Arguments ) | CompositeLit .
Expr* Parser::pexpr(Expr* x) {
  if (!x) x = operand();
  for (;;) {
    Pos p = pos();
    switch (tok()) {
      case Tok::Period: {
        next();
        if (tok() == Tok::Ident) {
          SelectorExpr* t = make<SelectorExpr>(x->pos);
          t->x = x;
          t->sel = name();
          x = t;
        } else if (tok() == Tok::LParen) {
          next();
          TypeAssertExpr* t = make<TypeAssertExpr>(x->pos);
          t->x = x;
          if (got(Tok::Type)) {
            guards_.push_back(t);
          } else {
            t->typeExpr = type();
          }
          want(Tok::RParen);
          x = t;
        } else {
          syntaxError("expected name or (");
          advance({Tok::Semicolon, Tok::RParen});
        }
        break;
      }
      case Tok::LBrack: {
        next();
        if (tok() == Tok::RBrack) {
          // Invalid empty index or slice: accept but complain.
          syntaxError("expected operand");
          IndexExpr* t = make<IndexExpr>(x->pos);
          t->x = x;
          t->index = badExpr();
          t->rbrack = pos();
          next();
          x = t;
          break;
        }
        Expr* i = nullptr;
        if (tok() != Tok::Colon) {
          xnest_++;
          i = expr();
          xnest_--;
          if (tok() == Tok::Comma) {
            // x[A, B]: an instantiation with several type arguments.
            errorAt(pos(), std::string("syntax error: ") + kNoGenerics);
            while (got(Tok::Comma) && tok() != Tok::RBrack) {
              xnest_++;
              expr();
              xnest_--;
            }
          }
          if (tok() == Tok::RBrack) {
            IndexExpr* t = make<IndexExpr>(x->pos);
            t->x = x;
            t->index = i;
            t->rbrack = pos();
            next();
            x = t;
            break;
          }
        }
        // x[i:...
        if (!got(Tok::Colon)) {
          syntaxError("expected comma, : or ]");
          advance({Tok::Comma, Tok::Colon, Tok::RBrack});
          got(Tok::Colon);
        }
        xnest_++;
        SliceExpr* t = make<SliceExpr>(x->pos);
        t->x = x;
        t->lo = i;
        if (tok() != Tok::Colon && tok() != Tok::RBrack) t->hi = expr();
        if (tok() == Tok::Colon) {
          t->slice3 = true;
          if (!t->hi) {
            error("middle index required in 3-index slice");
            t->hi = badExpr();
          }
          next();
          if (tok() != Tok::RBrack) {
            t->max = expr();
          } else {
            error("final index required in 3-index slice");
            t->max = badExpr();
          }
        }
        xnest_--;
        want(Tok::RBrack);
        x = t;
        break;
      }
      case Tok::LParen: {
        CallExpr* t = make<CallExpr>(x->pos);
        t->lparen = p;
        next();
        t->fun = x;
        t->args = argList(t->hasEllipsis, t->rparen);
        x = t;
        break;
      }
      case Tok::LBrace: {
        // Does this { open a composite literal or a block?
        Expr* t = unparen(x);
        bool complitOK = false;
        switch (t->kind) {
          case NodeKind::Ident:
          case NodeKind::SelectorExpr: complitOK = xnest_ >= 0; break;
          case NodeKind::IndexExpr: complitOK = xnest_ >= 0 && !isValue(t); break;
          case NodeKind::ArrayType:
          case NodeKind::StructType:
          case NodeKind::MapType: complitOK = true; break;
          default: break;
        }
        if (!complitOK) return x;
        if (t != x) syntaxError("cannot parenthesize type in composite literal");
        x = complitExpr(x);
        break;
      }
      default: return x;
    }
  }
}

// Element = Expression | LiteralValue .
Expr* Parser::bareComplitExpr() {
  if (tok() == Tok::LBrace) return complitExpr(nullptr);
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complitExpr(Expr* type) {
  CompositeLit* x = make<CompositeLit>(type ? type->pos : pos());
  x->typeExpr = type;
  NestGuard guard(*this);
  if (!guard.ok) return x;
  xnest_++;
  want(Tok::LBrace);
  x->rbrace = list("composite literal", Tok::Comma, Tok::RBrace, [&] {
    Expr* e = bareComplitExpr();
    if (tok() == Tok::Colon) {
      KeyValueExpr* kv = make<KeyValueExpr>(e->pos);
      next();
      kv->key = e;
      kv->value = bareComplitExpr();
      e = kv;
    }
    x->elts.push_back(e);
    return false;
  });
  xnest_--;
  return x;
}

std::vector<Expr*> Parser::exprList() {
  std::vector<Expr*> l{expr()};
  while (got(Tok::Comma)) l.push_back(expr());
  return l;
}

// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
std::vector<Expr*> Parser::argList(bool& hasDots, Pos& rparen) {
  std::vector<Expr*> l;
  xnest_++;
  rparen = list("argument list", Tok::Comma, Tok::RParen, [&] {
    l.push_back(expr());
    hasDots = got(Tok::Ellipsis);
    return hasDots;
  });
  xnest_--;
  return l;
}

BasicLit* Parser::oliteral() {
  switch (tok()) {
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String: {
      BasicLit* b = make<BasicLit>(pos());
      b->litKind = tok();
      b->raw = std::string(s_.lit);
      b->bad = s_.bad;
      next();
      return b;
    }
    default: return nullptr;
  }
}

// ---------------------------------------------------------------------------
// Types

Expr* Parser::type() {
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("expected type");
    advance({Tok::Comma, Tok::Colon, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
  }
  return t;
}

// typeOrNull is type() but returns nullptr, with no error, when there is no
// type.
Expr* Parser::typeOrNull() {
  NestGuard guard(*this);
  if (!guard.ok) return badExpr();
  Pos p = pos();
  switch (tok()) {
    case Tok::Mul: {
      next();
      StarExpr* t = make<StarExpr>(p);
      t->x = type();
      return t;
    }
    case Tok::Arrow: {
      next();
      want(Tok::Chan);
      ChanType* t = make<ChanType>(p);
      t->dir = ChanDir::Recv;
      t->value = chanElem();
      return t;
    }
    case Tok::Func: {
      next();
      FuncType* t = funcType();
      t->pos = p;
      return t;
    }
    case Tok::LBrack: {
      next();
      if (got(Tok::RBrack)) {
        ArrayType* t = make<ArrayType>(p);
        t->elem = type();
        return t;
      }
      return arrayType(p, nullptr);
    }
    case Tok::Chan: {
      next();
      ChanType* t = make<ChanType>(p);
      if (got(Tok::Arrow)) t->dir = ChanDir::Send;
      t->value = chanElem();
      return t;
    }
    case Tok::Map: {
      next();
      want(Tok::LBrack);
      MapType* t = make<MapType>(p);
      t->key = type();
      want(Tok::RBrack);
      t->value = type();
      return t;
    }
    case Tok::Struct: return structType();
    case Tok::Interface: return interfaceType();
    case Tok::Ident: return qualifiedName(nullptr);
    case Tok::LParen: {
      next();
      ParenExpr* t = make<ParenExpr>(p);
      t->x = type();
      want(Tok::RParen);
      return t;
    }
    default: return nullptr;
  }
}

// TypeName = identifier | PackageName "." identifier . An instantiation
// T[...] that may follow is reported and skipped.
Expr* Parser::qualifiedName(Ident* n) {
  Expr* x;
  if (n) {
    x = n;
  } else if (tok() == Tok::Ident) {
    x = name();
  } else {
    x = newIdent(pos(), "_");
    syntaxError("expected name");
    advance({Tok::Period, Tok::Semicolon, Tok::RBrace});
  }
  if (tok() == Tok::Period) {
    SelectorExpr* s = make<SelectorExpr>(x->pos);
    next();
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (tok() == Tok::LBrack) typeParamsUnsupported(pos());
  return x;
}

// Signature = Parameters [ Result ] . The "func" is already consumed; a
// type parameter list may precede the parameters (and is reported).
FuncType* Parser::funcType() {
  FuncType* t = make<FuncType>(pos());
  if (tok() == Tok::LBrack) typeParamsUnsupported(pos());
  Pos open = pos();
  want(Tok::LParen);
  t->params = paramList(Tok::RParen, open);
  t->results = funcResult();
  return t;
}

// Result = Parameters | Type .
FieldList* Parser::funcResult() {
  if (tok() == Tok::LParen) {
    Pos open = pos();
    next();
    return paramList(Tok::RParen, open);
  }
  Pos p = pos();
  if (Expr* t = typeOrNull()) {
    FieldList* fl = make<FieldList>(p);
    Field* f = make<Field>(p);
    f->type = t;
    fl->list.push_back(f);
    return fl;
  }
  return nullptr;
}

// arrayType parses the rest of [N]E after "["; len, if given, is N.
Expr* Parser::arrayType(Pos lbrack, Expr* len) {
  if (!len) {
    if (tok() == Tok::Ellipsis) {
      len = make<Ellipsis>(pos());
      next();
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (tok() == Tok::Comma) {
    syntaxError("unexpected comma; expected ]");
    next();
  }
  want(Tok::RBrack);
  ArrayType* t = make<ArrayType>(lbrack);
  t->len = len;
  t->elem = type();
  return t;
}

// arrayOrTypeArgs parses "[" ... "]" after a name, when it may be an array
// or slice type ([N]E, []E) or type arguments (T[A]). For type arguments it
// reports that generics are unsupported and returns nullptr.
Expr* Parser::arrayOrTypeArgs() {
  Pos lb = pos();
  want(Tok::LBrack);
  if (got(Tok::RBrack)) {
    ArrayType* t = make<ArrayType>(lb);
    t->elem = type();
    return t;
  }
  Expr* len;
  if (tok() == Tok::Ellipsis) {
    len = make<Ellipsis>(pos());
    next();
  } else {
    xnest_++;
    len = expr();
    xnest_--;
  }
  bool comma = false;
  while (got(Tok::Comma)) {
    comma = true;
    if (tok() == Tok::RBrack) break;
    type();
  }
  want(Tok::RBrack);
  if (!comma) {
    if (Expr* elem = typeOrNull()) {
      ArrayType* t = make<ArrayType>(lb);
      t->len = len;
      t->elem = elem;
      return t;
    }
  }
  errorAt(lb, std::string("syntax error: ") + kNoGenerics);
  return nullptr;
}

Expr* Parser::chanElem() {
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("missing channel element type");
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::structType() {
  StructType* t = make<StructType>(pos());
  want(Tok::Struct);
  t->fields = make<FieldList>(pos());
  want(Tok::LBrace);
  t->fields->closing = list("struct type", Tok::Semicolon, Tok::RBrace, [&] {
    fieldDecl(t->fields);
    return false;
  });
  return t;
}

// FieldDecl      = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField  = [ "*" ] TypeName .
void Parser::fieldDecl(FieldList* fields) {
  Pos p = pos();
  Field* f = make<Field>(p);
  auto tag = [&] {
    if (BasicLit* t = oliteral()) {
      if (t->litKind != Tok::String) {
        syntaxErrorAt(t->pos, "struct field tag must be a string");  // not gc's: gc accepts, types2 rejects
      } else if (!t->bad) {
        f->tag = unquoteString(t->raw).bytes;
      }
    }
  };
  switch (tok()) {
    case Tok::Ident: {
      Ident* n = name();
      if (tok() == Tok::Period || tok() == Tok::Semicolon || tok() == Tok::RBrace ||
          tok() == Tok::String || tok() == Tok::Int || tok() == Tok::Float ||
          tok() == Tok::Imag || tok() == Tok::Char) {
        f->type = qualifiedName(n);  // embedded type
        tag();
        break;
      }
      f->names = nameList(n);
      if (f->names.size() == 1 && tok() == Tok::LBrack) {
        // A field of array type, or an embedded instantiated type T[A].
        f->type = arrayOrTypeArgs();
        if (!f->type) {
          f->type = f->names[0];
          f->names.clear();
        }
      } else {
        f->type = type();
      }
      tag();
      break;
    }
    case Tok::Mul: {
      next();
      StarExpr* s = make<StarExpr>(p);
      if (tok() == Tok::LParen) {
        syntaxError("cannot parenthesize embedded type");
        next();
        s->x = qualifiedName(nullptr);
        got(Tok::RParen);
      } else {
        s->x = qualifiedName(nullptr);
      }
      f->type = s;
      tag();
      break;
    }
    case Tok::LParen: {
      syntaxError("cannot parenthesize embedded type");
      next();
      if (tok() == Tok::Mul) {
        StarExpr* s = make<StarExpr>(pos());
        next();
        s->x = qualifiedName(nullptr);
        f->type = s;
      } else {
        f->type = qualifiedName(nullptr);
      }
      got(Tok::RParen);
      tag();
      break;
    }
    default:
      syntaxError("expected field name or embedded type");
      advance({Tok::Semicolon, Tok::RBrace});
      return;
  }
  fields->list.push_back(f);
}

// InterfaceType = "interface" "{" { ( MethodSpec | InterfaceTypeName ) ";" } "}" .
InterfaceType* Parser::interfaceType() {
  InterfaceType* t = make<InterfaceType>(pos());
  want(Tok::Interface);
  t->methods = make<FieldList>(pos());
  want(Tok::LBrace);
  t->methods->closing = list("interface type", Tok::Semicolon, Tok::RBrace, [&] {
    Field* f = make<Field>(pos());
    if (tok() == Tok::Ident) {
      Ident* n = name();
      if (tok() == Tok::LParen) {
        f->names.push_back(n);
        f->type = funcType();
        f->type->pos = n->pos;
      } else if (tok() == Tok::LBrack) {
        // m[T any](...) or an instantiated embedded type: generic either way.
        typeParamsUnsupported(pos());
        if (tok() == Tok::LParen) {
          f->names.push_back(n);
          f->type = funcType();
        } else {
          f->type = n;
        }
      } else {
        f->type = qualifiedName(n);
      }
    } else {
      f->type = embeddedTerm();
    }
    // A union A | B is a type constraint.
    if (tok() == Tok::Or) {
      errorAt(pos(), std::string("syntax error: ") + kNoGenerics);
      while (got(Tok::Or)) embeddedTerm();
    }
    t->methods->list.push_back(f);
    return false;
  });
  return t;
}

// EmbeddedTerm = [ "~" ] Type . (~ only in constraints, so reported.)
Expr* Parser::embeddedTerm() {
  if (tok() == Tok::Tilde) {
    errorAt(pos(), std::string("syntax error: ") + kNoGenerics);
    next();
    return type();
  }
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("expected ~ term or type");
    advance({Tok::Or, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
  }
  return t;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type . Parsed one entry at a
// time: an entry is a name, a type, or a name and a type; paramList sorts
// out which names are really types.
Field* Parser::paramDeclOrNull(Tok close) {
  Pos p = pos();
  Field* f = make<Field>(p);
  if (tok() == Tok::Ident) {
    Ident* n = name();
    if (tok() == Tok::LBrack) {
      // name "[" ...: a name and an array or slice type, or an
      // instantiated type T[A].
      f->type = arrayOrTypeArgs();
      if (f->type)
        f->names.push_back(n);
      else
        f->type = n;
      return f;
    }
    if (tok() == Tok::Period) {
      f->type = qualifiedName(n);  // pkg.Type
      return f;
    }
    f->names.push_back(n);
  }
  if (tok() == Tok::Ellipsis) {
    Ellipsis* t = make<Ellipsis>(pos());
    next();
    t->elt = typeOrNull();
    if (!t->elt) {
      t->elt = badExpr();
      syntaxError("... is missing type");
    }
    f->type = t;
    return f;
  }
  f->type = typeOrNull();
  if (!f->names.empty() || f->type) return f;
  syntaxError("expected " + tokstring(close));
  advance({Tok::Comma, close});
  return nullptr;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" . The "(" is consumed; open
// is its position. Either every parameter has a name or none has; names of
// consecutive parameters sharing one type are grouped in one Field, as in
// go/ast.
FieldList* Parser::paramList(Tok close, Pos open) {
  FieldList* fl = make<FieldList>(open);
  std::vector<Field*> entries;
  int named = 0;  // entries with an explicit name and type
  xnest_++;
  fl->closing = list("parameter list", Tok::Comma, close, [&] {
    if (Field* par = paramDeclOrNull(close)) {
      if (!par->names.empty() && par->type) named++;
      entries.push_back(par);
    }
    return false;
  });
  xnest_--;
  if (entries.empty()) return fl;

  if (named == 0) {
    // All unnamed: the names found are type names.
    for (Field* par : entries) {
      if (!par->names.empty()) {
        par->type = par->names[0];
        par->names.clear();
      }
    }
    fl->list = std::move(entries);
    return fl;
  }
  if (named != int(entries.size())) {
    // Some named: all must have names and types. A name without a type
    // takes the type of the next entry to its right.
    Pos errPos;
    Expr* typ = nullptr;
    for (size_t i = entries.size(); i-- > 0;) {
      Field* par = entries[i];
      if (par->type) {
        typ = par->type;
        if (par->names.empty()) {
          errPos = typ->pos;
          par->names.push_back(newIdent(typ->pos, "_"));
        }
      } else if (typ) {
        par->type = typ;
      } else {
        // Only a name, with no type to its right.
        errPos = par->names[0]->pos;
        BadExpr* b = make<BadExpr>(errPos);
        par->type = b;
      }
    }
    if (errPos.valid()) syntaxErrorAt(errPos, "mixed named and unnamed parameters");
  }
  // Group runs of names sharing a type: (a, b int) is one Field.
  for (Field* par : entries) {
    if (!fl->list.empty() && fl->list.back()->type == par->type && !par->names.empty()) {
      fl->list.back()->names.push_back(par->names[0]);
    } else {
      fl->list.push_back(par);
    }
  }
  return fl;
}

// ---------------------------------------------------------------------------
// Statements

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
//              Assignment | ShortVarDecl . lhs, if not empty, is already
// parsed. keyword is For (a range clause is allowed), Switch (a type switch
// guard is allowed) or Illegal.
Stmt* Parser::simpleStmt(std::vector<Expr*> lhs, Tok keyword) {
  if (keyword == Tok::For && tok() == Tok::Range) return rangeClause({}, Tok::Illegal);
  if (lhs.empty()) lhs = exprList();

  if (lhs.size() == 1 && tok() != Tok::Assign && tok() != Tok::Define) {
    Pos p = pos();
    Tok t = tok();
    if (assignOpBase(t) != Tok::Illegal) {
      next();
      AssignStmt* s = make<AssignStmt>(lhs[0]->pos);
      s->lhs = std::move(lhs);
      s->tok = t;
      s->tokPos = p;
      s->rhs.push_back(expr());
      return s;
    }
    if (t == Tok::Inc || t == Tok::Dec) {
      next();
      IncDecStmt* s = make<IncDecStmt>(lhs[0]->pos);
      s->x = lhs[0];
      s->tok = t;
      s->tokPos = p;
      return s;
    }
    if (t == Tok::Arrow) {
      next();
      SendStmt* s = make<SendStmt>(lhs[0]->pos);
      s->chan = lhs[0];
      s->arrow = p;
      s->value = expr();
      return s;
    }
    ExprStmt* s = make<ExprStmt>(lhs[0]->pos);
    s->x = lhs[0];
    return s;
  }

  if (tok() == Tok::Assign || tok() == Tok::Define) {
    Pos p = pos();
    Tok t = tok();
    next();
    if (keyword == Tok::For && tok() == Tok::Range) return rangeClause(std::move(lhs), t);
    AssignStmt* s = make<AssignStmt>(lhs[0]->pos);
    s->lhs = std::move(lhs);
    s->tok = t;
    s->tokPos = p;
    s->rhs = exprList();
    if (keyword == Tok::Switch && t == Tok::Define && s->lhs.size() == 1 &&
        isa<Ident>(s->lhs[0]) && s->rhs.size() == 1 && isTypeGuard(s->rhs[0])) {
      okGuards_.insert(cast<TypeAssertExpr>(s->rhs[0]));
    }
    return s;
  }

  syntaxError("expected := or = or comma");
  advance({Tok::Semicolon, Tok::RBrace});
  ExprStmt* s = make<ExprStmt>(lhs[0]->pos);
  s->x = lhs[0];
  return s;
}

// RangeClause = [ ExpressionList ( "=" | ":=" ) ] "range" Expression . The
// "range" is current.
RangeStmt* Parser::rangeClause(std::vector<Expr*> lhs, Tok def) {
  RangeStmt* r = make<RangeStmt>(lhs.empty() ? pos() : lhs[0]->pos);
  next();  // range
  r->tok = def;
  if (lhs.size() > 2) errorAt(lhs[2]->pos, "range clause permits at most two iteration variables");
  if (lhs.size() > 0) r->key = lhs[0];
  if (lhs.size() > 1) r->value = lhs[1];
  r->x = expr();
  return r;
}

Stmt* Parser::labeledStmtOrNull(Ident* label) {
  LabeledStmt* s = make<LabeledStmt>(label->pos);
  Pos colon = pos();
  s->label = label;
  want(Tok::Colon);
  if (tok() == Tok::RBrace) {
    // A label before "}" labels an empty statement.
    EmptyStmt* e = make<EmptyStmt>(pos());
    e->implicit = true;
    s->stmt = e;
    return s;
  }
  s->stmt = stmtOrNull();
  if (s->stmt) return s;
  syntaxErrorAt(colon, "missing statement after label");
  return nullptr;
}

// context must be non-empty unless tok() == LBrace.
BlockStmt* Parser::blockStmt(const char* context) {
  BlockStmt* s = make<BlockStmt>(pos());
  if (!got(Tok::LBrace)) {
    syntaxError(std::string("expected { after ") + context);
    advance({Tok::Ident, Tok::RBrace});
    s->rbrace = pos();
    if (got(Tok::RBrace)) return s;
  }
  s->list = stmtList();
  s->rbrace = pos();
  want(Tok::RBrace);
  return s;
}

DeclStmt* Parser::declStmt() {
  DeclStmt* s = make<DeclStmt>(pos());
  Tok keyword = tok();
  next();
  switch (keyword) {
    case Tok::Const: {
      ValueSpec* last = nullptr;
      s->decl = appendGroup(keyword, [&](GenDecl*, int i) { return constSpec(i, last); });
      break;
    }
    case Tok::Type:
      s->decl = appendGroup(keyword, [&](GenDecl*, int) { return typeSpec(); });
      break;
    default:
      s->decl = appendGroup(keyword, [&](GenDecl*, int) { return varSpec(); });
      break;
  }
  s->decl->pos = s->pos;
  return s;
}

Stmt* Parser::forStmt() {
  Pos p = pos();
  Header h = header(Tok::For);
  if (auto* r = dyn_cast<RangeStmt>(h.init)) {
    r->pos = p;
    r->body = blockStmt("for clause");
    return r;
  }
  ForStmt* s = make<ForStmt>(p);
  s->init = h.init;
  s->cond = condExpr(h, Tok::For);
  s->post = h.post;
  s->body = blockStmt("for clause");
  return s;
}

// header parses the header of an if, for or switch, up to its "{".
Parser::Header Parser::header(Tok keyword) {
  Header h;
  want(keyword);
  if (tok() == Tok::LBrace) {
    if (keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      h.badCond = true;
    }
    return h;
  }

  int outer = xnest_;
  xnest_ = -1;

  if (tok() != Tok::Semicolon) {
    // Accept a var declaration, but complain.
    if (got(Tok::Var))
      syntaxError(fmt::format("var declaration not allowed in {} initializer", tokString(keyword)));
    h.init = simpleStmt({}, keyword);
    if (isa<RangeStmt>(h.init)) {
      xnest_ = outer;
      return h;
    }
  }

  if (tok() != Tok::LBrace) {
    if (tok() == Tok::Semicolon) {
      h.semiPos = pos();
      h.semiLit = s_.lit;
      next();
    } else {
      // Asking for "{" rather than ";" gives the better message.
      want(Tok::LBrace);
      if (tok() != Tok::LBrace) advance({Tok::LBrace, Tok::RBrace});
    }
    if (keyword == Tok::For) {
      if (tok() != Tok::Semicolon) {
        if (tok() == Tok::LBrace) {
          syntaxError("expected for loop condition");
          xnest_ = outer;
          return h;
        }
        h.cond = simpleStmt({}, Tok::Illegal);
      }
      want(Tok::Semicolon);
      if (tok() != Tok::LBrace) {
        h.post = simpleStmt({}, Tok::Illegal);
        if (auto* a = dyn_cast<AssignStmt>(h.post); a && a->tok == Tok::Define)
          syntaxErrorAt(a->tokPos, "cannot declare in post statement of for loop");
      }
    } else if (tok() != Tok::LBrace) {
      h.cond = simpleStmt({}, keyword);
    }
  } else {
    h.cond = h.init;
    h.init = nullptr;
  }
  xnest_ = outer;
  return h;
}

// condExpr unpacks the condition statement of an if or for header.
Expr* Parser::condExpr(Header& h, Tok keyword) {
  Stmt* s = h.cond;
  if (!s) {
    if (h.badCond) return badExpr();
    if (keyword == Tok::If && h.semiPos.valid()) {
      if (h.semiLit != "semicolon")
        syntaxErrorAt(h.semiPos, fmt::format("unexpected {}, expected {{ after if clause", h.semiLit));
      else
        syntaxErrorAt(h.semiPos, "missing condition in if statement");
      return make<BadExpr>(h.semiPos);
    }
    return nullptr;
  }
  if (auto* e = dyn_cast<ExprStmt>(s)) return e->x;
  // A common mistake is = for ==; say so plainly.
  std::string str;
  Pos at = s->pos;
  if (auto* a = dyn_cast<AssignStmt>(s)) {
    at = a->tokPos;
    if (a->tok == Tok::Assign)
      str = "assignment (" + listString(a->lhs) + ") = (" + listString(a->rhs) + ")";
    else
      str = listString(a->lhs) + " " + std::string(tokString(a->tok)) + " " + listString(a->rhs);
  } else if (auto* i = dyn_cast<IncDecStmt>(s)) {
    at = i->tokPos;
    str = exprString(i->x) + std::string(tokString(i->tok));
  } else if (auto* snd = dyn_cast<SendStmt>(s)) {
    at = snd->arrow;
    str = exprString(snd->chan) + " <- " + exprString(snd->value);
  }
  syntaxErrorAt(at, fmt::format("cannot use {} as value", str));
  return make<BadExpr>(s->pos);
}

IfStmt* Parser::ifStmt() {
  IfStmt* s = make<IfStmt>(pos());
  Header h = header(Tok::If);
  s->init = h.init;
  s->cond = condExpr(h, Tok::If);
  s->then = blockStmt("if clause");
  if (got(Tok::Else)) {
    switch (tok()) {
      case Tok::If: {
        // else-if chains recurse: each link is a level.
        NestGuard guard(*this);
        if (guard.ok) s->els = ifStmt();
        break;
      }
      case Tok::LBrace: s->els = blockStmt(""); break;
      default:
        syntaxError("else must be followed by if or statement block");
        advance({Tok::Ident, Tok::RBrace});
    }
  }
  return s;
}

Stmt* Parser::switchStmt() {
  Pos p = pos();
  Header h = header(Tok::Switch);

  // A type switch: x := y.(type) or y.(type) as the tag.
  Stmt* guardStmt = nullptr;
  if (auto* a = dyn_cast<AssignStmt>(h.cond); a && a->rhs.size() == 1 && isTypeGuard(a->rhs[0]) &&
                                              okGuards_.count(cast<TypeAssertExpr>(a->rhs[0]))) {
    guardStmt = a;
  } else if (auto* e = dyn_cast<ExprStmt>(h.cond); e && isTypeGuard(e->x)) {
    okGuards_.insert(cast<TypeAssertExpr>(e->x));
    guardStmt = e;
  }

  BlockStmt* body = make<BlockStmt>(pos());
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (tok() != Tok::Eof && tok() != Tok::RBrace) body->list.push_back(caseClause());
  body->rbrace = pos();
  want(Tok::RBrace);

  if (guardStmt) {
    TypeSwitchStmt* s = make<TypeSwitchStmt>(p);
    s->init = h.init;
    s->assign = guardStmt;
    s->body = body;
    return s;
  }
  SwitchStmt* s = make<SwitchStmt>(p);
  s->init = h.init;
  if (h.cond) s->tag = condExpr(h, Tok::Switch);
  s->body = body;
  return s;
}

SelectStmt* Parser::selectStmt() {
  SelectStmt* s = make<SelectStmt>(pos());
  want(Tok::Select);
  s->body = make<BlockStmt>(pos());
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (tok() != Tok::Eof && tok() != Tok::RBrace) s->body->list.push_back(commClause());
  s->body->rbrace = pos();
  want(Tok::RBrace);
  return s;
}

CaseClause* Parser::caseClause() {
  CaseClause* c = make<CaseClause>(pos());
  switch (tok()) {
    case Tok::Case:
      next();
      c->list = exprList();
      break;
    case Tok::Default:
      next();
      c->isDefault = true;
      break;
    default:
      syntaxError("expected case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

CommClause* Parser::commClause() {
  CommClause* c = make<CommClause>(pos());
  switch (tok()) {
    case Tok::Case:
      next();
      // The syntax allows only c <- x, <-c, v = <-c, v, ok := <-c...; the
      // checker rejects other simple statements.
      c->comm = simpleStmt({}, Tok::Illegal);
      break;
    case Tok::Default:
      next();
      break;
    default:
      syntaxError("expected case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

// stmtOrNull parses a statement if one is present, or returns nullptr.
Stmt* Parser::stmtOrNull() {
  NestGuard guard(*this);
  if (!guard.ok) return nullptr;

  Pos p = pos();
  // Most statements (assignments) start with an identifier.
  if (tok() == Tok::Ident) {
    std::vector<Expr*> lhs = exprList();
    if (lhs.size() == 1 && isa<Ident>(lhs[0]) && tok() == Tok::Colon)
      return labeledStmtOrNull(cast<Ident>(lhs[0]));
    return simpleStmt(std::move(lhs), Tok::Illegal);
  }

  switch (tok()) {
    case Tok::Var:
    case Tok::Const:
    case Tok::Type: return declStmt();
    case Tok::LBrace: return blockStmt("");
    case Tok::Add: case Tok::Sub: case Tok::Mul: case Tok::And: case Tok::Xor: case Tok::Not:
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
    case Tok::Func: case Tok::LParen: case Tok::LBrack: case Tok::Struct: case Tok::Map:
    case Tok::Chan: case Tok::Interface: case Tok::Arrow:
      return simpleStmt({}, Tok::Illegal);
    case Tok::For: return forStmt();
    case Tok::Switch: return switchStmt();
    case Tok::Select: return selectStmt();
    case Tok::If: return ifStmt();
    case Tok::Fallthrough: {
      BranchStmt* s = make<BranchStmt>(p);
      next();
      s->tok = Tok::Fallthrough;
      return s;
    }
    case Tok::Break:
    case Tok::Continue: {
      BranchStmt* s = make<BranchStmt>(p);
      s->tok = tok();
      next();
      if (tok() == Tok::Ident) s->label = name();
      return s;
    }
    case Tok::Go:
    case Tok::Defer: return callStmt();
    case Tok::Goto: {
      BranchStmt* s = make<BranchStmt>(p);
      s->tok = Tok::Goto;
      next();
      s->label = name();
      return s;
    }
    case Tok::Return: {
      ReturnStmt* s = make<ReturnStmt>(p);
      next();
      if (tok() != Tok::Semicolon && tok() != Tok::RBrace) s->results = exprList();
      return s;
    }
    case Tok::Semicolon: {
      EmptyStmt* s = make<EmptyStmt>(p);
      s->implicit = s_.lit != "semicolon";
      return s;
    }
    default: return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> l;
  while (tok() != Tok::Eof && tok() != Tok::RBrace && tok() != Tok::Case && tok() != Tok::Default) {
    Stmt* s = stmtOrNull();
    if (!s) break;
    l.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semicolon) && tok() != Tok::RBrace) {
      syntaxError("at end of statement");
      advance({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default});
      got(Tok::Semicolon);  // avoid a spurious empty statement
    }
  }
  return l;
}

// ---------------------------------------------------------------------------
// Names

Ident* Parser::name() {
  if (tok() == Tok::Ident) {
    Ident* n = newIdent(pos(), s_.lit);
    next();
    return n;
  }
  Ident* n = newIdent(pos(), "_");
  syntaxError("expected name");
  advance({});
  return n;
}

std::vector<Ident*> Parser::nameList(Ident* first) {
  std::vector<Ident*> l{first};
  while (got(Tok::Comma)) l.push_back(name());
  return l;
}

}  // namespace

File* parseFile(Ast& ast, const std::string& filename, std::string_view src, Diagnostics& diags) {
  Parser p(ast, filename, src, diags);
  return p.parseFile();
}

}  // namespace gorun::frontend
