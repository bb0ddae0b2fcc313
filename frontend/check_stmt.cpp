// Statements: scopes, control flow, labels, terminating statements.
#include "frontend/check.h"

#include <fmt/format.h>

namespace gorun::frontend {

void Checker::openScope() {
  Scope* s = ctx_.make<Scope>();
  s->parent = scope_;
  scope_ = s;
}

void Checker::closeScope() { scope_ = scope_->parent; }

void Checker::stmtList(const std::vector<Stmt*>& list, BranchCtx bc) {
  // Only the last non-empty statement of a case may be a fallthrough.
  size_t last = list.size();
  while (last > 0 && isa<EmptyStmt>(list[last - 1])) last--;
  for (size_t i = 0; i < list.size(); i++) {
    BranchCtx inner = bc;
    inner.fallthroughOk = bc.fallthroughOk && i + 1 == last;
    stmt(list[i], inner);
  }
}

// Declares the labels of a function body (labels have function scope).
void Checker::labels(BlockStmt* body) {
  // The blocks enclosing each label and each goto, innermost last: a goto
  // may not jump into a block that does not enclose it.
  std::vector<Node*> blocks;
  std::unordered_map<std::string, Node*> labelBlock;
  std::vector<std::pair<BranchStmt*, std::vector<Node*>>> gotos;
  std::function<void(Stmt*)> walk = [&](Stmt* s) {
    if (!s) return;
    if (auto* l = dyn_cast<LabeledStmt>(s)) {
      if (l->label->name != "_") {
        auto* lab = ctx_.make<Label>(l->label->name, l->label->pos);
        if (labels_->count(l->label->name))
          error(l->label->pos, fmt::format("label {} already defined", l->label->name));
        else
          (*labels_)[l->label->name] = lab;
        l->label->obj = lab;
        labelBlock[l->label->name] = blocks.back();
      }
      walk(l->stmt);
    } else if (auto* br = dyn_cast<BranchStmt>(s); br && br->tok == Tok::Goto && br->label) {
      gotos.push_back({br, blocks});
    } else if (auto* b = dyn_cast<BlockStmt>(s)) {
      blocks.push_back(b);
      for (auto* x : b->list) walk(x);
      blocks.pop_back();
    } else if (auto* i = dyn_cast<IfStmt>(s)) {
      walk(i->then);
      walk(i->els);
    } else if (auto* f = dyn_cast<ForStmt>(s)) {
      walk(f->body);
    } else if (auto* r = dyn_cast<RangeStmt>(s)) {
      walk(r->body);
    } else if (auto* sw = dyn_cast<SwitchStmt>(s)) {
      walk(sw->body);
    } else if (auto* ts = dyn_cast<TypeSwitchStmt>(s)) {
      walk(ts->body);
    } else if (auto* se = dyn_cast<SelectStmt>(s)) {
      walk(se->body);
    } else if (auto* cc = dyn_cast<CaseClause>(s)) {
      blocks.push_back(cc);
      for (auto* x : cc->body) walk(x);
      blocks.pop_back();
    } else if (auto* cm = dyn_cast<CommClause>(s)) {
      blocks.push_back(cm);
      for (auto* x : cm->body) walk(x);
      blocks.pop_back();
    }
  };
  walk(body);
  for (auto& [g, enclosing] : gotos) {
    auto it = labelBlock.find(g->label->name);
    if (it == labelBlock.end()) continue;  // undefined: reported when checked
    if (std::find(enclosing.begin(), enclosing.end(), it->second) == enclosing.end())
      error(g->pos, fmt::format("goto {} jumps into block starting at {}:{}:{}", g->label->name, file_->filename,
                                it->second->pos.line, it->second->pos.col));
  }
}

void Checker::stmt(Stmt* s, BranchCtx bc) {
  switch (s->kind) {
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
      return;
    case NodeKind::DeclStmt:
      return localDecl(cast<DeclStmt>(s)->decl);
    case NodeKind::LabeledStmt: {
      auto* l = cast<LabeledStmt>(s);
      Stmt* inner = l->stmt;
      // A labelled loop/switch/select is the target of its label's break.
      enclosingLabels_.push_back({l->label->name, inner});
      stmt(inner, bc);
      enclosingLabels_.pop_back();
      return;
    }
    case NodeKind::ExprStmt: {
      Expr* x = cast<ExprStmt>(s)->x;
      rawExpr(x, nullptr);
      if (x->mode == Mode::Invalid) return;
      Expr* inner = x;
      while (auto* p = dyn_cast<ParenExpr>(inner)) inner = p->x;
      if (auto* c = dyn_cast<CallExpr>(inner)) {
        if (c->callKind == CallKind::Conversion) {
          error(x->pos, fmt::format("{} (value of type {}) is not used", exprString(x), typeStr(x->type)));
          return;
        }
        if (c->callKind == CallKind::Builtin) {
          auto id = static_cast<BuiltinId>(c->builtin);
          if (id != BuiltinId::Copy && id != BuiltinId::Panic && id != BuiltinId::Print && id != BuiltinId::Println &&
              id != BuiltinId::Recover && id != BuiltinId::Close && id != BuiltinId::Delete && id != BuiltinId::Clear)
            error(x->pos, fmt::format("{} (value of type {}) is not used", exprString(x), typeStr(x->type)));
        }
        return;
      }
      if (auto* u = dyn_cast<UnaryExpr>(inner); u && u->op == Tok::Arrow) return;
      if (x->mode == Mode::TypeExpr) {
        error(x->pos, fmt::format("{} (type) is not an expression", exprString(x)));
        return;
      }
      if (x->mode == Mode::Builtin) {
        error(x->pos, fmt::format("{} (built-in function {}) must be called", exprString(x), exprString(x)));
        return;
      }
      if (x->mode == Mode::Package) {
        error(x->pos, fmt::format("use of package {} without selector", exprString(x)));
        return;
      }
      error(x->pos, fmt::format("{} ({}) is not used", exprString(x),
                                x->mode == Mode::Constant && isUntyped(x->type)
                                    ? typeStr(x->type) + " constant" + (x->constant->str() != exprString(x) ? " " + x->constant->str() : "")
                                    : x->mode == Mode::Constant ? "constant of type " + typeStr(x->type)
                                                                : (x->mode == Mode::Variable ? "variable of type " : "value of type ") +
                                                                      typeStr(x->type)));
      return;
    }
    case NodeKind::SendStmt: {
      auto* ss = cast<SendStmt>(s);
      expr(ss->chan);
      expr(ss->value);
      if (ss->chan->mode == Mode::Invalid || ss->value->mode == Mode::Invalid) return;
      auto* c = dynamic_cast<Chan*>(underlying(ss->chan->type));
      if (!c) {
        error(s->pos, fmt::format("invalid operation: cannot send to non-channel {}", operandString(ss->chan)));
        return;
      }
      if (c->dir == ChanDir::Recv) {
        error(s->pos, fmt::format("invalid operation: cannot send to receive-only channel {}", operandString(ss->chan)));
        return;
      }
      assignment(ss->value, c->elem, "send");
      return;
    }
    case NodeKind::IncDecStmt: {
      auto* st = cast<IncDecStmt>(s);
      Type* t = lhsVar(st->x);
      if (auto* id = dyn_cast<Ident>(st->x))
        if (auto* v = dynamic_cast<Var*>(id->obj)) useVar(v, id->pos);
      if (t && !isNumeric(t)) {
        error(st->x->pos, fmt::format("invalid operation: {}{} (non-numeric type {})", exprString(st->x),
                                      tokString(st->tok), typeStr(t)));
      }
      return;
    }
    case NodeKind::AssignStmt:
      return assignStmt(cast<AssignStmt>(s));
    case NodeKind::GoStmt:
    case NodeKind::DeferStmt: {
      CallExpr* c = s->kind == NodeKind::GoStmt ? cast<GoStmt>(s)->call : cast<DeferStmt>(s)->call;
      const char* what = s->kind == NodeKind::GoStmt ? "go" : "defer";
      rawExpr(c, nullptr);
      if (c->mode == Mode::Invalid) return;
      if (c->callKind == CallKind::Conversion) {
        error(c->pos, fmt::format("{} requires function call, not conversion", what));
        return;
      }
      if (c->callKind == CallKind::Builtin) {
        auto id = static_cast<BuiltinId>(c->builtin);
        if (id == BuiltinId::Append || id == BuiltinId::Cap || id == BuiltinId::Len || id == BuiltinId::Make ||
            id == BuiltinId::New || id == BuiltinId::Complex || id == BuiltinId::Real || id == BuiltinId::Imag ||
            id == BuiltinId::Min || id == BuiltinId::Max)
          error(c->pos, fmt::format("{} discards result of {}", what, exprString(c)));
      }
      return;
    }
    case NodeKind::ReturnStmt:
      return returnStmt(cast<ReturnStmt>(s));
    case NodeKind::BranchStmt: {
      auto* b = cast<BranchStmt>(s);
      switch (b->tok) {
        case Tok::Break:
        case Tok::Continue: {
          bool isBreak = b->tok == Tok::Break;
          if (b->label) {
            auto it = labels_->find(b->label->name);
            if (it == labels_->end()) {
              error(b->label->pos, fmt::format("{} label not defined: {}", isBreak ? "break" : "continue", b->label->name));
              return;
            }
            it->second->used = true;
            // The label must be on an enclosing for (continue), or
            // for/switch/select (break).
            for (auto e = enclosingLabels_.rbegin(); e != enclosingLabels_.rend(); ++e) {
              if (e->first != b->label->name) continue;
              Stmt* t = e->second;
              bool loop = isa<ForStmt>(t) || isa<RangeStmt>(t);
              bool breakable = loop || isa<SwitchStmt>(t) || isa<TypeSwitchStmt>(t) || isa<SelectStmt>(t);
              if (isBreak ? breakable : loop) b->target = t;
              break;
            }
            if (!b->target)
              error(b->label->pos, fmt::format("invalid {} label {}", isBreak ? "break" : "continue", b->label->name));
            return;
          }
          Stmt* t = isBreak ? bc.breakTarget : bc.continueTarget;
          if (!t) {
            error(b->pos, isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
            return;
          }
          b->target = t;
          return;
        }
        case Tok::Goto: {
          auto it = labels_->find(b->label ? b->label->name : "");
          if (it == labels_->end()) {
            error(b->label ? b->label->pos : b->pos, fmt::format("label {} not defined", b->label ? b->label->name : ""));
            return;
          }
          it->second->used = true;
          return;
        }
        case Tok::Fallthrough:
          if (!bc.fallthroughOk) {
            error(b->pos, bc.inFinalCase ? "cannot fallthrough final case in switch" : "fallthrough statement out of place");
          }
          return;
        default:
          return;
      }
    }
    case NodeKind::BlockStmt:
      openScope();
      stmtList(cast<BlockStmt>(s)->list, bc);
      closeScope();
      return;
    case NodeKind::IfStmt: {
      auto* i = cast<IfStmt>(s);
      openScope();
      if (i->init) stmt(i->init, bc);
      expr(i->cond);
      if (i->cond->mode != Mode::Invalid && !isBoolean(i->cond->type))
        error(i->cond->pos, fmt::format("non-boolean condition in if statement"));
      else if (i->cond->mode != Mode::Invalid && isUntyped(i->cond->type))
        convertUntyped(i->cond, ctx_.basic(TypeKind::Bool));
      BranchCtx inner = bc;
      inner.fallthroughOk = false;
      stmt(i->then, inner);
      if (i->els) stmt(i->els, inner);
      closeScope();
      return;
    }
    case NodeKind::SwitchStmt:
      return switchStmt(cast<SwitchStmt>(s), bc);
    case NodeKind::TypeSwitchStmt:
      return typeSwitchStmt(cast<TypeSwitchStmt>(s), bc);
    case NodeKind::SelectStmt:
      return selectStmt(cast<SelectStmt>(s), bc);
    case NodeKind::ForStmt:
      return forStmt(cast<ForStmt>(s), bc);
    case NodeKind::RangeStmt:
      return rangeStmt(cast<RangeStmt>(s), bc);
    default:
      error(s->pos, "invalid statement");
  }
}

void Checker::localDecl(GenDecl* gd) {
  for (auto* spec : gd->specs) {
    if (auto* vs = dyn_cast<ValueSpec>(spec)) {
      if (gd->tok == Tok::Const) {
        ValueSpec* src = vs->implicitFrom ? vs->implicitFrom : vs;
        std::vector<Const*> consts;
        for (size_t i = 0; i < vs->names.size(); i++) {
          auto* c = ctx_.make<Const>(vs->names[i]->name, vs->names[i]->pos);
          c->pkg = pkg_;
          c->type = ctx_.basic(TypeKind::Invalid);
          int saved = iota_;
          iota_ = vs->iota;
          Type* t = src->type ? typExpr(src->type) : nullptr;
          if (i < src->values.size()) {
            Expr* e = src->values[i];
            expr(e);
            if (e->mode == Mode::Constant) {
              if (!t || assignment(e, t, "constant declaration")) {
                c->type = e->type;
                c->value = e->constant;
              }
            } else if (e->mode != Mode::Invalid) {
              error(e->pos, fmt::format("{} is not constant", operandString(e)));
            }
          } else {
            error(vs->names[i]->pos, "missing init expr for const declaration");
          }
          iota_ = saved;
          consts.push_back(c);
        }
        if (src->values.size() > vs->names.size() && !vs->implicitFrom)
          error(src->values[vs->names.size()]->pos, "extra init expr");
        for (size_t i = 0; i < consts.size(); i++) {
          vs->names[i]->obj = consts[i];
          if (consts[i]->name != "_") declare(scope_, vs->names[i], consts[i]);
        }
        continue;
      }
      std::vector<Var*> vars;
      Type* t = vs->type ? typExpr(vs->type) : nullptr;
      for (auto* id : vs->names) {
        auto* v = ctx_.make<Var>(id->name, id->pos);
        v->pkg = pkg_;
        v->type = t;
        id->obj = v;
        vars.push_back(v);
      }
      if (!vs->values.empty()) initVars(vars, vs->values, vs->names[0]->pos, "variable declaration");
      for (size_t i = 0; i < vars.size(); i++) {
        if (!vars[i]->type) vars[i]->type = ctx_.basic(TypeKind::Invalid);
        declare(scope_, vs->names[i], vars[i]);
        if (replGlobal(vars[i])) continue;  // REPL: `var x` at an input's top level
        varDepth_[vars[i]] = func_ ? func_->depth : 0;
        locals_.push_back(vars[i]);
      }
    } else if (auto* ts = dyn_cast<TypeSpec>(spec)) {
      auto* tn = ctx_.make<TypeName>(ts->name->name, ts->name->pos);
      tn->pkg = pkg_;
      if (ts->alias) {
        tn->type = typExpr(ts->type);
        declare(scope_, ts->name, tn);
        continue;
      }
      auto* named = ctx_.make<Named>();
      named->obj = tn;
      tn->type = named;
      declare(scope_, ts->name, tn);
      named->underlying = underlying(typExpr(ts->type));
      if (!named->underlying) named->underlying = ctx_.basic(TypeKind::Invalid);
      validType(named);
    }
  }
}

void Checker::returnStmt(ReturnStmt* s) {
  Signature* sig = func_->sig;
  auto& res = sig->results;
  if (s->results.empty()) {
    if (!res.empty() && !func_->hasNamedResults) error(s->pos, "not enough return values\n\thave ()\n\twant (" + [&] {
      std::string w;
      for (size_t i = 0; i < res.size(); i++) w += (i ? ", " : "") + typeStr(res[i]->type);
      return w;
    }() + ")");
    if (func_->hasNamedResults)
      for (auto* r : res)
        if (!r->name.empty() && r->name != "_")
          if (Object* o = scope_->lookup(r->name); o && o != r)
            error(s->pos, fmt::format("result parameter {} not in scope at return\n\tinner declaration of {}", r->name, r->name));
    return;
  }
  if (res.empty()) {
    for (auto* e : s->results) expr(e);
    error(s->results[0]->pos, "too many return values\n\thave (" + [&] {
      std::string h;
      for (size_t i = 0; i < s->results.size(); i++)
        h += (i ? ", " : "") + (s->results[i]->type ? (isUntyped(s->results[i]->type) && s->results[i]->mode == Mode::Constant ? std::string("number") : typeStr(s->results[i]->type)) : std::string("invalid type"));
      return h;
    }() + ")\n\twant ()");
    return;
  }
  bool firstChecked = false;
  if (s->results.size() == 1 && res.size() > 1) {
    firstChecked = true;
    rawExpr(s->results[0], nullptr);
    Expr* e = s->results[0];
    if (e->mode == Mode::Invalid) return;
    if (e->type && e->type->kind == TypeKind::Tuple) {
      auto* tup = static_cast<Tuple*>(e->type);
      bool ok = tup->vars.size() == res.size();
      for (size_t i = 0; ok && i < res.size(); i++) {
        Expr tmp(NodeKind::BadExpr, e->pos);
        tmp.mode = Mode::Value;
        tmp.type = tup->vars[i]->type;
        std::string reason;
        if (!assignableTo(&tmp, res[i]->type, &reason)) ok = false;
      }
      if (!ok) error(e->pos, fmt::format("cannot use {} as return values", exprString(e)));
      return;
    }
  }
  if (s->results.size() != res.size()) {
    for (size_t i = firstChecked ? 1 : 0; i < s->results.size(); i++) expr(s->results[i]);
    std::string have, want;
    for (size_t i = 0; i < s->results.size(); i++) {
      Expr* e = s->results[i];
      have += (i ? ", " : "") + (e->type ? (isUntyped(e->type) && e->mode == Mode::Constant ? std::string("number") : typeStr(e->type)) : std::string("invalid type"));
    }
    for (size_t i = 0; i < res.size(); i++) want += (i ? ", " : "") + typeStr(res[i]->type);
    error(s->results[0]->pos, fmt::format("{} return values\n\thave ({})\n\twant ({})",
                                          s->results.size() < res.size() ? "not enough" : "too many", have, want));
    return;
  }
  for (size_t i = 0; i < res.size(); i++) {
    Expr* e = s->results[i];
    expr(e, res[i]->type);
    if (e->mode != Mode::Invalid) assignment(e, res[i]->type, "return statement");
  }
}

void Checker::forStmt(ForStmt* s, BranchCtx bc) {
  openScope();
  size_t firstLocal = locals_.size();
  if (s->init) stmt(s->init, bc);
  std::vector<Var*> loopVars(locals_.begin() + static_cast<long>(firstLocal), locals_.end());
  if (s->cond) {
    expr(s->cond);
    if (s->cond->mode != Mode::Invalid && !isBoolean(s->cond->type))
      error(s->cond->pos, "non-boolean condition in for statement");
    else if (s->cond->mode != Mode::Invalid && isUntyped(s->cond->type))
      convertUntyped(s->cond, ctx_.basic(TypeKind::Bool));
  }
  if (s->post) {
    if (auto* a = dyn_cast<AssignStmt>(s->post); a && a->tok == Tok::Define)
      error(a->pos, "cannot declare in post statement of for loop");
    else
      stmt(s->post, bc);
  }
  BranchCtx inner;
  inner.breakTarget = s;
  inner.continueTarget = s;
  stmt(s->body, inner);
  // Go 1.22: each iteration has its own copy of the loop variables; only
  // those a closure captures (they escape) need one at run time.
  for (auto* v : loopVars)
    if (v->escapes) s->perIterationVars.push_back(v);
  closeScope();
}

void Checker::rangeStmt(RangeStmt* s, BranchCtx bc) {
  openScope();
  expr(s->x);
  Type* kt = nullptr;
  Type* vt = nullptr;
  Expr* x = s->x;
  bool ok = true;
  if (x->mode != Mode::Invalid) {
    Type* u = underlying(x->type);
    if (u->kind == TypeKind::Pointer)
      if (auto* a = dynamic_cast<Array*>(underlying(static_cast<Pointer*>(u)->elem))) u = a;
    switch (u->kind) {
      case TypeKind::String:
      case TypeKind::UntypedString:
        if (isUntyped(x->type)) convertUntyped(x, ctx_.basic(TypeKind::String));
        kt = ctx_.basic(TypeKind::Int);
        vt = ctx_.runeType();
        break;
      case TypeKind::Array:
        kt = ctx_.basic(TypeKind::Int);
        vt = static_cast<Array*>(u)->elem;
        break;
      case TypeKind::Slice:
        kt = ctx_.basic(TypeKind::Int);
        vt = static_cast<Slice*>(u)->elem;
        break;
      case TypeKind::Map:
        kt = static_cast<Map*>(u)->key;
        vt = static_cast<Map*>(u)->elem;
        break;
      case TypeKind::Chan:
        kt = static_cast<Chan*>(u)->elem;
        if (s->value) {
          error(s->value->pos, fmt::format("range over {} permits only one iteration variable", operandString(x)));
          ok = false;
        }
        if (static_cast<Chan*>(u)->dir == ChanDir::Send) {
          error(x->pos, fmt::format("invalid operation: range {} receive from send-only channel", exprString(x)));
          ok = false;
        }
        break;
      default:
        if (isInteger(u)) {
          // Go 1.22: range over an integer n yields 0..n-1 of n's type.
          if (isUntyped(x->type)) convertUntyped(x, ctx_.basic(TypeKind::Int));
          kt = x->type;
          if (s->value) {
            error(s->value->pos, fmt::format("range over {} permits only one iteration variable", operandString(x)));
            ok = false;
          }
          break;
        }
        error(x->pos, fmt::format("cannot range over {}", operandString(x)));
        ok = false;
    }
  } else {
    ok = false;
  }
  Expr* lhs[2] = {s->key, s->value};
  Type* types[2] = {kt, vt};
  if (s->tok == Tok::Define) {
    std::vector<Var*> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      auto* id = dyn_cast<Ident>(lhs[i]);
      if (!id) {
        error(lhs[i]->pos, fmt::format("non-name {} on left side of :=", exprString(lhs[i])));
        continue;
      }
      auto* v = ctx_.make<Var>(id->name, id->pos);
      v->pkg = pkg_;
      v->type = ok && types[i] ? types[i] : ctx_.basic(TypeKind::Invalid);
      id->obj = v;
      id->mode = Mode::Variable;
      id->type = v->type;
      vars.push_back(v);
    }
    for (auto* v : vars) {
      if (v->name == "_") continue;
      scope_->names[v->name] = v;
      varDepth_[v] = func_ ? func_->depth : 0;
      locals_.push_back(v);
    }
  } else if (s->tok == Tok::Assign) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Type* t = lhsVar(lhs[i]);
      if (t && ok && types[i]) {
        Expr tmp(NodeKind::BadExpr, lhs[i]->pos);
        tmp.mode = Mode::Value;
        tmp.type = types[i];
        std::string reason;
        if (!assignableTo(&tmp, t, &reason))
          error(lhs[i]->pos, fmt::format("cannot use {} (value of type {}) as {} value in range clause",
                                         exprString(lhs[i]), typeStr(types[i]), typeStr(t)));
      }
    }
  }
  BranchCtx inner;
  inner.breakTarget = s;
  inner.continueTarget = s;
  stmt(s->body, inner);
  closeScope();
}

