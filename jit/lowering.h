// Lowering: the checked AST of one package becomes one llvm::Module.
//
// The lowering never re-derives types: it reads the checker's annotations
// (Expr::type/mode/constant, Ident::obj, SelectorExpr::path, CallExpr
// callKind/builtin, FuncLit captures, BranchStmt target, ForStmt
// perIterationVars) and turns each construct into IR with an IRBuilder. Only
// IRBuilder-level headers are used here; the ORC machinery lives in
// session.cpp alone because its headers are expensive to compile.
//
// Value model.
//   - Every Go value has a *memory type* (its layout in memory, Go's amd64
//     layout: bool is i8, structs and arrays are LLVM aggregates of memory
//     types) and a *value type* (what an SSA value of it is): the same except
//     that a scalar bool is i1. loadValue/storeValue/extractMem/insertMem
//     convert at the boundary, so no other code thinks about bools.
//   - Every local variable has storage: an alloca in the entry block, or,
//     when the checker says it escapes (Var::escapes), a cell from
//     runtime.mallocgc whose pointer is kept in an alloca "slot". The slot
//     indirection lets one declaration site produce a fresh cell each time it
//     runs (a variable declared in a loop body, Go 1.22's per-iteration loop
//     variables) and lets a closure body find captured cells in its context.
//   - Expressions are lowered to SSA values (expr), to addresses when
//     addressable (addr), or built in place in fresh memory (composite
//     literals, buildInto) so that large aggregates rarely travel as SSA.
//
// Go ABI of compiled functions (see DESIGN.md): (ptr ctx, [receiver], params
// as value types...) returning void, the single result, or a literal struct
// of the results. A func value is a pointer to a closure object whose first
// word is the code pointer; the callee receives that pointer as ctx.
//
// Failure. A construct of a later milestone, or a lowering bug, records an
// error (the first one wins, with its position) and lowering continues with
// poison values until the current statement ends; lowerPackage then returns
// the error instead of a module. Nothing here aborts the process.
#pragma once

#include "frontend/ast.h"
#include "frontend/constant.h"
#include "frontend/types.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/StringMap.h>
#include <llvm/ADT/StringSet.h>
#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/DataLayout.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/Error.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gorun::jit {

namespace fe = gorun::frontend;

// Where a variable lives. For heap variables `slot` holds the cell pointer.
struct VarStorage {
  llvm::Value* slot = nullptr;
  bool heap = false;
};

// Blocks a break or continue of a statement jumps to.
struct BranchTargets {
  llvm::BasicBlock* breakBB = nullptr;
  llvm::BasicBlock* continueBB = nullptr;  // loops only
};

// Per-function lowering state; FuncLits push a fresh one.
struct FuncState {
  llvm::Function* fn = nullptr;
  fe::Signature* sig = nullptr;
  llvm::BasicBlock* entry = nullptr;       // holds every alloca
  llvm::Instruction* allocaPoint = nullptr;  // allocas are inserted before it
  llvm::DenseMap<const fe::Var*, VarStorage> vars;
  std::vector<fe::Var*> namedResults;  // empty when results are unnamed
  llvm::DenseMap<const fe::Node*, BranchTargets> targets;
  llvm::StringMap<llvm::BasicBlock*> labels;  // goto targets, by label name
  std::vector<const fe::Node*> breakables;  // innermost last (loops, switches)
  std::vector<const fe::Node*> loops;       // innermost last
  // The variables declared in each block being lowered, innermost last
  // (stmtList, killScope).
  std::vector<std::vector<fe::Var*>> scopes;
  llvm::AllocaInst* mapOperand = nullptr;  // maps.cpp, mapAssignSlot
  llvm::BasicBlock* fallthroughBB = nullptr;
  const fe::LabeledStmt* pendingLabel = nullptr;  // label of the next statement
  // defer.cpp: the frame token when the body has defer statements, the
  // hidden result slots of unnamed results, the number of thunks made.
  llvm::Value* deferFrame = nullptr;
  std::vector<llvm::AllocaInst*> resultSlots;
  int deferThunks = 0;
};

