// Expressions: constants, variables, selectors and the dispatch over
// expression kinds (operators.cpp, indexing.cpp and conversions.cpp hold
// the rest).
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

#include "jit/lowering.h"

#include <llvm/ADT/ScopeExit.h>

using namespace llvm;

namespace gorun::jit {

namespace {

fe::Expr* unparen(fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  return e;
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
    if (e->pos.valid()) curPos_ = e->pos;
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
        v = typeAssert(fe::cast<fe::TypeAssertExpr>(e), false, nullptr);
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
  Value* v = exprToImpl(e, target);
  return v ? v : PoisonValue::get(valType(target));
}

Value* Lowering::exprToImpl(fe::Expr* e, fe::Type* target) {
  if (isNil(e)) return zeroValue(target);
  if (e->mode == fe::Mode::Constant && e->constant) {
    if (!fe::isInterface(target)) return constValue(*e->constant, target);
    fe::Type* from = defaultType(e->type);
    if (!fe::isInterface(from)) return toInterface(from, target, constValue(*e->constant, from));
  }
  if (fe::isInterface(target) && e->type && !fe::isInterface(e->type) &&
      static_cast<fe::Interface*>(fe::underlying(target))->empty() && !isDirectIface(e->type)) {
    // Box a large variable by copying memory, not through an SSA value.
    fe::Type* u = fe::underlying(e->type);
    if ((u->kind == fe::TypeKind::Array || u->kind == fe::TypeKind::Struct) &&
        sizeOf(e->type) > 64 && e->mode == fe::Mode::Variable) {
      Value* box = mallocgc(e->type);
      copyMem(e->type, box, addr(e));
      Value* eface = PoisonValue::get(ifaceTy_);
      eface = b_.CreateInsertValue(eface, typeDesc(e->type), {0});
      return b_.CreateInsertValue(eface, box, {1});
    }
  }
  return implicitConvert(e->type, target, expr(e));
}

Value* Lowering::implicitConvert(fe::Type* from, fe::Type* to, Value* v) {
  if (!to) return v;
  Value* r = v ? implicitConvertImpl(from, to, v) : nullptr;
  return r ? r : PoisonValue::get(valType(to));
}

Value* Lowering::implicitConvertImpl(fe::Type* from, fe::Type* to, Value* v) {
  if (!from) return v;
  if (fe::underlying(from)->kind == fe::TypeKind::UntypedNil) return zeroValue(to);
  if (fe::isInterface(to) && !fe::identical(from, to)) return toInterface(from, to, v);
  if (v->getType() == valType(to)) return v;
  return convert(from, to, v);
}

std::vector<Value*> Lowering::exprMulti(fe::Expr* e) {
  std::vector<Value*> out;
  e = unparen(e);
  auto* tuple = e->type && e->type->kind == fe::TypeKind::Tuple ? static_cast<fe::Tuple*>(e->type)
                                                                 : nullptr;
  if (auto* ta = fe::dyn_cast<fe::TypeAssertExpr>(e); ta && e->mode == fe::Mode::CommaOk) {
    Value* ok = nullptr;
    out.push_back(typeAssert(ta, true, &ok));  // v, ok := x.(T) (interfaces.cpp)
    out.push_back(ok);
    return out;
  }
  if (auto* u = fe::dyn_cast<fe::UnaryExpr>(e);
      u && u->op == fe::Tok::Arrow && e->mode == fe::Mode::CommaOk) {
    Value* ok = nullptr;
    out.push_back(chanRecv(u, &ok));  // v, ok := <-c (channels.cpp)
    out.push_back(ok);
    return out;
  }
  if (e->mode == fe::Mode::CommaOk && isMapIndex(e))
    return mapIndexCommaOk(fe::cast<fe::IndexExpr>(e));  // v, ok := m[k] (maps.cpp)
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

// The type of the i-th value of a multi-valued expression: a call's
// result, or a comma-ok form's value and its untyped-bool ok.
fe::Type* Lowering::multiType(fe::Expr* e, size_t i) {
  if (e->type && e->type->kind == fe::TypeKind::Tuple) {
    auto* tuple = static_cast<fe::Tuple*>(e->type);
    return i < tuple->vars.size() ? tuple->vars[i]->type : nullptr;
  }
  return i == 0 ? e->type : tc_.basic(fe::TypeKind::Bool);
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
  Value* a = addrImpl(e);
  return a ? a : PoisonValue::get(ptr_);
}

Value* Lowering::addrImpl(fe::Expr* e) {
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

}  // namespace gorun::jit
