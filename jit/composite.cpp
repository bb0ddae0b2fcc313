// Composite literals: structs, arrays, slices (maps are a later milestone).
//
// Literals are built in place, element by element, into memory that is
// known to be fresh and zeroed (a new alloca, a heap object, a new
// variable), so omitted fields and elements cost nothing and a large array
// literal never travels as one SSA aggregate. Building in place into memory
// the literal might read (`x = T{a: x.b}`) would be wrong, which is why
// plain assignment builds into a temporary first.
//
// A slice literal allocates its backing array on the heap (never nil, even
// when empty: []int{} != nil). Nested literals with elided types follow the
// element type; an elided &T (in []*T{{...}}) allocates each element.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

namespace {

fe::Expr* unparen(fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  return e;
}

}  // namespace

Value* Lowering::compositeLit(fe::CompositeLit* lit, fe::Type* t) {
  if (!t) t = lit->type;
  fe::Type* u = fe::underlying(t);
  switch (u->kind) {
    case fe::TypeKind::Pointer:
      return heapLit(lit, static_cast<fe::Pointer*>(u)->elem);
    case fe::TypeKind::Slice: {
      fe::Type* elem = static_cast<fe::Slice*>(u)->elem;
      // The length is one past the highest index.
      int64_t n = 0, idx = 0;
      for (auto* e : lit->elts) {
        if (auto* kv = fe::dyn_cast<fe::KeyValueExpr>(e); kv && kv->key->constant)
          idx = kv->key->constant->int64();
        n = std::max(n, ++idx);
      }
      Value* arr = callRuntime("runtime.mallocgc", {b_.getInt64(sizeOf(elem) * uint64_t(n)), typeDesc(elem)});
      idx = 0;
      for (auto* e : lit->elts) {
        fe::Expr* val = e;
        if (auto* kv = fe::dyn_cast<fe::KeyValueExpr>(e)) {
          if (kv->key->constant) idx = kv->key->constant->int64();
          val = kv->value;
        }
        storeInto(b_.CreateConstInBoundsGEP1_64(memType(elem), arr, uint64_t(idx)), val, elem);
        ++idx;
      }
      Value* s = PoisonValue::get(sliceTy_);
      s = b_.CreateInsertValue(s, arr, {0});
      s = b_.CreateInsertValue(s, b_.getInt64(n), {1});
      return b_.CreateInsertValue(s, b_.getInt64(n), {2});
    }
    case fe::TypeKind::Struct:
    case fe::TypeKind::Array: {
      AllocaInst* tmp = entryAlloca(memType(t), "lit");
      tmp->setAlignment(alignOf(t));
      zeroMem(t, tmp);
      buildInto(tmp, lit, t);
      return loadValue(t, tmp);
    }
    case fe::TypeKind::Map:
      return mapLit(lit, t);
    default:
      return fail(lit->pos, "internal error: composite literal of " + fe::typeString(t));
  }
}

void Lowering::buildInto(Value* dst, fe::CompositeLit* lit, fe::Type* t) {
  fe::Type* u = fe::underlying(t);
  if (u->kind == fe::TypeKind::Struct) {
    auto* st = static_cast<fe::Struct*>(u);
    size_t pos = 0;
    for (auto* e : lit->elts) {
      size_t idx = pos++;
      fe::Expr* val = e;
      if (auto* kv = fe::dyn_cast<fe::KeyValueExpr>(e)) {
        auto* key = fe::dyn_cast<fe::Ident>(kv->key);
        idx = st->fields.size();
        for (size_t i = 0; key && i < st->fields.size(); ++i)
          if (st->fields[i] == key->obj || st->fields[i]->name == key->name) {
            idx = i;
            break;
          }
        if (idx == st->fields.size()) {
          fail(kv->pos, "internal error: unknown field in literal");
          return;
        }
        val = kv->value;
      }
      if (idx >= st->fields.size()) {
        fail(e->pos, "internal error: too many values in struct literal");
        return;
      }
      storeInto(b_.CreateStructGEP(memType(u), dst, unsigned(idx)), val, st->fields[idx]->type);
    }
    return;
  }
  if (u->kind == fe::TypeKind::Array) {
    auto* at = static_cast<fe::Array*>(u);
    int64_t idx = 0;
    for (auto* e : lit->elts) {
      fe::Expr* val = e;
      if (auto* kv = fe::dyn_cast<fe::KeyValueExpr>(e)) {
        if (kv->key->constant) idx = kv->key->constant->int64();
        val = kv->value;
      }
      if (idx < 0 || idx >= at->len) {
        fail(e->pos, "internal error: array literal index out of range");
        return;
      }
      storeInto(b_.CreateConstInBoundsGEP2_64(memType(u), dst, 0, uint64_t(idx)), val, at->elem);
      ++idx;
    }
    return;
  }
  // Slices and the rest are values.
  storeValue(t, compositeLit(lit, t), dst);
}

void Lowering::storeInto(Value* dst, fe::Expr* e, fe::Type* t) {
  if (auto* lit = fe::dyn_cast<fe::CompositeLit>(unparen(e))) {
    fe::Type* u = fe::underlying(t);
    fe::Type* lu = lit->type ? fe::underlying(lit->type) : nullptr;
    if (u->kind == fe::TypeKind::Pointer && lu && lu->kind != fe::TypeKind::Pointer) {
      // Elided &T in an outer literal.
      b_.CreateStore(heapLit(lit, lit->type), dst);
      return;
    }
    if (lu && (lu->kind == fe::TypeKind::Struct || lu->kind == fe::TypeKind::Array) &&
        fe::identical(lit->type, t)) {
      buildInto(dst, lit, t);
      return;
    }
  }
  if (copyAggregate(dst, e, t)) return;
  storeValue(t, exprTo(e, t), dst);
}

Value* Lowering::heapLit(fe::CompositeLit* lit, fe::Type* t) {
  if (fe::underlying(t)->kind == fe::TypeKind::Pointer) t = static_cast<fe::Pointer*>(fe::underlying(t))->elem;
  Value* p = mallocgc(t);
  fe::Type* u = fe::underlying(t);
  if (u->kind == fe::TypeKind::Struct || u->kind == fe::TypeKind::Array)
    buildInto(p, lit, t);
  else
    storeValue(t, compositeLit(lit, t), p);
  return p;
}

}  // namespace gorun::jit
