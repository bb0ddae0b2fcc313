// Expressions: operands, selectors, indexing, unary and binary operators.
#include "frontend/check.h"

#include "frontend/scanner.h"

#include <fmt/format.h>

namespace gorun::frontend {

static void setConst(Expr* e, Type* t, Constant c) {
  e->mode = Mode::Constant;
  e->type = t;
  e->constant = std::make_shared<Constant>(std::move(c));
}

static void invalid(Expr* e) {
  e->mode = Mode::Invalid;
  e->type = nullptr;
}

void Checker::expr(Expr* e, Type* hint) {
  rawExpr(e, hint);
  singleValue(e);
}

// Requires an already-checked expression to be a single value. Expressions
// are checked exactly once: a function literal inside one would otherwise
// be named and its captures collected twice.
void Checker::singleValue(Expr* e) {
  switch (e->mode) {
    case Mode::NoValue:
      error(e->pos, fmt::format("{} (no value) used as value", exprString(e)));
      return invalid(e);
    case Mode::TypeExpr:
      error(e->pos, fmt::format("{} (type) is not an expression", exprString(e)));
      return invalid(e);
    case Mode::Builtin:
      error(e->pos, fmt::format("{} (built-in function {}) must be called", exprString(e), exprString(e)));
      return invalid(e);
    case Mode::Package:
      error(e->pos, fmt::format("use of package {} without selector", exprString(e)));
      return invalid(e);
    default:
      break;
  }
  if (e->type && e->type->kind == TypeKind::Tuple) {
    error(e->pos, fmt::format("multiple-value {} (value of type {}) in single-value context", exprString(e),
                              typeStr(e->type)));
    invalid(e);
  }
}

void Checker::exprOrType(Expr* e) { rawExpr(e, nullptr); }

void Checker::useVar(Var* v, Pos pos) {
  v->used = true;
  if (v->isGlobal || v->isField || !func_) return;
  auto it = varDepth_.find(v);
  if (it == varDepth_.end() || it->second >= func_->depth) return;
  // A variable of an enclosing function: every literal between here and its
  // declaration captures it, by reference, so it lives on the heap.
  v->escapes = true;
  for (FuncCtx* fc = func_; fc && fc->depth > it->second; fc = fc->outer) {
    auto& caps = fc->lit->captures;
    if (std::find(caps.begin(), caps.end(), v) == caps.end()) caps.push_back(v);
  }
}

void Checker::ident(Ident* id, bool wantType) {
  if (id->name == "_") {
    error(id->pos, "cannot use _ as value");
    return invalid(id);
  }
  Object* obj = scope_->lookup(id->name);
  if (!obj) {
    error(id->pos, "undefined: " + id->name);
    return invalid(id);
  }
  id->obj = obj;
  if (obj->pkg == pkg_) objDecl(obj);
  switch (obj->kind) {
    case ObjKind::PkgName:
      static_cast<PkgName*>(obj)->spec->used = true;
      id->mode = Mode::Package;
      return;
    case ObjKind::Const: {
      auto* c = static_cast<Const*>(obj);
      if (c->name == "iota" && !c->pkg) {
        if (iota_ < 0) {
          error(id->pos, "cannot use iota outside constant declaration");
          return invalid(id);
        }
        return setConst(id, ctx_.basic(TypeKind::UntypedInt), Constant::makeInt(iota_));
      }
      if (!c->value || !c->type || c->type->kind == TypeKind::Invalid) return invalid(id);
      return setConst(id, c->type, *c->value);
    }
    case ObjKind::TypeName:
      if (!obj->type || obj->type->kind == TypeKind::Invalid) return invalid(id);
      id->mode = Mode::TypeExpr;
      id->type = obj->type;
      return;
    case ObjKind::Var: {
      auto* v = static_cast<Var*>(obj);
      useVar(v, id->pos);
      if (!v->type || v->type->kind == TypeKind::Invalid) return invalid(id);
      id->mode = Mode::Variable;
      id->type = v->type;
      return;
    }
    case ObjKind::Func:
      if (!obj->type) return invalid(id);
      id->mode = Mode::Value;
      id->type = obj->type;
      return;
    case ObjKind::Builtin:
      id->mode = Mode::Builtin;
      return;
    case ObjKind::Nil:
      id->mode = Mode::Value;
      id->type = ctx_.basic(TypeKind::UntypedNil);
      return;
    default:
      return invalid(id);
  }
  (void)wantType;
}

void Checker::basicLit(BasicLit* e) {
  std::string err;
  switch (e->litKind) {
    case Tok::String: {
      auto v = unquoteString(e->raw);
      if (!v.ok()) {
        if (!e->bad) error(e->pos, v.err);
        return invalid(e);
      }
      return setConst(e, ctx_.basic(TypeKind::UntypedString), Constant::makeString(std::move(v.bytes)));
    }
    case Tok::Char: {
      auto r = unquoteRune(e->raw);
      if (!r.ok()) {
        if (!e->bad) error(e->pos, r.err);
        return invalid(e);
      }
      return setConst(e, ctx_.basic(TypeKind::UntypedRune), Constant::makeInt(r.value));
    }
    default: {
      if (e->bad) return invalid(e);
      auto c = constant::fromLiteral(e->litKind, e->raw, &err);
      if (!c) {
        error(e->pos, err == "constant overflow" ? "integer constant overflow" : err);
        return invalid(e);
      }
      TypeKind k = e->litKind == Tok::Int     ? TypeKind::UntypedInt
                   : e->litKind == Tok::Float ? TypeKind::UntypedFloat
                                              : TypeKind::UntypedComplex;
      return setConst(e, ctx_.basic(k), std::move(*c));
    }
  }
}

void Checker::rawExpr(Expr* e, Type* hint) {
  e->mode = Mode::Invalid;
  e->type = nullptr;
  e->constant.reset();
  switch (e->kind) {
    case NodeKind::BadExpr: return;
    case NodeKind::Ident: return ident(cast<Ident>(e), false);
    case NodeKind::BasicLit: return basicLit(cast<BasicLit>(e));
    case NodeKind::CompositeLit: return compositeLit(cast<CompositeLit>(e), hint);
    case NodeKind::FuncLit: return funcLit(cast<FuncLit>(e));
    case NodeKind::ParenExpr: {
      Expr* x = cast<ParenExpr>(e)->x;
      rawExpr(x, hint);
      e->mode = x->mode;
      e->type = x->type;
      e->constant = x->constant;
      return;
    }
    case NodeKind::SelectorExpr: return selector(cast<SelectorExpr>(e));
    case NodeKind::IndexExpr: return indexExpr(cast<IndexExpr>(e));
    case NodeKind::SliceExpr: return sliceExpr(cast<SliceExpr>(e));
    case NodeKind::TypeAssertExpr: {
      auto* ta = cast<TypeAssertExpr>(e);
      expr(ta->x);
      if (!ta->typeExpr) {
        error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
        return invalid(e);
      }
      Type* t = typExpr(ta->typeExpr);
      if (ta->x->mode == Mode::Invalid) return invalid(e);
      if (!isInterface(ta->x->type)) {
        error(ta->x->pos, fmt::format("invalid operation: {} is not an interface", operandString(ta->x)));
        return invalid(e);
      }
      if (!isInterface(t)) {
        std::string missing;
        if (!implements(t, static_cast<Interface*>(underlying(ta->x->type)), &missing)) {
          error(ta->typeExpr->pos, fmt::format("impossible type assertion: {}\n\t{} does not implement {} {}",
                                               exprString(e), typeStr(t), typeStr(ta->x->type), missing));
          return invalid(e);
        }
      }
      e->mode = Mode::CommaOk;
      e->type = t;
      return;
    }
    case NodeKind::CallExpr: return call(cast<CallExpr>(e));
    case NodeKind::StarExpr: {
      auto* s = cast<StarExpr>(e);
      rawExpr(s->x, nullptr);
      if (s->x->mode == Mode::Invalid) return invalid(e);
      if (s->x->mode == Mode::TypeExpr) {
        e->mode = Mode::TypeExpr;
        e->type = ctx_.pointer(s->x->type);
        return;
      }
      singleValue(s->x);
      if (s->x->mode == Mode::Invalid) return invalid(e);
      if (s->x->type->kind == TypeKind::UntypedNil) {
        error(e->pos, "invalid operation: cannot indirect nil");
        return invalid(e);
      }
      auto* p = dynamic_cast<Pointer*>(underlying(s->x->type));
      if (!p) {
        error(e->pos, fmt::format("invalid operation: cannot indirect {}", operandString(s->x)));
        return invalid(e);
      }
      e->mode = Mode::Variable;
      e->type = p->elem;
      return;
    }
    case NodeKind::UnaryExpr: return unary(cast<UnaryExpr>(e));
    case NodeKind::BinaryExpr: return binary(cast<BinaryExpr>(e));
    case NodeKind::KeyValueExpr:
      error(e->pos, "invalid syntax tree: no key:value expected");
      return invalid(e);
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      return invalid(e);
    default: {
      // Type expressions.
      Type* t = typExprOrNil(e);
      if (!t) return invalid(e);
      e->mode = Mode::TypeExpr;
      e->type = t;
      return;
    }
  }
}

void Checker::funcLit(FuncLit* e) {
  Scope* s = ctx_.make<Scope>();
  s->parent = scope_;
  auto* sig = funcType(e->sig, nullptr, s);
  FuncCtx fc;
  fc.sig = sig;
  fc.outer = func_;
  fc.lit = e;
  fc.depth = func_ ? func_->depth + 1 : 1;
  fc.declObj = curDecl_;
  if (func_) {
    // Go names closures after the enclosing function: main.main.func1, and
    // a closure within a closure main.main.func1.1.
    int n = ++func_->closureCount;
    e->name = func_->lit ? fmt::format("{}.{}", func_->name, n) : fmt::format("{}.func{}", func_->name, n);
  } else {
    static int globalCount = 0;
    e->name = fmt::format("{}.glob..func{}", pkg_->path, ++globalCount);
  }
  fc.name = e->name;
  auto* saved = func_;
  func_ = &fc;
  // Parameters live at the literal's depth.
  for (auto* v : sig->params) varDepth_[v] = fc.depth;
  for (auto* v : sig->results) varDepth_[v] = fc.depth;
  funcBody(fc, s, e->body, sig);
  func_ = saved;
  e->mode = Mode::Value;
  e->type = sig;
}

void Checker::compositeLit(CompositeLit* e, Type* hint) {
  Type* t = nullptr;
  if (e->typeExpr) {
    if (auto* at = dyn_cast<ArrayType>(e->typeExpr); at && at->len && isa<Ellipsis>(at->len)) {
      // [...]T: the length is that of the literal; fixed below.
      Type* elem = typExpr(at->elem);
      int64_t maxIndex = 0, idx = 0;
      for (auto* el : e->elts) {
        if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
          expr(kv->key);
          if (kv->key->mode == Mode::Constant)
            if (auto v = constant::toInt(*kv->key->constant)) idx = v->int64();
        }
        idx++;
        maxIndex = std::max(maxIndex, idx);
      }
      t = ctx_.array(elem, maxIndex);
      e->typeExpr->mode = Mode::TypeExpr;
      e->typeExpr->type = t;
    } else {
      t = typExpr(e->typeExpr);
    }
  } else if (hint) {
    t = hint;
  } else {
    error(e->pos, "invalid composite literal type: missing type");
    return invalid(e);
  }
  if (t->kind == TypeKind::Invalid) return invalid(e);
  Type* base = t;
  // Elided &T in []*T{{...}}.
  if (!e->typeExpr)
    if (auto* p = dynamic_cast<Pointer*>(underlying(t))) base = p->elem;
  Type* u = underlying(base);
  auto elemValue = [&](Expr* v, Type* et, const std::string& ctxName) {
    if (auto* cl = dyn_cast<CompositeLit>(v); cl && !cl->typeExpr) {
      compositeLit(cl, et);
      return;
    }
    expr(v, et);
    if (v->mode != Mode::Invalid) assignment(v, et, ctxName);
  };
  switch (u->kind) {
    case TypeKind::Struct: {
      auto* st = static_cast<Struct*>(u);
      if (e->elts.empty()) break;
      if (isa<KeyValueExpr>(e->elts[0])) {
        std::set<std::string> seen;
        for (auto* el : e->elts) {
          auto* kv = dyn_cast<KeyValueExpr>(el);
          if (!kv) {
            error(el->pos, "mixture of field:value and value elements in struct literal");
            continue;
          }
          auto* key = dyn_cast<Ident>(kv->key);
          Var* field = nullptr;
          int index = -1;
          if (key)
            for (size_t i = 0; i < st->fields.size(); i++)
              if (st->fields[i]->name == key->name) field = st->fields[i], index = static_cast<int>(i);
          if (!field) {
            error(kv->key->pos, fmt::format("unknown field {} in struct literal of type {}", exprString(kv->key),
                                            typeStr(base)));
            expr(kv->value);
            continue;
          }
          key->obj = field;
          key->mode = Mode::Variable;
          key->type = field->type;
          if (!seen.insert(key->name).second)
            error(kv->key->pos, fmt::format("duplicate field name {} in struct literal", key->name));
          elemValue(kv->value, field->type, "struct literal");
          (void)index;
        }
      } else {
        size_t i = 0;
        for (auto* el : e->elts) {
          if (isa<KeyValueExpr>(el)) {
            error(el->pos, "mixture of field:value and value elements in struct literal");
            continue;
          }
          if (i >= st->fields.size()) {
            error(el->pos, fmt::format("too many values in struct literal of type {}", typeStr(base)));
            break;
          }
          auto* f = st->fields[i++];
          if (!f->exported() && !samePackage(f->pkg, pkg_))
            error(el->pos, fmt::format("implicit assignment to unexported field {} in struct literal of type {}",
                                       f->name, typeStr(base)));
          elemValue(el, f->type, "struct literal");
        }
        if (i < st->fields.size() && i == e->elts.size())
          error(e->rbrace, fmt::format("too few values in struct literal of type {}", typeStr(base)));
      }
      break;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
      Type* et = u->kind == TypeKind::Array ? static_cast<Array*>(u)->elem : static_cast<Slice*>(u)->elem;
      int64_t len = u->kind == TypeKind::Array ? static_cast<Array*>(u)->len : -1;
      int64_t idx = 0;
      std::set<int64_t> seen;
      for (auto* el : e->elts) {
        Expr* v = el;
        if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
          expr(kv->key);
          if (kv->key->mode == Mode::Constant && isInteger(kv->key->type) && constant::toInt(*kv->key->constant)) {
            auto k = constant::toInt(*kv->key->constant);
            if (k->i.isNegative()) {
              error(kv->key->pos, fmt::format("index {} must be non-negative integer constant", exprString(kv->key)));
            } else {
              idx = k->int64();
              convertUntyped(kv->key, ctx_.basic(TypeKind::Int));
            }
          } else if (kv->key->mode != Mode::Invalid) {
            error(kv->key->pos, fmt::format("index {} must be integer constant", exprString(kv->key)));
          }
          v = kv->value;
        }
        if (len >= 0 && idx >= len)
          error(v->pos, fmt::format("index {} out of bounds [0:{}]", idx, len));
        else if (!seen.insert(idx).second)
          error(el->pos, fmt::format("duplicate index {} in array or slice literal", idx));
        elemValue(v, et, "array or slice literal");
        idx++;
      }
      break;
    }
    case TypeKind::Map: {
      auto* m = static_cast<Map*>(u);
      std::vector<std::string> seenKeys;  // constant keys, as "type:value"
      for (auto* el : e->elts) {
        auto* kv = dyn_cast<KeyValueExpr>(el);
        if (!kv) {
          error(el->pos, "missing key in map literal");
          continue;
        }
        elemValue(kv->key, m->key, "map literal");
        if (kv->key->mode == Mode::Constant && kv->key->constant && !isInterface(m->key)) {
          std::string k = typeStr(kv->key->type) + ":" + kv->key->constant->str();
          if (std::find(seenKeys.begin(), seenKeys.end(), k) != seenKeys.end())
            error(kv->key->pos, fmt::format("duplicate key {} in map literal", exprString(kv->key)));
          seenKeys.push_back(k);
        }
        elemValue(kv->value, m->elem, "map literal");
      }
      break;
    }
    default:
      error(e->pos, fmt::format("invalid composite literal type {}", typeStr(t)));
      return invalid(e);
  }
  e->mode = Mode::Value;
  e->type = t;
}

