// Statements.
//
// Control flow is built with explicit blocks; after a terminator (return,
// break, goto, a panic) lowering continues in a fresh block without
// predecessors, so the statements that follow still lower (they may hold a
// label that a goto reaches) and every block ends in a terminator.
//
// Break and continue find their blocks through BranchStmt::target (the
// statement broken or continued, which may be the LabeledStmt or the loop
// itself: both are registered). A label's block is created on first
// mention, by the label or by a goto, so forward jumps need no second pass.
//
// Assignment follows the spec's two phases: the left-hand operands (index
// and pointer operands) and every right-hand value are evaluated first, left
// to right, then the stores happen left to right; `a, b = b, a` therefore
// swaps. Variables introduced by := in a loop body or a range clause are
// declared each time their declaration runs, so an escaping one gets a new
// heap cell per iteration (Go 1.22). A three-clause loop's init variables
// listed in ForStmt::perIterationVars are copied into a new cell before each
// post statement, which is the spec's "fresh variable per iteration".

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

void Lowering::startDeadBlock() {
  b_.SetInsertPoint(BasicBlock::Create(ctx_, "dead", fn_->fn));
}

void Lowering::branchTo(BasicBlock* bb) {
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(bb);
}

// Labels are function-scoped, so a goto finds its block by name (the
// checker does not set BranchStmt::target for goto).
BasicBlock* Lowering::labelBlock(StringRef name) {
  BasicBlock*& bb = fn_->labels[name];
  if (!bb) bb = BasicBlock::Create(ctx_, "label." + name, fn_->fn);
  return bb;
}

void Lowering::registerTargets(const fe::Node* s, BranchTargets t) {
  fn_->targets[s] = t;
  if (fn_->pendingLabel) {
    fn_->targets[fn_->pendingLabel] = t;
    fn_->pendingLabel = nullptr;
  }
}

void Lowering::stmtList(const std::vector<fe::Stmt*>& list) {
  fn_->scopes.emplace_back();
  for (auto* s : list) {
    if (failed()) break;
    stmt(s);
  }
  std::vector<fe::Var*> vars = std::move(fn_->scopes.back());
  fn_->scopes.pop_back();
  killScope(vars);
}

// The collector scans stacks conservatively, and a variable's slot keeps
// its last value after its block is left: a loop body's map stayed alive
// through everything after the loop (bench/maps' last round's map, 5 MB,
// through its final phase). Where the block ends by falling through, its
// variables that hold pointers are zeroed (small ones only: a store or
// two; the slot of an escaping one, which points at its heap cell). A
// block left by a jump (break, return, goto) keeps them.
void Lowering::killScope(const std::vector<fe::Var*>& vars) {
  if (failed() || b_.GetInsertBlock()->getTerminator()) return;
  for (fe::Var* v : vars) {
    const VarStorage& st = fn_->vars[v];
    if (st.heap) {
      b_.CreateStore(ConstantPointerNull::get(ptr_), st.slot);
      continue;
    }
    if (sizeOf(v->type) > 32) continue;
    std::vector<uint8_t> bits;  // empty: no pointer word (gcdata.cpp)
    ptrWords(v->type, 0, bits);
    if (!bits.empty()) zeroMem(v->type, st.slot);
  }
}

