// Runtime type descriptors (runtime/type.h's GoType) as constant globals.
//
// Each type the program converts to an interface, allocates on the heap, or
// reaches from such a type gets a global "type:<string>" whose str is the
// type as reflect prints it (descString; %T prints it). That differs from
// the checker's typeString in small ways: byte and rune are uint8 and int32
// there, and struct literals are spaced as "struct { A int }". The globals are linkonce_odr: every
// package's module emits the descriptors it needs, and the JIT linker keeps
// one definition per name, so identical types in different packages share a
// descriptor (and pointer equality of descriptors means type identity, as
// the runtime's interface comparisons will want).
//
// Two distinct types can print alike (two function-local types both called
// main.T); the second gets a name with a "·N" suffix but the same str.
//
// A descriptor refers to others (elem, fields, params); the global is created
// before its initialiser is built, so recursive types (type L struct{ next
// *L }) terminate.

#include "jit/lowering.h"

#include "runtime/type.h"

using namespace llvm;

namespace gorun::jit {

namespace {

runtime::Kind kindOf(fe::Type* t) {
  using K = runtime::Kind;
  switch (fe::underlying(t)->kind) {
    case fe::TypeKind::Bool: case fe::TypeKind::UntypedBool: return K::Bool;
    case fe::TypeKind::Int: case fe::TypeKind::UntypedInt: return K::Int;
    case fe::TypeKind::Int8: return K::Int8;
    case fe::TypeKind::Int16: return K::Int16;
    case fe::TypeKind::Int32: case fe::TypeKind::UntypedRune: return K::Int32;
    case fe::TypeKind::Int64: return K::Int64;
    case fe::TypeKind::Uint: return K::Uint;
    case fe::TypeKind::Uint8: return K::Uint8;
    case fe::TypeKind::Uint16: return K::Uint16;
    case fe::TypeKind::Uint32: return K::Uint32;
    case fe::TypeKind::Uint64: return K::Uint64;
    case fe::TypeKind::Uintptr: return K::Uintptr;
    case fe::TypeKind::Float32: return K::Float32;
    case fe::TypeKind::Float64: case fe::TypeKind::UntypedFloat: return K::Float64;
    case fe::TypeKind::Complex64: return K::Complex64;
    case fe::TypeKind::Complex128: case fe::TypeKind::UntypedComplex: return K::Complex128;
    case fe::TypeKind::String: case fe::TypeKind::UntypedString: return K::String;
    case fe::TypeKind::UnsafePointer: case fe::TypeKind::UntypedNil: return K::UnsafePointer;
    case fe::TypeKind::Array: return K::Array;
    case fe::TypeKind::Slice: return K::Slice;
    case fe::TypeKind::Struct: return K::Struct;
    case fe::TypeKind::Pointer: return K::Pointer;
    case fe::TypeKind::Signature: return K::Func;
    case fe::TypeKind::Interface: return K::Interface;
    case fe::TypeKind::Map: return K::Map;
    case fe::TypeKind::Chan: return K::Chan;
    default: return K::Invalid;
  }
}

const char* basicName(fe::TypeKind k) {
  switch (k) {
    case fe::TypeKind::Bool: case fe::TypeKind::UntypedBool: return "bool";
    case fe::TypeKind::Int: case fe::TypeKind::UntypedInt: return "int";
    case fe::TypeKind::Int8: return "int8";
    case fe::TypeKind::Int16: return "int16";
    case fe::TypeKind::Int32: case fe::TypeKind::UntypedRune: return "int32";
    case fe::TypeKind::Int64: return "int64";
    case fe::TypeKind::Uint: return "uint";
    case fe::TypeKind::Uint8: return "uint8";
    case fe::TypeKind::Uint16: return "uint16";
    case fe::TypeKind::Uint32: return "uint32";
    case fe::TypeKind::Uint64: return "uint64";
    case fe::TypeKind::Uintptr: return "uintptr";
    case fe::TypeKind::Float32: return "float32";
    case fe::TypeKind::Float64: case fe::TypeKind::UntypedFloat: return "float64";
    case fe::TypeKind::Complex64: return "complex64";
    case fe::TypeKind::Complex128: case fe::TypeKind::UntypedComplex: return "complex128";
    case fe::TypeKind::String: case fe::TypeKind::UntypedString: return "string";
    case fe::TypeKind::UnsafePointer: return "unsafe.Pointer";
    case fe::TypeKind::UntypedNil: return "nil";
    default: return "invalid type";
  }
}

void appendSig(std::string& out, fe::Signature* sig);

// Set while descString builds a descriptor's symbol name rather than its
// str: a named type of a REPL input is then qualified by the input's link
// prefix ("main·3.T"), so that a redefined T never shares the descriptor
// of an earlier T (the names are linkonce_odr). Programs are unaffected.
bool linkNames = false;

// The type as reflect's Type.String() writes it, which is what %T prints:
// byte and rune are uint8 and int32, named types are package-name
// qualified, and struct and interface literals have spaces inside their
// braces ("struct { A int; B string }").
std::string descString(fe::Type* t) {
  if (!t) return "invalid type";
  switch (t->kind) {
    case fe::TypeKind::Named: {
      auto* n = static_cast<fe::Named*>(t);
      if (!n->obj) return "?";
      if (!n->obj->pkg) return n->obj->name;  // error
      if (linkNames && !n->obj->pkg->linkPrefix.empty())
        return n->obj->pkg->linkPrefix + "." + n->obj->name;
      return n->obj->pkg->name + "." + n->obj->name;
    }
    case fe::TypeKind::Pointer:
      return "*" + descString(static_cast<fe::Pointer*>(t)->elem);
    case fe::TypeKind::Slice:
      return "[]" + descString(static_cast<fe::Slice*>(t)->elem);
    case fe::TypeKind::Array: {
      auto* a = static_cast<fe::Array*>(t);
      return "[" + std::to_string(a->len) + "]" + descString(a->elem);
    }
    case fe::TypeKind::Map: {
      auto* m = static_cast<fe::Map*>(t);
      return "map[" + descString(m->key) + "]" + descString(m->elem);
    }
    case fe::TypeKind::Chan: {
      auto* c = static_cast<fe::Chan*>(t);
      std::string elem = descString(c->elem);
      if (c->dir == fe::ChanDir::Recv) return "<-chan " + elem;
      if (c->dir == fe::ChanDir::Send) return "chan<- " + elem;
      // chan (<-chan T): the parentheses keep the element's direction.
      auto* ec = c->elem->kind == fe::TypeKind::Chan ? static_cast<fe::Chan*>(c->elem) : nullptr;
      if (ec && ec->dir == fe::ChanDir::Recv) return "chan (" + elem + ")";
      return "chan " + elem;
    }
    case fe::TypeKind::Signature: {
      std::string out = "func";
      appendSig(out, static_cast<fe::Signature*>(t));
      return out;
    }
    case fe::TypeKind::Struct: {
      auto* st = static_cast<fe::Struct*>(t);
      if (st->fields.empty()) return "struct {}";
      std::string out = "struct { ";
      for (size_t i = 0; i < st->fields.size(); ++i) {
        if (i) out += "; ";
        fe::Var* f = st->fields[i];
        if (f->embedded)
          out += descString(f->type);
        else
          out += f->name + " " + descString(f->type);
        if (i < st->tags.size() && !st->tags[i].empty()) {
          out += " \"";
          for (char ch : st->tags[i]) {
            if (ch == '"' || ch == '\\') out += '\\';
            out += ch;
          }
          out += "\"";
        }
      }
      return out + " }";
    }
    case fe::TypeKind::Interface: {
      auto* it = static_cast<fe::Interface*>(t);
      if (it->allMethods.empty()) return "interface {}";
      std::string out = "interface { ";
      for (size_t i = 0; i < it->allMethods.size(); ++i) {
        if (i) out += "; ";
        out += it->allMethods[i]->name;
        if (auto* sig = static_cast<fe::Signature*>(it->allMethods[i]->type)) appendSig(out, sig);
      }
      return out + " }";
    }
    case fe::TypeKind::Tuple: {
      auto* tu = static_cast<fe::Tuple*>(t);
      std::string out = "(";
      for (size_t i = 0; i < tu->vars.size(); ++i) out += (i ? ", " : "") + descString(tu->vars[i]->type);
      return out + ")";
    }
    default:
      return basicName(t->kind);
  }
}

void appendSig(std::string& out, fe::Signature* sig) {
  out += "(";
  for (size_t i = 0; i < sig->params.size(); ++i) {
    if (i) out += ", ";
    fe::Type* pt = sig->params[i]->type;
    if (sig->variadic && i + 1 == sig->params.size() && pt->kind == fe::TypeKind::Slice)
      out += "..." + descString(static_cast<fe::Slice*>(pt)->elem);
    else
      out += descString(pt);
  }
  out += ")";
  if (sig->results.size() == 1) {
    out += " " + descString(sig->results[0]->type);
  } else if (sig->results.size() > 1) {
    out += " (";
    for (size_t i = 0; i < sig->results.size(); ++i)
      out += (i ? ", " : "") + descString(sig->results[i]->type);
    out += ")";
  }
}

}  // namespace

Constant* Lowering::stringConst(StringRef s) {
  if (s.empty()) return ConstantStruct::get(stringTy_, {ConstantPointerNull::get(ptr_), b_.getInt64(0)});
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  auto* data = ConstantDataArray::getString(ctx_, s, /*AddNull=*/false);
  auto* gv = new GlobalVariable(*mod_, data->getType(), true, GlobalValue::PrivateLinkage, data,
                                "str");
  gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  gv->setAlignment(Align(1));
  auto* c = ConstantStruct::get(stringTy_, {gv, b_.getInt64(s.size())});
  strings_[s] = c;
  return c;
}

bool Lowering::isDirectIface(fe::Type* t) {
  fe::Type* u = fe::underlying(t);
  switch (u->kind) {
    case fe::TypeKind::Pointer:
    case fe::TypeKind::UnsafePointer:
    case fe::TypeKind::Map:
    case fe::TypeKind::Chan:
    case fe::TypeKind::Signature:
      return true;
    case fe::TypeKind::Struct: {
      auto* s = static_cast<fe::Struct*>(u);
      return s->fields.size() == 1 && isDirectIface(s->fields[0]->type);
    }
    case fe::TypeKind::Array: {
      auto* a = static_cast<fe::Array*>(u);
      return a->len == 1 && isDirectIface(a->elem);
    }
    default:
      return false;
  }
}

Constant* Lowering::typeDesc(fe::Type* t) {
  auto it = typeDescs_.find(t);
  if (it != typeDescs_.end()) return it->second;

  std::string str = descString(t);
  linkNames = true;
  std::string name = "type:" + descString(t);
  linkNames = false;
  // Reuse the descriptor of an identical type; disambiguate look-alikes.
  int same = 0;
  for (auto& [other, gv] : typeDescsByName_) {
    if (gv->getName() != name && !gv->getName().starts_with(name + "\xC2\xB7")) continue;
    if (fe::identical(other, t)) {
      typeDescs_[t] = gv;
      return gv;
    }
    ++same;
  }
  if (same) name += "\xC2\xB7" + std::to_string(same);

  // A REPL type's method table may be replaced at run time (repl_methods.cpp).
  auto* gv = new GlobalVariable(*mod_, typeDescTy_, /*isConstant=*/!replMutable(t),
                                GlobalValue::LinkOnceODRLinkage, nullptr, name);
  gv->setAlignment(Align(8));
  typeDescs_[t] = gv;
  typeDescsByName_.emplace_back(t, gv);

  fe::Type* u = fe::underlying(t);
  Constant* null = ConstantPointerNull::get(ptr_);
  Constant* elem = null;
  Constant* key = null;
  int64_t len = 0;
  Constant* fields = null;
  Constant* params = null;
  int32_t nparams = 0, nresults = 0;
  uint8_t chanDir = 0, variadic = 0;
  switch (u->kind) {
    case fe::TypeKind::Array: {
      auto* a = static_cast<fe::Array*>(u);
      elem = typeDesc(a->elem);
      len = a->len;
      break;
    }
    case fe::TypeKind::Slice:
      elem = typeDesc(static_cast<fe::Slice*>(u)->elem);
      break;
    case fe::TypeKind::Pointer:
      elem = typeDesc(static_cast<fe::Pointer*>(u)->elem);
      break;
    case fe::TypeKind::Map: {
      auto* m = static_cast<fe::Map*>(u);
      key = typeDesc(m->key);
      elem = typeDesc(m->elem);
      break;
    }
    case fe::TypeKind::Chan: {
      auto* c = static_cast<fe::Chan*>(u);
      elem = typeDesc(c->elem);
      chanDir = c->dir == fe::ChanDir::Recv ? 1 : c->dir == fe::ChanDir::Send ? 2 : 3;
      break;
    }
    case fe::TypeKind::Struct: {
      auto* s = static_cast<fe::Struct*>(u);
      len = int64_t(s->fields.size());
      if (!s->fields.empty()) {
        const StructLayout* sl = dl_.getStructLayout(cast<StructType>(memType(u)));
        std::vector<Constant*> fs;
        for (size_t i = 0; i < s->fields.size(); ++i) {
          fe::Var* f = s->fields[i];
          fs.push_back(ConstantStruct::get(
              fieldDescTy_, {stringConst(f->name), typeDesc(f->type),
                             b_.getInt64(sl->getElementOffset(unsigned(i))),
                             b_.getInt8(f->embedded), b_.getInt8(f->exported())}));
        }
        auto* arrTy = ArrayType::get(fieldDescTy_, fs.size());
        auto* fgv = new GlobalVariable(*mod_, arrTy, true, GlobalValue::LinkOnceODRLinkage,
                                       ConstantArray::get(arrTy, fs), name + ".fields");
        fgv->setAlignment(Align(8));
        fields = fgv;
      }
      break;
    }
    case fe::TypeKind::Signature: {
      auto* sig = static_cast<fe::Signature*>(u);
      std::vector<Constant*> ps;
      for (auto* p : sig->params) ps.push_back(typeDesc(p->type));
      for (auto* r : sig->results) ps.push_back(typeDesc(r->type));
      nparams = int32_t(sig->params.size());
      nresults = int32_t(sig->results.size());
      variadic = sig->variadic;
      if (!ps.empty()) {
        auto* arrTy = ArrayType::get(ptr_, ps.size());
        auto* pgv = new GlobalVariable(*mod_, arrTy, true, GlobalValue::LinkOnceODRLinkage,
                                       ConstantArray::get(arrTy, ps), name + ".params");
        pgv->setAlignment(Align(8));
        params = pgv;
      }
      break;
    }
    default:
      break;
  }

  uint8_t flags = 0;
  if (t->kind == fe::TypeKind::Named) flags |= runtime::TypeFlagNamed;
  if (isDirectIface(t)) flags |= runtime::TypeFlagDirectIface;
  if (fe::comparable(t)) flags |= runtime::TypeFlagComparable;
  flags |= runtime::TypeFlagGCData;
  uint64_t ptrdata = 0;
  Constant* gcdata = gcData(t, &ptrdata);

  // Method tables (methods.cpp): a concrete type's method set with the
  // entries interfaces call, or an interface's method names and types.
  auto [methods, nmethods] = methodTable(t, name);

  Constant* init = ConstantStruct::get(
      typeDescTy_,
      {b_.getInt64(sizeOf(t)), b_.getInt32(uint32_t(alignOf(t).value())),
       b_.getInt8(uint8_t(kindOf(t))), b_.getInt8(flags), b_.getInt8(chanDir),
       b_.getInt8(variadic), stringConst(str), elem, key, b_.getInt64(len), fields, params,
       b_.getInt32(nparams), b_.getInt32(nresults), methods, b_.getInt64(nmethods), null,
       b_.getInt64(ptrdata), gcdata});
  gv->setInitializer(init);
  return gv;
}

}  // namespace gorun::jit
