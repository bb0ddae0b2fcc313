// defer statements, recover(), and the landing pads that let a recovered
// panic return from the deferring function (runtime/defer.cpp has the
// protocol; this is the compiled side of it).
//
// A function whose body has a defer statement (hasDefer; func literals are
// separate functions) gets:
//   - at entry, a frame token: %frame = runtime.deferframe();
//   - per defer statement executed, runtime.deferproc(%frame, fn, wrapped):
//     fn is the deferred func value itself when it takes no arguments and
//     returns nothing (`defer func() {...}()`), else a thunk closure
//     {thunk code, func value, evaluated arguments...} whose code calls the
//     func value with the stored arguments (wrapped = 1). The function value
//     and the arguments (a method value's receiver too) are evaluated at
//     the defer statement, as Go requires;
//   - at every return, the results are stored first (named results into
//     their variables, unnamed ones into hidden slots), then
//     gorun.rundefers(%frame) pops and calls this frame's records LIFO,
//     then the results are reloaded: deferred closures may change named
//     results;
//   - every call becomes an invoke whose unwind edge is one cleanup landing
//     pad: runtime.deferlanding(exn, %frame) says whether a recovered panic
//     is returning to this frame; if so the pad runs the remaining deferred
//     calls and returns the current results, else it makes stack room and
//     resumes unwinding.
// recover() passes the caller's frame address to runtime.gorecover, which
// checks from return addresses that it was called directly by the deferred
// function a panic is running.

#include "jit/lowering.h"

#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/Transforms/Utils/Local.h>

using namespace llvm;

