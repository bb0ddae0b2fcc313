// Calls: functions, methods (with Go's automatic & and *), method
// expressions, func values, variadic packing, multi-value arguments.
//
// A call whose callee is statically known (a declared function, a method of
// a concrete type, a method expression) is a direct call with a null
// context. Anything else is a func value: a pointer to a closure object
// whose first word is the code; the call passes the closure pointer itself
// as the context, after checking it for nil as Go does.
//
// Evaluation order is Go's: the function value (or the receiver), then the
// arguments left to right. For a method, the receiver is reached along
// SelectorExpr::path through embedded fields; then, if the method wants a
// pointer and we hold an addressable value, its address is taken (x.M() is
// (&x).M()), and if it wants a value and we hold a pointer, the pointer is
// nil-checked and loaded ((*p).M()).
//
// Variadic calls without `...` pack the trailing arguments into a fresh
// heap array; f(s...) passes s itself, so the callee shares its backing
// array, as in Go.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

namespace {

fe::Expr* unparen(fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  return e;
}

}  // namespace

Value* Lowering::callExpr(fe::CallExpr* c) {
  switch (c->callKind) {
    case fe::CallKind::Conversion:
      return conversion(c);
    case fe::CallKind::Builtin:
      return builtinCall(c);
    case fe::CallKind::Call:
      return call(c);
    default:
      return fail(c->pos, "internal error: unresolved call");
  }
}

Value* Lowering::emitCall(FunctionCallee callee, ArrayRef<Value*> args) {
  CallInst* ci = b_.CreateCall(callee, args);
  if (ci->getType()->isVoidTy()) return nullptr;
  return ci;
}

// Walks se->path from se->x and adapts the result to the receiver `m`
// expects.
Value* Lowering::receiver(fe::SelectorExpr* se, fe::Func* m) {
  Place p = walkPath(place(se->x), se->path, se->path.size());
  if (p.form != Place::Ptr && fe::underlying(p.type)->kind == fe::TypeKind::Pointer)
    p = {Place::Ptr, placeValue(p), p.type};
  if (m->hasPtrRecv()) {
    switch (p.form) {
      case Place::Ptr:
      case Place::Addr:
        return p.v;
      case Place::Val:
        return spill(p.type, p.v);
    }
  }
  fe::Type* recvT = signatureOf(m)->recv->type;
  switch (p.form) {
    case Place::Ptr:
      nilCheck(p.v);
      return loadValue(recvT, p.v);
    case Place::Addr:
      return loadValue(recvT, p.v);
    case Place::Val:
      return p.v;
  }
  return p.v;
}

Value* Lowering::adjustReceiver(fe::Type* have, Value* v, fe::Func* m) {
  if (!m->hasPtrRecv() && fe::underlying(have)->kind == fe::TypeKind::Pointer) {
    nilCheck(v);
    return loadValue(signatureOf(m)->recv->type, v);
  }
  return v;
}

