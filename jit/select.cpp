// select statements (Go's walkSelect and walkSelectCases).
//
// The forms, as Go's compiler picks them:
//   select {}                      runtime.block(): parks forever
//   only a default                 its body
//   one case, no default           the plain operation (chansend1,
//                                  chanrecv1/2), then the body
//   one case and a default         runtime.selectnbsend / selectnbrecv,
//                                  a branch to the case or the default
//   otherwise                      runtime.selectgo over an array of
//                                  {chan, elem} cases on the stack (sends
//                                  first, then receives), a switch on the
//                                  index it returns (-1: the default)
// On entry every case's channel operand and every send's value are
// evaluated once, in source order (the spec); a receive's left side is
// assigned only in the case that runs. Received values land in a slot of
// the element type; runtime/select.cpp describes selectgo itself.
#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

namespace {

fe::Expr* unparenExpr(fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  return e;
}

// One communication clause, its operands evaluated.
struct SelectCase {
  fe::CommClause* clause = nullptr;
  bool isSend = false;
  fe::Chan* chanType = nullptr;
  Value* ch = nullptr;
  Value* elem = nullptr;         // send: the spilled value; recv: the slot
  fe::AssignStmt* assign = nullptr;  // recv with `v[, ok] =` or `:=`
  int index = 0;                 // in selectgo's case array
  BasicBlock* bb = nullptr;
};

}  // namespace

