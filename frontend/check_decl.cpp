// Package-level declarations: collection, lazy resolution, methods, function
// bodies, and the variable initialisation order of the spec.
#include "frontend/check.h"

#include <algorithm>
#include <functional>
#include <fmt/format.h>

namespace gorun::frontend {

Package* checkPackage(TypeContext& ctx, const std::string& path, const std::vector<File*>& files,
                      const Importer& importer, Diagnostics& diags) {
  Checker c(ctx, diags, importer);
  return c.checkPackage(path, files);
}

Package* checkReplInput(TypeContext& ctx, const std::vector<File*>& files, const Importer& importer,
                        Diagnostics& diags, const ReplOptions& repl) {
  Checker c(ctx, diags, importer);
  c.repl_ = &repl;
  return c.checkPackage("main", files);
}

// REPL: see checker.h (ReplOptions). The wrapper's top-level scope is its
// function scope (funcBody declares the body's names there).
bool Checker::replGlobal(Var* v) {
  if (!repl_ || !repl_->body || !func_ || func_->lit || !scope_->isFunc || v->name == "_") return false;
  auto* fn = dynamic_cast<Func*>(func_->declObj);
  if (!fn || fn->decl != repl_->body) return false;
  v->isGlobal = true;
  replVars_.push_back(v);
  return true;
}

Package* Checker::checkPackage(const std::string& path, const std::vector<File*>& files) {
  pkg_ = ctx_.make<Package>();
  pkg_->path = path;
  pkg_->files = files;
  pkg_->scope = ctx_.make<Scope>();
  pkg_->scope->parent = repl_ ? repl_->parent : ctx_.universe();
  if (repl_) pkg_->linkPrefix = repl_->linkPrefix;
  if (!files.empty() && files[0]->packageName) pkg_->name = files[0]->packageName->name;
  for (auto* f : files) {
    file_ = f;
    if (f->packageName && f->packageName->name != pkg_->name)
      error(f->packageName->pos, fmt::format("package {}; expected package {}", f->packageName->name, pkg_->name));
  }
  collectObjects();
  for (auto* obj : objList_) objDecl(obj);
  for (auto* obj : objList_)
    if (auto* n = dynamic_cast<Named*>(obj->type); n && obj->kind == ObjKind::TypeName) validType(n);
  for (size_t i = 0; i < bodies_.size(); i++) {
    auto [fd, f] = bodies_[i];
    file_ = f;
    auto* fn = static_cast<Func*>(fd->name->obj);
    if (fn && fd->body) {
      FuncCtx fc;
      fc.sig = static_cast<Signature*>(fn->type);
      fc.name = fn->fullName;
      fc.declObj = fn;
      Scope* s = ctx_.make<Scope>();
      s->parent = fileScopes_[f];
      s->isFunc = true;
      auto saved = func_;
      func_ = &fc;
      curDecl_ = fn;
      funcBody(fc, s, fd->body, fc.sig);
      func_ = saved;
      curDecl_ = nullptr;
    }
  }
  if (!repl_) checkUnusedImports();
  computeInitOrder();
  // REPL: the statements' variables are zeroed globals, declared in the
  // package scope once checked (the statements assign them at run time).
  for (auto* v : replVars_) {
    pkg_->initOrder.push_back({{v}, nullptr});
    pkg_->scope->names[v->name] = v;
  }
  return pkg_;
}

void Checker::declare(Scope* s, Ident* id, Object* obj) {
  if (id->name == "_") {
    id->obj = obj;
    return;
  }
  if (auto* prev = s->lookupLocal(id->name)) {
    std::string msg = fmt::format("{} redeclared in this block", id->name);
    if (prev->pos.valid())
      msg += fmt::format("\n\t{}:{}:{}: other declaration of {}", file_->filename, prev->pos.line,
                         prev->pos.col, id->name);
    error(id->pos, msg);
    id->obj = obj;
    return;
  }
  s->names[id->name] = obj;
  id->obj = obj;
}

void Checker::collectObjects() {
  int order = 0;
  for (auto* f : pkg_->files) {
    file_ = f;
    Scope* fs = ctx_.make<Scope>();
    fs->parent = pkg_->scope;
    fileScopes_[f] = fs;
    for (auto* imp : f->imports) {
      Package* p = importer_(imp->path);
      if (!p) {
        error(imp->pathPos, fmt::format("package {} is not in std", imp->path));
        continue;
      }
      if (std::find(pkg_->imports.begin(), pkg_->imports.end(), p) == pkg_->imports.end())
        pkg_->imports.push_back(p);
      std::string name = imp->name ? imp->name->name : p->name;
      if (name == "_") continue;
      if (name == ".") {
        for (auto& [n, o] : p->scope->names)
          if (o->exported()) fs->names[n] = o;
        imp->used = true;  // dot imports are not tracked
        continue;
      }
      auto* pn = ctx_.make<PkgName>(name, imp->name ? imp->name->pos : imp->pathPos);
      pn->imported = p;
      pn->spec = imp;
      pn->pkg = pkg_;
      fs->names[name] = pn;
    }
    for (auto* d : f->decls) {
      if (auto* gd = dyn_cast<GenDecl>(d)) {
        for (auto* spec : gd->specs) {
          if (auto* vs = dyn_cast<ValueSpec>(spec)) {
            for (size_t i = 0; i < vs->names.size(); i++) {
              Ident* id = vs->names[i];
              Object* obj;
              if (gd->tok == Tok::Const) obj = ctx_.make<Const>(id->name, id->pos);
              else {
                auto* v = ctx_.make<Var>(id->name, id->pos);
                v->isGlobal = true;
                obj = v;
              }
              obj->pkg = pkg_;
              DeclInfo di;
              di.file = f;
              di.vspec = vs;
              di.index = static_cast<int>(i);
              di.order = order++;
              decls_[obj] = di;
              objList_.push_back(obj);
              declare(pkg_->scope, id, obj);
            }
          } else if (auto* ts = dyn_cast<TypeSpec>(spec)) {
            auto* tn = ctx_.make<TypeName>(ts->name->name, ts->name->pos);
            tn->pkg = pkg_;
            tn->isAlias = ts->alias;
            DeclInfo di;
            di.file = f;
            di.tspec = ts;
            di.order = order++;
            decls_[tn] = di;
            objList_.push_back(tn);
            declare(pkg_->scope, ts->name, tn);
          }
        }
      } else if (auto* fd = dyn_cast<FuncDecl>(d)) {
        if (fd->recv) {
          methodDecls_.push_back({fd, f});
          continue;
        }
        auto* fn = ctx_.make<Func>(fd->name->name, fd->name->pos);
        fn->pkg = pkg_;
        fn->decl = fd;
        fn->fullName = pkg_->linkPath() + "." + fd->name->name;
        DeclInfo di;
        di.file = f;
        di.fdecl = fd;
        di.order = order++;
        decls_[fn] = di;
        if (fd->name->name == "init") {
          fd->name->obj = fn;
          fn->fullName = fmt::format("{}.init.{}", pkg_->linkPath(), pkg_->inits.size());
          if (repl_ && fd == repl_->body) {
            // The statements at the prompt: Go would run them in main.main.
            fn->fullName = pkg_->linkPath() + ".main";
            pkg_->replMain = fd;
          }
          pkg_->inits.push_back(fd);
          if (!fd->sig->params->list.empty() || (fd->sig->results && !fd->sig->results->list.empty()))
            error(fd->name->pos, "func init must have no arguments and no return values");
        } else if (fd->name->name == "main" && pkg_->name == "main" &&
                   (!fd->sig->params->list.empty() || (fd->sig->results && !fd->sig->results->list.empty()))) {
          error(fd->name->pos, "func main must have no arguments and no return values");
          declare(pkg_->scope, fd->name, fn);
        } else {
          declare(pkg_->scope, fd->name, fn);
        }
        objList_.push_back(fn);
        if (!fd->body && pkg_->path == "main")
          error(fd->name->pos, "missing function body");
      }
    }
  }
  if (!repl_ && pkg_->name == "main" && pkg_->path == "main" && !pkg_->scope->lookupLocal("main")) {
    bool hasMain = false;
    for (auto* o : objList_)
      if (o->kind == ObjKind::Func && o->name == "main") hasMain = true;
    if (!hasMain) error(Pos{}, "function main is undeclared in the main package");
  }
  // Receiver base types are resolved once all type names exist.
  for (auto& [fd, f] : methodDecls_) {
    file_ = f;
    collectMethod(fd, f);
  }
}

void Checker::collectMethod(FuncDecl* fd, File* f) {
  if (fd->recv->list.size() != 1 || fd->recv->numFields() != 1) {
    error(fd->recv->pos, "method has multiple receivers");
    return;
  }
  Expr* rt = fd->recv->list[0]->type;
  bool ptr = false;
  while (auto* p = dyn_cast<ParenExpr>(rt)) rt = p->x;
  if (auto* st = dyn_cast<StarExpr>(rt)) {
    ptr = true;
    rt = st->x;
  }
  auto* id = dyn_cast<Ident>(rt);
  Object* base = id ? pkg_->scope->lookupLocal(id->name) : nullptr;
  // REPL: a type of an earlier input is of the same package, so it may get
  // methods here (see replExtend).
  if (!base && id && repl_)
    if (Object* o = repl_->parent->lookup(id->name); o && o->kind == ObjKind::TypeName && o->pkg &&
                                                      samePackage(o->pkg, pkg_))
      base = o;
  if (!base && id && ctx_.universe()->lookupLocal(id->name) &&
      ctx_.universe()->lookupLocal(id->name)->kind == ObjKind::TypeName) {
    error(id->pos, fmt::format("cannot define new methods on non-local type {}", id->name));
    return;
  }
  if (!base || base->kind != ObjKind::TypeName) {
    if (id && !base) error(id->pos, "undefined: " + id->name);
    else error(rt->pos, fmt::format("invalid receiver type {}", exprString(rt)));
    return;
  }
  auto* fn = ctx_.make<Func>(fd->name->name, fd->name->pos);
  fn->pkg = pkg_;
  fn->decl = fd;
  fn->fullName = ptr ? fmt::format("{}.(*{}).{}", pkg_->linkPath(), id->name, fd->name->name)
                     : fmt::format("{}.{}.{}", pkg_->linkPath(), id->name, fd->name->name);
  fd->name->obj = fn;
  DeclInfo di;
  di.file = f;
  di.fdecl = fd;
  decls_[fn] = di;
  objDecl(base);
  auto* named = dynamic_cast<Named*>(base->type);
  if (!named) {
    error(rt->pos, fmt::format("invalid receiver type {}", id->name));
    return;
  }
  Type* u = named->underlying;
  if (u && (u->kind == TypeKind::Pointer || u->kind == TypeKind::Interface)) {
    error(rt->pos, fmt::format("invalid receiver type {} (pointer or interface type)", id->name));
    return;
  }
  if (base->pkg != pkg_) replExtend(named);
  for (size_t i = 0; i < named->methods.size(); i++) {
    Func* m = named->methods[i];
    if (m->name != fn->name || fn->name == "_") continue;
    if (m->pkg != pkg_) {
      // REPL: a method of an earlier input is redefined; it is replaced.
      named->methods.erase(named->methods.begin() + long(i));
      break;
    }
    error(fd->name->pos, fmt::format("method {}.{} already declared at {}:{}:{}", id->name, fn->name,
                                     f->filename, m->pos.line, m->pos.col));
    return;
  }
  if (auto* st = dynamic_cast<Struct*>(u))
    for (auto* fld : st->fields)
      if (fld->name == fn->name) {
        error(fd->name->pos, fmt::format("field and method with the same name {}", fn->name));
        return;
      }
  named->methods.push_back(fn);
  if (fd->body) bodies_.push_back({fd, f});
  auto* saveFile = file_;
  auto* saveScope = scope_;
  file_ = f;
  scope_ = fileScopes_[f];
  Scope* s = ctx_.make<Scope>();
  s->parent = fileScopes_[f];
  fn->type = funcType(fd->sig, fd->recv, s);
  file_ = saveFile;
  scope_ = saveScope;
}

// REPL: `named`, a type of an earlier input, gets methods in this input.
// Its method list is saved first (once), so that ReplFrontend can restore
// it if the input is not committed.
void Checker::replExtend(Named* named) {
  for (auto& [n, saved] : pkg_->replExtended)
    if (n == named) return;
  pkg_->replExtended.push_back({named, named->methods});
}

void Checker::objDecl(Object* obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;  // not a package-level object of this package
  DeclInfo& d = it->second;
  if (curDecl_ && curDecl_ != obj && (obj->kind == ObjKind::Var || obj->kind == ObjKind::Func))
    decls_[curDecl_].deps.insert(obj);
  if (d.color == DeclInfo::Black) return;
  if (d.color == DeclInfo::Grey) {
    // A type may refer to itself through pointers, slices, etc.; its Named
    // already exists. Constants and variables may not.
    if (obj->kind == ObjKind::TypeName && obj->type) return;
    if (obj->kind == ObjKind::Func) return;
    if (!obj->type || obj->kind != ObjKind::Func) {
      error(obj->pos, fmt::format("initialization cycle or invalid recursive reference to {}", obj->name));
      obj->type = ctx_.basic(TypeKind::Invalid);
    }
    return;
  }
  d.color = DeclInfo::Grey;
  auto* savedFile = file_;
  auto* savedScope = scope_;
  auto* savedDecl = curDecl_;
  auto* savedFunc = func_;
  int savedIota = iota_;
  file_ = d.file;
  scope_ = fileScopes_[d.file];
  func_ = nullptr;
  curDecl_ = obj;
  switch (obj->kind) {
    case ObjKind::Const: constDecl(static_cast<Const*>(obj), d); break;
    case ObjKind::Var: varDecl(static_cast<Var*>(obj), d); break;
    case ObjKind::TypeName: typeDecl(static_cast<TypeName*>(obj), d); break;
    case ObjKind::Func: funcDecl(static_cast<Func*>(obj), d); break;
    default: break;
  }
  d.color = DeclInfo::Black;
  file_ = savedFile;
  scope_ = savedScope;
  curDecl_ = savedDecl;
  func_ = savedFunc;
  iota_ = savedIota;
}

void Checker::constDecl(Const* obj, DeclInfo& d) {
  ValueSpec* vs = d.vspec;
  ValueSpec* src = vs->implicitFrom ? vs->implicitFrom : vs;
  iota_ = vs->iota;
  obj->type = ctx_.basic(TypeKind::Invalid);
  Type* t = src->type ? typExpr(src->type) : nullptr;
  if (t && !underlying(t)->isBasic()) {
    error(src->type->pos, fmt::format("invalid constant type {}", typeStr(t)));
    return;
  }
  if (static_cast<size_t>(d.index) >= src->values.size()) {
    if (src->values.empty())
      error(vs->names[d.index]->pos, "missing init expr for const declaration");
    else if (!vs->implicitFrom)
      error(vs->names[d.index]->pos, "missing init expr for const declaration");
    else
      error(vs->names[d.index]->pos, "missing init expr for const declaration");
    return;
  }
  if (d.index == static_cast<int>(vs->names.size()) - 1 && src->values.size() > vs->names.size())
    error(src->values[vs->names.size()]->pos, "extra init expr");
  Expr* e = src->values[d.index];
  // An implicitly repeated expression is re-checked with this spec's iota;
  // annotations on the shared tree are overwritten, which is harmless since
  // lowering reads only the constant value of constant declarations.
  expr(e);
  if (e->mode == Mode::Invalid) return;
  if (e->mode != Mode::Constant) {
    error(e->pos, fmt::format("{} is not constant", operandString(e)));
    return;
  }
  if (t) {
    if (!assignment(e, t, "constant declaration")) return;
  }
  obj->type = e->type;
  obj->value = e->constant;
}

void Checker::varDecl(Var* obj, DeclInfo& d) {
  ValueSpec* vs = d.vspec;
  Type* t = vs->type ? typExpr(vs->type) : nullptr;
  if (vs->values.empty()) {
    obj->type = t ? t : ctx_.basic(TypeKind::Invalid);
    return;
  }
  // All names of a spec are declared together: check the whole spec when
  // the first of them is needed.
  std::vector<Var*> lhs;
  for (auto* id : vs->names) lhs.push_back(static_cast<Var*>(id->obj));
  for (auto* v : lhs) {
    v->type = t;
    if (v != obj) decls_[v].color = DeclInfo::Grey;
  }
  initVars(lhs, vs->values, vs->names[0]->pos, "variable declaration");
  for (auto* v : lhs) {
    if (!v->type) v->type = ctx_.basic(TypeKind::Invalid);
    if (v != obj) {
      decls_[v].color = DeclInfo::Black;
      decls_[v].deps = decls_[obj].deps;
    }
  }
}

void Checker::typeDecl(TypeName* obj, DeclInfo& d) {
  TypeSpec* ts = d.tspec;
  if (ts->alias) {
    obj->type = ctx_.basic(TypeKind::Invalid);
    obj->type = typExpr(ts->type);
    return;
  }
  auto* named = ctx_.make<Named>();
  named->obj = obj;
  obj->type = named;
  Type* u = typExpr(ts->type);
  named->underlying = underlying(u);
  if (!named->underlying) {
    error(ts->name->pos, fmt::format("invalid recursive type {}", obj->name));
    named->underlying = ctx_.basic(TypeKind::Invalid);
  }
}

void Checker::funcDecl(Func* obj, DeclInfo& d) {
  Scope* s = ctx_.make<Scope>();
  s->parent = fileScopes_[d.file];
  s->isFunc = true;
  obj->type = funcType(d.fdecl->sig, nullptr, s);
  // Bodies are checked after every package-level declaration, with the
  // function's scope rebuilt there.
  if (d.fdecl->body) bodies_.push_back({d.fdecl, d.file});
  d.fdecl->name->obj = obj;
}

void Checker::funcBody(FuncCtx& fc, Scope* scope, BlockStmt* body, Signature* sig) {
  // Parameters and results are declared in the function's outermost scope.
  auto* savedScope = scope_;
  auto savedLocals = std::move(locals_);
  locals_.clear();
  scope_ = scope;
  scope->isFunc = true;
  auto declareParam = [&](Var* v) {
    if (v->name.empty() || v->name == "_") return;
    if (scope->lookupLocal(v->name)) {
      error(v->pos, fmt::format("{} redeclared in this block", v->name));
      return;
    }
    scope->names[v->name] = v;
    varDepth_[v] = fc.depth;
  };
  if (sig->recv) declareParam(sig->recv);
  for (auto* v : sig->params) declareParam(v);
  for (auto* v : sig->results) {
    declareParam(v);
    if (!v->name.empty()) fc.hasNamedResults = true;
  }
  // Parameters of the declaration's FuncType carry the Var objects too.
  std::unordered_map<std::string, Label*> labelMap;
  auto* savedLabels = labels_;
  labels_ = &labelMap;
  labels(body);
  // The body's top-level declarations share the parameters' scope (Go
  // spec: "Each function has a function block containing all of its
  // parameters, results and body"): `m, err := f()` in a function with a
  // named result err assigns the result (stdlib fix: strings.Reader.WriteTo).
  BranchCtx bc;
  stmtList(body->list, bc);
  for (auto& [name, l] : labelMap)
    if (!l->used) error(l->pos, fmt::format("label {} defined and not used", name));
  gotoChecks(body);
  labels_ = savedLabels;
  if (!sig->results.empty() && !isTerminating(body, "")) error(body->rbrace, "missing return");
  for (auto* v : locals_)
    if (!v->used && v->name != "_" && !repl_)  // REPL: not an error at the prompt
      error(v->pos, fmt::format("declared and not used: {}", v->name));
  locals_ = std::move(savedLocals);
  scope_ = savedScope;
}

void Checker::checkUnusedImports() {
  for (auto* f : pkg_->files) {
    file_ = f;
    for (auto& [name, obj] : fileScopes_[f]->names) {
      auto* pn = dynamic_cast<PkgName*>(obj);
      if (!pn || pn->spec->used) continue;
      if (pn->spec->name)
        error(pn->spec->pos, fmt::format("\"{}\" imported as {} and not used", pn->spec->path, name));
      else
        error(pn->spec->pos, fmt::format("\"{}\" imported and not used", pn->spec->path));
    }
  }
}

// The spec's rule: repeatedly initialise the earliest variable in
// declaration order that has no dependency on an uninitialised variable,
// dependencies being transitive through the functions it refers to.
void Checker::computeInitOrder() {
  std::vector<Var*> vars;
  for (auto* o : objList_)
    if (o->kind == ObjKind::Var) vars.push_back(static_cast<Var*>(o));
  // Transitive variable dependencies.
  std::unordered_map<Object*, std::set<Var*>> varDeps;
  for (auto* v : vars) {
    std::set<Var*>& out = varDeps[v];
    std::vector<Object*> stack(decls_[v].deps.begin(), decls_[v].deps.end());
    std::set<Object*> seen;
    while (!stack.empty()) {
      Object* o = stack.back();
      stack.pop_back();
      if (!seen.insert(o).second) continue;
      if (o->kind == ObjKind::Var) {
        out.insert(static_cast<Var*>(o));
        continue;
      }
      auto it = decls_.find(o);
      if (it != decls_.end()) stack.insert(stack.end(), it->second.deps.begin(), it->second.deps.end());
    }
  }
  std::set<Var*> done;
  std::set<ValueSpec*> emitted;
  size_t remaining = vars.size();
  while (remaining > 0) {
    bool progress = false;
    for (auto* v : vars) {
      if (done.count(v)) continue;
      bool ready = true;
      for (auto* dep : varDeps[v])
        if (dep != v && !done.count(dep)) {
          ValueSpec* vs = decls_[v].vspec;
          // Variables of the same multi-value spec initialise together.
          bool sameSpec = decls_[dep].vspec == vs && vs->values.size() == 1 && vs->names.size() > 1;
          if (!sameSpec) ready = false;
        }
      if (!ready) continue;
      DeclInfo& d = decls_[v];
      ValueSpec* vs = d.vspec;
      if (vs->values.empty()) {
        // Recorded with no rhs (Package::VarInit: zero value), so that the
        // lowering defines the global even when its own package never uses
        // it (stdlib fix: internal/bytealg.MaxLen is only read by strings).
        pkg_->initOrder.push_back({{v}, nullptr});
        done.insert(v);
        remaining--;
        progress = true;
        break;
      }
      if (vs->values.size() == 1 && vs->names.size() > 1) {
        std::vector<Var*> lhs;
        for (auto* id : vs->names) {
          auto* w = static_cast<Var*>(id->obj);
          lhs.push_back(w);
          if (done.insert(w).second) remaining--;
        }
        pkg_->initOrder.push_back({lhs, vs->values[0]});
      } else {
        if (static_cast<size_t>(d.index) < vs->values.size())
          pkg_->initOrder.push_back({{v}, vs->values[d.index]});
        done.insert(v);
        remaining--;
      }
      progress = true;
      break;
    }
    if (!progress) {
      for (auto* v : vars)
        if (!done.count(v)) {
          file_ = decls_[v].file;
          error(v->pos, fmt::format("initialization cycle: {} refers to itself", v->name));
          break;
        }
      break;
    }
  }
}

}  // namespace gorun::frontend