// The arguments c->args[skip...] for sig's parameters, converted and packed.
std::vector<Value*> Lowering::callArgs(fe::CallExpr* c, fe::Signature* sig, size_t skip) {
  struct Actual {
    Value* v;
    fe::Type* t;
  };
  size_t np = sig->params.size();
  bool packs = sig->variadic && !c->hasEllipsis;
  fe::Type* elemT = nullptr;
  if (sig->variadic && np > 0)
    elemT = static_cast<fe::Slice*>(fe::underlying(sig->params[np - 1]->type))->elem;
  auto paramType = [&](size_t i) -> fe::Type* {
    if (packs && i + 1 >= np) return elemT;
    return i < np ? sig->params[i]->type : nullptr;
  };
  std::vector<Actual> actual;
  if (c->args.size() == skip + 1 && c->args[skip]->type &&
      c->args[skip]->type->kind == fe::TypeKind::Tuple) {
    auto* tuple = static_cast<fe::Tuple*>(c->args[skip]->type);
    std::vector<Value*> vals = exprMulti(c->args[skip]);
    for (size_t i = 0; i < vals.size(); ++i) actual.push_back({vals[i], tuple->vars[i]->type});
  } else {
    for (size_t i = skip; i < c->args.size(); ++i) {
      fe::Type* pt = paramType(i - skip);
      actual.push_back({exprTo(c->args[i], pt), pt ? pt : c->args[i]->type});
    }
  }
  std::vector<Value*> out;
  size_t fixed = packs ? np - 1 : np;
  for (size_t i = 0; i < fixed; ++i) {
    if (i >= actual.size()) {
      fail(c->pos, "internal error: too few arguments");
      out.push_back(zeroValue(sig->params[i]->type));
      continue;
    }
    out.push_back(implicitConvert(actual[i].t, sig->params[i]->type, actual[i].v));
  }
  if (packs) {
    size_t n = actual.size() > fixed ? actual.size() - fixed : 0;
    fe::Type* sliceT = sig->params[np - 1]->type;
    if (n == 0) {
      out.push_back(zeroValue(sliceT));
    } else {
      Value* arr = callRuntime("runtime.mallocgc", {b_.getInt64(sizeOf(elemT) * n), typeDesc(elemT)});
      for (size_t i = 0; i < n; ++i) {
        Value* v = implicitConvert(actual[fixed + i].t, elemT, actual[fixed + i].v);
        storeValue(elemT, v, b_.CreateConstInBoundsGEP1_64(memType(elemT), arr, i));
      }
      Value* s = PoisonValue::get(sliceTy_);
      s = b_.CreateInsertValue(s, arr, {0});
      s = b_.CreateInsertValue(s, b_.getInt64(n), {1});
      s = b_.CreateInsertValue(s, b_.getInt64(n), {2});
      out.push_back(s);
    }
  }
  return out;
}

Value* Lowering::call(fe::CallExpr* c) {
  fe::Expr* fun = unparen(c->fun);
  Value* null = ConstantPointerNull::get(ptr_);

  // A declared function, possibly qualified.
  fe::Func* direct = nullptr;
  if (auto* id = fe::dyn_cast<fe::Ident>(fun); id && id->obj && id->obj->kind == fe::ObjKind::Func)
    direct = static_cast<fe::Func*>(id->obj);
  auto* se = fe::dyn_cast<fe::SelectorExpr>(fun);
  if (se && se->selKind == fe::SelKind::Qualified && se->sel->obj &&
      se->sel->obj->kind == fe::ObjKind::Func)
    direct = static_cast<fe::Func*>(se->sel->obj);
  if (direct) {
    fe::Signature* sig = signatureOf(direct);
    Function* fn = funcFor(direct);
    std::vector<Value*> args{null};
    for (Value* a : callArgs(c, sig, 0)) args.push_back(a);
    return emitCall(fn, args);
  }

  if (se && (se->selKind == fe::SelKind::Method || se->selKind == fe::SelKind::MethodExpr)) {
    auto* m = static_cast<fe::Func*>(se->sel->obj);
    if (!m || m->kind != fe::ObjKind::Func) return fail(se->pos, "internal error: method call");
    if (!m->decl) return ifaceCall(c, se, m);  // an interface method (methods.cpp)
    fe::Signature* sig = signatureOf(m);
    std::vector<Value*> args{null};
    size_t skip = 0;
    if (se->selKind == fe::SelKind::Method) {
      args.push_back(receiver(se, m));
    } else {
      if (c->args.empty()) return fail(c->pos, "internal error: method expression without receiver");
      fe::Expr* r = c->args[0];
      args.push_back(adjustReceiver(r->type, exprTo(r, se->x->type), m));
      skip = 1;
    }
    for (Value* a : callArgs(c, sig, skip)) args.push_back(a);
    return emitCall(funcFor(m), args);
  }

  // A func value.
  fe::Type* ft = fe::underlying(fun->type);
  if (ft->kind != fe::TypeKind::Signature) return fail(c->pos, "internal error: call of a non-function");
  auto* sig = static_cast<fe::Signature*>(ft);
  if (sig->recv) sig = withoutReceiver(sig);  // a method value's type may keep it
  Value* fv = expr(fun);
  std::vector<Value*> args{fv};
  for (Value* a : callArgs(c, sig, 0)) args.push_back(a);
  nilCheck(fv);
  Value* code = b_.CreateLoad(ptr_, fv, "code");
  return emitCall(FunctionCallee(funcType(sig), code), args);
}

}  // namespace gorun::jit
