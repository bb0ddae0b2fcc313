// Builtin functions: len cap append copy make new panic print println min
// max clear complex real imag. (close, delete and recover belong to later
// milestones: channels, maps, defer.)
//
// append grows through runtime.growslice only when the new length exceeds
// the capacity; otherwise it writes in place into the shared backing array,
// which is Go's aliasing behaviour. append([]byte, string...) copies the
// string's bytes. copy is a memmove of min(len(dst), len(src)) elements, so
// overlapping slices behave.
//
// min and max on floats follow Go: a NaN argument wins, and -0 < +0; LLVM's
// llvm.minimum/llvm.maximum have exactly those semantics.

#include "jit/lowering.h"

#include <llvm/IR/Intrinsics.h>

using namespace llvm;

namespace gorun::jit {

Value* Lowering::builtinCall(fe::CallExpr* c) {
  using B = fe::BuiltinId;
  auto id = static_cast<B>(c->builtin);
  auto argU = [&](size_t i) { return fe::underlying(c->args[i]->type); };
  switch (id) {
    case B::Len:
    case B::Cap: {
      fe::Type* u = argU(0);
      if (u->kind == fe::TypeKind::Pointer) u = fe::underlying(static_cast<fe::Pointer*>(u)->elem);
      switch (u->kind) {
        case fe::TypeKind::String:
        case fe::TypeKind::UntypedString:
          return b_.CreateExtractValue(expr(c->args[0]), {1});
        case fe::TypeKind::Slice:
          return b_.CreateExtractValue(expr(c->args[0]), {id == B::Len ? 1u : 2u});
        case fe::TypeKind::Array:
          // The length is constant; evaluate only what may have effects
          // (never load a whole array variable just to drop it).
          if (c->args[0]->mode != fe::Mode::Variable) expr(c->args[0]);
          return b_.getInt64(static_cast<fe::Array*>(u)->len);
        case fe::TypeKind::Map:
          return mapLen(expr(c->args[0]));
        case fe::TypeKind::Chan:
          return chanLenCap(expr(c->args[0]), id == B::Cap);  // channels.cpp
        default:
          return fail(c->pos, "internal error: len of " + fe::typeString(c->args[0]->type));
      }
    }
    case B::Append:
      return appendCall(c);
    case B::Copy:
      return copyCall(c);
    case B::Make:
      return makeCall(c);
    case B::New: {
      auto* pt = fe::underlying(c->type);
      if (pt->kind != fe::TypeKind::Pointer) return fail(c->pos, "internal error: new's type");
      return mallocgc(static_cast<fe::Pointer*>(pt)->elem);
    }
    case B::Panic: {
      fe::Type* any = tc_.anyType();
      Value* e = exprTo(c->args[0], any);
      panicRuntime("runtime.gopanic", {spill(any, e)});
      return nullptr;
    }
    case B::Print:
    case B::Println:
      printCall(c, id == B::Println);
      return nullptr;
    case B::Min:
    case B::Max:
      return minMax(c, id == B::Min);
    case B::Clear: {
      fe::Type* u = argU(0);
      if (u->kind == fe::TypeKind::Map) {
        mapClear(c);
        return nullptr;
      }
      Value* s = expr(c->args[0]);
      fe::Type* elem = static_cast<fe::Slice*>(u)->elem;
      Value* bytes = b_.CreateMul(b_.CreateExtractValue(s, {1}), b_.getInt64(sizeOf(elem)));
      b_.CreateMemSet(b_.CreateExtractValue(s, {0}), b_.getInt8(0), bytes, alignOf(elem));
      return nullptr;
    }
    case B::Complex: {
      auto* ct = cast<StructType>(valType(c->type));
      fe::Type* ft = tc_.basic(ct->getElementType(0)->isFloatTy() ? fe::TypeKind::Float32
                                                                  : fe::TypeKind::Float64);
      Value* re = exprTo(c->args[0], ft);
      Value* im = exprTo(c->args[1], ft);
      return b_.CreateInsertValue(b_.CreateInsertValue(PoisonValue::get(ct), re, {0}), im, {1});
    }
    case B::Real:
    case B::Imag: {
      Value* z = expr(c->args[0]);
      return b_.CreateExtractValue(z, {id == B::Real ? 0u : 1u});
    }
    case B::Close:
      closeChan(c);  // channels.cpp
      return nullptr;
    case B::Delete:
      mapDelete(c);
      return nullptr;
    case B::Recover:
      return recoverCall(c);  // defer.cpp
  }
  return fail(c->pos, "internal error: unknown builtin");
}

Value* Lowering::appendCall(fe::CallExpr* c) {
  fe::Type* st = c->type;
  auto* su = static_cast<fe::Slice*>(fe::underlying(st));
  if (su->kind != fe::TypeKind::Slice) return fail(c->pos, "internal error: append's type");
  fe::Type* elem = su->elem;
  Type* elemTy = memType(elem);
  Value* s = exprTo(c->args[0], st);
  if (c->args.size() == 1) return s;

  Value* srcPtr = nullptr;
  Value* n = nullptr;
  std::vector<Value*> vals;
  if (c->hasEllipsis) {
    fe::Expr* src = c->args[1];
    Value* sv = isNil(src) ? zeroValue(st) : expr(src);
    srcPtr = b_.CreateExtractValue(sv, {0});
    n = b_.CreateExtractValue(sv, {1});
  } else {
    for (size_t i = 1; i < c->args.size(); ++i) vals.push_back(exprTo(c->args[i], elem));
    n = b_.getInt64(vals.size());
  }
  Value* len = b_.CreateExtractValue(s, {1});
  Value* cap = b_.CreateExtractValue(s, {2});
  Value* newLen = b_.CreateAdd(len, n);

  Value* inPlace = b_.CreateInsertValue(s, newLen, {1});
  BasicBlock* from = b_.GetInsertBlock();
  BasicBlock* grow = BasicBlock::Create(ctx_, "append.grow", fn_->fn);
  BasicBlock* join = BasicBlock::Create(ctx_, "append.join", fn_->fn);
  b_.CreateCondBr(b_.CreateICmpUGT(newLen, cap), grow, join);
  b_.SetInsertPoint(grow);
  AllocaInst* out = entryAlloca(sliceTy_, "grown");
  callRuntime("runtime.growslice", {out, typeDesc(elem), spill(st, s), newLen});
  Value* grown = b_.CreateLoad(sliceTy_, out);
  BasicBlock* growEnd = b_.GetInsertBlock();
  b_.CreateBr(join);
  b_.SetInsertPoint(join);
  PHINode* res = b_.CreatePHI(sliceTy_, 2, "appended");
  res->addIncoming(inPlace, from);
  res->addIncoming(grown, growEnd);

  Value* base = b_.CreateInBoundsGEP(elemTy, b_.CreateExtractValue(res, {0}), len);
  if (c->hasEllipsis) {
    Value* bytes = b_.CreateMul(n, b_.getInt64(sizeOf(elem)));
    b_.CreateMemMove(base, alignOf(elem), srcPtr, alignOf(elem), bytes);
  } else {
    for (size_t i = 0; i < vals.size(); ++i)
      storeValue(elem, vals[i], b_.CreateConstInBoundsGEP1_64(elemTy, base, i));
  }
  return res;
}

Value* Lowering::copyCall(fe::CallExpr* c) {
  fe::Type* du = fe::underlying(c->args[0]->type);
  fe::Type* elem = static_cast<fe::Slice*>(du)->elem;
  Value* dst = expr(c->args[0]);
  Value* src = expr(c->args[1]);
  Value* dl = b_.CreateExtractValue(dst, {1});
  Value* sl = b_.CreateExtractValue(src, {1});
  Value* n = b_.CreateSelect(b_.CreateICmpSLT(dl, sl), dl, sl);
  b_.CreateMemMove(b_.CreateExtractValue(dst, {0}), alignOf(elem), b_.CreateExtractValue(src, {0}),
                   alignOf(elem), b_.CreateMul(n, b_.getInt64(sizeOf(elem))));
  return n;
}

Value* Lowering::makeCall(fe::CallExpr* c) {
  fe::Type* u = fe::underlying(c->type);
  if (u->kind == fe::TypeKind::Map) return makeMap(c);
  if (u->kind == fe::TypeKind::Chan) return makeChan(c);  // channels.cpp
  if (u->kind != fe::TypeKind::Slice) return fail(c->pos, "internal error: make's type");
  fe::Type* elem = static_cast<fe::Slice*>(u)->elem;
  if (c->args.size() < 2) return fail(c->pos, "internal error: make without length");
  Value* len = indexValue(c->args[1]);
  Value* cap = c->args.size() > 2 ? indexValue(c->args[2]) : len;
  Value* p = callRuntime("runtime.makeslice", {typeDesc(elem), len, cap});
  Value* s = PoisonValue::get(sliceTy_);
  s = b_.CreateInsertValue(s, p, {0});
  s = b_.CreateInsertValue(s, len, {1});
  return b_.CreateInsertValue(s, cap, {2});
}

void Lowering::printCall(fe::CallExpr* c, bool ln) {
  for (size_t i = 0; i < c->args.size(); ++i) {
    if (ln && i > 0) callRuntime("runtime.printsp", {});
    fe::Expr* a = c->args[i];
    fe::Type* t = defaultType(a->type);
    fe::Type* u = fe::underlying(t);
    Value* v = isNil(a) ? static_cast<Value*>(ConstantPointerNull::get(ptr_)) : exprTo(a, t);
    if (isNil(a)) {
      callRuntime("runtime.printpointer", {v});
      continue;
    }
    switch (u->kind) {
      case fe::TypeKind::Bool:
        callRuntime("runtime.printbool", {v});
        break;
      case fe::TypeKind::Float32:
      case fe::TypeKind::Float64:
        callRuntime("runtime.printfloat", {b_.CreateFPExt(v, Type::getDoubleTy(ctx_))});
        break;
      case fe::TypeKind::Complex64:
      case fe::TypeKind::Complex128: {
        Type* d = Type::getDoubleTy(ctx_);
        callRuntime("runtime.printcomplex", {b_.CreateFPExt(b_.CreateExtractValue(v, {0}), d),
                                             b_.CreateFPExt(b_.CreateExtractValue(v, {1}), d)});
        break;
      }
      case fe::TypeKind::String:
        callRuntime("runtime.printstring", {spill(t, v)});
        break;
      case fe::TypeKind::Slice:
        callRuntime("runtime.printslice", {spill(t, v)});
        break;
      case fe::TypeKind::Interface:
        callRuntime("runtime.printeface", {spill(t, v)});
        break;
      case fe::TypeKind::Pointer:
      case fe::TypeKind::UnsafePointer:
      case fe::TypeKind::Map:
      case fe::TypeKind::Chan:
      case fe::TypeKind::Signature:
        callRuntime("runtime.printpointer", {v});
        break;
      default:
        if (fe::isInteger(u)) {
          callRuntime(fe::isUnsigned(u) ? "runtime.printuint" : "runtime.printint", {toInt64(u, v)});
          break;
        }
        unsupported(a->pos, "printing " + fe::typeString(t));
        return;
    }
  }
  if (ln) callRuntime("runtime.printnl", {});
}

Value* Lowering::minMax(fe::CallExpr* c, bool isMin) {
  fe::Type* t = c->type;
  Value* r = exprTo(c->args[0], t);
  for (size_t i = 1; i < c->args.size(); ++i) {
    Value* v = exprTo(c->args[i], t);
    if (fe::isFloat(t)) {
      r = b_.CreateBinaryIntrinsic(isMin ? Intrinsic::minimum : Intrinsic::maximum, r, v);
    } else if (fe::isString(t)) {
      Value* c0 = cmpString(v, r);
      Value* better = isMin ? b_.CreateICmpSLT(c0, b_.getInt64(0)) : b_.CreateICmpSGT(c0, b_.getInt64(0));
      r = b_.CreateSelect(better, v, r);
    } else {
      bool u = fe::isUnsigned(t);
      Value* better = isMin ? (u ? b_.CreateICmpULT(v, r) : b_.CreateICmpSLT(v, r))
                            : (u ? b_.CreateICmpUGT(v, r) : b_.CreateICmpSGT(v, r));
      r = b_.CreateSelect(better, v, r);
    }
  }
  return r;
}

}  // namespace gorun::jit