namespace gorun::frontend {

// A goto may not jump forward over a variable declaration of the block that
// holds its label, nor into a block (the spec's two goto rules; the second
// is reported by the label lookup failing for labels of inner blocks).
void Checker::gotoChecks(BlockStmt* body) {
  std::function<void(Stmt*, std::vector<BranchStmt*>&)> gotos = [&](Stmt* s, std::vector<BranchStmt*>& out) {
    if (!s) return;
    if (auto* b = dyn_cast<BranchStmt>(s)) {
      if (b->tok == Tok::Goto && b->label) out.push_back(b);
    } else if (auto* l = dyn_cast<LabeledStmt>(s)) {
      gotos(l->stmt, out);
    } else if (auto* bl = dyn_cast<BlockStmt>(s)) {
      for (auto* x : bl->list) gotos(x, out);
    } else if (auto* i = dyn_cast<IfStmt>(s)) {
      gotos(i->then, out), gotos(i->els, out);
    } else if (auto* f = dyn_cast<ForStmt>(s)) {
      gotos(f->body, out);
    } else if (auto* r = dyn_cast<RangeStmt>(s)) {
      gotos(r->body, out);
    } else if (auto* sw = dyn_cast<SwitchStmt>(s)) {
      gotos(sw->body, out);
    } else if (auto* ts = dyn_cast<TypeSwitchStmt>(s)) {
      gotos(ts->body, out);
    } else if (auto* se = dyn_cast<SelectStmt>(s)) {
      gotos(se->body, out);
    } else if (auto* cc = dyn_cast<CaseClause>(s)) {
      for (auto* x : cc->body) gotos(x, out);
    } else if (auto* cm = dyn_cast<CommClause>(s)) {
      for (auto* x : cm->body) gotos(x, out);
    }
  };
  auto isVarDecl = [](Stmt* s) -> Pos {
    if (auto* d = dyn_cast<DeclStmt>(s); d && d->decl->tok == Tok::Var) return s->pos;
    if (auto* a = dyn_cast<AssignStmt>(s); a && a->tok == Tok::Define) return s->pos;
    return Pos{};
  };
  std::function<void(const std::vector<Stmt*>&)> block = [&](const std::vector<Stmt*>& list) {
    for (size_t i = 0; i < list.size(); i++) {
      std::vector<BranchStmt*> gs;
      gotos(list[i], gs);
      for (auto* g : gs)
        for (size_t j = i + 1; j < list.size(); j++) {
          auto* l = dyn_cast<LabeledStmt>(list[j]);
          if (!l || l->label->name != g->label->name) continue;
          for (size_t k = i + 1; k < j; k++)
            if (Pos p = isVarDecl(list[k]); p.valid()) {
              error(g->pos, fmt::format("goto {} jumps over variable declaration at line {}", g->label->name, p.line));
              break;
            }
        }
    }
    for (auto* s : list) {
      std::vector<Stmt*> kids;
      if (auto* bl = dyn_cast<BlockStmt>(s)) block(bl->list);
      else if (auto* l = dyn_cast<LabeledStmt>(s); l && isa<BlockStmt>(l->stmt)) block(cast<BlockStmt>(l->stmt)->list);
    }
  };
  block(body->list);
}

}  // namespace gorun::frontend