// A value reached while walking a selector path: either the address of a Go
// value (Addr), a pointer value to one that must be nil-checked before use
// (Ptr; `type` is the pointer type), or an SSA value (Val).
struct Place {
  enum Form { Addr, Ptr, Val } form = Val;
  llvm::Value* v = nullptr;
  fe::Type* type = nullptr;
};

// What a traceback shows for a function besides its name (runtime
// FuncInfo): the file Go would print, the declaration line, and whether
// Go prints "f(...)" or "f()".
// One method of a method set (methods.cpp): the declared method (or the
// method of an embedded interface field) and the embedded-field path from
// the receiver type to the type that has it.
struct MethodEntry {
  std::string name;
  fe::Func* func = nullptr;
  std::vector<int> path;
};

struct FuncMeta {
  std::string file;
  int32_t line = 0;
  bool hasParams = false;
  std::string name;  // the Go name, when not the link name's (traceback.cpp hides runtime.*)
};
using FuncMetaTable = std::map<std::string, FuncMeta>;

class Lowering {
 public:
  Lowering(fe::TypeContext& tc, llvm::LLVMContext& ctx, const llvm::DataLayout& dl,
           const std::string& triple);
  ~Lowering();

  // Lowers the functions, native wrappers and variables of `pkg` and its
  // initialiser "<path>.init". The module is verified. needed null: every
  // function. Otherwise only what the program may reach: the functions
  // whose link names are in *needed (what the packages importing pkg
  // refer to), the init functions, and what those refer to, transitively.
  llvm::Expected<std::unique_ptr<llvm::Module>> lowerPackage(
      fe::Package* pkg, const llvm::StringSet<>* needed = nullptr);

  // The module defining "gorun.entry": calls each package's "<path>.init" in
  // order, then main.main.
  llvm::Expected<std::unique_ptr<llvm::Module>> lowerEntry(
      const std::vector<fe::Package*>& pkgs);

  // --- lower_types.cpp
  llvm::Type* memType(fe::Type* t);
  llvm::Type* valType(fe::Type* t);
  llvm::FunctionType* funcType(fe::Signature* sig);
  llvm::Type* resultType(fe::Signature* sig);
  uint64_t sizeOf(fe::Type* t);
  llvm::Align alignOf(fe::Type* t);
  llvm::Value* toMem(fe::Type* t, llvm::Value* v);    // i1 -> i8 for bools
  llvm::Value* fromMem(fe::Type* t, llvm::Value* v);  // i8 -> i1 for bools
  llvm::Value* loadValue(fe::Type* t, llvm::Value* ptr);
  void storeValue(fe::Type* t, llvm::Value* v, llvm::Value* ptr);
  llvm::Value* zeroValue(fe::Type* t);
  void zeroMem(fe::Type* t, llvm::Value* ptr);
  void copyMem(fe::Type* t, llvm::Value* dst, llvm::Value* src);
  fe::Type* structOf(const std::vector<fe::Type*>& fields);  // synthetic struct

  // --- typedesc.cpp
  llvm::Constant* typeDesc(fe::Type* t);
  llvm::Constant* stringConst(llvm::StringRef s);

  // --- gcdata.cpp: the collector's pointer mask of t (GoType's ptrdata and
  // gcdata): *ptrdata bytes hold pointers, the constant has a bit per word.
  llvm::Constant* gcData(fe::Type* t, uint64_t* ptrdata);
  // Sets the bits of t's pointer words, t at byte offset off.
  void ptrWords(fe::Type* t, uint64_t off, std::vector<uint8_t>& bits);

  // --- runtime_call.cpp
  llvm::FunctionCallee runtimeFunc(llvm::StringRef name);
  llvm::CallInst* callRuntime(llvm::StringRef name, llvm::ArrayRef<llvm::Value*> args);
  // Calls a noreturn runtime function and continues in a fresh dead block.
  void panicRuntime(llvm::StringRef name, llvm::ArrayRef<llvm::Value*> args);
  llvm::Value* mallocgc(fe::Type* t);  // one zeroed value of type t
  llvm::Value* spill(fe::Type* t, llvm::Value* v);  // temp copy, returns its address