void Checker::selector(SelectorExpr* e) {
  // Qualified identifier pkg.Name.
  if (auto* id = dyn_cast<Ident>(e->x)) {
    Object* o = scope_->lookup(id->name);
    if (o && o->kind == ObjKind::PkgName) {
      auto* pn = static_cast<PkgName*>(o);
      pn->spec->used = true;
      id->obj = pn;
      id->mode = Mode::Package;
      Object* m = pn->imported->scope->lookupLocal(e->sel->name);
      if (!m || !m->exported()) {
        if (m) error(e->sel->pos, fmt::format("name {} not exported by package {}", e->sel->name, pn->imported->name));
        else error(e->sel->pos, fmt::format("undefined: {}.{}", id->name, e->sel->name));
        return invalid(e);
      }
      e->selKind = SelKind::Qualified;
      e->sel->obj = m;
      switch (m->kind) {
        case ObjKind::Const:
          return setConst(e, m->type, *static_cast<Const*>(m)->value);
        case ObjKind::TypeName:
          e->mode = Mode::TypeExpr;
          e->type = m->type;
          return;
        case ObjKind::Var:
          e->mode = Mode::Variable;
          e->type = m->type;
          return;
        default:
          e->mode = Mode::Value;
          e->type = m->type;
          return;
      }
    }
  }
  rawExpr(e->x, nullptr);
  if (e->x->mode == Mode::Invalid) return invalid(e);
  if (e->x->mode == Mode::TypeExpr) {
    // Method expression T.M or (*T).M.
    Type* t = e->x->type;
    bool ptrRecv = false;
    Func* m = lookupMethod(t, e->sel->name, &ptrRecv);
    if (!m) {
      error(e->sel->pos, fmt::format("{}.{} undefined (type {} has no method {})", exprString(e->x),
                                     e->sel->name, typeStr(t), e->sel->name));
      return invalid(e);
    }
    if (ptrRecv && t->kind != TypeKind::Pointer && !isInterface(t)) {
      error(e->pos, fmt::format("invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                                exprString(e->x), e->sel->name, typeStr(t), e->sel->name));
      return invalid(e);
    }
    auto* msig = static_cast<Signature*>(m->type);
    auto* sig = ctx_.make<Signature>();
    auto* recv = ctx_.make<Var>("", e->pos);
    recv->type = t;
    recv->isParam = true;
    sig->params.push_back(recv);
    for (auto* p : msig->params) sig->params.push_back(p);
    sig->results = msig->results;
    sig->variadic = msig->variadic;
    e->sel->obj = m;
    e->selKind = SelKind::MethodExpr;
    e->mode = Mode::Value;
    e->type = sig;
    return;
  }
  singleValue(e->x);
  if (e->x->mode == Mode::Invalid) return invalid(e);
  std::vector<int> path;
  Object* found = nullptr;
  bool indirect = false, ambiguous = false;
  if (!lookupFieldOrMethod(e->x->type, e->sel->name, &path, &found, &indirect, &ambiguous) || !found) {
    Type* t = e->x->type;
    if (ambiguous) {
      error(e->sel->pos, fmt::format("ambiguous selector {}.{}", exprString(e->x), e->sel->name));
      return invalid(e);
    }
    // gc says "field or method" for interface types too (checked with Go 1.19).
    std::string what = "field or method";
    if (t->kind == TypeKind::Pointer && isInterface(static_cast<Pointer*>(t)->elem)) {
      error(e->sel->pos, fmt::format("{}.{} undefined (type {} is pointer to interface, not interface)",
                                     exprString(e->x), e->sel->name, typeStr(t)));
      return invalid(e);
    }
    // Suggest a field or method that differs only in case, as gc does.
    std::string alt;
    for (std::string cand : {std::string(1, static_cast<char>(std::toupper(e->sel->name[0]))) + e->sel->name.substr(1),
                             std::string(1, static_cast<char>(std::tolower(e->sel->name[0]))) + e->sel->name.substr(1)}) {
      std::vector<int> p2;
      Object* o2 = nullptr;
      bool ind2 = false;
      if (cand != e->sel->name && lookupFieldOrMethod(t, cand, &p2, &o2, &ind2) && o2)
        alt = fmt::format(", but does have {} {}", o2->kind == ObjKind::Func ? "method" : "field", cand);
    }
    error(e->sel->pos, fmt::format("{}.{} undefined (type {} has no {} {}{})", exprString(e->x), e->sel->name,
                                   typeStr(t), what, e->sel->name, alt));
    return invalid(e);
  }
  e->sel->obj = found;
  e->path = path;
  if (found->kind == ObjKind::Var) {
    e->selKind = SelKind::Field;
    // x.f is addressable if x is, or if reached through a pointer.
    e->mode = (e->x->mode == Mode::Variable || indirect) ? Mode::Variable : Mode::Value;
    e->type = found->type;
    return;
  }
  auto* m = static_cast<Func*>(found);
  if (m->hasPtrRecv() && !indirect && !isInterface(e->x->type)) {
    if (e->x->mode != Mode::Variable) {
      error(e->pos, fmt::format("cannot call pointer method {} on {}", e->sel->name, typeStr(e->x->type)));
      return invalid(e);
    }
    markEscapes(e->x);
  }
  e->selKind = SelKind::Method;
  e->mode = Mode::Value;
  e->type = m->type;
}

void Checker::markEscapes(Expr* e) {
  // The root variable of an addressable expression whose address is taken.
  while (true) {
    if (auto* p = dyn_cast<ParenExpr>(e)) e = p->x;
    else if (auto* s = dyn_cast<SelectorExpr>(e); s && s->selKind == SelKind::Field) {
      if (s->x->type && underlying(s->x->type)->kind == TypeKind::Pointer) return;
      e = s->x;
    } else if (auto* ix = dyn_cast<IndexExpr>(e); ix && ix->x->type && underlying(ix->x->type)->kind == TypeKind::Array)
      e = ix->x;
    else break;
  }
  if (auto* id = dyn_cast<Ident>(e))
    if (auto* v = dynamic_cast<Var*>(id->obj)) v->escapes = true;
}

bool Checker::index(Expr* idx, int64_t length, int64_t* constVal) {
  expr(idx);
  if (idx->mode == Mode::Invalid) return false;
  if (idx->mode == Mode::Constant && isUntyped(idx->type)) {
    std::string why;
    if (!constant::toInt(*idx->constant)) {
      error(idx->pos, fmt::format("invalid argument: index {} must be integer", operandString(idx)));
      return false;
    }
    convertUntyped(idx, ctx_.basic(TypeKind::Int));
    if (idx->mode == Mode::Invalid) return false;
  }
  if (!isInteger(idx->type)) {
    error(idx->pos, fmt::format("invalid argument: index {} must be integer", operandString(idx)));
    return false;
  }
  if (idx->mode == Mode::Constant) {
    auto v = constant::toInt(*idx->constant);
    if (v->i.isNegative()) {
      error(idx->pos, fmt::format("invalid argument: index {} must not be negative", operandString(idx)));
      return false;
    }
    if (length >= 0 && (v->i.getActiveBits() > 62 || v->int64() >= length)) {
      error(idx->pos, fmt::format("invalid argument: index {} out of bounds [0:{}]", exprString(idx), length));
      return false;
    }
    if (constVal) *constVal = v->int64();
  }
  return true;
}

void Checker::indexExpr(IndexExpr* e) {
  rawExpr(e->x, nullptr);
  if (e->x->mode == Mode::TypeExpr) {
    error(e->pos, "generic types are not supported by gorun");
    return invalid(e);
  }
  singleValue(e->x);
  if (e->x->mode == Mode::Invalid) {
    expr(e->index);
    return invalid(e);
  }
  Type* t = e->x->type;
  Type* u = underlying(t);
  int64_t length = -1;
  switch (u->kind) {
    case TypeKind::String:
    case TypeKind::UntypedString: {
      if (e->x->mode == Mode::Constant) length = static_cast<int64_t>(e->x->constant->s.size());
      int64_t k = -1;
      if (!index(e->index, length, &k)) return invalid(e);
      if (e->x->mode == Mode::Constant && k >= 0)
        return setConst(e, ctx_.byteType(), Constant::makeInt(static_cast<uint8_t>(e->x->constant->s[k])));
      if (isUntyped(t)) convertUntyped(e->x, ctx_.basic(TypeKind::String));
      e->mode = Mode::Value;
      e->type = ctx_.byteType();
      return;
    }
    case TypeKind::Array:
      if (!index(e->index, static_cast<Array*>(u)->len, nullptr)) return invalid(e);
      e->mode = e->x->mode == Mode::Variable ? Mode::Variable : Mode::Value;
      e->type = static_cast<Array*>(u)->elem;
      return;
    case TypeKind::Pointer:
      if (auto* a = dynamic_cast<Array*>(underlying(static_cast<Pointer*>(u)->elem))) {
        if (!index(e->index, a->len, nullptr)) return invalid(e);
        e->mode = Mode::Variable;
        e->type = a->elem;
        return;
      }
      break;
    case TypeKind::Slice:
      if (!index(e->index, -1, nullptr)) return invalid(e);
      e->mode = Mode::Variable;
      e->type = static_cast<Slice*>(u)->elem;
      return;
    case TypeKind::Map: {
      auto* m = static_cast<Map*>(u);
      expr(e->index, m->key);
      if (e->index->mode != Mode::Invalid) assignment(e->index, m->key, "map index");
      e->mode = Mode::MapIndex;
      e->type = m->elem;
      return;
    }
    default:
      break;
  }
  expr(e->index);
  error(e->pos, fmt::format("invalid operation: cannot index {}", operandString(e->x)));
  invalid(e);
}

void Checker::sliceExpr(SliceExpr* e) {
  expr(e->x);
  Type* t = e->x->type;
  int64_t length = -1;
  Type* result = nullptr;
  if (e->x->mode != Mode::Invalid) {
    Type* u = underlying(t);
    switch (u->kind) {
      case TypeKind::String:
      case TypeKind::UntypedString:
        if (e->slice3) {
          error(e->pos, "invalid operation: 3-index slice of string");
          return invalid(e);
        }
        if (e->x->mode == Mode::Constant) length = static_cast<int64_t>(e->x->constant->s.size());
        if (isUntyped(t)) {
          convertUntyped(e->x, ctx_.basic(TypeKind::String));
          t = e->x->type;
        }
        result = t;
        break;
      case TypeKind::Array:
        if (e->x->mode != Mode::Variable) {
          error(e->pos, fmt::format("invalid operation: {} (slice of unaddressable value)", exprString(e)));
          return invalid(e);
        }
        markEscapes(e->x);
        length = static_cast<Array*>(u)->len;
        result = ctx_.slice(static_cast<Array*>(u)->elem);
        break;
      case TypeKind::Pointer:
        if (auto* a = dynamic_cast<Array*>(underlying(static_cast<Pointer*>(u)->elem))) {
          length = a->len;
          result = ctx_.slice(a->elem);
        }
        break;
      case TypeKind::Slice:
        result = t;
        break;
      default:
        break;
    }
    if (!result) {
      error(e->pos, fmt::format("cannot slice {}", operandString(e->x)));
      return invalid(e);
    }
  }
  if (e->slice3 && (!e->hi || !e->max)) {
    error(e->pos, "middle index required in 3-index slice");
  }
  int64_t vals[3] = {-1, -1, -1};
  Expr* idx[3] = {e->lo, e->hi, e->max};
  for (int i = 0; i < 3; i++)
    if (idx[i]) index(idx[i], length >= 0 ? length + 1 : -1, &vals[i]);
  for (int i = 0; i < 3; i++)
    for (int j = i + 1; j < 3; j++)
      if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
        error(idx[j]->pos, fmt::format("invalid slice indices: {} < {}", vals[j], vals[i]));
        return invalid(e);
      }
  if (!result) return invalid(e);
  e->mode = Mode::Value;
  e->type = result;
}

void Checker::unary(UnaryExpr* e) {
  if (e->op == Tok::And) {
    Expr* x = e->x;
    while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
    if (auto* cl = dyn_cast<CompositeLit>(x)) {
      expr(e->x);
      if (e->x->mode == Mode::Invalid) return invalid(e);
      (void)cl;
      e->mode = Mode::Value;
      e->type = ctx_.pointer(e->x->type);
      return;
    }
    expr(e->x);
    if (e->x->mode == Mode::Invalid) return invalid(e);
    if (e->x->mode != Mode::Variable) {
      error(e->pos, fmt::format("invalid operation: cannot take address of {}", operandString(e->x)));
      return invalid(e);
    }
    markEscapes(e->x);
    e->mode = Mode::Value;
    e->type = ctx_.pointer(e->x->type);
    return;
  }
  if (e->op == Tok::Arrow) {
    expr(e->x);
    if (e->x->mode == Mode::Invalid) return invalid(e);
    auto* c = dynamic_cast<Chan*>(underlying(e->x->type));
    if (!c) {
      error(e->pos, fmt::format("invalid operation: cannot receive from non-channel {}", operandString(e->x)));
      return invalid(e);
    }
    if (c->dir == ChanDir::Send) {
      error(e->x->pos, fmt::format("invalid operation: cannot receive from send-only channel {}", operandString(e->x)));
      return invalid(e);
    }
    e->mode = Mode::CommaOk;
    e->type = c->elem;
    return;
  }
  expr(e->x);
  if (e->x->mode == Mode::Invalid) return invalid(e);
  Type* t = e->x->type;
  bool ok = e->op == Tok::Not ? isBoolean(t) : e->op == Tok::Xor ? isInteger(t) : isNumeric(t);
  if (!ok) {
    error(e->pos, fmt::format("invalid operation: operator {} not defined on {}", tokString(e->op), operandString(e->x)));
    return invalid(e);
  }
  if (e->x->mode == Mode::Constant) {
    unsigned ubits = isUnsigned(t) ? static_cast<unsigned>(sizeOf(t) * 8) : 0;
    Constant c = constant::unary(e->op, *e->x->constant, ubits);
    setConst(e, t, c);
    if (!isUntyped(t)) representableConst(e, t, "");
    return;
  }
  e->mode = Mode::Value;
  e->type = t;
}

static bool isComparison(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr ||
         op == Tok::Geq;
}

static bool hasNil(Type* t) {
  switch (underlying(t)->kind) {
    case TypeKind::Pointer:
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
    case TypeKind::Interface:
    case TypeKind::UnsafePointer: return true;
    default: return false;
  }
}

bool canMix(Expr* x, Expr* y) {
  if (isInterface(x->type) || isInterface(y->type)) return true;
  if (isBoolean(x->type) != isBoolean(y->type) || isString(x->type) != isString(y->type)) return false;
  if (x->type->kind == TypeKind::UntypedNil && !hasNil(y->type)) return false;
  if (y->type->kind == TypeKind::UntypedNil && !hasNil(x->type)) return false;
  return true;
}

// Brings x and y to a common type: an untyped operand takes the other's
// type; two untyped operands take the "larger" untyped kind. Operands that
// cannot mix keep their types, for the caller's "mismatched types" error.
static bool matchTypes(Checker& c, Expr* x, Expr* y) {
  if (!canMix(x, y)) return true;
  bool ux = isUntyped(x->type), uy = isUntyped(y->type);
  if (ux && !uy) return c.convertUntyped(x, y->type);
  if (uy && !ux) return c.convertUntyped(y, x->type);
  if (ux && uy) {
    TypeKind kx = x->type->kind, ky = y->type->kind;
    bool nx = kx >= TypeKind::UntypedInt && kx <= TypeKind::UntypedComplex;
    bool ny = ky >= TypeKind::UntypedInt && ky <= TypeKind::UntypedComplex;
    if (nx && ny) {
      Type* t = kx > ky ? x->type : y->type;
      if (x->mode != Mode::Constant) c.setUntypedType(x, t);
      else x->type = t;
      if (y->mode != Mode::Constant) c.setUntypedType(y, t);
      else y->type = t;
    }
  }
  return true;
}

void Checker::binary(BinaryExpr* e) {
  if (e->op == Tok::Shl || e->op == Tok::Shr) return shift(e);
  expr(e->x);
  expr(e->y);
  if (e->x->mode == Mode::Invalid || e->y->mode == Mode::Invalid) return invalid(e);
  if (isComparison(e->op)) return comparison(e);
  if (!matchTypes(*this, e->x, e->y)) return invalid(e);
  if (e->x->mode == Mode::Invalid || e->y->mode == Mode::Invalid) return invalid(e);
  Type* t = e->x->type;
  if (!identical(e->x->type, e->y->type)) {
    // An untyped nil/bool mismatch reads best with both operands.
    error(e->x->pos, fmt::format("invalid operation: {} (mismatched types {} and {})", exprString(e),
                                 typeStr(e->x->type), typeStr(e->y->type)));
    return invalid(e);
  }
  bool ok = false;
  switch (e->op) {
    case Tok::Add: ok = isNumeric(t) || isString(t); break;
    case Tok::Sub:
    case Tok::Mul:
    case Tok::Quo: ok = isNumeric(t); break;
    case Tok::Rem:
    case Tok::And:
    case Tok::Or:
    case Tok::Xor:
    case Tok::AndNot: ok = isInteger(t); break;
    case Tok::LAnd:
    case Tok::LOr: ok = isBoolean(t); break;
    default: break;
  }
  if (!ok) {
    error(e->x->pos, fmt::format("invalid operation: operator {} not defined on {}", tokString(e->op),
                                 operandString(e->x)));
    return invalid(e);
  }
  if ((e->op == Tok::Quo || e->op == Tok::Rem) && e->y->mode == Mode::Constant && isNumeric(e->y->type)) {
    const Constant& y = *e->y->constant;
    bool zero = y.kind == Constant::Kind::Int ? y.i.isZero()
                                             : (y.re.isZero() && (y.kind != Constant::Kind::Complex || y.im.isZero()));
    if (zero && (e->x->mode == Mode::Constant || isInteger(t))) {
      error(e->y->pos, "invalid operation: division by zero");
      return invalid(e);
    }
  }
  if (e->x->mode == Mode::Constant && e->y->mode == Mode::Constant) {
    std::string err;
    Constant x = *e->x->constant, y = *e->y->constant;
    // Integer division for integer operands (typed, or untyped int/rune).
    if (e->op == Tok::Quo && isInteger(t)) {
      x = *constant::toInt(x);
      y = *constant::toInt(y);
    }
    auto r = constant::binary(e->op, x, y, &err);
    if (!r) {
      error(e->pos, err == "division by zero" ? "invalid operation: division by zero" : "constant overflow");
      return invalid(e);
    }
    setConst(e, t, *r);
    if (!isUntyped(t)) representableConst(e, t, "");
    return;
  }
  e->mode = Mode::Value;
  e->type = t;
}

// Why t is not comparable, as types2's incomparableCause says it: the
// first field or element type at fault.
std::string Checker::incomparableCause(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Slice: return "slice can only be compared to nil";
    case TypeKind::Map: return "map can only be compared to nil";
    case TypeKind::Signature: return "func can only be compared to nil";
    case TypeKind::Struct:
      for (auto* f : static_cast<Struct*>(u)->fields)
        if (!comparable(f->type)) return fmt::format("struct containing {} cannot be compared", typeStr(f->type));
      break;
    default: break;
  }
  return fmt::format("{} cannot be compared", typeStr(u));
}