namespace gorun::frontend {

// A type may not contain itself by value (through struct fields and array
// elements): it would have no finite size. Reports the cycle at its first
// type, as gc does, and makes the types of the cycle invalid so that nothing
// later (sizes, lowering) recurses through it.
void Checker::validType(Named* start) {
  std::vector<Named*> path;
  std::function<bool(Type*)> visit = [&](Type* t) -> bool {
    if (auto* n = dynamic_cast<Named*>(t)) {
      if (n == start && !path.empty()) return true;
      if (std::find(path.begin(), path.end(), n) != path.end()) return false;  // another cycle: its own report
      path.push_back(n);
      if (visit(n->underlying)) return true;
      path.pop_back();
      return false;
    }
    if (auto* a = dynamic_cast<Array*>(t)) return visit(a->elem);
    if (auto* st = dynamic_cast<Struct*>(t)) {
      for (auto* f : st->fields)
        if (visit(f->type)) return true;
    }
    return false;
  };
  if (!start->underlying || !visit(start)) return;
  std::string msg = fmt::format("invalid recursive type {}", start->obj->name);
  for (size_t i = 0; i < path.size(); i++) {
    Named* from = path[i];
    Named* to = i + 1 < path.size() ? path[i + 1] : start;
    msg += fmt::format("\n\t{}:{}:{}: {} refers to {}", file_ ? file_->filename : "", from->obj->pos.line,
                       from->obj->pos.col, from->obj->name, to->obj->name);
  }
  error(start->obj->pos, msg);
  for (auto* n : path) n->underlying = ctx_.basic(TypeKind::Invalid);
}

}  // namespace gorun::frontend
