#include "frontend/repl.h"

#include "frontend/checker.h"
#include "frontend/parser.h"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <set>

namespace gorun::frontend {

namespace fs = std::filesystem;

namespace {

enum Form { Decls, Stmts, ExprForm };

// The name under which every input imports internal/repl.
constexpr const char* kPrintPkg = "__gorun_repl";

// A token of the input as far as the REPL needs one: identifiers (and
// keywords), and every other significant character. Comments and literals
// are skipped.
struct LexTok {
  std::string text;
  bool ident = false;
};

std::vector<LexTok> lexInput(const std::string& s) {
  std::vector<LexTok> out;
  size_t i = 0, n = s.size();
  while (i < n) {
    char c = s[i];
    if (c == '/' && i + 1 < n && s[i + 1] == '/') {
      while (i < n && s[i] != '\n') i++;
    } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
      size_t e = s.find("*/", i + 2);
      i = e == std::string::npos ? n : e + 2;
    } else if (c == '"' || c == '\'') {
      for (i++; i < n && s[i] != c && s[i] != '\n'; i++)
        if (s[i] == '\\') i++;
      i++;
      out.push_back({"lit"});
    } else if (c == '`') {
      size_t e = s.find('`', i + 1);
      i = e == std::string::npos ? n : e + 1;
      out.push_back({"lit"});
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80)) {
      size_t b = i;
      while (i < n && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || (s[i] & 0x80))) i++;
      out.push_back({s.substr(b, i - b), true});
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      while (i < n && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '.' || s[i] == '_')) i++;
      out.push_back({"lit"});
    } else {
      if (!std::isspace(static_cast<unsigned char>(c))) out.push_back({std::string(1, c)});
      i++;
    }
  }
  return out;
}

const std::set<std::string>& keywords() {
  static const std::set<std::string> k = {
      "break",  "case",   "chan",   "const",     "continue", "default", "defer",
      "else",   "fallthrough", "for", "func",    "go",       "goto",    "if",
      "import", "interface", "map", "package",   "range",    "return",  "select",
      "struct", "switch", "type",   "var"};
  return k;
}

Form formOf(const std::vector<LexTok>& toks) {
  if (toks.empty()) return Stmts;
  const std::string& t = toks[0].text;
  if (t == "import" || t == "type" || t == "var" || t == "const") return Decls;
  // `func f()` or `func (r T) M()` declares; `func() {...}()` is an expression.
  if (t == "func" && toks.size() > 1 && (toks[1].ident || (toks[1].text == "(" && toks.size() > 2 && toks[2].ident && toks[2].text != "func")))
    return Decls;
  return ExprForm;
}

std::string quote(const std::string& s) { return "\"" + s + "\""; }

// The type of the expression an Expr-form input prints (a Tuple for a call
// with several results).
Type* valueType(Package* pkg) {
  for (auto* d : pkg->files[0]->decls) {
    auto* fd = dyn_cast<FuncDecl>(d);
    if (!fd || !fd->body || fd->body->list.empty()) continue;
    auto* es = dyn_cast<ExprStmt>(fd->body->list[0]);
    auto* call = es ? dyn_cast<CallExpr>(es->x) : nullptr;
    if (call && !call->args.empty()) return call->args[0]->type;
  }
  return nullptr;
}

}  // namespace

ReplFrontend::ReplFrontend(std::string stdlibDir) : stdlibDir_(std::move(stdlibDir)) {
  reset();
  // Package names of the standard library, for imports on first use.
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(stdlibDir_, ec); it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (ec) break;
    if (!it->is_directory()) continue;
    std::string rel = fs::relative(it->path(), stdlibDir_).string();
    if (rel.find("internal") != std::string::npos) continue;
    bool hasGo = false;
    for (auto& f : fs::directory_iterator(it->path(), ec))
      if (f.path().extension() == ".go") hasGo = true;
    if (!hasGo) continue;
    std::string name = it->path().filename().string();
    if (!stdNames_.count(name) || rel.size() < stdNames_[name].size()) stdNames_[name] = rel;
  }
}

