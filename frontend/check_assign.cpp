// Assignability, untyped conversion, field and method lookup, and the
// assignment statements (=, :=, op=, var declarations).
#include "frontend/check.h"

#include <fmt/format.h>

namespace gorun::frontend {

Type* Checker::defaultType(Type* t) {
  switch (t->kind) {
    case TypeKind::UntypedBool: return ctx_.basic(TypeKind::Bool);
    case TypeKind::UntypedInt: return ctx_.basic(TypeKind::Int);
    case TypeKind::UntypedRune: return ctx_.runeType();
    case TypeKind::UntypedFloat: return ctx_.basic(TypeKind::Float64);
    case TypeKind::UntypedComplex: return ctx_.basic(TypeKind::Complex128);
    case TypeKind::UntypedString: return ctx_.basic(TypeKind::String);
    default: return t;
  }
}

// Gives an untyped non-constant expression tree its final type.
void Checker::setUntypedType(Expr* e, Type* t) {
  if (!e || !isUntyped(e->type)) return;
  Type* old = e->type;
  e->type = t;
  if (auto* p = dyn_cast<ParenExpr>(e)) return setUntypedType(p->x, t);
  if (e->mode == Mode::Constant) return;
  if (auto* u = dyn_cast<UnaryExpr>(e)) return setUntypedType(u->x, t);
  if (auto* b = dyn_cast<BinaryExpr>(e)) {
    if (b->op == Tok::Eql || b->op == Tok::Neq || b->op == Tok::Lss || b->op == Tok::Leq || b->op == Tok::Gtr ||
        b->op == Tok::Geq)
      return;  // the operands keep their own types; only the result changes
    if (b->op == Tok::Shl || b->op == Tok::Shr) {
      // The shifted constant takes the type; it must be an integer type.
      if (b->x->mode == Mode::Constant && isUntyped(b->x->type)) {
        if (!isInteger(t) && !isInterface(t)) {
          error(b->pos, fmt::format("invalid operation: shifted operand {} (type {}) must be integer",
                                    exprString(b->x), typeStr(t)));
          return;
        }
        Type* ct = isInterface(t) ? ctx_.basic(TypeKind::Int) : t;
        representableConst(b->x, ct, "");
        b->x->type = ct;
        e->type = ct;
      } else {
        setUntypedType(b->x, t);
      }
      return;
    }
    setUntypedType(b->x, t);
    setUntypedType(b->y, t);
  }
  (void)old;
}

bool Checker::representableConst(Expr* e, Type* t, const std::string& context) {
  Constant rounded;
  std::string why;
  if (constant::representable(*e->constant, t, &rounded, &why)) {
    e->constant = std::make_shared<Constant>(rounded);
    return true;
  }
  if (context.empty()) {
    if (why == "truncated")
      error(e->pos, fmt::format("{} truncated to {}", e->constant->str(), typeStr(t)));
    else
      error(e->pos, fmt::format("{} (constant {} of type {}) overflows {}", exprString(e), e->constant->str(),
                                typeStr(t), typeStr(t)));
    e->mode = Mode::Invalid;
    return false;
  }
  return false;
}

bool Checker::convertUntyped(Expr* e, Type* target) {
  if (!e->type || !isUntyped(e->type) || !target || target->kind == TypeKind::Invalid) return true;
  Type* tu = underlying(target);
  if (isUntyped(target)) {
    // Both untyped: numeric kinds widen.
    if (e->mode != Mode::Constant) setUntypedType(e, target);
    else e->type = target;
    return true;
  }
  if (e->type->kind == TypeKind::UntypedNil) {
    bool ok = tu->kind == TypeKind::Pointer || tu->kind == TypeKind::Slice || tu->kind == TypeKind::Map ||
              tu->kind == TypeKind::Chan || tu->kind == TypeKind::Signature || tu->kind == TypeKind::Interface ||
              tu->kind == TypeKind::UnsafePointer;
    if (!ok) {
      error(e->pos, fmt::format("cannot use nil as {} value in {}", typeStr(target), "assignment"));
      e->mode = Mode::Invalid;
      return false;
    }
    e->type = target;
    return true;
  }
  if (tu->kind == TypeKind::Interface) {
    // Untyped values assigned to interfaces take their default type.
    Type* d = defaultType(e->type);
    if (e->mode == Mode::Constant) {
      e->type = d;
      representableConst(e, d, "x");
    } else {
      setUntypedType(e, d);
    }
    return true;
  }
  if (e->mode == Mode::Constant) {
    if (!tu->isBasic()) {
      error(e->pos, fmt::format("cannot use {} as {} value in {}", operandString(e), typeStr(target), "assignment"));
      e->mode = Mode::Invalid;
      return false;
    }
    Constant rounded;
    std::string why;
    bool kindOk = (isNumeric(tu) && isNumeric(e->type)) || (isString(tu) && isString(e->type)) ||
                  (isBoolean(tu) && isBoolean(e->type));
    if (!kindOk) {
      error(e->pos, fmt::format("cannot use {} as {} value in {}", operandString(e), typeStr(target), "assignment"));
      e->mode = Mode::Invalid;
      return false;
    }
    if (!constant::representable(*e->constant, target, &rounded, &why)) {
      if (why == "truncated")
        error(e->pos, fmt::format("cannot use {} as {} value in {} (truncated)", operandString(e), typeStr(target),
                                  "assignment"));
      else
        error(e->pos, fmt::format("cannot use {} as {} value in {} (overflows)", operandString(e), typeStr(target),
                                  "assignment"));
      e->mode = Mode::Invalid;
      return false;
    }
    e->constant = std::make_shared<Constant>(rounded);
    e->type = target;
    return true;
  }
  // Untyped non-constant: bool results of comparisons, or shifts.
  bool ok = (isBoolean(e->type) && isBoolean(tu)) || (isNumeric(e->type) && isNumeric(tu)) ||
            (isString(e->type) && isString(tu));
  if (!ok) {
    error(e->pos, fmt::format("cannot use {} as {} value in {}", operandString(e), typeStr(target), "assignment"));
    e->mode = Mode::Invalid;
    return false;
  }
  setUntypedType(e, target);
  return true;
}

Func* Checker::lookupMethod(Type* t, const std::string& name, bool* ptrRecv) {
  std::vector<int> path;
  Object* found = nullptr;
  bool indirect = false;
  if (!lookupFieldOrMethod(t, name, &path, &found, &indirect) || !found || found->kind != ObjKind::Func)
    return nullptr;
  auto* f = static_cast<Func*>(found);
  *ptrRecv = f->hasPtrRecv();
  return f;
}

// Breadth-first search through embedded fields, as the spec's selector rule
// says: the shallowest depth wins; two at the same depth are ambiguous.
bool Checker::lookupFieldOrMethod(Type* t, const std::string& name, std::vector<int>* path, Object** found,
                                  bool* indirect, bool* ambiguous) {
  *found = nullptr;
  *indirect = false;
  if (ambiguous) *ambiguous = false;
  if (name == "_") return false;
  bool startPtr = false;
  if (auto* p = dynamic_cast<Pointer*>(t)) {
    t = p->elem;
    startPtr = true;
  } else if (auto* p2 = dynamic_cast<Pointer*>(underlying(t)); p2 && t->kind == TypeKind::Named) {
    // A named pointer type has no methods; fields are reachable.
    t = p2->elem;
    startPtr = true;
  }
  if (auto* it = dynamic_cast<Interface*>(underlying(t))) {
    if (startPtr) return false;
    for (auto* m : it->allMethods)
      if (m->name == name) {
        *found = m;
        return true;
      }
    return false;
  }
  struct Entry {
    Type* type;
    std::vector<int> path;
    bool indirect;
  };
  std::vector<Entry> current = {{t, {}, startPtr}};
  std::set<Type*> seen;
  while (!current.empty()) {
    std::vector<Entry> next;
    Object* hit = nullptr;
    int hits = 0;
    Entry hitEntry;
    for (auto& e : current) {
      Type* typ = e.type;
      if (auto* n = dynamic_cast<Named*>(typ)) {
        if (!seen.insert(n).second) continue;
        for (auto* m : n->methods)
          if (m->name == name) {
            hit = m, hits++, hitEntry = e;
          }
      }
      Type* u = underlying(typ);
      if (auto* st = dynamic_cast<Struct*>(u)) {
        for (size_t i = 0; i < st->fields.size(); i++) {
          Var* f = st->fields[i];
          if (f->name == name) {
            hit = f, hits++, hitEntry = e;
            hitEntry.path.push_back(static_cast<int>(i));
          }
          if (f->embedded) {
            Type* ft = f->type;
            bool ind = e.indirect;
            if (auto* fp = dynamic_cast<Pointer*>(ft)) {
              ft = fp->elem;
              ind = true;
            }
            auto p = e.path;
            p.push_back(static_cast<int>(i));
            next.push_back({ft, p, ind});
          }
        }
      } else if (auto* it = dynamic_cast<Interface*>(u); it && !e.path.empty()) {
        for (auto* m : it->allMethods)
          if (m->name == name) hit = m, hits++, hitEntry = e;
      }
    }
    if (hits > 1) {
      if (ambiguous) *ambiguous = true;
      return false;
    }
    if (hits == 1) {
      *found = hit;
      *path = hitEntry.path;
      *indirect = hitEntry.indirect;
      return true;
    }
    current = std::move(next);
  }
  return false;
}

bool Checker::implements(Type* v, Interface* it, std::string* missing) {
  for (auto* m : it->allMethods) {
    if (auto* vi = dynamic_cast<Interface*>(underlying(v))) {
      bool ok = false;
      for (auto* x : vi->allMethods)
        if (x->name == m->name && identical(x->type, m->type)) ok = true;
      if (!ok) {
        *missing = fmt::format("(missing method {})", m->name);
        return false;
      }
      continue;
    }
    std::vector<int> path;
    Object* found = nullptr;
    bool indirect = false;
    lookupFieldOrMethod(v, m->name, &path, &found, &indirect);
    auto* f = dynamic_cast<Func*>(found);
    if (!f) {
      *missing = fmt::format("(missing method {})", m->name);
      return false;
    }
    if (!identical(f->type, m->type)) {
      *missing = fmt::format("(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}", m->name, m->name,
                             typeStr(f->type).substr(4), m->name, typeStr(m->type).substr(4));
      return false;
    }
    if (f->hasPtrRecv() && v->kind != TypeKind::Pointer && !indirect) {
      *missing = fmt::format("(method {} has pointer receiver)", m->name);
      return false;
    }
  }
  return true;
}

bool Checker::assignableTo(Expr* e, Type* t, std::string* reason) {
  Type* v = e->type;
  if (!v || !t) return true;
  if (identical(v, t)) return true;
  Type *vu = underlying(v), *tu = underlying(t);
  if (isUntyped(v)) {
    if (v->kind == TypeKind::UntypedNil)
      return tu->kind == TypeKind::Pointer || tu->kind == TypeKind::Slice || tu->kind == TypeKind::Map ||
             tu->kind == TypeKind::Chan || tu->kind == TypeKind::Signature || tu->kind == TypeKind::Interface ||
             tu->kind == TypeKind::UnsafePointer;
    if (tu->kind == TypeKind::Interface) return static_cast<Interface*>(tu)->empty();
    if (e->mode == Mode::Constant) {
      Constant r;
      std::string why;
      return tu->isBasic() && constant::representable(*e->constant, t, &r, &why);
    }
    return (isBoolean(v) && isBoolean(tu)) || (isNumeric(v) && isNumeric(tu));
  }
  // Identical underlying types and at least one is not named.
  if (identical(vu, tu) && (v->kind != TypeKind::Named || t->kind != TypeKind::Named)) return true;
  if (tu->kind == TypeKind::Interface) {
    return implements(v, static_cast<Interface*>(tu), reason);
  }
  // Bidirectional channel to directional channel of the same element.
  if (vu->kind == TypeKind::Chan && tu->kind == TypeKind::Chan) {
    auto *vc = static_cast<Chan*>(vu), *tc = static_cast<Chan*>(tu);
    if (vc->dir == ChanDir::Both && identical(vc->elem, tc->elem) &&
        (v->kind != TypeKind::Named || t->kind != TypeKind::Named))
      return true;
  }
  return false;
}

bool Checker::assignment(Expr* e, Type* t, const std::string& context) {
  if (e->mode == Mode::Invalid || !t || t->kind == TypeKind::Invalid) return false;
  if (isUntyped(e->type)) {
    Type* tu = underlying(t);
    if (e->type->kind == TypeKind::UntypedNil) {
      std::string r;
      if (!assignableTo(e, t, &r)) {
        error(e->pos, fmt::format("cannot use nil as {} value in {}", typeStr(t), context));
        return false;
      }
      e->type = t;
      return true;
    }
    if (e->mode == Mode::Constant && tu->isBasic()) {
      bool kindOk = (isNumeric(tu) && isNumeric(e->type)) || (isString(tu) && isString(e->type)) ||
                    (isBoolean(tu) && isBoolean(e->type));
      if (kindOk) {
        Constant rounded;
        std::string why;
        if (!constant::representable(*e->constant, t, &rounded, &why)) {
          if (why == "truncated" && isInteger(tu))
            error(e->pos, fmt::format("cannot use {} as {} value in {} (truncated)", operandString(e), typeStr(t), context));
          else
            error(e->pos, fmt::format("cannot use {} as {} value in {} (overflows)", operandString(e), typeStr(t), context));
          e->mode = Mode::Invalid;
          return false;
        }
        e->constant = std::make_shared<Constant>(rounded);
        e->type = t;
        return true;
      }
    }
    std::string r;
    if (!assignableTo(e, t, &r)) {
      error(e->pos, fmt::format("cannot use {} as {} value in {}", operandString(e), typeStr(t), context));
      return false;
    }
    // An untyped constant stored in an interface takes its default type and
    // must fit it: fmt.Println(1 << 63) overflows int.
    if (e->mode == Mode::Constant && tu->kind == TypeKind::Interface) {
      Type* d = defaultType(e->type);
      Constant rounded;
      std::string why;
      if (!constant::representable(*e->constant, d, &rounded, &why)) {
        error(e->pos, fmt::format("cannot use {} as {} value in {} ({})", operandString(e), typeStr(d), context,
                                  why == "truncated" ? "truncated" : "overflows"));
        e->mode = Mode::Invalid;
        return false;
      }
    }
    return convertUntyped(e, t);
  }
  std::string reason;
  if (assignableTo(e, t, &reason)) return true;
  std::string msg = fmt::format("cannot use {} as {} value in {}", operandString(e), typeStr(t), context);
  if (!reason.empty()) msg += fmt::format(": {} does not implement {} {}", typeStr(e->type), typeStr(t), reason);
  error(e->pos, msg);
  return false;
}

void Checker::assignError(const std::vector<Expr*>& rhs, size_t l, size_t r, Pos pos, bool returnStmt) {
  // As types2: reported at the first value; a single call names its callee.
  Pos at = rhs.empty() ? pos : rhs[0]->pos;
  std::string vars = fmt::format("{} variable{}", l, l == 1 ? "" : "s");
  std::string vals = fmt::format("{} value{}", r, r == 1 ? "" : "s");
  if (rhs.size() == 1) {
    Expr* x = rhs[0];
    while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
    if (auto* c = dyn_cast<CallExpr>(x)) {
      error(at, fmt::format("assignment mismatch: {} but {} returns {}", vars, exprString(c->fun), vals));
      return;
    }
  }
  error(at, fmt::format("assignment mismatch: {} but {}", vars, vals));
  (void)returnStmt;
}

// Type-checks rhs and assigns to new variables lhs (var decls and :=).
void Checker::initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                       const std::string& context) {
  // A failed initialisation makes every variable of it "used", as types2's
  // initVars does: "declared and not used" would be a follow-on error.
  auto failed = [&] {
    for (auto* v : lhs) {
      v->used = true;
      if (!v->type) v->type = ctx_.basic(TypeKind::Invalid);
    }
  };
  // Types v from e; false when e is invalid or not assignable to v.
  auto setType = [&](Var* v, Expr* e) {
    if (e->mode == Mode::Invalid) {
      if (!v->type) v->type = ctx_.basic(TypeKind::Invalid);
      return false;
    }
    if (v->type) return assignment(e, v->type, context);
    if (e->type->kind == TypeKind::UntypedNil) {
      error(e->pos, fmt::format("use of untyped nil in {}", context));
      v->type = ctx_.basic(TypeKind::Invalid);
      return false;
    }
    Type* t = defaultType(e->type);
    convertUntyped(e, t);
    v->type = t;
    return true;
  };
  if (lhs.size() == rhs.size()) {
    bool ok = true;
    for (size_t i = 0; i < lhs.size(); i++) {
      rawExpr(rhs[i], lhs[i]->type);
      if (rhs[i]->type && rhs[i]->type->kind == TypeKind::Tuple && rhs.size() == 1) {
        assignError(rhs, 1, static_cast<Tuple*>(rhs[0]->type)->vars.size(), pos);
        rhs[0]->mode = Mode::Invalid;
      }
      singleValue(rhs[i]);
      ok &= setType(lhs[i], rhs[i]);
    }
    if (!ok) failed();
    return;
  }
  if (rhs.size() == 1) {
    Expr* e = rhs[0];
    rawExpr(e, nullptr);
    if (e->mode == Mode::Invalid) return failed();
    if (e->type && e->type->kind == TypeKind::Tuple) {
      auto* tup = static_cast<Tuple*>(e->type);
      if (tup->vars.size() != lhs.size()) {
        assignError(rhs, lhs.size(), tup->vars.size(), pos);
        return failed();
      }
      bool ok = true;
      for (size_t i = 0; i < lhs.size(); i++) {
        Expr tmp(NodeKind::BadExpr, e->pos);
        tmp.mode = Mode::Value;
        tmp.type = tup->vars[i]->type;
        if (lhs[i]->type) {
          std::string reason;
          if (assignableTo(&tmp, lhs[i]->type, &reason)) continue;
          ok = false;
          error(e->pos, fmt::format("cannot use {} value as {} value in {}", typeStr(tmp.type),
                                      typeStr(lhs[i]->type), context));
        } else {
          lhs[i]->type = tmp.type;
        }
      }
      if (!ok) failed();
      return;
    }
    if (e->mode == Mode::CommaOk && lhs.size() == 2) {
      if (!setType(lhs[0], e)) lhs[0]->used = true;
      if (!lhs[1]->type) lhs[1]->type = ctx_.basic(TypeKind::Bool);
      else {
        Expr tmp(NodeKind::BadExpr, e->pos);
        tmp.mode = Mode::Value;
        tmp.type = ctx_.basic(TypeKind::UntypedBool);
        assignment(&tmp, lhs[1]->type, context);
      }
      return;
    }
    if (e->mode == Mode::MapIndex && lhs.size() == 2) {
      if (!setType(lhs[0], e)) lhs[0]->used = true;
      if (!lhs[1]->type) lhs[1]->type = ctx_.basic(TypeKind::Bool);
      e->mode = Mode::CommaOk;
      return;
    }
    if (e->mode == Mode::NoValue) {
      singleValue(e);
      return failed();
    }
  } else {
    for (auto* e : rhs) expr(e);
  }
  assignError(rhs, lhs.size(), rhs.size() == 1 ? 1 : rhs.size(), pos);
  failed();
}