  // --- checks.cpp
  void nilCheck(llvm::Value* ptr);
  void boundsCheck(llvm::Value* idx, llvm::Value* len);  // idx u< len
  void sliceCheck(llvm::Value* x, llvm::Value* y, llvm::StringRef panicFn);  // x u<= y
  llvm::Value* checkedDivRem(fe::Tok op, fe::Type* t, llvm::Value* x, llvm::Value* y,
                             bool yIsConst);
  llvm::Value* shift(fe::Tok op, fe::Type* xt, llvm::Value* x, fe::Type* yt, llvm::Value* y);

 private:
  // --- lower_func.cpp
  void lowerFuncDecl(fe::FuncDecl* fd, llvm::Function* fn, fe::Signature* sig);
  void lowerFuncBody(llvm::Function* fn, fe::Signature* sig, fe::BlockStmt* body,
                     const std::vector<fe::Var*>& captures, fe::Pos pos);
  // Records traceback metadata and attaches a (line-tables-only) debug
  // subprogram to `fn`; pos invalid: an autogenerated function.
  void recordMeta(llvm::Function* fn, fe::Signature* sig, fe::Pos pos, std::string goName = "");
  uint32_t lineOf(fe::Pos pos) const;
  void setLocation(fe::Pos pos);  // debug location of the code that follows
  void beginDebugInfo();
  void finishDebugInfo();
  void lowerNativeWrapper(fe::Func* f, llvm::Function* fn);
  // atomics.cpp: the wrapper of an atomic native as the instruction
  // itself; false when f is not one.
  bool lowerAtomicNative(fe::Func* f, llvm::Function* fn, fe::Signature* sig);
  void lowerPackageInit(fe::Package* pkg);
  void initVarByCode(const fe::Package::VarInit& vi);  // a variable initialiser as code
  void lowerQueued();  // lowers queue_, and what it meets, until empty
  void beginFunction(llvm::Function* fn, fe::Signature* sig);
  void finishFunction();
  llvm::Function* defineFunction(llvm::StringRef name, llvm::FunctionType* ty,
                                 llvm::GlobalValue::LinkageTypes linkage);
  llvm::Function* funcFor(fe::Func* f);  // declared or defined in this module
  fe::Signature* signatureOf(fe::Func* f);
  llvm::AllocaInst* entryAlloca(llvm::Type* ty, const llvm::Twine& name = "");
  // Allocates v's storage; zeroed unless the caller stores right away.
  VarStorage declareVar(fe::Var* v, bool zero = true);
  llvm::Value* varAddr(fe::Var* v);
  llvm::GlobalVariable* globalFor(fe::Var* v);
  std::string globalName(fe::Var* v);

  // --- lower_stmt.cpp, range.cpp
  void stmt(fe::Stmt* s);
  void stmtList(const std::vector<fe::Stmt*>& list);
  // Clears the pointer-holding variables of a block its code leaves.
  void killScope(const std::vector<fe::Var*>& vars);
  void assignStmt(fe::AssignStmt* s);
  void defineOrAssign(fe::Expr* lhs, fe::Type* t, llvm::Value* v, bool define);
  void assignTo(fe::Expr* lhs, llvm::Value* v);
  void initVar(fe::Var* v, fe::Expr* init);
  // Copies an addressable aggregate `src` into `dst` with memmove instead of
  // an SSA load and store (which code generation expands element by
  // element); false when `src` does not qualify.
  bool copyAggregate(llvm::Value* dst, fe::Expr* src, fe::Type* t);
  void valueSpec(fe::ValueSpec* vs);
  void ifStmt(fe::IfStmt* s);
  void forStmt(fe::ForStmt* s);
  void rangeStmt(fe::RangeStmt* s);
  void switchStmt(fe::SwitchStmt* s);
  void branchStmt(fe::BranchStmt* s);
  void returnStmt(fe::ReturnStmt* s);
  void labeledStmt(fe::LabeledStmt* s);
  void incDecStmt(fe::IncDecStmt* s);
  llvm::BasicBlock* labelBlock(llvm::StringRef name);
  void registerTargets(const fe::Node* s, BranchTargets t);
  void startDeadBlock();
  void branchTo(llvm::BasicBlock* bb);  // br unless already terminated

