// The syntax tree, after Go's go/ast, plus the slots the checker fills in.
//
// Ownership: every node is allocated by an Ast arena (Ast::make) and lives as
// long as it; nodes refer to each other by plain pointers. A node's `kind`
// tells its dynamic type; use isa/cast/dyn_cast below (LLVM style).
//
// The checker annotates the tree in place instead of building a second one:
//   - every Expr gets `type` (the type after the checker is done with it:
//     untyped constants carry the type they were converted to, or their
//     default type), `mode`, and for constants `constant`;
//   - every Ident gets `obj` (the object it denotes or declares);
//   - FuncLit gets `captures` (the outer variables it refers to);
//   - conversions and builtin calls are marked on CallExpr.
// Lowering reads only these annotations, never re-derives types.
#pragma once

#include "frontend/token.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gorun::frontend {

struct Type;
struct Object;
struct Var;
struct Constant;

enum class NodeKind : uint8_t {
  // Expressions.
  BadExpr,
  Ident,
  BasicLit,
  CompositeLit,
  KeyValueExpr,
  FuncLit,
  ParenExpr,
  SelectorExpr,
  IndexExpr,
  SliceExpr,
  TypeAssertExpr,
  CallExpr,
  StarExpr,
  UnaryExpr,
  BinaryExpr,
  Ellipsis,  // ...T in a parameter list, or [...]T's length
  // Type expressions.
  ArrayType,  // [N]T, [...]T, and []T (len == nullptr)
  StructType,
  FuncType,
  InterfaceType,
  MapType,
  ChanType,
  // Statements.
  BadStmt,
  DeclStmt,
  EmptyStmt,
  LabeledStmt,
  ExprStmt,
  SendStmt,
  IncDecStmt,
  AssignStmt,
  GoStmt,
  DeferStmt,
  ReturnStmt,
  BranchStmt,
  BlockStmt,
  IfStmt,
  CaseClause,
  SwitchStmt,
  TypeSwitchStmt,
  CommClause,
  SelectStmt,
  ForStmt,
  RangeStmt,
  // Declarations and specs.
  ImportSpec,
  ValueSpec,
  TypeSpec,
  GenDecl,
  FuncDecl,
  // Other.
  Field,
  FieldList,
  File,
};

