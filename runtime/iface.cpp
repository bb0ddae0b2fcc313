// Interfaces at run time (Go's iface.go, alg.go's efaceeq).
//
// Itabs. A static conversion T -> I uses the itab the JIT emitted as a
// constant; everything dynamic (interface -> interface conversions,
// assertions to interface types, type switch cases) comes here. getitab
// matches I's methods (GoType::methods of an interface type: names and
// func types, sorted by name) against T's method table (sorted by name,
// each entry with the function an interface calls), in one merge pass as
// Go's itab.init does, and caches the result per (I, T) pair. Failed pairs
// are cached too (fun[0] == nullptr), so a failing `x.(I)` in a loop costs
// one lookup. The cache is a mutex-protected map: itabs are built rarely
// and found by the JIT's callers only on dynamic paths.
//
// REPL: the method set of a type of an earlier input can change (a later
// input declares or redefines a method, runtime/repl_methods.cpp). Its
// descriptor then gets a new method table, and itabsRetarget points the
// itabs of that type, the cached ones and the static ones of REPL modules
// (registered by addItabs, as Go's itabsinit enters a module's itabs), at
// the new entries, so that interface values made earlier call them too.
//
// Methods match by name and by func type; descriptors are unique per type
// name, so pointer equality usually decides and the type string is the
// fallback (two modules may each carry a local look-alike).
//
// Calling Go from C++. The runtime calls Go methods (fmt's Error/String,
// panic values' Error/String) through callStringMethod only. Runtime code
// runs on the M's g0 stack (symbols.cpp's stubs); the JIT function then
// runs there too, with %fs:0x70 holding g0's guard, so its prologue check
// is against g0's limit and never grows a goroutine stack. Such a method
// must not park (channel operations, mutexes, Sleep): HACKING.md. fmt's
// calls (callStringMethodRecovering) recover a panic raised in the
// method, as Go's fmt does: defer.cpp's callRecovering.
#include "runtime/iface.h"

#include "runtime/abi.h"
#include "runtime/defer.h"
#include "runtime/runtime2.h"

#include <cmath>
#include <cstring>
#include <map>
#include <mutex>
#include <set>
#include <string>

namespace gorun::runtime {
namespace {

std::string_view str(const GoString& s) {
  return {reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)};
}
std::string_view typeString(const GoType* t) { return str(t->str); }

bool sameType(const GoType* a, const GoType* b) {
  return a == b || (a && b && typeString(a) == typeString(b) && a->kind == b->kind &&
                    a->size == b->size);
}

std::mutex itabLock;
std::map<std::pair<const GoType*, const GoType*>, GoItab*> itabTable;  // under itabLock
std::set<GoItab*> moduleItabs;  // addItabs' static itabs (itabLock)

// The first method of inter that typ lacks (by name and func type), or ""
// when typ implements inter.
std::string_view missingMethod(const GoType* inter, const GoType* typ) {
  int64_t j = 0;
  for (int64_t i = 0; i < inter->nmethods; i++) {
    const GoMethod& im = inter->methods[i];
    bool found = false;
    for (; j < typ->nmethods; j++) {
      const GoMethod& tm = typ->methods[j];
      if (str(tm.name) == str(im.name)) {
        found = sameType(tm.type, im.type);
        j++;
        break;
      }
      if (str(tm.name) > str(im.name)) break;
    }
    if (!found) return str(im.name);
  }
  return {};
}

// Builds the itab; a failed pair gets fun[0] == nullptr.
GoItab* buildItab(const GoType* inter, const GoType* typ) {
  int64_t n = inter->nmethods;
  size_t bytes = sizeof(GoItab) + sizeof(void*) * static_cast<size_t>(n > 0 ? n - 1 : 0);
  auto* tab = static_cast<GoItab*>(::operator new(bytes));
  std::memset(static_cast<void*>(tab), 0, bytes);
  tab->inter = inter;
  tab->type = typ;
  uint32_t h = 2166136261u;
  for (char ch : typeString(typ)) h = (h ^ static_cast<uint8_t>(ch)) * 16777619u;
  tab->hash = h;
  if (!missingMethod(inter, typ).empty()) return tab;
  // Both tables are sorted by name: one merge pass.
  int64_t j = 0;
  for (int64_t i = 0; i < n; i++) {
    while (str(typ->methods[j].name) != str(inter->methods[i].name)) j++;
    tab->fun[i] = typ->methods[j].ifn;
  }
  return tab;
}

}  // namespace