  // --- lower_expr.cpp (dispatch, constants, selectors), operators.cpp,
  // indexing.cpp, conversions.cpp
  llvm::Value* expr(fe::Expr* e);
  // expr, exprTo, addr, implicitConvert and conversion never return null:
  // after a reported error they return poison, so callers need no checks.
  llvm::Value* exprTo(fe::Expr* e, fe::Type* target);
  llvm::Value* exprToImpl(fe::Expr* e, fe::Type* target);
  llvm::Value* addrImpl(fe::Expr* e);
  llvm::Value* implicitConvertImpl(fe::Type* from, fe::Type* to, llvm::Value* v);
  llvm::Value* conversionImpl(fe::CallExpr* c);
  std::vector<llvm::Value*> exprMulti(fe::Expr* e);  // tuple-valued calls, comma-ok forms
  fe::Type* multiType(fe::Expr* e, size_t i);        // type of exprMulti(e)[i]
  llvm::Value* addr(fe::Expr* e);
  llvm::Value* constValue(const fe::Constant& c, fe::Type* t);
  llvm::Value* identExpr(fe::Ident* id);
  llvm::Value* unaryExpr(fe::UnaryExpr* u);
  llvm::Value* binaryExpr(fe::BinaryExpr* b);
  llvm::Value* binaryOp(fe::Tok op, fe::Type* t, llvm::Value* x, llvm::Value* y, bool yIsConst,
                        fe::Type* yt = nullptr);
  llvm::Value* compare(fe::Tok op, fe::Expr* x, fe::Expr* y);
  llvm::Value* compareValues(fe::Tok op, fe::Type* t, llvm::Value* x, llvm::Value* y);
  llvm::Value* equal(fe::Type* t, llvm::Value* x, llvm::Value* y);
  llvm::Value* equalMem(fe::Type* t, llvm::Value* px, llvm::Value* py);
  llvm::Value* logical(fe::BinaryExpr* b);
  llvm::Value* indexExpr(fe::IndexExpr* e);
  llvm::Value* indexAddr(fe::IndexExpr* e);
  llvm::Value* sliceExpr(fe::SliceExpr* e);
  llvm::Value* toInt64(fe::Type* t, llvm::Value* v);
  llvm::Value* indexValue(fe::Expr* e);  // an index operand as i64
  Place place(fe::Expr* x);
  Place walkPath(Place p, const std::vector<int>& path, size_t n);
  llvm::Value* placeValue(const Place& p);
  llvm::Value* placeAddr(const Place& p);
  llvm::Value* selectorExpr(fe::SelectorExpr* e);
  bool isBlank(fe::Expr* e);
  bool isNil(fe::Expr* e);
  fe::Type* defaultType(fe::Type* t);  // untyped kinds to their default type
  llvm::Value* conversion(fe::CallExpr* c);
  llvm::Value* convert(fe::Type* from, fe::Type* to, llvm::Value* v);
  llvm::Value* implicitConvert(fe::Type* from, fe::Type* to, llvm::Value* v);

  // --- strings.cpp
  llvm::Value* concat(const std::vector<llvm::Value*>& parts);
  llvm::Value* cmpString(llvm::Value* a, llvm::Value* b);  // i64 -1/0/1
  llvm::Value* stringFromRunes(llvm::Value* slice, bool runes);
  llvm::Value* stringToSlice(llvm::Value* s, bool runes);
  llvm::Value* intToString(fe::Type* t, llvm::Value* v);
  void collectConcat(fe::Expr* e, std::vector<fe::Expr*>& out);  // operators.cpp