void Lowering::selectStmt(fe::SelectStmt* s) {
  fn_->pendingLabel = nullptr;
  BasicBlock* endBB = BasicBlock::Create(ctx_, "select.end", fn_->fn);
  registerTargets(s, {endBB, nullptr});

  std::vector<SelectCase> cases;
  fe::CommClause* dflt = nullptr;
  for (auto* st : s->body->list) {
    auto* cc = fe::dyn_cast<fe::CommClause>(st);
    if (!cc) continue;
    if (!cc->comm) {
      dflt = cc;
      continue;
    }
    SelectCase sc;
    sc.clause = cc;
    if (auto* send = fe::dyn_cast<fe::SendStmt>(cc->comm)) {
      sc.isSend = true;
      sc.chanType = static_cast<fe::Chan*>(fe::underlying(send->chan->type));
      sc.ch = expr(send->chan);
      sc.elem = spill(sc.chanType->elem, exprTo(send->value, sc.chanType->elem));
    } else {
      fe::Expr* rx = nullptr;
      if (auto* es = fe::dyn_cast<fe::ExprStmt>(cc->comm)) {
        rx = es->x;
      } else if (auto* as = fe::dyn_cast<fe::AssignStmt>(cc->comm)) {
        sc.assign = as;
        rx = as->rhs.empty() ? nullptr : as->rhs[0];
      }
      auto* u = rx ? fe::dyn_cast<fe::UnaryExpr>(unparenExpr(rx)) : nullptr;
      if (!u || u->op != fe::Tok::Arrow) {
        fail(cc->pos, "internal error: select case is not a communication");
        return;
      }
      sc.chanType = static_cast<fe::Chan*>(fe::underlying(u->x->type));
      sc.ch = expr(u->x);
      AllocaInst* slot = entryAlloca(memType(sc.chanType->elem), "select.recv");
      slot->setAlignment(alignOf(sc.chanType->elem));
      sc.elem = slot;
    }
    cases.push_back(sc);
  }
  if (failed()) return;

  fn_->breakables.push_back(s);
  // The body of case i, with the received value and ok bound first.
  auto emitBody = [&](SelectCase& sc, Value* ok) {
    if (sc.assign && !sc.isSend) {
      bool define = sc.assign->tok == fe::Tok::Define;
      fe::Type* et = sc.chanType->elem;
      bindValue(sc.assign->lhs[0], define, et, loadValue(et, sc.elem));
      if (sc.assign->lhs.size() > 1) {
        if (!ok) ok = b_.getTrue();
        bindValue(sc.assign->lhs[1], define, tc_.basic(fe::TypeKind::Bool), ok);
      }
    }
    stmtList(sc.clause->body);
    branchTo(endBB);
  };

  if (cases.empty()) {
    if (dflt) {
      stmtList(dflt->body);
      branchTo(endBB);
    } else {
      callRuntime("runtime.block", {});
      b_.CreateUnreachable();
      startDeadBlock();
      branchTo(endBB);
    }
  } else if (cases.size() == 1 && !dflt) {
    SelectCase& sc = cases[0];
    Value* ok = nullptr;
    if (sc.isSend) {
      callRuntime("runtime.chansend1", {sc.ch, sc.elem});
    } else if (sc.assign && sc.assign->lhs.size() > 1) {
      ok = b_.CreateICmpNE(callRuntime("runtime.chanrecv2", {sc.ch, sc.elem}), b_.getInt64(0));
    } else {
      callRuntime("runtime.chanrecv1", {sc.ch, sc.elem});
    }
    emitBody(sc, ok);
  } else if (cases.size() == 1) {
    SelectCase& sc = cases[0];
    BasicBlock* caseBB = BasicBlock::Create(ctx_, "select.case", fn_->fn);
    BasicBlock* dfltBB = BasicBlock::Create(ctx_, "select.default", fn_->fn);
    Value* ok = nullptr;
    if (sc.isSend) {
      Value* r = callRuntime("runtime.selectnbsend", {sc.ch, sc.elem});
      b_.CreateCondBr(b_.CreateICmpNE(r, b_.getInt64(0)), caseBB, dfltBB);
    } else {
      Value* r = callRuntime("runtime.selectnbrecv", {sc.elem, sc.ch});
      ok = b_.CreateICmpNE(b_.CreateAnd(r, b_.getInt64(2)), b_.getInt64(0));
      b_.CreateCondBr(b_.CreateICmpNE(b_.CreateAnd(r, b_.getInt64(1)), b_.getInt64(0)), caseBB,
                      dfltBB);
    }
    b_.SetInsertPoint(caseBB);
    emitBody(sc, ok);
    b_.SetInsertPoint(dfltBB);
    stmtList(dflt->body);
    branchTo(endBB);
  } else {
    int nsends = 0, nrecvs = 0;
    for (auto& sc : cases) (sc.isSend ? nsends : nrecvs)++;
    int si = 0, ri = nsends;
    for (auto& sc : cases) sc.index = sc.isSend ? si++ : ri++;
    int n = int(cases.size());
    auto* scaseTy = StructType::get(ctx_, {ptr_, ptr_});
    AllocaInst* arr = entryAlloca(ArrayType::get(scaseTy, n), "select.cases");
    AllocaInst* order = entryAlloca(ArrayType::get(Type::getInt16Ty(ctx_), 2 * n), "select.order");
    AllocaInst* recvOK = entryAlloca(i8_, "select.recvok");
    for (auto& sc : cases) {
      Value* p = b_.CreateConstInBoundsGEP2_32(arr->getAllocatedType(), arr, 0, sc.index);
      b_.CreateStore(sc.ch, b_.CreateStructGEP(scaseTy, p, 0));
      b_.CreateStore(sc.elem, b_.CreateStructGEP(scaseTy, p, 1));
    }
    Value* casi = callRuntime("runtime.selectgo",
                              {arr, order, b_.getInt64(nsends), b_.getInt64(nrecvs),
                               b_.getInt64(dflt ? 0 : 1), recvOK});
    BasicBlock* dfltBB = BasicBlock::Create(ctx_, dflt ? "select.default" : "select.bad", fn_->fn);
    SwitchInst* sw = b_.CreateSwitch(casi, dfltBB, n);
    for (auto& sc : cases) {
      sc.bb = BasicBlock::Create(ctx_, "select.case", fn_->fn);
      sw->addCase(b_.getInt64(sc.index), sc.bb);
    }
    for (auto& sc : cases) {
      b_.SetInsertPoint(sc.bb);
      Value* ok = nullptr;
      if (!sc.isSend) ok = b_.CreateICmpNE(b_.CreateLoad(i8_, recvOK), b_.getInt8(0));
      emitBody(sc, ok);
    }
    b_.SetInsertPoint(dfltBB);
    if (dflt) {
      stmtList(dflt->body);
      branchTo(endBB);
    } else {
      b_.CreateUnreachable();
    }
  }
  fn_->breakables.pop_back();
  b_.SetInsertPoint(endBB);
}

}  // namespace gorun::jit
