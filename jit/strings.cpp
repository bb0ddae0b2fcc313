// Strings: concatenation, comparison and the conversions between strings,
// byte and rune slices, and runes.
//
// All of them are runtime calls (runtime/abi.h): strings are immutable, so
// every conversion copies, and the runtime owns the allocation and the UTF-8
// rules (invalid runes become U+FFFD). Aggregates go to the runtime by
// pointer through stack spills.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

Value* Lowering::concat(const std::vector<Value*>& parts) {
  if (parts.size() == 1) return parts[0];
  auto* arrTy = ArrayType::get(stringTy_, parts.size());
  AllocaInst* arr = entryAlloca(arrTy, "concat.parts");
  for (size_t i = 0; i < parts.size(); ++i)
    b_.CreateStore(parts[i], b_.CreateConstInBoundsGEP2_64(arrTy, arr, 0, i));
  AllocaInst* out = entryAlloca(stringTy_, "concat");
  callRuntime("runtime.concatstrings", {out, arr, b_.getInt64(parts.size())});
  return b_.CreateLoad(stringTy_, out);
}

Value* Lowering::cmpString(Value* a, Value* b) {
  fe::Type* st = tc_.basic(fe::TypeKind::String);
  return callRuntime("runtime.cmpstring", {spill(st, a), spill(st, b)});
}

Value* Lowering::stringFromRunes(Value* slice, bool runes) {
  AllocaInst* out = entryAlloca(stringTy_, "str");
  callRuntime(runes ? "runtime.slicerunetostring" : "runtime.slicebytetostring",
              {out, b_.CreateExtractValue(slice, {0}), b_.CreateExtractValue(slice, {1})});
  return b_.CreateLoad(stringTy_, out);
}

Value* Lowering::stringToSlice(Value* s, bool runes) {
  AllocaInst* out = entryAlloca(sliceTy_, "slice");
  callRuntime(runes ? "runtime.stringtoslicerune" : "runtime.stringtoslicebyte",
              {out, spill(tc_.basic(fe::TypeKind::String), s)});
  return b_.CreateLoad(sliceTy_, out);
}

// string(x) for an integer x: the UTF-8 encoding of rune x, "\uFFFD" when x
// is not a valid rune; a uint64 above MaxInt64 arrives negative, which the
// runtime rejects as well.
Value* Lowering::intToString(fe::Type* t, Value* v) {
  Value* x = toInt64(t, v);
  AllocaInst* out = entryAlloca(stringTy_, "str");
  callRuntime("runtime.intstring", {out, x});
  return b_.CreateLoad(stringTy_, out);
}

}  // namespace gorun::jit