const GoItab* getitab(const GoType* inter, const GoType* typ, bool canfail) {
  if (typ == nullptr) {
    if (canfail) return nullptr;
    throwError("getitab: conversion of a nil interface");
  }
  GoItab* tab;
  {
    std::lock_guard<std::mutex> g(itabLock);
    auto key = std::make_pair(inter, typ);
    auto it = itabTable.find(key);
    if (it != itabTable.end()) {
      tab = it->second;
    } else {
      tab = buildItab(inter, typ);
      itabTable[key] = tab;
    }
  }
  if (inter->nmethods == 0 || tab->fun[0] != nullptr) return tab;
  if (canfail) return nullptr;
  throwError("getitab: conversion the checker proved cannot fail failed");
}

void addItabs(GoItab* const* tabs, int64_t n) {
  std::lock_guard<std::mutex> g(itabLock);
  for (int64_t i = 0; i < n; i++) {
    GoItab* tab = tabs[i];
    // Later modules refer to the static itabs of earlier ones (one
    // definition per pair in the process): each is entered once.
    if (!moduleItabs.insert(tab).second) continue;
    GoItab*& cached = itabTable[{tab->inter, tab->type}];
    if (cached == nullptr || cached->fun[0] == nullptr) cached = tab;
  }
}

namespace {

// Points tab's entries at its type's current methods where name and func
// type still match. Returns whether every method of the interface did.
bool retarget(GoItab* tab) {
  const GoType* inter = tab->inter;
  const GoType* typ = tab->type;
  bool all = true;
  for (int64_t i = 0; i < inter->nmethods; i++) {
    const GoMethod& im = inter->methods[i];
    bool found = false;
    for (int64_t j = 0; j < typ->nmethods && !found; j++) {
      const GoMethod& tm = typ->methods[j];
      if (str(tm.name) == str(im.name) && sameType(tm.type, im.type)) {
        tab->fun[i] = tm.ifn;
        found = true;
      }
    }
    // A method that is gone or changed type keeps its old entry: values
    // made earlier still call it (its code stays loaded).
    all &= found;
  }
  return all;
}

}  // namespace

void itabsRetarget(const GoType* t) {
  std::lock_guard<std::mutex> g(itabLock);
  for (auto it = itabTable.begin(); it != itabTable.end();) {
    GoItab* tab = it->second;
    bool keep = it->first.second != t || (tab->fun[0] != nullptr && retarget(tab));
    it = keep ? std::next(it) : itabTable.erase(it);
  }
  for (GoItab* tab : moduleItabs)
    if (tab->type == t) retarget(tab);
}

void* findMethod(const GoType* t, std::string_view name, std::string_view sig) {
  if (t == nullptr || t->kind == Kind::Interface) return nullptr;
  for (int64_t i = 0; i < t->nmethods; i++) {
    const GoMethod& m = t->methods[i];
    if (str(m.name) == name) return m.type && typeString(m.type) == sig ? m.ifn : nullptr;
  }
  return nullptr;
}

GoString callStringMethod(void* ifn, void* data) {
  // The Go ABI: (closure context, receiver word) -> {ptr, len} in rax:rdx,
  // which is also how the C ABI returns this two-word struct.
  using Fn = GoString (*)(void*, void*);
  return reinterpret_cast<Fn>(ifn)(nullptr, data);
}

bool callStringMethodRecovering(void* ifn, void* data, GoString* out, GoEface* panicValue) {
  // The call's state stays in this frame (g0): the result is a heap
  // pointer the collector must see until the caller has it.
  struct Call {
    void* ifn;
    void* data;
    GoString result;
  } call{ifn, data, {}};
  bool ok = callRecovering(
      [](void* arg) {
        auto* c = static_cast<Call*>(arg);
        c->result = callStringMethod(c->ifn, c->data);
      },
      &call, panicValue);
  if (ok) *out = call.result;
  return ok;
}