void Lowering::stmt(fe::Stmt* s) {
  using K = fe::NodeKind;
  if (s->kind != K::BlockStmt && s->kind != K::LabeledStmt) setLocation(s->pos);
  if (s->pos.valid()) curPos_ = s->pos;
  if (s->kind != K::LabeledStmt && s->kind != K::ForStmt && s->kind != K::RangeStmt &&
      s->kind != K::SwitchStmt)
    fn_->pendingLabel = nullptr;
  switch (s->kind) {
    case K::EmptyStmt:
      return;
    case K::BlockStmt:
      return stmtList(fe::cast<fe::BlockStmt>(s)->list);
    case K::ExprStmt: {
      auto* x = fe::cast<fe::ExprStmt>(s)->x;
      if (auto* c = fe::dyn_cast<fe::CallExpr>(x)) {
        callExpr(c);
        return;
      }
      expr(x);
      return;
    }
    case K::DeclStmt: {
      auto* gd = fe::cast<fe::DeclStmt>(s)->decl;
      if (gd->tok != fe::Tok::Var) return;  // consts and types need no code
      for (auto* spec : gd->specs)
        if (auto* vs = fe::dyn_cast<fe::ValueSpec>(spec)) valueSpec(vs);
      return;
    }
    case K::AssignStmt:
      return assignStmt(fe::cast<fe::AssignStmt>(s));
    case K::IncDecStmt:
      return incDecStmt(fe::cast<fe::IncDecStmt>(s));
    case K::IfStmt:
      return ifStmt(fe::cast<fe::IfStmt>(s));
    case K::ForStmt:
      return forStmt(fe::cast<fe::ForStmt>(s));
    case K::RangeStmt:
      return rangeStmt(fe::cast<fe::RangeStmt>(s));
    case K::SwitchStmt:
      return switchStmt(fe::cast<fe::SwitchStmt>(s));
    case K::BranchStmt:
      return branchStmt(fe::cast<fe::BranchStmt>(s));
    case K::ReturnStmt:
      return returnStmt(fe::cast<fe::ReturnStmt>(s));
    case K::LabeledStmt:
      return labeledStmt(fe::cast<fe::LabeledStmt>(s));
    case K::GoStmt:
      return goStmt(fe::cast<fe::GoStmt>(s));  // goroutines.cpp
    case K::DeferStmt:
      return deferStmt(fe::cast<fe::DeferStmt>(s));  // defer.cpp
    case K::SendStmt:
      return sendStmt(fe::cast<fe::SendStmt>(s));  // channels.cpp
    case K::SelectStmt:
      return selectStmt(fe::cast<fe::SelectStmt>(s));  // select.cpp
    case K::TypeSwitchStmt:
      return typeSwitchStmt(fe::cast<fe::TypeSwitchStmt>(s));
    default:
      fail(s->pos, "internal error: unexpected statement");
      return;
  }
}

// ---------------------------------------------------------------------------
// Declarations and assignments

bool Lowering::copyAggregate(Value* dst, fe::Expr* src, fe::Type* t) {
  fe::Type* u = fe::underlying(t);
  if (u->kind != fe::TypeKind::Array && u->kind != fe::TypeKind::Struct) return false;
  if (sizeOf(t) <= 64 || src->mode != fe::Mode::Variable || !src->type ||
      !fe::identical(src->type, t))
    return false;
  copyMem(t, dst, addr(src));
  return true;
}

// Declares `v` and initialises it from `init` (nullptr: zero). A composite
// literal of the variable's own type is built directly into the fresh
// storage.
void Lowering::initVar(fe::Var* v, fe::Expr* init) {
  Value* val = nullptr;
  if (init) {
    auto* lit = fe::dyn_cast<fe::CompositeLit>(init);
    if (lit && lit->type && fe::identical(lit->type, v->type) &&
        fe::underlying(v->type)->kind != fe::TypeKind::Slice &&
        fe::underlying(v->type)->kind != fe::TypeKind::Map) {
      declareVar(v);
      buildInto(varAddr(v), lit, v->type);
      return;
    }
    if (init->mode == fe::Mode::Variable && sizeOf(v->type) > 64) {
      // The new variable cannot alias `init`, so copy straight into it.
      declareVar(v, /*zero=*/false);
      Value* dst = varAddr(v);
      if (!copyAggregate(dst, init, v->type)) storeValue(v->type, exprTo(init, v->type), dst);
      return;
    }
    val = exprTo(init, v->type);
  }
  declareVar(v, /*zero=*/val == nullptr);
  if (val) storeValue(v->type, val, varAddr(v));
}

