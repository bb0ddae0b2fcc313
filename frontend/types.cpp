#include "frontend/types.h"

#include "frontend/constant.h"

#include <fmt/format.h>

namespace gorun::frontend {

bool Func::hasPtrRecv() const {
  auto* sig = static_cast<Signature*>(type);
  return sig && sig->recv && sig->recv->type->kind == TypeKind::Pointer;
}

TypeContext::TypeContext() {
  static const char* names[] = {
      "invalid type", "bool",       "int",           "int8",          "int16",
      "int32",        "int64",      "uint",          "uint8",         "uint16",
      "uint32",       "uint64",     "uintptr",       "float32",       "float64",
      "complex64",    "complex128", "string",        "unsafe.Pointer", "untyped bool",
      "untyped int",  "untyped rune", "untyped float", "untyped complex", "untyped string",
      "untyped nil"};
  for (int k = 0; k <= static_cast<int>(TypeKind::UntypedNil); k++)
    basics_[k] = make<Basic>(static_cast<TypeKind>(k), names[k]);
  byte_ = make<Basic>(TypeKind::Uint8, "byte");
  rune_ = make<Basic>(TypeKind::Int32, "rune");

  universe_ = make<Scope>();
  auto declare = [&](Object* o) { universe_->names[o->name] = o; };
  auto typeName = [&](const std::string& n, Type* t) {
    auto* tn = make<TypeName>(n, Pos{});
    tn->type = t;
    declare(tn);
    return tn;
  };
  for (int k = 1; k <= static_cast<int>(TypeKind::String); k++)
    typeName(names[k], basics_[k]);
  typeName("byte", byte_);
  typeName("rune", rune_);

  any_ = make<Interface>();
  typeName("any", any_)->isAlias = true;

  // type error interface { Error() string }
  auto* errIface = make<Interface>();
  auto* errorName = typeName("error", nullptr);
  auto* errNamed = make<Named>();
  errNamed->obj = errorName;
  errNamed->underlying = errIface;
  errorName->type = errNamed;
  auto* m = make<Func>("Error", Pos{});
  auto* sig = make<Signature>();
  auto* res = make<Var>("", Pos{});
  res->type = basics_[static_cast<int>(TypeKind::String)];
  res->isParam = true;
  sig->results.push_back(res);
  m->type = sig;
  m->fullName = "error.Error";
  errIface->methods.push_back(m);
  errIface->allMethods.push_back(m);
  error_ = errNamed;

  auto constant = [&](const std::string& n, Type* t, Constant v) {
    auto* c = make<Const>(n, Pos{});
    c->type = t;
    c->value = std::make_shared<Constant>(std::move(v));
    declare(c);
  };
  constant("true", basic(TypeKind::UntypedBool), Constant::makeBool(true));
  constant("false", basic(TypeKind::UntypedBool), Constant::makeBool(false));
  constant("iota", basic(TypeKind::UntypedInt), Constant::makeInt(0));

  auto* nil = make<Object>(ObjKind::Nil, "nil", Pos{});
  nil->type = basic(TypeKind::UntypedNil);
  declare(nil);

  static const std::pair<const char*, BuiltinId> builtins[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},         {"clear", BuiltinId::Clear},
      {"close", BuiltinId::Close},   {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
      {"delete", BuiltinId::Delete}, {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
      {"make", BuiltinId::Make},     {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
      {"new", BuiltinId::New},       {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},     {"recover", BuiltinId::Recover},
  };
  for (auto& [n, id] : builtins) declare(make<BuiltinObj>(n, id));
}

Pointer* TypeContext::pointer(Type* elem) {
  auto& p = pointers_[elem];
  if (!p) p = make<Pointer>(elem);
  return p;
}

Slice* TypeContext::slice(Type* elem) {
  auto& s = slices_[elem];
  if (!s) s = make<Slice>(elem);
  return s;
}

Array* TypeContext::array(Type* elem, int64_t len) {
  auto& a = arrays_[{elem, len}];
  if (!a) a = make<Array>(len, elem);
  return a;
}

Map* TypeContext::map(Type* key, Type* elem) {
  auto& m = maps_[{key, elem}];
  if (!m) m = make<Map>(key, elem);
  return m;
}

Chan* TypeContext::chan(ChanDir dir, Type* elem) {
  auto& c = chans_[{elem, static_cast<int>(dir)}];
  if (!c) c = make<Chan>(dir, elem);
  return c;
}

Type* underlying(Type* t) {
  if (t && t->kind == TypeKind::Named) return static_cast<Named*>(t)->underlying;
  return t;
}

static bool identicalVars(const std::vector<Var*>& a, const std::vector<Var*>& b, bool ignoreTags) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if (!identical(a[i]->type, b[i]->type, ignoreTags)) return false;
  return true;
}

bool identical(Type* a, Type* b, bool ignoreTags) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Array: {
      auto *x = static_cast<Array*>(a), *y = static_cast<Array*>(b);
      return x->len == y->len && identical(x->elem, y->elem, ignoreTags);
    }
    case TypeKind::Slice:
      return identical(static_cast<Slice*>(a)->elem, static_cast<Slice*>(b)->elem, ignoreTags);
    case TypeKind::Pointer:
      return identical(static_cast<Pointer*>(a)->elem, static_cast<Pointer*>(b)->elem, ignoreTags);
    case TypeKind::Map: {
      auto *x = static_cast<Map*>(a), *y = static_cast<Map*>(b);
      return identical(x->key, y->key) && identical(x->elem, y->elem, ignoreTags);
    }
    case TypeKind::Chan: {
      auto *x = static_cast<Chan*>(a), *y = static_cast<Chan*>(b);
      return x->dir == y->dir && identical(x->elem, y->elem, ignoreTags);
    }
    case TypeKind::Struct: {
      auto *x = static_cast<Struct*>(a), *y = static_cast<Struct*>(b);
      if (x->fields.size() != y->fields.size()) return false;
      for (size_t i = 0; i < x->fields.size(); i++) {
        auto *f = x->fields[i], *g = y->fields[i];
        if (f->name != g->name || f->embedded != g->embedded || !identical(f->type, g->type, ignoreTags) ||
            (!ignoreTags && x->tags[i] != y->tags[i]))
          return false;
        if (!f->exported() && !samePackage(f->pkg, g->pkg)) return false;
      }
      return true;
    }
    case TypeKind::Tuple:
      return identicalVars(static_cast<Tuple*>(a)->vars, static_cast<Tuple*>(b)->vars, ignoreTags);
    case TypeKind::Signature: {
      auto *x = static_cast<Signature*>(a), *y = static_cast<Signature*>(b);
      return x->variadic == y->variadic && identicalVars(x->params, y->params, ignoreTags) &&
             identicalVars(x->results, y->results, ignoreTags);
    }
    case TypeKind::Interface: {
      auto *x = static_cast<Interface*>(a), *y = static_cast<Interface*>(b);
      if (x->allMethods.size() != y->allMethods.size()) return false;
      for (size_t i = 0; i < x->allMethods.size(); i++) {
        auto *f = x->allMethods[i], *g = y->allMethods[i];
        if (f->name != g->name || !identical(f->type, g->type)) return false;
      }
      return true;
    }
    case TypeKind::Uint8:
    case TypeKind::Int32:
      // byte and rune are aliases: TypeContext makes separate Basic objects
      // for them (to print their names), but they are identical to uint8
      // and int32 (stdlib fix, e.g. unicode/utf8 compares byte with uint8).
      return true;
    default:
      return false;  // other basic kinds are unique; named types are unique
  }
}