void Checker::switchStmt(SwitchStmt* s, BranchCtx bc) {
  openScope();
  if (s->init) stmt(s->init, bc);
  Expr* tag = s->tag;
  if (tag) {
    expr(tag);
    if (tag->mode != Mode::Invalid && isUntyped(tag->type)) {
      if (tag->type->kind == TypeKind::UntypedNil) {
        error(tag->pos, "use of untyped nil in switch expression");
        tag->mode = Mode::Invalid;
      } else {
        convertUntyped(tag, defaultType(tag->type));
      }
    }
    if (tag->mode != Mode::Invalid && !comparable(tag->type)) {
      error(tag->pos, fmt::format("cannot switch on {}", operandString(tag)));
      tag->mode = Mode::Invalid;
    }
  }
  BranchCtx inner;
  inner.breakTarget = s;
  inner.continueTarget = bc.continueTarget;
  bool seenDefault = false;
  auto& clauses = s->body->list;
  std::vector<std::pair<std::string, Pos>> seenConsts;
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    auto* cc = dyn_cast<CaseClause>(clauses[ci]);
    if (!cc) continue;
    if (cc->isDefault) {
      if (seenDefault) error(cc->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    for (auto* e : cc->list) {
      expr(e);
      if (e->mode == Mode::Invalid) continue;
      if (tag) {
        if (tag->mode == Mode::Invalid) continue;
        // case e: compares tag == e.
        BinaryExpr cmp(e->pos);
        cmp.op = Tok::Eql;
        cmp.x = tag;
        cmp.y = e;
        if (isUntyped(e->type) && canMix(e, tag) && !convertUntyped(e, tag->type)) continue;
        std::string r1, r2;
        if (!identical(e->type, tag->type) && !assignableTo(e, tag->type, &r1) && !assignableTo(tag, e->type, &r2)) {
          error(e->pos, fmt::format("invalid case {} in switch on {} (mismatched types {} and {})", exprString(e),
                                    exprString(tag), typeStr(e->type), typeStr(tag->type)));
          continue;
        }
        if (e->mode == Mode::Constant) {
          std::string key = typeStr(e->type) + ":" + e->constant->str();
          for (auto& [k, p] : seenConsts)
            if (k == key) {
              error(e->pos, fmt::format("duplicate case {} in expression switch\n\t{}:{}:{}: previous case",
                                        exprString(e), file_->filename, p.line, p.col));
              break;
            }
          seenConsts.push_back({key, e->pos});
        }
      } else {
        if (!isBoolean(e->type)) {
          error(e->pos, fmt::format("invalid case {} in switch (mismatched types {} and bool)", exprString(e),
                                    typeStr(e->type)));
          continue;
        }
        if (isUntyped(e->type)) convertUntyped(e, ctx_.basic(TypeKind::Bool));
      }
    }
    openScope();
    BranchCtx caseCtx = inner;
    caseCtx.fallthroughOk = ci + 1 < clauses.size();
    caseCtx.inFinalCase = ci + 1 == clauses.size();
    stmtList(cc->body, caseCtx);
    closeScope();
  }
  closeScope();
}

void Checker::typeSwitchStmt(TypeSwitchStmt* s, BranchCtx bc) {
  openScope();
  if (s->init) stmt(s->init, bc);
  Ident* lhs = nullptr;
  Expr* guard = nullptr;
  if (auto* a = dyn_cast<AssignStmt>(s->assign)) {
    lhs = dyn_cast<Ident>(a->lhs[0]);
    guard = a->rhs[0];
  } else if (auto* es = dyn_cast<ExprStmt>(s->assign)) {
    guard = es->x;
  }
  auto* ta = dyn_cast<TypeAssertExpr>(guard);
  if (!ta) {
    error(s->pos, "invalid type switch guard");
    closeScope();
    return;
  }
  expr(ta->x);
  Type* xt = ta->x->type;
  bool okX = ta->x->mode != Mode::Invalid;
  if (okX && !isInterface(xt)) {
    error(ta->x->pos, fmt::format("{} is not an interface", operandString(ta->x)));
    okX = false;
  }
  ta->mode = Mode::Value;
  ta->type = xt;
  BranchCtx inner;
  inner.breakTarget = s;
  inner.continueTarget = bc.continueTarget;
  std::vector<Var*> clauseVars;
  std::vector<std::pair<Type*, Pos>> seenTypes;
  bool anyUsed = false;
  for (auto* st : s->body->list) {
    auto* cc = dyn_cast<CaseClause>(st);
    if (!cc) continue;
    Type* single = nullptr;
    for (auto* e : cc->list) {
      Type* t = nullptr;
      if (auto* id = dyn_cast<Ident>(e); id && id->name == "nil" && scope_->lookup("nil")->kind == ObjKind::Nil) {
        id->obj = scope_->lookup("nil");
        id->mode = Mode::Value;
        id->type = ctx_.basic(TypeKind::UntypedNil);
        t = id->type;
      } else {
        t = typExpr(e);
        if (t->kind == TypeKind::Invalid) continue;
        if (okX && !isInterface(t)) {
          std::string missing;
          if (!implements(t, static_cast<Interface*>(underlying(xt)), &missing))
            error(e->pos, fmt::format("impossible type switch case: {} cannot have dynamic type {} {}",
                                      operandString(ta->x), typeStr(t), missing));
        }
      }
      for (auto& [prev, ppos] : seenTypes)
        if (identical(prev, t)) {
          error(e->pos, fmt::format("duplicate case {} in type switch\n\t{}:{}:{}: previous case", exprString(e),
                                    file_->filename, ppos.line, ppos.col));
          break;
        }
      seenTypes.push_back({t, e->pos});
      single = cc->list.size() == 1 ? t : nullptr;
    }
    openScope();
    if (lhs) {
      Type* vt = single && single->kind != TypeKind::UntypedNil ? single : xt;
      auto* v = ctx_.make<Var>(lhs->name, lhs->pos);
      v->pkg = pkg_;
      v->type = vt ? vt : ctx_.basic(TypeKind::Invalid);
      cc->implicitVar = v;
      if (lhs->name != "_") {
        scope_->names[lhs->name] = v;
        varDepth_[v] = func_ ? func_->depth : 0;
      }
      clauseVars.push_back(v);
    }
    stmtList(cc->body, inner);
    closeScope();
  }
  if (lhs) {
    for (auto* v : clauseVars) anyUsed = anyUsed || v->used;
    if (!anyUsed && lhs->name != "_") error(lhs->pos, fmt::format("declared and not used: {}", lhs->name));
  }
  closeScope();
}

void Checker::selectStmt(SelectStmt* s, BranchCtx bc) {
  BranchCtx inner;
  inner.breakTarget = s;
  inner.continueTarget = bc.continueTarget;
  bool seenDefault = false;
  for (auto* st : s->body->list) {
    auto* cc = dyn_cast<CommClause>(st);
    if (!cc) continue;
    openScope();
    if (!cc->comm) {
      if (seenDefault) error(cc->pos, "multiple defaults in select");
      seenDefault = true;
    } else {
      bool valid = false;
      if (isa<SendStmt>(cc->comm)) valid = true;
      else if (auto* es = dyn_cast<ExprStmt>(cc->comm)) {
        Expr* x = es->x;
        while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
        auto* u = dyn_cast<UnaryExpr>(x);
        valid = u && u->op == Tok::Arrow;
      } else if (auto* as = dyn_cast<AssignStmt>(cc->comm)) {
        Expr* x = as->rhs.size() == 1 ? as->rhs[0] : nullptr;
        while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
        auto* u = dyn_cast<UnaryExpr>(x);
        valid = u && u->op == Tok::Arrow;
      }
      if (!valid) error(cc->comm->pos, "select case must be receive, send or assign recv");
      stmt(cc->comm, bc);
    }
    stmtList(cc->body, inner);
    closeScope();
  }
}

// The spec's terminating statements (for "missing return").
bool Checker::isTerminating(Stmt* s, const std::string& label) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::ReturnStmt:
      return true;
    case NodeKind::BranchStmt:
      return cast<BranchStmt>(s)->tok == Tok::Goto || cast<BranchStmt>(s)->tok == Tok::Fallthrough;
    case NodeKind::ExprStmt: {
      Expr* x = cast<ExprStmt>(s)->x;
      while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
      auto* c = dyn_cast<CallExpr>(x);
      return c && c->callKind == CallKind::Builtin && c->builtin == static_cast<int>(BuiltinId::Panic);
    }
    case NodeKind::BlockStmt: {
      auto& l = cast<BlockStmt>(s)->list;
      for (size_t i = l.size(); i > 0; i--) {
        if (isa<EmptyStmt>(l[i - 1])) continue;
        return isTerminating(l[i - 1], "");
      }
      return false;
    }
    case NodeKind::LabeledStmt: {
      auto* ls = cast<LabeledStmt>(s);
      return isTerminating(ls->stmt, ls->label->name);
    }
    case NodeKind::IfStmt: {
      auto* i = cast<IfStmt>(s);
      return i->els && isTerminating(i->then, "") && isTerminating(i->els, "");
    }
    case NodeKind::ForStmt: {
      auto* f = cast<ForStmt>(s);
      return !f->cond && !hasBreak(f->body, f);
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt:
    case NodeKind::SelectStmt: {
      BlockStmt* body = s->kind == NodeKind::SwitchStmt       ? cast<SwitchStmt>(s)->body
                        : s->kind == NodeKind::TypeSwitchStmt ? cast<TypeSwitchStmt>(s)->body
                                                              : cast<SelectStmt>(s)->body;
      bool hasDefault = s->kind == NodeKind::SelectStmt;
      for (auto* c : body->list) {
        std::vector<Stmt*>* list;
        if (auto* cc = dyn_cast<CaseClause>(c)) {
          if (cc->isDefault) hasDefault = true;
          list = &cc->body;
        } else {
          list = &cast<CommClause>(c)->body;
        }
        Stmt* last = nullptr;
        for (auto* x : *list)
          if (!isa<EmptyStmt>(x)) last = x;
        if (!last || !isTerminating(last, "")) return false;
        if (hasBreak(c, s)) return false;
      }
      (void)label;
      return hasDefault;
    }
    default:
      return false;
  }
}

