// Type expressions: from syntax to Type.
#include "frontend/check.h"

#include <algorithm>
#include <fmt/format.h>

namespace gorun::frontend {

Type* Checker::typExpr(Expr* e) {
  Type* t = typExprOrNil(e);
  if (t) {
    e->mode = Mode::TypeExpr;
    e->type = t;
    return t;
  }
  if (e->mode != Mode::Invalid) error(e->pos, fmt::format("{} is not a type", exprString(e)));
  e->mode = Mode::Invalid;
  return ctx_.basic(TypeKind::Invalid);
}

Type* Checker::typExprOrNil(Expr* e) {
  switch (e->kind) {
    case NodeKind::Ident:
    case NodeKind::SelectorExpr: {
      exprOrType(e);
      return e->mode == Mode::TypeExpr ? e->type : nullptr;
    }
    case NodeKind::ParenExpr:
      return typExprOrNil(cast<ParenExpr>(e)->x);
    case NodeKind::StarExpr: {
      Type* elem = typExprOrNil(cast<StarExpr>(e)->x);
      if (!elem) {
        e->mode = cast<StarExpr>(e)->x->mode;
        return nullptr;
      }
      return ctx_.pointer(elem);
    }
    case NodeKind::ArrayType: {
      auto* a = cast<ArrayType>(e);
      if (!a->len) return ctx_.slice(typExpr(a->elem));
      if (isa<Ellipsis>(a->len)) {
        error(a->len->pos, "invalid use of [...] array (outside a composite literal)");
        return ctx_.array(typExpr(a->elem), 0);
      }
      int64_t n = arrayLength(a->len);
      return ctx_.array(typExpr(a->elem), n);
    }
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      return ctx_.basic(TypeKind::Invalid);
    case NodeKind::StructType: {
      auto* st = ctx_.make<Struct>();
      std::set<std::string> seen;
      auto add = [&](Ident* id, const std::string& name, Type* t, bool embedded, const std::string& tag, Pos pos) {
        auto* v = ctx_.make<Var>(name, pos);
        v->isField = true;
        v->embedded = embedded;
        v->type = t;
        v->pkg = pkg_;
        if (id) id->obj = v;
        if (name != "_" && !seen.insert(name).second) error(pos, fmt::format("{} redeclared", name));
        st->fields.push_back(v);
        st->tags.push_back(tag);
      };
      for (auto* f : cast<StructType>(e)->fields->list) {
        Type* t = typExpr(f->type);
        if (f->names.empty()) {
          // Embedded field: its name is the type name without package or *.
          Expr* te = f->type;
          if (auto* s = dyn_cast<StarExpr>(te)) te = s->x;
          std::string name;
          if (auto* id = dyn_cast<Ident>(te)) name = id->name;
          else if (auto* sel = dyn_cast<SelectorExpr>(te)) name = sel->sel->name;
          Type* base = t->kind == TypeKind::Pointer ? static_cast<Pointer*>(t)->elem : t;
          if (underlying(base) && (underlying(base)->kind == TypeKind::Pointer ||
                                   (t->kind == TypeKind::Pointer && underlying(base)->kind == TypeKind::Interface)))
            error(f->type->pos, "embedded field type cannot be a pointer to an interface");
          add(nullptr, name, t, true, f->tag, f->type->pos);
        } else {
          for (auto* id : f->names) add(id, id->name, t, false, f->tag, id->pos);
        }
      }
      return st;
    }
    case NodeKind::FuncType: {
      Scope* s = ctx_.make<Scope>();
      s->parent = scope_;
      return funcType(cast<FuncType>(e), nullptr, s);
    }
    case NodeKind::InterfaceType:
      return interfaceType(cast<InterfaceType>(e));
    case NodeKind::MapType: {
      auto* m = cast<MapType>(e);
      Type* k = typExpr(m->key);
      Type* v = typExpr(m->value);
      if (k->kind != TypeKind::Invalid && underlying(k) && !comparable(k))
        error(m->key->pos, fmt::format("invalid map key type {}", typeStr(k)));
      return ctx_.map(k, v);
    }
    case NodeKind::ChanType: {
      auto* c = cast<ChanType>(e);
      return ctx_.chan(c->dir, typExpr(c->value));
    }
    default:
      rawExpr(e, nullptr);
      return e->mode == Mode::TypeExpr ? e->type : nullptr;
  }
}

int64_t Checker::arrayLength(Expr* e) {
  expr(e);
  if (e->mode == Mode::Invalid) return 0;
  if (e->mode != Mode::Constant) {
    error(e->pos, fmt::format("array length {} (value of type {}) must be constant", exprString(e), typeStr(e->type)));
    return 0;
  }
  if (isUntyped(e->type) || isInteger(e->type)) {
    if (auto v = constant::toInt(*e->constant)) {
      if (v->i.isNegative()) {
        error(e->pos, fmt::format("invalid array length {}", exprString(e)));
        return 0;
      }
      if (v->i.getActiveBits() > 62) {
        error(e->pos, fmt::format("invalid array length {}", exprString(e)));
        return 0;
      }
      if (isUntyped(e->type)) convertUntyped(e, ctx_.basic(TypeKind::Int));
      return v->int64();
    }
  }
  error(e->pos, fmt::format("array length {} must be integer", operandString(e)));
  return 0;
}

Signature* Checker::funcType(FuncType* ft, FieldList* recv, Scope* scope) {
  auto* sig = ctx_.make<Signature>();
  auto collect = [&](FieldList* fl, std::vector<Var*>& out, bool params) {
    if (!fl) return;
    for (size_t i = 0; i < fl->list.size(); i++) {
      Field* f = fl->list[i];
      Expr* te = f->type;
      bool variadic = false;
      if (auto* el = dyn_cast<Ellipsis>(te)) {
        if (!params || i + 1 != fl->list.size() || f->names.size() > 1) {
          error(te->pos, "can only use ... with final parameter in list");
        }
        variadic = true;
        te = el->elt;
      }
      Type* t = typExpr(te);
      if (variadic) {
        t = ctx_.slice(t);
        sig->variadic = params;
        f->type->type = t;
      }
      auto mk = [&](const std::string& name, Pos pos, Ident* id) {
        auto* v = ctx_.make<Var>(name, pos);
        v->isParam = true;
        v->type = t;
        v->pkg = pkg_;
        if (id) id->obj = v;
        out.push_back(v);
      };
      if (f->names.empty()) mk("", f->type->pos, nullptr);
      for (auto* id : f->names) mk(id->name, id->pos, id);
    }
  };
  if (recv) {
    std::vector<Var*> r;
    collect(recv, r, false);
    if (!r.empty()) sig->recv = r[0];
  }
  collect(ft->params, sig->params, true);
  collect(ft->results, sig->results, false);
  (void)scope;
  return sig;
}

Interface* Checker::interfaceType(InterfaceType* it) {
  auto* iface = ctx_.make<Interface>();
  std::vector<Pos> embedPos;  // of iface->embeddeds
  for (auto* f : it->methods->list) {
    if (f->names.empty()) {
      Type* t = typExpr(f->type);
      if (t->kind != TypeKind::Invalid && !isInterface(t)) {
        error(f->type->pos, fmt::format("{} is not an interface", typeStr(t)));
        continue;
      }
      iface->embeddeds.push_back(t);
      embedPos.push_back(f->type->pos);
      continue;
    }
    auto* ft = dyn_cast<FuncType>(f->type);
    if (!ft) continue;
    for (auto* id : f->names) {
      auto* m = ctx_.make<Func>(id->name, id->pos);
      m->pkg = pkg_;
      Scope* s = ctx_.make<Scope>();
      s->parent = scope_;
      m->type = funcType(ft, nullptr, s);
      id->obj = m;
      iface->methods.push_back(m);
    }
  }
  completeInterface(iface, embedPos);
  return iface;
}

// A method inherited twice with different signatures is reported where the
// second embedding is (types2's computeInterfaceTypeSet), not at the
// method's own declaration in another interface.
void Checker::completeInterface(Interface* it, const std::vector<Pos>& embedPos) {
  std::vector<Func*> all = it->methods;
  for (size_t i = 0; i < it->embeddeds.size(); i++) {
    auto* ei = dynamic_cast<Interface*>(underlying(it->embeddeds[i]));
    if (!ei) continue;
    for (auto* m : ei->allMethods) {
      bool dup = false;
      for (auto* x : all)
        if (x->name == m->name) {
          dup = true;
          if (!identical(x->type, m->type)) error(embedPos[i], fmt::format("duplicate method {}", m->name));
        }
      if (!dup) all.push_back(m);
    }
  }
  std::stable_sort(all.begin(), all.end(), [](Func* a, Func* b) { return a->name < b->name; });
  for (size_t i = 1; i < all.size(); i++)
    if (all[i]->name == all[i - 1]->name) error(all[i]->pos, fmt::format("duplicate method {}", all[i]->name));
  it->allMethods = all;
}

}  // namespace gorun::frontend
