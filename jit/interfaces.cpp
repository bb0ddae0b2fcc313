// Interface values: conversions, type assertions and comparisons.
//
// An empty interface is a GoEface {type descriptor, data}; a non-empty one
// a GoIface {itab, data} (runtime/type.h). The data word is the value
// itself when the dynamic type is pointer-shaped (isDirectIface: pointers,
// maps, chans, funcs, and structs or arrays wrapping exactly one such
// value), else a pointer to a fresh heap copy, so an interface never points
// into a stack.
//
// Conversions. Concrete T -> I takes the constant itab "go:itab.<T>,<I>"
// (methods.cpp). Interface -> interface reads the dynamic type (the eface's
// type word, or itab->type) and, for a non-empty target, asks the runtime
// for the itab (runtime.getitab builds and caches it); a nil interface
// converts to nil.
//
// Type assertions x.(T) compare the dynamic type's descriptor with T's
// (descriptors are unique per type: linkonce_odr globals named after the
// type) and unbox; x.(I) asks runtime.getitab. A failed assertion without
// comma-ok panics with a *runtime.TypeAssertionError (runtime.panicdottype,
// on the goroutine stack: recoverable).
//
// Comparisons go through runtime.efaceeq on the two values as efaces: same
// dynamic type and equal values, panicking on an uncomparable dynamic type
// as Go does. A concrete operand is converted to an interface first.

#include "jit/lowering.h"

#include <llvm/IR/MDBuilder.h>

using namespace llvm;