// Whether `body` contains a break that targets `target` (unlabelled breaks
// in nested breakable statements target those instead).
bool Checker::hasBreak(Stmt* body, Stmt* target) {
  bool found = false;
  std::string label;
  std::function<void(Stmt*, bool)> walk = [&](Stmt* s, bool nested) {
    if (!s || found) return;
    switch (s->kind) {
      case NodeKind::BranchStmt: {
        auto* b = cast<BranchStmt>(s);
        if (b->tok != Tok::Break) return;
        if (!b->label && !nested) found = true;
        if (b->label && b->target == target) found = true;
        return;
      }
      case NodeKind::BlockStmt:
        for (auto* x : cast<BlockStmt>(s)->list) walk(x, nested);
        return;
      case NodeKind::LabeledStmt:
        return walk(cast<LabeledStmt>(s)->stmt, nested);
      case NodeKind::IfStmt:
        walk(cast<IfStmt>(s)->then, nested);
        walk(cast<IfStmt>(s)->els, nested);
        return;
      case NodeKind::CaseClause:
        for (auto* x : cast<CaseClause>(s)->body) walk(x, nested);
        return;
      case NodeKind::CommClause:
        for (auto* x : cast<CommClause>(s)->body) walk(x, nested);
        return;
      case NodeKind::ForStmt: return walk(cast<ForStmt>(s)->body, true);
      case NodeKind::RangeStmt: return walk(cast<RangeStmt>(s)->body, true);
      case NodeKind::SwitchStmt: return walk(cast<SwitchStmt>(s)->body, true);
      case NodeKind::TypeSwitchStmt: return walk(cast<TypeSwitchStmt>(s)->body, true);
      case NodeKind::SelectStmt: return walk(cast<SelectStmt>(s)->body, true);
      default: return;
    }
  };
  walk(body, false);
  (void)label;
  return found;
}

}  // namespace gorun::frontend
