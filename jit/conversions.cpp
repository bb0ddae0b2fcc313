// Conversions T(x): numeric (integers wrap or extend per the source's
// signedness; float to integer truncates toward zero, with out-of-range
// results frozen rather than left as LLVM poison), string <-> []byte,
// []rune and rune, named <-> underlying (free: both lower to the same LLVM
// type), and to interfaces (interfaces.cpp).

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

Value* Lowering::conversion(fe::CallExpr* c) {
  Value* v = conversionImpl(c);
  return v ? v : PoisonValue::get(valType(c->type));
}

Value* Lowering::conversionImpl(fe::CallExpr* c) {
  if (c->args.size() != 1) return fail(c->pos, "internal error: conversion arity");
  fe::Expr* arg = c->args[0];
  if (isNil(arg)) return zeroValue(c->type);
  if (arg->mode == fe::Mode::Constant && arg->constant && !fe::isInterface(c->type)) {
    // T(c) with a constant c that is not itself constant-foldable to T
    // (e.g. []byte("s")): convert from the constant's own type.
    fe::Type* from = defaultType(arg->type);
    return convert(from, c->type, constValue(*arg->constant, from));
  }
  return convert(arg->type, c->type, expr(arg));
}

Value* Lowering::convert(fe::Type* from, fe::Type* to, Value* v) {
  fe::Type* f = fe::underlying(from);
  fe::Type* t = fe::underlying(to);
  if (f->kind == fe::TypeKind::UntypedNil) return zeroValue(to);
  if (fe::isInterface(to)) return toInterface(from, to, v);
  if (fe::isInteger(f) && fe::isInteger(t)) {
    Type* dt = valType(t);
    unsigned sw = v->getType()->getIntegerBitWidth(), dw = dt->getIntegerBitWidth();
    if (sw == dw) return v;
    if (dw < sw) return b_.CreateTrunc(v, dt);
    return fe::isUnsigned(f) ? b_.CreateZExt(v, dt) : b_.CreateSExt(v, dt);
  }
  if (fe::isInteger(f) && fe::isFloat(t))
    return fe::isUnsigned(f) ? b_.CreateUIToFP(v, valType(t)) : b_.CreateSIToFP(v, valType(t));
  if (fe::isFloat(f) && fe::isInteger(t)) {
    // Out-of-range conversions are implementation-defined in Go; freeze
    // keeps LLVM's poison from spreading (amd64 yields 0x8000...).
    Value* r = fe::isUnsigned(t) ? b_.CreateFPToUI(v, valType(t)) : b_.CreateFPToSI(v, valType(t));
    return b_.CreateFreeze(r);
  }
  if (fe::isFloat(f) && fe::isFloat(t)) {
    Type* dt = valType(t);
    if (v->getType() == dt) return v;
    return dt->isFloatTy() ? b_.CreateFPTrunc(v, dt) : b_.CreateFPExt(v, dt);
  }
  if (fe::isComplex(f) && fe::isComplex(t)) {
    auto* dt = cast<StructType>(valType(t));
    if (v->getType() == dt) return v;
    Type* et = dt->getElementType(0);
    Value* re = b_.CreateExtractValue(v, {0});
    Value* im = b_.CreateExtractValue(v, {1});
    re = et->isFloatTy() ? b_.CreateFPTrunc(re, et) : b_.CreateFPExt(re, et);
    im = et->isFloatTy() ? b_.CreateFPTrunc(im, et) : b_.CreateFPExt(im, et);
    return b_.CreateInsertValue(b_.CreateInsertValue(PoisonValue::get(dt), re, {0}), im, {1});
  }
  auto elemKind = [](fe::Type* sl) {
    fe::Type* e = fe::underlying(static_cast<fe::Slice*>(sl)->elem);
    return e->kind;
  };
  if (fe::isString(t)) {
    if (fe::isInteger(f)) return intToString(f, v);
    if (fe::isString(f)) return v;
    if (f->kind == fe::TypeKind::Slice) {
      if (elemKind(f) == fe::TypeKind::Uint8) return stringFromRunes(v, false);
      if (elemKind(f) == fe::TypeKind::Int32) return stringFromRunes(v, true);
    }
  }
  if (t->kind == fe::TypeKind::Slice && fe::isString(f)) {
    if (elemKind(t) == fe::TypeKind::Uint8) return stringToSlice(v, false);
    if (elemKind(t) == fe::TypeKind::Int32) return stringToSlice(v, true);
  }
  if (v->getType() == valType(to)) return v;
  return unsupported(fe::Pos{}, "conversion from " + fe::typeString(from) + " to " +
                                    fe::typeString(to));
}

}  // namespace gorun::jit
