// Maps: make, literals, m[k] (plain and comma-ok), assignment (plain, op=,
// ++/--), delete, len, clear and range, over runtime/map.cpp.
//
// A map value is one pointer (nil: the nil map). The runtime takes the map
// type's descriptor (the key and element descriptors give hashing, equality
// and bucket layout) and keys by address: the lowering spills each key to an
// entry-block temporary. Element access goes through the slot pointer the
// runtime returns:
//   m[k]         mapaccess1 -> pointer to the element or to a zero value
//   v, ok := m[k] mapaccess2 -> pointer, or null when absent
//   m[k] = v     mapassign  -> pointer to the (new, zeroed) element slot
// A slot pointer is dead at the next map operation (an insert may move the
// table), so it is used at once: in `m[k] = v` and `m[k] op= v` the map and
// key are evaluated first (phase one of the assignment), then the right
// side, and only then mapassign is called and its slot written.
//
// len(m) reads the count at offset 0 of the runtime's map header without a
// call (nil: 0). Range keeps a runtime iterator (88 bytes, runtime/map.h's
// MapIter) in an entry-block alloca; key and element pointers are its first
// two words, and a null key ends the loop.

#include "jit/lowering.h"

#include <llvm/IR/MDBuilder.h>

using namespace llvm;

namespace gorun::jit {

namespace {

constexpr uint64_t kMapIterSize = 88;  // sizeof(runtime::MapIter)

fe::Map* mapOf(fe::Type* t) {
  fe::Type* u = fe::underlying(t);
  return u->kind == fe::TypeKind::Map ? static_cast<fe::Map*>(u) : nullptr;
}

}  // namespace

bool Lowering::isMapIndex(fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  auto* ie = fe::dyn_cast<fe::IndexExpr>(e);
  return ie && ie->x->type && mapOf(ie->x->type);
}

Value* Lowering::mapKey(fe::Type* mapType, fe::Expr* key) {
  fe::Type* kt = mapOf(mapType)->key;
  AllocaInst* tmp = entryAlloca(memType(kt), "mapkey");
  tmp->setAlignment(alignOf(kt));
  zeroMem(kt, tmp);
  storeInto(tmp, key, kt);
  return tmp;
}

Value* Lowering::makeMap(fe::CallExpr* c) {
  Value* hint = c->args.size() > 1 ? indexValue(c->args[1]) : b_.getInt64(0);
  return callRuntime("runtime.makemap", {typeDesc(c->type), hint});
}

Value* Lowering::mapLit(fe::CompositeLit* lit, fe::Type* t) {
  fe::Map* m = mapOf(t);
  Value* h = callRuntime("runtime.makemap", {typeDesc(t), b_.getInt64(int64_t(lit->elts.size()))});
  if (mapLitFromTables(lit, t, h)) return h;
  AllocaInst* val = entryAlloca(memType(m->elem), "mapval");
  val->setAlignment(alignOf(m->elem));
  for (auto* e : lit->elts) {
    auto* kv = fe::dyn_cast<fe::KeyValueExpr>(e);
    if (!kv) return fail(e->pos, "internal error: map literal element without key");
    Value* k = mapKey(t, kv->key);
    zeroMem(m->elem, val);
    storeInto(val, kv->value, m->elem);
    Value* slot = callRuntime("runtime.mapassign", {typeDesc(t), h, k});
    copyMem(m->elem, slot, val);
  }
  return h;
}

// A map literal that is a whole package-level initialiser, with many keys
// and values known at compile time (unicode.Categories: 40 entries of
// string -> *RangeTable), is filled by a loop over two constant arrays
// instead of code per entry, which code generation pays for per entry.
bool Lowering::mapLitFromTables(fe::CompositeLit* lit, fe::Type* t, Value* h) {
  constexpr size_t kMinEntries = 8;  // below, the loop costs more than it saves
  if (lit != wholeInit_ || lit->elts.size() < kMinEntries) return false;
  fe::Map* m = mapOf(t);
  std::vector<Constant*> keys, vals;
  for (auto* e : lit->elts) {
    auto* kv = fe::dyn_cast<fe::KeyValueExpr>(e);
    if (!kv) return false;
    Constant* k = constImage(kv->key, m->key, /*once=*/true);
    Constant* v = k ? constImage(kv->value, m->elem, /*once=*/true) : nullptr;
    if (!v) return false;
    keys.push_back(k);
    vals.push_back(v);
  }
  auto table = [&](fe::Type* et, std::vector<Constant*>& elems) {
    auto* arrTy = ArrayType::get(memType(et), elems.size());
    auto* gv = new GlobalVariable(*mod_, arrTy, true, GlobalValue::PrivateLinkage,
                                  ConstantArray::get(arrTy, elems), "maplit");
    gv->setAlignment(alignOf(et));
    return gv;
  };
  GlobalVariable* keyTab = table(m->key, keys);
  GlobalVariable* valTab = table(m->elem, vals);
  BasicBlock* pre = b_.GetInsertBlock();
  BasicBlock* loop = BasicBlock::Create(ctx_, "maplit.loop", fn_->fn);
  BasicBlock* done = BasicBlock::Create(ctx_, "maplit.done", fn_->fn);
  b_.CreateBr(loop);
  b_.SetInsertPoint(loop);
  PHINode* i = b_.CreatePHI(i64_, 2, "i");
  i->addIncoming(b_.getInt64(0), pre);
  Value* k = b_.CreateInBoundsGEP(keyTab->getValueType(), keyTab, {b_.getInt64(0), i});
  Value* v = b_.CreateInBoundsGEP(valTab->getValueType(), valTab, {b_.getInt64(0), i});
  Value* slot = callRuntime("runtime.mapassign", {typeDesc(t), h, k});
  copyMem(m->elem, slot, v);
  Value* next = b_.CreateAdd(i, b_.getInt64(1));
  i->addIncoming(next, b_.GetInsertBlock());
  b_.CreateCondBr(b_.CreateICmpULT(next, b_.getInt64(int64_t(keys.size()))), loop, done);
  b_.SetInsertPoint(done);
  wholeInitPure_ = true;  // makemap and mapassign change no Go variable
  return true;
}

Value* Lowering::mapIndex(fe::IndexExpr* e) {
  Value* m = expr(e->x);
  Value* k = mapKey(e->x->type, e->index);
  Value* p = callRuntime("runtime.mapaccess1", {typeDesc(e->x->type), m, k});
  return loadValue(mapOf(e->x->type)->elem, p);
}

std::vector<Value*> Lowering::mapIndexCommaOk(fe::IndexExpr* e) {
  fe::Type* et = mapOf(e->x->type)->elem;
  Value* m = expr(e->x);
  Value* k = mapKey(e->x->type, e->index);
  Value* p = callRuntime("runtime.mapaccess2", {typeDesc(e->x->type), m, k});
  Value* ok = b_.CreateIsNotNull(p, "ok");
  BasicBlock* from = b_.GetInsertBlock();
  BasicBlock* hit = BasicBlock::Create(ctx_, "map.hit", fn_->fn);
  BasicBlock* join = BasicBlock::Create(ctx_, "map.join", fn_->fn);
  b_.CreateCondBr(ok, hit, join);
  b_.SetInsertPoint(hit);
  Value* v = loadValue(et, p);
  BasicBlock* hitEnd = b_.GetInsertBlock();
  b_.CreateBr(join);
  b_.SetInsertPoint(join);
  PHINode* phi = b_.CreatePHI(valType(et), 2, "mapval");
  phi->addIncoming(v, hitEnd);
  phi->addIncoming(zeroValue(et), from);
  return {phi, ok};
}

Lowering::MapLvalue Lowering::mapLvalue(fe::Expr* lhs) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(lhs)) lhs = p->x;
  auto* ie = fe::cast<fe::IndexExpr>(lhs);
  MapLvalue l;
  l.mapType = ie->x->type;
  l.map = expr(ie->x);
  l.key = mapKey(ie->x->type, ie->index);
  return l;
}