namespace gorun::jit {

namespace {

bool stmtHasDefer(fe::Stmt* s);

bool listHasDefer(const std::vector<fe::Stmt*>& list) {
  for (auto* s : list)
    if (stmtHasDefer(s)) return true;
  return false;
}

bool stmtHasDefer(fe::Stmt* s) {
  if (!s) return false;
  using K = fe::NodeKind;
  switch (s->kind) {
    case K::DeferStmt: return true;
    case K::BlockStmt: return listHasDefer(fe::cast<fe::BlockStmt>(s)->list);
    case K::LabeledStmt: return stmtHasDefer(fe::cast<fe::LabeledStmt>(s)->stmt);
    case K::IfStmt: {
      auto* i = fe::cast<fe::IfStmt>(s);
      return stmtHasDefer(i->then) || stmtHasDefer(i->els);
    }
    case K::ForStmt: return stmtHasDefer(fe::cast<fe::ForStmt>(s)->body);
    case K::RangeStmt: return stmtHasDefer(fe::cast<fe::RangeStmt>(s)->body);
    case K::SwitchStmt: return stmtHasDefer(fe::cast<fe::SwitchStmt>(s)->body);
    case K::TypeSwitchStmt: return stmtHasDefer(fe::cast<fe::TypeSwitchStmt>(s)->body);
    case K::SelectStmt: return stmtHasDefer(fe::cast<fe::SelectStmt>(s)->body);
    case K::CaseClause: return listHasDefer(fe::cast<fe::CaseClause>(s)->body);
    case K::CommClause: return listHasDefer(fe::cast<fe::CommClause>(s)->body);
    default: return false;
  }
}

}  // namespace

bool Lowering::hasDefer(fe::BlockStmt* body) { return body && stmtHasDefer(body); }

Function* Lowering::runDefersFn() {
  if (Function* f = mod_->getFunction("gorun.rundefers")) return f;
  auto* ty = FunctionType::get(Type::getVoidTy(ctx_), {i64_}, false);
  Function* f = defineFunction("gorun.rundefers", ty, GlobalValue::LinkOnceODRLinkage);
  IRBuilder<> eb(ctx_);
  auto* entry = BasicBlock::Create(ctx_, "entry", f);
  auto* loop = BasicBlock::Create(ctx_, "loop", f);
  auto* callBB = BasicBlock::Create(ctx_, "call", f);
  auto* done = BasicBlock::Create(ctx_, "done", f);
  eb.SetInsertPoint(entry);
  eb.CreateBr(loop);
  eb.SetInsertPoint(loop);
  Value* fn = eb.CreateCall(runtimeFunc("runtime.deferpop"), {f->getArg(0)}, "fn");
  eb.CreateCondBr(eb.CreateIsNull(fn), done, callBB);
  eb.SetInsertPoint(callBB);
  Value* code = eb.CreateLoad(ptr_, fn, "code");
  eb.CreateCall(FunctionType::get(Type::getVoidTy(ctx_), {ptr_}, false), code, {fn});
  eb.CreateBr(loop);
  eb.SetInsertPoint(done);
  eb.CreateRetVoid();
  return f;
}

void Lowering::beginDefers() {
  // First thing in the entry block: the landing pad uses the token, and
  // any call (parameters' heap cells) may already unwind to it.
  IRBuilder<> eb(ctx_);
  if (Instruction* next = fn_->allocaPoint->getNextNode())
    eb.SetInsertPoint(next);
  else
    eb.SetInsertPoint(fn_->allocaPoint->getParent());
  eb.SetCurrentDebugLocation(b_.getCurrentDebugLocation());
  fn_->deferFrame = eb.CreateCall(runtimeFunc("runtime.deferframe"), {}, "deferframe");
  fe::Signature* sig = fn_->sig;
  if (fn_->namedResults.empty()) {
    for (auto* r : sig->results) {
      AllocaInst* a = entryAlloca(memType(r->type), "result");
      a->setAlignment(alignOf(r->type));
      zeroMem(r->type, a);
      fn_->resultSlots.push_back(a);
    }
  }
}

// The addresses the results live in while deferred calls run.
std::vector<Value*> Lowering::resultAddrs() {
  std::vector<Value*> out;
  if (!fn_->namedResults.empty()) {
    for (auto* r : fn_->namedResults) out.push_back(varAddr(r));
  } else {
    for (auto* a : fn_->resultSlots) out.push_back(a);
  }
  return out;
}

void Lowering::returnWithDefers(const std::vector<Value*>& vals) {
  fe::Signature* sig = fn_->sig;
  std::vector<Value*> addrs = resultAddrs();
  for (size_t i = 0; i < vals.size() && i < addrs.size(); ++i)
    storeValue(sig->results[i]->type, vals[i], addrs[i]);
  b_.CreateCall(runDefersFn(), {fn_->deferFrame});
  emitResultReturn(addrs);
}

void Lowering::emitResultReturn(const std::vector<Value*>& addrs) {
  fe::Signature* sig = fn_->sig;
  if (sig->results.empty()) {
    b_.CreateRetVoid();
  } else if (sig->results.size() == 1) {
    b_.CreateRet(loadValue(sig->results[0]->type, addrs[0]));
  } else {
    Value* agg = PoisonValue::get(resultType(sig));
    for (size_t i = 0; i < sig->results.size(); ++i)
      agg = b_.CreateInsertValue(agg, loadValue(sig->results[i]->type, addrs[i]), {unsigned(i)});
    b_.CreateRet(agg);
  }
}

void Lowering::finishDefers() {
  Function* f = fn_->fn;
  // Falling off the end of a function without results is a return.
  if (BasicBlock* cur = b_.GetInsertBlock(); cur && !cur->getTerminator()) {
    if (fn_->sig->results.empty())
      returnWithDefers({});
    else
      b_.CreateUnreachable();
  }
  // Every call that may unwind becomes an invoke to the landing pad.
  auto* lpad = BasicBlock::Create(ctx_, "defer.lpad", f);
  std::vector<CallInst*> calls;
  for (BasicBlock& bb : *f) {
    if (&bb == lpad) continue;
    for (Instruction& inst : bb) {
      auto* ci = dyn_cast<CallInst>(&inst);
      if (!ci || ci->isInlineAsm() || isa<IntrinsicInst>(ci)) continue;
      if (Function* callee = ci->getCalledFunction()) {
        StringRef n = callee->getName();
        if (n == "runtime.deferframe" || n == "runtime.deferproc") continue;
      }
      calls.push_back(ci);
    }
  }
  for (CallInst* ci : calls) changeToInvokeAndSplitBasicBlock(ci, lpad);

  f->setPersonalityFn(cast<Constant>(
      mod_->getOrInsertFunction("__gxx_personality_v0", FunctionType::get(i32_, true)).getCallee()));
  b_.SetInsertPoint(lpad);
  if (DISubprogram* sp = f->getSubprogram())
    b_.SetCurrentDebugLocation(DILocation::get(ctx_, sp->getLine(), 0, sp));
  auto* lpTy = StructType::get(ctx_, {ptr_, i32_});
  LandingPadInst* lp = b_.CreateLandingPad(lpTy, 0, "lp");
  lp->setCleanup(true);
  Value* exn = b_.CreateExtractValue(lp, {0});
  Value* mine = callRuntime("runtime.deferlanding", {exn, fn_->deferFrame});
  auto* recovered = BasicBlock::Create(ctx_, "defer.recovered", f);
  auto* resume = BasicBlock::Create(ctx_, "defer.resume", f);
  b_.CreateCondBr(b_.CreateICmpNE(mine, b_.getInt64(0)), recovered, resume);
  b_.SetInsertPoint(resume);
  callRuntime("runtime.growstack16k", {});
  b_.CreateResume(lp);
  // Recovered: the function returns normally with its current results.
  b_.SetInsertPoint(recovered);
  b_.CreateCall(runDefersFn(), {fn_->deferFrame});
  emitResultReturn(resultAddrs());
}

// A deferred call's thunk: void(ptr closure), named after its function.
Function* Lowering::newDeferThunk() {
  auto* ty = FunctionType::get(Type::getVoidTy(ctx_), {ptr_}, false);
  return defineFunction(
      fn_->fn->getName().str() + ".deferwrap" + std::to_string(++fn_->deferThunks), ty,
      GlobalValue::ExternalLinkage);
}

// The heap closure of a thunk whose saved values follow the code pointer
// (field 0); scanned conservatively (no type).
Value* Lowering::newDeferClosure(StructType* cloTy, Function* thunk) {
  Value* clo = callRuntime("runtime.mallocgc", {b_.getInt64(dl_.getTypeAllocSize(cloTy)),
                                                ConstantPointerNull::get(ptr_)});
  b_.CreateStore(thunk, b_.CreateStructGEP(cloTy, clo, 0));
  return clo;
}

void Lowering::deferStmt(fe::DeferStmt* s) {
  fe::CallExpr* c = s->call;
  fe::Expr* fun = c->fun;
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(fun)) fun = p->x;
  if (!fn_->deferFrame) {
    fail(s->pos, "internal error: defer in a function not prepared for it");
    return;
  }
  if (c->callKind == fe::CallKind::Builtin) {
    auto id = static_cast<fe::BuiltinId>(c->builtin);
    if (id != fe::BuiltinId::Recover) {
      deferBuiltin(c);
      return;
    }
    // `defer recover()`: a thunk that calls recover itself, so it is never
    // "called by a deferred function" and returns nil, as in Go.
    Function* thunk = newDeferThunk();
    inNewFunction(thunk, nullptr, [&] {
      recoverCall(nullptr);
      b_.CreateRetVoid();
    });
    callRuntime("runtime.deferproc",
                {fn_->deferFrame, constClosure(thunk), b_.getInt64(1)});
    return;
  }
  fe::Type* ft = fe::underlying(fun->type);
  if (ft->kind != fe::TypeKind::Signature) {
    fail(s->pos, "internal error: defer of a non-function");
    return;
  }
  auto* sig = static_cast<fe::Signature*>(ft);
  if (sig->recv) sig = withoutReceiver(sig);
  Value* fv = expr(fun);
  if (fe::isa<fe::FuncLit>(fun) && sig->params.empty() && sig->results.empty()) {
    // `defer func() { ... }()`: the closure is the deferred call.
    callRuntime("runtime.deferproc", {fn_->deferFrame, fv, b_.getInt64(0)});
    return;
  }
  std::vector<Value*> args = callArgs(c, sig, 0);
  // The thunk closure: {code, func value, arguments in memory form}.
  std::vector<Type*> fields{ptr_, ptr_};
  for (auto* p : sig->params) fields.push_back(memType(p->type));
  auto* cloTy = StructType::get(ctx_, fields);
  Function* thunk = newDeferThunk();
  Value* clo = newDeferClosure(cloTy, thunk);
  b_.CreateStore(fv, b_.CreateStructGEP(cloTy, clo, 1));
  for (size_t i = 0; i < args.size() && i < sig->params.size(); ++i)
    storeValue(sig->params[i]->type, args[i], b_.CreateStructGEP(cloTy, clo, unsigned(i + 2)));
  inNewFunction(thunk, nullptr, [&] {
    Value* ctx = thunk->getArg(0);
    Value* f = b_.CreateLoad(ptr_, b_.CreateStructGEP(cloTy, ctx, 1), "fn");
    nilCheck(f);  // a nil func value panics when the deferred call runs
    std::vector<Value*> callArgsV{f};
    for (size_t i = 0; i < sig->params.size(); ++i)
      callArgsV.push_back(
          loadValue(sig->params[i]->type, b_.CreateStructGEP(cloTy, ctx, unsigned(i + 2))));
    Value* code = b_.CreateLoad(ptr_, f, "code");
    b_.CreateCall(funcType(sig), code, callArgsV);
    b_.CreateRetVoid();
  });
  callRuntime("runtime.deferproc", {fn_->deferFrame, clo, b_.getInt64(1)});
}