static TypeKind ukind(Type* t) {
  t = underlying(t);
  return t ? t->kind : TypeKind::Invalid;
}

bool isInteger(Type* t) {
  auto k = ukind(t);
  return (k >= TypeKind::Int && k <= TypeKind::Uintptr) || k == TypeKind::UntypedInt ||
         k == TypeKind::UntypedRune;
}
bool isUnsigned(Type* t) {
  auto k = ukind(t);
  return k >= TypeKind::Uint && k <= TypeKind::Uintptr;
}
bool isFloat(Type* t) {
  auto k = ukind(t);
  return k == TypeKind::Float32 || k == TypeKind::Float64 || k == TypeKind::UntypedFloat;
}
bool isComplex(Type* t) {
  auto k = ukind(t);
  return k == TypeKind::Complex64 || k == TypeKind::Complex128 || k == TypeKind::UntypedComplex;
}
bool isNumeric(Type* t) { return isInteger(t) || isFloat(t) || isComplex(t); }
bool isString(Type* t) {
  auto k = ukind(t);
  return k == TypeKind::String || k == TypeKind::UntypedString;
}
bool isBoolean(Type* t) {
  auto k = ukind(t);
  return k == TypeKind::Bool || k == TypeKind::UntypedBool;
}
bool isUntyped(Type* t) {
  return t && t->kind >= TypeKind::UntypedBool && t->kind <= TypeKind::UntypedNil;
}
bool isInterface(Type* t) { return ukind(t) == TypeKind::Interface; }

bool comparable(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Signature:
      return false;
    case TypeKind::Array:
      return comparable(static_cast<Array*>(u)->elem);
    case TypeKind::Struct:
      for (auto* f : static_cast<Struct*>(u)->fields)
        if (!comparable(f->type)) return false;
      return true;
    default:
      return true;
  }
}

int64_t sizeOf(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Bool:
    case TypeKind::Int8:
    case TypeKind::Uint8:
      return 1;
    case TypeKind::Int16:
    case TypeKind::Uint16:
      return 2;
    case TypeKind::Int32:
    case TypeKind::Uint32:
    case TypeKind::Float32:
      return 4;
    case TypeKind::Complex64:
      return 8;
    case TypeKind::Complex128:
    case TypeKind::String:
    case TypeKind::Interface:
      return 16;
    case TypeKind::Slice:
      return 24;
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(u);
      return a->len * sizeOf(a->elem);
    }
    case TypeKind::Struct: {
      auto* s = static_cast<Struct*>(u);
      if (s->fields.empty()) return 0;
      int64_t end = fieldOffset(s, s->fields.size() - 1) + sizeOf(s->fields.back()->type);
      int64_t al = alignOf(s);
      // gc pads a struct ending in a zero-size field so that &last is not past the end.
      if (sizeOf(s->fields.back()->type) == 0 && end > 0) end++;
      return (end + al - 1) / al * al;
    }
    default:
      return 8;
  }
}

