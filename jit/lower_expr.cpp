// Expressions: constants, variables, operators, selectors, indexing,
// slicing, conversions.
//
// expr(e) yields an SSA value of valType(e->type); addr(e) the address of
// an addressable expression (Mode::Variable). A constant expression
// (Mode::Constant) is always materialised from Expr::constant, never
// re-evaluated. exprTo(e, T) is expr plus the implicit conversions of an
// assignment context: nil to T's zero value, a concrete value to an
// interface, an untyped constant straight to T.
//
// Selectors walk SelectorExpr::path as a Place (address, pointer to
// nil-check, or SSA value): through an address the walk is GEPs, through a
// value it is extractvalue, and a pointer met on the way is checked for nil
// where it is dereferenced, as Go's implicit (*p).f does.
//
// Slice expressions perform the checks in gc's order with gc's panic
// functions (ssagen's slice()): the new cap (3-index) or high bound against
// the capacity, then high against max, then low against high; a result with
// zero capacity keeps the base pointer, so a slice never points past its
// backing array.

#include "jit/lowering.h"

#include <llvm/ADT/ScopeExit.h>

using namespace llvm;

namespace gorun::jit {

namespace {

fe::Expr* unparen(fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  return e;
}

bool isComparison(fe::Tok op) {
  switch (op) {
    case fe::Tok::Eql: case fe::Tok::Neq: case fe::Tok::Lss:
    case fe::Tok::Leq: case fe::Tok::Gtr: case fe::Tok::Geq:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool Lowering::isBlank(fe::Expr* e) {
  auto* id = fe::dyn_cast<fe::Ident>(unparen(e));
  return id && id->name == "_";
}

bool Lowering::isNil(fe::Expr* e) {
  e = unparen(e);
  if (auto* id = fe::dyn_cast<fe::Ident>(e))
    if (id->obj && id->obj->kind == fe::ObjKind::Nil) return true;
  return e->type && e->type->kind == fe::TypeKind::UntypedNil;
}

fe::Type* Lowering::defaultType(fe::Type* t) {
  if (!t) return t;
  switch (t->kind) {
    case fe::TypeKind::UntypedBool: return tc_.basic(fe::TypeKind::Bool);
    case fe::TypeKind::UntypedInt: return tc_.basic(fe::TypeKind::Int);
    case fe::TypeKind::UntypedRune: return tc_.runeType();
    case fe::TypeKind::UntypedFloat: return tc_.basic(fe::TypeKind::Float64);
    case fe::TypeKind::UntypedComplex: return tc_.basic(fe::TypeKind::Complex128);
    case fe::TypeKind::UntypedString: return tc_.basic(fe::TypeKind::String);
    default: return t;
  }
}

// ---------------------------------------------------------------------------
// Constants

Value* Lowering::constValue(const fe::Constant& c, fe::Type* t) {
  fe::Type* u = fe::underlying(t);
  if (u->kind == fe::TypeKind::Interface) {
    fe::Type* dt = nullptr;
    switch (c.kind) {
      case fe::Constant::Kind::Bool: dt = tc_.basic(fe::TypeKind::Bool); break;
      case fe::Constant::Kind::String: dt = tc_.basic(fe::TypeKind::String); break;
      case fe::Constant::Kind::Int: dt = tc_.basic(fe::TypeKind::Int); break;
      case fe::Constant::Kind::Float: dt = tc_.basic(fe::TypeKind::Float64); break;
      case fe::Constant::Kind::Complex: dt = tc_.basic(fe::TypeKind::Complex128); break;
    }
    return toInterface(dt, t, constValue(c, dt));
  }
  auto toFloat = [&](const fe::Constant& k, bool imag, const fltSemantics& sem) {
    APFloat f(sem);
    if (k.kind == fe::Constant::Kind::Int) {
      if (imag) return APFloat::getZero(sem);
      f.convertFromAPInt(k.i, /*IsSigned=*/true, APFloat::rmNearestTiesToEven);
      return f;
    }
    if (k.kind != fe::Constant::Kind::Float && k.kind != fe::Constant::Kind::Complex)
      return APFloat::getZero(sem);
    if (imag && k.kind != fe::Constant::Kind::Complex) return APFloat::getZero(sem);
    f = imag ? k.im : k.re;
    bool loses = false;
    f.convert(sem, APFloat::rmNearestTiesToEven, &loses);
    return f;
  };
  switch (u->kind) {
    case fe::TypeKind::Bool:
    case fe::TypeKind::UntypedBool:
      return ConstantInt::get(i1_, c.b);
    case fe::TypeKind::Float32:
      return ConstantFP::get(ctx_, toFloat(c, false, APFloat::IEEEsingle()));
    case fe::TypeKind::Float64:
    case fe::TypeKind::UntypedFloat:
      return ConstantFP::get(ctx_, toFloat(c, false, APFloat::IEEEdouble()));
    case fe::TypeKind::Complex64:
    case fe::TypeKind::Complex128:
    case fe::TypeKind::UntypedComplex: {
      const fltSemantics& sem =
          u->kind == fe::TypeKind::Complex64 ? APFloat::IEEEsingle() : APFloat::IEEEdouble();
      return ConstantStruct::get(cast<StructType>(memType(u)),
                                 {ConstantFP::get(ctx_, toFloat(c, false, sem)),
                                  ConstantFP::get(ctx_, toFloat(c, true, sem))});
    }
    case fe::TypeKind::String:
    case fe::TypeKind::UntypedString:
      return stringConst(c.s);
    case fe::TypeKind::UntypedNil:
    case fe::TypeKind::Pointer:
    case fe::TypeKind::UnsafePointer:
    case fe::TypeKind::Slice:
    case fe::TypeKind::Map:
    case fe::TypeKind::Chan:
    case fe::TypeKind::Signature:
      return zeroValue(t);
    default:
      break;
  }
  if (fe::isInteger(u)) {
    unsigned bits = memType(u)->getIntegerBitWidth();
    APInt v = c.i;
    if (c.kind == fe::Constant::Kind::Float || c.kind == fe::Constant::Kind::Complex) {
      if (auto k = fe::constant::toInt(c)) v = k->i;
    }
    return ConstantInt::get(ctx_, v.trunc(bits));
  }
  return fail(fe::Pos{}, "internal error: constant of type " + fe::typeString(t));
}

// ---------------------------------------------------------------------------
// Dispatch

Value* Lowering::expr(fe::Expr* e) {
  Value* v = nullptr;
  if (e->mode == fe::Mode::Constant && e->constant) {
    v = constValue(*e->constant, e->type);
  } else {
    // Code of a sub-expression on another line (a multi-line call) is
    // attributed to that line, as gc does; then the statement's line again.
    DebugLoc saved = b_.getCurrentDebugLocation();
    bool moved = saved && e->pos.valid() && saved.getLine() != e->pos.line;
    if (moved) setLocation(e->pos);
    auto restore = llvm::make_scope_exit([&] {
      if (moved) b_.SetCurrentDebugLocation(saved);
    });
    switch (e->kind) {
      case fe::NodeKind::Ident:
        v = identExpr(fe::cast<fe::Ident>(e));
        break;
      case fe::NodeKind::ParenExpr:
        v = expr(fe::cast<fe::ParenExpr>(e)->x);
        break;
      case fe::NodeKind::FuncLit:
        v = funcLit(fe::cast<fe::FuncLit>(e));
        break;
      case fe::NodeKind::CompositeLit:
        v = compositeLit(fe::cast<fe::CompositeLit>(e));
        break;
      case fe::NodeKind::SelectorExpr:
        v = selectorExpr(fe::cast<fe::SelectorExpr>(e));
        break;
      case fe::NodeKind::IndexExpr:
        v = indexExpr(fe::cast<fe::IndexExpr>(e));
        break;
      case fe::NodeKind::SliceExpr:
        v = sliceExpr(fe::cast<fe::SliceExpr>(e));
        break;
      case fe::NodeKind::StarExpr: {
        Value* p = expr(fe::cast<fe::StarExpr>(e)->x);
        nilCheck(p);
        v = loadValue(e->type, p);
        break;
      }
      case fe::NodeKind::UnaryExpr:
        v = unaryExpr(fe::cast<fe::UnaryExpr>(e));
        break;
      case fe::NodeKind::BinaryExpr:
        v = binaryExpr(fe::cast<fe::BinaryExpr>(e));
        break;
      case fe::NodeKind::CallExpr:
        v = callExpr(fe::cast<fe::CallExpr>(e));
        break;
      case fe::NodeKind::TypeAssertExpr:
        unsupported(e->pos, "type assertions");
        break;
      default:
        fail(e->pos, "internal error: unexpected expression");
        break;
    }
  }
  if (!v && e->type) v = PoisonValue::get(valType(e->type));
  return v;
}

Value* Lowering::exprTo(fe::Expr* e, fe::Type* target) {
  if (!target) return expr(e);
  if (isNil(e)) return zeroValue(target);
  if (e->mode == fe::Mode::Constant && e->constant) {
    if (!fe::isInterface(target)) return constValue(*e->constant, target);
    fe::Type* from = defaultType(e->type);
    if (!fe::isInterface(from)) return toInterface(from, target, constValue(*e->constant, from));
  }
  return implicitConvert(e->type, target, expr(e));
}

Value* Lowering::implicitConvert(fe::Type* from, fe::Type* to, Value* v) {
  if (!from || !to) return v;
  if (fe::underlying(from)->kind == fe::TypeKind::UntypedNil) return zeroValue(to);
  if (fe::isInterface(to) && !fe::isInterface(from)) return toInterface(from, to, v);
  if (v->getType() == valType(to)) return v;
  return convert(from, to, v);
}

std::vector<Value*> Lowering::exprMulti(fe::Expr* e) {
  std::vector<Value*> out;
  e = unparen(e);
  auto* tuple = e->type && e->type->kind == fe::TypeKind::Tuple ? static_cast<fe::Tuple*>(e->type)
                                                                 : nullptr;
  auto* c = fe::dyn_cast<fe::CallExpr>(e);
  if (!tuple || !c) {
    unsupported(e->pos, "comma-ok expressions");
    return out;
  }
  Value* v = callExpr(c);
  for (size_t i = 0; i < tuple->vars.size(); ++i)
    out.push_back(v && v->getType()->isStructTy() ? b_.CreateExtractValue(v, {unsigned(i)})
                                                  : PoisonValue::get(valType(tuple->vars[i]->type)));
  return out;
}

Value* Lowering::identExpr(fe::Ident* id) {
  fe::Object* obj = id->obj;
  if (!obj) return fail(id->pos, "internal error: unresolved identifier " + id->name);
  switch (obj->kind) {
    case fe::ObjKind::Var: {
      auto* v = static_cast<fe::Var*>(obj);
      return loadValue(v->type, varAddr(v));
    }
    case fe::ObjKind::Func:
      return funcValue(static_cast<fe::Func*>(obj));
    case fe::ObjKind::Nil:
      return zeroValue(id->type);
    case fe::ObjKind::Const: {
      auto* k = static_cast<fe::Const*>(obj);
      if (k->value) return constValue(*k->value, id->type ? id->type : k->type);
      break;
    }
    default:
      break;
  }
  return fail(id->pos, "internal error: " + id->name + " is not a value");
}

// ---------------------------------------------------------------------------
// Addresses and selector paths

Value* Lowering::addr(fe::Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case fe::NodeKind::Ident: {
      auto* id = fe::cast<fe::Ident>(e);
      if (id->obj && id->obj->kind == fe::ObjKind::Var) return varAddr(static_cast<fe::Var*>(id->obj));
      break;
    }
    case fe::NodeKind::StarExpr: {
      Value* p = expr(fe::cast<fe::StarExpr>(e)->x);
      nilCheck(p);
      return p;
    }
    case fe::NodeKind::SelectorExpr: {
      auto* se = fe::cast<fe::SelectorExpr>(e);
      if (se->selKind == fe::SelKind::Field)
        return placeAddr(walkPath(place(se->x), se->path, se->path.size()));
      if (se->selKind == fe::SelKind::Qualified && se->sel->obj &&
          se->sel->obj->kind == fe::ObjKind::Var)
        return varAddr(static_cast<fe::Var*>(se->sel->obj));
      break;
    }
    case fe::NodeKind::IndexExpr:
      return indexAddr(fe::cast<fe::IndexExpr>(e));
    case fe::NodeKind::CompositeLit: {
      auto* lit = fe::cast<fe::CompositeLit>(e);
      return heapLit(lit, lit->type);
    }
    default:
      break;
  }
  // Not addressable: a temporary copy (e.g. a method with a pointer
  // receiver on a call result reached through an embedded field).
  return spill(e->type, expr(e));
}

Place Lowering::place(fe::Expr* x) {
  fe::Type* t = x->type;
  if (fe::underlying(t)->kind == fe::TypeKind::Pointer) return {Place::Ptr, expr(x), t};
  if (x->mode == fe::Mode::Variable) return {Place::Addr, addr(x), t};
  return {Place::Val, expr(x), t};
}

Place Lowering::walkPath(Place p, const std::vector<int>& path, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    if (p.form == Place::Ptr) {
      nilCheck(p.v);
      p = {Place::Addr, p.v, static_cast<fe::Pointer*>(fe::underlying(p.type))->elem};
    }
    fe::Type* u = fe::underlying(p.type);
    if (u->kind != fe::TypeKind::Struct) {
      fail(fe::Pos{}, "internal error: selector path through a non-struct");
      return p;
    }
    auto* st = static_cast<fe::Struct*>(u);
    int idx = path[k];
    if (idx < 0 || size_t(idx) >= st->fields.size()) {
      fail(fe::Pos{}, "internal error: bad field index");
      return p;
    }
    fe::Type* ft = st->fields[idx]->type;
    if (p.form == Place::Addr)
      p.v = b_.CreateStructGEP(memType(u), p.v, unsigned(idx));
    else
      p.v = fromMem(ft, b_.CreateExtractValue(p.v, {unsigned(idx)}));
    p.type = ft;
    if (k + 1 < n && fe::underlying(ft)->kind == fe::TypeKind::Pointer) {
      if (p.form == Place::Addr) p.v = b_.CreateLoad(ptr_, p.v);
      p.form = Place::Ptr;
    }
  }
  return p;
}

Value* Lowering::placeValue(const Place& p) {
  if (p.form == Place::Addr) return loadValue(p.type, p.v);
  return p.v;
}

Value* Lowering::placeAddr(const Place& p) {
  switch (p.form) {
    case Place::Addr:
      return p.v;
    case Place::Ptr:
      nilCheck(p.v);
      return p.v;
    case Place::Val:
      return spill(p.type, p.v);
  }
  return p.v;
}

Value* Lowering::selectorExpr(fe::SelectorExpr* se) {
  switch (se->selKind) {
    case fe::SelKind::Qualified: {
      fe::Object* obj = se->sel->obj;
      if (!obj) break;
      if (obj->kind == fe::ObjKind::Var) {
        auto* v = static_cast<fe::Var*>(obj);
        return loadValue(v->type, varAddr(v));
      }
      if (obj->kind == fe::ObjKind::Func) return funcValue(static_cast<fe::Func*>(obj));
      if (obj->kind == fe::ObjKind::Const && static_cast<fe::Const*>(obj)->value)
        return constValue(*static_cast<fe::Const*>(obj)->value, se->type);
      break;
    }
    case fe::SelKind::Field:
      return placeValue(walkPath(place(se->x), se->path, se->path.size()));
    case fe::SelKind::Method:
      return methodValue(se);
    case fe::SelKind::MethodExpr:
      return methodExprValue(se);
    default:
      break;
  }
  return fail(se->pos, "internal error: unresolved selector " + se->sel->name);
}

// ---------------------------------------------------------------------------
// Indexing and slicing

Value* Lowering::toInt64(fe::Type* t, Value* v) {
  unsigned w = v->getType()->getIntegerBitWidth();
  if (w == 64) return v;
  if (w > 64) return b_.CreateTrunc(v, i64_);
  return t && fe::isUnsigned(t) ? b_.CreateZExt(v, i64_) : b_.CreateSExt(v, i64_);
}

Value* Lowering::indexValue(fe::Expr* e) {
  if (e->mode == fe::Mode::Constant && e->constant)
    return b_.getInt64(uint64_t(e->constant->int64()));
  return toInt64(e->type, expr(e));
}

Value* Lowering::indexAddr(fe::IndexExpr* e) {
  fe::Type* u = fe::underlying(e->x->type);
  switch (u->kind) {
    case fe::TypeKind::Slice: {
      Value* s = expr(e->x);
      Value* i = indexValue(e->index);
      boundsCheck(i, b_.CreateExtractValue(s, {1}));
      return b_.CreateInBoundsGEP(memType(static_cast<fe::Slice*>(u)->elem),
                                  b_.CreateExtractValue(s, {0}), i);
    }
    case fe::TypeKind::Array: {
      Value* a = e->x->mode == fe::Mode::Variable ? addr(e->x) : spill(e->x->type, expr(e->x));
      Value* i = indexValue(e->index);
      boundsCheck(i, b_.getInt64(static_cast<fe::Array*>(u)->len));
      return b_.CreateInBoundsGEP(memType(u), a, {b_.getInt64(0), i});
    }
    case fe::TypeKind::Pointer: {
      fe::Type* at = fe::underlying(static_cast<fe::Pointer*>(u)->elem);
      if (at->kind != fe::TypeKind::Array) break;
      Value* p = expr(e->x);
      Value* i = indexValue(e->index);
      nilCheck(p);
      boundsCheck(i, b_.getInt64(static_cast<fe::Array*>(at)->len));
      return b_.CreateInBoundsGEP(memType(at), p, {b_.getInt64(0), i});
    }
    case fe::TypeKind::Map:
      return unsupported(e->pos, "maps");
    default:
      break;
  }
  return fail(e->pos, "internal error: cannot index " + fe::typeString(e->x->type));
}

Value* Lowering::indexExpr(fe::IndexExpr* e) {
  fe::Type* u = fe::underlying(e->x->type);
  if (u->kind == fe::TypeKind::String || u->kind == fe::TypeKind::UntypedString) {
    Value* s = expr(e->x);
    Value* i = indexValue(e->index);
    boundsCheck(i, b_.CreateExtractValue(s, {1}));
    return b_.CreateLoad(i8_, b_.CreateInBoundsGEP(i8_, b_.CreateExtractValue(s, {0}), i));
  }
  if (u->kind == fe::TypeKind::Map) return unsupported(e->pos, "maps");
  if (u->kind == fe::TypeKind::Array && e->x->mode != fe::Mode::Variable) {
    // Indexing an array value: extract without a temporary when constant.
    Value* a = expr(e->x);
    if (e->index->mode == fe::Mode::Constant && e->index->constant) {
      int64_t i = e->index->constant->int64();
      boundsCheck(b_.getInt64(uint64_t(i)), b_.getInt64(static_cast<fe::Array*>(u)->len));
      return fromMem(e->type, b_.CreateExtractValue(a, {unsigned(i)}));
    }
    Value* tmp = spill(e->x->type, a);
    Value* i = indexValue(e->index);
    boundsCheck(i, b_.getInt64(static_cast<fe::Array*>(u)->len));
    return loadValue(e->type, b_.CreateInBoundsGEP(memType(u), tmp, {b_.getInt64(0), i}));
  }
  Value* p = indexAddr(e);
  if (!p) return nullptr;
  return loadValue(e->type, p);
}

Value* Lowering::sliceExpr(fe::SliceExpr* e) {
  fe::Type* u = fe::underlying(e->x->type);
  Value* base = nullptr;
  Value *len = nullptr, *cap = nullptr;
  Type* elemTy = i8_;
  bool isString = false, isSlice = false;
  switch (u->kind) {
    case fe::TypeKind::String:
    case fe::TypeKind::UntypedString: {
      isString = true;
      Value* s = expr(e->x);
      base = b_.CreateExtractValue(s, {0});
      len = cap = b_.CreateExtractValue(s, {1});
      break;
    }
    case fe::TypeKind::Slice: {
      isSlice = true;
      Value* s = expr(e->x);
      elemTy = memType(static_cast<fe::Slice*>(u)->elem);
      base = b_.CreateExtractValue(s, {0});
      len = b_.CreateExtractValue(s, {1});
      cap = b_.CreateExtractValue(s, {2});
      break;
    }
    case fe::TypeKind::Array: {
      auto* a = static_cast<fe::Array*>(u);
      elemTy = memType(a->elem);
      base = addr(e->x);
      len = cap = b_.getInt64(a->len);
      break;
    }
    case fe::TypeKind::Pointer: {
      auto* a = static_cast<fe::Array*>(fe::underlying(static_cast<fe::Pointer*>(u)->elem));
      if (a->kind != fe::TypeKind::Array) return fail(e->pos, "internal error: slicing a pointer");
      elemTy = memType(a->elem);
      base = expr(e->x);
      nilCheck(base);
      len = cap = b_.getInt64(a->len);
      break;
    }
    default:
      return fail(e->pos, "internal error: cannot slice " + fe::typeString(e->x->type));
  }
  Value* lo = e->lo ? indexValue(e->lo) : b_.getInt64(0);
  Value* hi = e->hi ? indexValue(e->hi) : len;
  Value* max = e->max ? indexValue(e->max) : cap;
  if (e->slice3) {
    sliceCheck(max, cap, isSlice ? "runtime.panicSlice3Acap" : "runtime.panicSlice3Alen");
    sliceCheck(hi, max, "runtime.panicSlice3B");
    sliceCheck(lo, hi, "runtime.panicSlice3C");
  } else {
    if (e->hi) sliceCheck(hi, cap, isSlice ? "runtime.panicSliceAcap" : "runtime.panicSliceAlen");
    sliceCheck(lo, hi, "runtime.panicSliceB");
  }
  Value* newLen = b_.CreateSub(hi, lo);
  Value* newCap = isString ? newLen : b_.CreateSub(max, lo);
  Value* moved = b_.CreateInBoundsGEP(elemTy, base, lo);
  Value* ptr = b_.CreateSelect(b_.CreateICmpEQ(newCap, b_.getInt64(0)), base, moved);
  if (isString) {
    Value* r = PoisonValue::get(stringTy_);
    r = b_.CreateInsertValue(r, ptr, {0});
    return b_.CreateInsertValue(r, newLen, {1});
  }
  Value* r = PoisonValue::get(sliceTy_);
  r = b_.CreateInsertValue(r, ptr, {0});
  r = b_.CreateInsertValue(r, newLen, {1});
  return b_.CreateInsertValue(r, newCap, {2});
}

// ---------------------------------------------------------------------------
// Operators

Value* Lowering::unaryExpr(fe::UnaryExpr* u) {
  switch (u->op) {
    case fe::Tok::Add:
      return exprTo(u->x, u->type);
    case fe::Tok::Sub: {
      Value* x = exprTo(u->x, u->type);
      if (fe::isFloat(u->type)) return b_.CreateFNeg(x);
      if (fe::isComplex(u->type)) {
        Value* re = b_.CreateFNeg(b_.CreateExtractValue(x, {0}));
        Value* im = b_.CreateFNeg(b_.CreateExtractValue(x, {1}));
        return b_.CreateInsertValue(b_.CreateInsertValue(x, re, {0}), im, {1});
      }
      return b_.CreateNeg(x);
    }
    case fe::Tok::Xor:
      return b_.CreateNot(exprTo(u->x, u->type));
    case fe::Tok::Not:
      return b_.CreateNot(expr(u->x));
    case fe::Tok::And: {
      fe::Expr* x = unparen(u->x);
      if (auto* lit = fe::dyn_cast<fe::CompositeLit>(x)) return heapLit(lit, lit->type);
      return addr(x);
    }
    case fe::Tok::Arrow:
      return unsupported(u->pos, "channels");
    default:
      return fail(u->pos, "internal error: unexpected unary operator");
  }
}

void Lowering::collectConcat(fe::Expr* e, std::vector<fe::Expr*>& out) {
  fe::Expr* x = unparen(e);
  if (auto* b = fe::dyn_cast<fe::BinaryExpr>(x);
      b && b->op == fe::Tok::Add && b->mode != fe::Mode::Constant) {
    collectConcat(b->x, out);
    collectConcat(b->y, out);
    return;
  }
  out.push_back(e);
}

Value* Lowering::binaryExpr(fe::BinaryExpr* b) {
  if (b->op == fe::Tok::LAnd || b->op == fe::Tok::LOr) return logical(b);
  if (isComparison(b->op)) return compare(b->op, b->x, b->y);
  fe::Type* t = b->type;
  if (b->op == fe::Tok::Shl || b->op == fe::Tok::Shr) {
    Value* x = exprTo(b->x, t);
    Value* y = b->y->mode == fe::Mode::Constant && b->y->constant
                   ? static_cast<Value*>(b_.getInt64(b->y->constant->uint64()))
                   : expr(b->y);
    return shift(b->op, t, x, b->y->mode == fe::Mode::Constant ? nullptr : b->y->type, y);
  }
  if (fe::isString(t) && b->op == fe::Tok::Add) {
    std::vector<fe::Expr*> parts;
    collectConcat(b, parts);
    std::vector<Value*> vals;
    for (auto* p : parts) vals.push_back(exprTo(p, t));
    return concat(vals);
  }
  Value* x = exprTo(b->x, t);
  Value* y = exprTo(b->y, t);
  return binaryOp(b->op, t, x, y, b->y->mode == fe::Mode::Constant);
}

Value* Lowering::binaryOp(fe::Tok op, fe::Type* t, Value* x, Value* y, bool yIsConst,
                          fe::Type* yt) {
  using fe::Tok;
  if (op == Tok::Shl || op == Tok::Shr) return shift(op, t, x, yIsConst ? nullptr : yt, toInt64(yt, y));
  if (fe::isString(t)) {
    if (op == Tok::Add) return concat({x, y});
    return fail(fe::Pos{}, "internal error: string operator");
  }
  if (fe::isInteger(t)) {
    switch (op) {
      case Tok::Add: return b_.CreateAdd(x, y);
      case Tok::Sub: return b_.CreateSub(x, y);
      case Tok::Mul: return b_.CreateMul(x, y);
      case Tok::Quo:
      case Tok::Rem: return checkedDivRem(op, t, x, y, yIsConst);
      case Tok::And: return b_.CreateAnd(x, y);
      case Tok::Or: return b_.CreateOr(x, y);
      case Tok::Xor: return b_.CreateXor(x, y);
      case Tok::AndNot: return b_.CreateAnd(x, b_.CreateNot(y));
      default: break;
    }
  } else if (fe::isFloat(t)) {
    switch (op) {
      case Tok::Add: return b_.CreateFAdd(x, y);
      case Tok::Sub: return b_.CreateFSub(x, y);
      case Tok::Mul: return b_.CreateFMul(x, y);
      case Tok::Quo: return b_.CreateFDiv(x, y);
      default: break;
    }
  } else if (fe::isComplex(t)) {
    Value* a = b_.CreateExtractValue(x, {0});
    Value* bb = b_.CreateExtractValue(x, {1});
    Value* c = b_.CreateExtractValue(y, {0});
    Value* d = b_.CreateExtractValue(y, {1});
    Value *re = nullptr, *im = nullptr;
    switch (op) {
      case Tok::Add: re = b_.CreateFAdd(a, c); im = b_.CreateFAdd(bb, d); break;
      case Tok::Sub: re = b_.CreateFSub(a, c); im = b_.CreateFSub(bb, d); break;
      case Tok::Mul:
        re = b_.CreateFSub(b_.CreateFMul(a, c), b_.CreateFMul(bb, d));
        im = b_.CreateFAdd(b_.CreateFMul(a, d), b_.CreateFMul(bb, c));
        break;
      case Tok::Quo: {
        // Smith's algorithm, as Go's runtime complex128div.
        Function* fabs = Intrinsic::getDeclaration(mod_.get(), Intrinsic::fabs, {c->getType()});
        Value* cBig = b_.CreateFCmpOGE(b_.CreateCall(fabs, {c}), b_.CreateCall(fabs, {d}));
        Value* r1 = b_.CreateFDiv(d, c);
        Value* den1 = b_.CreateFAdd(c, b_.CreateFMul(r1, d));
        Value* e1 = b_.CreateFDiv(b_.CreateFAdd(a, b_.CreateFMul(bb, r1)), den1);
        Value* f1 = b_.CreateFDiv(b_.CreateFSub(bb, b_.CreateFMul(a, r1)), den1);
        Value* r2 = b_.CreateFDiv(c, d);
        Value* den2 = b_.CreateFAdd(d, b_.CreateFMul(r2, c));
        Value* e2 = b_.CreateFDiv(b_.CreateFAdd(b_.CreateFMul(a, r2), bb), den2);
        Value* f2 = b_.CreateFDiv(b_.CreateFSub(b_.CreateFMul(bb, r2), a), den2);
        re = b_.CreateSelect(cBig, e1, e2);
        im = b_.CreateSelect(cBig, f1, f2);
        break;
      }
      default: break;
    }
    if (re) return b_.CreateInsertValue(b_.CreateInsertValue(x, re, {0}), im, {1});
  }
  return fail(fe::Pos{}, "internal error: operator on " + fe::typeString(t));
}

Value* Lowering::logical(fe::BinaryExpr* b) {
  bool isAnd = b->op == fe::Tok::LAnd;
  Value* x = expr(b->x);
  BasicBlock* from = b_.GetInsertBlock();
  BasicBlock* rhs = BasicBlock::Create(ctx_, isAnd ? "and.rhs" : "or.rhs", fn_->fn);
  BasicBlock* end = BasicBlock::Create(ctx_, isAnd ? "and.end" : "or.end", fn_->fn);
  if (isAnd)
    b_.CreateCondBr(x, rhs, end);
  else
    b_.CreateCondBr(x, end, rhs);
  b_.SetInsertPoint(rhs);
  Value* y = expr(b->y);
  BasicBlock* rhsEnd = b_.GetInsertBlock();
  b_.CreateBr(end);
  b_.SetInsertPoint(end);
  PHINode* phi = b_.CreatePHI(i1_, 2);
  phi->addIncoming(b_.getInt1(!isAnd), from);
  phi->addIncoming(y, rhsEnd);
  return phi;
}

Value* Lowering::compare(fe::Tok op, fe::Expr* x, fe::Expr* y) {
  bool xNil = isNil(x), yNil = isNil(y);
  if (xNil && yNil) return b_.getInt1(op == fe::Tok::Eql);
  if (xNil || yNil) {
    fe::Expr* other = xNil ? y : x;
    Value* v = expr(other);
    fe::Type* u = fe::underlying(other->type);
    Value* word = v;
    if (u->kind == fe::TypeKind::Slice || u->kind == fe::TypeKind::Interface)
      word = b_.CreateExtractValue(v, {0});
    Value* isNull = b_.CreateIsNull(word);
    return op == fe::Tok::Eql ? isNull : b_.CreateNot(isNull);
  }
  fe::Type* t = x->type;
  if (fe::isUntyped(t) && !fe::isUntyped(y->type)) t = y->type;
  if (fe::isInterface(x->type) || fe::isInterface(y->type))
    return unsupported(x->pos, "interface comparisons");
  Value* xv = exprTo(x, t);
  Value* yv = exprTo(y, t);
  return compareValues(op, t, xv, yv);
}

Value* Lowering::compareValues(fe::Tok op, fe::Type* t, Value* x, Value* y) {
  using fe::Tok;
  if (op == Tok::Eql) return equal(t, x, y);
  if (op == Tok::Neq) return b_.CreateNot(equal(t, x, y));
  if (fe::isString(t)) {
    Value* c = cmpString(x, y);
    Value* zero = b_.getInt64(0);
    switch (op) {
      case Tok::Lss: return b_.CreateICmpSLT(c, zero);
      case Tok::Leq: return b_.CreateICmpSLE(c, zero);
      case Tok::Gtr: return b_.CreateICmpSGT(c, zero);
      case Tok::Geq: return b_.CreateICmpSGE(c, zero);
      default: break;
    }
  } else if (fe::isFloat(t)) {
    switch (op) {
      case Tok::Lss: return b_.CreateFCmpOLT(x, y);
      case Tok::Leq: return b_.CreateFCmpOLE(x, y);
      case Tok::Gtr: return b_.CreateFCmpOGT(x, y);
      case Tok::Geq: return b_.CreateFCmpOGE(x, y);
      default: break;
    }
  } else if (fe::isInteger(t)) {
    bool u = fe::isUnsigned(t);
    switch (op) {
      case Tok::Lss: return u ? b_.CreateICmpULT(x, y) : b_.CreateICmpSLT(x, y);
      case Tok::Leq: return u ? b_.CreateICmpULE(x, y) : b_.CreateICmpSLE(x, y);
      case Tok::Gtr: return u ? b_.CreateICmpUGT(x, y) : b_.CreateICmpSGT(x, y);
      case Tok::Geq: return u ? b_.CreateICmpUGE(x, y) : b_.CreateICmpSGE(x, y);
      default: break;
    }
  }
  return fail(fe::Pos{}, "internal error: comparison of " + fe::typeString(t));
}

// == for comparable types. Structs compare field by field (blank fields
// excluded), arrays element by element; both short-circuit nothing, which
// is unobservable since comparisons have no side effects.
Value* Lowering::equal(fe::Type* t, Value* x, Value* y) {
  fe::Type* u = fe::underlying(t);
  switch (u->kind) {
    case fe::TypeKind::Float32:
    case fe::TypeKind::Float64:
    case fe::TypeKind::UntypedFloat:
      return b_.CreateFCmpOEQ(x, y);
    case fe::TypeKind::Complex64:
    case fe::TypeKind::Complex128:
    case fe::TypeKind::UntypedComplex:
      return b_.CreateAnd(
          b_.CreateFCmpOEQ(b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(y, {0})),
          b_.CreateFCmpOEQ(b_.CreateExtractValue(x, {1}), b_.CreateExtractValue(y, {1})));
    case fe::TypeKind::String:
    case fe::TypeKind::UntypedString: {
      // Different lengths are unequal without a call.
      Value* lenEq = b_.CreateICmpEQ(b_.CreateExtractValue(x, {1}), b_.CreateExtractValue(y, {1}));
      BasicBlock* from = b_.GetInsertBlock();
      BasicBlock* cmp = BasicBlock::Create(ctx_, "streq.cmp", fn_->fn);
      BasicBlock* end = BasicBlock::Create(ctx_, "streq.end", fn_->fn);
      b_.CreateCondBr(lenEq, cmp, end);
      b_.SetInsertPoint(cmp);
      Value* same = b_.CreateICmpEQ(cmpString(x, y), b_.getInt64(0));
      BasicBlock* cmpEnd = b_.GetInsertBlock();
      b_.CreateBr(end);
      b_.SetInsertPoint(end);
      PHINode* phi = b_.CreatePHI(i1_, 2);
      phi->addIncoming(b_.getInt1(false), from);
      phi->addIncoming(same, cmpEnd);
      return phi;
    }
    case fe::TypeKind::Slice:
      return b_.CreateICmpEQ(b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(y, {0}));
    case fe::TypeKind::Interface:
      return unsupported(fe::Pos{}, "interface comparisons");
    case fe::TypeKind::Struct: {
      auto* st = static_cast<fe::Struct*>(u);
      Value* r = b_.getInt1(true);
      for (size_t i = 0; i < st->fields.size(); ++i) {
        if (st->fields[i]->name == "_") continue;
        fe::Type* ft = st->fields[i]->type;
        Value* a = fromMem(ft, b_.CreateExtractValue(x, {unsigned(i)}));
        Value* c = fromMem(ft, b_.CreateExtractValue(y, {unsigned(i)}));
        r = b_.CreateAnd(r, equal(ft, a, c));
      }
      return r;
    }
    case fe::TypeKind::Array: {
      auto* at = static_cast<fe::Array*>(u);
      if (at->len <= 16) {
        Value* r = b_.getInt1(true);
        for (int64_t i = 0; i < at->len; ++i) {
          Value* a = fromMem(at->elem, b_.CreateExtractValue(x, {unsigned(i)}));
          Value* c = fromMem(at->elem, b_.CreateExtractValue(y, {unsigned(i)}));
          r = b_.CreateAnd(r, equal(at->elem, a, c));
        }
        return r;
      }
      // A loop over spilled copies; stops at the first difference.
      Value* px = spill(t, x);
      Value* py = spill(t, y);
      AllocaInst* idx = entryAlloca(i64_, "eq.i");
      b_.CreateStore(b_.getInt64(0), idx);
      BasicBlock* cond = BasicBlock::Create(ctx_, "aeq.cond", fn_->fn);
      BasicBlock* body = BasicBlock::Create(ctx_, "aeq.body", fn_->fn);
      BasicBlock* end = BasicBlock::Create(ctx_, "aeq.end", fn_->fn);
      b_.CreateBr(cond);
      b_.SetInsertPoint(cond);
      Value* i = b_.CreateLoad(i64_, idx);
      Value* more = b_.CreateICmpSLT(i, b_.getInt64(at->len));
      BasicBlock* condEnd = b_.GetInsertBlock();
      b_.CreateCondBr(more, body, end);
      b_.SetInsertPoint(body);
      Value* a = loadValue(at->elem, b_.CreateInBoundsGEP(memType(u), px, {b_.getInt64(0), i}));
      Value* c = loadValue(at->elem, b_.CreateInBoundsGEP(memType(u), py, {b_.getInt64(0), i}));
      Value* same = equal(at->elem, a, c);
      b_.CreateStore(b_.CreateAdd(i, b_.getInt64(1)), idx);
      BasicBlock* bodyEnd = b_.GetInsertBlock();
      b_.CreateCondBr(same, cond, end);
      b_.SetInsertPoint(end);
      PHINode* phi = b_.CreatePHI(i1_, 2);
      phi->addIncoming(b_.getInt1(true), condEnd);
      phi->addIncoming(b_.getInt1(false), bodyEnd);
      return phi;
    }
    default:
      return b_.CreateICmpEQ(x, y);  // bool, integers, pointers, chans, funcs
  }
}

// ---------------------------------------------------------------------------
// Conversions

Value* Lowering::conversion(fe::CallExpr* c) {
  if (c->args.size() != 1) return fail(c->pos, "internal error: conversion arity");
  fe::Expr* arg = c->args[0];
  if (isNil(arg)) return zeroValue(c->type);
  if (arg->mode == fe::Mode::Constant && arg->constant && !fe::isInterface(c->type)) {
    // T(c) with a constant c that is not itself constant-foldable to T
    // (e.g. []byte("s")): convert from the constant's own type.
    fe::Type* from = defaultType(arg->type);
    return convert(from, c->type, constValue(*arg->constant, from));
  }
  return convert(arg->type, c->type, expr(arg));
}

Value* Lowering::convert(fe::Type* from, fe::Type* to, Value* v) {
  fe::Type* f = fe::underlying(from);
  fe::Type* t = fe::underlying(to);
  if (f->kind == fe::TypeKind::UntypedNil) return zeroValue(to);
  if (fe::isInterface(to)) return toInterface(from, to, v);
  if (fe::isInteger(f) && fe::isInteger(t)) {
    Type* dt = valType(t);
    unsigned sw = v->getType()->getIntegerBitWidth(), dw = dt->getIntegerBitWidth();
    if (sw == dw) return v;
    if (dw < sw) return b_.CreateTrunc(v, dt);
    return fe::isUnsigned(f) ? b_.CreateZExt(v, dt) : b_.CreateSExt(v, dt);
  }
  if (fe::isInteger(f) && fe::isFloat(t))
    return fe::isUnsigned(f) ? b_.CreateUIToFP(v, valType(t)) : b_.CreateSIToFP(v, valType(t));
  if (fe::isFloat(f) && fe::isInteger(t)) {
    // Out-of-range conversions are implementation-defined in Go; freeze
    // keeps LLVM's poison from spreading (amd64 yields 0x8000...).
    Value* r = fe::isUnsigned(t) ? b_.CreateFPToUI(v, valType(t)) : b_.CreateFPToSI(v, valType(t));
    return b_.CreateFreeze(r);
  }
  if (fe::isFloat(f) && fe::isFloat(t)) {
    Type* dt = valType(t);
    if (v->getType() == dt) return v;
    return dt->isFloatTy() ? b_.CreateFPTrunc(v, dt) : b_.CreateFPExt(v, dt);
  }
  if (fe::isComplex(f) && fe::isComplex(t)) {
    auto* dt = cast<StructType>(valType(t));
    if (v->getType() == dt) return v;
    Type* et = dt->getElementType(0);
    Value* re = b_.CreateExtractValue(v, {0});
    Value* im = b_.CreateExtractValue(v, {1});
    re = et->isFloatTy() ? b_.CreateFPTrunc(re, et) : b_.CreateFPExt(re, et);
    im = et->isFloatTy() ? b_.CreateFPTrunc(im, et) : b_.CreateFPExt(im, et);
    return b_.CreateInsertValue(b_.CreateInsertValue(PoisonValue::get(dt), re, {0}), im, {1});
  }
  auto elemKind = [](fe::Type* sl) {
    fe::Type* e = fe::underlying(static_cast<fe::Slice*>(sl)->elem);
    return e->kind;
  };
  if (fe::isString(t)) {
    if (fe::isInteger(f)) return intToString(f, v);
    if (fe::isString(f)) return v;
    if (f->kind == fe::TypeKind::Slice) {
      if (elemKind(f) == fe::TypeKind::Uint8) return stringFromRunes(v, false);
      if (elemKind(f) == fe::TypeKind::Int32) return stringFromRunes(v, true);
    }
  }
  if (t->kind == fe::TypeKind::Slice && fe::isString(f)) {
    if (elemKind(t) == fe::TypeKind::Uint8) return stringToSlice(v, false);
    if (elemKind(t) == fe::TypeKind::Int32) return stringToSlice(v, true);
  }
  if (v->getType() == valType(to)) return v;
  return unsupported(fe::Pos{}, "conversion from " + fe::typeString(from) + " to " +
                                    fe::typeString(to));
}

}  // namespace gorun::jit