void Lowering::valueSpec(fe::ValueSpec* vs) {
  auto varOf = [](fe::Ident* id) -> fe::Var* {
    if (!id->obj || id->obj->kind != fe::ObjKind::Var) return nullptr;
    return static_cast<fe::Var*>(id->obj);
  };
  if (vs->values.empty()) {
    for (auto* id : vs->names)
      if (auto* v = varOf(id)) declareVar(v);
    return;
  }
  if (vs->values.size() == vs->names.size()) {
    if (vs->names.size() == 1) {
      fe::Var* v = varOf(vs->names[0]);
      if (!v || v->name == "_") {
        expr(vs->values[0]);
        return;
      }
      initVar(v, vs->values[0]);
      return;
    }
    std::vector<Value*> vals;
    for (size_t i = 0; i < vs->names.size(); ++i) {
      fe::Var* v = varOf(vs->names[i]);
      vals.push_back(v ? exprTo(vs->values[i], v->type) : expr(vs->values[i]));
    }
    for (size_t i = 0; i < vs->names.size(); ++i) {
      fe::Var* v = varOf(vs->names[i]);
      if (!v || v->name == "_") continue;
      declareVar(v, /*zero=*/false);
      storeValue(v->type, vals[i], varAddr(v));
    }
    return;
  }
  // var a, b = f()
  std::vector<Value*> vals = exprMulti(vs->values[0]);
  for (size_t i = 0; i < vs->names.size() && i < vals.size(); ++i) {
    fe::Var* v = varOf(vs->names[i]);
    if (!v || v->name == "_") continue;
    declareVar(v, /*zero=*/false);
    storeValue(v->type, implicitConvert(multiType(vs->values[0], i), v->type, vals[i]), varAddr(v));
  }
}

void Lowering::assignTo(fe::Expr* lhs, Value* v) {
  if (isBlank(lhs)) return;
  storeValue(lhs->type, v, addr(lhs));
}

// For :=, an identifier whose Var has no storage yet is new; the others are
// assigned (Go allows redeclaration when at least one is new).
void Lowering::defineOrAssign(fe::Expr* lhs, fe::Type* from, Value* v, bool define) {
  if (isBlank(lhs)) return;
  if (define) {
    auto* id = fe::dyn_cast<fe::Ident>(lhs);
    if (id && id->obj && id->obj->kind == fe::ObjKind::Var) {
      auto* var = static_cast<fe::Var*>(id->obj);
      if (!var->isGlobal && !fn_->vars.count(var)) {
        Value* val = implicitConvert(from, var->type, v);
        declareVar(var, /*zero=*/false);
        storeValue(var->type, val, varAddr(var));
        return;
      }
    }
  }
  storeValue(lhs->type, implicitConvert(from, lhs->type, v), addr(lhs));
}

