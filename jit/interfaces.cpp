// Conversion of concrete values to interfaces.
//
// This milestone has only the empty interface (fmt's ...any): a GoEface
// {type descriptor, data}. The data word is the value itself when the type
// is pointer-shaped (isDirectIface: pointers, maps, chans, funcs, and
// structs or arrays wrapping exactly one such value), else a pointer to a
// fresh heap copy, so an interface never points into a stack. A non-empty
// interface {itab, data} converts to `any` by reading the dynamic type from
// its itab (runtime/type.h's GoItab). Conversions to non-empty interfaces
// (building itabs), method dispatch and interface comparisons are a later
// milestone and report "not supported yet".

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

Value* Lowering::toInterface(fe::Type* from, fe::Type* to, Value* v) {
  auto* it = static_cast<fe::Interface*>(fe::underlying(to));
  if (fe::isInterface(from)) {
    auto* fi = static_cast<fe::Interface*>(fe::underlying(from));
    if (fe::identical(from, to) || (fi->empty() && it->empty())) return v;
    if (!fi->empty() && it->empty()) {
      // {itab, data} -> {itab->type, data}; a nil interface stays nil.
      Value* tab = b_.CreateExtractValue(v, {0});
      BasicBlock* from0 = b_.GetInsertBlock();
      BasicBlock* load = BasicBlock::Create(ctx_, "itab.type", fn_->fn);
      BasicBlock* join = BasicBlock::Create(ctx_, "itab.join", fn_->fn);
      b_.CreateCondBr(b_.CreateIsNull(tab), join, load);
      b_.SetInsertPoint(load);
      Value* ty = b_.CreateLoad(ptr_, b_.CreateConstInBoundsGEP1_64(ptr_, tab, 1));  // GoItab::type
      b_.CreateBr(join);
      b_.SetInsertPoint(join);
      PHINode* phi = b_.CreatePHI(ptr_, 2);
      phi->addIncoming(ConstantPointerNull::get(ptr_), from0);
      phi->addIncoming(ty, load);
      return b_.CreateInsertValue(v, phi, {0});
    }
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
