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
//
// Literals known at compile time (constants and nils, in arrays and structs
// of them: the tables of unicode, strconv, time) are not built element by
// element: their memory image is a private constant global (constImage) that
// the literal copies with one memcpy. Element-wise stores cost code
// generation time per element (unicode's init was 47 000 lines of IR and
// most of a second of start-up); a copy costs one call.
//
// A package-level variable's initialiser runs once, so there the image may
// also hold slice and &T literals: each backing array or pointee becomes a
// mutable global of its own (the collector scans it as a root, gcdata.cpp),
// and the variable gets the image as its initial value with no code at all,
// as Go's static initialisation does. Unreferenced tables then cost nothing:
// the session links only what the program reaches. Until the first
// initialiser that runs code, a variable initialised so is as good as its
// image (`var Cc = _Cc`), as in Go's staticinit; and a large map literal of
// such keys and values is filled by a loop over two constant arrays
// (maps.cpp).

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

namespace {

fe::Expr* unparen(fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  return e;
}

// The field a keyed struct literal element sets; fields.size() when none.
size_t fieldIndex(fe::Struct* st, fe::KeyValueExpr* kv) {
  auto* key = fe::dyn_cast<fe::Ident>(kv->key);
  for (size_t i = 0; key && i < st->fields.size(); ++i)
    if (st->fields[i] == key->obj || st->fields[i]->name == key->name) return i;
  return st->fields.size();
}

// Element el of a struct literal, the pos-th: the field it sets (by key,
// or by position; fields.size() when unknown) and its value.
std::pair<size_t, fe::Expr*> structElem(fe::Struct* st, fe::Expr* el, size_t pos) {
  if (auto* kv = fe::dyn_cast<fe::KeyValueExpr>(el)) return {fieldIndex(st, kv), kv->value};
  return {pos, el};
}

// Arrays longer than this are built element by element even when constant:
// their image would hold one llvm::Constant per element.
constexpr int64_t kMaxImageElems = 1 << 16;

}  // namespace

Constant* Lowering::constImage(fe::Expr* e, fe::Type* t, bool once) {
  e = unparen(e);
  if (fe::isInterface(t)) return nullptr;  // boxing a value allocates
  Type* mt = memType(t);
  fe::Type* u = fe::underlying(t);
  if (isNil(e)) return Constant::getNullValue(mt);
  if (auto* id = fe::dyn_cast<fe::Ident>(e); id && once && globalsIntact_) {
    // `var Cc = _Cc`: no code has run that could have changed _Cc.
    auto it = staticVars_.find(id->obj);
    return it != staticVars_.end() && it->second->getType() == mt ? it->second : nullptr;
  }
  if (e->mode == fe::Mode::Constant && e->constant) {
    if (u->kind == fe::TypeKind::Bool) return ConstantInt::get(i8_, e->constant->b);
    auto* c = dyn_cast<Constant>(constValue(*e->constant, t));
    return c && c->getType() == mt ? c : nullptr;
  }
  if (once && u->kind == fe::TypeKind::Pointer) {
    // &T{...}, or T{...} with the &T elided in an outer literal.
    fe::Type* elem = static_cast<fe::Pointer*>(u)->elem;
    fe::Expr* x = e;
    if (auto* ue = fe::dyn_cast<fe::UnaryExpr>(e); ue && ue->op == fe::Tok::And) x = unparen(ue->x);
    auto* lit = fe::dyn_cast<fe::CompositeLit>(x);
    if (!lit || !lit->type || !fe::identical(lit->type, elem)) return nullptr;
    Constant* image = constImage(lit, elem, once);
    return image ? dataGlobal(image, alignOf(elem)) : nullptr;
  }
  auto* lit = fe::dyn_cast<fe::CompositeLit>(e);
  if (!lit || !lit->type || !fe::identical(lit->type, t)) return nullptr;
  if (once && u->kind == fe::TypeKind::Slice) {
    fe::Type* elem = static_cast<fe::Slice*>(u)->elem;
    int64_t n = sliceLitLen(lit);
    // []T{} is not nil: it points to a global of no size.
    Constant* image = elemsImage(elem, n, lit, once);
    if (!image) return nullptr;
    Constant* len = ConstantInt::get(i64_, uint64_t(n));
    return ConstantStruct::get(sliceTy_, {dataGlobal(image, alignOf(elem)), len, len});
  }
  if (u->kind == fe::TypeKind::Array) {
    auto* at = static_cast<fe::Array*>(u);
    return elemsImage(at->elem, at->len, lit, once);
  }
  if (u->kind != fe::TypeKind::Struct) return nullptr;
  auto* st = static_cast<fe::Struct*>(u);
  std::vector<Constant*> fields;
  for (auto* f : st->fields) fields.push_back(Constant::getNullValue(memType(f->type)));
  size_t pos = 0;
  for (auto* el : lit->elts) {
    auto [idx, val] = structElem(st, el, pos++);
    if (idx >= st->fields.size()) return nullptr;
    fields[idx] = constImage(val, st->fields[idx]->type, once);
    if (!fields[idx]) return nullptr;
  }
  return ConstantStruct::get(cast<StructType>(mt), fields);
}