void Lowering::assignStmt(fe::AssignStmt* s) {
  bool define = s->tok == fe::Tok::Define;
  if (s->tok != fe::Tok::Assign && !define) {
    // x op= y: x's operands are evaluated once.
    fe::Expr* lhs = s->lhs[0];
    if (isMapIndex(lhs)) return mapOpAssign(lhs, fe::assignOpBase(s->tok), s->rhs[0]);
    Value* a = addr(lhs);
    Value* old = loadValue(lhs->type, a);
    fe::Tok op = fe::assignOpBase(s->tok);
    fe::Expr* rhs = s->rhs[0];
    Value* y;
    bool isShift = op == fe::Tok::Shl || op == fe::Tok::Shr;
    if (isShift)
      y = expr(rhs);
    else
      y = exprTo(rhs, lhs->type);
    Value* r = binaryOp(op, lhs->type, old, y, rhs->mode == fe::Mode::Constant, rhs->type);
    storeValue(lhs->type, r, a);
    return;
  }
  if (s->lhs.size() == 1 && s->rhs.size() == 1) {
    fe::Expr* lhs = s->lhs[0];
    fe::Expr* rhs = s->rhs[0];
    if (isBlank(lhs)) {
      if (auto* c = fe::dyn_cast<fe::CallExpr>(rhs))
        callExpr(c);
      else
        expr(rhs);
      return;
    }
    if (define) {
      auto* id = fe::dyn_cast<fe::Ident>(lhs);
      if (id && id->obj && id->obj->kind == fe::ObjKind::Var &&
          !fn_->vars.count(static_cast<fe::Var*>(id->obj))) {
        initVar(static_cast<fe::Var*>(id->obj), rhs);
        return;
      }
    }
    // Phase one: the left operands, then the value; phase two: the store.
    if (isMapIndex(lhs)) {
      MapLvalue l = mapLvalue(lhs);
      mapStore(l, exprTo(rhs, lhs->type));
      return;
    }
    Value* a = addr(lhs);
    if (copyAggregate(a, rhs, lhs->type)) return;
    Value* v = exprTo(rhs, lhs->type);
    storeValue(lhs->type, v, a);
    return;
  }
  if (s->rhs.size() == 1) {
    // a, b = f() (comma-ok forms of maps, channels and type assertions are
    // later milestones).
    fe::Expr* rhs = s->rhs[0];
    if (!rhs->type || (rhs->type->kind != fe::TypeKind::Tuple && rhs->mode != fe::Mode::CommaOk)) {
      unsupported(rhs->pos, "comma-ok expressions");
      return;
    }
    std::vector<Value*> addrs(s->lhs.size(), nullptr);
    std::vector<MapLvalue> mapLhs(s->lhs.size());  // m[k] on the left (maps.cpp)
    if (!define) {
      for (size_t i = 0; i < s->lhs.size(); ++i) {
        if (isMapIndex(s->lhs[i]))
          mapLhs[i] = mapLvalue(s->lhs[i]);
        else if (!isBlank(s->lhs[i]))
          addrs[i] = addr(s->lhs[i]);
      }
    }
    std::vector<Value*> vals = exprMulti(rhs);
    for (size_t i = 0; i < s->lhs.size() && i < vals.size(); ++i) {
      if (isBlank(s->lhs[i])) continue;
      fe::Type* from = multiType(rhs, i);
      if (mapLhs[i].map)
        mapStore(mapLhs[i], implicitConvert(from, s->lhs[i]->type, vals[i]));
      else if (addrs[i])
        storeValue(s->lhs[i]->type, implicitConvert(from, s->lhs[i]->type, vals[i]), addrs[i]);
      else
        defineOrAssign(s->lhs[i], from, vals[i], define);
    }
    return;
  }
  // a, b = x, y
  std::vector<Value*> addrs(s->lhs.size(), nullptr);
  std::vector<MapLvalue> mapLhs(s->lhs.size());  // m[k] on the left (maps.cpp)
  if (!define) {
    for (size_t i = 0; i < s->lhs.size(); ++i) {
      if (isMapIndex(s->lhs[i]))
        mapLhs[i] = mapLvalue(s->lhs[i]);
      else if (!isBlank(s->lhs[i]))
        addrs[i] = addr(s->lhs[i]);
    }
  }
  std::vector<Value*> vals;
  for (size_t i = 0; i < s->rhs.size(); ++i) {
    fe::Expr* l = s->lhs[i];
    if (isBlank(l)) {
      vals.push_back(expr(s->rhs[i]));
    } else {
      vals.push_back(exprTo(s->rhs[i], l->type));
    }
  }
  for (size_t i = 0; i < s->lhs.size() && i < vals.size(); ++i) {
    if (isBlank(s->lhs[i])) continue;
    if (mapLhs[i].map)
      mapStore(mapLhs[i], vals[i]);
    else if (addrs[i])
      storeValue(s->lhs[i]->type, vals[i], addrs[i]);
    else
      defineOrAssign(s->lhs[i], s->lhs[i]->type, vals[i], define);
  }
}

void Lowering::incDecStmt(fe::IncDecStmt* s) {
  if (isMapIndex(s->x))  // m[k]++ (maps.cpp)
    return mapOpAssign(s->x, s->tok == fe::Tok::Inc ? fe::Tok::Add : fe::Tok::Sub, nullptr);
  fe::Type* t = s->x->type;
  Value* a = addr(s->x);
  Value* old = loadValue(t, a);
  fe::Constant one = fe::Constant::makeInt(1);
  if (fe::isFloat(t) || fe::isComplex(t)) one = fe::Constant::makeFloat(1.0);
  if (fe::isComplex(t)) {
    one.kind = fe::Constant::Kind::Complex;
    one.im = APFloat(APFloat::IEEEquad());
  }
  Value* r = binaryOp(s->tok == fe::Tok::Inc ? fe::Tok::Add : fe::Tok::Sub, t, old,
                      constValue(one, t), true);
  storeValue(t, r, a);
}

// ---------------------------------------------------------------------------
// Control flow

void Lowering::ifStmt(fe::IfStmt* s) {
  if (s->init) stmt(s->init);
  Value* cond = expr(s->cond);
  BasicBlock* thenBB = BasicBlock::Create(ctx_, "if.then", fn_->fn);
  BasicBlock* endBB = BasicBlock::Create(ctx_, "if.end", fn_->fn);
  BasicBlock* elseBB = s->els ? BasicBlock::Create(ctx_, "if.else", fn_->fn) : endBB;
  b_.CreateCondBr(cond, thenBB, elseBB);
  b_.SetInsertPoint(thenBB);
  stmt(s->then);
  branchTo(endBB);
  if (s->els) {
    b_.SetInsertPoint(elseBB);
    stmt(s->els);
    branchTo(endBB);
  }
  b_.SetInsertPoint(endBB);
}