  // --- interfaces.cpp
  llvm::Value* toInterface(fe::Type* from, fe::Type* to, llvm::Value* v);
  bool isDirectIface(fe::Type* t);
  llvm::Value* ifaceTypeWord(fe::Type* t, llvm::Value* v);  // dynamic type or null
  llvm::Value* ifaceData(fe::Type* to, llvm::Value* dataWord);  // unbox a T
  llvm::Value* typeAssert(fe::TypeAssertExpr* e, bool commaOk, llvm::Value** ok);
  // The value of type `to` (concrete or interface) held by interface value
  // v of type `from`, when its dynamic type matches (else unspecified);
  // *ok is the match.
  llvm::Value* assertTo(fe::Type* from, llvm::Value* v, fe::Type* to, llvm::Value** ok);
  llvm::Value* ifaceEqual(fe::Type* xt, llvm::Value* x, fe::Type* yt, llvm::Value* y);

  // --- methods.cpp
  std::vector<MethodEntry> methodSet(fe::Type* t);
  llvm::Function* ifaceMethodEntry(fe::Type* d, const MethodEntry& me);
  std::pair<llvm::Constant*, int64_t> methodTable(fe::Type* t, llvm::StringRef descGlobalName);
  llvm::StructType* methodDescTy();
  llvm::Constant* itabFor(fe::Type* concrete, fe::Type* iface);
  std::string descName(fe::Type* t);  // the descriptor's global name without "type:"
  fe::Signature* ifaceEntrySig(fe::Signature* msig);
  llvm::Value* receiverFromPlace(Place p, fe::Func* m);

  // --- repl_methods.cpp
  bool replMutable(fe::Type* t);
  void emitReplMethodUpdates(llvm::Function* init);

  int ifaceMethodIndex(fe::Type* iface, const std::string& name);
  llvm::Value* ifaceCallValue(llvm::Value* iv, fe::Type* ifaceT, fe::Func* m,
                              llvm::ArrayRef<llvm::Value*> args);
  llvm::Value* ifaceCall(fe::CallExpr* c, fe::SelectorExpr* se, fe::Func* m);
  llvm::Value* ifaceMethodValue(fe::SelectorExpr* se);
  llvm::Value* ifaceMethodExprValue(fe::SelectorExpr* se);

  // --- typeswitch.cpp
  void typeSwitchStmt(fe::TypeSwitchStmt* s);

  // --- calls.cpp
  llvm::Value* callExpr(fe::CallExpr* c);
  llvm::Value* call(fe::CallExpr* c);
  std::vector<llvm::Value*> callArgs(fe::CallExpr* c, fe::Signature* sig, size_t skip);
  llvm::Value* receiver(fe::SelectorExpr* se, fe::Func* m);
  llvm::Value* adjustReceiver(fe::Type* have, llvm::Value* v, fe::Func* m);
  llvm::Value* emitCall(llvm::FunctionCallee callee, llvm::ArrayRef<llvm::Value*> args);

  // --- goroutines.cpp
  void goStmt(fe::GoStmt* s);
  // At a loop back-edge: yields if the runtime asked (preempt sentinel).
  void preemptPoll();

  // --- closures.cpp
  llvm::Value* funcLit(fe::FuncLit* lit);
  llvm::Value* funcValue(fe::Func* f);  // a top-level function as a value
  llvm::Value* methodValue(fe::SelectorExpr* se);
  llvm::Value* methodExprValue(fe::SelectorExpr* se);
  llvm::Function* derefWrapper(fe::Func* m);  // (*T).M for a value method
  llvm::Constant* constClosure(llvm::Function* fn);
  fe::Signature* withoutReceiver(fe::Signature* sig);
  // Runs `body` with the builder and function state of a fresh function,
  // then restores the current ones.
  void inNewFunction(llvm::Function* fn, fe::Signature* sig,
                     llvm::function_ref<void()> body);

  // --- builtins.cpp
  llvm::Value* builtinCall(fe::CallExpr* c);
  // defer.cpp
  void deferBuiltin(fe::CallExpr* c);
  llvm::Function* newDeferThunk();
  llvm::Value* newDeferClosure(llvm::StructType* cloTy, llvm::Function* thunk);
  llvm::Value* appendCall(fe::CallExpr* c);
  llvm::Value* copyCall(fe::CallExpr* c);
  llvm::Value* makeCall(fe::CallExpr* c);
  void printCall(fe::CallExpr* c, bool ln);
  llvm::Value* minMax(fe::CallExpr* c, bool isMin);