namespace gorun::jit {

namespace {

bool isEmptyIface(fe::Type* t) {
  return static_cast<fe::Interface*>(fe::underlying(t))->empty();
}

}  // namespace

Value* Lowering::ifaceTypeWord(fe::Type* t, Value* v) {
  Value* w = b_.CreateExtractValue(v, {0});
  if (isEmptyIface(t)) return w;
  // {itab, data} -> itab->type; a nil interface has no itab.
  BasicBlock* from0 = b_.GetInsertBlock();
  BasicBlock* load = BasicBlock::Create(ctx_, "itab.type", fn_->fn);
  BasicBlock* join = BasicBlock::Create(ctx_, "itab.join", fn_->fn);
  b_.CreateCondBr(b_.CreateIsNull(w), join, load);
  b_.SetInsertPoint(load);
  Value* ty = b_.CreateLoad(ptr_, b_.CreateConstInBoundsGEP1_64(ptr_, w, 1));  // GoItab::type
  b_.CreateBr(join);
  b_.SetInsertPoint(join);
  PHINode* phi = b_.CreatePHI(ptr_, 2);
  phi->addIncoming(ConstantPointerNull::get(ptr_), from0);
  phi->addIncoming(ty, load);
  return phi;
}

Value* Lowering::ifaceData(fe::Type* to, Value* word) {
  if (!isDirectIface(to)) return loadValue(to, word);
  if (valType(to) == ptr_) return word;
  Value* slot = entryAlloca(memType(to));
  b_.CreateStore(word, slot);  // a one-pointer struct or array
  return loadValue(to, slot);
}

Value* Lowering::toInterface(fe::Type* from, fe::Type* to, Value* v) {
  if (fe::isInterface(from)) {
    if (fe::identical(from, to) || (isEmptyIface(from) && isEmptyIface(to))) return v;
    Value* typ = ifaceTypeWord(from, v);
    if (isEmptyIface(to)) return b_.CreateInsertValue(v, typ, {0});
    // Non-empty target: the itab of the dynamic type; nil stays nil.
    BasicBlock* from0 = b_.GetInsertBlock();
    BasicBlock* get = BasicBlock::Create(ctx_, "conv.itab", fn_->fn);
    BasicBlock* join = BasicBlock::Create(ctx_, "conv.join", fn_->fn);
    b_.CreateCondBr(b_.CreateIsNull(typ), join, get);
    b_.SetInsertPoint(get);
    Value* tab = callRuntime("runtime.getitab", {typeDesc(to), typ, b_.getInt1(false)});
    BasicBlock* getEnd = b_.GetInsertBlock();
    b_.CreateBr(join);
    b_.SetInsertPoint(join);
    PHINode* phi = b_.CreatePHI(ptr_, 2);
    phi->addIncoming(ConstantPointerNull::get(ptr_), from0);
    phi->addIncoming(tab, getEnd);
    return b_.CreateInsertValue(v, phi, {0});
  }
  from = defaultType(from);
  Value* data;
  if (isDirectIface(from)) {
    // Unwrap single-field structs and one-element arrays down to the pointer.
    data = toMem(from, v);
    while (data->getType()->isAggregateType()) data = b_.CreateExtractValue(data, {0});
  } else {
    data = mallocgc(from);
    storeValue(from, v, data);
  }
  Constant* word0 = isEmptyIface(to) ? typeDesc(from) : itabFor(from, to);
  Value* e = PoisonValue::get(ifaceTy_);
  e = b_.CreateInsertValue(e, word0, {0});
  return b_.CreateInsertValue(e, data, {1});
}

Value* Lowering::assertTo(fe::Type* from, Value* v, fe::Type* to, Value** ok) {
  Value* typ = ifaceTypeWord(from, v);
  Value* data = b_.CreateExtractValue(v, {1});
  Value* null = ConstantPointerNull::get(ptr_);
  if (!fe::isInterface(to)) {
    *ok = b_.CreateICmpEQ(typ, typeDesc(to));
    BasicBlock* from0 = b_.GetInsertBlock();
    BasicBlock* unbox = BasicBlock::Create(ctx_, "assert.unbox", fn_->fn);
    BasicBlock* join = BasicBlock::Create(ctx_, "assert.join", fn_->fn);
    b_.CreateCondBr(*ok, unbox, join);
    b_.SetInsertPoint(unbox);
    Value* val = ifaceData(to, data);
    BasicBlock* unboxEnd = b_.GetInsertBlock();
    b_.CreateBr(join);
    b_.SetInsertPoint(join);
    PHINode* phi = b_.CreatePHI(val->getType(), 2);
    phi->addIncoming(zeroValue(to), from0);
    phi->addIncoming(val, unboxEnd);
    return phi;
  }
  Value* word0 = typ;
  if (!isEmptyIface(to)) {
    BasicBlock* from0 = b_.GetInsertBlock();
    BasicBlock* get = BasicBlock::Create(ctx_, "assert.itab", fn_->fn);
    BasicBlock* join = BasicBlock::Create(ctx_, "assert.join", fn_->fn);
    b_.CreateCondBr(b_.CreateIsNull(typ), join, get);
    b_.SetInsertPoint(get);
    Value* tab = callRuntime("runtime.getitab", {typeDesc(to), typ, b_.getInt1(true)});
    BasicBlock* getEnd = b_.GetInsertBlock();
    b_.CreateBr(join);
    b_.SetInsertPoint(join);
    PHINode* phi = b_.CreatePHI(ptr_, 2);
    phi->addIncoming(null, from0);
    phi->addIncoming(tab, getEnd);
    word0 = phi;
  }
  *ok = b_.CreateIsNotNull(word0);
  Value* r = PoisonValue::get(ifaceTy_);
  r = b_.CreateInsertValue(r, word0, {0});
  return b_.CreateInsertValue(r, b_.CreateSelect(*ok, data, null), {1});
}

Value* Lowering::typeAssert(fe::TypeAssertExpr* e, bool commaOk, Value** okOut) {
  fe::Type* from = e->x->type;
  fe::Type* to = e->type;
  if (!from || !to || !fe::isInterface(from)) return fail(e->pos, "internal error: type assertion");
  Value* v = expr(e->x);
  Value* ok = nullptr;
  Value* r = assertTo(from, v, to, &ok);
  if (commaOk) {
    *okOut = ok;
    return r;
  }
  BasicBlock* failBB = BasicBlock::Create(ctx_, "assert.fail", fn_->fn);
  BasicBlock* okBB = BasicBlock::Create(ctx_, "assert.ok", fn_->fn);
  b_.CreateCondBr(ok, okBB, failBB, MDBuilder(ctx_).createLikelyBranchWeights());
  b_.SetInsertPoint(failBB);
  // Go names x's interface type only when the target is concrete: "T is
  // not I: missing method M", "interface is nil, not I".
  Value* typ = ifaceTypeWord(from, v);
  Value* iface = fe::isInterface(to) ? ConstantPointerNull::get(ptr_) : typeDesc(from);
  panicRuntime("runtime.panicdottype", {typ, typeDesc(to), iface});
  if (b_.GetInsertBlock() && !b_.GetInsertBlock()->getTerminator()) b_.CreateUnreachable();
  b_.SetInsertPoint(okBB);
  return r;
}

Value* Lowering::ifaceEqual(fe::Type* xt, Value* x, fe::Type* yt, Value* y) {
  fe::Type* any = tc_.anyType();
  auto asEface = [&](fe::Type* t, Value* v) -> Value* {
    if (!fe::isInterface(t)) return toInterface(t, any, v);
    if (isEmptyIface(t)) return v;
    return b_.CreateInsertValue(v, ifaceTypeWord(t, v), {0});
  };
  Value* ex = asEface(xt, x);
  Value* ey = asEface(yt, y);
  Value* px = spill(any, ex);
  Value* py = spill(any, ey);
  return b_.CreateICmpNE(callRuntime("runtime.efaceeq", {px, py}), b_.getInt64(0));
}

}  // namespace gorun::jit