namespace {

bool typedEqual(const GoType* t, const void* p, const void* q, void* fp);

bool ifaceWordsEqual(const GoType* t, const void* p, const void* q, void* fp) {
  GoEface x, y;
  if (t->nmethods == 0) {
    std::memcpy(&x, p, sizeof x);
    std::memcpy(&y, q, sizeof y);
  } else {
    GoIface a, b;
    std::memcpy(&a, p, sizeof a);
    std::memcpy(&b, q, sizeof b);
    x = {a.tab ? a.tab->type : nullptr, a.data};
    y = {b.tab ? b.tab->type : nullptr, b.data};
  }
  return efaceEqual(&x, &y, fp);
}

template <typename T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

bool typedEqual(const GoType* t, const void* p, const void* q, void* fp) {
  switch (t->kind) {
    case Kind::Float32: return load<float>(p) == load<float>(q);
    case Kind::Float64: return load<double>(p) == load<double>(q);
    case Kind::Complex64: {
      auto a = static_cast<const float*>(p), b = static_cast<const float*>(q);
      return load<float>(a) == load<float>(b) && load<float>(a + 1) == load<float>(b + 1);
    }
    case Kind::Complex128: {
      auto a = static_cast<const double*>(p), b = static_cast<const double*>(q);
      return load<double>(a) == load<double>(b) && load<double>(a + 1) == load<double>(b + 1);
    }
    case Kind::String: {
      auto a = load<GoString>(p), b = load<GoString>(q);
      return a.len == b.len && (a.ptr == b.ptr || std::memcmp(a.ptr, b.ptr, static_cast<size_t>(a.len)) == 0);
    }
    case Kind::Interface: return ifaceWordsEqual(t, p, q, fp);
    case Kind::Array: {
      for (int64_t i = 0; i < t->len; i++) {
        uint64_t off = static_cast<uint64_t>(i) * t->elem->size;
        if (!typedEqual(t->elem, static_cast<const uint8_t*>(p) + off,
                        static_cast<const uint8_t*>(q) + off, fp))
          return false;
      }
      return true;
    }
    case Kind::Struct: {
      for (int64_t i = 0; i < t->len; i++) {
        const GoStructField& f = t->fields[i];
        if (str(f.name) == "_") continue;
        if (!typedEqual(f.type, static_cast<const uint8_t*>(p) + f.offset,
                        static_cast<const uint8_t*>(q) + f.offset, fp))
          return false;
      }
      return true;
    }
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func: panicRuntimeErrorType("comparing uncomparable type ", t, fp);
    default: return std::memcmp(p, q, t->size) == 0;
  }
}

}  // namespace

bool efaceEqual(const GoEface* x, const GoEface* y, void* fp) {
  if (!sameType(x->type, y->type)) return false;
  const GoType* t = x->type;
  if (t == nullptr) return true;
  // Recoverable even on g0 (panic.cpp), hence no C++ string here.
  if (!(t->flags & TypeFlagComparable)) panicRuntimeErrorType("comparing uncomparable type ", t, fp);
  if (isDirectIface(t)) return x->data == y->data;
  return typedEqual(t, x->data, y->data, fp);
}

bool printpanicvalMethods(const GoEface* v) {
  const GoType* t = v->type;
  if (t == nullptr) return false;
  void* fn = findMethod(t, "Error", "func() string");
  if (fn == nullptr) fn = findMethod(t, "String", "func() string");
  if (fn == nullptr) return false;
  GoString s = callStringMethod(fn, v->data);
  printstring(str(s));
  return true;
}

}  // namespace gorun::runtime

using namespace gorun::runtime;

extern "C" {

const GoItab* gorun_getitab(const GoType* inter, const GoType* typ, bool canfail) {
  return getitab(inter, typ, canfail);
}

void gorun_panicdottype(const GoType* have, const GoType* want, const GoType* iface) {
  gorun_growstack16k();
  // Go's TypeAssertionError.Error.
  std::string inter = iface ? std::string(typeString(iface)) : "interface";
  std::string msg = "interface conversion: ";
  if (have == nullptr) {
    msg += inter + " is nil, not ";
    msg += typeString(want);
  } else if (want->kind == Kind::Interface) {
    msg += typeString(have);
    msg += " is not ";
    msg += typeString(want);
    msg += ": missing method ";
    msg += missingMethod(want, have);
  } else {
    msg += inter + " is ";
    msg += typeString(have);
    msg += ", not ";
    msg += typeString(want);
    if (typeString(have) == typeString(want)) msg += " (types from different scopes)";
  }
  panicError(ErrorKind::TypeAssertion, msg);
}

int64_t gorun_efaceeq(const GoEface* x, const GoEface* y) {
  return efaceEqual(x, y, __builtin_frame_address(0)) ? 1 : 0;
}

void gorun_additabs(GoItab* const* tabs, int64_t n) { addItabs(tabs, n); }

}  // extern "C"