void ReplFrontend::reset() {
  scope_ = prog_.types.make<Scope>();
  scope_->parent = prog_.types.universe();
  imports_.clear();
}

Package* ReplFrontend::importPackage(const std::string& path) {
  return loadStdPackage(prog_, path, stdlibDir_);
}

std::vector<Package*> ReplFrontend::pendingPackages(Package* pkg) const {
  std::set<Package*> need;
  std::vector<Package*> work(pkg->imports.begin(), pkg->imports.end());
  while (!work.empty()) {
    Package* p = work.back();
    work.pop_back();
    if (compiled_.count(p) || !need.insert(p).second) continue;
    work.insert(work.end(), p->imports.begin(), p->imports.end());
  }
  std::vector<Package*> out;  // prog_.packages is in dependency order
  for (auto* p : prog_.packages)
    if (need.count(p)) out.push_back(p);
  return out;
}

// Standard packages the input uses by name (`strings.` where nothing in
// scope is called strings) and that no earlier input imported.
std::vector<std::pair<std::string, std::string>> ReplFrontend::autoImports(const std::string& src) const {
  std::vector<std::pair<std::string, std::string>> out;
  auto toks = lexInput(src);
  for (size_t i = 0; i + 1 < toks.size(); i++) {
    if (!toks[i].ident || toks[i + 1].text != ".") continue;
    if (i > 0 && toks[i - 1].text == ".") continue;  // x.fmt.y
    const std::string& name = toks[i].text;
    auto it = stdNames_.find(name);
    if (it == stdNames_.end() || scope_->lookup(name)) continue;
    bool have = false;
    for (auto& [n, p] : imports_) have |= n == name;
    for (auto& [n, p] : out) have |= n == name;
    if (!have) out.push_back({name, it->second});
  }
  return out;
}

ReplInput ReplFrontend::check(const std::string& src, const std::string& filename) {
  ++inputs_;
  Source source{inputs_, filename.empty() ? fmt::format("<input {}>", inputs_) : filename};
  auto toks = lexInput(src);
  Form form = formOf(toks);
  auto imports = autoImports(src);
  if (form == ExprForm) {
    ReplInput in = checkAs(src, source, ExprForm, imports);
    // A call whose results are (int, error), fmt.Println's, is run for its
    // effect: printing "3 // int" after every Println would be noise.
    Type* t = in.pkg ? valueType(in.pkg) : nullptr;
    auto* tup = t && t->kind == TypeKind::Tuple ? static_cast<Tuple*>(t) : nullptr;
    bool writes = tup && tup->vars.size() == 2 && tup->vars[0]->type->kind == TypeKind::Int &&
                  tup->vars[1]->type == prog_.types.errorType();
    if (in.pkg && !writes) return in;
    discard(in);
    form = Stmts;
  }
  return checkAs(src, source, form, imports);
}

