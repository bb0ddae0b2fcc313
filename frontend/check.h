// The checker's internal state, shared by the check_*.cpp files.
//
// The checker follows go/types: package-level objects are collected first
// and then type-checked lazily, in source order, each on first use
// (objDecl), with a colour per object to detect invalid cycles; function
// bodies are checked after all package-level declarations, which is when
// the dependencies that fix the package's variable initialisation order
// are complete.
//
// Untyped values: an expression whose type is untyped (a constant, or a
// comparison, or a shift of an untyped constant) keeps the untyped type
// until the context fixes it: assignment to a typed variable, an operand
// of a binary operation with a typed operand, or default typing (`x := 1`).
// convertUntyped() then rewrites Expr::type, recursively for non-constant
// untyped trees, so that lowering always sees typed expressions.
#pragma once

#include "frontend/checker.h"
#include "frontend/constant.h"

#include <set>
#include <unordered_map>
#include <unordered_set>

namespace gorun::frontend {

// How a package-level object was declared.
struct DeclInfo {
  File* file = nullptr;
  ValueSpec* vspec = nullptr;     // const or var
  TypeSpec* tspec = nullptr;
  FuncDecl* fdecl = nullptr;
  int index = 0;                  // position of the name within vspec
  int order = 0;                  // source order
  enum Color { White, Grey, Black } color = White;
  // Package-level objects this one refers to (for variable init order).
  std::set<Object*> deps;
};

// Per-function checking context (functions and function literals).
struct FuncCtx {
  Signature* sig = nullptr;
  FuncCtx* outer = nullptr;
  FuncLit* lit = nullptr;  // nullptr for a declared function
  std::string name;        // Go's name of this function, for closures' names
  int closureCount = 0;
  int depth = 0;           // nesting depth of function literals
  Object* declObj = nullptr;  // the package-level object whose body this is
  bool hasNamedResults = false;
};

// Where break/continue/fallthrough may go.
struct BranchCtx {
  Stmt* breakTarget = nullptr;     // innermost for/switch/select
  Stmt* continueTarget = nullptr;  // innermost for
  bool fallthroughOk = false;
  bool inFinalCase = false;
};

// Whether the operands of a binary operation or switch case may be brought
// to a common type (types2's canMix): an untyped operand of another kind
// (a string with 1, a string with nil) keeps its type, so that the error is
// "mismatched types", not a failed conversion.
bool canMix(Expr* x, Expr* y);

class Checker {
 public:
  Checker(TypeContext& ctx, Diagnostics& diags, const Importer& importer)
      : ctx_(ctx), diags_(diags), importer_(importer) {}
  Package* checkPackage(const std::string& path, const std::vector<File*>& files);

  // --- diagnostics (check_util.cpp)
  void error(Pos pos, std::string msg);
  std::string exprString(Expr* e);
  std::string operandString(Expr* e);
  std::string typeStr(Type* t) { return typeString(t, pkg_->path); }

  // --- declarations (check_decl.cpp)
  void collectObjects();
  void declare(Scope* s, Ident* id, Object* obj);
  void objDecl(Object* obj);
  void constDecl(Const* obj, DeclInfo& d);
  void varDecl(Var* obj, DeclInfo& d);
  void typeDecl(TypeName* obj, DeclInfo& d);
  void validType(Named* n);
  void funcDecl(Func* obj, DeclInfo& d);
  void collectMethod(FuncDecl* fd, File* f);
  void replExtend(Named* named);
  void funcBody(FuncCtx& fc, Scope* scope, BlockStmt* body, Signature* sig);
  void localDecl(GenDecl* gd);
  void computeInitOrder();
  void checkUnusedImports();

  // --- types (check_typexpr.cpp)
  Type* typExpr(Expr* e);
  Type* typExprOrNil(Expr* e);  // nullptr without error when e is not a type
  Signature* funcType(FuncType* ft, FieldList* recv, Scope* scope);
  Interface* interfaceType(InterfaceType* it);
  void completeInterface(Interface* it, const std::vector<Pos>& embedPos);
  int64_t arrayLength(Expr* e);

