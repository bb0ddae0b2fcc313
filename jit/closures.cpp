// Func values: closures, top-level functions and methods used as values.
//
// A func value is a pointer to a closure object:
//     { code ptr, captured cell ptr... }          (func literals)
//     { code ptr, receiver }                      (bound method values)
//     { code ptr }                                (everything else; a constant)
// and a call passes that pointer as the callee's context argument. Closures
// capture by reference: the checker marks captured variables as escaping,
// so they live in heap cells, and the object holds the cells' addresses.
// A func literal reads its cells from the context once, at entry, into its
// own variable slots (FuncLit::captures gives the order).
//
// A top-level function or a method expression used as a value shares one
// constant closure "<name>$closure" per function. A method value x.M binds
// the receiver when it is evaluated (Go copies x then); its code is the
// wrapper "<method>-fm" (gc's name), which unpacks the receiver and calls
// the method. A method expression (*T).M for a value method needs the
// wrapper "pkg.(*T).M", which dereferences (with a nil check) and calls.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

void Lowering::inNewFunction(Function* fn, fe::Signature* sig, function_ref<void()> body) {
  FuncState* saved = fn_;
  IRBuilderBase::InsertPoint ip = b_.saveIP();
  DebugLoc loc = b_.getCurrentDebugLocation();
  recordMeta(fn, sig, fe::Pos{});
  beginFunction(fn, sig);
  body();
  finishFunction();
  fn_ = saved;
  b_.restoreIP(ip);
  b_.SetCurrentDebugLocation(loc);
}

Constant* Lowering::constClosure(Function* fn) {
  std::string name = fn->getName().str() + "$closure";
  if (auto* gv = mod_->getNamedGlobal(name)) return gv;
  auto* ty = StructType::get(ctx_, ArrayRef<Type*>{ptr_});
  auto linkage = fn->hasLocalLinkage() ? GlobalValue::PrivateLinkage : GlobalValue::LinkOnceODRLinkage;
  auto* gv = new GlobalVariable(*mod_, ty, true, linkage, ConstantStruct::get(ty, {fn}), name);
  gv->setAlignment(Align(8));
  return gv;
}

fe::Signature* Lowering::withoutReceiver(fe::Signature* sig) {
  auto* s = tc_.make<fe::Signature>();
  s->params = sig->params;
  s->results = sig->results;
  s->variadic = sig->variadic;
  return s;
}

Value* Lowering::funcValue(fe::Func* f) { return constClosure(funcFor(f)); }

Value* Lowering::funcLit(fe::FuncLit* lit) {
  auto* sig = static_cast<fe::Signature*>(fe::underlying(lit->type));
  if (sig->kind != fe::TypeKind::Signature) return fail(lit->pos, "internal error: func literal type");
  // The captured cells, looked up in the enclosing function. Only
  // variables that have storage there are captures: the checker may also
  // list variables declared inside the literal (captured by a nested one)
  // or stale duplicates when it checks a literal twice; a variable the body
  // really uses but that is missing here still fails, inside the body.
  std::vector<fe::Var*> captures;
  for (fe::Var* v : lit->captures) {
    if (!fn_->vars.count(v)) continue;
    if (std::find(captures.begin(), captures.end(), v) == captures.end()) captures.push_back(v);
  }
  std::vector<Value*> cells;
  for (fe::Var* v : captures) cells.push_back(varAddr(v));
  std::string name = lit->name.empty() ? std::string("func") : lit->name;
  Function* fn = defineFunction(name, funcType(sig), GlobalValue::ExternalLinkage);
  FuncState* saved = fn_;
  IRBuilderBase::InsertPoint ip = b_.saveIP();
  DebugLoc loc = b_.getCurrentDebugLocation();
  lowerFuncBody(fn, sig, lit->body, captures, lit->pos);
  fn_ = saved;
  b_.restoreIP(ip);
  b_.SetCurrentDebugLocation(loc);
  if (cells.empty()) return constClosure(fn);

  std::vector<fe::Type*> words(cells.size() + 1, tc_.basic(fe::TypeKind::UnsafePointer));
  Value* obj = mallocgc(structOf(words));
  b_.CreateStore(fn, obj);
  for (size_t i = 0; i < cells.size(); ++i)
    b_.CreateStore(cells[i], b_.CreateConstGEP1_64(ptr_, obj, i + 1));
  return obj;
}