// Checks an assignment target; returns its type (nullptr for _ or errors).
Type* Checker::lhsVar(Expr* lhs) {
  Expr* x = lhs;
  while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
  if (auto* id = dyn_cast<Ident>(x); id && id->name == "_") {
    id->mode = Mode::Variable;
    return nullptr;
  }
  // Assigning to a variable does not "use" it.
  Var* v = nullptr;
  bool wasUsed = false;
  if (auto* id = dyn_cast<Ident>(x)) {
    if (auto* o = scope_->lookup(id->name); o && o->kind == ObjKind::Var) {
      v = static_cast<Var*>(o);
      wasUsed = v->used;
    }
  }
  expr(lhs);
  if (v) v->used = wasUsed;
  if (lhs->mode == Mode::Invalid) return nullptr;
  if (lhs->mode == Mode::Variable || lhs->mode == Mode::MapIndex) return lhs->type;
  // Not assignable: say why as gc does.
  if (auto* s = dyn_cast<SelectorExpr>(x); s && s->selKind == SelKind::Field) {
    error(lhs->pos, fmt::format("cannot assign to struct field {} in map", exprString(lhs)));
    return nullptr;
  }
  if (auto* ix = dyn_cast<IndexExpr>(x); ix && ix->x->type && isString(ix->x->type)) {
    error(lhs->pos, fmt::format("cannot assign to {} (neither addressable nor a map index expression)",
                                exprString(lhs)));
    return nullptr;
  }
  error(lhs->pos, fmt::format("cannot assign to {} (neither addressable nor a map index expression)",
                              exprString(lhs)));
  return nullptr;
}