// `defer close(c)`, `defer delete(m, k)`, `defer panic(v)`,
// `defer println(x)`...: the arguments are evaluated now, as Go does, into
// a heap closure; the thunk runs the builtin on a copy of the call whose
// non-constant arguments are variables stored in that closure.
void Lowering::deferBuiltin(fe::CallExpr* c) {
  auto* call = tc_.make<fe::CallExpr>(c->pos);
  *call = *c;
  std::vector<fe::Var*> saved;  // one per non-constant argument
  std::vector<Value*> values;
  for (fe::Expr*& a : call->args) {
    if (a->mode == fe::Mode::Constant) continue;
    fe::Type* t = defaultType(a->type);
    auto* v = tc_.make<fe::Var>("defer.arg", a->pos);
    v->type = t;
    values.push_back(exprTo(a, t));
    auto* id = tc_.make<fe::Ident>(a->pos);
    id->name = v->name;
    id->obj = v;
    id->type = t;
    id->mode = fe::Mode::Variable;
    a = id;
    saved.push_back(v);
  }
  std::vector<Type*> fields{ptr_};
  for (fe::Var* v : saved) fields.push_back(memType(v->type));
  auto* cloTy = StructType::get(ctx_, fields);
  Function* thunk = newDeferThunk();
  Value* clo = newDeferClosure(cloTy, thunk);
  for (size_t i = 0; i < saved.size(); ++i)
    storeValue(saved[i]->type, values[i], b_.CreateStructGEP(cloTy, clo, unsigned(i + 1)));
  inNewFunction(thunk, nullptr, [&] {
    Value* ctx = thunk->getArg(0);
    for (size_t i = 0; i < saved.size(); ++i)
      fn_->vars[saved[i]] = VarStorage{b_.CreateStructGEP(cloTy, ctx, unsigned(i + 1)), false};
    builtinCall(call);
    b_.CreateRetVoid();
  });
  callRuntime("runtime.deferproc", {fn_->deferFrame, clo, b_.getInt64(1)});
}

Value* Lowering::recoverCall(fe::CallExpr*) {
  // gorecover checks that its caller's frame is the deferred call's own: a
  // function calling recover must keep its frame, so it is never inlined
  // (inlined into a helper, it would make the helper's recover work).
  fn_->fn->addFnAttr(Attribute::NoInline);
  Function* fa = Intrinsic::getDeclaration(mod_.get(), Intrinsic::frameaddress, {ptr_});
  Value* fp = b_.CreateCall(fa, {b_.getInt32(0)}, "fp");
  fe::Type* any = tc_.anyType();
  AllocaInst* out = entryAlloca(memType(any), "recovered");
  callRuntime("runtime.gorecover", {fp, out});
  return loadValue(any, out);
}

}  // namespace gorun::jit