Value* Lowering::methodValue(fe::SelectorExpr* se) {
  auto* m = static_cast<fe::Func*>(se->sel->obj);
  if (!m || m->kind != fe::ObjKind::Func) return fail(se->pos, "internal error: method value");
  if (!m->decl) return ifaceMethodValue(se);  // methods.cpp
  fe::Signature* msig = signatureOf(m);
  Value* recv = receiver(se, m);
  fe::Type* recvT = msig->recv->type;  // *T for pointer methods
  fe::Type* objT = structOf({tc_.basic(fe::TypeKind::UnsafePointer), recvT});
  Type* objTy = memType(objT);

  std::string name = m->fullName + "-fm";
  fe::Signature* sig = withoutReceiver(msig);
  Function* fn = mod_->getFunction(name);
  if (!fn) {
    fn = defineFunction(name, funcType(sig), GlobalValue::LinkOnceODRLinkage);
    Function* method = funcFor(m);
    inNewFunction(fn, sig, [&] {
      std::vector<Value*> args{ConstantPointerNull::get(ptr_)};
      args.push_back(loadValue(recvT, b_.CreateStructGEP(objTy, fn->getArg(0), 1)));
      for (unsigned i = 1; i < fn->arg_size(); ++i) args.push_back(fn->getArg(i));
      Value* r = b_.CreateCall(method, args);
      if (fn->getReturnType()->isVoidTy())
        b_.CreateRetVoid();
      else
        b_.CreateRet(r);
      startDeadBlock();
    });
  }
  Value* obj = mallocgc(objT);
  b_.CreateStore(fn, b_.CreateStructGEP(objTy, obj, 0));
  storeValue(recvT, recv, b_.CreateStructGEP(objTy, obj, 1));
  return obj;
}

Function* Lowering::derefWrapper(fe::Func* m) {
  // "pkg.T.M" -> "pkg.(*T).M"
  StringRef full(m->fullName);
  size_t dotM = full.rfind('.');
  size_t dotT = full.substr(0, dotM).rfind('.');
  std::string name = (full.substr(0, dotT + 1) + "(*" + full.substr(dotT + 1, dotM - dotT - 1) +
                      ")" + full.substr(dotM))
                         .str();
  if (Function* fn = mod_->getFunction(name)) return fn;
  fe::Signature* msig = signatureOf(m);
  auto* sig = withoutReceiver(msig);
  sig->recv = tc_.make<fe::Var>("recv", fe::Pos{});
  sig->recv->type = tc_.pointer(msig->recv->type);
  Function* fn = defineFunction(name, funcType(sig), GlobalValue::LinkOnceODRLinkage);
  Function* method = funcFor(m);
  inNewFunction(fn, sig, [&] {
    Value* p = fn->getArg(1);
    nilCheck(p);
    std::vector<Value*> args{ConstantPointerNull::get(ptr_), loadValue(msig->recv->type, p)};
    for (unsigned i = 2; i < fn->arg_size(); ++i) args.push_back(fn->getArg(i));
    Value* r = b_.CreateCall(method, args);
    if (fn->getReturnType()->isVoidTy())
      b_.CreateRetVoid();
    else
      b_.CreateRet(r);
    startDeadBlock();
  });
  return fn;
}

Value* Lowering::methodExprValue(fe::SelectorExpr* se) {
  auto* m = static_cast<fe::Func*>(se->sel->obj);
  if (!m || m->kind != fe::ObjKind::Func) return fail(se->pos, "internal error: method expression");
  if (!m->decl) return ifaceMethodExprValue(se);  // methods.cpp
  bool viaPtr = fe::underlying(se->x->type)->kind == fe::TypeKind::Pointer;
  if (viaPtr && !m->hasPtrRecv()) return constClosure(derefWrapper(m));
  return constClosure(funcFor(m));
}

}  // namespace gorun::jit
