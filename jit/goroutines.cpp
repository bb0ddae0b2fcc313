// The go statement and preemption polls.
//
// `go f(x, y)` evaluates the function value (or the receiver) and the
// arguments in the current goroutine, as Go does, copies them into a heap
// object whose first word is a wrapper's code:
//     { code = gorun.gowrap.N, [func value | receiver], x, y }
// and calls runtime.newproc with it. The new goroutine's entry calls the
// object as a func() closure: the wrapper loads the fields and makes the
// call. Nothing in the object points into the caller's stack: arguments
// are values, and a pointer receiver is an address the checker made
// escape (or a heap pointer). Wrappers are named gorun.* so that
// tracebacks hide them, as Go hides its own go-statement wrappers.
//
// Preemption polls: at every loop back-edge, JIT code loads the split-
// stack limit (%fs:0x70, through addrspace(257)) and calls
// runtime.preemptPoll when it holds the preempt sentinel (~0), so that a
// loop without calls still yields when sysmon asks (runtime/proc.cpp).

#include "jit/lowering.h"

#include <llvm/IR/MDBuilder.h>

using namespace llvm;

namespace gorun::jit {

namespace {

fe::Expr* unparenGo(fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  return e;
}

}  // namespace

void Lowering::goStmt(fe::GoStmt* s) {
  fe::CallExpr* c = s->call;
  if (c->callKind != fe::CallKind::Call) {
    unsupported(s->pos, "go with a builtin or conversion");
    return;
  }
  fe::Expr* fun = unparenGo(c->fun);

  // What the wrapper will call, and the values it needs.
  Function* target = nullptr;     // a known function (direct or method)
  FunctionType* fty = nullptr;    // the callee's LLVM type
  Value* funcVal = nullptr;       // a func value (closure) to call
  Value* recv = nullptr;          // a method's receiver (first param after ctx)
  fe::Type* recvT = nullptr;      // its type (*T for pointer receivers)
  fe::Signature* sig = nullptr;
  std::vector<Value*> args;

  fe::Func* direct = nullptr;
  if (auto* id = fe::dyn_cast<fe::Ident>(fun); id && id->obj && id->obj->kind == fe::ObjKind::Func)
    direct = static_cast<fe::Func*>(id->obj);
  auto* se = fe::dyn_cast<fe::SelectorExpr>(fun);
  if (se && se->selKind == fe::SelKind::Qualified && se->sel->obj &&
      se->sel->obj->kind == fe::ObjKind::Func)
    direct = static_cast<fe::Func*>(se->sel->obj);
  if (direct) {
    sig = signatureOf(direct);
    target = funcFor(direct);
    args = callArgs(c, sig, 0);
  } else if (se && (se->selKind == fe::SelKind::Method || se->selKind == fe::SelKind::MethodExpr)) {
    auto* m = static_cast<fe::Func*>(se->sel->obj);
    if (!m || m->kind != fe::ObjKind::Func || !m->decl) {
      unsupported(se->pos, "go with an interface method call");
      return;
    }
    sig = signatureOf(m);
    target = funcFor(m);
    size_t skip = 0;
    if (se->selKind == fe::SelKind::Method) {
      recv = receiver(se, m);
    } else {
      if (c->args.empty()) {
        fail(c->pos, "internal error: method expression without receiver");
        return;
      }
      recv = adjustReceiver(c->args[0]->type, exprTo(c->args[0], se->x->type), m);
      skip = 1;
    }
    args = callArgs(c, sig, skip);
  } else {
    fe::Type* ft = fe::underlying(fun->type);
    if (ft->kind != fe::TypeKind::Signature) {
      fail(c->pos, "internal error: go of a non-function");
      return;
    }
    sig = static_cast<fe::Signature*>(ft);
    if (sig->recv) sig = withoutReceiver(sig);
    funcVal = expr(fun);
    args = callArgs(c, sig, 0);
    // Go: "go of nil func value" is fatal in the caller; a nil check
    // panics there too.
    nilCheck(funcVal);
  }
  if (failed()) return;
  fty = target ? target->getFunctionType() : funcType(sig);

  // The heap object's layout, as a Go struct so that the collector sees
  // its pointers (the code word and a func value are func-typed words).
  if (recv) recvT = sig->recv->type;  // *T for pointer receivers
  std::vector<fe::Type*> ftypes{sig};
  if (funcVal) ftypes.push_back(sig);
  if (recv) ftypes.push_back(recvT);
  size_t argBase = ftypes.size();
  std::vector<fe::Type*> argTypes;
  size_t np = sig->params.size();
  for (size_t i = 0; i < args.size(); ++i) {
    if (i >= np) {
      fail(c->pos, "internal error: go statement argument count");
      return;
    }
    argTypes.push_back(sig->params[i]->type);
    ftypes.push_back(sig->params[i]->type);
  }
  fe::Type* objT = structOf(ftypes);
  auto* objTy = cast<StructType>(memType(objT));

  // The wrapper: void gorun.gowrap.N(ptr obj).
  static unsigned counter = 0;
  std::string name = "gorun.gowrap." + std::to_string(++counter);
  auto* wty = FunctionType::get(Type::getVoidTy(ctx_), {ptr_}, false);
  Function* wrap = defineFunction(name, wty, GlobalValue::InternalLinkage);
  auto* wsig = tc_.make<fe::Signature>();
  inNewFunction(wrap, wsig, [&] {
    Value* obj = wrap->getArg(0);
    std::vector<Value*> cargs;
    unsigned f = 1;
    Value* callee = target;
    if (funcVal) {
      Value* fv = b_.CreateLoad(ptr_, b_.CreateStructGEP(objTy, obj, f++));
      cargs.push_back(fv);
      callee = b_.CreateLoad(ptr_, fv, "code");
    } else {
      cargs.push_back(ConstantPointerNull::get(ptr_));
    }
    if (recv) cargs.push_back(loadValue(recvT, b_.CreateStructGEP(objTy, obj, f++)));
    for (size_t i = 0; i < args.size(); ++i)
      cargs.push_back(loadValue(argTypes[i], b_.CreateStructGEP(objTy, obj, unsigned(argBase + i))));
    b_.CreateCall(FunctionCallee(fty, callee), cargs);
    b_.CreateRetVoid();
  });

  // Fill the object and start the goroutine.
  Value* obj = mallocgc(objT);
  b_.CreateStore(wrap, b_.CreateStructGEP(objTy, obj, 0));
  unsigned f = 1;
  if (funcVal) b_.CreateStore(funcVal, b_.CreateStructGEP(objTy, obj, f++));
  if (recv) storeValue(recvT, recv, b_.CreateStructGEP(objTy, obj, f++));
  for (size_t i = 0; i < args.size(); ++i)
    storeValue(argTypes[i], args[i], b_.CreateStructGEP(objTy, obj, unsigned(argBase + i)));
  FunctionCallee newproc = mod_->getOrInsertFunction(
      "runtime.newproc", FunctionType::get(Type::getVoidTy(ctx_), {ptr_}, false));
  b_.CreateCall(newproc, {obj});
}

// A preemption poll: if %fs:0x70 holds the sentinel, call the runtime.
void Lowering::preemptPoll() {
  BasicBlock* cur = b_.GetInsertBlock();
  if (!cur || cur->getTerminator()) return;
  auto* slotTy = PointerType::get(ctx_, 257);
  Value* slot = ConstantExpr::getIntToPtr(b_.getInt64(0x70), slotTy);
  LoadInst* limit = b_.CreateLoad(i64_, slot, "stackguard");
  limit->setVolatile(true);
  Value* want = b_.CreateICmpEQ(limit, b_.getInt64(~uint64_t(0)), "preempt");
  Function* fn = fn_->fn;
  BasicBlock* yes = BasicBlock::Create(ctx_, "preempt", fn);
  BasicBlock* cont = BasicBlock::Create(ctx_, "preempt.done", fn);
  b_.CreateCondBr(want, yes, cont, MDBuilder(ctx_).createBranchWeights(1, 1000));
  b_.SetInsertPoint(yes);
  FunctionCallee poll = mod_->getOrInsertFunction(
      "runtime.preemptPoll", FunctionType::get(Type::getVoidTy(ctx_), {}, false));
  b_.CreateCall(poll, {});
  b_.CreateBr(cont);
  b_.SetInsertPoint(cont);
}

}  // namespace gorun::jit