Value* Lowering::mapAssignSlot(const MapLvalue& l) {
  // A nil map panics here, on the goroutine stack, so that it is recoverable.
  // The map crosses the check's branch through a slot cleared at once: as
  // a value live across blocks, the fast tier's register allocator gave
  // it a spill slot of its own, which kept a loop's last map alive for
  // the rest of the function (the collector scans stacks conservatively;
  // bench/maps' last round's map, 5 MB, through its final phase).
  if (!fn_->mapOperand) fn_->mapOperand = entryAlloca(ptr_, "map.operand");
  b_.CreateStore(l.map, fn_->mapOperand);
  BasicBlock* nilBB = BasicBlock::Create(ctx_, "map.nil", fn_->fn);
  BasicBlock* okBB = BasicBlock::Create(ctx_, "map.ok", fn_->fn);
  b_.CreateCondBr(b_.CreateIsNull(l.map), nilBB, okBB,
                  MDBuilder(ctx_).createBranchWeights(1, 1000));
  b_.SetInsertPoint(nilBB);
  callRuntime("runtime.panicnilmap", {});
  b_.CreateUnreachable();
  b_.SetInsertPoint(okBB);
  Value* m = b_.CreateLoad(ptr_, fn_->mapOperand);
  b_.CreateStore(ConstantPointerNull::get(ptr_), fn_->mapOperand);
  return callRuntime("runtime.mapassign", {typeDesc(l.mapType), m, l.key});
}

void Lowering::mapStore(const MapLvalue& l, Value* v) {
  storeValue(mapOf(l.mapType)->elem, v, mapAssignSlot(l));
}

