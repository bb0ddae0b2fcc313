// Indexing and slicing of strings, slices, arrays and pointers to arrays.
//
// Index operands of any integer type are widened to 64 bits (signed or
// unsigned per their type) and bounds-checked unsigned, so negative indexes
// fail the same check; an array variable is indexed in place, an array
// value through a temporary (or extractvalue for a constant index).
//
// Slice expressions perform the checks in gc's order with gc's panic
// functions (ssagen's slice()): the new cap (3-index) or high bound against
// the capacity, then high against max, then low against high; a result with
// zero capacity keeps the base pointer, so a slice never points past its
// backing array.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

// ---------------------------------------------------------------------------
// Indexing and slicing

Value* Lowering::toInt64(fe::Type* t, Value* v) {
  unsigned w = v->getType()->getIntegerBitWidth();
  if (w == 64) return v;
  if (w > 64) return b_.CreateTrunc(v, i64_);
  return t && fe::isUnsigned(t) ? b_.CreateZExt(v, i64_) : b_.CreateSExt(v, i64_);
}

Value* Lowering::indexValue(fe::Expr* e) {
  if (e->mode == fe::Mode::Constant && e->constant)
    return b_.getInt64(uint64_t(e->constant->int64()));
  return toInt64(e->type, expr(e));
}

Value* Lowering::indexAddr(fe::IndexExpr* e) {
  fe::Type* u = fe::underlying(e->x->type);
  switch (u->kind) {
    case fe::TypeKind::Slice: {
      Value* s = expr(e->x);
      Value* i = indexValue(e->index);
      boundsCheck(i, b_.CreateExtractValue(s, {1}));
      return b_.CreateInBoundsGEP(memType(static_cast<fe::Slice*>(u)->elem),
                                  b_.CreateExtractValue(s, {0}), i);
    }
    case fe::TypeKind::Array: {
      Value* a = e->x->mode == fe::Mode::Variable ? addr(e->x) : spill(e->x->type, expr(e->x));
      Value* i = indexValue(e->index);
      boundsCheck(i, b_.getInt64(static_cast<fe::Array*>(u)->len));
      return b_.CreateInBoundsGEP(memType(u), a, {b_.getInt64(0), i});
    }
    case fe::TypeKind::Pointer: {
      fe::Type* at = fe::underlying(static_cast<fe::Pointer*>(u)->elem);
      if (at->kind != fe::TypeKind::Array) break;
      Value* p = expr(e->x);
      Value* i = indexValue(e->index);
      nilCheck(p);
      boundsCheck(i, b_.getInt64(static_cast<fe::Array*>(at)->len));
      return b_.CreateInBoundsGEP(memType(at), p, {b_.getInt64(0), i});
    }
    case fe::TypeKind::Map:
      return unsupported(e->pos, "maps");
    default:
      break;
  }
  return fail(e->pos, "internal error: cannot index " + fe::typeString(e->x->type));
}

Value* Lowering::indexExpr(fe::IndexExpr* e) {
  fe::Type* u = fe::underlying(e->x->type);
  if (u->kind == fe::TypeKind::String || u->kind == fe::TypeKind::UntypedString) {
    Value* s = expr(e->x);
    Value* i = indexValue(e->index);
    boundsCheck(i, b_.CreateExtractValue(s, {1}));
    return b_.CreateLoad(i8_, b_.CreateInBoundsGEP(i8_, b_.CreateExtractValue(s, {0}), i));
  }
  if (u->kind == fe::TypeKind::Map) return mapIndex(e);
  if (u->kind == fe::TypeKind::Array && e->x->mode != fe::Mode::Variable) {
    // Indexing an array value: extract without a temporary when constant.
    Value* a = expr(e->x);
    if (e->index->mode == fe::Mode::Constant && e->index->constant) {
      int64_t i = e->index->constant->int64();
      boundsCheck(b_.getInt64(uint64_t(i)), b_.getInt64(static_cast<fe::Array*>(u)->len));
      return fromMem(e->type, b_.CreateExtractValue(a, {unsigned(i)}));
    }
    Value* tmp = spill(e->x->type, a);
    Value* i = indexValue(e->index);
    boundsCheck(i, b_.getInt64(static_cast<fe::Array*>(u)->len));
    return loadValue(e->type, b_.CreateInBoundsGEP(memType(u), tmp, {b_.getInt64(0), i}));
  }
  Value* p = indexAddr(e);
  if (!p) return nullptr;
  return loadValue(e->type, p);
}