void Lowering::forStmt(fe::ForStmt* s) {
  const fe::LabeledStmt* label = fn_->pendingLabel;
  fn_->pendingLabel = nullptr;
  if (s->init) stmt(s->init);
  BasicBlock* condBB = BasicBlock::Create(ctx_, "for.cond", fn_->fn);
  BasicBlock* bodyBB = BasicBlock::Create(ctx_, "for.body", fn_->fn);
  BasicBlock* postBB = BasicBlock::Create(ctx_, "for.post", fn_->fn);
  BasicBlock* endBB = BasicBlock::Create(ctx_, "for.end", fn_->fn);
  fn_->pendingLabel = label;
  registerTargets(s, {endBB, postBB});
  branchTo(condBB);
  b_.SetInsertPoint(condBB);
  if (s->cond)
    b_.CreateCondBr(expr(s->cond), bodyBB, endBB);
  else
    b_.CreateBr(bodyBB);
  b_.SetInsertPoint(bodyBB);
  fn_->breakables.push_back(s);
  fn_->loops.push_back(s);
  stmt(s->body);
  fn_->breakables.pop_back();
  fn_->loops.pop_back();
  branchTo(postBB);
  b_.SetInsertPoint(postBB);
  // Go 1.22: the next iteration's copy of each captured loop variable.
  for (fe::Var* v : s->perIterationVars) {
    auto it = fn_->vars.find(v);
    if (it == fn_->vars.end() || !it->second.heap) continue;
    Value* old = b_.CreateLoad(ptr_, it->second.slot);
    Value* cell = mallocgc(v->type);
    copyMem(v->type, cell, old);
    b_.CreateStore(cell, it->second.slot);
  }
  if (s->post) stmt(s->post);
  preemptPoll();
  branchTo(condBB);
  b_.SetInsertPoint(endBB);
}

void Lowering::labeledStmt(fe::LabeledStmt* s) {
  BasicBlock* bb = labelBlock(s->label->name);
  branchTo(bb);
  b_.SetInsertPoint(bb);
  fn_->pendingLabel = s;
  stmt(s->stmt);
  fn_->pendingLabel = nullptr;
}

void Lowering::branchStmt(fe::BranchStmt* s) {
  switch (s->tok) {
    case fe::Tok::Goto: {
      if (!s->label) {
        fail(s->pos, "internal error: goto without label");
        return;
      }
      b_.CreateBr(labelBlock(s->label->name));
      startDeadBlock();
      return;
    }
    case fe::Tok::Fallthrough:
      if (!fn_->fallthroughBB) {
        fail(s->pos, "internal error: misplaced fallthrough");
        return;
      }
      b_.CreateBr(fn_->fallthroughBB);
      startDeadBlock();
      return;
    case fe::Tok::Break:
    case fe::Tok::Continue: {
      bool isBreak = s->tok == fe::Tok::Break;
      const fe::Node* target = s->target;
      if (!target) {
        auto& stack = isBreak ? fn_->breakables : fn_->loops;
        if (stack.empty()) {
          fail(s->pos, "internal error: break/continue outside a loop");
          return;
        }
        target = stack.back();
      }
      auto it = fn_->targets.find(target);
      if (it == fn_->targets.end() && fe::isa<fe::LabeledStmt>(target))
        it = fn_->targets.find(fe::cast<fe::LabeledStmt>(target)->stmt);
      if (it == fn_->targets.end()) {
        fail(s->pos, "internal error: unknown branch target");
        return;
      }
      BasicBlock* bb = isBreak ? it->second.breakBB : it->second.continueBB;
      if (!bb) {
        fail(s->pos, "internal error: continue of a non-loop");
        return;
      }
      b_.CreateBr(bb);
      startDeadBlock();
      return;
    }
    default:
      fail(s->pos, "internal error: unexpected branch");
  }
}

