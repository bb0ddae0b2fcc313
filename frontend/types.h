// Types and objects, after Go's go/types.
//
// Types are owned by a TypeContext and compared with identical(); the
// context interns the composite types that are cheap to intern (pointer,
// slice, array, map, chan), so for those pointer equality is identity too.
// Named types are unique by construction. Struct, func and interface types
// are structural: always compare them with identical().
//
// Objects (Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label) are what
// identifiers denote. The checker sets Ident::obj; lowering keys its storage
// on Object pointers.
#pragma once

#include "frontend/ast.h"

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace gorun::frontend {

struct Package;
struct Scope;
struct Named;
struct Signature;

// Kinds of types. The basic kinds are in the order of go/types.BasicKind.
enum class TypeKind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
  // Composite kinds.
  Array,
  Slice,
  Struct,
  Pointer,
  Tuple,
  Signature,
  Interface,
  Map,
  Chan,
  Named,
};

struct Type {
  TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
  bool isBasic() const { return kind <= TypeKind::UntypedNil; }
};

struct Basic : Type {
  std::string name;  // "int", "untyped int", "byte" is an alias of uint8
  Basic(TypeKind k, std::string n) : Type(k), name(std::move(n)) {}
};

struct Array : Type {
  int64_t len;
  Type* elem;
  Array(int64_t n, Type* e) : Type(TypeKind::Array), len(n), elem(e) {}
};

struct Slice : Type {
  Type* elem;
  explicit Slice(Type* e) : Type(TypeKind::Slice), elem(e) {}
};

struct Pointer : Type {
  Type* elem;
  explicit Pointer(Type* e) : Type(TypeKind::Pointer), elem(e) {}
};

struct Map : Type {
  Type* key;
  Type* elem;
  Map(Type* k, Type* e) : Type(TypeKind::Map), key(k), elem(e) {}
};

struct Chan : Type {
  ChanDir dir;
  Type* elem;
  Chan(ChanDir d, Type* e) : Type(TypeKind::Chan), dir(d), elem(e) {}
};

// ---------------------------------------------------------------------------
// Objects

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

struct Object {
  ObjKind kind;
  std::string name;
  Pos pos;
  Package* pkg = nullptr;  // nullptr for universe objects
  Type* type = nullptr;
  Object(ObjKind k, std::string n, Pos p) : kind(k), name(std::move(n)), pos(p) {}
  virtual ~Object() = default;
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

struct Var : Object {
  Var(std::string n, Pos p) : Object(ObjKind::Var, std::move(n), p) {}
  bool isField = false;
  bool embedded = false;  // embedded struct field
  bool isParam = false;   // parameter or result (including receivers)
  bool isGlobal = false;  // package-level variable
  bool used = false;
  // The variable's address escapes (&x, captured by a closure, method with
  // pointer receiver called on it, an array variable sliced): lowering puts
  // it on the heap. Set by the checker.
  bool escapes = false;
};

struct Constant;

struct Const : Object {
  Const(std::string n, Pos p) : Object(ObjKind::Const, std::move(n), p) {}
  std::shared_ptr<const Constant> value;
};

struct TypeName : Object {
  TypeName(std::string n, Pos p) : Object(ObjKind::TypeName, std::move(n), p) {}
  bool isAlias = false;
};

struct Func : Object {
  Func(std::string n, Pos p) : Object(ObjKind::Func, std::move(n), p) {}
  FuncDecl* decl = nullptr;  // nullptr for interface methods
  // Go's link name: "main.f", "main.T.M", "main.(*T).M", "fmt.Println".
  std::string fullName;
  bool hasPtrRecv() const;
};

struct PkgName : Object {
  PkgName(std::string n, Pos p) : Object(ObjKind::PkgName, std::move(n), p) {}
  Package* imported = nullptr;
  ImportSpec* spec = nullptr;
};

// Builtin function ids (CallExpr::builtin).
enum class BuiltinId : int {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min,
  New, Panic, Print, Println, Real, Recover,
};

struct BuiltinObj : Object {
  BuiltinObj(std::string n, BuiltinId id) : Object(ObjKind::Builtin, std::move(n), {}), id(id) {}
  BuiltinId id;
};

struct Label : Object {
  Label(std::string n, Pos p) : Object(ObjKind::Label, std::move(n), p) {}
  bool used = false;
};

// ---------------------------------------------------------------------------
// Composite types that refer to objects

struct Tuple : Type {
  std::vector<Var*> vars;
  Tuple() : Type(TypeKind::Tuple) {}
};

struct Signature : Type {
  Var* recv = nullptr;  // non-null for methods
  std::vector<Var*> params;
  std::vector<Var*> results;
  bool variadic = false;  // last param is ...T (its type is []T)
  Signature() : Type(TypeKind::Signature) {}
};

struct Struct : Type {
  std::vector<Var*> fields;  // isField; embedded set for embedded fields
  std::vector<std::string> tags;
  Struct() : Type(TypeKind::Struct) {}
};

struct Interface : Type {
  std::vector<Func*> methods;    // explicitly declared
  std::vector<Type*> embeddeds;  // embedded interfaces
  // The complete method set (explicit + embedded), sorted by name.
  std::vector<Func*> allMethods;
  Interface() : Type(TypeKind::Interface) {}
  bool empty() const { return allMethods.empty(); }
};

struct Named : Type {
  TypeName* obj = nullptr;
  Type* underlying = nullptr;  // never a Named
  std::vector<Func*> methods;  // declared methods, in source order
  Named() : Type(TypeKind::Named) {}
};

// ---------------------------------------------------------------------------
// Scopes and packages

struct Scope {
  Scope* parent = nullptr;
  std::map<std::string, Object*> names;
  bool isFunc = false;  // the outermost scope of a function (or literal)
  Object* lookupLocal(const std::string& n) const {
    auto it = names.find(n);
    return it == names.end() ? nullptr : it->second;
  }
  Object* lookup(const std::string& n) const {
    for (const Scope* s = this; s; s = s->parent)
      if (auto* o = s->lookupLocal(n)) return o;
    return nullptr;
  }
};

struct Package {
  std::string path;  // import path: "main", "fmt", "os"
  std::string name;  // package name
  Scope* scope = nullptr;
  std::vector<File*> files;
  // Package-level variables in initialisation order (dependency order, then
  // declaration order), as the spec defines; each with its ValueSpec.
  struct VarInit {
    std::vector<Var*> lhs;  // one, or several for `var a, b = f()`
    Expr* rhs = nullptr;    // nullptr: zero value
  };
  std::vector<VarInit> initOrder;
  std::vector<FuncDecl*> inits;  // init() functions in source order
  std::vector<Package*> imports;
  // REPL (frontend/repl.h): each input is a package "main" whose symbols
  // need names of their own in the JIT ("main·3.f"), so that a redefinition
  // never clashes with the code of earlier inputs. Empty: the path.
  std::string linkPrefix;
  const std::string& linkPath() const { return linkPrefix.empty() ? path : linkPrefix; }
  // REPL: the generated function that runs the input's statements (an
  // init function named "main", so that tracebacks print main.main as for
  // a program's statements), or nullptr for declarations.
  FuncDecl* replMain = nullptr;
  // REPL: the named types of earlier inputs that this input declares
  // methods on, each with its method list from before the input (restored
  // when the input is not committed: ReplFrontend::discard).
  std::vector<std::pair<Named*, std::vector<Func*>>> replExtended;
  // REPL: the types of earlier inputs whose method sets this input changes
  // (those above and the committed types that embed them): the lowering has
  // the input replace their descriptors' method tables when it runs, so
  // that values made earlier have the new methods too.
  std::vector<Named*> replMethodSetsChanged;
};

// Whether objects of packages a and b see each other's unexported names:
// the same package, or two inputs of the REPL (all "package main").
inline bool samePackage(const Package* a, const Package* b) {
  return a == b || (a && b && !a->linkPrefix.empty() && !b->linkPrefix.empty());
}

// Owns every type, object and scope of a program; interns composite types.
class TypeContext {
 public:
  TypeContext();
  Basic* basic(TypeKind k) const { return basics_[static_cast<int>(k)]; }
  Basic* byteType() const { return byte_; }
  Basic* runeType() const { return rune_; }
  Type* errorType() const { return error_; }  // the universe `error`
  Type* anyType() const { return any_; }      // interface{}
  Pointer* pointer(Type* elem);
  Slice* slice(Type* elem);
  Array* array(Type* elem, int64_t len);
  Map* map(Type* key, Type* elem);
  Chan* chan(ChanDir dir, Type* elem);
  Scope* universe() const { return universe_; }