  // --- defer.cpp
  bool hasDefer(fe::BlockStmt* body);
  void beginDefers();   // at entry, after parameters and named results
  void finishDefers();  // after the body: invokes and the landing pad
  void deferStmt(fe::DeferStmt* s);
  void returnWithDefers(const std::vector<llvm::Value*>& vals);
  void emitResultReturn(const std::vector<llvm::Value*>& addrs);
  std::vector<llvm::Value*> resultAddrs();
  llvm::Function* runDefersFn();
  llvm::Value* recoverCall(fe::CallExpr* c);

  // --- maps.cpp
  // The map operand and spilled key of `m[k]` on an assignment's left,
  // evaluated in phase one; mapassign runs only when the value is stored.
  struct MapLvalue {
    fe::Type* mapType = nullptr;
    llvm::Value* map = nullptr;
    llvm::Value* key = nullptr;  // address of the key
  };
  bool isMapIndex(fe::Expr* e);
  llvm::Value* mapKey(fe::Type* mapType, fe::Expr* key);  // spilled key
  llvm::Value* makeMap(fe::CallExpr* c);
  llvm::Value* mapLit(fe::CompositeLit* lit, fe::Type* t);
  bool mapLitFromTables(fe::CompositeLit* lit, fe::Type* t, llvm::Value* h);
  llvm::Value* mapIndex(fe::IndexExpr* e);
  std::vector<llvm::Value*> mapIndexCommaOk(fe::IndexExpr* e);  // {v, ok}
  MapLvalue mapLvalue(fe::Expr* lhs);
  llvm::Value* mapAssignSlot(const MapLvalue& l);
  void mapStore(const MapLvalue& l, llvm::Value* v);
  // m[k] op= rhs; rhs null: m[k]++ (op Add) or m[k]-- (op Sub).
  void mapOpAssign(fe::Expr* lhs, fe::Tok op, fe::Expr* rhs);
  llvm::Value* mapLen(llvm::Value* m);
  void mapDelete(fe::CallExpr* c);
  void mapClear(fe::CallExpr* c);
  void mapRange(fe::RangeStmt* s, const fe::LabeledStmt* label);

  // --- channels.cpp, select.cpp (issue 4)
  llvm::Value* makeChan(fe::CallExpr* c);
  void sendStmt(fe::SendStmt* s);
  // <-c; ok non-null: the comma-ok form (*ok receives an i1).
  llvm::Value* chanRecv(fe::UnaryExpr* u, llvm::Value** ok);
  void closeChan(fe::CallExpr* c);
  llvm::Value* chanLenCap(llvm::Value* ch, bool cap);
  // Assigns v (of type t) to lhs, declaring it when define (range and
  // select's `v := <-c`); a blank or null lhs is skipped.
  void bindValue(fe::Expr* lhs, bool define, fe::Type* t, llvm::Value* v);
  void chanRange(fe::RangeStmt* s, const fe::LabeledStmt* label);
  void selectStmt(fe::SelectStmt* s);

  // --- composite.cpp
  llvm::Value* compositeLit(fe::CompositeLit* lit, fe::Type* t = nullptr);
  void buildInto(llvm::Value* dst, fe::CompositeLit* lit, fe::Type* t);
  void storeInto(llvm::Value* dst, fe::Expr* e, fe::Type* t);  // dst is fresh, zeroed
  llvm::Value* heapLit(fe::CompositeLit* lit, fe::Type* t);    // &T{...}
  // The memory image of e as a value of type t when it is known at compile
  // time: a constant or nil of a non-interface type, or a struct or array
  // literal of such values. Null otherwise (a variable, a call, an
  // interface; a slice, map or &T literal, which allocates). once: e is a
  // package-level initialiser, evaluated once, so slice and &T literals of
  // such values qualify too, their memory a new mutable global.
  llvm::Constant* constImage(fe::Expr* e, fe::Type* t, bool once = false);
  // The image of the n elements of an array or slice literal, or null.
  llvm::Constant* elemsImage(fe::Type* elem, int64_t n, fe::CompositeLit* lit, bool once);
  llvm::Constant* dataGlobal(llvm::Constant* image, llvm::Align align);  // a mutable global
  int64_t sliceLitLen(fe::CompositeLit* lit);
  // Copies image into dst from a private constant global.
  void copyImage(llvm::Value* dst, llvm::Constant* image, llvm::Align align);