void Checker::assignStmt(AssignStmt* s) {
  if (s->tok == Tok::Define) return shortVarDecl(s);
  if (s->tok != Tok::Assign) {
    // x op= y
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
      error(s->tokPos, fmt::format("assignment operation {} requires single-valued expressions", tokString(s->tok)));
      return;
    }
    BinaryExpr tmp(s->lhs[0]->pos);
    tmp.op = assignOpBase(s->tok);
    tmp.x = s->lhs[0];
    tmp.y = s->rhs[0];
    Type* t = lhsVar(s->lhs[0]);
    // The variable is read too.
    if (auto* id = dyn_cast<Ident>(s->lhs[0]))
      if (auto* v = dynamic_cast<Var*>(id->obj)) useVar(v, id->pos);
    if (!t) {
      expr(s->rhs[0]);
      return;
    }
    binary(&tmp);
    if (tmp.mode == Mode::Invalid) return;
    // Restore the lhs annotations (binary() re-evaluated it as an operand).
    if (tmp.type && isUntyped(tmp.type)) convertUntyped(&tmp, t);
    return;
  }
  // A failed assignment makes the variables assigned "used", as types2's
  // assignVars does: "declared and not used" would be a follow-on error.
  auto failed = [&] {
    for (auto* l : s->lhs) {
      while (auto* p = dyn_cast<ParenExpr>(l)) l = p->x;
      if (auto* id = dyn_cast<Ident>(l))
        if (auto* v = dynamic_cast<Var*>(id->obj)) v->used = true;
    }
  };
  size_t nl = s->lhs.size(), nr = s->rhs.size();
  if (nl == nr) {
    std::vector<Type*> types;
    for (auto* l : s->lhs) types.push_back(lhsVar(l));
    bool ok = true;
    for (size_t i = 0; i < nr; i++) {
      Expr* r = s->rhs[i];
      rawExpr(r, types[i]);
      if (r->type && r->type->kind == TypeKind::Tuple && nr == 1) {
        assignError(s->rhs, 1, static_cast<Tuple*>(r->type)->vars.size(), s->lhs[0]->pos);
        ok = false;
        continue;
      }
      singleValue(r);
      if (r->mode == Mode::Invalid) {
        ok = false;
        continue;
      }
      if (types[i]) ok &= assignment(r, types[i], "assignment");
      else if (isUntyped(r->type)) {
        if (r->type->kind == TypeKind::UntypedNil) error(r->pos, "use of untyped nil in assignment");
        else convertUntyped(r, defaultType(r->type));
      }
    }
    if (!ok) failed();
    return;
  }
  std::vector<Type*> types;
  for (auto* l : s->lhs) types.push_back(lhsVar(l));
  if (nr == 1) {
    Expr* e = s->rhs[0];
    rawExpr(e, nullptr);
    if (e->mode == Mode::Invalid) return failed();
    if (e->type && e->type->kind == TypeKind::Tuple) {
      auto* tup = static_cast<Tuple*>(e->type);
      if (tup->vars.size() != nl) {
        assignError(s->rhs, nl, tup->vars.size(), s->lhs[0]->pos);
        return failed();
      }
      bool ok = true;
      for (size_t i = 0; i < nl; i++) {
        if (!types[i]) continue;
        Expr tmp(NodeKind::BadExpr, e->pos);
        tmp.mode = Mode::Value;
        tmp.type = tup->vars[i]->type;
        std::string reason;
        if (assignableTo(&tmp, types[i], &reason)) continue;
        ok = false;
        error(e->pos, fmt::format("cannot use {} value as {} value in assignment", typeStr(tmp.type),
                                  typeStr(types[i])));
      }
      if (!ok) failed();
      return;
    }
    if ((e->mode == Mode::CommaOk || e->mode == Mode::MapIndex) && nl == 2) {
      e->mode = Mode::CommaOk;
      if (types[0]) assignment(e, types[0], "assignment");
      if (types[1] && !isBoolean(types[1]))
        error(s->lhs[1]->pos, fmt::format("cannot use {} (untyped bool value) as {} value in assignment",
                                          exprString(e), typeStr(types[1])));
      return;
    }
  } else {
    for (auto* e : s->rhs) expr(e);
  }
  assignError(s->rhs, nl, nr, s->lhs[0]->pos);
  failed();
}

