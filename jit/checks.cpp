// Go's run-time checks: nil dereference, index and slice bounds, integer
// division, shift counts.
//
// Each check is a compare and a branch to a cold block that calls the
// runtime's noreturn panic function with Go's operands, so the messages are
// Go's ("index out of range [5] with length 3"). Bounds are compared
// unsigned: a negative index, seen as a huge unsigned number, fails the same
// compare, and the runtime prints it signed as Go does.
//
// LLVM gives undefined behaviour where Go defines a result, and the lowering
// must not let it through:
//   - sdiv/srem of MinInt by -1 (x86's idiv traps): Go yields MinInt and 0,
//     so the divisor -1 is replaced by 1 and the quotient negated
//     (wrapping), with selects so no branch is needed;
//   - shifts by >= the width give poison: Go yields 0 (or the sign fill for
//     >> of a signed value), so the count is clamped and the result
//     selected; a negative signed count panics.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

namespace {

BasicBlock* newBlock(LLVMContext& ctx, Function* fn, const Twine& name) {
  return BasicBlock::Create(ctx, name, fn);
}

}  // namespace

void Lowering::nilCheck(Value* ptr) {
  if (isa<Constant>(ptr) && !cast<Constant>(ptr)->isNullValue()) return;
  Function* fn = b_.GetInsertBlock()->getParent();
  BasicBlock* bad = newBlock(ctx_, fn, "nil.panic");
  BasicBlock* ok = newBlock(ctx_, fn, "nil.ok");
  b_.CreateCondBr(b_.CreateIsNull(ptr), bad, ok);
  b_.SetInsertPoint(bad);
  callRuntime("runtime.panicmem", {});
  b_.CreateUnreachable();
  b_.SetInsertPoint(ok);
}

void Lowering::boundsCheck(Value* idx, Value* len) {
  if (auto* ci = dyn_cast<ConstantInt>(idx))
    if (auto* cl = dyn_cast<ConstantInt>(len))
      if (ci->getValue().ult(cl->getValue())) return;
  Function* fn = b_.GetInsertBlock()->getParent();
  BasicBlock* bad = newBlock(ctx_, fn, "index.panic");
  BasicBlock* ok = newBlock(ctx_, fn, "index.ok");
  b_.CreateCondBr(b_.CreateICmpULT(idx, len), ok, bad);
  b_.SetInsertPoint(bad);
  callRuntime("runtime.panicIndex", {idx, len});
  b_.CreateUnreachable();
  b_.SetInsertPoint(ok);
}

void Lowering::sliceCheck(Value* x, Value* y, StringRef panicFn) {
  if (auto* cx = dyn_cast<ConstantInt>(x))
    if (auto* cy = dyn_cast<ConstantInt>(y))
      if (cx->getValue().ule(cy->getValue())) return;
  Function* fn = b_.GetInsertBlock()->getParent();
  BasicBlock* bad = newBlock(ctx_, fn, "slice.panic");
  BasicBlock* ok = newBlock(ctx_, fn, "slice.ok");
  b_.CreateCondBr(b_.CreateICmpULE(x, y), ok, bad);
  b_.SetInsertPoint(bad);
  callRuntime(panicFn, {x, y});
  b_.CreateUnreachable();
  b_.SetInsertPoint(ok);
}

Value* Lowering::checkedDivRem(fe::Tok op, fe::Type* t, Value* x, Value* y, bool yIsConst) {
  bool isRem = op == fe::Tok::Rem;
  bool isSigned = !fe::isUnsigned(t);
  auto* cy = dyn_cast<ConstantInt>(y);
  if (!cy || cy->isZero()) {
    Function* fn = b_.GetInsertBlock()->getParent();
    BasicBlock* bad = newBlock(ctx_, fn, "div.panic");
    BasicBlock* ok = newBlock(ctx_, fn, "div.ok");
    b_.CreateCondBr(b_.CreateIsNull(y), bad, ok);
    b_.SetInsertPoint(bad);
    callRuntime("runtime.panicdivide", {});
    b_.CreateUnreachable();
    b_.SetInsertPoint(ok);
  }
  if (!isSigned) return isRem ? b_.CreateURem(x, y) : b_.CreateUDiv(x, y);
  if (cy && !cy->isMinusOne()) return isRem ? b_.CreateSRem(x, y) : b_.CreateSDiv(x, y);
  Value* minusOne = b_.CreateICmpEQ(y, ConstantInt::getSigned(y->getType(), -1));
  Value* safeY = b_.CreateSelect(minusOne, ConstantInt::get(y->getType(), 1), y);
  if (isRem) return b_.CreateSelect(minusOne, ConstantInt::get(y->getType(), 0), b_.CreateSRem(x, safeY));
  return b_.CreateSelect(minusOne, b_.CreateNeg(x), b_.CreateSDiv(x, safeY));
}

Value* Lowering::shift(fe::Tok op, fe::Type* xt, Value* x, fe::Type* yt, Value* y) {
  unsigned width = x->getType()->getIntegerBitWidth();
  bool ySigned = yt && !fe::isUnsigned(yt);
  // A constant count is known non-negative (the checker rejects others).
  if (auto* cy = dyn_cast<ConstantInt>(y)) {
    uint64_t n = cy->getValue().getLimitedValue();
    if (n < width) {
      Value* amt = ConstantInt::get(x->getType(), n);
      if (op == fe::Tok::Shl) return b_.CreateShl(x, amt);
      return fe::isUnsigned(xt) ? b_.CreateLShr(x, amt) : b_.CreateAShr(x, amt);
    }
    if (op == fe::Tok::Shr && !fe::isUnsigned(xt))
      return b_.CreateAShr(x, ConstantInt::get(x->getType(), width - 1));
    return ConstantInt::get(x->getType(), 0);
  }
  if (ySigned) {
    Function* fn = b_.GetInsertBlock()->getParent();
    BasicBlock* bad = newBlock(ctx_, fn, "shift.panic");
    BasicBlock* ok = newBlock(ctx_, fn, "shift.ok");
    b_.CreateCondBr(b_.CreateICmpSLT(y, ConstantInt::get(y->getType(), 0)), bad, ok);
    b_.SetInsertPoint(bad);
    callRuntime("runtime.panicshift", {});
    b_.CreateUnreachable();
    b_.SetInsertPoint(ok);
  }
  // Work on the count as a 64-bit unsigned number, then clamp.
  Value* n = y->getType()->getIntegerBitWidth() < 64 ? b_.CreateZExt(y, i64_) : y;
  Value* inRange = b_.CreateICmpULT(n, b_.getInt64(width));
  Value* nx = b_.CreateZExtOrTrunc(n, x->getType());
  if (op == fe::Tok::Shl) {
    Value* amt = b_.CreateSelect(inRange, nx, ConstantInt::get(x->getType(), 0));
    return b_.CreateSelect(inRange, b_.CreateShl(x, amt), ConstantInt::get(x->getType(), 0));
  }
  if (fe::isUnsigned(xt)) {
    Value* amt = b_.CreateSelect(inRange, nx, ConstantInt::get(x->getType(), 0));
    return b_.CreateSelect(inRange, b_.CreateLShr(x, amt), ConstantInt::get(x->getType(), 0));
  }
  Value* amt = b_.CreateSelect(inRange, nx, ConstantInt::get(x->getType(), width - 1));
  return b_.CreateAShr(x, amt);
}

}  // namespace gorun::jit
