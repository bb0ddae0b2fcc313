// Natives of package errors: the questions Go's errors asks of types
// through internal/reflectlite (stdlib/errors/wrap.go), answered from the
// runtime's type descriptors.
#include "runtime/abi.h"
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
// The pointer type's element must be an interface or implement error; the
// second needs the method set of the element type, which the descriptor
// holds only once interfaces are lowered, so it is accepted here and the
// assignment in assignTo decides.
void errors_checkAsTarget(void* r, const void* p) {
  const auto* target = static_cast<const GoEface*>(p);
  int64_t res = 0;
  if (!target->type || target->type->kind != Kind::Pointer || !target->data) res = 1;
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
    // Needs the runtime's itab construction (getitab), which comes with the
    // lowering of non-empty interfaces.
    throwError("errors.As with an interface target is not supported yet");
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