Value* Lowering::sliceExpr(fe::SliceExpr* e) {
  fe::Type* u = fe::underlying(e->x->type);
  Value* base = nullptr;
  Value *len = nullptr, *cap = nullptr;
  Type* elemTy = i8_;
  bool isString = false, isSlice = false;
  switch (u->kind) {
    case fe::TypeKind::String:
    case fe::TypeKind::UntypedString: {
      isString = true;
      Value* s = expr(e->x);
      base = b_.CreateExtractValue(s, {0});
      len = cap = b_.CreateExtractValue(s, {1});
      break;
    }
    case fe::TypeKind::Slice: {
      isSlice = true;
      Value* s = expr(e->x);
      elemTy = memType(static_cast<fe::Slice*>(u)->elem);
      base = b_.CreateExtractValue(s, {0});
      len = b_.CreateExtractValue(s, {1});
      cap = b_.CreateExtractValue(s, {2});
      break;
    }
    case fe::TypeKind::Array: {
      auto* a = static_cast<fe::Array*>(u);
      elemTy = memType(a->elem);
      base = addr(e->x);
      len = cap = b_.getInt64(a->len);
      break;
    }
    case fe::TypeKind::Pointer: {
      auto* a = static_cast<fe::Array*>(fe::underlying(static_cast<fe::Pointer*>(u)->elem));
      if (a->kind != fe::TypeKind::Array) return fail(e->pos, "internal error: slicing a pointer");
      elemTy = memType(a->elem);
      base = expr(e->x);
      nilCheck(base);
      len = cap = b_.getInt64(a->len);
      break;
    }
    default:
      return fail(e->pos, "internal error: cannot slice " + fe::typeString(e->x->type));
  }
  Value* lo = e->lo ? indexValue(e->lo) : b_.getInt64(0);
  Value* hi = e->hi ? indexValue(e->hi) : len;
  Value* max = e->max ? indexValue(e->max) : cap;
  if (e->slice3) {
    sliceCheck(max, cap, isSlice ? "runtime.panicSlice3Acap" : "runtime.panicSlice3Alen");
    sliceCheck(hi, max, "runtime.panicSlice3B");
    sliceCheck(lo, hi, "runtime.panicSlice3C");
  } else {
    if (e->hi) sliceCheck(hi, cap, isSlice ? "runtime.panicSliceAcap" : "runtime.panicSliceAlen");
    sliceCheck(lo, hi, "runtime.panicSliceB");
  }
  Value* newLen = b_.CreateSub(hi, lo);
  Value* newCap = isString ? newLen : b_.CreateSub(max, lo);
  Value* moved = b_.CreateInBoundsGEP(elemTy, base, lo);
  Value* ptr = b_.CreateSelect(b_.CreateICmpEQ(newCap, b_.getInt64(0)), base, moved);
  if (isString) {
    Value* r = PoisonValue::get(stringTy_);
    r = b_.CreateInsertValue(r, ptr, {0});
    return b_.CreateInsertValue(r, newLen, {1});
  }
  Value* r = PoisonValue::get(sliceTy_);
  r = b_.CreateInsertValue(r, ptr, {0});
  r = b_.CreateInsertValue(r, newLen, {1});
  return b_.CreateInsertValue(r, newCap, {2});
}

}  // namespace gorun::jit