int64_t alignOf(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Array:
      return alignOf(static_cast<Array*>(u)->elem);
    case TypeKind::Struct: {
      int64_t a = 1;
      for (auto* f : static_cast<Struct*>(u)->fields) a = std::max(a, alignOf(f->type));
      return a;
    }
    case TypeKind::Complex64:
      return 4;
    case TypeKind::Complex128:
    case TypeKind::String:
    case TypeKind::Interface:
    case TypeKind::Slice:
      return 8;
    default:
      return std::min<int64_t>(sizeOf(u), 8) ? std::min<int64_t>(sizeOf(u), 8) : 1;
  }
}

int64_t fieldOffset(Struct* s, size_t i) {
  int64_t off = 0;
  for (size_t k = 0;; k++) {
    int64_t al = alignOf(s->fields[k]->type);
    off = (off + al - 1) / al * al;
    if (k == i) return off;
    off += sizeOf(s->fields[k]->type);
  }
}

static std::string tupleString(const std::vector<Var*>& vars, bool variadic, const std::string& q) {
  std::string out;
  for (size_t i = 0; i < vars.size(); i++) {
    if (i) out += ", ";
    if (variadic && i + 1 == vars.size())
      out += "..." + typeString(static_cast<Slice*>(vars[i]->type)->elem, q);
    else
      out += typeString(vars[i]->type, q);
  }
  return out;
}

static std::string signatureString(Signature* s, const std::string& q) {
  std::string out = "(" + tupleString(s->params, s->variadic, q) + ")";
  if (s->results.size() == 1 && s->results[0]->name.empty())
    out += " " + typeString(s->results[0]->type, q);
  else if (!s->results.empty())
    out += " (" + tupleString(s->results, false, q) + ")";
  return out;
}

std::string typeString(Type* t, const std::string& q) {
  if (!t) return "invalid type";
  switch (t->kind) {
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(t);
      return fmt::format("[{}]{}", a->len, typeString(a->elem, q));
    }
    case TypeKind::Slice:
      return "[]" + typeString(static_cast<Slice*>(t)->elem, q);
    case TypeKind::Pointer:
      return "*" + typeString(static_cast<Pointer*>(t)->elem, q);
    case TypeKind::Map: {
      auto* m = static_cast<Map*>(t);
      return "map[" + typeString(m->key, q) + "]" + typeString(m->elem, q);
    }
    case TypeKind::Chan: {
      auto* c = static_cast<Chan*>(t);
      std::string elem = typeString(c->elem, q);
      if (c->dir == ChanDir::Send) return "chan<- " + elem;
      if (c->dir == ChanDir::Recv) return "<-chan " + elem;
      // chan (<-chan T) needs parentheses to not read as chan<- chan T.
      auto* ce = dynamic_cast<Chan*>(c->elem);
      if (ce && ce->dir == ChanDir::Recv) return "chan (" + elem + ")";
      return "chan " + elem;
    }
    case TypeKind::Struct: {
      auto* s = static_cast<Struct*>(t);
      std::string out = "struct{";
      for (size_t i = 0; i < s->fields.size(); i++) {
        out += i ? "; " : "";
        auto* f = s->fields[i];
        if (f->embedded)
          out += typeString(f->type, q);
        else
          out += f->name + " " + typeString(f->type, q);
        if (!s->tags[i].empty()) out += fmt::format(" \"{}\"", s->tags[i]);
      }
      return out + "}";
    }
    case TypeKind::Tuple:
      return "(" + tupleString(static_cast<Tuple*>(t)->vars, false, q) + ")";
    case TypeKind::Signature:
      return "func" + signatureString(static_cast<Signature*>(t), q);
    case TypeKind::Interface: {
      auto* it = static_cast<Interface*>(t);
      if (it->methods.empty() && it->embeddeds.empty()) return "interface{}";
      std::string out = "interface {";
      bool first = true;
      for (auto* e : it->embeddeds) {
        out += (first ? " " : "; ") + typeString(e, q);
        first = false;
      }
      for (auto* m : it->methods) {
        out += (first ? " " : "; ") + m->name + signatureString(static_cast<Signature*>(m->type), q);
        first = false;
      }
      return out + " }";
    }
    case TypeKind::Named: {
      auto* n = static_cast<Named*>(t);
      if (!n->obj->pkg || n->obj->pkg->path == q) return n->obj->name;
      return n->obj->pkg->name + "." + n->obj->name;
    }
    default:
      return static_cast<Basic*>(t)->name;
  }
}

}  // namespace gorun::frontend