void Lowering::mapOpAssign(fe::Expr* lhs, fe::Tok op, fe::Expr* rhs) {
  MapLvalue l = mapLvalue(lhs);
  fe::Type* t = lhs->type;
  bool isShift = op == fe::Tok::Shl || op == fe::Tok::Shr;
  Value* y = rhs ? (isShift ? expr(rhs) : exprTo(rhs, t)) : nullptr;
  Value* slot = mapAssignSlot(l);
  Value* old = loadValue(t, slot);
  Value* r;
  if (rhs) {
    r = binaryOp(op, t, old, y, rhs->mode == fe::Mode::Constant, rhs->type);
  } else {  // ++ / --: op is Add or Sub by one
    fe::Constant one = fe::Constant::makeInt(1);
    if (fe::isFloat(t) || fe::isComplex(t)) one = fe::Constant::makeFloat(1.0);
    if (fe::isComplex(t)) {
      one.kind = fe::Constant::Kind::Complex;
      one.im = APFloat(APFloat::IEEEquad());
    }
    r = binaryOp(op, t, old, constValue(one, t), true);
  }
  // The right side ran before mapassign, so the slot is still current.
  storeValue(t, r, slot);
}

// Without a branch: the fast tier's register allocator spills a value
// live across blocks to a stack slot of its own, which the collector
// then found holding a loop's last map long after the loop (the map's
// 5 MB of buckets, through bench/maps' final phase).
Value* Lowering::mapLen(Value* m) {
  auto* zero = mod_->getNamedGlobal("gorun.zerolen");
  if (!zero) {
    zero = new GlobalVariable(*mod_, i64_, true, GlobalValue::LinkOnceODRLinkage, b_.getInt64(0),
                              "gorun.zerolen");
    zero->setAlignment(Align(8));
  }
  Value* header = b_.CreateSelect(b_.CreateIsNull(m), zero, m);
  return b_.CreateLoad(i64_, header, "len");
}

void Lowering::mapDelete(fe::CallExpr* c) {
  Value* m = expr(c->args[0]);
  Value* k = mapKey(c->args[0]->type, c->args[1]);
  callRuntime("runtime.mapdelete", {typeDesc(c->args[0]->type), m, k});
}

void Lowering::mapClear(fe::CallExpr* c) {
  Value* m = expr(c->args[0]);
  callRuntime("runtime.mapclear", {typeDesc(c->args[0]->type), m});
}

void Lowering::mapRange(fe::RangeStmt* s, const fe::LabeledStmt* label) {
  fe::Type* xt = s->x->type;
  fe::Map* mt = mapOf(xt);
  bool define = s->tok == fe::Tok::Define;
  auto bind = [&](fe::Expr* lhs, fe::Type* t, Value* p) {
    if (!lhs || isBlank(lhs)) return;
    if (define) {
      auto* id = fe::dyn_cast<fe::Ident>(lhs);
      if (id && id->obj && id->obj->kind == fe::ObjKind::Var) {
        auto* var = static_cast<fe::Var*>(id->obj);
        Value* val = implicitConvert(t, var->type, loadValue(t, p));
        declareVar(var, /*zero=*/false);
        storeValue(var->type, val, varAddr(var));
        return;
      }
    }
    storeValue(lhs->type, implicitConvert(t, lhs->type, loadValue(t, p)), addr(lhs));
  };
  Value* m = expr(s->x);
  auto* iterTy = ArrayType::get(i64_, kMapIterSize / 8);
  AllocaInst* it = entryAlloca(iterTy, "mapiter");
  callRuntime("runtime.mapiterinit", {typeDesc(xt), m, it});

  BasicBlock* condBB = BasicBlock::Create(ctx_, "maprange.cond", fn_->fn);
  BasicBlock* bodyBB = BasicBlock::Create(ctx_, "maprange.body", fn_->fn);
  BasicBlock* postBB = BasicBlock::Create(ctx_, "maprange.post", fn_->fn);
  BasicBlock* endBB = BasicBlock::Create(ctx_, "maprange.end", fn_->fn);
  fn_->pendingLabel = label;
  registerTargets(s, {endBB, postBB});
  b_.CreateBr(condBB);

  b_.SetInsertPoint(condBB);
  Value* kp = b_.CreateLoad(ptr_, it, "key.p");
  b_.CreateCondBr(b_.CreateIsNull(kp), endBB, bodyBB);

  b_.SetInsertPoint(bodyBB);
  Value* ep = b_.CreateLoad(ptr_, b_.CreateConstGEP1_64(ptr_, it, 1), "elem.p");
  // Both are read before either is assigned: the assignment may write the map.
  bool wantValue = s->value && !isBlank(s->value);
  Value* kv = s->key && !isBlank(s->key) ? spill(mt->key, loadValue(mt->key, kp)) : nullptr;
  Value* ev = wantValue ? spill(mt->elem, loadValue(mt->elem, ep)) : nullptr;
  if (kv) bind(s->key, mt->key, kv);
  if (ev) bind(s->value, mt->elem, ev);
  fn_->breakables.push_back(s);
  fn_->loops.push_back(s);
  stmt(s->body);
  fn_->breakables.pop_back();
  fn_->loops.pop_back();
  branchTo(postBB);

  b_.SetInsertPoint(postBB);
  callRuntime("runtime.mapiternext", {it});
  b_.CreateBr(condBB);
  b_.SetInsertPoint(endBB);
}

}  // namespace gorun::jit