struct Node {
  NodeKind kind;
  Pos pos;  // position of the node's first token
  explicit Node(NodeKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Node() = default;
};

template <class T> bool isa(const Node* n) { return n && T::classof(n); }
template <class T> T* cast(Node* n) { return static_cast<T*>(n); }
template <class T> const T* cast(const Node* n) { return static_cast<const T*>(n); }
template <class T> T* dyn_cast(Node* n) { return isa<T>(n) ? static_cast<T*>(n) : nullptr; }
template <class T> const T* dyn_cast(const Node* n) {
  return isa<T>(n) ? static_cast<const T*>(n) : nullptr;
}

#define GORUN_NODE(Name, Base)                                            \
  static bool classof(const Node* n) { return n->kind == NodeKind::Name; } \
  explicit Name(Pos p) : Base(NodeKind::Name, p) {}

// ---------------------------------------------------------------------------
// Expressions

// How the checker classified an expression (go/types' operand modes).
enum class Mode : uint8_t {
  Invalid,   // erroneous; errors already reported
  NoValue,   // call of a function without results
  Builtin,   // a builtin function name (len, append...), only as a callee
  TypeExpr,  // the expression denotes a type
  Constant,  // a compile-time constant; Expr::constant holds the value
  Variable,  // addressable value
  MapIndex,  // m[k]: assignable, not addressable
  Value,     // any other value
  CommaOk,   // value that may be used in a 2-value assignment (v, ok)
  Package,   // a package name, only as the X of a selector
};

struct Expr : Node {
  using Node::Node;
  static bool classof(const Node* n) { return n->kind <= NodeKind::ChanType; }
  // Filled in by the checker.
  Type* type = nullptr;
  Mode mode = Mode::Invalid;
  std::shared_ptr<const Constant> constant;  // set iff mode == Constant
};

struct BadExpr : Expr { GORUN_NODE(BadExpr, Expr) };

struct Ident : Expr {
  GORUN_NODE(Ident, Expr)
  std::string name;
  Object* obj = nullptr;  // checker: the object denoted or declared
};

struct BasicLit : Expr {
  GORUN_NODE(BasicLit, Expr)
  Tok litKind = Tok::Int;  // Int, Float, Imag, Char or String
  std::string raw;         // the literal exactly as written
  bool bad = false;        // parser: malformed; the scanner reported it already
};

struct CompositeLit : Expr {
  GORUN_NODE(CompositeLit, Expr)
  Expr* typeExpr = nullptr;  // nullptr when elided inside an outer literal
  std::vector<Expr*> elts;   // KeyValueExpr or plain values
  Pos rbrace;
};

struct KeyValueExpr : Expr {
  GORUN_NODE(KeyValueExpr, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

struct FuncType;
struct BlockStmt;

struct FuncLit : Expr {
  GORUN_NODE(FuncLit, Expr)
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;
  std::vector<Var*> captures;  // checker: free variables, in first-use order
  std::string name;            // checker: Go's name, e.g. "main.main.func1"
};

struct ParenExpr : Expr {
  GORUN_NODE(ParenExpr, Expr)
  Expr* x = nullptr;
};

// What a selector x.sel turned out to be (checker).
enum class SelKind : uint8_t {
  Unresolved,
  Qualified,   // pkg.Name: sel->obj is the package member
  Field,       // struct field, possibly promoted through `path`
  Method,      // method value x.M (bound), possibly promoted
  MethodExpr,  // T.M or (*T).M: a function with the receiver first
};

struct SelectorExpr : Expr {
  GORUN_NODE(SelectorExpr, Expr)
  Expr* x = nullptr;
  Ident* sel = nullptr;
  // Checker: for Field/Method, the field indices walked from x's type
  // (through embedded fields, implicitly dereferencing pointers); the last
  // index is the field itself for Field. For Method, sel->obj is the Func.
  SelKind selKind = SelKind::Unresolved;
  std::vector<int> path;
};

struct IndexExpr : Expr {
  GORUN_NODE(IndexExpr, Expr)
  Expr* x = nullptr;
  Expr* index = nullptr;
  Pos rbrack;
};

struct SliceExpr : Expr {
  GORUN_NODE(SliceExpr, Expr)
  Expr* x = nullptr;
  Expr* lo = nullptr;  // each may be nullptr
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
};

struct TypeAssertExpr : Expr {
  GORUN_NODE(TypeAssertExpr, Expr)
  Expr* x = nullptr;
  Expr* typeExpr = nullptr;  // nullptr for x.(type)
};

// What a call turned out to be (checker).
enum class CallKind : uint8_t {
  Unresolved,
  Call,        // an ordinary function, method or func-value call
  Conversion,  // T(x): fun denotes a type
  Builtin,     // len, cap, append, make, new, panic, print... (builtin set)
};

struct CallExpr : Expr {
  GORUN_NODE(CallExpr, Expr)
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasEllipsis = false;  // f(s...)
  Pos lparen, rparen;
  CallKind callKind = CallKind::Unresolved;  // checker
  int builtin = -1;                          // checker: Builtin id when Builtin
};

struct StarExpr : Expr {
  GORUN_NODE(StarExpr, Expr)
  Expr* x = nullptr;
};

struct UnaryExpr : Expr {
  GORUN_NODE(UnaryExpr, Expr)
  Tok op = Tok::Illegal;  // Add Sub Not Xor Mul(never: StarExpr) And Arrow
  Expr* x = nullptr;
};

struct BinaryExpr : Expr {
  GORUN_NODE(BinaryExpr, Expr)
  Tok op = Tok::Illegal;
  Pos opPos;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

struct Ellipsis : Expr {
  GORUN_NODE(Ellipsis, Expr)
  Expr* elt = nullptr;  // nullptr in [...]T
};

struct ArrayType : Expr {
  GORUN_NODE(ArrayType, Expr)
  Expr* len = nullptr;  // nullptr: slice type; Ellipsis: [...]T
  Expr* elem = nullptr;
};

struct FieldList;

struct StructType : Expr {
  GORUN_NODE(StructType, Expr)
  FieldList* fields = nullptr;
};

struct FuncType : Expr {
  GORUN_NODE(FuncType, Expr)
  FieldList* params = nullptr;   // never nullptr
  FieldList* results = nullptr;  // may be nullptr
};

struct InterfaceType : Expr {
  GORUN_NODE(InterfaceType, Expr)
  // Methods have names and a FuncType; embedded interfaces have no names.
  FieldList* methods = nullptr;
};

struct MapType : Expr {
  GORUN_NODE(MapType, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  GORUN_NODE(ChanType, Expr)
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
};

// ---------------------------------------------------------------------------
// Fields

struct Field : Node {
  GORUN_NODE(Field, Node)
  std::vector<Ident*> names;  // empty: anonymous parameter or embedded field
  Expr* type = nullptr;
  std::string tag;  // struct tag, already unquoted; empty if none
};

struct FieldList : Node {
  GORUN_NODE(FieldList, Node)
  std::vector<Field*> list;
  Pos closing;
  // Number of names (or of types, for anonymous entries).
  size_t numFields() const {
    size_t n = 0;
    for (auto* f : list) n += f->names.empty() ? 1 : f->names.size();
    return n;
  }
};

// ---------------------------------------------------------------------------
// Statements

struct Stmt : Node {
  using Node::Node;
  static bool classof(const Node* n) {
    return n->kind >= NodeKind::BadStmt && n->kind <= NodeKind::RangeStmt;
  }
};

struct BadStmt : Stmt { GORUN_NODE(BadStmt, Stmt) };

struct GenDecl;

struct DeclStmt : Stmt {
  GORUN_NODE(DeclStmt, Stmt)
  GenDecl* decl = nullptr;
};

// An empty statement; `implicit` when the semicolon was inserted.
struct EmptyStmt : Stmt {
  GORUN_NODE(EmptyStmt, Stmt)
  bool implicit = false;
};

struct LabeledStmt : Stmt {
  GORUN_NODE(LabeledStmt, Stmt)
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt {
  GORUN_NODE(ExprStmt, Stmt)
  Expr* x = nullptr;
};

struct SendStmt : Stmt {
  GORUN_NODE(SendStmt, Stmt)
  Expr* chan = nullptr;
  Expr* value = nullptr;
  Pos arrow;  // parser: position of <- (where gc reports)
};

struct IncDecStmt : Stmt {
  GORUN_NODE(IncDecStmt, Stmt)
  Expr* x = nullptr;
  Tok tok = Tok::Inc;  // Inc or Dec
  Pos tokPos;          // parser: position of ++ or -- (where gc reports)
};

struct AssignStmt : Stmt {
  GORUN_NODE(AssignStmt, Stmt)
  std::vector<Expr*> lhs;
  Tok tok = Tok::Assign;  // Assign, Define, or an op-assign (AddAssign...)
  Pos tokPos;
  std::vector<Expr*> rhs;
};

struct GoStmt : Stmt {
  GORUN_NODE(GoStmt, Stmt)
  CallExpr* call = nullptr;
};

struct DeferStmt : Stmt {
  GORUN_NODE(DeferStmt, Stmt)
  CallExpr* call = nullptr;
};

struct ReturnStmt : Stmt {
  GORUN_NODE(ReturnStmt, Stmt)
  std::vector<Expr*> results;
};

struct BranchStmt : Stmt {
  GORUN_NODE(BranchStmt, Stmt)
  Tok tok = Tok::Break;  // Break, Continue, Goto, Fallthrough
  Ident* label = nullptr;
  Stmt* target = nullptr;  // checker: the statement broken/continued/jumped to
};

struct BlockStmt : Stmt {
  GORUN_NODE(BlockStmt, Stmt)
  std::vector<Stmt*> list;
  Pos rbrace;
};

struct IfStmt : Stmt {
  GORUN_NODE(IfStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* els = nullptr;  // nullptr, IfStmt or BlockStmt
};

struct CaseClause : Stmt {
  GORUN_NODE(CaseClause, Stmt)
  std::vector<Expr*> list;  // empty for default
  bool isDefault = false;
  std::vector<Stmt*> body;
  Pos colon;
  // Checker, type switches only: the clause's implicitly declared variable
  // (x := y.(type)), typed per clause; nullptr when none.
  Var* implicitVar = nullptr;
};

struct SwitchStmt : Stmt {
  GORUN_NODE(SwitchStmt, Stmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // nullptr: switch true
  BlockStmt* body = nullptr;  // list of CaseClause
};

struct TypeSwitchStmt : Stmt {
  GORUN_NODE(TypeSwitchStmt, Stmt)
  Stmt* init = nullptr;
  Stmt* assign = nullptr;  // `x := y.(type)` (AssignStmt) or `y.(type)` (ExprStmt)
  BlockStmt* body = nullptr;  // list of CaseClause
};

struct CommClause : Stmt {
  GORUN_NODE(CommClause, Stmt)
  Stmt* comm = nullptr;  // SendStmt, ExprStmt(<-c), AssignStmt(v[, ok] = <-c); nullptr: default
  std::vector<Stmt*> body;
  Pos colon;
};

struct SelectStmt : Stmt {
  GORUN_NODE(SelectStmt, Stmt)
  BlockStmt* body = nullptr;  // list of CommClause
};

struct ForStmt : Stmt {
  GORUN_NODE(ForStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  // Checker: variables declared by init that the body's closures capture;
  // lowering gives each iteration its own copy (Go 1.22 semantics).
  std::vector<Var*> perIterationVars;
};

struct RangeStmt : Stmt {
  GORUN_NODE(RangeStmt, Stmt)
  Expr* key = nullptr;    // may be nullptr
  Expr* value = nullptr;  // may be nullptr
  Tok tok = Tok::Illegal;  // Define, Assign, or Illegal for `for range x`
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
};

// ---------------------------------------------------------------------------
// Declarations

struct ImportSpec : Node {
  GORUN_NODE(ImportSpec, Node)
  Ident* name = nullptr;  // nullptr, "_", "." or a rename
  std::string path;       // unquoted import path
  Pos pathPos;
  bool used = false;      // checker
};

struct ValueSpec : Node {
  GORUN_NODE(ValueSpec, Node)
  std::vector<Ident*> names;
  Expr* type = nullptr;  // may be nullptr
  std::vector<Expr*> values;
  int iota = 0;  // index of this spec within its const group
  // Parser: for a const spec without values, the spec whose type and values
  // it repeats (Go's implicit repetition of the previous expression list).
  ValueSpec* implicitFrom = nullptr;
};

struct TypeSpec : Node {
  GORUN_NODE(TypeSpec, Node)
  Ident* name = nullptr;
  bool alias = false;  // type A = B
  Expr* type = nullptr;
};

struct GenDecl : Node {
  GORUN_NODE(GenDecl, Node)
  Tok tok = Tok::Var;  // Import, Const, Type, Var
  std::vector<Node*> specs;
};

struct FuncDecl : Node {
  GORUN_NODE(FuncDecl, Node)
  FieldList* recv = nullptr;  // nullptr for functions
  Ident* name = nullptr;
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;  // nullptr: implemented natively (stdlib only)
  bool noinline = false;      // preceded by //go:noinline
};

struct File : Node {
  GORUN_NODE(File, Node)
  std::string filename;  // as given on the command line, used in diagnostics
  // Generated lines before the source proper (a REPL input's header):
  // tracebacks number lines from the first line after them.
  uint32_t headerLines = 0;
  Ident* packageName = nullptr;
  std::vector<ImportSpec*> imports;
  std::vector<Node*> decls;  // GenDecl or FuncDecl
};

#undef GORUN_NODE

// The arena that owns a tree's nodes.
class Ast {
 public:
  template <class T> T* make(Pos p) {
    auto n = std::make_unique<T>(p);
    T* raw = n.get();
    nodes_.push_back(std::move(n));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

}  // namespace gorun::frontend