  template <class T, class... Args> T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    owned_.push_back(std::unique_ptr<void, void (*)(void*)>(
        p.release(), [](void* v) { delete static_cast<T*>(v); }));
    return raw;
  }

 private:
  Basic* basics_[static_cast<int>(TypeKind::UntypedNil) + 1] = {};
  Basic* byte_ = nullptr;
  Basic* rune_ = nullptr;
  Type* error_ = nullptr;
  Type* any_ = nullptr;
  Scope* universe_ = nullptr;
  std::unordered_map<Type*, Pointer*> pointers_;
  std::unordered_map<Type*, Slice*> slices_;
  std::map<std::pair<Type*, int64_t>, Array*> arrays_;
  std::map<std::pair<Type*, Type*>, Map*> maps_;
  std::map<std::pair<Type*, int>, Chan*> chans_;
  std::vector<std::unique_ptr<void, void (*)(void*)>> owned_;
};

// ---------------------------------------------------------------------------
// Queries (types.cpp)

Type* underlying(Type* t);  // t itself unless Named
// ignoreTags: struct tags don't count (the conversion rule since Go 1.8).
bool identical(Type* a, Type* b, bool ignoreTags = false);
bool isInteger(Type* t);   // typed or untyped, of t's underlying type
bool isUnsigned(Type* t);
bool isFloat(Type* t);
bool isComplex(Type* t);
bool isNumeric(Type* t);
bool isString(Type* t);
bool isBoolean(Type* t);
bool isUntyped(Type* t);
bool isInterface(Type* t);
bool comparable(Type* t);
// Size and alignment on amd64, as gc lays values out.
int64_t sizeOf(Type* t);
int64_t alignOf(Type* t);
int64_t fieldOffset(Struct* s, size_t i);
// The type as Go writes it in messages and %T: "int", "[]string",
// "main.Point", "func(int) string", "struct { X int }". `qualifier` is the
// package whose own names are printed unqualified ("" = always qualify).
// (reflect's spelling, which %T prints, is jit/typedesc.cpp's descString.)
std::string typeString(Type* t, const std::string& qualifier = "");

}  // namespace gorun::frontend
