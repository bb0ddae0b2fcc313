// Channel operations (Go's walk of OMAKECHAN, OSEND, ORECV, OCLOSE, len
// and cap of channels, and range over a channel).
//
// A channel value is a pointer to the runtime's HChan (runtime/chan.h).
// Values cross to the runtime by address: a send spills the value to a
// stack slot and passes its address; a receive passes the address of a
// slot of the element's type and loads it afterwards. The slots are in
// the entry block, so a receive in a loop reuses one.
//
//   make(chan T, n)   runtime.makechan(type:chan T, n)
//   c <- v            runtime.chansend1(c, &v)
//   <-c               runtime.chanrecv1(c, &slot)       (slot null if unused)
//   v, ok := <-c      ok = runtime.chanrecv2(c, &slot)
//   close(c)          runtime.closechan(c)
//   len(c), cap(c)    inline: 0 for nil, else HChan.qcount / HChan.dataqsiz
//   for v := range c  loop { if !chanrecv2(c, &slot) break; v = slot; body }
//
// chansend1/chanrecv1/chanrecv2 run on the goroutine stack and may park
// (runtime/chan.cpp); the slots' addresses stay valid because a parked
// stack never moves.
#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

namespace {

fe::Chan* chanOf(fe::Type* t) { return static_cast<fe::Chan*>(fe::underlying(t)); }

fe::Expr* unparenExpr(fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  return e;
}

}  // namespace

Value* Lowering::makeChan(fe::CallExpr* c) {
  Value* size = c->args.size() > 1 ? indexValue(c->args[1]) : b_.getInt64(0);
  return callRuntime("runtime.makechan", {typeDesc(c->type), size});
}

void Lowering::sendStmt(fe::SendStmt* s) {
  fe::Chan* ct = chanOf(s->chan->type);
  Value* ch = expr(s->chan);
  Value* v = exprTo(s->value, ct->elem);
  callRuntime("runtime.chansend1", {ch, spill(ct->elem, v)});
}

Value* Lowering::chanRecv(fe::UnaryExpr* u, Value** ok) {
  fe::Chan* ct = chanOf(u->x->type);
  Value* ch = expr(u->x);
  AllocaInst* slot = entryAlloca(memType(ct->elem), "recv");
  slot->setAlignment(alignOf(ct->elem));
  if (ok) {
    Value* r = callRuntime("runtime.chanrecv2", {ch, slot});
    *ok = b_.CreateICmpNE(r, b_.getInt64(0));
  } else {
    callRuntime("runtime.chanrecv1", {ch, slot});
  }
  return loadValue(ct->elem, slot);
}

void Lowering::closeChan(fe::CallExpr* c) { callRuntime("runtime.closechan", {expr(c->args[0])}); }

Value* Lowering::chanLenCap(Value* ch, bool cap) {
  BasicBlock* from = b_.GetInsertBlock();
  BasicBlock* loadBB = BasicBlock::Create(ctx_, "chanlen.load", fn_->fn);
  BasicBlock* doneBB = BasicBlock::Create(ctx_, "chanlen.done", fn_->fn);
  b_.CreateCondBr(b_.CreateIsNull(ch), doneBB, loadBB);
  b_.SetInsertPoint(loadBB);
  // HChan: qcount at 0, dataqsiz at 8 (runtime/chan.h). qcount changes
  // under the channel's lock; a racy read is what Go's len does too.
  Value* p = cap ? b_.CreateConstGEP1_64(i64_, ch, 1) : ch;
  auto* n = b_.CreateLoad(i64_, p, cap ? "chan.cap" : "chan.len");
  if (!cap) n->setAtomic(AtomicOrdering::Monotonic);
  n->setAlignment(Align(8));
  b_.CreateBr(doneBB);
  b_.SetInsertPoint(doneBB);
  PHINode* phi = b_.CreatePHI(i64_, 2);
  phi->addIncoming(b_.getInt64(0), from);
  phi->addIncoming(n, loadBB);
  return phi;
}

// Binds a received value to the left side of `v := <-c` / `v = <-c` (a
// range variable or a select case's assignment).
void Lowering::bindValue(fe::Expr* lhs, bool define, fe::Type* t, Value* v) {
  if (!lhs || isBlank(lhs)) return;
  if (define) {
    auto* id = fe::dyn_cast<fe::Ident>(unparenExpr(lhs));
    if (id && id->obj && id->obj->kind == fe::ObjKind::Var) {
      auto* var = static_cast<fe::Var*>(id->obj);
      Value* val = implicitConvert(t, var->type, v);
      if (!fn_->vars.count(var)) declareVar(var, /*zero=*/false);
      storeValue(var->type, val, varAddr(var));
      return;
    }
  }
  if (isMapIndex(lhs)) {
    MapLvalue l = mapLvalue(lhs);
    mapStore(l, implicitConvert(t, lhs->type, v));
    return;
  }
  Value* a = addr(lhs);
  storeValue(lhs->type, implicitConvert(t, lhs->type, v), a);
}

void Lowering::chanRange(fe::RangeStmt* s, const fe::LabeledStmt* label) {
  fe::Chan* ct = chanOf(s->x->type);
  bool define = s->tok == fe::Tok::Define;
  Value* ch = expr(s->x);
  AllocaInst* slot = entryAlloca(memType(ct->elem), "range.recv");
  slot->setAlignment(alignOf(ct->elem));

  BasicBlock* condBB = BasicBlock::Create(ctx_, "chanrange.cond", fn_->fn);
  BasicBlock* bodyBB = BasicBlock::Create(ctx_, "chanrange.body", fn_->fn);
  BasicBlock* endBB = BasicBlock::Create(ctx_, "chanrange.end", fn_->fn);
  fn_->pendingLabel = label;
  registerTargets(s, {endBB, condBB});
  b_.CreateBr(condBB);

  b_.SetInsertPoint(condBB);
  Value* ok = callRuntime("runtime.chanrecv2", {ch, slot});
  b_.CreateCondBr(b_.CreateICmpNE(ok, b_.getInt64(0)), bodyBB, endBB);

  b_.SetInsertPoint(bodyBB);
  if (s->key && !isBlank(s->key)) bindValue(s->key, define, ct->elem, loadValue(ct->elem, slot));
  fn_->breakables.push_back(s);
  fn_->loops.push_back(s);
  stmt(s->body);
  fn_->breakables.pop_back();
  fn_->loops.pop_back();
  branchTo(condBB);
  b_.SetInsertPoint(endBB);
}

}  // namespace gorun::jit