ReplInput ReplFrontend::checkAs(const std::string& src, const Source& source, int form,
                                const std::vector<std::pair<std::string, std::string>>& newImports) {
  ReplInput in;
  in.imports = newImports;
  // Line 1: the package clause, the imports, and the wrapper's opening.
  std::string text = "package main;";
  std::vector<std::pair<std::string, std::string>> all;
  for (auto& imp : imports_)
    if (!scope_->lookup(imp.first)) all.push_back(imp);  // a later definition hides it
  for (auto& imp : newImports) all.push_back(imp);
  if (form == ExprForm) all.push_back({kPrintPkg, "internal/repl"});
  if (!all.empty()) {
    text += " import (";
    for (auto& [name, path] : all) text += name + " " + quote(path) + "; ";
    text += ");";
  }
  if (form == Stmts) text += " func init() {";
  if (form == ExprForm) text += std::string(" func init() { ") + kPrintPkg + ".Print(";
  text += "\n" + src;
  if (form == Stmts) text += "\n}\n";
  if (form == ExprForm) text += ",\n) }\n";

  const std::string& filename = source.filename;
  Diagnostics diags;
  File* file = parseFile(prog_.ast, filename, text, diags);
  file->headerLines = 1;
  auto report = [&] {
    for (auto& d : diags.render()) {
      // Positions in the file are one line down from the input's: "<input
      // N>:L:C: msg" -> "L-1:C: msg" (a loaded file keeps its name), and
      // so for positions inside the message ("other declaration at").
      std::string s;
      size_t from = 0;
      for (size_t at; (at = d.find(filename + ":", from)) != std::string::npos;) {
        size_t lineAt = at + filename.size() + 1;
        size_t end = lineAt;
        while (end < d.size() && std::isdigit(static_cast<unsigned char>(d[end]))) end++;
        s += d.substr(from, at - from);
        from = end;
        if (end == lineAt) {  // the name, not a position
          s += filename + ":";
          continue;
        }
        if (at != 0 || filename[0] != '<') s += filename + ":";
        s += std::to_string(std::max(1, std::atoi(d.substr(lineAt, end - lineAt).c_str()) - 1));
      }
      s += d.substr(from);
      in.errors.push_back(s);
    }
  };
  if (!diags.empty()) {
    report();
    return in;
  }
  ReplOptions opts;
  opts.parent = scope_;
  opts.linkPrefix = fmt::format("main\xC2\xB7{}", source.number);
  if (form != Decls)
    for (auto* d : file->decls)
      if (auto* fd = dyn_cast<FuncDecl>(d); fd && fd->name && fd->name->name == "init") opts.body = fd;
  Importer importer = [this](const std::string& p) { return importPackage(p); };
  size_t stdDiags = prog_.diags.count();
  Package* pkg = checkReplInput(prog_.types, {file}, importer, diags, opts);
  for (size_t i = stdDiags; i < prog_.diags.list().size(); i++) {
    const auto& d = prog_.diags.list()[i];
    diags.error(d.file, d.pos, d.msg);
  }
  if (!diags.empty()) {
    in.pkg = pkg;
    discard(in);
    in.pkg = nullptr;
    report();
    return in;
  }
  if (form == Decls)
    for (auto* imp : file->imports)
      in.imports.push_back({imp->name ? imp->name->name : imp->path.substr(imp->path.rfind('/') + 1), imp->path});
  in.pkg = pkg;
  in.printsValue = form == ExprForm;
  if (!pkg->replExtended.empty()) pkg->replMethodSetsChanged = methodSetsChanged(pkg);
  return in;
}

// The types whose method sets change when `pkg` adds methods to types of
// earlier inputs: those types, and the committed named types that embed
// one of them (directly or through other embedded fields), whose promoted
// methods change with them. Types local to functions are not followed.
std::vector<Named*> ReplFrontend::methodSetsChanged(Package* pkg) const {
  std::vector<Named*> changed;
  for (auto& [named, saved] : pkg->replExtended) changed.push_back(named);
  auto embedsChanged = [&](Named* n) {
    auto* st = dynamic_cast<Struct*>(n->underlying);
    if (!st) return false;
    for (auto* f : st->fields) {
      Type* t = f->type;
      if (t->kind == TypeKind::Pointer) t = static_cast<Pointer*>(t)->elem;
      if (f->embedded && std::find(changed.begin(), changed.end(), t) != changed.end()) return true;
    }
    return false;
  };
  for (bool grew = true; grew;) {
    grew = false;
    for (auto& [name, obj] : scope_->names) {
      auto* n = obj->kind == ObjKind::TypeName ? dynamic_cast<Named*>(obj->type) : nullptr;
      if (!n || std::find(changed.begin(), changed.end(), n) != changed.end()) continue;
      if (!embedsChanged(n)) continue;
      changed.push_back(n);
      grew = true;
    }
  }
  return changed;
}

void ReplFrontend::discard(const ReplInput& in) {
  if (!in.pkg) return;
  for (auto& [named, saved] : in.pkg->replExtended) named->methods = saved;
  in.pkg->replExtended.clear();
}