void Lowering::returnStmt(fe::ReturnStmt* s) {
  fe::Signature* sig = fn_->sig;
  std::vector<Value*> vals;
  if (s->results.empty()) {
    for (auto* r : fn_->namedResults) vals.push_back(loadValue(r->type, varAddr(r)));
  } else if (s->results.size() == 1 && sig->results.size() > 1) {
    std::vector<Value*> multi = exprMulti(s->results[0]);
    auto* tuple = static_cast<fe::Tuple*>(s->results[0]->type);
    for (size_t i = 0; i < multi.size() && i < sig->results.size(); ++i)
      vals.push_back(implicitConvert(tuple->vars[i]->type, sig->results[i]->type, multi[i]));
  } else {
    for (size_t i = 0; i < s->results.size() && i < sig->results.size(); ++i)
      vals.push_back(exprTo(s->results[i], sig->results[i]->type));
  }
  if (failed()) return;
  if (fn_->deferFrame) {
    returnWithDefers(vals);  // defer.cpp: deferred calls may change the results
  } else if (sig->results.empty()) {
    b_.CreateRetVoid();
  } else if (vals.size() != sig->results.size()) {
    fail(s->pos, "internal error: wrong number of results");
    return;
  } else if (vals.size() == 1) {
    b_.CreateRet(vals[0]);
  } else {
    Value* agg = PoisonValue::get(resultType(sig));
    for (size_t i = 0; i < vals.size(); ++i) agg = b_.CreateInsertValue(agg, vals[i], {unsigned(i)});
    b_.CreateRet(agg);
  }
  startDeadBlock();
}

// switch: the tag is evaluated once; cases are compared top to bottom, left
// to right; default runs when none matches, wherever it is written.
void Lowering::switchStmt(fe::SwitchStmt* s) {
  const fe::LabeledStmt* label = fn_->pendingLabel;
  fn_->pendingLabel = nullptr;
  if (s->init) stmt(s->init);
  Value* tag = nullptr;
  fe::Type* tagType = nullptr;
  if (s->tag) {
    tagType = s->tag->type;
    tag = expr(s->tag);
  }
  BasicBlock* endBB = BasicBlock::Create(ctx_, "switch.end", fn_->fn);
  fn_->pendingLabel = label;
  registerTargets(s, {endBB, nullptr});

  std::vector<fe::CaseClause*> clauses;
  for (auto* st : s->body->list)
    if (auto* cc = fe::dyn_cast<fe::CaseClause>(st)) clauses.push_back(cc);
  std::vector<BasicBlock*> bodies;
  for (size_t i = 0; i < clauses.size(); ++i)
    bodies.push_back(BasicBlock::Create(ctx_, "switch.case", fn_->fn));
  BasicBlock* defaultBB = endBB;
  for (size_t i = 0; i < clauses.size(); ++i)
    if (clauses[i]->isDefault || clauses[i]->list.empty()) defaultBB = bodies[i];

  for (size_t i = 0; i < clauses.size(); ++i) {
    for (auto* e : clauses[i]->list) {
      Value* match;
      if (tag) {
        if (fe::isInterface(tagType) != fe::isInterface(e->type) && !isNil(e) &&
            !fe::isUntyped(e->type)) {
          // interface tag and concrete case, or the reverse (interfaces.cpp)
          match = ifaceEqual(tagType, tag, e->type, expr(e));
        } else {
          match = compareValues(fe::Tok::Eql, tagType, tag, exprTo(e, tagType));
        }
        if (!match) return;
      } else {
        match = expr(e);
      }
      BasicBlock* next = BasicBlock::Create(ctx_, "switch.next", fn_->fn);
      b_.CreateCondBr(match, bodies[i], next);
      b_.SetInsertPoint(next);
    }
  }
  b_.CreateBr(defaultBB);

  fn_->breakables.push_back(s);
  for (size_t i = 0; i < clauses.size(); ++i) {
    b_.SetInsertPoint(bodies[i]);
    BasicBlock* savedFall = fn_->fallthroughBB;
    fn_->fallthroughBB = i + 1 < clauses.size() ? bodies[i + 1] : nullptr;
    stmtList(clauses[i]->body);
    fn_->fallthroughBB = savedFall;
    branchTo(endBB);
  }
  fn_->breakables.pop_back();
  b_.SetInsertPoint(endBB);
}

}  // namespace gorun::jit
