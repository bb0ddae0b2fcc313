// Conversion of concrete values to interfaces.
//
// This milestone has only the empty interface (fmt's ...any): a GoEface
// {type descriptor, data}. The data word is the value itself when the type
// is pointer-shaped (isDirectIface: pointers, maps, chans, funcs, and
// structs or arrays wrapping exactly one such value), else a pointer to a
// fresh heap copy, so an interface never points into a stack. Non-empty
// interfaces (itabs, method dispatch), interface-to-interface conversions
// and comparisons are a later milestone and report "not supported yet".

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

Value* Lowering::toInterface(fe::Type* from, fe::Type* to, Value* v) {
  auto* it = static_cast<fe::Interface*>(fe::underlying(to));
  if (fe::isInterface(from)) {
    auto* fi = static_cast<fe::Interface*>(fe::underlying(from));
    if (fe::identical(from, to) || (fi->empty() && it->empty())) return v;
    return unsupported(fe::Pos{}, "interface conversions");
  }
  if (!it->empty()) return unsupported(fe::Pos{}, "non-empty interfaces");
  from = defaultType(from);
  Value* data;
  if (isDirectIface(from)) {
    // Unwrap single-field structs and one-element arrays down to the pointer.
    data = toMem(from, v);
    while (data->getType()->isAggregateType()) data = b_.CreateExtractValue(data, {0});
  } else {
    data = mallocgc(from);
    storeValue(from, v, data);
  }
  Value* e = PoisonValue::get(ifaceTy_);
  e = b_.CreateInsertValue(e, typeDesc(from), {0});
  return b_.CreateInsertValue(e, data, {1});
}

}  // namespace gorun::jit