  // --- expressions (check_expr.cpp)
  void expr(Expr* e, Type* hint = nullptr);        // single value required
  void rawExpr(Expr* e, Type* hint);               // may be NoValue, type, multi-value
  void singleValue(Expr* e);                       // after rawExpr: require one value
  void exprOrType(Expr* e);
  void ident(Ident* id, bool wantType);
  void basicLit(BasicLit* e);
  void compositeLit(CompositeLit* e, Type* hint);
  void funcLit(FuncLit* e);
  void selector(SelectorExpr* e);
  void indexExpr(IndexExpr* e);
  void sliceExpr(SliceExpr* e);
  void unary(UnaryExpr* e);
  void binary(BinaryExpr* e);
  void shift(BinaryExpr* e);
  void comparison(BinaryExpr* e);
  std::string incomparableCause(Type* t);
  bool index(Expr* idx, int64_t length, int64_t* constVal);
  void markEscapes(Expr* e);
  void useVar(Var* v, Pos pos);

  // --- calls (check_call.cpp)
  void call(CallExpr* e);
  void conversion(CallExpr* e, Type* t);
  void builtin(CallExpr* e, BuiltinId id);
  void arguments(CallExpr* e, Signature* sig, const std::vector<Expr*>& args);

  // --- assignability and untyped values (check_assign.cpp)
  Type* defaultType(Type* t);
  bool convertUntyped(Expr* e, Type* target);  // reports the error itself
  void setUntypedType(Expr* e, Type* t);
  bool assignableTo(Expr* e, Type* t, std::string* reason);
  bool assignment(Expr* e, Type* t, const std::string& context);
  bool implements(Type* v, Interface* it, std::string* missing);
  bool lookupFieldOrMethod(Type* t, const std::string& name, std::vector<int>* path,
                           Object** found, bool* indirect, bool* ambiguous = nullptr);
  Func* lookupMethod(Type* t, const std::string& name, bool* ptrRecv);
  bool representableConst(Expr* e, Type* t, const std::string& context);
  void assignVar(Expr* lhs, Expr* rhs, Type* rhsType);
  Type* lhsVar(Expr* lhs);
  void assignStmt(AssignStmt* s);
  void shortVarDecl(AssignStmt* s);
  void initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                const std::string& context);
  void assignError(const std::vector<Expr*>& rhs, size_t l, size_t r, Pos pos, bool returnStmt = false);

  // --- statements (check_stmt.cpp)
  void stmtList(const std::vector<Stmt*>& list, BranchCtx bc);
  void stmt(Stmt* s, BranchCtx bc);
  void openScope();
  void closeScope();
  bool isTerminating(Stmt* s, const std::string& label);
  bool hasBreak(Stmt* body, Stmt* target);
  void labels(BlockStmt* body);
  void gotoChecks(BlockStmt* body);
  void rangeStmt(RangeStmt* s, BranchCtx bc);
  void switchStmt(SwitchStmt* s, BranchCtx bc);
  void typeSwitchStmt(TypeSwitchStmt* s, BranchCtx bc);
  void selectStmt(SelectStmt* s, BranchCtx bc);
  void returnStmt(ReturnStmt* s);
  void forStmt(ForStmt* s, BranchCtx bc);

  TypeContext& ctx_;
  Diagnostics& diags_;
  const Importer& importer_;
  Package* pkg_ = nullptr;
  File* file_ = nullptr;  // file being checked
  Scope* scope_ = nullptr;  // innermost scope
  FuncCtx* func_ = nullptr;
  std::unordered_map<Object*, DeclInfo> decls_;
  std::vector<Object*> objList_;  // package-level objects in source order
  std::unordered_map<File*, Scope*> fileScopes_;
  std::unordered_map<Var*, int> varDepth_;   // function nesting depth of locals
  std::vector<Var*> locals_;                 // for "declared and not used"
  Object* curDecl_ = nullptr;                // package-level object being checked
  int iota_ = -1;                            // inside a const decl
  std::unordered_map<std::string, std::vector<Func*>> pendingMethods_;
  std::unordered_map<std::string, Label*>* labels_ = nullptr;
  std::vector<std::pair<std::string, Stmt*>> enclosingLabels_;  // labelled statements being checked
  std::vector<std::pair<FuncDecl*, File*>> methodDecls_;  // methods, collected
  std::vector<std::pair<FuncDecl*, File*>> bodies_;       // bodies, checked last

  // --- REPL mode (checker.h, ReplOptions); null/empty for a program.
  const ReplOptions* repl_ = nullptr;
  std::vector<Var*> replVars_;  // top-level variables of the input's statements
  // A variable just declared by a statement: at the top level of a REPL
  // input's statements it becomes package-level (true: the caller must not
  // treat it as a local).
  bool replGlobal(Var* v);
};

}  // namespace gorun::frontend