void Checker::comparison(BinaryExpr* e) {
  Expr *x = e->x, *y = e->y;
  bool nilx = x->type->kind == TypeKind::UntypedNil, nily = y->type->kind == TypeKind::UntypedNil;
  if (!matchTypes(*this, x, y) || x->mode == Mode::Invalid || y->mode == Mode::Invalid) return invalid(e);
  std::string r1, r2;
  bool assignable = identical(x->type, y->type) || assignableTo(x, y->type, &r1) || assignableTo(y, x->type, &r2);
  if (!assignable && !(isUntyped(x->type) && isUntyped(y->type) && x->type == y->type)) {
    // Only the second operand shows that the types differ: gc reports it there.
    error(y->pos, fmt::format("invalid operation: {} (mismatched types {} and {})", exprString(e), typeStr(x->type),
                              typeStr(y->type)));
    return invalid(e);
  }
  Type* t = nilx ? y->type : x->type;
  if (e->op == Tok::Eql || e->op == Tok::Neq) {
    if (nilx && nily) {
      error(x->pos, fmt::format("invalid operation: {} (operator {} not defined on nil)", exprString(e),
                                tokString(e->op)));
      return invalid(e);
    }
    if (!nilx && !nily && !comparable(t)) {
      error(x->pos, fmt::format("invalid operation: {} ({})", exprString(e), incomparableCause(t)));
      return invalid(e);
    }
  } else {
    bool ordered = isInteger(t) || isFloat(t) || isString(t);
    if (!ordered) {
      static const std::map<TypeKind, const char*> kindNames = {
          {TypeKind::Struct, "struct"}, {TypeKind::Pointer, "pointer"}, {TypeKind::Interface, "interface"},
          {TypeKind::Chan, "chan"},     {TypeKind::Map, "map"},         {TypeKind::Signature, "func"},
          {TypeKind::Array, "array"},   {TypeKind::Slice, "slice"}};
      auto it = kindNames.find(underlying(t)->kind);
      std::string what = it != kindNames.end() ? it->second : typeStr(t);
      error(x->pos, fmt::format("invalid operation: {} (operator {} not defined on {})", exprString(e),
                                tokString(e->op), what));
      return invalid(e);
    }
  }
  if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
    return setConst(e, ctx_.basic(TypeKind::UntypedBool), Constant::makeBool(constant::compare(e->op, *x->constant, *y->constant)));
  }
  // Operands still untyped (e.g. two untyped non-constants) get default types.
  if (isUntyped(x->type) && x->type->kind != TypeKind::UntypedNil) convertUntyped(x, defaultType(x->type));
  if (isUntyped(y->type) && y->type->kind != TypeKind::UntypedNil) convertUntyped(y, defaultType(y->type));
  e->mode = Mode::Value;
  e->type = ctx_.basic(TypeKind::UntypedBool);
}

