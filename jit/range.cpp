// for ... range over integers (Go 1.22), strings, slices, arrays and
// pointers to arrays.
//
// The range expression is evaluated once, before the loop; a hidden counter
// (not the user's variable) drives the iteration, so assigning to the key
// variable in the body does not change the iteration, as in Go. With := the
// iteration variables are declared at the top of every iteration: an
// escaping one gets a fresh heap cell each time (Go 1.22 semantics).
//
// Ranging over an array *value* iterates over a copy (the spec evaluates the
// operand once); an addressable array is copied only when the value
// variable is used. Strings decode UTF-8 with a fast path for ASCII and
// runtime.decoderune otherwise, yielding U+FFFD for invalid bytes.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

void Lowering::rangeStmt(fe::RangeStmt* s) {
  const fe::LabeledStmt* label = fn_->pendingLabel;
  fn_->pendingLabel = nullptr;
  fe::Type* xt = s->x->type;
  fe::Type* u = fe::underlying(xt);
  bool define = s->tok == fe::Tok::Define;
  bool wantValue = s->value && !isBlank(s->value);

  auto bind = [&](fe::Expr* lhs, fe::Type* t, Value* v) {
    if (!lhs || isBlank(lhs)) return;
    if (define) {
      auto* id = fe::dyn_cast<fe::Ident>(lhs);
      if (id && id->obj && id->obj->kind == fe::ObjKind::Var) {
        auto* var = static_cast<fe::Var*>(id->obj);
        Value* val = implicitConvert(t, var->type, v);
        declareVar(var, /*zero=*/false);
        storeValue(var->type, val, varAddr(var));
        return;
      }
    }
    storeValue(lhs->type, implicitConvert(t, lhs->type, v), addr(lhs));
  };

  enum { RInt, RString, RSlice, RArrayPtr } form;
  fe::Type* elemType = nullptr;
  Value* length = nullptr;  // i64
  Value* base = nullptr;    // element pointer (slices, arrays) or string value
  fe::Type* intType = nullptr;
  Value* intLimit = nullptr;
  Type* arrTy = nullptr;  // the array's memory type, when ranging over one

  if (fe::isInteger(u)) {
    form = RInt;
    intType = xt;
    if (fe::isUntyped(xt)) intType = tc_.basic(fe::TypeKind::Int);
    intLimit = s->x->mode == fe::Mode::Constant ? constValue(*s->x->constant, intType)
                                                 : expr(s->x);
  } else if (u->kind == fe::TypeKind::String || u->kind == fe::TypeKind::UntypedString) {
    form = RString;
    base = expr(s->x);
    length = b_.CreateExtractValue(base, {1});
  } else if (u->kind == fe::TypeKind::Slice) {
    form = RSlice;
    elemType = static_cast<fe::Slice*>(u)->elem;
    Value* sl = expr(s->x);
    base = b_.CreateExtractValue(sl, {0});
    length = b_.CreateExtractValue(sl, {1});
  } else if (u->kind == fe::TypeKind::Array) {
    form = RArrayPtr;
    auto* a = static_cast<fe::Array*>(u);
    elemType = a->elem;
    arrTy = memType(a);
    length = b_.getInt64(a->len);
    if (wantValue) {
      // Iterate over a copy of the array.
      Value* tmp = entryAlloca(memType(xt), "range.copy");
      if (s->x->mode == fe::Mode::Variable)
        copyMem(xt, tmp, addr(s->x));
      else
        storeValue(xt, expr(s->x), tmp);
      base = tmp;
    } else if (s->x->mode != fe::Mode::Variable) {
      expr(s->x);  // evaluated for its effects
    }
  } else if (u->kind == fe::TypeKind::Pointer &&
             fe::underlying(static_cast<fe::Pointer*>(u)->elem)->kind == fe::TypeKind::Array) {
    form = RArrayPtr;
    auto* a = static_cast<fe::Array*>(fe::underlying(static_cast<fe::Pointer*>(u)->elem));
    elemType = a->elem;
    arrTy = memType(a);
    length = b_.getInt64(a->len);
    base = expr(s->x);
    if (wantValue) nilCheck(base);
  } else if (u->kind == fe::TypeKind::Map) {
    mapRange(s, label);
    return;
  } else if (u->kind == fe::TypeKind::Chan) {
    chanRange(s, label);  // channels.cpp
    return;
  } else {
    unsupported(s->pos, "range over functions");
    return;
  }
  if (failed()) return;

  Type* counterTy = form == RInt ? valType(intType) : i64_;
  AllocaInst* counter = entryAlloca(counterTy, "range.i");
  AllocaInst* next = form == RString ? entryAlloca(i64_, "range.next") : nullptr;
  b_.CreateStore(Constant::getNullValue(counterTy), counter);

  BasicBlock* condBB = BasicBlock::Create(ctx_, "range.cond", fn_->fn);
  BasicBlock* bodyBB = BasicBlock::Create(ctx_, "range.body", fn_->fn);
  BasicBlock* postBB = BasicBlock::Create(ctx_, "range.post", fn_->fn);
  BasicBlock* endBB = BasicBlock::Create(ctx_, "range.end", fn_->fn);
  fn_->pendingLabel = label;
  registerTargets(s, {endBB, postBB});
  b_.CreateBr(condBB);

  b_.SetInsertPoint(condBB);
  Value* i = b_.CreateLoad(counterTy, counter);
  Value* more = form == RInt ? (fe::isUnsigned(intType) ? b_.CreateICmpULT(i, intLimit)
                                                        : b_.CreateICmpSLT(i, intLimit))
                             : b_.CreateICmpSLT(i, length);
  b_.CreateCondBr(more, bodyBB, endBB);

  b_.SetInsertPoint(bodyBB);
  fe::Type* intT = tc_.basic(fe::TypeKind::Int);
  switch (form) {
    case RInt:
      bind(s->key, intType, i);
      break;
    case RSlice:
    case RArrayPtr:
      bind(s->key, intT, i);
      if (wantValue) {
        Value* p = form == RSlice ? b_.CreateInBoundsGEP(memType(elemType), base, i)
                                  : b_.CreateInBoundsGEP(arrTy, base, {b_.getInt64(0), i});
        bind(s->value, elemType, loadValue(elemType, p));
      }
      break;
    case RString: {
      Value* p = b_.CreateInBoundsGEP(i8_, b_.CreateExtractValue(base, {0}), i);
      Value* byte = b_.CreateLoad(i8_, p);
      BasicBlock* ascii = BasicBlock::Create(ctx_, "range.ascii", fn_->fn);
      BasicBlock* multi = BasicBlock::Create(ctx_, "range.decode", fn_->fn);
      BasicBlock* join = BasicBlock::Create(ctx_, "range.rune", fn_->fn);
      b_.CreateCondBr(b_.CreateICmpULT(byte, b_.getInt8(0x80)), ascii, multi);
      b_.SetInsertPoint(ascii);
      Value* r1 = b_.CreateZExt(byte, i32_);
      Value* n1 = b_.CreateAdd(i, b_.getInt64(1));
      b_.CreateBr(join);
      b_.SetInsertPoint(multi);
      Value* res = entryAlloca(StructType::get(ctx_, {i32_, i64_}), "decoded");
      fe::Type* strT = tc_.basic(fe::TypeKind::String);
      callRuntime("runtime.decoderune", {res, spill(strT, base), i});
      Value* r2 = b_.CreateLoad(i32_, b_.CreateStructGEP(StructType::get(ctx_, {i32_, i64_}), res, 0));
      Value* n2 = b_.CreateLoad(i64_, b_.CreateStructGEP(StructType::get(ctx_, {i32_, i64_}), res, 1));
      b_.CreateBr(join);
      b_.SetInsertPoint(join);
      PHINode* r = b_.CreatePHI(i32_, 2, "rune");
      r->addIncoming(r1, ascii);
      r->addIncoming(r2, multi);
      PHINode* n = b_.CreatePHI(i64_, 2, "next");
      n->addIncoming(n1, ascii);
      n->addIncoming(n2, multi);
      b_.CreateStore(n, next);
      bind(s->key, intT, i);
      bind(s->value, tc_.runeType(), r);
      break;
    }
  }
  fn_->breakables.push_back(s);
  fn_->loops.push_back(s);
  stmt(s->body);
  fn_->breakables.pop_back();
  fn_->loops.pop_back();
  branchTo(postBB);

  b_.SetInsertPoint(postBB);
  Value* cur = b_.CreateLoad(counterTy, counter);
  Value* nextI = form == RString ? static_cast<Value*>(b_.CreateLoad(i64_, next))
                                 : b_.CreateAdd(cur, ConstantInt::get(counterTy, 1));
  b_.CreateStore(nextI, counter);
  preemptPoll();
  b_.CreateBr(condBB);
  b_.SetInsertPoint(endBB);
}

}  // namespace gorun::jit