void Checker::shortVarDecl(AssignStmt* s) {
  std::vector<Var*> lhs;
  std::vector<Var*> newVars;
  std::vector<Expr*> redeclared;  // existing variables assigned to
  std::set<std::string> names;
  bool anyNew = false;
  for (auto* l : s->lhs) {
    auto* id = dyn_cast<Ident>(l);
    if (!id) {
      expr(l);
      error(l->pos, fmt::format("non-name {} on left side of :=", exprString(l)));
      lhs.push_back(ctx_.make<Var>("_", l->pos));
      continue;
    }
    if (id->name != "_" && !names.insert(id->name).second) {
      error(id->pos, fmt::format("{} repeated on left side of :=", id->name));
      lhs.push_back(ctx_.make<Var>("_", l->pos));
      continue;
    }
    Object* prev = id->name == "_" ? nullptr : scope_->lookupLocal(id->name);
    if (prev && prev->kind == ObjKind::Var) {
      id->obj = prev;
      lhs.push_back(static_cast<Var*>(prev));
      continue;
    }
    auto* v = ctx_.make<Var>(id->name, id->pos);
    v->pkg = pkg_;
    id->obj = v;
    lhs.push_back(v);
    newVars.push_back(v);
    if (id->name != "_") anyNew = true;
  }
  // Existing variables keep their types; new ones get them from the rhs.
  initVars(lhs, s->rhs, s->lhs[0]->pos, "assignment");
  for (auto* l : s->lhs)
    if (auto* id = dyn_cast<Ident>(l)) {
      id->mode = Mode::Variable;
      if (id->obj) id->type = id->obj->type;
    }
  if (!anyNew) error(s->tokPos, "no new variables on left side of :=");
  for (auto* v : newVars) {
    if (v->name == "_") continue;
    scope_->names[v->name] = v;
    if (replGlobal(v)) continue;  // REPL: `x := ...` at an input's top level
    varDepth_[v] = func_ ? func_->depth : 0;
    locals_.push_back(v);
  }
}

}  // namespace gorun::frontend