void Checker::shift(BinaryExpr* e) {
  expr(e->x);
  expr(e->y);
  if (e->x->mode == Mode::Invalid || e->y->mode == Mode::Invalid) return invalid(e);
  Expr *x = e->x, *y = e->y;
  // The shifted operand must be an integer (or an untyped constant
  // representable as one).
  if (x->mode == Mode::Constant && isUntyped(x->type)) {
    if (!constant::toInt(*x->constant)) {
      error(x->pos, fmt::format("invalid operation: shifted operand {} must be integer", operandString(x)));
      return invalid(e);
    }
  } else if (!isInteger(x->type)) {
    error(x->pos, fmt::format("invalid operation: shifted operand {} must be integer", operandString(x)));
    return invalid(e);
  }
  // The count must be an integer; a constant count must be non-negative.
  if (y->mode == Mode::Constant) {
    auto v = constant::toInt(*y->constant);
    if (!v || v->i.isNegative()) {
      error(y->pos, fmt::format("invalid shift count {}", operandString(y)));
      return invalid(e);
    }
    if (isUntyped(y->type)) convertUntyped(y, ctx_.basic(TypeKind::Uint));
  } else if (!isInteger(y->type)) {
    error(y->pos, fmt::format("invalid operation: shift count {} must be integer", operandString(y)));
    return invalid(e);
  } else if (isUntyped(y->type)) {
    convertUntyped(y, ctx_.basic(TypeKind::Uint));
  }
  if (x->mode == Mode::Constant) {
    if (y->mode == Mode::Constant) {
      auto cnt = constant::toInt(*y->constant);
      if (cnt->i.getActiveBits() > 16) {
        error(y->pos, fmt::format("invalid shift count {}", operandString(y)));
        return invalid(e);
      }
      std::string err;
      auto r = constant::shift(e->op, *x->constant, cnt->uint64(), &err);
      if (!r) {
        error(e->pos, fmt::format("shifted operand {} overflows", exprString(x)));
        return invalid(e);
      }
      Type* t = x->type;
      if (isUntyped(t) && t->kind != TypeKind::UntypedRune) t = ctx_.basic(TypeKind::UntypedInt);
      if (t->kind == TypeKind::UntypedFloat) t = ctx_.basic(TypeKind::UntypedInt);
      setConst(e, t, *r);
      if (!isUntyped(t)) representableConst(e, t, "");
      return;
    }
    // A non-constant shift of an untyped constant: the constant takes the
    // type the context gives the whole expression (setUntypedType).
    if (isUntyped(x->type)) {
      e->mode = Mode::Value;
      e->type = ctx_.basic(TypeKind::UntypedInt);
      return;
    }
  }
  e->mode = Mode::Value;
  e->type = x->type;
}

}  // namespace gorun::frontend