Constant* Lowering::elemsImage(fe::Type* elem, int64_t n, fe::CompositeLit* lit, bool once) {
  if (n < 0 || n > kMaxImageElems) return nullptr;
  std::vector<Constant*> elems(size_t(n), Constant::getNullValue(memType(elem)));
  int64_t idx = 0;
  for (auto* el : lit->elts) {
    fe::Expr* val = el;
    if (auto* kv = fe::dyn_cast<fe::KeyValueExpr>(el)) {
      if (!kv->key->constant) return nullptr;
      idx = kv->key->constant->int64();
      val = kv->value;
    }
    if (idx < 0 || idx >= n) return nullptr;
    elems[size_t(idx)] = constImage(val, elem, once);
    if (!elems[size_t(idx)]) return nullptr;
    ++idx;
  }
  return ConstantArray::get(ArrayType::get(memType(elem), uint64_t(n)), elems);
}

Constant* Lowering::dataGlobal(Constant* image, Align align) {
  auto* gv = new GlobalVariable(*mod_, image->getType(), false, GlobalValue::PrivateLinkage, image,
                                "data");
  gv->setAlignment(align);
  return gv;
}

int64_t Lowering::sliceLitLen(fe::CompositeLit* lit) {
  // One past the highest index.
  int64_t n = 0, idx = 0;
  for (auto* e : lit->elts) {
    if (auto* kv = fe::dyn_cast<fe::KeyValueExpr>(e); kv && kv->key->constant)
      idx = kv->key->constant->int64();
    n = std::max(n, ++idx);
  }
  return n;
}

void Lowering::copyImage(Value* dst, Constant* image, Align align) {
  auto* gv = new GlobalVariable(*mod_, image->getType(), true, GlobalValue::PrivateLinkage, image,
                                "lit");
  gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  gv->setAlignment(align);
  b_.CreateMemCpy(dst, align, gv, align, b_.getInt64(dl_.getTypeAllocSize(image->getType())));
}

Value* Lowering::compositeLit(fe::CompositeLit* lit, fe::Type* t) {
  if (!t) t = lit->type;
  fe::Type* u = fe::underlying(t);
  switch (u->kind) {
    case fe::TypeKind::Pointer:
      return heapLit(lit, static_cast<fe::Pointer*>(u)->elem);
    case fe::TypeKind::Slice: {
      fe::Type* elem = static_cast<fe::Slice*>(u)->elem;
      int64_t n = sliceLitLen(lit);
      Value* arr = callRuntime("runtime.mallocgc", {b_.getInt64(sizeOf(elem) * uint64_t(n)), typeDesc(elem)});
      if (Constant* image = n > 0 ? elemsImage(elem, n, lit, false) : nullptr) {
        copyImage(arr, image, alignOf(elem));
      } else {
        int64_t idx = 0;
        for (auto* e : lit->elts) {
          fe::Expr* val = e;
          if (auto* kv = fe::dyn_cast<fe::KeyValueExpr>(e)) {
            if (kv->key->constant) idx = kv->key->constant->int64();
            val = kv->value;
          }
          storeInto(b_.CreateConstInBoundsGEP1_64(memType(elem), arr, uint64_t(idx)), val, elem);
          ++idx;
        }
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
  // A few stores beat a copy (and the global it copies from).
  if (sizeOf(t) > 32)
    if (Constant* image = constImage(lit, t)) {
      copyImage(dst, image, alignOf(t));
      return;
    }
  if (u->kind == fe::TypeKind::Struct) {
    auto* st = static_cast<fe::Struct*>(u);
    size_t pos = 0;
    for (auto* e : lit->elts) {
      auto [idx, val] = structElem(st, e, pos++);
      if (idx >= st->fields.size()) {
        fail(e->pos, "internal error: unknown field or too many values in struct literal");
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
