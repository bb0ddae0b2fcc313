// Diagnostics helpers: expressions and operands spelled as types2 spells
// them in gc's messages ("x (variable of type int)").
#include "frontend/check.h"

#include <fmt/format.h>

namespace gorun::frontend {

void Checker::error(Pos pos, std::string msg) {
  diags_.error(file_ ? file_->filename : pkg_->path, pos, std::move(msg));
}

static std::string fieldListString(Checker& c, FieldList* fl) {
  std::string out;
  if (!fl) return out;
  for (size_t i = 0; i < fl->list.size(); i++) {
    if (i) out += ", ";
    auto* f = fl->list[i];
    for (size_t k = 0; k < f->names.size(); k++) out += (k ? ", " : "") + f->names[k]->name;
    if (!f->names.empty()) out += " ";
    out += c.exprString(f->type);
  }
  return out;
}

std::string Checker::exprString(Expr* e) {
  if (!e) return "";
  switch (e->kind) {
    case NodeKind::Ident: return cast<Ident>(e)->name;
    case NodeKind::BasicLit: return cast<BasicLit>(e)->raw;
    case NodeKind::CompositeLit: {
      auto* c = cast<CompositeLit>(e);
      return (c->typeExpr ? exprString(c->typeExpr) : "") + (c->elts.empty() ? "{}" : "{…}");
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = cast<KeyValueExpr>(e);
      return exprString(kv->key) + ": " + exprString(kv->value);
    }
    case NodeKind::FuncLit: return "func(" + fieldListString(*this, cast<FuncLit>(e)->sig->params) + ") {…}";
    case NodeKind::ParenExpr: return "(" + exprString(cast<ParenExpr>(e)->x) + ")";
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(e);
      return exprString(s->x) + "." + s->sel->name;
    }
    case NodeKind::IndexExpr: {
      auto* s = cast<IndexExpr>(e);
      return exprString(s->x) + "[" + exprString(s->index) + "]";
    }
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(e);
      std::string out = exprString(s->x) + "[" + exprString(s->lo) + ":" + exprString(s->hi);
      if (s->slice3) out += ":" + exprString(s->max);
      return out + "]";
    }
    case NodeKind::TypeAssertExpr: {
      auto* s = cast<TypeAssertExpr>(e);
      return exprString(s->x) + ".(" + (s->typeExpr ? exprString(s->typeExpr) : "type") + ")";
    }
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(e);
      std::string out = exprString(c->fun) + "(";
      for (size_t i = 0; i < c->args.size(); i++) out += (i ? ", " : "") + exprString(c->args[i]);
      return out + (c->hasEllipsis ? "...)" : ")");
    }
    case NodeKind::StarExpr: return "*" + exprString(cast<StarExpr>(e)->x);
    case NodeKind::UnaryExpr: {
      auto* u = cast<UnaryExpr>(e);
      return std::string(tokString(u->op)) + exprString(u->x);
    }
    case NodeKind::BinaryExpr: {
      auto* b = cast<BinaryExpr>(e);
      return exprString(b->x) + " " + std::string(tokString(b->op)) + " " + exprString(b->y);
    }
    case NodeKind::Ellipsis: return "..." + exprString(cast<Ellipsis>(e)->elt);
    case NodeKind::ArrayType: {
      auto* a = cast<ArrayType>(e);
      return "[" + exprString(a->len) + "]" + exprString(a->elem);
    }
    case NodeKind::StructType: return "struct{" + fieldListString(*this, cast<StructType>(e)->fields) + "}";
    case NodeKind::FuncType: {
      auto* f = cast<FuncType>(e);
      std::string out = "func(" + fieldListString(*this, f->params) + ")";
      if (f->results && !f->results->list.empty()) {
        bool paren = f->results->list.size() > 1 || !f->results->list[0]->names.empty();
        out += paren ? " (" + fieldListString(*this, f->results) + ")" : " " + fieldListString(*this, f->results);
      }
      return out;
    }
    case NodeKind::InterfaceType: return "interface{…}";
    case NodeKind::MapType: {
      auto* m = cast<MapType>(e);
      return "map[" + exprString(m->key) + "]" + exprString(m->value);
    }
    case NodeKind::ChanType: {
      auto* c = cast<ChanType>(e);
      const char* p = c->dir == ChanDir::Send ? "chan<- " : c->dir == ChanDir::Recv ? "<-chan " : "chan ";
      return p + exprString(c->value);
    }
    default: return "?";
  }
}

std::string Checker::operandString(Expr* e) {
  std::string s = exprString(e);
  Type* t = e->type;
  switch (e->mode) {
    case Mode::Invalid: return s + " (invalid operand)";
    case Mode::NoValue: return s + " (no value)";
    case Mode::Builtin: return s + " (built-in)";
    case Mode::TypeExpr: return s + " (type)";
    case Mode::Constant: {
      std::string v = e->constant ? e->constant->str() : "";
      if (t && t->kind == TypeKind::UntypedNil) return "nil";
      if (isUntyped(t)) {
        std::string k = typeStr(t) + " constant";
        return v == s ? s + " (" + k + ")" : s + " (" + k + " " + v + ")";
      }
      return v == s ? s + " (constant of type " + typeStr(t) + ")"
                    : s + " (constant " + v + " of type " + typeStr(t) + ")";
    }
    case Mode::Variable:
    case Mode::MapIndex:
      return s + " (variable of type " + typeStr(t) + ")";
    default:
      if (t && t->kind == TypeKind::UntypedNil) return "nil";
      if (t && isUntyped(t)) return s + " (" + typeStr(t) + " value)";
      return s + " (value of type " + typeStr(t) + ")";
  }
}

}  // namespace gorun::frontend