 public:
  // --- errors
  std::nullptr_t fail(fe::Pos pos, const llvm::Twine& msg);
  std::nullptr_t unsupported(fe::Pos pos, const llvm::Twine& feature);
  bool failed() const { return error_.has_value(); }
  llvm::LLVMContext& context() { return ctx_; }
  llvm::IRBuilder<>& builder() { return b_; }
  llvm::Module& module() { return *mod_; }
  // Where to record traceback metadata of defined functions (optional).
  void setMetaTable(FuncMetaTable* t) { meta_ = t; }

 private:
  fe::TypeContext& tc_;
  llvm::LLVMContext& ctx_;
  const llvm::DataLayout dl_;
  std::string triple_;
  std::unique_ptr<llvm::Module> mod_;
  llvm::IRBuilder<> b_;
  fe::Package* pkg_ = nullptr;
  const fe::File* file_ = nullptr;  // current file, for positions
  fe::Pos curPos_;    // the statement or expression being lowered
  FuncState* fn_ = nullptr;
  std::optional<std::string> error_;
  FuncMetaTable* meta_ = nullptr;
  std::unique_ptr<llvm::DIBuilder> dib_;
  llvm::DICompileUnit* cu_ = nullptr;
  llvm::StringMap<llvm::DIFile*> diFiles_;

  // Common LLVM types.
  llvm::Type* i1_;
  llvm::Type* i8_;
  llvm::Type* i32_;
  llvm::Type* i64_;
  llvm::PointerType* ptr_;
  llvm::StructType* stringTy_;
  llvm::StructType* sliceTy_;
  llvm::StructType* ifaceTy_;
  llvm::StructType* typeDescTy_;
  llvm::StructType* fieldDescTy_;

  llvm::DenseMap<fe::Type*, llvm::Type*> memTypes_;
  llvm::DenseMap<fe::Type*, llvm::GlobalVariable*> typeDescs_;
  std::vector<std::pair<fe::Type*, llvm::GlobalVariable*>> typeDescsByName_;
  llvm::StringMap<llvm::Constant*> strings_;
  llvm::DenseMap<const fe::FuncDecl*, std::string> initNames_;  // init() link names
  std::vector<llvm::GlobalVariable*> replItabs_;  // static itabs of REPL types (replMutable)
  // Functions of pkg_ to lower (a declaration and its file), and those not
  // reached yet: funcFor moves a function from unlowered_ to queue_.
  using PendingDecl = std::pair<fe::FuncDecl*, const fe::File*>;
  std::vector<PendingDecl> queue_;
  llvm::DenseMap<const fe::Func*, PendingDecl> unlowered_;
  // Package initialisation (composite.cpp): the images of the variables
  // initialised statically; whether no initialiser has run code that could
  // change a global yet, so that those variables still hold their images;
  // the right-hand side being lowered as code, and whether that code
  // (mapLitFromTables) changes no Go variable.
  llvm::DenseMap<const fe::Object*, llvm::Constant*> staticVars_;
  bool globalsIntact_ = false;
  fe::Expr* wholeInit_ = nullptr;
  bool wholeInitPure_ = false;
};

// --- gcdata.cpp: the collector's root table of a module. Adds to `mod` a
// constant global `tableName` {i64 n, [n x {ptr, i64}]} listing every
// mutable global variable it defines and its size; returns false when the
// module defines none (no table emitted). The session looks the table up
// once the module is linked and hands it to runtime::registerGlobalRoots.
bool emitGCRootTable(llvm::Module& mod, llvm::StringRef tableName);

}  // namespace gorun::jit
