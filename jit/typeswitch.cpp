// Type switches: switch [x :=] y.(type) { case T1, T2: ... case nil: ... }.
//
// y is evaluated once; its dynamic type word (the eface type, or the
// itab's type) is tested against each case in source order, as gc does for
// small switches: a concrete T compares descriptors, an interface I asks
// runtime.getitab (canfail) or, for the empty interface, tests non-nil,
// and nil tests for the nil interface. default runs when nothing matches,
// wherever it is written. Each clause's implicit variable
// (CaseClause::implicitVar) has the case's type when the clause lists
// exactly one type, else y's type; it is declared at the start of the
// clause body and initialised from y.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

void Lowering::typeSwitchStmt(fe::TypeSwitchStmt* s) {
  const fe::LabeledStmt* label = fn_->pendingLabel;
  fn_->pendingLabel = nullptr;
  if (s->init) stmt(s->init);
  fe::TypeAssertExpr* ta = nullptr;
  if (auto* as = fe::dyn_cast<fe::AssignStmt>(s->assign); as && as->rhs.size() == 1)
    ta = fe::dyn_cast<fe::TypeAssertExpr>(as->rhs[0]);
  else if (auto* es = fe::dyn_cast<fe::ExprStmt>(s->assign))
    ta = fe::dyn_cast<fe::TypeAssertExpr>(es->x);
  if (ta == nullptr) {
    fail(s->pos, "internal error: malformed type switch");
    return;
  }
  // The guard may be parenthesised: y.(type) has ta->x = y.
  fe::Type* xt = ta->x->type;
  Value* x = expr(ta->x);
  Value* typ = ifaceTypeWord(xt, x);

  BasicBlock* endBB = BasicBlock::Create(ctx_, "tswitch.end", fn_->fn);
  fn_->pendingLabel = label;
  registerTargets(s, {endBB, nullptr});

  std::vector<fe::CaseClause*> clauses;
  for (auto* st : s->body->list)
    if (auto* cc = fe::dyn_cast<fe::CaseClause>(st)) clauses.push_back(cc);
  std::vector<BasicBlock*> bodies;
  for (size_t i = 0; i < clauses.size(); ++i)
    bodies.push_back(BasicBlock::Create(ctx_, "tswitch.case", fn_->fn));
  BasicBlock* defaultBB = endBB;
  for (size_t i = 0; i < clauses.size(); ++i)
    if (clauses[i]->isDefault || clauses[i]->list.empty()) defaultBB = bodies[i];

  for (size_t i = 0; i < clauses.size(); ++i) {
    for (auto* e : clauses[i]->list) {
      Value* match;
      if (isNil(e)) {
        match = b_.CreateIsNull(typ);
      } else if (!fe::isInterface(e->type)) {
        match = b_.CreateICmpEQ(typ, typeDesc(e->type));
      } else if (static_cast<fe::Interface*>(fe::underlying(e->type))->empty()) {
        match = b_.CreateIsNotNull(typ);
      } else {
        BasicBlock* from0 = b_.GetInsertBlock();
        BasicBlock* get = BasicBlock::Create(ctx_, "tswitch.itab", fn_->fn);
        BasicBlock* join = BasicBlock::Create(ctx_, "tswitch.join", fn_->fn);
        b_.CreateCondBr(b_.CreateIsNull(typ), join, get);
        b_.SetInsertPoint(get);
        Value* tab = callRuntime("runtime.getitab", {typeDesc(e->type), typ, b_.getInt1(true)});
        Value* has = b_.CreateIsNotNull(tab);
        BasicBlock* getEnd = b_.GetInsertBlock();
        b_.CreateBr(join);
        b_.SetInsertPoint(join);
        PHINode* phi = b_.CreatePHI(i1_, 2);
        phi->addIncoming(b_.getInt1(false), from0);
        phi->addIncoming(has, getEnd);
        match = phi;
      }
      BasicBlock* next = BasicBlock::Create(ctx_, "tswitch.next", fn_->fn);
      b_.CreateCondBr(match, bodies[i], next);
      b_.SetInsertPoint(next);
    }
  }
  b_.CreateBr(defaultBB);

  fn_->breakables.push_back(s);
  for (size_t i = 0; i < clauses.size(); ++i) {
    b_.SetInsertPoint(bodies[i]);
    if (fe::Var* v = clauses[i]->implicitVar; v && v->name != "_") {
      Value* val;
      if (fe::identical(v->type, xt)) {
        val = x;
      } else {
        Value* ok = nullptr;
        val = assertTo(xt, x, v->type, &ok);  // matches here: ok is true
      }
      VarStorage st = declareVar(v, /*zero=*/false);
      (void)st;
      storeValue(v->type, val, varAddr(v));
    }
    stmtList(clauses[i]->body);
    branchTo(endBB);
  }
  fn_->breakables.pop_back();
  b_.SetInsertPoint(endBB);
}

}  // namespace gorun::jit