void ReplFrontend::commit(const ReplInput& in) {
  if (!in.pkg) return;
  for (auto& [name, obj] : in.pkg->scope->names) scope_->names[name] = obj;
  for (auto& imp : in.imports) {
    auto it = std::find_if(imports_.begin(), imports_.end(), [&](auto& p) { return p.first == imp.first; });
    if (it != imports_.end()) *it = imp;
    else imports_.push_back(imp);
    // An import hides an earlier definition of its name.
    scope_->names.erase(imp.first);
  }
}

std::string ReplFrontend::typeOf(const std::string& expr, std::vector<std::string>* errors) {
  // Never compiled: its number and link prefix are the next input's too.
  Source next{inputs_ + 1, fmt::format("<input {}>", inputs_ + 1)};
  ReplInput in = checkAs(expr, next, ExprForm, autoImports(expr));
  if (!in.pkg) {
    *errors = in.errors;
    return "";
  }
  discard(in);
  Type* t = valueType(in.pkg);
  return t ? typeString(t, "main") : "";
}

std::vector<std::string> ReplFrontend::decls() const {
  std::vector<std::string> out;
  for (auto& [name, obj] : scope_->names) {
    std::string kind;
    switch (obj->kind) {
      case ObjKind::Var: kind = "var"; break;
      case ObjKind::Const: kind = "const"; break;
      case ObjKind::TypeName: kind = "type"; break;
      case ObjKind::Func: kind = "func"; break;
      default: continue;
    }
    Type* t = obj->type;
    if (obj->kind == ObjKind::TypeName && t && t->kind == TypeKind::Named)
      t = static_cast<Named*>(t)->underlying;
    std::string ts = t ? typeString(t, "main") : "?";
    if (obj->kind == ObjKind::Func && ts.rfind("func", 0) == 0) out.push_back("func " + name + ts.substr(4));
    else out.push_back(fmt::format("{} {} {}", kind, name, ts));
    // A type's methods follow it, by name: "func (*T) Inc()".
    auto* named = obj->kind == ObjKind::TypeName ? dynamic_cast<Named*>(obj->type) : nullptr;
    if (!named || named->obj != obj) continue;  // an alias lists none
    std::vector<std::string> methods;
    for (Func* m : named->methods) {
      std::string sig = m->type ? typeString(m->type, "main") : "func()";
      methods.push_back(
          fmt::format("func ({}{}) {}{}", m->hasPtrRecv() ? "*" : "", name, m->name, sig.substr(4)));
    }
    std::sort(methods.begin(), methods.end(), [](const std::string& a, const std::string& b) {
      return a.substr(a.find(") ")) < b.substr(b.find(") "));
    });
    out.insert(out.end(), methods.begin(), methods.end());
  }
  for (auto& [name, path] : imports_) {
    if (scope_->lookup(name)) continue;
    std::string last = path.substr(path.rfind('/') + 1);
    out.push_back(name == last ? fmt::format("import \"{}\"", path) : fmt::format("import {} \"{}\"", name, path));
  }
  return out;
}

std::vector<std::string> ReplFrontend::names() const {
  std::set<std::string> out;
  for (Scope* s = scope_; s; s = s->parent)
    for (auto& [name, obj] : s->names) out.insert(name);
  for (auto& [name, path] : imports_) out.insert(name);
  for (auto& [name, path] : stdNames_) out.insert(name);
  for (auto& k : keywords()) out.insert(k);
  return {out.begin(), out.end()};
}

std::vector<std::string> ReplFrontend::packageMembers(const std::string& name) {
  std::string path;
  for (auto& [n, p] : imports_)
    if (n == name) path = p;
  if (path.empty()) {
    if (scope_->lookup(name)) return {};
    auto it = stdNames_.find(name);
    if (it == stdNames_.end()) return {};
    path = it->second;
  }
  Package* pkg = importPackage(path);
  std::vector<std::string> out;
  if (!pkg) return out;
  for (auto& [n, obj] : pkg->scope->names)
    if (obj->exported()) out.push_back(n);
  return out;
}

}  // namespace gorun::frontend
