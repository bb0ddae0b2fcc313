// Natives of package errors: the questions Go's errors asks of types
// through internal/reflectlite (stdlib/errors/wrap.go), answered from the
// runtime's type descriptors.
#include "runtime/abi.h"
#include "runtime/iface.h"
#include "runtime/natives.h"
#include "runtime/runtime2.h"

#include <cstring>

namespace gorun::runtime {

namespace {

// The dynamic type of a non-empty interface value (nil for a nil one).
const GoType* dynamicType(const GoIface& e) { return e.tab ? e.tab->type : nullptr; }

}  // namespace

// func comparable(target error) bool
void errors_comparable(void* r, const void* p) {
  const GoType* t = dynamicType(*static_cast<const GoIface*>(p));
  *static_cast<bool*>(r) = t && (t->flags & TypeFlagComparable);
}

// func checkAsTarget(target any) int
// The pointer type's element must be an interface or implement error
// (have an Error() string method in its descriptor's method table).
void errors_checkAsTarget(void* r, const void* p) {
  const auto* target = static_cast<const GoEface*>(p);
  int64_t res = 0;
  if (!target->type || target->type->kind != Kind::Pointer || !target->data) {
    res = 1;
  } else if (const GoType* e = target->type->elem;
             e->kind != Kind::Interface && !findMethod(e, "Error", "func() string")) {
    res = 2;
  }
  *static_cast<int64_t*>(r) = res;
}

// func assignTo(err error, target any) bool
// Go's rule (reflect's AssignableTo): identical types, or an interface
// element type that err's dynamic type implements.
void errors_assignTo(void* r, const void* p) {
  struct Params {
    GoIface err;
    GoEface target;
  };
  const auto* ps = static_cast<const Params*>(p);
  const GoType* dyn = dynamicType(ps->err);
  const GoType* elem = ps->target.type->elem;
  bool ok = false;
  if (dyn && elem->kind == Kind::Interface) {
    // *target = err converted to the interface (iface.cpp's getitab).
    void* word0 = const_cast<GoType*>(dyn);
    if (elem->nmethods > 0) word0 = const_cast<GoItab*>(getitab(elem, dyn, true));
    if (word0 != nullptr) {
      void* iface[2] = {word0, ps->err.data};
      std::memcpy(ps->target.data, iface, sizeof iface);
      ok = true;
    }
  } else if (dyn == elem) {
    void* dst = ps->target.data;
    if (isDirectIface(dyn)) {
      std::memcpy(dst, &ps->err.data, sizeof(void*));
    } else {
      std::memcpy(dst, ps->err.data, dyn->size);
    }
    ok = true;
  }
  *static_cast<bool*>(r) = ok;
}

}  // namespace gorun::runtime
